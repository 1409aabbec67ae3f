// The embed as a guest on other people's pages, in headless Chromium: 1 and 200 elements, lazy
// start, CSP with and without 'wasm-unsafe-eval', hostile host stylesheets, data that is missing,
// broken, invalid or slow, inline data, attribute changes, and a module that traps.
// Pages are routed (not files) and load the real bundle from www/dist; data fixtures are in
// tests/e2e/fixtures/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serverAndBrowser, watchPage, artifact, repoRoot, trapOnBoom } from './lib/harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const www = process.env.PLAN_GAUGE_WWW || join(repoRoot, 'www');
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const NO_WASM = "default-src 'self'; script-src 'self'; style-src 'self'";
const PLAN = 'data/zhenhai-2022.plan.json';
const OBS = 'data/zhenhai-2022.sample.json';
const planText = readFileSync(join(www, PLAN), 'utf8');
/** Indicators with at least one target: the ones a card can show. */
const INDICATORS = JSON.parse(planText).indicators.filter((i) => i.targets.length > 0).map((i) => i.id);

const env = serverAndBrowser();

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Opens a routed page with `body`, the loader in the head and `csp` as its header. `routes` maps a
 * path under the origin to a handler `(route) => …`; /fixtures/* serves tests/e2e/fixtures/.
 * CSP violations and errors the host page would see are logged as console errors.
 */
async function open(body, { csp = STRICT, head = '', routes = {}, viewport = { width: 800, height: 600 }, loader } = {}) {
  const page = await env.browser.newPage({ viewport });
  const seen = watchPage(page, env.server.origin);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.route(`${env.server.origin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (routes[path]) return routes[path](route);
    if (path === '/page.html') {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': csp },
        body: `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>fixture</title>
${head}<script src="dist/plan-gauge.js" defer></script></head><body>${body}</body></html>`,
      });
    }
    if (path === '/dist/plan-gauge.js' && loader) {
      const response = await route.fetch();
      return route.fulfill({ response, body: loader(await response.text()) });
    }
    if (path.startsWith('/fixtures/')) {
      const name = path.slice('/fixtures/'.length);
      const type = name.endsWith('.css') ? 'text/css' : name.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json';
      return route.fulfill({ status: 200, contentType: type, body: readFileSync(join(here, 'fixtures', name)) });
    }
    return route.continue();
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`securitypolicyviolation: ${e.violatedDirective} ${e.blockedURI}`);
    });
    window.addEventListener('error', (e) => console.error(`host saw an error: ${e.message}`));
    window.addEventListener('unhandledrejection', (e) => console.error(`host saw a rejection: ${e.reason}`));
  });
  await page.goto(env.server.url('page.html'));
  return { page, seen, requests };
}

/** Per host id: is the fallback slot there, the widget's text, and whether the fallback is visible. */
function states(page, ids) {
  return page.evaluate((ids) => ids.map((id) => {
    const el = document.getElementById(id);
    const root = el.shadowRoot;
    const fallback = el.firstElementChild;
    return {
      id,
      slot: !!(root && root.querySelector('slot')),
      widget: !!(root && root.querySelector('.pg-embed')),
      children: root ? root.childElementCount : -1,
      text: root ? root.textContent.trim() : '',
      fallbackVisible: !!fallback && fallback.checkVisibility() && fallback.getBoundingClientRect().height > 0,
    };
  }), ids);
}

/** Waits until every host in `ids` shows its widget. */
function rendered(page, ids, timeout = 20000) {
  return page.waitForFunction((ids) => ids.every((id) => {
    const root = document.getElementById(id).shadowRoot;
    return root && root.querySelector('.pg-embed') && !root.querySelector('slot');
  }), ids, { timeout });
}

async function until(check, ms = 12000) {
  for (let waited = 0; waited < ms && !check(); waited += 100) await sleep(100);
  return check();
}

const host = (id, attrs, fallback = `fallback ${id}`) =>
  `<plan-gauge id="${id}" class="w" ${attrs}><p>${fallback}</p></plan-gauge>`;

const wasmFetches = (requests) => requests.filter((p) => /\/dist\/plan-gauge\.[0-9a-f]{16}\.wasm$/.test(p)).length;

test('one element renders under the strict CSP with nothing to complain about', async () => {
  const { page, seen, requests } = await open(host('one', `src="${PLAN}" indicator="high-tech-firms"`));
  await rendered(page, ['one']);
  const [s] = await states(page, ['one']);
  assert.equal(s.children, 1);
  assert.match(s.text, /高新技术企业/);
  assert.deepEqual(seen.errors, [], 'no console errors and no CSP violation');
  assert.deepEqual(seen.warnings, []);
  assert.deepEqual(seen.foreignRequests, []);
  assert.equal(wasmFetches(requests), 1);
  await page.close();
});

test('200 elements all render, the ones far below only once scrolled near', async () => {
  const views = ['card', 'radial', 'bar'];
  const langs = ['zh-CN', 'zh-TW', 'en'];
  const body = Array.from({ length: 200 }, (_, i) =>
    host(`g${i}`, `src="${PLAN}" indicator="${INDICATORS[i % INDICATORS.length]}" view="${views[i % 3]}" lang="${langs[i % 3]}"`)).join('\n');
  const { page, seen, requests } = await open(body, { head: '<link rel="stylesheet" href="fixtures/layout.css">' });
  await rendered(page, ['g0', 'g1', 'g2']);
  const [first, last] = await states(page, ['g0', 'g199']);
  assert.ok(first.widget);
  assert.ok(last.slot && !last.widget && last.fallbackVisible, 'the last element waits, showing its fallback');

  const ids = Array.from({ length: 200 }, (_, i) => `g${i}`);
  // Scroll down a screen at a time; whatever is on screen renders before going on.
  const inView = (ids) => ids.filter((id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return r.bottom > 0 && r.top < window.innerHeight;
  });
  for (let more = true; more;) {
    const visible = await page.evaluate(inView, ids);
    await rendered(page, visible, 20000);
    more = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight);
      return window.scrollY > before;
    });
  }
  await rendered(page, ids, 60000);
  const all = await states(page, ids);
  assert.equal(all.filter((s) => s.widget && !s.slot && s.children === 1).length, 200);
  assert.equal(wasmFetches(requests), 1, 'one wasm instance for 200 elements');
  assert.equal(requests.filter((p) => p === `/${PLAN}`).length, 1, 'one fetch per data URL');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.warnings, []);
  await page.close();
});

test('nothing is fetched until an element nears the viewport', async () => {
  const body = `<div class="spacer"></div>${host('below', `src="${PLAN}"`)}`;
  const { page, requests } = await open(body, { head: '<link rel="stylesheet" href="fixtures/layout.css">' });
  await sleep(800);
  assert.equal(wasmFetches(requests), 0, 'no wasm fetch while the element is 3000 px below');
  assert.equal(requests.filter((p) => p === `/${PLAN}`).length, 0);
  await page.evaluate(() => window.scrollTo(0, 2500));
  await rendered(page, ['below']);
  assert.equal(wasmFetches(requests), 1);
  await page.close();
});

test("without 'wasm-unsafe-eval' every fallback stays visible and the page is intact", async () => {
  const body = `<h1 id="title">Host page</h1>
${host('a', `src="${PLAN}" indicator="high-tech-firms"`)}
<div id="b" data-plan-gauge data-src="${PLAN}" data-view="radial"><p>fallback b</p></div>
<p id="after">after the widgets</p>`;
  const { page, seen } = await open(body, { csp: NO_WASM });
  assert.ok(await until(() => seen.warnings.length > 0), 'a warning says why');
  await sleep(300);
  const s = await states(page, ['a', 'b']);
  assert.deepEqual(s.map((x) => [x.id, x.slot, x.widget, x.fallbackVisible]), [['a', true, false, true], ['b', true, false, true]]);
  assert.equal(seen.warnings.length, 1, JSON.stringify(seen.warnings));
  assert.match(seen.warnings[0], /^plan-gauge: could not start, the fallback content stays: .*(WebAssembly|wasm|Content Security Policy)/i);
  assert.deepEqual(await page.evaluate(() => [document.getElementById('title').textContent, document.getElementById('after').checkVisibility()]), ['Host page', true]);
  assert.ok(seen.errors.some((e) => /securitypolicyviolation: script-src/.test(e)), 'the refusal is the CSP\'s');
  assert.deepEqual(seen.errors.filter((e) => !/securitypolicyviolation|Content Security Policy|WebAssembly/i.test(e)), [], 'nothing else went wrong');
  await page.close();
});

/** Every element in each host's shadow root: geometry relative to the host and the text styles. */
function layout(page, ids) {
  return page.evaluate((ids) => ids.map((id) => {
    const el = document.getElementById(id);
    const at = el.getBoundingClientRect();
    return [...el.shadowRoot.querySelectorAll('*')].map((n) => {
      const r = n.getBoundingClientRect();
      const cs = getComputedStyle(n);
      return [n.localName, n.getAttribute('class'), Math.round(r.x - at.x), Math.round(r.y - at.y), Math.round(r.width), Math.round(r.height),
        cs.fontSize, cs.color, cs.fontWeight, cs.fontStyle, cs.letterSpacing, cs.textTransform, cs.lineHeight, cs.fill].join(' ');
    });
  }), ids);
}

test('hostile host stylesheets leave the widgets exactly as on a plain page', async () => {
  const body = [
    host('card', `src="${PLAN}" indicator="high-tech-firms" eager`),
    host('radial', `src="${PLAN}" indicator="rd-intensity" view="radial" lang="en" eager`),
    host('bar', `src="${PLAN}" indicator="tech-smes" view="bar" eager`),
    host('trend', `src="${PLAN}" indicator="high-tech-firms" view="trend" observations="${OBS}" eager`),
  ].join('\n');
  const ids = ['card', 'radial', 'bar', 'trend'];
  const shoot = async (page, name) => Promise.all(ids.map((id) => page.locator(`#${id}`).screenshot({ path: artifact(`embed-${name}-${id}.png`) })));

  const plain = await open(body, { head: '<link rel="stylesheet" href="fixtures/layout.css">', viewport: { width: 800, height: 3000 } });
  await rendered(plain.page, ids);
  const want = await layout(plain.page, ids);
  const wantShots = await shoot(plain.page, 'plain');
  const heights = await plain.page.evaluate((ids) => ids.map((id) => document.getElementById(id).getBoundingClientRect().height / 16), ids);
  console.log(`widget heights in em at 560 px: ${ids.map((id, i) => `${id} ${heights[i].toFixed(1)}`).join(', ')}`);
  await plain.page.close();

  for (const hostile of ['hostile-force', 'hostile-reset', 'hostile-revert']) {
    const { page, seen } = await open(body, {
      head: `<link rel="stylesheet" href="fixtures/${hostile}.css"><link rel="stylesheet" href="fixtures/layout.css">`,
      viewport: { width: 800, height: 3000 },
    });
    await rendered(page, ids);
    // The hostile sheet is in force on the page itself.
    const hostFont = await page.evaluate(() => getComputedStyle(document.getElementById('card')).fontSize);
    assert.ok(hostile !== 'hostile-force' || hostFont === '40px', `${hostile} applies to the host (${hostFont})`);
    const got = await layout(page, ids);
    ids.forEach((id, i) => assert.deepEqual(got[i], want[i], `${hostile}: ${id} lays out and styles alike`));
    const shots = await shoot(page, hostile);
    ids.forEach((id, i) => assert.ok(shots[i].equals(wantShots[i]), `${hostile}: ${id} looks the same (tests/artifacts/embed-*-${id}.png)`));
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.warnings, []);
    await page.close();
  }
});

test('missing, broken, invalid and slow data each keep their fallback and say why; the others render', async () => {
  const body = [
    host('good', `src="${PLAN}" indicator="high-tech-firms"`),
    host('missing', 'src="data/missing.json"'),
    host('broken', 'src="fixtures/invalid.json"'),
    host('invalid', 'src="fixtures/invalid-plan.json"'),
    host('slow', 'src="fixtures/slow.json"'),
    host('other', `src="${PLAN}" indicator="rd-intensity" view="bar"`),
  ].join('\n');
  const slow = async (route) => {
    await sleep(9500);
    await route.fulfill({ status: 200, contentType: 'application/json', body: planText }).catch(() => {});
  };
  const { page, seen } = await open(body, { routes: { '/fixtures/slow.json': slow }, viewport: { width: 800, height: 2000 } });
  await rendered(page, ['good', 'other']);
  assert.ok(await until(() => seen.warnings.length >= 4, 12000), `four warnings: ${JSON.stringify(seen.warnings)}`);
  const s = await states(page, ['missing', 'broken', 'invalid', 'slow']);
  for (const x of s) assert.ok(x.slot && !x.widget && x.fallbackVisible, `${x.id} keeps its visible fallback`);
  const expected = [
    /^plan-gauge: data\/missing\.json: cannot load \(HTTP 404\)$/,
    // Data problems come in the element's language (zh-Hans here), with the code and a pointer.
    /^plan-gauge: fixtures\/invalid\.json: 数据有误 \[bad_json\] \(detail: .*\) — 运行 plan-gauge check/,
    /^plan-gauge: fixtures\/invalid-plan\.json: indicators\[0\]\.section: 数据有误 \[unknown_section\] \(value: .*\) — /,
    /^plan-gauge: fixtures\/slow\.json: no answer within 8 s, the fallback stays$/,
  ];
  for (const re of expected) assert.ok(seen.warnings.some((w) => re.test(w)), `${re} in ${JSON.stringify(seen.warnings)}`);
  assert.equal(seen.warnings.length, 4);
  assert.deepEqual(seen.errors.filter((e) => !/Failed to load resource: .* 404/.test(e)), []);
  await page.close();
});

test('inline data by id, and attribute changes render again or fall back', async () => {
  const inline = planText.replace(/<\//g, '<\\/');
  const body = `<script type="application/json" id="plan-data">${inline}</script>
${host('inline', 'src="#plan-data" indicator="high-tech-firms"')}
${host('nowhere', 'src="#no-such-id"')}
<div id="div" class="w" data-plan-gauge data-src="#plan-data" data-indicator="rd-intensity"><p>fallback div</p></div>`;
  const { page, seen, requests } = await open(body);
  await rendered(page, ['inline', 'div']);
  assert.ok(await until(() => seen.warnings.length > 0));
  assert.deepEqual(seen.warnings, ['plan-gauge: #no-such-id: there is no <script type="application/json" id="no-such-id"> on the page']);
  assert.equal(requests.filter((p) => p.endsWith('.json')).length, 0, 'inline data is not fetched');

  const textOf = async (id) => (await states(page, [id]))[0].text;
  assert.match(await textOf('inline'), /高新技术企业/);
  await page.evaluate(() => document.getElementById('inline').setAttribute('lang', 'en'));
  await page.waitForFunction(() => /High-tech/i.test(document.getElementById('inline').shadowRoot.textContent));
  const divBefore = await textOf('div');
  await page.evaluate(() => document.getElementById('div').setAttribute('data-lang', 'en'));
  await page.waitForFunction((before) => {
    const text = document.getElementById('div').shadowRoot.textContent.trim();
    return text !== before && /share of GDP/.test(text);
  }, divBefore);

  await page.evaluate(() => document.getElementById('inline').setAttribute('indicator', 'nope'));
  await page.waitForFunction(() => !!document.getElementById('inline').shadowRoot.querySelector('slot'));
  assert.ok(await until(() => seen.warnings.length > 1));
  assert.equal(seen.warnings[1], 'plan-gauge: plan `zhenhai-2022` has no indicator `nope`');
  const [back] = await states(page, ['inline']);
  assert.ok(back.slot && !back.widget && back.fallbackVisible, 'a bad change shows the fallback again');

  await page.evaluate(() => document.getElementById('inline').setAttribute('indicator', 'tech-smes'));
  await rendered(page, ['inline']);
  const [again] = await states(page, ['inline']);
  assert.equal(again.children, 1, 'one widget, not two');
  assert.equal(wasmFetches(requests), 1);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('observations kept as CSV render, fetched once for two elements; a bad row keeps the fallback and names its line', async () => {
  const body = [
    host('trend', `src="${PLAN}" indicator="high-tech-firms" view="trend" observations="fixtures/observations.csv"`),
    host('card', `src="${PLAN}" indicator="high-tech-firms" observations="fixtures/observations.csv"`),
    host('bad', `src="${PLAN}" indicator="high-tech-firms" observations="fixtures/broken.csv"`),
  ].join('\n');
  const { page, seen, requests } = await open(body, { viewport: { width: 800, height: 3000 } });
  await rendered(page, ['trend', 'card']);
  const [trend, card] = await states(page, ['trend', 'card']);
  assert.match(trend.text, /433/, 'the CSV values are in the trend');
  assert.match(trend.text, /521/);
  assert.match(card.text, /521/, 'the card shows the latest CSV value');
  assert.equal(requests.filter((p) => p === '/fixtures/observations.csv').length, 1, 'one fetch per data URL');
  assert.ok(await until(() => seen.warnings.length > 0));
  assert.equal(seen.warnings.length, 1, JSON.stringify(seen.warnings));
  assert.match(seen.warnings[0], /^plan-gauge: fixtures\/broken\.csv: line 2 › value: \S/);
  const [bad] = await states(page, ['bad']);
  assert.ok(bad.slot && !bad.widget && bad.fallbackVisible, 'the bad CSV keeps its fallback');
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('a module that traps is started again: the element that made it trap keeps its fallback, the others render', async () => {
  // The only change to the served loader: `render` first calls the module's deliberate-panic
  // export for the element #boom. The trap is real (panic = "abort" → `unreachable`).
  const loader = trapOnBoom;
  const body = [
    host('boom', `src="${PLAN}" eager`),
    host('next', `src="${PLAN}" indicator="tech-smes" eager`),
    host('later', `src="${PLAN}" indicator="rd-intensity" view="radial"`),
  ].join('\n');
  const { page, seen } = await open(body, { loader });
  assert.ok(await until(() => seen.warnings.length > 0), 'a warning');
  await page.waitForFunction(() => ['next', 'later'].every((id) => {
    const root = document.getElementById(id).shadowRoot;
    return root && !root.querySelector('slot');
  }), null, { timeout: 20000 });
  await sleep(500);
  assert.equal(seen.warnings.length, 1, JSON.stringify(seen.warnings));
  assert.match(seen.warnings[0], /^plan-gauge: the module stopped \(RuntimeError: unreachable.*\) on <plan-gauge#boom>, which keeps its fallback; it starts again for the others$/);
  const [boom] = await states(page, ['boom']);
  assert.ok(boom.slot && !boom.widget && boom.fallbackVisible, 'boom keeps its fallback');
  assert.deepEqual(seen.errors, [], 'the host page saw no error and no rejection');
  await page.close();
});

test('once the loader has reserved the box, widgets appear without shifting the page', async () => {
  const body = `${host('card', `src="${PLAN}" indicator="high-tech-firms"`, '高新技术企业数量：目标为到2025年达到685家。')}
${host('radial', `src="${PLAN}" indicator="rd-intensity" view="radial"`, 'R&amp;D')}
<p id="below">text below the widgets</p>`;
  // The module arrives a second late, so that the reserved boxes are on screen first.
  const wasmPath = `/dist/${readdirSync(join(www, 'dist')).find((f) => /^plan-gauge\.[0-9a-f]+\.wasm$/.test(f))}`;
  const late = async (route) => { await sleep(1000); await route.continue(); };
  const { page, seen } = await open(body, {
    head: '<link rel="stylesheet" href="fixtures/layout.css">',
    viewport: { width: 800, height: 1200 },
    routes: { [wasmPath]: late },
  });
  await page.evaluate(() => {
    window.__shift = 0;
    window.__sources = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__shift += e.value;
        for (const s of e.sources) window.__sources.push(`${s.node && (s.node.id || s.node.nodeName)} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`);
      }
    })
      .observe({ type: 'layout-shift', buffered: true });
  });
  // Before the loader runs, only the fallback holds the place (its own size is the webmaster's);
  // from the moment the loader reserves the box, the widget must not move the page.
  await page.waitForFunction(() => !!document.getElementById('radial').shadowRoot);
  await sleep(300);
  assert.ok((await states(page, ['card']))[0].slot, 'still waiting for the module');
  const reserved = await page.evaluate(() => window.__shift);
  await rendered(page, ['card', 'radial']);
  await sleep(300);
  const shift = (await page.evaluate(() => window.__shift)) - reserved;
  console.log(`layout shift score while two widgets replaced their reserved boxes: ${shift.toFixed(4)}`);
  if (shift >= 0.01) console.log(await page.evaluate(() => window.__sources.join('\n')));
  assert.ok(shift < 0.01, `cumulative layout shift ${shift} must stay under 0.01`);
  assert.deepEqual(seen.errors, []);
  await page.close();
});
