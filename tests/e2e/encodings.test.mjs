// Data as editors save it on Chinese Windows: a GB18030 CSV served as `text/csv` with no charset
// (as many servers send it) renders the same figures and Chinese words as UTF-8; a file that is
// not text keeps the fallback with one warning. The fixture page and data are routed, not files.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot, serverAndBrowser, watchPage } from './lib/harness.mjs';

const PLAN = 'data/zhenhai-2022.plan.json';
const GB = readFileSync(join(repoRoot, 'tests/e2e/fixtures/observations-gb18030.csv'));

const env = serverAndBrowser();

async function openWith(obsBody) {
  const page = await env.browser.newPage();
  const seen = watchPage(page, env.server.origin);
  await page.route(env.server.url('data/obs.csv'), (route) => route.fulfill({
    status: 200, contentType: 'text/csv', body: obsBody,
  }));
  await page.route(env.server.url('fixture.html'), (route) => route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>fixture</title>
<script src="dist/plan-gauge.js" async></script></head><body>
<plan-gauge id="card" src="${PLAN}" indicator="high-tech-firms" observations="data/obs.csv" lang="zh-CN"><p>fallback card</p></plan-gauge>
</body></html>`,
  }));
  await page.goto(env.server.url('fixture.html'));
  return { page, seen };
}

test('a GB18030 CSV served as text/csv without a charset renders its figures and words', async () => {
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(GB), 'the fixture is not UTF-8');
  const { page, seen } = await openWith(GB);
  await page.waitForFunction(() => {
    const root = document.getElementById('card').shadowRoot;
    return root && !root.querySelector('slot') && root.textContent.includes('612');
  }, null, { timeout: 20000 });
  const text = await page.$eval('#card', (el) => el.shadowRoot.textContent);
  assert.match(text, /612家/);
  assert.match(text, /镇海区科技局（示例）/, 'the Chinese source name reads as written');
  assert.doesNotMatch(text, /\uFFFD/, 'no replacement characters');
  assert.deepEqual(seen.warnings, []);
  await page.close();
});

test('a file that is not text keeps the fallback and says why once', async () => {
  const { page, seen } = await openWith(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]));
  for (let i = 0; i < 100 && seen.warnings.length === 0; i++) await page.waitForTimeout(100);
  const light = await page.$eval('#card', (el) => el.shadowRoot ? !!el.shadowRoot.querySelector('slot') : true);
  assert.ok(light, 'the fallback stays');
  assert.equal(seen.warnings.length, 1, JSON.stringify(seen.warnings));
  assert.match(seen.warnings[0], /obs\.csv: .*(not readable|UTF-8|GB18030)/);
  await page.close();
});
