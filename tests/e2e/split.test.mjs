// The widget in two parts: a page of cards, radial gauges and bars loads only the loader and the
// first module; the second part (trend charts, dashboards, CSV) is fetched once, the first time an
// element needs it, and if it cannot be loaded those elements keep their fallback with one warning.
// Every data file is read once per module however many elements name it. The modules carry the
// simplified Chinese words; another language's words file is fetched once, the first time an element
// is in that language, and if it cannot be loaded those elements keep their fallback with one warning.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serverAndBrowser, watchPage } from './lib/harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const PLAN = 'data/zhenhai-2022.plan.json';
const env = serverAndBrowser();

const el = (id, attrs) => `<plan-gauge id="${id}" src="${PLAN}" ${attrs} eager><p>fallback ${id}</p></plan-gauge>`;

async function open(body, { blockSecondPart = false, block = null } = {}) {
  const page = await env.browser.newPage();
  const seen = watchPage(page, env.server.origin);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  if (blockSecondPart) await page.route(/plan-gauge-full\./, (route) => route.abort());
  if (block) await page.route(block, (route) => route.abort());
  await page.route(env.server.url('split.html'), (route) => route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    headers: { 'Content-Security-Policy': CSP },
    body: `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>split</title>
<script src="dist/plan-gauge.js" async></script></head><body>${body}</body></html>`,
  }));
  await page.goto(env.server.url('split.html'));
  return { page, seen, requests };
}

const drawn = (page, ids) => page.waitForFunction((ids) => ids.every((id) => {
  const root = document.getElementById(id).shadowRoot;
  return root && !root.querySelector('slot') && root.textContent.trim().length > 0;
}), ids, { timeout: 20000 });

const isSecond = (p) => /\/dist\/plan-gauge-full\.[0-9a-f]{16}\.(js|wasm)$/.test(p);
const wordsOf = (tag) => (p) => new RegExp(`^/dist/plan-gauge-words\\.${tag}\\.[0-9a-f]{16}\\.txt$`).test(p);
const isWords = (p) => /\/plan-gauge-words\./.test(p);
const textOf = (page, id) => page.evaluate((id) => document.getElementById(id).shadowRoot.textContent, id);

test('a page of cards, radial gauges and bars never fetches the second part', async () => {
  const ids = ['a', 'b', 'c'];
  const { page, seen, requests } = await open(
    el('a', 'indicator="high-tech-firms"') + el('b', 'indicator="rd-intensity" view="radial"') + el('c', 'indicator="tech-trade" view="bar" lang="en"'));
  await drawn(page, ids);
  assert.deepEqual(requests.filter(isSecond), []);
  assert.equal(requests.filter((p) => p === `/${PLAN}`).length, 1, 'one fetch of the plan');
  const stats = await page.evaluate(() => PlanGauge.stats());
  assert.deepEqual(Object.keys(stats), ['first']);
  assert.equal(stats.first.data, 1, 'the plan was read and assessed once for three elements');
  assert.equal(stats.first.views, 3);
  assert.deepEqual(seen.warnings, []);
  await page.close();
});

test('elements that need the second part get it once, and share the data with each other', async () => {
  const ids = ['card', 'd1', 'd2', 't1'];
  const { page, seen, requests } = await open(
    el('card', 'indicator="high-tech-firms"') + el('d1', 'view="dashboard"') + el('d2', 'view="dashboard" lang="en"')
    + el('t1', 'indicator="high-tech-firms" view="trend" observations="data/zhenhai-2022.sample.json"'));
  await drawn(page, ids);
  const second = requests.filter(isSecond);
  assert.equal(second.filter((p) => p.endsWith('.js')).length, 1, `one script: ${second}`);
  assert.equal(second.filter((p) => p.endsWith('.wasm')).length, 1, `one module: ${second}`);
  const stats = await page.evaluate(() => PlanGauge.stats());
  assert.equal(stats.first.data, 1);
  assert.equal(stats.second.data, 2, 'the plan alone, and the plan with its observations');
  assert.equal(stats.second.views, 3);
  assert.deepEqual(seen.warnings, []);
  assert.deepEqual(seen.foreignRequests, []);
  await page.close();
});

test('when the second part cannot be loaded, its elements keep their fallback with one warning', async () => {
  const { page, seen } = await open(
    el('card', 'indicator="high-tech-firms"') + el('d1', 'view="dashboard"') + el('d2', 'view="dashboard"'),
    { blockSecondPart: true });
  await drawn(page, ['card']);
  for (let i = 0; i < 50 && seen.warnings.length === 0; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(300);
  const slots = await page.evaluate(() => ['d1', 'd2'].map((id) => {
    const root = document.getElementById(id).shadowRoot;
    return root ? !!root.querySelector('slot') : `no shadow root`;
  }));
  assert.deepEqual(slots, [true, true], 'the dashboards keep their fallback');
  assert.equal(seen.warnings.length, 1, JSON.stringify(seen.warnings));
  assert.match(seen.warnings[0], /^plan-gauge: could not load the part that draws trend charts and dashboards/);
  await page.close();
});

test('a page in simplified Chinese fetches no words file', async () => {
  const ids = ['a', 'b'];
  const { page, seen, requests } = await open(el('a', 'indicator="high-tech-firms"') + el('b', 'indicator="rd-intensity" view="radial"'));
  await drawn(page, ids);
  assert.deepEqual(requests.filter(isWords), []);
  assert.match(await textOf(page, 'a'), /高新技术企业/);
  assert.deepEqual(seen.warnings, []);
  await page.close();
});

test('elements in English and traditional Chinese get their words once, in both parts', async () => {
  const ids = ['en1', 'en2', 'hant', 'hans', 'dash-en'];
  const { page, seen, requests } = await open(
    el('en1', 'indicator="high-tech-firms" lang="en"') + el('en2', 'indicator="rd-intensity" view="radial" lang="en"')
    + el('hant', 'indicator="high-tech-firms" lang="zh-Hant"') + el('hans', 'indicator="high-tech-firms"')
    + el('dash-en', 'view="dashboard" lang="en"'));
  await drawn(page, ids);
  assert.equal(requests.filter(wordsOf('en')).length, 1, `one English words file: ${requests.filter(isWords)}`);
  assert.equal(requests.filter(wordsOf('zh-hant')).length, 1, `one traditional Chinese words file: ${requests.filter(isWords)}`);
  assert.equal(requests.filter(isWords).length, 2);
  // The words are the locale's own, in each part.
  for (const id of ['en1', 'dash-en']) assert.match(await textOf(page, id), /\b(Achieved|On track|At risk|Off track|No data)\b/, id);
  assert.doesNotMatch(await textOf(page, 'en1'), /[\u4e00-\u9fff]{6}/, 'no Chinese sentence in the English card');
  assert.match(await textOf(page, 'hant'), /高新技術企業|達到|進展/);
  assert.match(await textOf(page, 'hans'), /高新技术企业/);
  assert.deepEqual(seen.warnings, []);
  assert.deepEqual(seen.foreignRequests, []);
  await page.close();
});

test('when a words file cannot be loaded, the elements in that language keep their fallback with one warning', async () => {
  const { page, seen } = await open(
    el('hans', 'indicator="high-tech-firms"') + el('en1', 'indicator="high-tech-firms" lang="en"')
    + el('en2', 'indicator="rd-intensity" view="radial" lang="en"') + el('hant', 'indicator="high-tech-firms" lang="zh-Hant"'),
    { block: /plan-gauge-words\.en\./ });
  await drawn(page, ['hans', 'hant']);
  for (let i = 0; i < 50 && seen.warnings.length === 0; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(300);
  const slots = await page.evaluate(() => ['en1', 'en2'].map((id) => !!document.getElementById(id).shadowRoot.querySelector('slot')));
  assert.deepEqual(slots, [true, true], 'the English elements keep their fallback');
  assert.equal(seen.warnings.length, 1, JSON.stringify(seen.warnings));
  assert.match(seen.warnings[0], /^plan-gauge: could not load the words of en \(plan-gauge-words\.en\.[0-9a-f]{16}\.txt: cannot load \(network error\)\); the elements in en keep their fallback/);
  await page.close();
});

test('200 radial gauges of one plan read it once', async () => {
  const body = Array.from({ length: 200 }, (_, i) => el(`g${i}`, 'indicator="rd-intensity" view="radial"')).join('\n');
  const { page, seen } = await open(body);
  await drawn(page, ['g0', 'g199']);
  await page.waitForFunction(() => PlanGauge.stats().first && PlanGauge.stats().first.views === 200, null, { timeout: 20000 });
  const stats = await page.evaluate(() => PlanGauge.stats());
  assert.equal(stats.first.data, 1);
  assert.deepEqual(seen.warnings, []);
  await page.close();
});
