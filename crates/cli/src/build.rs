//! `plan-gauge build --out DIR [--pkg DIR] [--full-pkg DIR] [--esbuild FILE]`: writes the deployable
//! embed folder.
//!
//! Input: two outputs of `wasm-pack build crates/embed --release --target no-modules`, each the
//! wasm-bindgen glue `*.js` and the module `*_bg.wasm`: the first module (`--pkg`, default
//! `target/plan-gauge-pkg`: cards, radial gauges, bars) and the second part (`--full-pkg`,
//! default `target/plan-gauge-pkg-full`, built with `--features full`: trend charts, dashboards,
//! CSV observations). With `--esbuild`, the loader and the second part's script are minified by
//! that esbuild (`cargo xtask demo` passes the one it installs); without it they go without their
//! comments and indentation only.
//! Output, in `--out`:
//! - `plan-gauge.js`, the loader: the first glue wrapped in a function (it runs only when the
//!   module starts, and declares no global), plus the code that defines `<plan-gauge>`, scans
//!   `[data-plan-gauge]` and sets the one namespace global `PlanGauge`. Including it twice does
//!   nothing the second time.
//! - `plan-gauge.<hash>.wasm`, the first module, content-hashed, fetched with `integrity`. In both
//!   modules and their glue, the imports and wasm-bindgen's own exports get short names
//!   ([`crate::wasm_names`]).
//! - `plan-gauge-full.<hash>.js` and `plan-gauge-full.<hash>.wasm`, the second part, fetched with
//!   `integrity` only when an element on the page needs it.
//! - `plan-gauge-words.<tag>.<hash>.txt`, the words of each language but simplified Chinese
//!   (`zh-Hant`, `en`; core's `i18n::words`): the modules carry simplified Chinese only and fetch
//!   another language's words, with `integrity`, the first time an element is in it.
//! - `.gz` and `.br` copies of each (gzip -9, brotli q11) for servers that send them as they are
//!   (nginx `gzip_static`, `plan-gauge serve`): many servers do not compress `application/wasm`.
//! - `snippet.html` (element + script tag to copy), `csp.txt` (the CSP line to add),
//!   `README.md` for webmasters (zh + en) and `nginx.conf` (a tested `location` block).
//!
//! The command prints each file's size and integrity, and the loader's SRI hash for the
//! `<script integrity="…">` attribute.

use crate::args::BuildArgs;
use base64::Engine as _;
use plan_gauge_core::Lang;
use plan_gauge_ui::ViewName;
use sha2::{Digest, Sha384};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The loader's file name.
pub const LOADER: &str = "plan-gauge.js";
/// The copy-paste snippet, the CSP line and the webmasters' README in the output folder.
pub const SNIPPET: &str = "snippet.html";
pub const CSP: &str = "csp.txt";
pub const README: &str = "README.md";
/// What the embed-code generator reads to pin the loader in its snippet: `{"loader", "integrity"}`.
pub const MANIFEST: &str = "plan-gauge.json";
/// A `location` block for nginx that sends the precompressed copies, with cache lifetimes.
pub const NGINX: &str = "nginx.conf";
/// Its text, included as is by the end-to-end test (tests/e2e/nginx.test.mjs).
pub const NGINX_TEXT: &str = include_str!("build_nginx.conf");

/// An element with its fallback and the script tag, pinned to this loader by `integrity`.
pub fn snippet(loader_sri: &str) -> String {
    format!(
        r#"<!-- plan-gauge: put the element where the gauge goes. Its content is what readers see until the
     gauge appears, and whenever it cannot (no JavaScript, old browser, blocked by CSP, bad data):
     paste the output of `plan-gauge render --indicator ID data/plan.json` there.
     放置元素的位置即显示进度的位置；元素内容是静态替代内容（用 `plan-gauge render` 生成）。 -->
<plan-gauge src="/plan-gauge/data/plan.json" indicator="INDICATOR-ID" view="card" lang="zh-CN">
  <p>（替代内容 / fallback: the sentence from plan-gauge render）</p>
</plan-gauge>

<!-- Once per page, however many elements (each page needs it only once). `async`: the page
     never waits for it, however slow the server.
     每个页面只需引入一次；async 让网页不必等待脚本加载。 -->
<script src="/plan-gauge/{LOADER}" integrity="{loader_sri}" async></script>
"#
    )
}

/// The Content-Security-Policy the embed needs, tested in Chromium (tests/e2e/embed*.test.mjs).
pub const CSP_TEXT: &str = "\
script-src 'self' 'wasm-unsafe-eval'
# Add 'wasm-unsafe-eval' to the script-src of the page's Content-Security-Policy (header or
# <meta http-equiv>). Nothing else is needed: the widget fetches only from the page's origin and
# styles itself with constructed stylesheets, which style-src 'self' allows. A strict policy that
# works as is:
# default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'
# 在页面内容安全策略（CSP）的 script-src 中加入 'wasm-unsafe-eval' 即可，无需其他改动。
";

/// The webmasters' README, in Chinese and English.
pub const README_TEXT: &str = include_str!("build_readme.md");

pub fn run(args: BuildArgs) -> Result<ExitCode, String> {
    let out = args.out;
    let pkg = args.pkg.unwrap_or_else(|| default_pkg_dir(""));
    let full_pkg = args.full_pkg.unwrap_or_else(|| default_pkg_dir("-full"));
    let first = read_pkg(&pkg)?;
    let second = read_pkg(&full_pkg)?;

    let esbuild = args.esbuild;
    let minify = |js: String| match &esbuild {
        Some(path) => minify_with(path, js),
        None => Ok(js),
    };
    let bundle = bundle(&first, &second, &minify)?;
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let names: Vec<&str> = bundle.files.iter().map(|f| f.name.as_str()).collect();
    remove_stale_parts(&out, &names)?;
    let write = |name: &str, bytes: &[u8]| {
        let path = out.join(name);
        fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    let mut report = Vec::new();
    let mut total = (0, 0, 0);
    for Part {
        name,
        bytes,
        integrity,
    } in &bundle.files
    {
        write(name, bytes)?;
        let gz = gzip(bytes)?;
        let br = brotli(bytes)?;
        write(&format!("{name}.gz"), &gz)?;
        write(&format!("{name}.br"), &br)?;
        report.push(format!(
            "plan-gauge: {name}: {} bytes, {} gzip ({name}.gz), {} brotli ({name}.br), integrity {}",
            bytes.len(),
            gz.len(),
            br.len(),
            integrity
        ));
        total = (
            total.0 + bytes.len(),
            total.1 + gz.len(),
            total.2 + br.len(),
        );
    }
    let loader_sri = &bundle.files[0].integrity;
    write(SNIPPET, snippet(loader_sri).as_bytes())?;
    let manifest = serde_json::json!({ "loader": LOADER, "integrity": loader_sri });
    write(MANIFEST, format!("{manifest}\n").as_bytes())?;
    write(CSP, CSP_TEXT.as_bytes())?;
    write(README, README_TEXT.as_bytes())?;
    write(NGINX, NGINX_TEXT.as_bytes())?;
    report.push(format!(
        "plan-gauge: every part together: {} bytes, {} gzip, {} brotli (a page of cards, radial \
         gauges and bars in simplified Chinese loads {LOADER} and {} only)",
        total.0, total.1, total.2, bundle.files[1].name
    ));
    report.push(format!(
        "plan-gauge: wrote {SNIPPET} (copy-paste), {CSP} (the CSP to add), {README} (for webmasters), \
         {NGINX} (for nginx) and {MANIFEST} (the loader's integrity, for the embed-code generator) in {}",
        out.display()
    ));
    report.push(format!(
        "plan-gauge: loader integrity {loader_sri} (for <script integrity=\"…\">)"
    ));
    crate::out::line(&report.join("\n"))?;
    Ok(ExitCode::SUCCESS)
}

/// `$CARGO_TARGET_DIR/plan-gauge-pkg{suffix}`, or `target/plan-gauge-pkg{suffix}`.
fn default_pkg_dir(suffix: &str) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"))
        .join(format!("plan-gauge-pkg{suffix}"))
}

/// One wasm-pack output: its glue and its module.
pub struct Pkg {
    pub glue: String,
    pub wasm: Vec<u8>,
}

fn read_pkg(pkg: &Path) -> Result<Pkg, String> {
    let (glue_path, wasm_path) = find_pkg_files(pkg)?;
    Ok(Pkg {
        glue: fs::read_to_string(&glue_path)
            .map_err(|e| format!("cannot read {}: {e}", glue_path.display()))?,
        wasm: fs::read(&wasm_path)
            .map_err(|e| format!("cannot read {}: {e}", wasm_path.display()))?,
    })
}

/// The glue `NAME.js` and the module `NAME_bg.wasm` in a wasm-pack output folder.
fn find_pkg_files(pkg: &Path) -> Result<(PathBuf, PathBuf), String> {
    let hint = "build it with `wasm-pack build crates/embed --release --target no-modules` \
                (the second part with `--features full`), or run `cargo xtask demo`";
    let entries =
        fs::read_dir(pkg).map_err(|e| format!("cannot read {}: {e}; {hint}", pkg.display()))?;
    let mut wasm = None;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some(stem) = name.strip_suffix("_bg.wasm") {
            if wasm.is_some() {
                return Err(format!("{} holds more than one *_bg.wasm", pkg.display()));
            }
            wasm = Some(stem.to_string());
        }
    }
    let stem = wasm.ok_or_else(|| format!("no *_bg.wasm in {}; {hint}", pkg.display()))?;
    let glue = pkg.join(format!("{stem}.js"));
    if !glue.is_file() {
        return Err(format!("{} is missing; {hint}", glue.display()));
    }
    Ok((glue, pkg.join(format!("{stem}_bg.wasm"))))
}

/// Deletes earlier content-hashed parts (`plan-gauge.*.wasm`, `plan-gauge-full.*`, with their
/// `.gz` and `.br`) from `out`, keeping the ones named in `keep`.
fn remove_stale_parts(out: &Path, keep: &[&str]) -> Result<(), String> {
    let entries = fs::read_dir(out).map_err(|e| format!("cannot read {}: {e}", out.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let base = name
            .strip_suffix(".gz")
            .or_else(|| name.strip_suffix(".br"))
            .unwrap_or(&name);
        let hashed = (base.starts_with("plan-gauge.") && base.ends_with(".wasm"))
            || base.starts_with("plan-gauge-full.")
            || base.starts_with(WORDS_PREFIX);
        if hashed && !keep.contains(&base) {
            fs::remove_file(entry.path())
                .map_err(|e| format!("cannot remove {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// The words files' names start with this, then the language's tag in lower case.
const WORDS_PREFIX: &str = "plan-gauge-words.";

/// The deployable files: the loader first, then each content-hashed part.
#[derive(Debug)]
pub struct Bundle {
    pub files: Vec<Part>,
}

/// One deployable file with its Subresource Integrity value.
#[derive(Debug)]
pub struct Part {
    pub name: String,
    pub bytes: Vec<u8>,
    pub integrity: String,
}

impl Part {
    /// `prefix.<hash>.ext`, a name that changes whenever the content does, and the integrity
    /// value, both from one digest.
    fn hashed(prefix: &str, ext: &str, bytes: Vec<u8>) -> Part {
        let digest = Sha384::digest(&bytes);
        let short: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        Part {
            name: format!("{prefix}.{short}.{ext}"),
            integrity: sri_of(&digest),
            bytes,
        }
    }
}

#[cfg(test)]
impl Bundle {
    /// The loader's text.
    pub fn loader(&self) -> &str {
        std::str::from_utf8(&self.files[0].bytes).unwrap_or_default()
    }
}

/// The second part's script: its glue inside one function, handed to the loader through an
/// event on its own `<script>` element, so that it declares no global either.
const FULL_TEMPLATE: &str = "/*! plan-gauge __VERSION__: trend charts, dashboards and CSV \
observations, loaded by plan-gauge.js when an element needs them. */\n(function () {\n\"use strict\";\n\
/*GLUE*/\nvar s = document.currentScript;\n\
if (s) s.dispatchEvent(new CustomEvent(\"plan-gauge-part\", { detail: __INIT__ }));\n})();\n";

/// Minifies `js` with the esbuild executable `esbuild` (standard input to standard output); its
/// messages are the error.
fn minify_with(esbuild: &Path, js: String) -> Result<String, String> {
    use std::io::Write as _;
    use std::process::{Command, Stdio};
    let what = esbuild.display();
    let mut child = Command::new(esbuild)
        .args(["--minify", "--legal-comments=inline", "--log-level=warning"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run {what} (--esbuild): {e}"))?;
    // A minifier that exits before reading all of its input closes the pipe; its exit status
    // and its own words say more than the broken pipe does, so the write error comes last.
    let written = match child.stdin.take() {
        Some(mut stdin) => stdin.write_all(js.as_bytes()),
        None => Ok(()),
    };
    let out = child
        .wait_with_output()
        .map_err(|e| format!("{what} did not finish: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{what} could not minify the loader: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    written.map_err(|e| format!("cannot write to {what}: {e}"))?;
    String::from_utf8(out.stdout).map_err(|_| format!("{what} wrote text that is not UTF-8"))
}

/// Wraps each glue (into the loader, and into the second part's script), passes each script
/// through `minify`, and names each part by its content.
pub fn bundle(
    first: &Pkg,
    second: &Pkg,
    minify: &dyn Fn(String) -> Result<String, String>,
) -> Result<Bundle, String> {
    let not_glue = "the glue does not look like wasm-bindgen `--target no-modules` output \
         (no `let wasm_bindgen` declaration); rebuild with `--target no-modules`";
    let init = glue_init_name(&first.glue).ok_or(not_glue)?;
    let full_init = glue_init_name(&second.glue).ok_or(not_glue)?;
    // Short names for what each module and its glue call each other (about 2.6 KB gzip of the
    // first load).
    let shorten = |pkg: &Pkg, what: &str| {
        crate::wasm_names::shorten(&pkg.wasm, &pkg.glue)
            .map_err(|e| format!("cannot shorten the names of the {what}: {e}"))
    };
    let (first_wasm, first_glue) = shorten(first, "first module")?;
    let (second_wasm, second_glue) = shorten(second, "second part")?;
    let wasm = Part::hashed("plan-gauge", "wasm", first_wasm);
    let full_wasm = Part::hashed("plan-gauge-full", "wasm", second_wasm);
    let full_js = FULL_TEMPLATE
        .replace("/*GLUE*/", second_glue.trim_end())
        .replace("__INIT__", full_init)
        .replace("__VERSION__", env!("CARGO_PKG_VERSION"));
    let full_js = Part::hashed("plan-gauge-full", "js", minify(full_js)?.into_bytes());
    // The modules carry simplified Chinese; every other language's words are a file of their own.
    let words: Vec<(Lang, Part)> = (Lang::ALL.into_iter())
        .filter(|lang| *lang != Lang::ZhHans)
        .map(|lang| {
            let prefix = format!("{WORDS_PREFIX}{}", lang.tag().to_ascii_lowercase());
            (
                lang,
                Part::hashed(&prefix, "txt", lang.pack_words().into_bytes()),
            )
        })
        .collect();
    let words_map: Vec<String> = (words.iter())
        .map(|(lang, part)| {
            format!(
                "\"{}\": [\"{}\", \"{}\"]",
                lang.tag(),
                part.name,
                part.integrity
            )
        })
        .collect();
    let full_views: Vec<&str> = ViewName::ALL
        .into_iter()
        .filter(|v| v.needs_full())
        .map(ViewName::as_str)
        .collect();
    let loader = compact(LOADER_TEMPLATE)
        .replace("/*GLUE*/", first_glue.trim_end())
        .replace("__INIT__", init)
        .replace("__RESERVE__", &plan_gauge_ui::host_css("min-block-size"))
        .replace("__WASM__", &wasm.name)
        .replace("__INTEGRITY__", &wasm.integrity)
        .replace("__FULL_JS__", &full_js.name)
        .replace("__FULL_JS_INTEGRITY__", &full_js.integrity)
        .replace("__FULL_WASM__", &full_wasm.name)
        .replace("__FULL_WASM_INTEGRITY__", &full_wasm.integrity)
        .replace("__FULL_VIEWS__", &js_strings(&full_views))
        .replace("__NEEDS_FULL__", plan_gauge_ui::NEEDS_FULL)
        .replace("__NEEDS_WORDS__", plan_gauge_ui::NEEDS_WORDS)
        .replace("__WORDS__", &format!("{{{}}}", words_map.join(", ")))
        .replace("__VERSION__", env!("CARGO_PKG_VERSION"))
        .replace("__OPTIONS__", &js_strings(&plan_gauge_ui::ELEMENT_OPTIONS));
    let loader = minify(loader)?;
    let loader = Part {
        name: LOADER.to_string(),
        integrity: sri(loader.as_bytes()),
        bytes: loader.into_bytes(),
    };
    let mut files = vec![loader, wasm, full_js, full_wasm];
    files.extend(words.into_iter().map(|(_, part)| part));
    Ok(Bundle { files })
}

/// `["a", "b"]`: names as a JavaScript array.
fn js_strings(names: &[&str]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
    format!("[{}]", quoted.join(", "))
}

/// The name the no-modules glue gives its init function: `let NAME = …` / `let NAME;`.
fn glue_init_name(glue: &str) -> Option<&str> {
    glue.lines().find_map(|line| {
        let rest = line.strip_prefix("let ")?;
        let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))?;
        let name = rest.get(..end)?;
        let next = rest.get(end..)?.trim_start();
        (!name.is_empty() && (next.starts_with('=') || next.starts_with(';'))).then_some(name)
    })
}

/// `bytes` compressed with gzip at level 9.
pub fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    use std::io::Write as _;
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes)
        .and_then(|()| enc.finish())
        .map_err(|e| format!("cannot gzip: {e}"))
}

/// `bytes` compressed with brotli at quality 11 (window 22, text mode off).
pub fn brotli(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)
        .map_err(|e| format!("cannot compress with brotli: {e}"))?;
    Ok(out)
}

/// `sha384-<base64>`, the Subresource Integrity value of `bytes`.
pub fn sri(bytes: &[u8]) -> String {
    sri_of(&Sha384::digest(bytes))
}

/// `sha384-<base64>` of a digest already made.
fn sri_of(digest: &[u8]) -> String {
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The loader (`loader.js`, with placeholders the build fills in). Everything, the glue included,
/// lives inside one function; the only global it sets is `PlanGauge`. A second copy of the script
/// sees its mark and stops.
///
/// What it does, in order: checks the browser has what the widget needs; gives each host an open
/// shadow root holding a `<slot>` (so the light-DOM fallback stays visible) and a constructed
/// sheet that reserves the widget's box; waits until the host is within 400 px of the viewport
/// (or `eager`); starts the module that draws the element's view once (the first, or the second
/// part for trend charts and dashboards, fetched with `integrity`); reads the data (one fetch per
/// URL, 8 s time-out, or inline `<script type="application/json" id>` for `src="#id"`); has the
/// module read each data key once (`load`) and draw each element (`render`) in time slices. A
/// string thrown back is a reason (warned, fallback stays); anything else is a trap: the module
/// starts again and what trapped keeps its fallback. Attribute changes unmount and render again.
const LOADER_TEMPLATE: &str = include_str!("loader.js");

/// The loader's text as browsers get it: without its comments and indentation (about 1.5 KB less
/// gzip), keeping the `/*!` banner and the `/*GLUE*/` placeholder. Lines stay lines, so the
/// script means what the commented source means; the glue put inside is minified by the build
/// that made it. Knows the loader's own comment habits: whole-line `//` and `/* … */` comments,
/// and `/* … */` inside a line (none appears in a string of the loader).
fn compact(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut in_comment = false;
    for line in js.lines() {
        let mut rest = line.trim();
        if in_comment {
            match rest.split_once("*/") {
                Some((_, after)) => {
                    in_comment = false;
                    rest = after.trim();
                }
                None => continue,
            }
        }
        if rest.starts_with("//") {
            continue;
        }
        let mut kept = String::new();
        while let Some(start) = rest.find("/*") {
            let comment = &rest[start..];
            if comment.starts_with("/*!") || comment.starts_with("/*GLUE*/") {
                kept.push_str(rest);
                rest = "";
                break;
            }
            kept.push_str(rest[..start].trim_end());
            match comment.split_once("*/") {
                Some((_, after)) => rest = after,
                None => {
                    in_comment = true;
                    rest = "";
                }
            }
        }
        kept.push_str(rest);
        let kept = kept.trim();
        if !kept.is_empty() {
            out.push_str(kept);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_loader_loses_its_comments_and_keeps_its_code() {
        let small = compact(LOADER_TEMPLATE);
        assert!(
            small.len() * 4 < LOADER_TEMPLATE.len() * 3,
            "{}",
            small.len()
        );
        assert!(small.starts_with("/*! plan-gauge __VERSION__"));
        assert!(small.contains("\n/*GLUE*/\n"));
        for line in small.lines().skip(1) {
            assert!(!line.starts_with("//") && !line.starts_with(' '), "{line}");
            assert!(!line.contains("/* ") && !line.contains("/**"), "{line}");
        }
        // The code is what it was: the same words, in the same order.
        let words = |text: &str| -> Vec<String> {
            let mut code = String::new();
            for line in text.lines() {
                let t = line.trim();
                if t.starts_with("//") || t.starts_with('*') || t.starts_with("/**") {
                    continue;
                }
                code.push_str(t);
                code.push(' ');
            }
            // Inline comments are words of prose, not of code: drop them on both sides.
            let mut plain = String::new();
            let mut rest = code.as_str();
            while let Some(i) = rest.find("/* ") {
                plain.push_str(&rest[..i]);
                rest = rest[i..].split_once("*/").map_or("", |(_, a)| a);
            }
            plain.push_str(rest);
            plain.split_whitespace().map(str::to_string).collect()
        };
        assert_eq!(words(&small), words(LOADER_TEMPLATE));
        // A comment that opens on one line and closes on another, and code after it.
        assert_eq!(
            compact("a;\n/* x\n y */ b;\nc; /* z */ d;\n"),
            "a;\nb;\nc; d;\n"
        );
    }

    /// The shape of wasm-bindgen 0.2.130 `--target no-modules` output, reduced.
    const GLUE: &str = "let wasm_bindgen = (function(exports) {\n  let script_src;\n  \
                        return Object.assign(__wbg_init, { initSync }, exports);\n})({ __proto__: null });\n";

    /// A package whose module holds `tag` (so that packages can differ), with no imports.
    fn pkg(tag: &str) -> Pkg {
        Pkg {
            glue: GLUE.to_string(),
            wasm: crate::wasm_names::tests::module(tag, &[], &[]),
        }
    }

    #[test]
    fn names_each_part_by_content_and_pins_it() {
        let a = bundle(&pkg("one"), &pkg("full"), &Ok).unwrap();
        let b = bundle(&pkg("two"), &pkg("full"), &Ok).unwrap();
        let names =
            |x: &Bundle| -> Vec<String> { x.files.iter().map(|f| f.name.clone()).collect() };
        let (na, nb) = (names(&a), names(&b));
        assert_eq!(na[0], LOADER);
        assert_ne!(na[1], nb[1], "the first module changed");
        assert_eq!(na[3], nb[3], "the second did not");
        assert!(na[1].starts_with("plan-gauge.") && na[1].ends_with(".wasm"));
        assert_eq!(na[1].len(), "plan-gauge..wasm".len() + 16);
        assert!(na[2].starts_with("plan-gauge-full.") && na[2].ends_with(".js"));
        assert!(na[3].starts_with("plan-gauge-full.") && na[3].ends_with(".wasm"));
        let loader = a.loader();
        for Part { name, bytes, .. } in &a.files[1..] {
            assert!(loader.contains(&format!("\"{name}\"")), "{name}");
            assert!(
                loader.contains(&format!("\"{}\"", sri(bytes))),
                "{name} integrity"
            );
        }
        assert!(loader.contains("return wasm_bindgen;"));
        assert!(loader.contains("let wasm_bindgen = (function(exports)"));
        assert!(loader.contains(&format!(
            "var NEEDS_FULL = \"{}\";",
            plan_gauge_ui::NEEDS_FULL
        )));
        assert!(loader.contains(r#"var FULL_VIEWS = ["trend", "dashboard"];"#));
        // Each language but simplified Chinese has its words file, named for the loader by tag.
        let words: Vec<&Part> = a.files[4..].iter().collect();
        assert_eq!(words.len(), 2);
        for (part, lang) in words.iter().zip([Lang::ZhHant, Lang::En]) {
            let tag = lang.tag();
            assert!(part
                .name
                .starts_with(&format!("plan-gauge-words.{}.", tag.to_ascii_lowercase())));
            assert!(part.name.ends_with(".txt"));
            assert_eq!(part.bytes, lang.pack_words().into_bytes());
            assert!(loader.contains(&format!(
                "\"{tag}\": [\"{}\", \"{}\"]",
                part.name, part.integrity
            )));
        }
        assert!(loader.contains(&format!(
            "var NEEDS_WORDS = \"{}\";",
            plan_gauge_ui::NEEDS_WORDS
        )));
        let full = std::str::from_utf8(&a.files[2].bytes).unwrap();
        assert!(full.contains("let wasm_bindgen = (function(exports)"));
        assert!(full.contains("detail: wasm_bindgen"));
        for placeholder in [
            "/*GLUE*/",
            "__INIT__",
            "__WASM__",
            "__INTEGRITY__",
            "__FULL_",
            "__NEEDS_FULL__",
            "__NEEDS_WORDS__",
            "__WORDS__",
            "__VERSION__",
            "__RESERVE__",
            "__OPTIONS__",
        ] {
            assert!(!loader.contains(placeholder), "{placeholder}");
            assert!(!full.contains(placeholder), "{placeholder}");
        }
    }

    #[test]
    fn the_modules_and_their_glue_call_each_other_by_short_names() {
        use crate::wasm_names::tests::module;
        let glue = GLUE.replace(
            "let script_src;",
            "let script_src; function imports() { return { \"./m_bg.js\": { \
             __wbg_now_0123456789abcdef: function() { return Date.now(); } } }; }",
        );
        let with_import = |tag: &str| Pkg {
            glue: glue.clone(),
            wasm: module(tag, &[("./m_bg.js", "__wbg_now_0123456789abcdef")], &[]),
        };
        let built = bundle(&with_import("one"), &with_import("full"), &Ok).unwrap();
        assert_eq!(built.files[1].bytes, module("one", &[("a", "b")], &[]));
        assert_eq!(built.files[3].bytes, module("full", &[("a", "b")], &[]));
        for script in [built.loader().as_bytes(), &built.files[2].bytes] {
            let script = std::str::from_utf8(script).unwrap();
            assert!(
                script.contains("return { \"a\": { b: function() {"),
                "{script}"
            );
            assert!(!script.contains("__wbg_now"));
        }
        // A module whose glue does not name its imports cannot be shipped.
        let broken = Pkg {
            glue: GLUE.to_string(),
            wasm: module("one", &[("./m_bg.js", "__wbg_now_0123456789abcdef")], &[]),
        };
        let e = bundle(&broken, &pkg("full"), &Ok).unwrap_err();
        assert!(e.contains("first module") && e.contains("./m_bg.js"), "{e}");
        let not_wasm = Pkg {
            glue: GLUE.to_string(),
            wasm: b"not wasm".to_vec(),
        };
        let e = bundle(&pkg("one"), &not_wasm, &Ok).unwrap_err();
        assert!(e.contains("second part") && e.contains("header"), "{e}");
    }

    #[test]
    fn writes_the_folder_with_precompressed_copies_and_drops_stale_parts() {
        use std::io::Read as _;
        let base = std::env::temp_dir().join(format!("pg-build-{}", std::process::id()));
        let (first, second, out) = (base.join("pkg"), base.join("full"), base.join("out"));
        let tag: String = (0..4000u32)
            .map(|i| char::from(b'a' + (i % 7) as u8))
            .collect();
        let wasm = crate::wasm_names::tests::module(&tag, &[], &[]);
        let full_wasm = crate::wasm_names::tests::module(&tag.to_uppercase(), &[], &[]);
        for (dir, name, bytes) in [
            (&first, "plan_gauge_embed", &wasm),
            (&second, "plan_gauge_full", &full_wasm),
        ] {
            fs::create_dir_all(dir).unwrap();
            fs::write(dir.join(format!("{name}.js")), GLUE).unwrap();
            fs::write(dir.join(format!("{name}_bg.wasm")), bytes).unwrap();
        }
        fs::create_dir_all(&out).unwrap();
        for stale in [
            "plan-gauge.0000000000000000.wasm",
            "plan-gauge.0000000000000000.wasm.gz",
            "plan-gauge-full.0000000000000000.js.br",
            "plan-gauge-words.en.0000000000000000.txt",
        ] {
            fs::write(out.join(stale), b"old").unwrap();
        }
        let args: Vec<String> = [
            "--out",
            out.to_str().unwrap(),
            "--pkg",
            first.to_str().unwrap(),
            "--full-pkg",
            second.to_str().unwrap(),
        ]
        .map(String::from)
        .to_vec();
        let Ok(crate::args::Command::Build(args)) = crate::args::parse("build", &args) else {
            panic!("build arguments")
        };
        run(args).unwrap();

        let of = |wasm: &Vec<u8>| Pkg {
            glue: GLUE.to_string(),
            wasm: wasm.clone(),
        };
        let bundle = bundle(&of(&wasm), &of(&full_wasm), &Ok).unwrap();
        let mut want = vec![
            SNIPPET.to_string(),
            CSP.to_string(),
            README.to_string(),
            NGINX.to_string(),
            MANIFEST.to_string(),
        ];
        let manifest: serde_json::Value =
            serde_json::from_str(&fs::read_to_string(out.join(MANIFEST)).unwrap()).unwrap();
        assert_eq!(manifest["loader"], LOADER);
        assert_eq!(manifest["integrity"], sri(bundle.loader().as_bytes()));
        for Part {
            name: file, bytes, ..
        } in &bundle.files
        {
            let written = fs::read(out.join(file)).unwrap();
            assert_eq!(&written, bytes, "{file}");
            let gz = fs::read(out.join(format!("{file}.gz"))).unwrap();
            let mut got = Vec::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_end(&mut got)
                .unwrap();
            assert_eq!(&got, bytes, "{file}.gz decodes to {file}");
            let br = fs::read(out.join(format!("{file}.br"))).unwrap();
            let mut got = Vec::new();
            brotli::BrotliDecompress(&mut &br[..], &mut got).unwrap();
            assert_eq!(&got, bytes, "{file}.br decodes to {file}");
            assert!(
                br.len() < bytes.len() && gz.len() < bytes.len(),
                "{file} compresses"
            );
            want.extend([file.clone(), format!("{file}.gz"), format!("{file}.br")]);
        }
        let mut names: Vec<String> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        want.sort();
        assert_eq!(names, want, "the stale parts are gone");
        fs::remove_dir_all(base).unwrap();
    }

    #[test]
    fn the_webmaster_guide_shows_the_nginx_block_that_build_writes() {
        let guide = include_str!("../../../www/guide/index.html");
        let escaped = NGINX_TEXT
            .trim_end()
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
        assert!(
            guide.contains(&format!("<code>{escaped}</code>")),
            "www/guide/index.html must quote crates/cli/src/build_nginx.conf exactly"
        );
    }

    #[test]
    fn finds_the_init_name() {
        assert_eq!(glue_init_name(GLUE), Some("wasm_bindgen"));
        assert_eq!(
            glue_init_name("let planGauge;\n(function() {})();"),
            Some("planGauge")
        );
        // esbuild --minify output, as `cargo xtask` ships it.
        assert_eq!(
            glue_init_name("let wasm_bindgen=(function(y){let v;return y})({});"),
            Some("wasm_bindgen")
        );
        assert_eq!(glue_init_name("export default function init() {}"), None);
        let esm = Pkg {
            glue: "export default function init() {}".into(),
            wasm: Vec::new(),
        };
        assert!(bundle(&esm, &pkg(""), &Ok).is_err());
        assert!(bundle(&pkg(""), &esm, &Ok).is_err());
    }

    #[test]
    fn the_snippet_pins_the_loader_and_the_csp_names_wasm_unsafe_eval() {
        let s = snippet("sha384-abc");
        assert!(
            s.contains(r#"<script src="/plan-gauge/plan-gauge.js" integrity="sha384-abc" async>"#)
        );
        assert_eq!(s.matches("<script").count(), 1, "no inline script: {s}");
        assert!(s.contains("<plan-gauge src="));
        assert_eq!(
            CSP_TEXT.lines().next(),
            Some("script-src 'self' 'wasm-unsafe-eval'")
        );
        assert!(README_TEXT.contains("## 中文") && README_TEXT.contains("## English"));
    }

    #[test]
    fn sri_matches_a_known_digest() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            sri(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }

    /// The loader watches the options the embed reads, and reserves room for every view but the
    /// card (the default) by the names plan-gauge-ui gives them.
    #[test]
    fn the_loader_knows_the_element_options_and_the_views() {
        let bundle = bundle(&pkg(""), &pkg(""), &Ok).unwrap();
        let loader = bundle.loader();
        assert!(loader.contains(
            "var OPTIONS = [\"src\", \"indicator\", \"view\", \"lang\", \"observations\", \"theme\"];"
        ));
        let reserve = plan_gauge_ui::host_css("min-block-size");
        assert!(loader.contains(&format!("var RESERVE = \"{reserve}\";")));
        for view in plan_gauge_ui::ViewName::ALL {
            let rule = format!(":host([view={view}]),:host([data-view={view}])");
            assert_eq!(
                reserve.contains(&rule),
                view != plan_gauge_ui::ViewName::Card,
                "{view}"
            );
        }
        assert!(
            !reserve.contains("!important"),
            "the host page stays in charge of the box"
        );
    }

    #[test]
    fn a_minifier_that_fails_or_is_missing_is_an_error_that_names_it() {
        let e = minify_with(Path::new("false"), "var a = 1;".into()).unwrap_err();
        assert!(e.starts_with("false could not minify the loader"), "{e}");
        // More than a pipe holds: `false` exits without reading it, so the write always breaks
        // the pipe, and the error still says that the minifier failed.
        let e = minify_with(Path::new("false"), "var a = 1;\n".repeat(100_000)).unwrap_err();
        assert!(e.starts_with("false could not minify the loader"), "{e}");
        let e = minify_with(Path::new("/nonexistent/esbuild"), "var a = 1;".into()).unwrap_err();
        assert!(
            e.starts_with("cannot run /nonexistent/esbuild (--esbuild)"),
            "{e}"
        );
    }

    /// The loader is valid JavaScript once the build fills it in (when `node` is installed).
    #[test]
    fn the_loader_parses_as_javascript() {
        let bundle = bundle(&pkg(""), &pkg(""), &Ok).unwrap();
        for Part {
            name, bytes: text, ..
        } in [&bundle.files[0], &bundle.files[2]]
        {
            let path = std::env::temp_dir().join(format!("pg-{}-{name}", std::process::id()));
            fs::write(&path, text).unwrap();
            match std::process::Command::new("node")
                .arg("--check")
                .arg(&path)
                .output()
            {
                Ok(out) => assert!(
                    out.status.success(),
                    "node --check: {}",
                    String::from_utf8_lossy(&out.stderr)
                ),
                Err(e) => {
                    eprintln!("node is not installed ({e}); the loader's syntax is not checked")
                }
            }
            let _ = fs::remove_file(path);
        }
    }
}
