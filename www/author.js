// 起草规划数据 / the authoring page: drafts plan data from a plan's text with the page's own wasm
// module (crates/author: the drafter and the core's checks, built into dist/author/ by
// `cargo xtask demo`), marks every drafted target in the text, lists them in the text's order or the
// least sure first, lets the editor fix, accept or reject each indicator, offers the figures the
// rules left alone that may be targets (the draft's suggestions) to add, reads the words the editor
// picks from the text as targets the draft missed and adds them, lets the editor give the
// plan's title and issuer where the text does not, checks the plan live with the core's messages,
// previews the chosen indicator with the embed (<plan-gauge> with inline data) and offers the accepted plan as a
// download. Every word the script writes is in WORDS below. No framework, no globals.
import init, { draft_json as draftJson, selection_json as selectionJson, check_json as checkJson, html_text as htmlText, html_published_year as htmlPublishedYear, review_below as reviewBelow } from './dist/author/plan_gauge_author.js';

/** Every word this script writes: [zh-Hans, en]. */
const WORDS = {
  loading: ['正在载入起草程序…', 'Loading the drafter…'],
  ready: ['可以起草了。', 'Ready to draft.'],
  noModule: ['无法载入起草程序（需要 WebAssembly）：', 'Could not load the drafter (WebAssembly is needed): '],
  empty: ['请先粘贴规划原文或打开文件。', 'Paste a plan\'s text or open a file first.'],
  issuedBad: ['发布年份应是 1949 到 2100 之间的年份，或者留空。', 'The year of issue must be a year from 1949 to 2100, or left empty.'],
  savedFound: ['上次的核对进度还保存在这个浏览器里：{n} 个指标，其中已接受 {accepted} 个，保存于 {when}。', 'Your last review is still saved in this browser: {n} indicators, {accepted} of them accepted, saved {when}.'],
  restored: ['已恢复上次的核对进度。', 'Your last review is restored.'],
  restoreChanged: ['已恢复上次的原文；起草结果有变，{n} 个指标的核对没能恢复。', 'The last text is restored; the draft has changed, so the review of {n} indicators could not be.'],
  dateInText: ['原文写明的日期是 {date}，没写年份的“今年”等按它推算；不对时请填写发布年份。', 'The text gives its date as {date}; 今年 and the like count from it. If that is wrong, fill in the year of issue.'],
  issuedFromPage: ['已填入网页的发布年份 {year}。', 'Filled in the page\'s year of publication, {year}.'],
  drafted: ['起草完成：找到 {found} 个目标，{review} 个需要核对，{uncarried} 个数据格式无法表示。', 'Drafted: {found} targets, {review} to review, {uncarried} the format cannot carry.'],
  reading: ['正在读取 {name}…', 'Reading {name}…'],
  readFailed: ['无法读取文件 {name}：', 'Could not read {name}: '],
  notText: ['不是 UTF-8 或 GB18030 文本', 'not text in UTF-8 or GB18030'],
  noDocx: ['这个 Word 文件里没有 word/document.xml', 'this Word file has no word/document.xml'],
  counts: ['共 {total} 个：已接受 {accepted}，已拒绝 {rejected}，待定 {undecided}。', '{total} in all: {accepted} accepted, {rejected} rejected, {undecided} undecided.'],
  undecided: ['待定', 'undecided'],
  accepted: ['已接受', 'accepted'],
  rejected: ['已拒绝', 'rejected'],
  accept: ['接受', 'Accept'],
  reject: ['拒绝', 'Reject'],
  preview: ['预览', 'Preview'],
  showInText: ['在原文中查看', 'Show in the text'],
  confidence: ['把握', 'confidence'],
  flags: ['需要核对', 'to check'],
  rule: ['规则', 'rule'],
  section: ['所在章节', 'section'],
  cannotCarry: ['数据格式无法表示这个目标，不能接受：', 'The data format cannot carry this target, so it cannot be accepted: '],
  name: ['指标名称', 'Name'],
  unit: ['单位', 'Unit'],
  kind: ['类型', 'Kind'],
  year: ['目标年份', 'Year'],
  value: ['目标值', 'Value'],
  cmp: ['比较', 'Comparator'],
  aspirational: ['力争（预期性）', 'Aspirational (力争)'],
  lead: ['牵头单位（用顿号分隔）', 'Lead agencies (separated by 、)'],
  noneAccepted: ['还没有接受任何指标。', 'No indicator is accepted yet.'],
  clean: ['检查通过：没有错误。', 'Check passed: no errors.'],
  problems: ['{errors} 个错误，{warnings} 个警告：', '{errors} errors, {warnings} warnings:'],
  error: ['错误', 'error'],
  warning: ['警告', 'warning'],
  indicatorN: ['指标 {n}', 'indicator {n}'],
  downloadReady: ['{n} 个指标，可以下载。', '{n} indicators, ready to download.'],
  downloadBlocked: ['先接受至少一个指标并改正错误，才能下载。', 'Accept at least one indicator and fix the errors to download.'],
  previewNone: ['这个目标数据格式无法表示，没有仪表。', 'The format cannot carry this target, so there is no gauge.'],
  previewFallback: ['{name}：目标为 {year} 年 {cmp} {value}{unit}。', '{name}: target {cmp} {value}{unit} by {year}.'],
  suggestReading: ['读作 {year} 年 {cmp} {value}{unit}，可能性 {chance}', 'read as {cmp} {value}{unit} by {year}, chance {chance}'],
  addSuggestion: ['加入指标', 'Add to the indicators'],
  suggested: ['另有 {n} 个数字可能是漏掉的目标，列在“可能漏掉的目标”下。', '{n} more figures may be targets the rules missed; they are listed under “Targets the rules may have missed”.'],
  pickNone: ['先在原文里选中或粘贴写着目标的文字。', 'First select or paste the words of the text that state the target.'],
  pickNotFound: ['原文里没有这段文字；请从上面的原文中选中或复制。', 'These words are not in the text; select or copy them from the text above.'],
  pickNothing: ['这段文字里的数字读不出目标；请选中写着数值和单位的文字，或者不含数字、写明要完成什么的文字。', 'No target could be read from the figures in these words; select the words that give the value and its unit, or words without a figure that say what is to be done.'],
  pickAdded: ['读出 {n} 个目标，已作为待定指标加入：{list}。', 'Read {n} targets and added them as undecided indicators: {listEn}.'],
  planTitle: ['规划名称', 'title'],
  planIssuer: ['发布机关', 'issuer'],
};

/** The plan's own fields the page lets the editor give, by their path in a check's message. */
const PLAN_FIELDS = { title: WORDS.planTitle, issuer: WORDS.planIssuer };

const FLAG_WORDS = {
  baseline_unstated: ['基数未说明', 'base value not stated'],
  year_defaulted: ['年份取了规划末年', 'year taken from the plan\'s end'],
  comparator_assumed: ['比较方式是推定的', 'comparator assumed'],
  name_uncertain: ['名称可能不完整', 'name may be incomplete'],
  chinese_numeral: ['数字是中文写法', 'figure written in Chinese numerals'],
  distributed: ['几个目标合写在一起', 'one of several targets stated together'],
  unit_unstated: ['原文没写指标本身的单位', 'the text does not give the measure\'s own unit'],
  direction_only: ['只写了方向，没有数值', 'a direction only, without a value'],
};

const SHAPE_WORDS = {
  reduction_from_base: ['比基年下降的百分比', 'a fall in percent from a base year'],
  percentage_points: ['百分点的变化', 'a change in percentage points'],
  halving: ['减半', 'a halving'],
  multiple_without_base: ['没有基年或单位的倍数', 'a multiple without a base year or unit'],
};

const KINDS = [
  ['level', '水平值', 'level'],
  ['share', '比重', 'share'],
  ['growth_rate', '年均增速', 'growth rate'],
  ['annual_floor', '每年下限', 'annual floor'],
  ['annual_range', '每年区间', 'annual range'],
  ['cumulative', '累计', 'cumulative'],
  ['multiple', '倍数', 'multiple'],
  ['binary', '是否实现', 'yes/no'],
  ['coverage', '覆盖率', 'coverage'],
  ['qualitative', '定性', 'qualitative'],
  ['relative_change', '相对基年的变化', 'change from base year'],
  ['point_change', '百分点变化', 'change in points'],
  ['rank', '排名', 'rank'],
];

const COMPARATORS = [
  ['>=', '≥ 达到、不少于', 'at least'],
  ['>', '> 超过、突破', 'more than'],
  ['<=', '≤ 不超过、以内', 'at most'],
  ['<', '< 低于', 'less than'],
  ['≈', '≈ 左右', 'about'],
  ['range', '区间', 'range'],
];

/** Targets at least this sure, and without flags, are "confident"; the others go to review. The
 * drafter's threshold, read from its module when it has loaded. */
let confident = 1;

const $ = (id) => document.getElementById(id);
const form = $('a-form');
const textArea = $('a-text');
const fileInput = $('a-file');
const issuedInput = $('a-issued');
const directionBox = $('a-direction');
const savedBox = $('a-saved');
const status = $('a-status');
const results = $('a-results');
const marked = $('a-marked');
const list = $('a-list');
const counts = $('a-counts');
const check = $('a-check');
const previewBox = $('a-preview');
const download = $('a-download');
const downloadState = $('a-download-state');
const planInputs = [$('a-plan-title'), $('a-plan-issuer')];
const suggestBox = $('a-suggest-box');
const suggestList = $('a-suggest');
const pickInput = $('a-pick');
const pickStatus = $('a-pick-status');

let ready = false;
let state = null; // { text, chars (its code points), draft, items, selected, plan, pick, taken }
let downloadUrl = null;
let checkTimer = null;
/** Whether the list shows the least sure targets first (else in the text's order). */
let leastSureFirst = false;

function fill(template, facts) {
  return template.replace(/\{(\w+)\}/g, (m, k) => (k in facts ? String(facts[k]) : m));
}

/** `中文 English` as nodes: the English in a span with lang="en". */
function both(pair, facts = {}) {
  const frag = document.createDocumentFragment();
  frag.append(fill(pair[0], facts) + ' ');
  const en = document.createElement('span');
  en.lang = 'en';
  en.className = 'en';
  en.textContent = fill(pair[1], facts);
  frag.append(en);
  return frag;
}

function say(pair, facts, extra = '') {
  status.textContent = '';
  status.append(both(pair, facts));
  if (extra) status.append(' ' + extra);
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') node.textContent = v;
    else if (k === 'className') node.className = v;
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  node.append(...children);
  return node;
}

// ---- Reading files ---------------------------------------------------------------------------

/** Text from bytes: a BOM decides; otherwise UTF-8 if it is valid, else GB18030. */
function decodeText(bytes) {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
  }
}

function looksLikeHtml(text) {
  return /^\s*(<!doctype html|<html)/i.test(text.slice(0, 200));
}

/** The bytes of `name` in a zip archive (stored or deflated), or null. */
async function unzip(bytes, name) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const utf8 = new TextDecoder('utf-8');
  for (let n = 0; n < entries && p + 46 <= bytes.length; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) return null;
    const method = view.getUint16(p + 10, true);
    const size = view.getUint32(p + 20, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    const local = view.getUint32(p + 42, true);
    const entryName = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
    if (entryName !== name) continue;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + size);
    if (method === 0) return data;
    if (method !== 8 || typeof DecompressionStream !== 'function') return null;
    const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  return null;
}

/** The paragraphs of word/document.xml as lines. */
function docxText(xml) {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const lines = [];
  for (const p of doc.getElementsByTagNameNS(W, 'p')) {
    let line = '';
    const walk = (node) => {
      for (const c of node.childNodes) {
        if (c.namespaceURI !== W) continue;
        if (c.localName === 't') line += c.textContent;
        else if (c.localName === 'tab') line += '\t';
        else if (c.localName === 'br' || c.localName === 'cr') line += '\n';
        else if (c.localName !== 'p' && c.localName !== 'delText') walk(c);
      }
    };
    walk(p);
    if (line.trim()) lines.push(line.trim());
  }
  return lines.join('\n') + '\n';
}

async function readFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.docx') || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4)) {
    const xml = await unzip(bytes, 'word/document.xml');
    if (!xml) throw new Error(WORDS.noDocx[0] + ' / ' + WORDS.noDocx[1]);
    return { text: docxText(new TextDecoder('utf-8').decode(xml)), year: undefined };
  }
  let text;
  try {
    text = decodeText(bytes);
  } catch (e) {
    throw new Error(WORDS.notText[0] + ' / ' + WORDS.notText[1]);
  }
  if (text.includes('\0')) throw new Error(WORDS.notText[0] + ' / ' + WORDS.notText[1]);
  if (lower.endsWith('.html') || lower.endsWith('.htm') || looksLikeHtml(text)) {
    return { text: htmlText(text), year: htmlPublishedYear(text) };
  }
  return { text, year: undefined };
}

// ---- The draft ---------------------------------------------------------------------------------

function isConfident(item) {
  return item.carried && item.t.confidence >= confident && item.t.flags.length === 0;
}

function needsReview(t) {
  return t.confidence < confident || t.flags.length > 0;
}

/** The year of issue the editor gave: undefined when left empty, null when it is no year. */
function issuedYear() {
  const v = issuedInput.value.trim();
  if (v === '' && !issuedInput.validity.badInput) return undefined;
  const y = Number(v);
  return Number.isInteger(y) && y >= 1949 && y <= 2100 ? y : null;
}

/** The sign a comparator is shown with in a sentence (≥, ≤, ≈ …). */
function cmpSign(cmp) {
  return (COMPARATORS.find((c) => c[0] === cmp) || COMPARATORS[0])[1].split(' ')[0];
}

/** The list's item for drafted target `t`, its indicator `ind` (null when the format cannot
 * carry it) and its number `n`. */
function itemFor(t, ind, n) {
  const m = t.milestone;
  return {
    n,
    t,
    ind,
    carried: !!ind,
    status: 'undecided',
    fields: {
      name: ind ? ind.name : t.name,
      unit: ind ? ind.unit : t.unit,
      kind: ind ? ind.kind : t.kind,
      year: m.year,
      value: m.value === undefined || m.value === null ? '' : String(m.value),
      cmp: m.cmp || '>=',
      aspirational: !!m.aspirational,
      lead: (t.lead || []).join('、'),
    },
  };
}

function runDraft() {
  const text = textArea.value;
  if (!text.trim()) { say(WORDS.empty); return; }
  const issued = issuedYear();
  if (issued === null) {
    issuedInput.setAttribute('aria-invalid', 'true');
    say(WORDS.issuedBad);
    issuedInput.focus();
    return;
  }
  issuedInput.removeAttribute('aria-invalid');
  let draft;
  try {
    draft = JSON.parse(draftJson(text, issued, directionBox.checked));
  } catch (e) {
    say(WORDS.noModule, {}, String(e));
    return;
  }
  const byId = new Map(draft.plan.indicators.map((ind) => [ind.id, ind]));
  const items = draft.targets.map((t, i) => itemFor(t, t.indicator ? byId.get(t.indicator) : null, i + 1));
  state = { text, chars: Array.from(text), draft, items, selected: null, issued, direction: directionBox.checked, plan: { title: draft.plan.title || '', issuer: draft.plan.issuer || '' }, pick: null, taken: [] };
  for (const input of planInputs) input.value = state.plan[input.dataset.plan];
  savedBox.hidden = true;
  const review = draft.targets.filter(needsReview).length;
  const uncarried = items.filter((it) => !it.carried).length;
  say(WORDS.drafted, { found: items.length, review, uncarried });
  const suggested = openSuggestions().length;
  if (suggested) status.append(' ', both(WORDS.suggested, { n: suggested }));
  if (issued === undefined && draft.plan.issued) status.append(' ', both(WORDS.dateInText, { date: draft.plan.issued }));
  results.hidden = false;
  renderMarked();
  renderList();
  renderSuggestions();
  previewBox.textContent = '';
  update();
}

// ---- Suggestions -------------------------------------------------------------------------------

/** The draft's suggestions not yet added (an added one is an item with its very target), likeliest
 * first (ties in text order). Only those the format can carry can be added. */
function openSuggestions() {
  const added = new Set(state.items.map((it) => it.t).concat(state.taken || []));
  return (state.draft.suggestions || [])
    .map((s, k) => ({ s, k }))
    .filter(({ s }) => s.indicator && !added.has(s.target))
    .sort((a, b) => b.s.target.confidence - a.s.target.confidence || a.k - b.k);
}

/** Lists the figures the rules left alone that may be targets, each with a button that adds it
 * to the indicators (undecided, for the editor to review). */
function renderSuggestions() {
  const open = openSuggestions();
  suggestList.textContent = '';
  suggestBox.hidden = open.length === 0;
  for (const { s, k } of open) {
    const t = s.target;
    const m = t.milestone;
    const facts = { year: m.year, cmp: cmpSign(m.cmp), value: m.value === null || m.value === undefined ? '' : m.value, unit: t.unit, chance: t.confidence.toFixed(2) };
    const id = 'sg-' + k;
    suggestList.append(el('li', { id },
      el('blockquote', {}, el('p', { text: t.quote })),
      el('p', { className: 'meta' }, ...shownAt(k), both(WORDS.suggestReading, facts), ' ',
        el('button', { type: 'button', className: 'secondary', 'data-suggestion': String(k), 'aria-describedby': id }, both(WORDS.addSuggestion)))));
  }
}

/** A link to suggestion `k`'s outline in the text, when it has one (a suggestion whose quote
 * overlaps a drafted target's is shown within that target's mark). Rendered after the text. */
function shownAt(k) {
  return document.getElementById('sq-' + k) ? [el('a', { href: '#sq-' + k }, both(WORDS.showInText)), ' · '] : [];
}

/** Adds suggestion `k` of the draft to the indicators as an undecided item; returns the item. */
function addSuggestion(k) {
  const s = (state.draft.suggestions || [])[k];
  if (!s || !s.indicator) return null;
  const item = itemFor(s.target, s.indicator, state.items.length + 1);
  state.items.push(item);
  renderMarked();
  renderList();
  renderSuggestions();
  return item;
}

// ---- Targets the editor picks from the text ----------------------------------------------------

/** The code points of a piece of the marked text, without the numbers after the marks (which are
 * not the text's). */
function codePoints(fragment) {
  for (const qn of fragment.querySelectorAll('.qn')) qn.remove();
  return Array.from(fragment.textContent).length;
}

/** The text's code points `a..b` the editor selected in the marked text, if any. */
function pickedRange() {
  const sel = document.getSelection();
  if (!state || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  if (!marked.contains(r.startContainer) || !marked.contains(r.endContainer)) return null;
  const before = document.createRange();
  before.setStart(marked, 0);
  before.setEnd(r.startContainer, r.startOffset);
  const a = codePoints(before.cloneContents());
  const b = a + codePoints(r.cloneContents());
  return b > a ? { a, b } : null;
}

/** Where the words `words` stand in the draft's text: the picked range when it holds them, else
 * their first place; null when the text does not hold them. */
function placeOf(words) {
  if (state.pick && state.chars.slice(state.pick.a, state.pick.b).join('') === words) return state.pick;
  const at = state.text.indexOf(words);
  if (at < 0) return null;
  const a = Array.from(state.text.slice(0, at)).length;
  return { a, b: a + Array.from(words).length };
}

/** Reads the text's code points `a..b` as targets and adds each the format can carry as an
 * undecided item (its indicator numbered after the editor's others); returns the items added. */
function addPicked(a, b) {
  const read = JSON.parse(selectionJson(state.text, state.issued, state.direction, a, b));
  const plan = state.draft.plan;
  for (const section of read.sections || []) {
    if (!plan.sections.some((s) => s.id === section.id)) plan.sections.unshift(section);
  }
  const taken = new Set(state.items.filter((it) => it.ind).map((it) => it.ind.id));
  let n = 0;
  const added = [];
  for (const found of read.found || []) {
    if (!found.indicator) continue;
    let id;
    do { n++; id = 'e-' + String(n).padStart(3, '0'); } while (taken.has(id));
    taken.add(id);
    found.indicator.id = id;
    found.target.indicator = id;
    const item = itemFor(found.target, found.indicator, state.items.length + 1);
    item.pick = { a, b };
    state.items.push(item);
    added.push(item);
  }
  // A suggestion the picked words overlap, read with the same value and unit, is added with them.
  for (const { s } of openSuggestions()) {
    const t = s.target;
    const same = added.some((it) => it.t.unit === t.unit && it.t.milestone.value === t.milestone.value);
    if (same && t.span.char_start < b && a < t.span.char_end) state.taken.push(t);
  }
  return added;
}

/** The editor's “Read and add”: adds the targets of the picked words and moves to the first. */
function pickAndAdd() {
  pickStatus.textContent = '';
  if (!state) return;
  const words = pickInput.value.trim();
  const tell = (pair, facts) => { pickStatus.append(both(pair, facts)); };
  if (!words) { tell(WORDS.pickNone); pickInput.focus(); return; }
  const place = placeOf(words);
  if (!place) { tell(WORDS.pickNotFound); pickInput.focus(); return; }
  const added = addPicked(place.a, place.b);
  if (!added.length) { tell(WORDS.pickNothing); pickInput.focus(); return; }
  const numbers = added.map((it) => it.n);
  tell(WORDS.pickAdded, { n: added.length, list: numbers.join('、'), listEn: numbers.join(', ') });
  pickInput.value = '';
  state.pick = null;
  renderMarked();
  renderList();
  renderSuggestions();
  update();
  const h = document.getElementById(`item-${added[0].n}-h`);
  if (h) {
    h.setAttribute('tabindex', '-1');
    h.focus();
  }
}

/** The text with each target's quote in a <mark>, by code-point offsets (`span.char_*`). */
function renderMarked() {
  const chars = state.chars;
  // The drafted targets, numbered; the suggestions not yet added, outlined (a target first where
  // both start at one place).
  const spans = state.items
    .map((it) => ({ it, a: it.t.span.char_start, b: it.t.span.char_end }))
    .concat(openSuggestions().map(({ s, k }) => ({ k, a: s.target.span.char_start, b: s.target.span.char_end })))
    .filter((s) => s.a < s.b && s.b <= chars.length)
    .sort((x, y) => x.a - y.a || y.b - x.b || (x.it ? -1 : 1));
  marked.textContent = '';
  let at = 0;
  for (const s of spans) {
    if (s.a < at) continue; // overlaps the previous mark: its number is shown there
    marked.append(chars.slice(at, s.a).join(''));
    const text = chars.slice(s.a, s.b).join('');
    if (s.it) {
      const mark = el('mark', { id: 'q-' + s.it.n, 'data-state': s.it.status }, text);
      marked.append(mark, el('sup', { className: 'qn', text: String(s.it.n) }));
    } else {
      marked.append(el('mark', { id: 'sq-' + s.k, className: 'suggested' }, text));
    }
    at = s.b;
  }
  marked.append(chars.slice(at).join(''));
}

function fieldId(item, key) {
  return `f-${item.n}-${key}`;
}

function labelled(item, key, control) {
  return el('div', { className: 'field' }, el('label', { for: fieldId(item, key) }, both(WORDS[key])), control);
}

function select(item, key, options) {
  const s = el('select', { id: fieldId(item, key), 'data-key': key });
  for (const [value, zh, en] of options) s.append(el('option', { value }, `${zh} / ${en}`));
  s.value = item.fields[key];
  return s;
}

function renderItem(item) {
  const t = item.t;
  const li = el('li', { id: 'item-' + item.n, className: 'draft-item', 'data-state': item.status, 'aria-labelledby': `item-${item.n}-h` });
  const h = el('h3', { id: `item-${item.n}-h` });
  li.append(h);
  li.append(el('blockquote', {}, el('p', { text: t.quote })));
  const meta = el('p', { className: 'meta' });
  meta.append(el('a', { href: '#q-' + item.n }, both(WORDS.showInText)), ' · ');
  meta.append(both(WORDS.confidence), ` ${t.confidence.toFixed(2)} · `);
  meta.append(both(WORDS.rule), ` ${t.rule}`);
  if (t.section_path.length) meta.append(' · ', both(WORDS.section), ` ${t.section_path.join(' ')}`);
  li.append(meta);
  if (t.flags.length) {
    const flags = el('p', { className: 'flags' }, both(WORDS.flags), '：');
    t.flags.forEach((f, k) => {
      const w = FLAG_WORDS[f] || [f, f];
      if (k) flags.append('；');
      flags.append(both(w));
    });
    li.append(flags);
  }
  if (!item.carried) {
    const w = SHAPE_WORDS[t.shape.shape] || [t.shape.shape, t.shape.shape];
    li.append(el('p', { className: 'note' }, both(WORDS.cannotCarry), both(w)));
  } else {
    const grid = el('div', { className: 'fields' });
    grid.append(
      labelled(item, 'name', el('input', { id: fieldId(item, 'name'), type: 'text', 'data-key': 'name', value: item.fields.name })),
      labelled(item, 'unit', el('input', { id: fieldId(item, 'unit'), type: 'text', 'data-key': 'unit', value: item.fields.unit })),
      labelled(item, 'kind', select(item, 'kind', KINDS)),
      labelled(item, 'year', el('input', { id: fieldId(item, 'year'), type: 'number', min: 1949, max: 2100, step: 1, 'data-key': 'year', value: item.fields.year })),
      labelled(item, 'cmp', select(item, 'cmp', COMPARATORS)),
      labelled(item, 'value', el('input', { id: fieldId(item, 'value'), type: 'number', step: 'any', 'data-key': 'value', value: item.fields.value })),
      labelled(item, 'lead', el('input', { id: fieldId(item, 'lead'), type: 'text', 'data-key': 'lead', value: item.fields.lead })),
    );
    const asp = el('input', { id: fieldId(item, 'aspirational'), type: 'checkbox', 'data-key': 'aspirational' });
    asp.checked = item.fields.aspirational;
    grid.append(el('div', { className: 'field check-field' }, asp, el('label', { for: fieldId(item, 'aspirational') }, both(WORDS.aspirational))));
    li.append(grid);
  }
  const row = el('div', { className: 'copy-row' });
  if (item.carried) {
    row.append(
      el('button', { type: 'button', 'data-act': 'accept', 'aria-pressed': 'false', 'aria-describedby': `item-${item.n}-h` }, both(WORDS.accept)),
      el('button', { type: 'button', 'data-act': 'reject', className: 'secondary', 'aria-pressed': 'false', 'aria-describedby': `item-${item.n}-h` }, both(WORDS.reject)),
      el('button', { type: 'button', 'data-act': 'preview', className: 'secondary', 'aria-describedby': `item-${item.n}-h` }, both(WORDS.preview)),
    );
  } else {
    row.append(el('button', { type: 'button', 'data-act': 'reject', className: 'secondary', 'aria-pressed': 'false', 'aria-describedby': `item-${item.n}-h` }, both(WORDS.reject)));
  }
  li.append(row);
  item.li = li;
  refreshItem(item);
  return li;
}

function refreshItem(item) {
  const li = item.li;
  li.dataset.state = item.status;
  const h = li.querySelector('h3');
  h.textContent = `${item.n}. ${item.fields.name || item.t.name} `;
  h.append(el('span', { className: 'state' }, '（', both(WORDS[item.status]), '）'));
  for (const b of li.querySelectorAll('button[aria-pressed]')) {
    b.setAttribute('aria-pressed', String(b.dataset.act === 'accept' ? item.status === 'accepted' : item.status === 'rejected'));
  }
  const mark = document.getElementById('q-' + item.n);
  if (mark) mark.dataset.state = item.status;
}

/** The items in the order the list shows them: as in the text, or the least sure first (ties
 * in text order), so that an editor checks first what the drafter is least sure of. */
function shown() {
  if (!leastSureFirst) return state.items;
  return [...state.items].sort((a, b) => a.t.confidence - b.t.confidence || a.n - b.n);
}

function renderList() {
  list.textContent = '';
  for (const item of shown()) list.append(renderItem(item));
}

function itemOf(node) {
  const li = node.closest('li.draft-item');
  return li ? state.items[Number(li.id.slice(5)) - 1] : null;
}

// ---- The plan ----------------------------------------------------------------------------------

function numberOrNull(s) {
  const v = String(s).trim();
  if (v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** The plan of the accepted indicators (and `extra`, for the preview), with the edits applied. */
function buildPlan(extra) {
  const plan = JSON.parse(JSON.stringify(state.draft.plan));
  plan.title = state.plan.title.trim();
  plan.issuer = state.plan.issuer.trim();
  const chosen = state.items.filter((it) => it.carried && (it.status === 'accepted' || it === extra));
  plan.indicators = chosen.map((it) => {
    const ind = JSON.parse(JSON.stringify(it.ind));
    const f = it.fields;
    ind.name = f.name;
    ind.unit = f.unit;
    ind.kind = f.kind;
    const target = ind.targets[0];
    const m = target.milestones[0];
    const year = numberOrNull(f.year);
    m.year = year === null ? f.year : Math.trunc(year);
    const value = numberOrNull(f.value);
    if (value === null) delete m.value; else m.value = value;
    m.cmp = f.cmp;
    if (f.aspirational) m.aspirational = true; else delete m.aspirational;
    const lead = f.lead.split(/[、，,;；]/).map((s) => s.trim()).filter(Boolean);
    if (lead.length) target.lead = lead; else delete target.lead;
    return ind;
  });
  for (const ind of plan.indicators) {
    for (const m of ind.targets[0].milestones) {
      if (Number.isInteger(m.year)) {
        plan.period.start = Math.min(plan.period.start, m.year);
        plan.period.end = Math.max(plan.period.end, m.year);
      }
    }
  }
  return { plan, chosen };
}

function update() {
  if (!state) return;
  const tally = { accepted: 0, rejected: 0, undecided: 0 };
  state.items.forEach((it) => { tally[it.status]++; });
  counts.textContent = '';
  counts.append(both(WORDS.counts, { total: state.items.length, ...tally }));
  // (Kept at once, so that a page closed right after a change keeps it; the check waits for a
  // pause in typing.)
  save();
  clearTimeout(checkTimer);
  checkTimer = setTimeout(runCheck, 120);
}

/** The number of the item an error path (`indicators[2]…`) points to. */
function itemForPath(path, chosen) {
  const m = /^indicators\[(\d+)\]/.exec(path);
  return m && chosen[Number(m[1])] ? chosen[Number(m[1])].n : null;
}

function runCheck() {
  checkTimer = null;
  const { plan, chosen } = buildPlan(null);
  check.textContent = '';
  if (downloadUrl) { URL.revokeObjectURL(downloadUrl); downloadUrl = null; }
  download.removeAttribute('href');
  downloadState.textContent = '';
  if (!chosen.length) {
    check.append(el('p', {}, both(WORDS.noneAccepted)));
    downloadState.append(both(WORDS.downloadBlocked));
    return;
  }
  const json = JSON.stringify(plan, null, 2) + '\n';
  let problems;
  try {
    problems = JSON.parse(checkJson(json, 'zh-Hans'));
  } catch (e) {
    problems = [{ severity: 'error', path: '', code: 'internal', zh: String(e), en: String(e) }];
  }
  const errors = problems.filter((p) => p.severity === 'error').length;
  if (!problems.length) {
    check.append(el('p', { className: 'ok' }, both(WORDS.clean)));
  } else {
    check.append(el('p', {}, both(WORDS.problems, { errors, warnings: problems.length - errors })));
    const ul = el('ul', { className: 'problems' });
    for (const p of problems) {
      const n = itemForPath(p.path, chosen);
      const li = el('li', { 'data-severity': p.severity });
      li.append(el('strong', {}, both(p.severity === 'error' ? WORDS.error : WORDS.warning)), ' ');
      if (n) li.append(el('a', { href: '#item-' + n }, both(WORDS.indicatorN, { n })), ' ');
      if (Object.hasOwn(PLAN_FIELDS, p.path)) li.append(el('a', { href: '#a-plan-' + p.path }, both(PLAN_FIELDS[p.path])), ' ');
      li.append(el('code', { text: p.path }), ' ', p.zh, ' ', el('span', { lang: 'en', className: 'en', text: p.en }));
      ul.append(li);
    }
    check.append(ul);
  }
  if (errors === 0) {
    downloadUrl = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    download.href = downloadUrl;
    downloadState.append(both(WORDS.downloadReady, { n: chosen.length }));
  } else {
    downloadState.append(both(WORDS.downloadBlocked));
  }
  if (state.selected) renderPreview();
}

// ---- Kept in this browser ----------------------------------------------------------------------

/** Where the review is kept: this browser's storage for the page's origin, never sent anywhere. */
const SAVE_KEY = 'plan-gauge.author.v1';

function storage() {
  try {
    return window.localStorage;
  } catch (e) {
    return null; // storage switched off: the page works without keeping anything
  }
}

/** Keeps the text, the options and each item's decision and fields. A full or disabled storage
 * keeps nothing; the page works on. */
function save() {
  const store = storage();
  if (!state || !store) return;
  const saved = {
    saved: Date.now(),
    text: state.text,
    issued: state.issued === undefined ? '' : String(state.issued),
    direction: state.direction,
    plan: state.plan,
    items: state.items.map((it) => ({ q: it.t.quote, s: it.status, f: it.fields, ...(it.pick ? { p: [it.pick.a, it.pick.b] } : {}) })),
  };
  try {
    store.setItem(SAVE_KEY, JSON.stringify(saved));
  } catch (e) {
    // Over the storage quota: nothing is kept.
  }
}

/** The kept review, if there is a readable one. */
function loadSaved() {
  const store = storage();
  if (!store) return null;
  try {
    const saved = JSON.parse(store.getItem(SAVE_KEY) || 'null');
    const ok = saved && typeof saved.text === 'string' && Array.isArray(saved.items) && Number.isFinite(saved.saved);
    return ok ? saved : null;
  } catch (e) {
    return null;
  }
}

function forget() {
  const store = storage();
  try {
    if (store) store.removeItem(SAVE_KEY);
  } catch (e) {
    // Nothing to forget.
  }
}

const pad = (n) => String(n).padStart(2, '0');

/** `2026-11-30 14:05`, in the editor's own time zone. */
function when(ms) {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Offers the kept review, if any, when the page opens. */
function offerSaved() {
  const saved = loadSaved();
  if (!saved || !saved.items.length) return;
  const accepted = saved.items.filter((it) => it && it.s === 'accepted').length;
  const p = $('a-saved-text');
  p.textContent = '';
  p.append(both(WORDS.savedFound, { n: saved.items.length, accepted, when: when(saved.saved) }));
  savedBox.hidden = false;
}

/** Drafts the kept text again with its options and puts back each decision and field whose
 * target is drafted as before (same place in the list, same quote). */
function restore() {
  const saved = loadSaved();
  savedBox.hidden = true;
  if (!saved) return;
  textArea.value = saved.text;
  issuedInput.value = saved.issued || '';
  directionBox.checked = !!saved.direction;
  runDraft();
  if (!state) return;
  // (Suggestions and words picked from the text the editor added come after the drafted targets,
  // in the order added; the words of one pick, read again, give its items again.)
  let lastPick = null;
  for (const kept of saved.items.slice(state.items.length)) {
    const p = kept && Array.isArray(kept.p) && kept.p.length === 2 && kept.p.every(Number.isInteger) ? kept.p : null;
    if (p) {
      if (p.join('-') !== lastPick) addPicked(p[0], p[1]);
      lastPick = p.join('-');
      continue;
    }
    lastPick = null;
    const open = openSuggestions().find(({ s }) => kept && s.target.quote === kept.q);
    if (open) addSuggestion(open.k);
  }
  renderMarked();
  renderSuggestions();
  let lost = 0;
  state.items.forEach((item, i) => {
    const kept = saved.items[i];
    if (kept && kept.q === item.t.quote && ['accepted', 'rejected', 'undecided'].includes(kept.s)) {
      item.status = item.carried || kept.s !== 'accepted' ? kept.s : 'undecided';
      for (const key of Object.keys(item.fields)) {
        const v = kept.f ? kept.f[key] : undefined;
        const fits = key === 'aspirational' ? typeof v === 'boolean' : typeof v === 'string' || typeof v === 'number';
        if (fits) item.fields[key] = v;
      }
    } else {
      lost++;
    }
  });
  lost += Math.max(0, saved.items.length - state.items.length);
  for (const input of planInputs) {
    const v = saved.plan ? saved.plan[input.dataset.plan] : undefined;
    if (typeof v === 'string') {
      state.plan[input.dataset.plan] = v;
      input.value = v;
    }
  }
  renderList();
  update();
  if (lost) say(WORDS.restoreChanged, { n: lost }); else say(WORDS.restored);
}

// ---- The preview -------------------------------------------------------------------------------

function renderPreview() {
  const item = state.selected;
  previewBox.textContent = '';
  if (!item || !item.carried) {
    previewBox.append(el('p', {}, both(WORDS.previewNone)));
    return;
  }
  const { plan } = buildPlan(item);
  const data = el('script', { type: 'application/json', id: 'a-preview-data' });
  data.textContent = JSON.stringify(plan);
  const f = item.fields;
  const facts = { name: f.name, year: f.year, cmp: cmpSign(f.cmp), value: f.value, unit: f.unit };
  // The element's own content is the fallback, shown until (or unless) the widget renders.
  const gauge = el('plan-gauge', { src: '#a-preview-data', indicator: item.ind.id, view: 'card', lang: 'zh-CN', eager: true }, el('p', {}, both(WORDS.previewFallback, facts)));
  previewBox.append(data, gauge);
}

// ---- Events ------------------------------------------------------------------------------------

form.addEventListener('submit', (e) => {
  e.preventDefault();
  if (ready) runDraft();
});

fileInput.addEventListener('change', async () => {
  const file = fileInput.files && fileInput.files[0];
  if (!file || !ready) return;
  say(WORDS.reading, { name: file.name });
  try {
    const read = await readFile(file);
    textArea.value = read.text;
    // (The page's year is one of the drafter's years, so the draft takes it as given.)
    if (read.year !== undefined) issuedInput.value = String(read.year);
    runDraft();
    if (read.year !== undefined) status.append(' ', both(WORDS.issuedFromPage, { year: read.year }));
  } catch (e) {
    say(WORDS.readFailed, { name: file.name }, e && e.message ? e.message : String(e));
  }
});

list.addEventListener('input', (e) => {
  const key = e.target.dataset && e.target.dataset.key;
  const item = key && itemOf(e.target);
  if (!item) return;
  item.fields[key] = e.target.type === 'checkbox' ? e.target.checked : e.target.value;
  refreshItem(item);
  update();
});

list.addEventListener('click', (e) => {
  const button = e.target.closest('button[data-act]');
  const item = button && itemOf(button);
  if (!item) return;
  const act = button.dataset.act;
  if (act === 'accept') item.status = item.status === 'accepted' ? 'undecided' : 'accepted';
  else if (act === 'reject') item.status = item.status === 'rejected' ? 'undecided' : 'rejected';
  else if (act === 'preview') {
    state.selected = item;
    renderPreview();
    $('a-preview-h').scrollIntoView({ block: 'nearest' });
    return;
  }
  refreshItem(item);
  update();
});

for (const input of planInputs) {
  input.addEventListener('input', () => {
    if (!state) return;
    state.plan[input.dataset.plan] = input.value;
    update();
  });
}

suggestList.addEventListener('click', (e) => {
  const button = e.target.closest('button[data-suggestion]');
  if (!button || !state) return;
  const item = addSuggestion(Number(button.dataset.suggestion));
  if (!item) return;
  update();
  const h = document.getElementById(`item-${item.n}-h`);
  if (h) {
    h.setAttribute('tabindex', '-1');
    h.focus();
  }
});

// Words selected in the marked text fill the field that says what to add (once the selection
// rests: a drag changes it at every move).
let pickTimer = null;
document.addEventListener('selectionchange', () => {
  clearTimeout(pickTimer);
  pickTimer = setTimeout(() => {
    const range = pickedRange();
    if (!range) return;
    state.pick = range;
    pickInput.value = state.chars.slice(range.a, range.b).join('');
  }, 100);
});

pickInput.addEventListener('keydown', (e) => {
  if (e.key === 'Enter') {
    e.preventDefault();
    pickAndAdd();
  }
});

$('a-pick-add').addEventListener('click', pickAndAdd);

$('a-accept-confident').addEventListener('click', () => {
  if (!state) return;
  for (const item of state.items) {
    if (isConfident(item) && item.status === 'undecided') {
      item.status = 'accepted';
      refreshItem(item);
    }
  }
  update();
});

// A download right after a change gets the plan as changed: a check still waiting runs first (the
// link's address is read after this handler).
download.addEventListener('click', () => {
  if (checkTimer !== null) {
    clearTimeout(checkTimer);
    runCheck();
  }
});

$('a-restore').addEventListener('click', () => {
  if (ready) restore();
});

$('a-discard').addEventListener('click', () => {
  forget();
  savedBox.hidden = true;
  textArea.focus();
});

$('a-order').addEventListener('click', (e) => {
  leastSureFirst = !leastSureFirst;
  e.currentTarget.setAttribute('aria-pressed', String(leastSureFirst));
  if (state) renderList();
});

$('a-reset').addEventListener('click', () => {
  if (!state) return;
  for (const item of state.items) {
    item.status = 'undecided';
    refreshItem(item);
  }
  update();
});

say(WORDS.loading);
init().then(() => {
  confident = reviewBelow();
  ready = true;
  $('a-nojs').hidden = true;
  say(WORDS.ready);
  offerSaved();
}, (e) => {
  say(WORDS.noModule, {}, String(e));
});
