// The component gallery (www/gallery.html, written by `cargo run -p plan-gauge-ui --features ssr
// --example gallery`): axe-core finds no WCAG 2.2 A/AA violation, with every row and table closed
// and opened; the page reflows at 320 px without sideways scrolling; screenshots at 1280 px and
// 320 px go to tests/artifacts/ for a look by eye.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { artifact, runAxe, serverAndBrowser, watchPage } from './lib/harness.mjs';


const env = serverAndBrowser();

function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 3).map((n) => `   ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'))
    .join('\n');
}

async function openGallery(width) {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  const seen = watchPage(page, env.server.origin);
  seen.notFound = [];
  page.on('response', (r) => { if (r.status() >= 400) seen.notFound.push(new URL(r.url()).pathname); });
  const response = await page.goto(env.server.url('gallery.html'));
  assert.equal(response.status(), 200);
  return { page, seen };
}

test('the gallery has no axe violations (WCAG 2.2 A and AA), closed and opened', async () => {
  const { page, seen } = await openGallery(1280);
  const closed = await runAxe(page);
  assert.equal(closed.violations.length, 0, describe(closed.violations));
  assert.ok(closed.passes.length > 10, 'axe really ran its rules');
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
  const opened = await runAxe(page);
  assert.equal(opened.violations.length, 0, describe(opened.violations));
  // Nothing the page asks for fails to load. (Chromium's own /favicon.ico request is not a page
  // request and shows only as a console 404, which is therefore left out.)
  assert.deepEqual(seen.notFound, []);
  assert.deepEqual(seen.errors.filter((e) => !e.includes('status of 404')), []);
  assert.deepEqual(seen.foreignRequests, []);
  await page.screenshot({ path: artifact('gallery-1280.png'), fullPage: true });
  await page.close();
});

test('the gallery shows every status in every locale, with lang attributes and no inline style', async () => {
  const { page } = await openGallery(1280);
  const facts = await page.evaluate(() => ({
    locales: [...document.querySelectorAll('section.gallery-locale[lang]')].map((s) => s.lang),
    statuses: [...new Set([...document.querySelectorAll('.pg-card[data-status]')].map((c) => c.dataset.status))].length,
    styled: document.querySelectorAll('[style], style, script').length,
    meters: document.querySelectorAll('[role=meter][aria-valuetext]').length,
    dark: getComputedStyle(document.querySelector('.pg-theme-dark')).backgroundColor,
  }));
  assert.deepEqual(facts.locales, ['zh-Hans', 'zh-Hant', 'en']);
  assert.equal(facts.statuses, 8);
  assert.equal(facts.styled, 0);
  assert.ok(facts.meters > 20, `${facts.meters} meters`);
  assert.equal(facts.dark, 'rgb(22, 27, 34)', 'the dark theme is applied from the linked stylesheet');
  await page.close();
});

test('at 320 px the gallery reflows without sideways scrolling', async () => {
  const { page } = await openGallery(320);
  await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
  const widths = await page.evaluate(() => {
    const tooWide = [...document.querySelectorAll('.pg-root')]
      .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((el) => el.className);
    return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, tooWide };
  });
  assert.ok(widths.scroll <= widths.client, `page scrolls sideways: ${widths.scroll} > ${widths.client}`);
  assert.deepEqual(widths.tooWide, []);
  await page.screenshot({ path: artifact('gallery-320.png'), fullPage: true });
  await page.close();
});

test('text-spacing overrides (WCAG 1.4.12) clip nothing', async () => {
  const { page } = await openGallery(1280);
  await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
  const clipped = await page.evaluate(() => [...document.querySelectorAll('.pg-root *')]
    .filter((el) => {
      const cs = getComputedStyle(el);
      return (cs.overflow === 'hidden' || cs.overflowY === 'hidden') && el.scrollHeight > el.clientHeight + 1 && !el.classList.contains('pg-visually-hidden');
    })
    .map((el) => el.className));
  assert.deepEqual(clipped, []);
  await page.close();
});

test('reduced motion turns the fill transition off; forced colours use system colours', async () => {
  const { page } = await openGallery(1280);
  const moving = await page.$eval('.pg-animate', (el) => getComputedStyle(el).transitionDuration);
  assert.notEqual(moving, '0s', 'the fill animates when motion is welcome');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await page.$eval('.pg-animate', (el) => getComputedStyle(el).transitionDuration), '0s');
  await page.emulateMedia({ forcedColors: 'active' });
  const forced = await page.$eval('.pg-card', (el) => getComputedStyle(el).getPropertyValue('--pg-fg').trim());
  assert.equal(forced, 'CanvasText');
  await page.close();
});

test('rows open from the keyboard and show a visible focus ring', async () => {
  const { page } = await openGallery(1280);
  const summary = page.locator('details.pg-row > summary').first();
  await summary.focus();
  const ring = await summary.evaluate((el) => {
    const cs = getComputedStyle(el);
    return { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
  });
  assert.equal(ring.style, 'solid');
  assert.ok(ring.width >= 2, `outline ${ring.width}px`);
  await page.keyboard.press('Enter');
  assert.equal(await summary.evaluate((el) => el.parentElement.open), true, 'Enter opens the row');
  await page.close();
});

test('at 200% zoom (640 px CSS width on a 1280 px screen) nothing overflows sideways', async () => {
  const page = await env.browser.newPage({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 });
  await page.goto(env.server.url('gallery.html'));
  const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(sizes.scroll <= sizes.client, `${sizes.scroll} > ${sizes.client}`);
  await page.close();
});

test('SVG text, which axe cannot judge, has at least 4.5:1 contrast in every theme', async () => {
  const { page } = await openGallery(1280);
  const worst = await page.evaluate(() => {
    const rgb = (s) => (s.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
    const lum = ([r, g, b]) => {
      const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
    const texts = [...document.querySelectorAll('.pg-root svg text')];
    let min = Infinity;
    for (const t of texts) {
      const root = t.closest('.pg-root');
      const r = ratio(rgb(getComputedStyle(t).fill), rgb(getComputedStyle(root).backgroundColor));
      min = Math.min(min, r);
    }
    return { count: texts.length, min };
  });
  assert.ok(worst.count > 50, `${worst.count} SVG texts`);
  assert.ok(worst.min >= 4.5, `lowest SVG text contrast ${worst.min.toFixed(2)}:1`);
  await page.close();
});
