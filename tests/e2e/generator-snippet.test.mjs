// The embed-code generator's snippet (www/generator.js), in node without a browser or the bundle:
// data strings are escaped for where they go, so no plan title can put markup or script into
// the page the snippet is pasted in, and the script is loaded `async`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const source = readFileSync(fileURLToPath(new URL('../../www/generator.js', import.meta.url)), 'utf8');
const module = { exports: {} };
vm.runInNewContext(source, { module });
const { snippetText, escComment } = module.exports;

const hostile = 'Plan --> <script>alert(1)</script><!-- "x" \'y\' --!> <img src=x onerror=alert(2)>';

function snippet(over) {
  return snippetText({
    title: '示范区行动方案',
    script: '/dist/plan-gauge.js',
    stylesheet: '/plans/plan-gauge.css',
    attrs: [['src', '/data/demo.plan.json'], ['indicator', 'hte'], ['view', 'card']],
    fallback: '<p class="pg-headline">…</p>',
    csp: "script-src 'self' 'wasm-unsafe-eval'",
    ...over,
  });
}

/** The markup of `html` outside comments: what a browser would parse as elements. */
function outsideComments(html) {
  return html.replace(/<!--[\s\S]*?(-->|--!>|$)/g, '');
}

test('a hostile plan title stays inside its comment', () => {
  const s = snippet({ title: hostile, csp: hostile });
  const markup = outsideComments(s);
  assert.doesNotMatch(markup, /<script>|alert|<img/, markup);
  assert.equal((s.match(/<!--/g) || []).length, 2, 'two comments, none opened by data');
  assert.equal((s.match(/-->/g) || []).length, 2, 'two comment ends, none from data');
  assert.doesNotMatch(s, /--!>/);
  // Each comment's text has no `--`, `<` or `>`.
  for (const [, text] of s.matchAll(/<!--([\s\S]*?)-->/g)) {
    assert.doesNotMatch(text.slice(0, -1), /--|[<>]/, text);
  }
  assert.match(s, /^<!-- plan-gauge: Plan - -&gt; &lt;script&gt;alert\(1\)/);
});

test('comment text never ends a comment, however many dashes', () => {
  for (const t of ['-', '--', '---', '-->', '--!>', '<!-', '<!--', 'a-', '----->']) {
    const c = escComment(t);
    assert.doesNotMatch(c, /--|[<>]/, `${t} → ${c}`);
  }
});

test('attribute values cannot leave their quotes', () => {
  const s = snippet({ attrs: [['src', '/d/x.json" onload="alert(1)'], ['indicator', "a'b<c>&"]] });
  assert.match(s, /<plan-gauge src="\/d\/x\.json&quot; onload=&quot;alert\(1\)" indicator="a&#39;b&lt;c&gt;&amp;">/);
});

test('the script is async, so a slow widget server never delays the host page', () => {
  const s = snippet({});
  assert.match(s, /<script src="\/dist\/plan-gauge\.js" async><\/script>/);
  assert.doesNotMatch(s, /defer/);
});

test('the script is pinned by the loader integrity it is given, escaped as an attribute', () => {
  const s = snippet({ integrity: 'sha384-abc+/=' });
  assert.match(s, /<script src="\/dist\/plan-gauge\.js" integrity="sha384-abc\+\/=" async><\/script>/);
  assert.match(snippet({ integrity: 'x" onload="y' }), /integrity="x&quot; onload=&quot;y"/);
});
