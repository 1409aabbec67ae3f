/*! plan-gauge __VERSION__ — progress of government plans. <plan-gauge> elements and [data-plan-gauge] hosts. */
(function () {
"use strict";
/** Whether `console.warn` can be called: a page may remove or stub it. */
var canWarn = typeof console === "object" && console !== null && typeof console.warn === "function";
function warn(msg) { if (canWarn) try { console.warn("plan-gauge: " + msg); } catch (e) { /* a stubbed console */ } }
/** A dictionary without a prototype: a page that adds properties to Object.prototype cannot add options to it. */
function dict(pairs) {
  var d = Object.create(null);
  for (var i = 0; i < pairs.length; i += 2) d[pairs[i]] = pairs[i + 1];
  return d;
}
// Included twice: the second copy does nothing. The mark is a symbol, not a name a page could take.
var MARK = typeof Symbol === "function" ? Symbol.for("plan-gauge.loader") : "__plan_gauge_loader__";
if (window[MARK]) return;
try { Object.defineProperty(window, MARK, dict(["value", true])); } catch (e) { return; }
// What the widget needs from the browser; without any of it every element keeps its fallback.
var missing = [
  ["fetch", typeof fetch === "function"],
  ["Promise", typeof Promise === "function"],
  ["WebAssembly", typeof WebAssembly === "object" && WebAssembly !== null && typeof WebAssembly.instantiate === "function"],
  ["TextDecoder", typeof TextDecoder === "function"],
  ["TextEncoder", typeof TextEncoder === "function"],
  ["Map", typeof Map === "function" && typeof WeakMap === "function"],
  ["URL", typeof URL === "function"],
  ["attachShadow", typeof Element === "function" && typeof Element.prototype.attachShadow === "function"],
].filter(function (f) { return !f[1]; }).map(function (f) { return f[0]; });
if (missing.length) { warn("this browser has no " + missing.join(", ") + "; the fallback content stays"); return; }
var currentScript = document.currentScript;
var api = { version: "__VERSION__" };
// The one global name. A page that already uses it (another script, or an element with
// id="PlanGauge", which browsers also name on window) keeps it; the widgets work all the same.
if ("PlanGauge" in window) warn("window.PlanGauge is already taken on this page (by a script, or an element with id=\"PlanGauge\"); the widgets work, but PlanGauge.scan() and PlanGauge.stats() are not available");
else window.PlanGauge = api;

var OPTIONS = __OPTIONS__;
var WATCHED = OPTIONS.concat(OPTIONS.map(function (n) { return "data-" + n; }));
/** The views only the second part draws; what the first part throws for anything else it cannot draw. */
var FULL_VIEWS = __FULL_VIEWS__;
var NEEDS_FULL = "__NEEDS_FULL__";
/** The words files of the languages the modules do not carry: tag → [file, integrity]. */
var WORDS = __WORDS__;
var NEEDS_WORDS = "__NEEDS_WORDS__";
var TIMEOUT_MS = 8000;
var RESERVE = "__RESERVE__";
var base = (currentScript && currentScript.src) || document.baseURI;
var hosts = new WeakMap();
/** The number of the last host prepared: each host's own number names its view in the modules. */
var lastId = 0;
var texts = new Map();
var reserveSheet = null;

function option(el, name) {
  var v = el.getAttribute(name);
  if (v === null || !v.trim()) v = el.getAttribute("data-" + name);
  return v === null || !v.trim() ? null : v.trim();
}
function reserve() {
  if (!reserveSheet) {
    try { reserveSheet = new CSSStyleSheet(); reserveSheet.replaceSync(RESERVE); } catch (e) { reserveSheet = null; }
  }
  return reserveSheet ? [reserveSheet] : [];
}
/**
 * A module: the first draws cards, radial gauges and bars, its glue inside this file; the second
 * (trend charts, dashboards, CSV observations) is a script and a module of its own, fetched the first
 * time an element needs it. Each starts once; `loaded` maps a data key to the texts it read.
 */
function part(name, glue, wasmName, integrity) {
  return { name: name, glue: glue, url: new URL(wasmName, base).href, integrity: integrity,
    exports: null, started: null, dead: false, loaded: new Map(), drawn: new Set(), words: new Map(), restarts: 0 };
}
/** How often a module that trapped is started again before its elements all keep their fallback. */
var MAX_RESTARTS = 3;
var TRAP = {};
/** The elements whose drawing trapped, and the data keys whose reading did: they keep their fallback. */
var stopped = new WeakSet();
var badKeys = new Set();
// The glue runs only when the first element needs the module (inside the start's try).
var first = part("first", function () {
/*GLUE*/
return __INIT__;
}, "__WASM__", "__INTEGRITY__");
var second = part("second", function () {
  return new Promise(function (resolve, reject) {
    var s = document.createElement("script");
    var timer = setTimeout(function () { reject("no answer within " + TIMEOUT_MS / 1000 + " s"); }, TIMEOUT_MS);
    var done = function () { clearTimeout(timer); };
    s.addEventListener("plan-gauge-part", function (e) { done(); resolve(e.detail); }, dict(["once", true]));
    s.onload = function () { done(); reject("the script did not register"); };
    s.onerror = function () { done(); reject("cannot load " + s.src); };
    s.async = true;
    s.integrity = "__FULL_JS_INTEGRITY__";
    s.src = new URL("__FULL_JS__", base).href;
    (document.head || document.documentElement).appendChild(s);
  });
}, "__FULL_WASM__", "__FULL_WASM_INTEGRITY__");
function start(m) {
  if (!m.started) {
    // A download that stalls is told once; the module may still arrive and draw.
    var stall = setTimeout(function () {
      warn("the module has not arrived within " + TIMEOUT_MS / 1000 + " s; the fallback content stays until it does");
    }, TIMEOUT_MS);
    // The download starts now, beside the glue's (and the data's) rather than after them.
    var download = fetch(m.url, dict(["integrity", m.integrity, "credentials", "same-origin"]));
    download.catch(function () { /* told by init below */ });
    m.started = Promise.resolve().then(m.glue).then(function (init) {
      // A plain object here: the glue only unwraps options whose prototype is Object.prototype.
      return init({ module_or_path: download }).then(function () {
        m.exports = init;
        return true;
      });
    }).then(function (ok) { clearTimeout(stall); return ok; }, function (e) {
      clearTimeout(stall);
      m.dead = true;
      warn(m === first ? "could not start, the fallback content stays: " + e
        : "could not load the part that draws trend charts and dashboards (" + e + "); the elements that need it keep their fallback");
      return false;
    });
  }
  return m.started;
}
/**
 * Fetches `abs` (with `integrity` when given), giving up after TIMEOUT_MS: a promise of the
 * response `read` makes of it, or a rejection with one reason (`what` names the file).
 */
function get(abs, integrity, what, read) {
  var ctl = typeof AbortController === "function" ? new AbortController() : null;
  var timer = setTimeout(function () { if (ctl) ctl.abort(); }, TIMEOUT_MS);
  return fetch(abs, dict(["credentials", "same-origin", "integrity", integrity, "signal", ctl ? ctl.signal : undefined])).then(function (r) {
    if (!r.ok) throw what + ": cannot load (HTTP " + r.status + ")";
    return read(r);
  }).then(function (t) { clearTimeout(timer); return t; }, function (e) {
    clearTimeout(timer);
    if (typeof e === "string") throw e;
    if (ctl && ctl.signal.aborted) throw what + ": no answer within " + TIMEOUT_MS / 1000 + " s, the fallback stays";
    throw what + ": cannot load (network error)";
  });
}
/**
 * The text of `url`: once per absolute URL, or the content of the inline element for `#id`. The
 * bytes are decoded by module `m`, the one the element that asks first is drawn with, so that a page
 * of dashboards never fetches the first module only to decode its files.
 */
function text(url, m) {
  if (url.charAt(0) === "#") {
    var node = document.getElementById(url.slice(1));
    if (!node || node.localName !== "script") return Promise.reject(url + ": there is no <script type=\"application/json\" id=\"" + url.slice(1) + "\"> on the page");
    return Promise.resolve(node.textContent);
  }
  var abs;
  try { abs = new URL(url, document.baseURI).href; } catch (e) { return Promise.reject(url + ": not a valid URL"); }
  var known = texts.get(abs);
  if (known) return known;
  var p = get(abs, undefined, url, function (r) {
    var type = r.headers.get("content-type") || "";
    var charset = /charset\s*=\s*"?([^";\s]+)/i.exec(type);
    // Bytes, not text: the module decodes UTF-8, UTF-16 and GB18030 by the core's one rule.
    return r.arrayBuffer().then(function (buf) {
      return start(m).then(function (ok) {
        // The start already warned once; the element just keeps its fallback.
        if (!ok) return null;
        try { return m.exports.decode(new Uint8Array(buf), charset ? charset[1] : undefined); } catch (e) {
          throw typeof e === "string" ? url + ": " + e : url + ": cannot read the file";
        }
      });
    });
  });
  texts.set(abs, p);
  return p;
}
/**
 * Calls an export: true, false if it failed, NEEDS_FULL, or TRAP. A thrown string is a reason;
 * anything else is a trap: the module's state is lost, so it is started again (its glue runs
 * anew, a fresh instance) and the elements it had drawn are drawn again; what trapped (`what`)
 * keeps its fallback.
 */
function call(m, name, args, what) {
  if (m.dead) return false;
  try { m.exports[name].apply(null, args); return true; } catch (e) {
    if (e === NEEDS_FULL) return NEEDS_FULL;
    if (typeof e === "string" && e.lastIndexOf(NEEDS_WORDS, 0) === 0) return dict(["words", e.slice(NEEDS_WORDS.length)]);
    if (typeof e === "string") { warn(e); return false; }
    if (m.restarts >= MAX_RESTARTS) {
      m.dead = true;
      warn("the module stopped again (" + e + "); its elements keep their fallback");
      return TRAP;
    }
    warn("the module stopped (" + e + ") on " + what + ", which keeps its fallback; it starts again for the others");
    var again = [];
    m.drawn.forEach(function (el) { again.push(el); });
    m.restarts++;
    m.exports = null;
    m.started = null;
    m.loaded = new Map();
    m.drawn = new Set();
    m.words = new Map();
    setTimeout(function () { again.forEach(function (el) { if (!stopped.has(el)) load(el); }); }, 0);
    return TRAP;
  }
}
var wordTexts = new Map();
/**
 * Has module `m` read the words of language `tag`, once: a promise of true, or false (with one
 * warning per language) when the file cannot be loaded; that language's elements keep their fallback.
 */
function words(m, tag) {
  var known = m.words.get(tag);
  if (known) return known;
  var text = wordTexts.get(tag);
  if (!text) {
    var file = WORDS[tag];
    text = (file ? get(new URL(file[0], base).href, file[1], file[0], function (r) { return r.text(); })
      : Promise.reject("no words file")).then(null, function (e) {
      warn("could not load the words of " + tag + " (" + e + "); the elements in " + tag + " keep their fallback");
      return null;
    });
    wordTexts.set(tag, text);
  }
  var done = text.then(function (t) { return t !== null && m.exports !== null && call(m, "add_words", [t, tag], tag) === true; }).then(function (ok) {
    done.read = ok;
    return ok;
  });
  m.words.set(tag, done);
  return done;
}
/** How a warning names an element: `<plan-gauge#id>`. */
function describe(el) { return "<" + el.localName + (el.id ? "#" + el.id : "") + ">"; }
function absolute(url) {
  if (url.charAt(0) === "#") return url;
  try { return new URL(url, document.baseURI).href; } catch (e) { return url; }
}
var SLICE_MS = 100;
var queue = [];
var draining = false;
/**
 * Runs `job` in a slice of at most about SLICE_MS with other jobs, yielding to the page between
 * slices, so that hundreds of elements drawn at once never hold the main thread for long.
 */
function later(job) {
  return new Promise(function (resolve) {
    queue.push(function () {
      try { resolve(job()); } catch (e) { warn("internal error, the fallback stays: " + e); resolve(false); }
    });
    if (!draining) { draining = true; setTimeout(drain, 0); }
  });
}
function drain() {
  var t0 = Date.now();
  while (queue.length && Date.now() - t0 < SLICE_MS) {
    queue.shift()();
  }
  if (queue.length) setTimeout(drain, 0); else draining = false;
}
/**
 * Has module `m` read a data key's texts, once: a promise of true when it is read (a problem in the
 * files is kept by the module and told per element), false if the call failed. A plan of
 * thousands of indicators is read in several short steps (`pending`, `load_more`).
 */
function loadKey(m, key, src, obs, plan, observations) {
  var seen = m.loaded.get(key);
  if (seen && seen.plan === plan && seen.observations === observations) return seen.done;
  var entry = { plan: plan, observations: observations };
  function more() {
    if (!m.exports) return false;
    var left = 0;
    try { left = m.exports.pending(key); } catch (e) { return false; }
    if (!left) return true;
    return later(function () {
      var r = call(m, "load_more", [key], src);
      if (r === TRAP) badKeys.add(key);
      return r === true ? more() : false;
    });
  }
  entry.done = later(function () {
    var r = call(m, "load", [key, src, plan, obs || undefined, observations === null ? undefined : observations], src);
    if (r === TRAP) badKeys.add(key);
    return r === true ? more() : false;
  });
  m.loaded.set(key, entry);
  return entry.done;
}
/** Draws `el` with module `m` from the texts. */
function show(el, h, turn, m, src, obs, plan, observations) {
  return start(m).then(function (ok) {
    if (!ok || turn !== h.turn) return false;
    var key = absolute(src) + "\n" + (obs ? absolute(obs) : "");
    if (badKeys.has(key) || stopped.has(el)) return false;
    var generation = m.restarts;
    var again = function () { return m.dead ? false : show(el, h, turn, m, src, obs, plan, observations); };
    return loadKey(m, key, src, obs, plan, observations).then(function (loaded) {
      // The module trapped and started again meanwhile: its data is gone, read it anew.
      if (m.restarts !== generation) return again();
      if (!loaded || turn !== h.turn) return false;
      return later(function () {
        if (turn !== h.turn) return false;
        if (m.restarts !== generation || !m.exports) return again();
        if (badKeys.has(key) || stopped.has(el)) return false;
        var r = call(m, "render", [el, key, h.id], describe(el));
        if (r === TRAP) stopped.add(el);
        if (r && r.words) {
          var asked = m.words.get(r.words);
          // Words read, and asked for again: never loop.
          if (asked && asked.read) { warn(describe(el) + ": the words of " + r.words + " do not fit the module"); return false; }
          return words(m, r.words).then(function (ok) { return ok && turn === h.turn ? again() : false; });
        }
        if (r === NEEDS_FULL && m === first) return show(el, h, turn, second, src, obs, plan, observations);
        if (r === true) m.drawn.add(el);
        return r === true;
      });
    });
  });
}
function load(el) {
  var h = hosts.get(el);
  var turn = ++h.turn;
  var src = option(el, "src");
  var obs = option(el, "observations");
  if (!src) { warn("an element has no src attribute (the URL of a plan-gauge/1 plan, or #id of inline data)"); return Promise.resolve(false); }
  var m = FULL_VIEWS.indexOf(option(el, "view")) >= 0 ? second : first;
  start(m);
  return Promise.all([text(src, m), obs ? text(obs, m) : null]).then(function (r) {
    if (r[0] === null || turn !== h.turn) return false;
    return show(el, h, turn, m, src, obs, r[0], r[1]);
  }, function (e) {
    if (turn === h.turn) warn(typeof e === "string" ? e : "" + e);
    return false;
  }).catch(function (e) { warn("internal error, the fallback stays: " + e); return false; });
}
function changed(el) {
  var h = hosts.get(el);
  if (!h || !h.near) return;
  if (h.turn > 0) {
    [first, second].forEach(function (m) {
      if (m.exports && m.drawn.has(el)) { m.drawn.delete(el); call(m, "unmount", [el, h.id], describe(el)); }
    });
    if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = reserve();
  }
  load(el);
}
/** What each started module holds: memory in bytes, data keys read, views mounted. */
api.stats = function () {
  var out = {};
  [first, second].forEach(function (m) {
    if (!m.exports || m.dead) return;
    try { var s = m.exports.stats(); out[m.name] = { memory: s[0], data: s[1], views: s[2] }; } catch (e) { /* a trapped module */ }
  });
  return out;
};
var near = typeof IntersectionObserver === "function" ? new IntersectionObserver(function (entries) {
  entries.forEach(function (entry) {
    if (!entry.isIntersecting) return;
    near.unobserve(entry.target);
    var h = hosts.get(entry.target);
    if (h && !h.near) { h.near = true; load(entry.target); }
  });
}, dict(["rootMargin", "400px"])) : null;
var attrs = typeof MutationObserver === "function" ? new MutationObserver(function (records) {
  var seen = [];
  records.forEach(function (r) { if (seen.indexOf(r.target) < 0) seen.push(r.target); });
  seen.forEach(changed);
}) : null;
/** Prepares one host: shadow root with the fallback slot and the reserved box, then waits. */
function adopt(el) {
  if (hosts.has(el)) return;
  var h = { turn: 0, near: false, id: ++lastId };
  hosts.set(el, h);
  if (!el.shadowRoot) {
    try {
      var root = el.attachShadow(dict(["mode", "open"]));
      root.appendChild(document.createElement("slot"));
      root.adoptedStyleSheets = reserve();
    } catch (e) {
      warn("cannot host a widget in <" + el.localName + ">; use <plan-gauge> or a <div>");
      return;
    }
  }
  if (attrs) attrs.observe(el, dict(["attributes", true, "attributeFilter", WATCHED]));
  if (!near || el.hasAttribute("eager") || el.hasAttribute("data-eager")) { h.near = true; load(el); }
  else near.observe(el);
}
/**
 * Prepares every `[data-plan-gauge]` host under `root` (default: the document), and every
 * `<plan-gauge>` too (a browser without custom elements does not call `connectedCallback`).
 */
api.scan = function (root) {
  var list = (root || document).querySelectorAll("plan-gauge,[data-plan-gauge]");
  for (var i = 0; i < list.length; i++) adopt(list[i]);
};
Object.freeze(api);
try {
  if (typeof customElements === "object" && customElements !== null && !customElements.get("plan-gauge")) {
    customElements.define("plan-gauge", class extends HTMLElement {
      connectedCallback() { adopt(this); }
    });
  }
} catch (e) { /* the page's own definition wins; scan() still prepares the elements */ }
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { api.scan(); }, dict(["once", true]));
else api.scan();
})();
