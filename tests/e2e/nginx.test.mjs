// The deployable folder behind a real nginx (Debian's, installed by `cargo xtask setup`), configured
// with nothing but the `nginx.conf` that `plan-gauge build` writes into the folder, included as is
// inside a server block that sends the strict CSP. What a webmaster following the README gets.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { launchBrowser, watchPage, repoRoot } from './lib/harness.mjs';

const www = process.env.PLAN_GAUGE_WWW || join(repoRoot, 'www');
const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** A free port on 127.0.0.1 (closed again before nginx takes it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const env = {};

before(async () => {
  assert.ok(existsSync(NGINX), `${NGINX} is missing: \`cargo xtask setup\` installs Debian's nginx`);
  const dir = mkdtempSync(join(tmpdir(), 'pg-nginx-'));
  const site = join(dir, 'site');
  // The folder as a webmaster uploads it, with the data next to it as the README says.
  cpSync(join(www, 'dist'), join(site, 'plan-gauge'), { recursive: true });
  mkdirSync(join(site, 'plan-gauge', 'data'));
  for (const f of ['zhenhai-2022.plan.json', 'zhenhai-2022.sample.json']) {
    cpSync(join(www, 'data', f), join(site, 'plan-gauge', 'data', f));
  }
  cpSync(join(repoRoot, 'tests', 'e2e', 'fixtures', 'observations.csv'), join(site, 'plan-gauge', 'data', 'obs.csv'));
  writeFileSync(join(site, 'index.html'), `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">
<title>nginx</title><script src="/plan-gauge/plan-gauge.js" defer></script></head><body>
<plan-gauge id="card" src="/plan-gauge/data/zhenhai-2022.plan.json" indicator="high-tech-firms" observations="/plan-gauge/data/zhenhai-2022.sample.json"><p>fallback card</p></plan-gauge>
<plan-gauge id="trend" src="/plan-gauge/data/zhenhai-2022.plan.json" indicator="high-tech-firms" view="trend" observations="/plan-gauge/data/obs.csv" lang="en"><p>fallback trend</p></plan-gauge>
</body></html>`);
  writeFileSync(join(site, 'favicon.ico'), '');
  mkdirSync(join(dir, 'tmp'));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, `# written by tests/e2e/nginx.test.mjs
${process.getuid && process.getuid() === 0 ? 'user root;' : ''}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/tmp/body;
  proxy_temp_path ${dir}/tmp/proxy;
  fastcgi_temp_path ${dir}/tmp/fastcgi;
  uwsgi_temp_path ${dir}/tmp/uwsgi;
  scgi_temp_path ${dir}/tmp/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${site};
    add_header Content-Security-Policy "${STRICT}" always;
    include ${site}/plan-gauge/nginx.conf;
  }
}
`);
  const child = spawn(NGINX, ['-p', dir, '-e', join(dir, 'error.log'), '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  env.dir = dir;
  env.nginx = child;
  env.origin = `http://127.0.0.1:${port}`;
  // Wait until nginx answers (or says why it cannot).
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) {
      const log = existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : '';
      throw new Error(`nginx exited with ${child.exitCode}: ${output}\n${log}`);
    }
    const ok = await fetch(`${env.origin}/index.html`).then((r) => r.ok, () => false);
    if (ok) break;
    if (waited > 10000) throw new Error(`nginx did not answer within 10 s: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  env.browser = await launchBrowser();
});

after(async () => {
  await env.browser?.close();
  if (env.nginx && env.nginx.exitCode === null) {
    await new Promise((done) => {
      env.nginx.once('exit', done);
      env.nginx.kill('SIGQUIT');
    });
  }
  if (env.dir) rmSync(env.dir, { recursive: true, force: true });
});

test('behind nginx with the shipped nginx.conf, the widgets render under the strict CSP from gzip copies', async () => {
  const page = await env.browser.newPage();
  const seen = watchPage(page, env.origin);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`securitypolicyviolation: ${e.violatedDirective}`));
  });
  const responses = new Map();
  page.on('response', async (r) => responses.set(new URL(r.url()).pathname, { status: r.status(), headers: await r.allHeaders() }));
  await page.goto(`${env.origin}/index.html`);
  await page.waitForFunction(() => ['card', 'trend'].every((id) => {
    const root = document.getElementById(id).shadowRoot;
    return root && root.querySelector('.pg-embed') && !root.querySelector('slot');
  }), null, { timeout: 20000 });
  const text = await page.evaluate(() => document.getElementById('trend').shadowRoot.textContent);
  assert.match(text, /521/, 'the CSV observations reached the trend');
  assert.deepEqual(seen.errors, []);
  assert.deepEqual(seen.warnings, []);
  assert.deepEqual(seen.foreignRequests, []);

  const wasmPath = [...responses.keys()].find((p) => /^\/plan-gauge\/plan-gauge\.[0-9a-f]{16}\.wasm$/.test(p));
  assert.ok(wasmPath, `the module was fetched: ${[...responses.keys()].join(', ')}`);
  const wasm = responses.get(wasmPath).headers;
  assert.equal(wasm['content-type'], 'application/wasm');
  assert.equal(wasm['content-encoding'], 'gzip', 'the precompressed copy was sent');
  assert.match(wasm['cache-control'] || '', /max-age=31536000/, 'the hashed module is cached for a year');
  const loader = responses.get('/plan-gauge/plan-gauge.js').headers;
  assert.equal(loader['content-encoding'], 'gzip');
  assert.match(loader['content-type'], /javascript/);
  assert.equal(loader['cache-control'], 'no-cache', 'the loader is checked for a new version');
  const data = responses.get('/plan-gauge/data/zhenhai-2022.plan.json').headers;
  assert.equal(data['cache-control'], 'no-cache', 'data files are checked for a new version');
  assert.equal(responses.get('/index.html').headers['content-security-policy'], STRICT);
  await page.close();

  // The copy on the wire is the module itself: the same bytes the integrity check pins.
  const gz = await fetch(`${env.origin}${wasmPath}`, { headers: { 'accept-encoding': 'gzip' } });
  const raw = readFileSync(join(www, 'dist', wasmPath.split('/').pop()));
  const onWire = Buffer.from(await gz.arrayBuffer());
  // Node's fetch decodes gzip itself; either way the body must equal the module.
  const body = gz.headers.get('content-encoding') === 'gzip' && onWire[0] === 0x1f ? gunzipSync(onWire) : onWire;
  assert.ok(body.equals(raw), 'the gzip copy decodes to the module');
  const plain = await fetch(`${env.origin}${wasmPath}`, { headers: { 'accept-encoding': 'identity' } });
  assert.equal(plain.headers.get('content-encoding'), null, 'without gzip the module is sent as it is');
  assert.ok(Buffer.from(await plain.arrayBuffer()).equals(raw));
});
