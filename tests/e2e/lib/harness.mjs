// Shared helpers for the end-to-end tests: start `plan-gauge serve` on a free port and launch
// Debian's Chromium headless through playwright-core (which downloads nothing).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { before, after } from 'node:test';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..', '..');
export const artifacts = join(repoRoot, 'tests', 'artifacts');

/** axe-core's source, to evaluate in a page, and the WCAG 2.2 AA tags every page is checked against. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe-core on the page with the WCAG 2.2 AA tags; resolves to axe's result. */
export async function runAxe(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), WCAG_TAGS);
}

/**
 * One server (on `dir`, default www/) and one browser for a test file: started before its tests,
 * stopped after. Returns `{ server, browser }`, filled in once they are up.
 */
export function serverAndBrowser(dir) {
  const env = {};
  before(async () => {
    env.server = await startServer(dir);
    env.browser = await launchBrowser();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.stop();
  });
  return env;
}

/** The `plan-gauge` binary: $PLAN_GAUGE_BIN (set by `cargo xtask test`) or the debug build. */
function cliBin() {
  if (process.env.PLAN_GAUGE_BIN) return process.env.PLAN_GAUGE_BIN;
  const target = process.env.CARGO_TARGET_DIR ? resolve(repoRoot, process.env.CARGO_TARGET_DIR) : join(repoRoot, 'target');
  return join(target, 'debug', 'plan-gauge');
}

/**
 * Serves `dir` (default: www/) with `plan-gauge serve --port 0` and resolves to
 * `{ origin, url(path), stop() }` once the server has printed its address.
 */
export function startServer(dir = process.env.PLAN_GAUGE_WWW || join(repoRoot, 'www')) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cliBin(), ['serve', '--dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => fail(new Error('plan-gauge serve did not print its address within 15 s')), 15000);
    function fail(e) {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`${e.message}\nstdout: ${out}\nstderr: ${err}`));
    }
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`plan-gauge serve exited with ${code}`)));
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/serving .* at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (!m) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      const origin = m[1];
      resolvePromise({
        origin,
        url: (path = '') => `${origin}/${path.replace(/^\//, '')}`,
        stop: () => new Promise((done) => {
          if (child.exitCode !== null) return done();
          child.once('exit', () => done());
          child.kill();
        }),
      });
    });
  });
}

/** Headless Chromium with no background traffic of its own. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/**
 * Records what a page does that a good guest must not: console errors, uncaught exceptions,
 * requests to any origin other than `origin`, and plan-gauge's own warnings.
 */
export function watchPage(page, origin) {
  const seen = { errors: [], foreignRequests: [], warnings: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') seen.errors.push(msg.text());
    if (msg.type() === 'warning' && msg.text().startsWith('plan-gauge:')) seen.warnings.push(msg.text());
  });
  page.on('pageerror', (e) => seen.errors.push(`uncaught: ${e.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) seen.foreignRequests.push(url);
  });
  return seen;
}

/** A path under tests/artifacts/ (created if needed). */
export function artifact(name) {
  mkdirSync(artifacts, { recursive: true });
  return join(artifacts, name);
}

/**
 * The served loader, changed in one place for the trap tests: when a module starts, its `render`
 * first calls the module's deliberate-panic export (`__trap`) for the element #boom. The place is
 * where the loader keeps a started module's exports (`m.exports = init`, however the loader was
 * minified); the change is an expression, so it fits any statement around it.
 */
export function trapOnBoom(js) {
  const hook = /(\b[\w$]+\.exports\s*=\s*)(?!null\b)([\w$]+)/g;
  const found = js.match(hook) || [];
  assert.equal(found.length, 1, `one place keeps a started module's exports: ${found}`);
  return js.replace(hook, (_, keep, init) => `${keep}(function (i) { var r = i.render; i.render = function (el) { if (el.id === "boom") i.__trap(); return r.apply(null, arguments); }; return i; })(${init})`);
}
