// The authoring page (www/author.html) under its strict CSP: paste a seed plan's text, draft it with
// the page's own wasm module, accept the confident targets, fix one value, see the live check and
// the gauge preview, download the plan, and `plan-gauge check` the downloaded file. Also: no axe-core
// violation (WCAG 2.2 A/AA), no console error or foreign request, keyboard-only drafting and
// accepting and listing the least sure first, no sideways scrolling at 320 px, a saved web page or a Word file opened with the
// file input drafts the same targets as the pasted text, and the year of issue (given, or a saved
// page's date of publication) dates 今年 in a text without a date, a review is kept in the
// browser across a reload until the editor discards it, a figure the rules left alone is
// offered as a suggestion and added to the indicators by the keyboard, an issuer the text does not
// name is given in the page, and a target the draft missed is added from words selected in the
// text with the mouse or pasted with the keyboard.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { artifact, repoRoot, runAxe, serverAndBrowser, watchPage } from './lib/harness.mjs';

const env = serverAndBrowser();
const SEED = readFileSync(join(repoRoot, 'seeds', 'zhenhai-2022.source.txt'), 'utf8');

/** The `plan-gauge` binary, as the harness finds it. */
function cliBin() {
  if (process.env.PLAN_GAUGE_BIN) return process.env.PLAN_GAUGE_BIN;
  const target = process.env.CARGO_TARGET_DIR ? resolve(repoRoot, process.env.CARGO_TARGET_DIR) : join(repoRoot, 'target');
  return join(target, 'debug', 'plan-gauge');
}

function describe(violations) {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n` + v.nodes.slice(0, 3).map((n) => `   ${n.target.join(' ')}: ${n.failureSummary}`).join('\n'))
    .join('\n');
}

async function open(width) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const seen = watchPage(page, env.server.origin);
  seen.failed = [];
  page.on('response', (r) => { if (r.status() >= 400) seen.failed.push(`${r.url()} ${r.status()}`); });
  const response = await page.goto(env.server.url('author.html'));
  assert.equal(response.status(), 200);
  await ready(page);
  return { context, page, seen };
}

/** Waits until the page's drafter has loaded. */
async function ready(page) {
  await page.waitForFunction(() => document.getElementById('a-status').textContent.includes('可以起草了'), null, { timeout: 20000 });
}

/** Reloads the page and restores the review it kept. */
async function reloadAndRestore(page) {
  await page.reload();
  await ready(page);
  await page.waitForSelector('#a-saved', { state: 'visible' });
  await page.click('#a-restore');
  await page.waitForSelector('#a-list li.draft-item');
  assert.match(await page.textContent('#a-status'), /已恢复上次的核对进度/);
}

/** Downloads the plan into artifact `name`, checks that `plan-gauge check` passes on it, and
 * returns it. */
async function downloadChecked(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#a-download')]);
  const file = artifact(name);
  await download.saveAs(file);
  const check = spawnSync(cliBin(), ['check', file], { encoding: 'utf8' });
  assert.equal(check.status, 0, `plan-gauge check: ${check.stdout}${check.stderr}`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function clean(seen) {
  assert.deepEqual(seen.errors, [], 'console errors');
  assert.deepEqual(seen.failed, [], 'failed requests');
  assert.deepEqual(seen.foreignRequests, [], 'requests to another origin');
}

async function draft(page) {
  await page.fill('#a-text', SEED);
  await page.click('#a-draft');
  await page.waitForSelector('#a-list li.draft-item');
}

test('author.html: draft a seed, accept, fix a value, download, and plan-gauge check passes', async () => {
  const { context, page, seen } = await open(1280);
  const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  await draft(page);

  const drafted = await page.$$eval('#a-list li.draft-item', (lis) => lis.length);
  const marks = await page.$$eval('#a-marked mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(drafted >= 10, `targets drafted: ${drafted}`);
  assert.ok(marks.length >= 10, 'quotes are marked in the text');
  for (const m of marks) assert.ok(SEED.includes(m), `a mark is a slice of the text: ${m}`);
  assert.ok(marks.some((m) => m.includes('685家')), 'the 685 high-tech firms are marked');

  await page.click('#a-accept-confident');
  const accepted = await page.$$eval('#a-list li[data-state="accepted"]', (lis) => lis.map((li) => li.id));
  assert.ok(accepted.length >= 5, `accepted: ${accepted.length}`);

  // Fix one field: the first accepted indicator's value.
  const first = accepted[0];
  const valueInput = page.locator(`#${first} input[data-key="value"]`);
  const before = Number(await valueInput.inputValue());
  const fixed = before + 1;
  await valueInput.fill(String(fixed));
  await page.waitForFunction(() => document.getElementById('a-download').hasAttribute('href'), null, { timeout: 10000 });
  const checkText = await page.textContent('#a-check');
  assert.match(checkText, /检查通过|0 errors/, `the check is clean: ${checkText}`);

  // The preview shows the chosen indicator with the embed.
  await page.click(`#${first} button[data-act="preview"]`);
  await page.waitForFunction(() => {
    const host = document.querySelector('#a-preview plan-gauge');
    const root = host && host.shadowRoot;
    return !!root && !root.querySelector('slot') && root.textContent.trim().length > 0;
  }, null, { timeout: 20000 });

  const result = await runAxe(page);
  assert.equal(result.violations.length, 0, describe(result.violations));
  assert.ok(result.passes.length > 5, 'axe really ran');
  await page.screenshot({ path: artifact('author-1280.png'), fullPage: true });

  const plan = await downloadChecked(page, 'author-draft.plan.json');
  assert.equal(plan.indicators.length, accepted.length, 'only the accepted indicators');
  assert.ok(plan.indicators.some((ind) => ind.targets[0].milestones[0].value === fixed), 'the fixed value is in the file');
  clean(seen);
  await context.close();
});

test('author.html: keyboard only, and 320 px without sideways scrolling or axe violations', async () => {
  const { context, page, seen } = await open(320);
  // Keyboard: focus the text box from the skip link on, type, then Tab to the draft button.
  await page.focus('#a-text');
  await page.evaluate((t) => { document.getElementById('a-text').value = t; }, SEED);
  await page.keyboard.press('Tab'); // the file input
  await page.keyboard.press('Tab'); // the year of issue
  assert.equal(await page.evaluate(() => document.activeElement.id), 'a-issued');
  await page.keyboard.press('Tab'); // direction-only aims
  await page.keyboard.press('Tab'); // the draft button
  assert.equal(await page.evaluate(() => document.activeElement.id), 'a-draft');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#a-list li.draft-item');
  await page.focus('#a-accept-confident');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#a-list li[data-state="accepted"]').length > 0);
  // An accept button toggles with the keyboard and says so with aria-pressed.
  const id = await page.$eval('#a-list li[data-state="accepted"]', (li) => li.id);
  const button = page.locator(`#${id} button[data-act="accept"]`);
  await button.focus();
  await page.keyboard.press('Space');
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  await page.keyboard.press('Space');
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  // The least sure first, by the keyboard, and back to the text's order; decisions stay.
  const inText = await page.$$eval('#a-list li.draft-item', (lis) => lis.map((li) => li.id));
  const order = page.locator('#a-order');
  await order.focus();
  await page.keyboard.press('Enter');
  assert.equal(await order.getAttribute('aria-pressed'), 'true');
  const sure = await page.$$eval('#a-list li.draft-item', (lis) => lis.map((li) => [li.id, Number(/confidence (\d\.\d\d)/.exec(li.querySelector('.meta').textContent)[1])]));
  assert.deepEqual(sure.map((s) => s[0]).sort(), [...inText].sort(), 'the same items');
  assert.ok(sure.every((s, i) => i === 0 || sure[i - 1][1] <= s[1]), `least sure first: ${sure.map((s) => s[1]).join(' ')}`);
  assert.notDeepEqual(sure.map((s) => s[0]), inText, 'the order changed');
  assert.equal(await page.getAttribute(`#${id}`, 'data-state'), 'accepted');
  await page.keyboard.press('Enter');
  assert.equal(await order.getAttribute('aria-pressed'), 'false');
  assert.deepEqual(await page.$$eval('#a-list li.draft-item', (lis) => lis.map((li) => li.id)), inText);

  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  assert.ok(widths.scroll <= widths.client, `scrolls sideways at 320 px: ${widths.scroll} > ${widths.client}`);
  const result = await runAxe(page);
  assert.equal(result.violations.length, 0, describe(result.violations));
  await page.screenshot({ path: artifact('author-320.png'), fullPage: true });
  clean(seen);
  await context.close();
});

/** A zip archive with `files` stored uncompressed (CRC left 0: the page does not check it). */
function storedZip(files) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt32LE(data.length, 20);
    dir.writeUInt32LE(data.length, 24);
    dir.writeUInt16LE(nameBytes.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, data);
    central.push(dir, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dirBytes, end]);
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('author.html: a saved web page and a Word file draft the same targets as the pasted text', async () => {
  const { context, page, seen } = await open(1280);
  await draft(page);
  const quotes = () => page.$$eval('#a-list li.draft-item blockquote', (qs) => qs.map((q) => q.textContent.replace(/\s+/g, '')));
  const pasted = await quotes();
  const lines = SEED.split('\n');
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>方案</title><script>var x = "<p>到2030年达到99%</p>";</script></head>`
    + `<body><nav><a href="/">首页</a></nav><article>${lines.map((l) => `<p>${esc(l)}</p>`).join('\n')}</article><footer>版权所有</footer></body></html>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>`
    + lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('') + '</w:body></w:document>';
  const docx = storedZip([['[Content_Types].xml', '<?xml version="1.0"?><Types/>'], ['word/document.xml', xml]]);
  for (const [name, mimeType, buffer] of [
    ['plan.html', 'text/html', Buffer.from(html, 'utf8')],
    ['plan.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx],
  ]) {
    await page.fill('#a-text', '');
    await page.setInputFiles('#a-file', { name, mimeType, buffer });
    await page.waitForFunction(() => document.getElementById('a-text').value.length > 0);
    await page.waitForFunction((n) => document.querySelectorAll('#a-list li.draft-item').length === n, pasted.length);
    assert.deepEqual(await quotes(), pasted, `${name} drafts the same targets`);
    assert.ok(!(await page.inputValue('#a-text')).includes('首页'), `${name}: navigation is not text`);
  }
  clean(seen);
  await context.close();
});

/** The year fields of the drafted items, in order. */
const itemYears = (page) => page.$$eval('#a-list li.draft-item input[data-key="year"]', (ins) => ins.map((i) => Number(i.value)));

test('author.html: the year of issue dates this year\'s aims, from the field or a saved page', async () => {
  const { context, page, seen } = await open(1280);
  const news = '今年，全市城镇新增就业1.2万人以上，粮食产量稳定在50万吨以上。';
  // Without a year of issue, a date the pasted page states counts, and the status says which.
  await page.fill('#a-text', `发布时间：2021-03-05 10:14\n${news}`);
  await page.click('#a-draft');
  await page.waitForFunction(() => document.getElementById('a-status').textContent.includes('2021-03-05'));
  assert.deepEqual(await itemYears(page), [2021, 2021]);

  // The year of issue an editor gives dates 今年 where the text states no date.
  await page.fill('#a-text', news);
  await page.fill('#a-issued', '2019');
  await page.click('#a-draft');
  await page.waitForFunction(() => [...document.querySelectorAll('#a-list input[data-key="year"]')].every((i) => i.value === '2019'));
  assert.deepEqual(await itemYears(page), [2019, 2019]);
  assert.ok(!(await page.textContent('#a-status')).includes('2021-03-05'), 'a given year is not second-guessed');

  // A year no text has is refused in words, and nothing is drafted from it.
  await page.fill('#a-issued', '1800');
  await page.click('#a-draft');
  await page.waitForFunction(() => document.getElementById('a-status').textContent.includes('1949'));
  assert.equal(await page.getAttribute('#a-issued', 'aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'a-issued');
  assert.deepEqual(await itemYears(page), [2019, 2019], 'the last draft stays');

  // A saved web page fills in its date of publication, and its aims are dated by it.
  await page.fill('#a-issued', '');
  const html = '<!doctype html><html><head><meta charset="utf-8"><meta name="PubDate" content="2023-02-17 10:14"><title>新闻</title></head>'
    + `<body><article><p>${news}</p></article></body></html>`;
  await page.setInputFiles('#a-file', { name: 'news.html', mimeType: 'text/html', buffer: Buffer.from(html, 'utf8') });
  await page.waitForFunction(() => document.getElementById('a-issued').value === '2023');
  await page.waitForFunction(() => [...document.querySelectorAll('#a-list input[data-key="year"]')].every((i) => i.value === '2023'));
  assert.equal(await page.getAttribute('#a-issued', 'aria-invalid'), null);
  assert.match(await page.textContent('#a-status'), /2023/);

  // Direction-only aims come only when asked for, flagged in words.
  await page.fill('#a-text', '到2025年，森林覆盖率稳步提升。');
  await page.click('#a-draft');
  await page.waitForFunction(() => document.getElementById('a-status').textContent.includes('0 targets'));
  await page.check('#a-direction');
  await page.click('#a-draft');
  await page.waitForSelector('#a-list li.draft-item');
  const flags = await page.textContent('#a-list li.draft-item .flags');
  assert.match(flags, /只写了方向/);
  assert.match(flags, /a direction only/);
  assert.equal(await page.inputValue('#a-list li.draft-item input[data-key="value"]'), '');

  const result = await runAxe(page);
  assert.equal(result.violations.length, 0, describe(result.violations));
  clean(seen);
  await context.close();
});

test('author.html: a review is kept in the browser, restored after a reload, and discarded on request', async () => {
  const { context, page, seen } = await open(1280);
  await draft(page);
  await page.click('#a-accept-confident');
  const accepted = await page.$$eval('#a-list li[data-state="accepted"]', (lis) => lis.map((li) => li.id));
  assert.ok(accepted.length >= 5, `accepted: ${accepted.length}`);
  const rejected = await page.$eval('#a-list li[data-state="undecided"]', (li) => li.id);
  await page.click(`#${rejected} button[data-act="reject"]`);
  const first = accepted[0];
  await page.fill(`#${first} input[data-key="name"]`, '改过的指标名称');
  await page.fill(`#${first} input[data-key="year"]`, '2026');
  await page.waitForFunction(() => document.getElementById('a-download').hasAttribute('href'), null, { timeout: 10000 });

  // Nothing is offered until the page is opened again.
  assert.equal(await page.isVisible('#a-saved'), false);
  await page.reload();
  await ready(page);
  await page.waitForSelector('#a-saved', { state: 'visible' });
  const offer = await page.textContent('#a-saved');
  assert.match(offer, new RegExp(`已接受 ${accepted.length} 个`), offer);
  assert.equal(await page.isVisible('#a-results'), false, 'nothing is drafted before the editor asks');
  const axe = await runAxe(page);
  assert.equal(axe.violations.length, 0, describe(axe.violations));

  await page.click('#a-restore');
  await page.waitForSelector('#a-list li.draft-item');
  assert.match(await page.textContent('#a-status'), /已恢复上次的核对进度/);
  assert.equal(await page.inputValue('#a-text'), SEED);
  assert.deepEqual(await page.$$eval('#a-list li[data-state="accepted"]', (lis) => lis.map((li) => li.id)), accepted);
  assert.equal(await page.getAttribute(`#${rejected}`, 'data-state'), 'rejected');
  assert.equal(await page.inputValue(`#${first} input[data-key="name"]`), '改过的指标名称');
  assert.equal(await page.inputValue(`#${first} input[data-key="year"]`), '2026');
  await page.waitForFunction(() => document.getElementById('a-download').hasAttribute('href'), null, { timeout: 10000 });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#a-download')]);
  const plan = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(plan.indicators.length, accepted.length);
  const edited = plan.indicators.find((ind) => ind.name === '改过的指标名称');
  assert.ok(edited, 'the edited name is in the file');
  assert.equal(edited.targets[0].milestones[0].year, 2026);

  // Discarded, it is gone for good.
  await page.reload();
  await page.waitForSelector('#a-saved', { state: 'visible' });
  await page.click('#a-discard');
  assert.equal(await page.isVisible('#a-saved'), false);
  assert.equal(await page.evaluate(() => localStorage.getItem('plan-gauge.author.v1')), null);
  await page.reload();
  await ready(page);
  assert.equal(await page.isVisible('#a-saved'), false);

  // A kept review that is not what the page wrote is ignored, and the page still drafts.
  await page.evaluate(() => localStorage.setItem('plan-gauge.author.v1', '{"text": 5, "items": "x"}'));
  await page.reload();
  await ready(page);
  assert.equal(await page.isVisible('#a-saved'), false);
  await draft(page);
  clean(seen);
  await context.close();
});

test('author.html: a target the rules left alone is added from the suggestions, the missing issuer given, kept across a reload, and checked', async () => {
  const { context, page, seen } = await open(320);
  const text = '某县2025年民生实事项目\n1.硬化村内巷道37.5万平方米。\n2.为62户困难残疾人家庭实施无障碍改造。\n3.新增城市绿道200公里。\n其中城区绿道200公里。';
  await page.fill('#a-text', text);
  await page.click('#a-draft');
  await page.waitForSelector('#a-list li.draft-item');
  const before = await page.$$eval('#a-list li.draft-item', (lis) => lis.length);
  await page.waitForSelector('#a-suggest-box', { state: 'visible' });
  const offered = await page.$$eval('#a-suggest li blockquote', (qs) => qs.map((q) => q.textContent));
  assert.deepEqual(offered, ['硬化村内巷道37.5万平方米'], 'the figure the rules left alone is offered, the restated one is not');
  assert.match(await page.textContent('#a-suggest li'), /可能性 0\.\d\d/);
  assert.match(await page.textContent('#a-status'), /另有 1 个数字可能是漏掉的目标/);
  // Outlined in the text, and the suggestion links to it.
  const outlined = await page.$$eval('#a-marked mark.suggested', (ms) => ms.map((m) => [m.id, m.textContent]));
  assert.equal(outlined.length, 1);
  assert.equal(outlined[0][1], '硬化村内巷道37.5万平方米');
  assert.equal(await page.getAttribute('#a-suggest li a', 'href'), `#${outlined[0][0]}`);
  const axeOffered = await runAxe(page);
  assert.equal(axeOffered.violations.length, 0, describe(axeOffered.violations));
  await page.locator('#a-suggest-box').screenshot({ path: artifact('author-suggestions-320.png') });
  await page.locator('#a-marked').screenshot({ path: artifact('author-suggestions-marked-320.png') });

  // Added by the keyboard: it becomes an undecided indicator, marked in the text, and takes the focus.
  const add = page.locator('#a-suggest button');
  await add.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#a-list li.draft-item').length === n + 1, before);
  const added = await page.$eval('#a-list li.draft-item:last-child', (li) => ({ id: li.id, state: li.dataset.state, quote: li.querySelector('blockquote').textContent }));
  assert.equal(added.state, 'undecided');
  assert.equal(added.quote, '硬化村内巷道37.5万平方米');
  assert.equal(await page.evaluate(() => document.activeElement.id), `${added.id}-h`);
  assert.equal(await page.isVisible('#a-suggest-box'), false, 'nothing is left to suggest');
  assert.equal(await page.$$eval('#a-marked mark.suggested', (ms) => ms.length), 0, 'the outline became a numbered mark');
  const marks = await page.$$eval('#a-marked mark', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.includes('硬化村内巷道37.5万平方米'), `the added target is marked: ${marks}`);
  await page.click(`#${added.id} button[data-act="accept"]`);
  // The text names no issuer: the check says so and points to the field, where the editor gives it.
  await page.waitForSelector('#a-check a[href="#a-plan-issuer"]');
  assert.equal(await page.getAttribute('#a-download', 'href'), null, 'no download before the issuer is given');
  await page.fill('#a-plan-issuer', '某县人民政府办公室');
  await page.waitForFunction(() => document.getElementById('a-download').hasAttribute('href'), null, { timeout: 10000 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `no sideways scrolling at 320 px: ${width}`);
  const axe = await runAxe(page);
  assert.equal(axe.violations.length, 0, describe(axe.violations));

  // Kept across a reload: the restored review has the added indicator, still accepted.
  await reloadAndRestore(page);
  assert.equal(await page.getAttribute(`#${added.id}`, 'data-state'), 'accepted');
  assert.equal(await page.isVisible('#a-suggest-box'), false);
  assert.equal(await page.inputValue('#a-plan-issuer'), '某县人民政府办公室');
  await page.waitForFunction(() => document.getElementById('a-download').hasAttribute('href'), null, { timeout: 10000 });
  const plan = await downloadChecked(page, 'author-suggested.plan.json');
  const ind = plan.indicators.find((i) => i.targets[0].citation.quote === '硬化村内巷道37.5万平方米');
  assert.ok(ind, 'the added indicator is in the file');
  assert.match(ind.id, /^s-\d{3}$/);
  assert.equal(plan.issuer, '某县人民政府办公室');
  clean(seen);
  await context.close();
});

test('author.html: a target the draft missed is added from words picked in the text, by the mouse or the keyboard, kept across a reload, and checked', async () => {
  const { context, page, seen } = await open(320);
  const text = '某县2025年重点工作安排\n一、全年主要预期目标:地区生产总值增长6%左右。\n二、办好民生实事:改造农村危房320户,城区新建停车位1500个。\n三、社会事业:义务教育巩固率99%,孕产妇系统管理率95%。';
  const words = '孕产妇系统管理率95%';
  await page.fill('#a-text', text);
  await page.click('#a-draft');
  await page.waitForSelector('#a-list li.draft-item');
  const before = await page.$$eval('#a-list li.draft-item', (lis) => lis.length);
  const quotes = await page.$$eval('#a-list li.draft-item blockquote', (qs) => qs.map((q) => q.textContent));
  assert.ok(!quotes.some((q) => q.includes('孕产妇')), `the rules leave the rate alone: ${quotes}`);
  const offered = await page.$$eval('#a-suggest li blockquote', (qs) => qs.map((q) => q.textContent));

  // Words that are not in the text, and words whose number reads as no target (a heading's
  // label), add nothing and say why.
  await page.fill('#a-pick', '孕产妇系统管理率96%');
  await page.click('#a-pick-add');
  assert.match(await page.textContent('#a-pick-status'), /原文里没有这段文字/);
  await page.fill('#a-pick', '一、全年主要预期目标');
  await page.click('#a-pick-add');
  assert.match(await page.textContent('#a-pick-status'), /数字读不出目标/);
  assert.equal(await page.$$eval('#a-list li.draft-item', (lis) => lis.length), before);

  // Selected with the mouse in the marked text (after the numbers of the marks before it), the
  // words fill the field.
  await page.evaluate((w) => {
    const marked = document.getElementById('a-marked');
    const walker = document.createTreeWalker(marked, NodeFilter.SHOW_TEXT);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const at = t.data.indexOf(w);
      if (at >= 0) {
        const r = document.createRange();
        r.setStart(t, at);
        r.setEnd(t, at + w.length);
        const sel = document.getSelection();
        sel.removeAllRanges();
        sel.addRange(r);
        return;
      }
    }
    throw new Error('the words are not in the marked text');
  }, words);
  await page.waitForFunction((w) => document.getElementById('a-pick').value === w, words);
  // Read and added by the keyboard: an undecided indicator read from the words, marked in the
  // text, with the focus on it; a suggestion of the same figure is no longer offered.
  await page.focus('#a-pick-add');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#a-list li.draft-item').length === n + 1, before);
  const added = await page.$eval('#a-list li.draft-item:last-child', (li) => ({ id: li.id, state: li.dataset.state, quote: li.querySelector('blockquote').textContent }));
  assert.equal(added.state, 'undecided');
  assert.equal(added.quote, words);
  assert.equal(await page.evaluate(() => document.activeElement.id), `${added.id}-h`);
  assert.match(await page.textContent('#a-pick-status'), /读出 1 个目标/);
  const n = added.id.replace('item-', '');
  assert.equal(await page.inputValue(`#f-${n}-value`), '95');
  assert.equal(await page.inputValue(`#f-${n}-unit`), '%');
  assert.equal(await page.inputValue(`#f-${n}-year`), '2025');
  const marks = await page.$$eval('#a-marked mark:not(.suggested)', (ms) => ms.map((m) => m.textContent));
  assert.ok(marks.includes(words), `the added target is marked: ${marks}`);
  const still = await page.$$eval('#a-suggest li blockquote', (qs) => qs.map((q) => q.textContent));
  assert.deepEqual(still, offered.filter((q) => !q.includes(words)), 'the suggestion of the picked figure is taken');

  // Typed or pasted into the field (the keyboard's way), words are read too, each figure once.
  await page.fill('#a-pick', '改造农村危房320户,城区新建停车位1500个');
  await page.press('#a-pick', 'Enter');
  await page.waitForFunction((k) => document.querySelectorAll('#a-list li.draft-item').length === k + 3, before);
  assert.match(await page.textContent('#a-pick-status'), /读出 2 个目标/);

  await page.click(`#${added.id} button[data-act="accept"]`);
  await page.fill('#a-plan-issuer', '某县人民政府');
  await page.waitForFunction(() => document.getElementById('a-download').hasAttribute('href'), null, { timeout: 10000 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `no sideways scrolling at 320 px: ${width}`);
  const axe = await runAxe(page);
  assert.equal(axe.violations.length, 0, describe(axe.violations));
  await page.locator('.pick').screenshot({ path: artifact('author-pick-320.png') });

  // Kept across a reload: the picked indicators come back, the first still accepted.
  await reloadAndRestore(page);
  assert.equal(await page.$$eval('#a-list li.draft-item', (lis) => lis.length), before + 3);
  assert.equal(await page.getAttribute(`#${added.id}`, 'data-state'), 'accepted');
  assert.deepEqual(await page.$$eval('#a-suggest li blockquote', (qs) => qs.map((q) => q.textContent)), still);
  await page.waitForFunction(() => document.getElementById('a-download').hasAttribute('href'), null, { timeout: 10000 });
  const plan = await downloadChecked(page, 'author-picked.plan.json');
  const ind = plan.indicators.find((i) => i.targets[0].citation.quote === words);
  assert.ok(ind, 'the picked indicator is in the file');
  assert.match(ind.id, /^e-\d{3}$/);
  assert.deepEqual(ind.targets[0].milestones[0], { year: 2025, value: 95, cmp: '>=' });
  clean(seen);
  await context.close();
});
