// The demo portal: the home page, a page per seed plan (written by `plan-gauge site`), the
// embed-code generator, the method page, the webmaster guide and the accessibility statement.
// Every page loads with no console error, no failed or foreign request and no axe-core violation
// (WCAG 2.2 A/AA tags), reflows at 320 px, and is photographed at 1280 px and 320 px into
// tests/artifacts/. Every seed indicator shows on its plan page with a status, statically and
// live. A keyboard-only walk through the generator yields a snippet, which works when pasted into
// a blank page of the same origin under the strict CSP it names.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { artifact, repoRoot, runAxe, serverAndBrowser, watchPage } from './lib/harness.mjs';

const www = process.env.PLAN_GAUGE_WWW || join(repoRoot, 'www');

const seeds = readdirSync(join(repoRoot, 'seeds'))
  .filter((f) => f.endsWith('.plan.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(repoRoot, 'seeds', f), 'utf8')));

const PAGES = [
  'index.html',
  'generator.html',
  'author.html',
  'method.html',
  'guide/index.html',
  'accessibility.html',
  ...seeds.flatMap((p) => [`plans/${p.id}.html`, `plans/${p.id}.en.html`]),
  // The labelled demonstrations over sample data.
  ...seeds.flatMap((p) => [`plans/${p.id}.demo.html`, `plans/${p.id}.demo.en.html`]),
];

const env = serverAndBrowser(www);

function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 3).map((n) => `   ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'))
    .join('\n');
}

/** Opens `path` and records errors, warnings, foreign requests and failed requests. */
async function open(path, width) {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  const seen = watchPage(page, env.server.origin);
  seen.failed = [];
  page.on('requestfailed', (r) => seen.failed.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) seen.failed.push(`${r.url()} ${r.status()}`); });
  const response = await page.goto(env.server.url(path));
  assert.equal(response.status(), 200, path);
  return { page, seen };
}

/** Waits until every widget on the page has replaced its fallback slot with its own rendering. */
async function widgetsMounted(page) {
  // The generator's preview appears once its data has loaded.
  if (new URL(page.url()).pathname.endsWith('/generator.html')) await page.waitForSelector('#g-preview plan-gauge');
  const count = await page.$$eval('plan-gauge, [data-plan-gauge]', (els) => els.length);
  for (let i = 0; i < count; i++) {
    await page.locator('plan-gauge, [data-plan-gauge]').nth(i).scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => {
      const host = document.querySelectorAll('plan-gauge, [data-plan-gauge]')[n];
      const root = host && host.shadowRoot;
      return !!root && !root.querySelector('slot') && root.textContent.trim().length > 0;
    }, i, { timeout: 20000 });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  return count;
}

function clean(seen, path) {
  assert.deepEqual(seen.errors, [], `${path}: console errors`);
  assert.deepEqual(seen.warnings, [], `${path}: plan-gauge warnings`);
  assert.deepEqual(seen.failed, [], `${path}: failed requests`);
  assert.deepEqual(seen.foreignRequests, [], `${path}: requests to another origin`);
}

for (const path of PAGES) {
  const name = path.replace(/\.html$/, '').replace(/[/.]/g, '-');
  test(`${path}: loads cleanly, has no axe violations, reflows at 320 px`, async () => {
    const { page, seen } = await open(path, 1280);
    const widgets = await widgetsMounted(page);
    if (path.startsWith('plans/') || path === 'generator.html' || path === 'index.html') {
      assert.ok(widgets > 0, `${path} shows live widgets`);
    }
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      skip: document.querySelector('a.skip[href="#main"]') !== null,
      main: document.querySelectorAll('main#main').length,
      h1: document.querySelectorAll('h1').length,
      styled: document.querySelectorAll('[style], style').length,
      inlineScripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    }));
    assert.match(facts.lang, /^(zh-Hans|en)$/);
    assert.ok(facts.skip, 'a skip link to #main');
    assert.equal(facts.main, 1, 'one main landmark');
    assert.equal(facts.h1, 1, 'one h1');
    assert.equal(facts.styled, 0, 'no style elements or attributes');
    assert.equal(facts.inlineScripts, 0, 'no inline script');
    const result = await runAxe(page);
    assert.equal(result.violations.length, 0, describe(result.violations));
    assert.ok(result.passes.length > 5, 'axe really ran');
    await page.screenshot({ path: artifact(`portal-${name}-1280.png`), fullPage: true });
    clean(seen, path);
    await page.close();

    const narrow = await open(path, 320);
    await widgetsMounted(narrow.page);
    const widths = await narrow.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    assert.ok(widths.scroll <= widths.client, `${path} scrolls sideways at 320 px: ${widths.scroll} > ${widths.client}`);
    await narrow.page.screenshot({ path: artifact(`portal-${name}-320.png`), fullPage: true });
    clean(narrow.seen, path);
    await narrow.page.close();
  });
}

for (const plan of seeds) {
  test(`plans/${plan.id}: every indicator shows with a status, statically and live`, async () => {
    const pages = [`plans/${plan.id}.html`, `plans/${plan.id}.en.html`, `plans/${plan.id}.demo.html`, `plans/${plan.id}.demo.en.html`];
    for (const path of pages) {
      const { page, seen } = await open(path, 1280);
      // Static: the dashboard's light-DOM fallback, readable without JavaScript.
      const fallback = await page.$$eval('plan-gauge[view="dashboard"] li[data-indicator]', (lis) =>
        lis.map((li) => ({ id: li.dataset.indicator, status: li.dataset.status, label: li.querySelector('.pg-badge-text')?.textContent.trim() || '' })));
      await widgetsMounted(page);
      // Live: the widget shows a page of rows at a time (50); turn every page with its button.
      const live = await page.$eval('plan-gauge[view="dashboard"]', async (host) => {
        const root = host.shadowRoot;
        const shown = () => [...root.querySelectorAll('li[data-indicator]')].map((li) => ({
          id: li.dataset.indicator,
          status: li.dataset.status,
          label: li.querySelector('.pg-badge-text')?.textContent.trim() || '',
        }));
        const rows = shown();
        for (let pages = 1; pages < 1000; pages++) {
          const next = root.querySelector('.pg-pager:not([hidden]) .pg-page-next:not([aria-disabled="true"])');
          if (!next) break;
          const before = rows[rows.length - 1]?.id;
          next.click();
          for (let wait = 0; wait < 200 && shown().at(-1)?.id === before; wait++) {
            await new Promise((done) => setTimeout(done, 10));
          }
          rows.push(...shown());
        }
        return rows;
      });
      for (const [where, rows] of [['fallback', fallback], ['live', live]]) {
        for (const ind of plan.indicators) {
          const row = rows.find((r) => r.id === ind.id);
          assert.ok(row, `${path} (${where}): indicator ${ind.id} is missing`);
          assert.ok(row.status && row.label, `${path} (${where}): indicator ${ind.id} has no status`);
        }
      }
      // The plan's own pages draw published figures; only the demonstration is sample data.
      const en = path.endsWith('.en.html');
      if (path.includes('.demo.')) {
        const banner = await page.$eval('.sample-banner', (el) => el.textContent);
        assert.match(banner, en ? /sample data/i : /示例数据/);
      } else {
        assert.equal(await page.$('.sample-banner'), null, `${path}: no sample banner on the published page`);
        const banner = await page.$eval('.published-banner', (el) => el.textContent);
        assert.match(banner, en ? /published/i : /已公布/);
      }
      const facts = await page.$eval('.plan-facts', (el) => el.textContent);
      if (!plan.doc_number) assert.match(facts, /未载明|not stated/, `${path}: a missing document number is said to be missing`);
      if (plan.doc_number) assert.ok(facts.includes(plan.doc_number), `${path}: the document number`);
      const cards = await page.$$eval('section.news plan-gauge[view="card"]', (els) => els.length);
      assert.ok(cards >= 1, `${path}: cards in the article`);
      clean(seen, path);
      await page.close();
    }
  });
}

test('a keyboard-only walk through the generator yields a snippet that works when pasted', async () => {
  const { page, seen } = await open('generator.html', 1280);
  await page.waitForFunction(() => document.querySelectorAll('#g-indicator option').length > 1);
  const active = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('name') || document.activeElement?.tagName);
  async function tabTo(id) {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if ((await active()) === id) return;
    }
    assert.fail(`Tab never reached #${id}`);
  }
  await tabTo('g-plan');
  await page.keyboard.press('ArrowDown');
  await tabTo('g-indicator');
  // The indicator list now holds the second plan's indicators (the same id stays chosen if that
  // plan has it); two steps down from wherever it stands.
  const startIndex = await page.$eval('#g-indicator', (el) => el.selectedIndex);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  assert.equal(await active(), 'view', 'Tab moves into the view radio group');
  await page.keyboard.press('ArrowRight');
  await tabTo('g-lang');
  await page.keyboard.press('ArrowDown');
  await tabTo('g-theme');
  await page.keyboard.press('ArrowDown');
  // The snippet follows the choices once the fallback file has loaded; then copy it.
  await page.waitForFunction(() => /theme="dark"/.test(document.getElementById('g-snippet').value));
  await tabTo('g-copy');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('g-copy-status').textContent.trim().length > 0);

  const picked = await page.evaluate((start) => ({
    plan: document.getElementById('g-plan').value,
    secondPlan: document.querySelectorAll('#g-plan option')[1].value,
    indicator: document.getElementById('g-indicator').value,
    twoDown: document.querySelectorAll('#g-indicator option')[start + 2].value,
    view: document.querySelector('input[name="view"]:checked').value,
    lang: document.getElementById('g-lang').value,
    theme: document.getElementById('g-theme').value,
  }), startIndex);
  assert.equal(picked.plan, picked.secondPlan, 'ArrowDown picked the second plan');
  assert.equal(picked.indicator, picked.twoDown, 'two ArrowDowns moved two indicators on');
  assert.equal(picked.view, 'radial', 'ArrowRight picked the next view');
  assert.equal(picked.lang, 'zh-TW');
  assert.equal(picked.theme, 'dark');
  const status = await page.$eval('#g-copy-status', (el) => el.textContent.trim());
  assert.match(status, /已复制|已选中/, 'pressing Enter on the copy button says what happened');
  const snippet = await page.$eval('#g-snippet', (el) => el.value);
  const manifest = JSON.parse(readFileSync(join(www, 'dist', 'plan-gauge.json'), 'utf8'));
  assert.ok(snippet.includes(`<script src="/dist/plan-gauge.js" integrity="${manifest.integrity}" async></script>`), 'the snippet pins the loader');
  assert.match(snippet, new RegExp(`<plan-gauge src="/data/${picked.plan}\\.plan\\.json" indicator="${picked.indicator}" view="radial" lang="zh-TW"`));
  assert.match(snippet, /class="pg-root[^"]*pg-card/, 'the fallback card is inside the element');
  const csp = snippet.match(/Content-Security-Policy: ([^\n]*?) -->/);
  assert.ok(csp, 'the snippet names the CSP line');
  // The preview is a live widget with the same attributes.
  const preview = await page.$eval('#g-preview plan-gauge', (el) => el.getAttribute('view') + ' ' + el.getAttribute('indicator'));
  assert.equal(preview, `radial ${picked.indicator}`);
  clean(seen, 'generator.html');
  await page.close();

  // Paste it into a blank page of the same origin, under the CSP it names.
  const dir = join(www, 'plans');
  mkdirSync(dir, { recursive: true });
  const pasted = join(dir, 'pasted-snippet.html');
  writeFileSync(pasted, `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="${csp[1]}">\n<title>Pasted snippet</title>\n</head>\n<body>\n<main>\n<h1>A blank page</h1>\n${snippet}\n</main>\n</body>\n</html>\n`);
  try {
    const blankPage = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
    await blankPage.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const blank = { page: blankPage, seen: watchPage(blankPage, env.server.origin) };
    const consoleErrors = [];
    blankPage.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${m.text()} @ ${m.location().url}`); });
    blank.seen.failed = [];
    blankPage.on('response', (r) => { if (r.status() >= 400) blank.seen.failed.push(`${r.url()} ${r.status()}`); });
    assert.equal((await blankPage.goto(env.server.url('plans/pasted-snippet.html'))).status(), 200);
    assert.equal(await widgetsMounted(blank.page), 1);
    const text = await blank.page.$eval('plan-gauge', (el) => el.shadowRoot.textContent);
    assert.ok(text.trim().length > 0, 'the widget rendered');
    await blank.page.screenshot({ path: artifact('portal-pasted-snippet.png'), fullPage: true });
    assert.deepEqual(await blank.page.evaluate(() => window.__cspViolations), [], 'no CSP violation');
    // A page without an icon link makes Chromium ask for /favicon.ico; that 404 is the browser's,
    // not the snippet's, so it is the one failure allowed here.
    blank.seen.errors = consoleErrors.filter((e) => !e.endsWith('/favicon.ico')).map((e) => e.split(' @ ')[0]);
    clean(blank.seen, 'pasted-snippet.html');
    await blank.page.close();
  } finally {
    rmSync(pasted, { force: true });
  }
});

test('the generator previews every view, language and theme without a warning', async () => {
  const { page, seen } = await open('generator.html', 1280);
  await page.waitForFunction(() => document.querySelectorAll('#g-indicator option').length > 1);
  const combos = [
    ['card', 'zh-CN', 'light'],
    ['radial', 'en', 'dark'],
    ['bar', 'zh-TW', 'large'],
    ['trend', 'en', 'light'],
    ['dashboard', 'zh-CN', 'large'],
  ];
  for (const [view, lang, theme] of combos) {
    await page.check(`input[name="view"][value="${view}"]`);
    await page.selectOption('#g-lang', lang);
    await page.selectOption('#g-theme', theme);
    await page.waitForFunction(([v, l, t]) => {
      const el = document.querySelector('#g-preview plan-gauge');
      return el && el.getAttribute('view') === v && el.getAttribute('lang') === l && el.getAttribute('theme') === t
        && el.shadowRoot && !el.shadowRoot.querySelector('slot') && el.shadowRoot.textContent.trim().length > 0;
    }, [view, lang, theme], { timeout: 20000 });
    const snippet = await page.$eval('#g-snippet', (el) => el.value);
    assert.match(snippet, new RegExp(`view="${view}" lang="${lang}"`));
    assert.equal(/ indicator="/.test(snippet.split('\n').find((l) => l.startsWith('<plan-gauge'))), view !== 'dashboard', `${view}: indicator attribute only for single-indicator views`);
  }
  const result = await runAxe(page);
  assert.equal(result.violations.length, 0, describe(result.violations));
  clean(seen, 'generator.html');
  await page.close();
});

test('the home page links to every plan page, the generator and the guides, and keeps its live examples', async () => {
  const { page, seen } = await open('index.html', 1280);
  // The page's own links (light DOM: Playwright's selectors would pierce into the widgets, whose
  // cards link each figure's source on its own site).
  const hrefs = await page.evaluate(() => [...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')));
  for (const plan of seeds) {
    assert.ok(hrefs.includes(`plans/${plan.id}.html`), `home links to plans/${plan.id}.html`);
    assert.ok(hrefs.includes(`plans/${plan.id}.en.html`), `home links to plans/${plan.id}.en.html`);
  }
  for (const href of ['generator.html', 'method.html', 'guide/index.html', 'format.html', 'gallery.html', 'accessibility.html']) {
    assert.ok(hrefs.includes(href), `home links to ${href}`);
  }
  assert.equal(await widgetsMounted(page), 2, 'the two live examples');
  // Every link of the page's own resolves on this env.server (sources on other sites are not fetched).
  for (const href of new Set(hrefs.filter((h) => !/^[a-z]+:/i.test(h)))) {
    const r = await page.request.get(env.server.url(href));
    assert.equal(r.status(), 200, href);
  }
  clean(seen, 'index.html');
  await page.close();
});
