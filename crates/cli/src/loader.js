/*! plan-gauge __VERSION__ — progress of government plans. <plan-gauge> elements and [data-plan-gauge] hosts. */
(function () {
"use strict";
if (window.PlanGauge) return;
var currentScript = document.currentScript;
var api = { version: "__VERSION__" };
window.PlanGauge = api;

/*GLUE*/

var wasm = __INIT__;
var OPTIONS = __OPTIONS__;
var WATCHED = OPTIONS.concat(OPTIONS.map(function (n) { return "data-" + n; }));
var TIMEOUT_MS = 8000;
var RESERVE = "__RESERVE__";
var base = (currentScript && currentScript.src) || document.baseURI;
var wasmUrl = new URL("__WASM__", base).href;
var hosts = new WeakMap();
var texts = new Map();
var started = null;
var dead = false;
var reserveSheet = null;

function warn(msg) { console.warn("plan-gauge: " + msg); }
function option(el, name) {
  var v = el.getAttribute(name);
  if (v === null || !v.trim()) v = el.getAttribute("data-" + name);
  return v === null || !v.trim() ? null : v.trim();
}
function reserve() {
  if (!reserveSheet) {
    try { reserveSheet = new CSSStyleSheet(); reserveSheet.replaceSync(RESERVE); } catch (e) { reserveSheet = null; }
  }
  return reserveSheet ? [reserveSheet] : [];
}
function start() {
  if (!started) {
    started = Promise.resolve().then(function () {
      return wasm({ module_or_path: fetch(wasmUrl, { integrity: "__INTEGRITY__", credentials: "same-origin" }) });
    }).then(function () { return true; }, function (e) {
      dead = true;
      warn("could not start, the fallback content stays: " + e);
      return false;
    });
  }
  return started;
}
/** The text of `url`: once per absolute URL, or the content of the inline element for `#id`. */
function text(url) {
  if (url.charAt(0) === "#") {
    var node = document.getElementById(url.slice(1));
    if (!node || node.localName !== "script") return Promise.reject(url + ": there is no <script type=\"application/json\" id=\"" + url.slice(1) + "\"> on the page");
    return Promise.resolve(node.textContent);
  }
  var abs;
  try { abs = new URL(url, document.baseURI).href; } catch (e) { return Promise.reject(url + ": not a valid URL"); }
  var known = texts.get(abs);
  if (known) return known;
  var ctl = typeof AbortController === "function" ? new AbortController() : null;
  var timer = setTimeout(function () { if (ctl) ctl.abort(); }, TIMEOUT_MS);
  var p = fetch(abs, { credentials: "same-origin", signal: ctl ? ctl.signal : undefined }).then(function (r) {
    if (!r.ok) throw url + ": cannot load (HTTP " + r.status + ")";
    var type = r.headers.get("content-type") || "";
    var m = /charset\s*=\s*"?([^";\s]+)/i.exec(type);
    // Bytes, not text: the module decodes UTF-8, UTF-16 and GB18030 by the core's one rule.
    return r.arrayBuffer().then(function (buf) {
      return start().then(function (ok) {
        // The start already warned once; the element just keeps its fallback.
        if (!ok) return null;
        try { return wasm.decode(new Uint8Array(buf), m ? m[1] : undefined); } catch (e) {
          throw typeof e === "string" ? url + ": " + e : url + ": cannot read the file";
        }
      });
    });
  }).then(function (t) { clearTimeout(timer); return t; }, function (e) {
    clearTimeout(timer);
    if (typeof e === "string") throw e;
    if (ctl && ctl.signal.aborted) throw url + ": no answer within " + TIMEOUT_MS / 1000 + " s, the fallback stays";
    throw url + ": cannot load (network error)";
  });
  texts.set(abs, p);
  return p;
}
/** Calls an export; false if it failed. A thrown string is a reason; anything else is a trap. */
function call(name, args) {
  if (dead) return false;
  try { wasm[name].apply(null, args); return true; } catch (e) {
    if (typeof e === "string") { warn(e); return false; }
    dead = true;
    warn("the module stopped (" + e + "); every element keeps its fallback");
    return false;
  }
}
function load(el) {
  var h = hosts.get(el);
  var turn = ++h.turn;
  var src = option(el, "src");
  var obs = option(el, "observations");
  if (!src) { warn("an element has no src attribute (the URL of a plan-gauge/1 plan, or #id of inline data)"); return Promise.resolve(false); }
  return Promise.all([start(), text(src), obs ? text(obs) : null]).then(function (r) {
    if (!r[0] || turn !== h.turn) return false;
    return call("render", [el, r[1], r[2] === null ? undefined : r[2]]);
  }, function (e) {
    if (turn === h.turn) warn(typeof e === "string" ? e : "" + e);
    return false;
  }).catch(function (e) { warn("internal error, the fallback stays: " + e); return false; });
}
function changed(el) {
  var h = hosts.get(el);
  if (!h || !h.near) return;
  if (h.turn > 0) {
    call("unmount", [el]);
    if (el.shadowRoot) el.shadowRoot.adoptedStyleSheets = reserve();
  }
  load(el);
}
var near = typeof IntersectionObserver === "function" ? new IntersectionObserver(function (entries) {
  entries.forEach(function (entry) {
    if (!entry.isIntersecting) return;
    near.unobserve(entry.target);
    var h = hosts.get(entry.target);
    if (h && !h.near) { h.near = true; load(entry.target); }
  });
}, { rootMargin: "400px" }) : null;
var attrs = typeof MutationObserver === "function" ? new MutationObserver(function (records) {
  var seen = [];
  records.forEach(function (r) { if (seen.indexOf(r.target) < 0) seen.push(r.target); });
  seen.forEach(changed);
}) : null;
/** Prepares one host: shadow root with the fallback slot and the reserved box, then waits. */
function adopt(el) {
  if (hosts.has(el)) return;
  var h = { turn: 0, near: false };
  hosts.set(el, h);
  if (!el.shadowRoot) {
    try {
      var root = el.attachShadow({ mode: "open" });
      root.appendChild(document.createElement("slot"));
      root.adoptedStyleSheets = reserve();
    } catch (e) {
      warn("cannot host a widget in <" + el.localName + ">; use <plan-gauge> or a <div>");
      return;
    }
  }
  if (attrs) attrs.observe(el, { attributes: true, attributeFilter: WATCHED });
  if (!near || el.hasAttribute("eager") || el.hasAttribute("data-eager")) { h.near = true; load(el); }
  else near.observe(el);
}
/** Prepares every `[data-plan-gauge]` host under `root` (default: the document). */
api.scan = function (root) {
  var list = (root || document).querySelectorAll("[data-plan-gauge]");
  for (var i = 0; i < list.length; i++) adopt(list[i]);
};
Object.freeze(api);
if (window.customElements && !customElements.get("plan-gauge")) {
  customElements.define("plan-gauge", class extends HTMLElement {
    connectedCallback() { adopt(this); }
  });
}
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { api.scan(); }, { once: true });
else api.scan();
})();
