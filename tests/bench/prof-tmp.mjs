import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, repoRoot, startServer } from '/work/main/tests/e2e/lib/harness.mjs';
const www = join(repoRoot, 'www'); const dist = join(www, 'dist');
const PLAN = 'data/zhenhai-2022.plan.json', OBS = 'data/zhenhai-2022.sample.json';
const plan = JSON.parse(readFileSync(join(www, PLAN), 'utf8'));
const ids = plan.indicators.filter((i) => i.targets.length > 0).map((i) => i.id);
const N = +(process.env.N || 200);
const cells = Array.from({ length: N }, (_, i) => `<plan-gauge class="cell" src="${PLAN}" observations="${OBS}" indicator="${ids[i % ids.length]}" view="radial" eager><p>${ids[i % ids.length]}</p></plan-gauge>`).join('\n');
const html = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>b</title><link rel="stylesheet" href="bench/bench.css"><script src="dist/plan-gauge.js" async></script></head><body><div class="grid">${cells}</div></body></html>`;
const ourFiles = Object.fromEntries(readdirSync(dist).filter((f) => /\.(js|wasm)$/.test(f)).map((f) => [`/dist/${f}`, [f.endsWith('.wasm') ? 'application/wasm' : 'text/javascript', readFileSync(join(dist, f))]]));
ourFiles['/bench/bench.css'] = ['text/css', readFileSync('/work/main/tests/bench/bench.css')];
const server = await startServer(www);
const browser = await launchBrowser();
for (let run = 0; run < (+process.env.RUNS || 3); run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  await p.route(`${server.origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/bench.html') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    const f = ourFiles[path]; return f ? route.fulfill({ status: 200, contentType: f[0], body: f[1] }) : route.continue();
  });
  await p.addInitScript(() => {
    const t = { first: null, all: null, marks: [] }; window.__bench = t;
    const tick = () => { let n = 0; for (const el of document.querySelectorAll('plan-gauge')) if (el.shadowRoot && el.shadowRoot.querySelector('.pg-embed svg')) n++;
      if (n > 0 && t.first === null) t.first = performance.now(); if (n >= (window.__N||200)) { t.all = performance.now(); return; } requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  });
  await p.addInitScript(`window.__N=${N}`);
  const cdp = await context.newCDPSession(p);
  if (process.env.TRACE) { await browser.startTracing(p, { categories: ['devtools.timeline','v8.execute','disabled-by-default-devtools.timeline','v8.wasm','disabled-by-default-v8.wasm.detailed'] }); }
  if (process.env.PROFILE) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  await p.goto(server.url('bench.html'));
  await p.waitForFunction(() => window.__bench && window.__bench.all !== null, null, { timeout: 120000, polling: 50 });
  const r = await p.evaluate(() => ({ first: __bench.first, all: __bench.all, nav: performance.getEntriesByType('navigation').map(e=>({rs:e.responseEnd|0, dcl: e.domContentLoadedEventEnd|0})), res: performance.getEntriesByType('resource').map((e) => [e.name.replace(/.*\//, ''), e.startTime | 0, e.responseEnd | 0]) }));
  console.log(JSON.stringify(r));
  if (process.env.TRACE) { const buf = await browser.stopTracing(); writeFileSync('/tmp/prof/trace'+run+'.json', buf); }
  if (process.env.PROFILE) { const { profile } = await cdp.send('Profiler.stop');
    const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
    const dt = profile.timeDeltas; const counts = new Map();
    profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
    for (const [id, us] of counts) { const n = byId.get(id); const k = n.callFrame.functionName + ' ' + n.callFrame.url.replace(/.*\//, ''); self.set(k, (self.get(k) || 0) + us); }
    console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n')); }
  await context.close();
}
await browser.close(); server.close?.();
process.exit(0);
