// The loader as a guest on a strict page: under `default-src 'self'; script-src 'self'
// 'wasm-unsafe-eval'; style-src 'self'`, included twice, with several elements on one plan and one
// element whose data is missing. The fixture pages are routed, not files, so www/ stays clean.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, watchPage } from './lib/harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const PLAN = 'data/zhenhai-2022.plan.json';

function fixture(withScripts) {
  const scripts = withScripts
    ? '<script src="dist/plan-gauge.js" defer></script>\n<script src="dist/plan-gauge.js" defer></script>'
    : '';
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>fixture</title>
${scripts}</head><body>
<plan-gauge id="card" src="${PLAN}" indicator="high-tech-firms"><p>fallback card</p></plan-gauge>
<plan-gauge id="radial" src="${PLAN}" indicator="rd-intensity" view="radial" lang="en"><p>fallback radial</p></plan-gauge>
<plan-gauge id="missing" src="data/missing.json" indicator="x"><p>fallback missing</p></plan-gauge>
</body></html>`;
}

const env = serverAndBrowser();

async function openFixture(withScripts) {
  const page = await env.browser.newPage();
  const seen = watchPage(page, env.server.origin);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.route(env.server.url('fixture.html'), (route) => route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    headers: { 'Content-Security-Policy': CSP },
    body: fixture(withScripts),
  }));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`securitypolicyviolation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(env.server.url('fixture.html'));
  return { page, seen, requests };
}

const globals = (page) => page.evaluate(() => Object.getOwnPropertyNames(window).sort());

test('under a strict CSP, a doubly included loader renders each element once and keeps the fallback on failure', async () => {
  const { page: plain } = await openFixture(false);
  const before = await globals(plain);
  await plain.close();

  const { page, seen, requests } = await openFixture(true);
  await page.waitForFunction(() => ['card', 'radial'].every((id) => {
    const root = document.getElementById(id).shadowRoot;
    return root && !root.querySelector('slot') && root.textContent.trim().length > 0;
  }), null, { timeout: 20000 });
  // The missing data settles soon after; wait for its warning.
  for (let i = 0; i < 50 && seen.warnings.length === 0; i++) await page.waitForTimeout(100);

  const state = await page.evaluate(() => ['card', 'radial', 'missing'].map((id) => {
    const el = document.getElementById(id);
    const root = el.shadowRoot;
    return { id, slot: !!(root && root.querySelector('slot')), children: root ? root.childElementCount : -1, light: el.innerHTML.trim() };
  }));
  assert.deepEqual(state.map((s) => [s.id, s.slot, s.children]), [['card', false, 1], ['radial', false, 1], ['missing', true, 1]]);
  assert.deepEqual(state.map((s) => s.light), ['<p>fallback card</p>', '<p>fallback radial</p>', '<p>fallback missing</p>']);

  assert.equal(requests.filter((p) => p === `/${PLAN}`).length, 1, 'one fetch per data URL');
  assert.equal(requests.filter((p) => /\/dist\/plan-gauge\.[0-9a-f]{16}\.wasm$/.test(p)).length, 1, 'one wasm fetch');
  assert.equal(seen.warnings.length, 1, `one warning: ${JSON.stringify(seen.warnings)}`);
  assert.match(seen.warnings[0], /^plan-gauge: .*missing\.json: cannot load \(HTTP 404\)$/);
  const errors = seen.errors.filter((e) => !/Failed to load resource: .* 404/.test(e));
  assert.deepEqual(errors, [], 'no console errors besides the 404, and no CSP violation');
  assert.deepEqual(seen.foreignRequests, []);

  const after = await globals(page);
  assert.deepEqual(after.filter((k) => !before.includes(k)), ['PlanGauge'], 'one namespace global');
  await page.close();
});
