// The demo page (www/index.html) served by `plan-gauge serve`: the gauges mount from the script tag
// into shadow roots, the light-DOM fallback is left as it was, and the page stays a good guest.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { artifact, serverAndBrowser, watchPage } from './lib/harness.mjs';

const env = serverAndBrowser();

/** The text inside `selector`'s shadow root once the widget replaced the fallback slot. */
async function widgetText(page, selector, seen) {
  try {
    const handle = await page.waitForFunction((sel) => {
      const host = document.querySelector(sel);
      const root = host && host.shadowRoot;
      if (!root || root.querySelector('slot') || !root.textContent.trim()) return null;
      return { text: root.textContent, light: host.textContent, sheets: root.adoptedStyleSheets.length };
    }, selector, { timeout: 20000 });
    return await handle.jsonValue();
  } catch (e) {
    throw new Error(`${selector} did not render: ${e.message}\nconsole: ${JSON.stringify(seen)}`);
  }
}

test('the demo page mounts its gauges from one script tag', async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const seen = watchPage(page, env.server.origin);
  const response = await page.goto(env.server.url('index.html'));
  assert.equal(response.status(), 200);
  const lightBefore = await page.$eval('plan-gauge', (el) => el.innerHTML);

  const gauge = await widgetText(page, 'plan-gauge', seen);
  assert.match(gauge.text, /高新技术企业数量/, 'the <plan-gauge> shows its indicator in Chinese');
  assert.match(gauge.text, /685/, 'and its 2025 target');
  assert.equal(gauge.sheets, 1, 'styles come from one adopted stylesheet');

  const host = await widgetText(page, '[data-plan-gauge]', seen);
  assert.match(host.text, /R&D spending as a share of GDP/, 'the data-plan-gauge host shows its indicator in English');

  const lightAfter = await page.$eval('plan-gauge', (el) => el.innerHTML);
  assert.equal(lightAfter, lightBefore, 'the light-DOM fallback is left unchanged');
  assert.equal(await page.evaluate(() => typeof window.PlanGauge), 'object', 'one namespace global');
  assert.equal(await page.$$eval('head style, [style]', (els) => els.length), 0, 'no style elements or attributes in the page');

  await page.screenshot({ path: artifact('demo.png'), fullPage: true });
  assert.deepEqual(seen.errors, [], 'no console errors');
  assert.deepEqual(seen.warnings, [], 'no plan-gauge warnings');
  assert.deepEqual(seen.foreignRequests, [], 'no request to another origin');
  await page.close();
});

test('the wasm module is served as application/wasm and pinned by integrity', async () => {
  const page = await env.browser.newPage();
  const wasm = page.waitForResponse((r) => /\/dist\/plan-gauge\.[0-9a-f]{16}\.wasm$/.test(r.url()));
  await page.goto(env.server.url('index.html'));
  const response = await wasm;
  assert.equal(response.status(), 200);
  assert.equal(response.headers()['content-type'], 'application/wasm');
  const loader = await (await page.request.get(env.server.url('dist/plan-gauge.js'))).text();
  const sri = `sha384-${createHash('sha384').update(await response.body()).digest('base64')}`;
  const name = new URL(response.url()).pathname.split('/').pop();
  assert.ok(loader.includes(`"${name}","${sri}"`) || loader.includes(`"${name}", "${sri}"`), 'the loader pins the module it fetched by its own hash');
  await page.close();
});
