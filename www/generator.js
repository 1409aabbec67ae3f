// 嵌入代码生成器 / embed-code generator: reads data/plans.json (written by `plan-gauge site`), lets
// the reader pick a plan, an indicator, a view, a language and a theme with native form controls,
// shows a live <plan-gauge> preview and writes the snippet to copy. The static fallback inside the
// snippet comes pre-rendered from data/fallback/<plan>.<lang>.json. No framework, no globals.
(function () {
  'use strict';

  // Every string from data is escaped for the place it goes in the snippet: a title is data,
  // and the snippet is pasted into pages the reader runs.

  /** Text for a double-quoted attribute value. */
  function escAttr(s) {
    return String(s)
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');
  }

  /**
   * Text for the inside of an HTML comment: nothing in it can end the comment or open another
   * (`--` becomes `- -`; `<` and `>` are written as entities, which a comment shows as they are).
   */
  function escComment(s) {
    return String(s)
      .replace(/-(?=-)/g, '- ')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;');
  }

  /**
   * The snippet to paste: a comment naming the plan, the script (`async`: a slow widget server
   * never holds up the host page's DOMContentLoaded; pinned by `integrity` when the folder's
   * dist/plan-gauge.json names it), the stylesheet, the element with its
   * attributes ([name, value] pairs) and its static fallback (HTML rendered by plan-gauge, set
   * as is), and a comment with the Content-Security-Policy line the page needs.
   */
  function snippetText(o) {
    var attrs = o.attrs.map(function (kv) { return kv[0] + '="' + escAttr(kv[1]) + '"'; }).join(' ');
    return [
      '<!-- plan-gauge: ' + escComment(o.title) + ' -->',
      '<script src="' + escAttr(o.script) + '"' +
        (o.integrity ? ' integrity="' + escAttr(o.integrity) + '"' : '') + ' async></script>',
      '<link rel="stylesheet" href="' + escAttr(o.stylesheet) + '">',
      '<plan-gauge ' + attrs + '>',
      o.fallback,
      '</plan-gauge>',
      '<!-- Content-Security-Policy: ' + escComment(o.csp) + ' -->',
    ].join('\n');
  }

  // Read by tests/e2e/generator-snippet.test.mjs (in node, without a page).
  if (typeof module === 'object' && module && module.exports) {
    module.exports = { escAttr: escAttr, escComment: escComment, snippetText: snippetText };
  }
  if (typeof document === 'undefined') return;

  var LANG_FILE = { 'zh-CN': 'zh-Hans', 'zh-TW': 'zh-Hant', en: 'en' };
  var form = document.getElementById('g-form');
  var planSel = document.getElementById('g-plan');
  var indSel = document.getElementById('g-indicator');
  var langSel = document.getElementById('g-lang');
  var themeSel = document.getElementById('g-theme');
  var preview = document.getElementById('g-preview');
  var snippet = document.getElementById('g-snippet');
  var copyBtn = document.getElementById('g-copy');
  var copyStatus = document.getElementById('g-copy-status');
  var noJs = document.getElementById('g-nojs');
  if (!form || !planSel || !indSel || !preview || !snippet) return;

  var catalog = null;
  var fallbackCache = {};
  var renderSeq = 0;

  /** An absolute path on this site for a path relative to the generator page. */
  function sitePath(rel) {
    return new URL(rel, document.baseURI).pathname;
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (r) {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.json();
    });
  }

  function fallbackFor(planId, lang) {
    var key = planId + '.' + LANG_FILE[lang];
    if (!fallbackCache[key]) {
      fallbackCache[key] = getJson('data/fallback/' + key + '.json').catch(function (e) {
        delete fallbackCache[key];
        throw e;
      });
    }
    return fallbackCache[key];
  }

  function currentPlan() {
    var id = planSel.value;
    return catalog.plans.filter(function (p) { return p.id === id; })[0];
  }

  function currentView() {
    var checked = form.querySelector('input[name="view"]:checked');
    return checked ? checked.value : 'card';
  }

  function option(value, text, lang) {
    var o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    if (lang) o.lang = lang;
    return o;
  }

  function fillIndicators() {
    var plan = currentPlan();
    var keep = indSel.value;
    indSel.textContent = '';
    plan.indicators.forEach(function (ind) {
      var text = ind.en && ind.en !== ind.name ? ind.name + ' / ' + ind.en : ind.name;
      indSel.appendChild(option(ind.id, text));
    });
    if (plan.indicators.some(function (i) { return i.id === keep; })) indSel.value = keep;
  }

  /** The element's attributes in the order the embed documents them. */
  function attributes(plan, view, lang, theme) {
    var a = [['src', sitePath(plan.plan)]];
    if (view !== 'dashboard') a.push(['indicator', indSel.value]);
    a.push(['view', view]);
    a.push(['lang', lang]);
    if (plan.observations) a.push(['observations', sitePath(plan.observations)]);
    a.push(['theme', theme]);
    return a;
  }

  function update() {
    if (!catalog) return;
    var plan = currentPlan();
    var view = currentView();
    var lang = langSel.value;
    var theme = themeSel.value;
    indSel.disabled = view === 'dashboard';
    var seq = ++renderSeq;
    var attrs = attributes(plan, view, lang, theme);
    Promise.all([fallbackFor(plan.id, lang), loaderIntegrity()]).then(function (got) {
      var fb = got[0];
      if (seq !== renderSeq) return;
      var fallback = view === 'dashboard' ? fb.dashboard : (fb.cards[indSel.value] || '');
      // The live preview: a fresh element each time, so it mounts with exactly these attributes.
      var el = document.createElement('plan-gauge');
      attrs.forEach(function (kv) { el.setAttribute(kv[0], kv[1]); });
      el.innerHTML = fallback;
      preview.className = 'preview theme-' + theme;
      preview.textContent = '';
      preview.appendChild(el);
      snippet.value = snippetText({
        title: plan.title,
        script: sitePath('dist/plan-gauge.js'),
        integrity: got[1],
        stylesheet: sitePath('plans/plan-gauge.css'),
        attrs: attrs,
        fallback: fallback,
        csp: catalog.csp,
      });
      copyStatus.textContent = '';
    }, function (e) {
      if (seq !== renderSeq) return;
      copyStatus.textContent = '无法载入静态内容 / Could not load the fallback: ' + e.message;
    });
  }

  var integrity = null;
  /** The loader's integrity from dist/plan-gauge.json (written by plan-gauge build), or ''. */
  function loaderIntegrity() {
    if (!integrity) {
      integrity = fetch(sitePath('dist/plan-gauge.json'), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : {}; })
        .then(function (m) { return typeof m.integrity === 'string' ? m.integrity : ''; }, function () { return ''; });
    }
    return integrity;
  }

  function copy() {
    snippet.focus();
    snippet.select();
    var done = function () { copyStatus.textContent = '已复制 / Copied'; };
    var manual = function () {
      copyStatus.textContent = '已选中全部代码，请按 Ctrl+C 复制 / The code is selected: press Ctrl+C to copy';
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(snippet.value).then(done, manual);
    } else {
      manual();
    }
  }

  getJson('data/plans.json').then(function (c) {
    catalog = c;
    c.plans.forEach(function (p) {
      planSel.appendChild(option(p.id, p.title + (p.en ? ' / ' + p.en : '')));
    });
    fillIndicators();
    if (noJs) noJs.hidden = true;
    planSel.addEventListener('change', function () { fillIndicators(); update(); });
    form.addEventListener('change', function (e) { if (e.target !== planSel) update(); });
    copyBtn.addEventListener('click', copy);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    update();
  }, function (e) {
    copyStatus.textContent = '无法载入规划列表 / Could not load the list of plans: ' + e.message;
  });
})();
