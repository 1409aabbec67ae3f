//! `plan-gauge build --out DIR [--pkg DIR]`: writes the deployable embed folder.
//!
//! Input: the output of `wasm-pack build crates/embed --release --target no-modules` (`--pkg`,
//! default `target/plan-gauge-pkg`): the wasm-bindgen glue `*.js` and the module `*_bg.wasm`.
//! Output, in `--out`:
//! - `plan-gauge.js`, the loader: the glue wrapped in one function so that it declares no global,
//!   plus the code that defines `<plan-gauge>`, scans `[data-plan-gauge]` and sets the one
//!   namespace global `PlanGauge`. Including it twice does nothing the second time.
//! - `plan-gauge.<hash>.wasm`, content-hashed, which the loader fetches with `integrity`.
//!
//! The command prints the loader's SRI hash for the `<script integrity="…">` attribute.

use crate::args::Args;
use base64::Engine as _;
use sha2::{Digest, Sha384};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The loader's file name.
pub const LOADER: &str = "plan-gauge.js";

pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let args = Args::parse(args, &[])?;
    args.only(&["out", "pkg"])?;
    if let Some(extra) = args.positional.first() {
        return Err(format!(
            "build takes no positional argument (got `{extra}`)"
        ));
    }
    let out = PathBuf::from(args.value("out").ok_or("build needs --out DIR")?);
    let pkg = match args.value("pkg") {
        Some(p) => PathBuf::from(p),
        None => default_pkg_dir(),
    };
    let (glue_path, wasm_path) = find_pkg_files(&pkg)?;
    let glue = fs::read_to_string(&glue_path)
        .map_err(|e| format!("cannot read {}: {e}", glue_path.display()))?;
    let wasm =
        fs::read(&wasm_path).map_err(|e| format!("cannot read {}: {e}", wasm_path.display()))?;

    let bundle = bundle(&glue, &wasm)?;
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    remove_stale_wasm(&out, &bundle.wasm_name)?;
    let write = |name: &str, bytes: &[u8]| {
        let path = out.join(name);
        fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    write(&bundle.wasm_name, &wasm)?;
    write(LOADER, bundle.loader.as_bytes())?;

    println!(
        "plan-gauge: wrote {} ({} bytes) and {} ({} bytes)",
        out.join(LOADER).display(),
        bundle.loader.len(),
        out.join(&bundle.wasm_name).display(),
        wasm.len()
    );
    println!(
        "plan-gauge: {} is fetched with integrity {}",
        bundle.wasm_name, bundle.wasm_integrity
    );
    println!(
        "plan-gauge: loader integrity {} (for <script integrity=\"…\">)",
        sri(bundle.loader.as_bytes())
    );
    Ok(ExitCode::SUCCESS)
}

/// `$CARGO_TARGET_DIR/plan-gauge-pkg`, or `target/plan-gauge-pkg`.
fn default_pkg_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("target"))
        .join("plan-gauge-pkg")
}

/// The glue `NAME.js` and the module `NAME_bg.wasm` in a wasm-pack output folder.
fn find_pkg_files(pkg: &Path) -> Result<(PathBuf, PathBuf), String> {
    let hint = "build it with `wasm-pack build crates/embed --release --target no-modules` \
                (or run `cargo xtask demo`)";
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

/// Deletes earlier `plan-gauge.*.wasm` files from `out`, keeping `keep`.
fn remove_stale_wasm(out: &Path, keep: &str) -> Result<(), String> {
    let entries = fs::read_dir(out).map_err(|e| format!("cannot read {}: {e}", out.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name != keep && name.starts_with("plan-gauge.") && name.ends_with(".wasm") {
            fs::remove_file(entry.path())
                .map_err(|e| format!("cannot remove {}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// The deployable files made from the glue and the module.
#[derive(Debug)]
pub struct Bundle {
    pub loader: String,
    pub wasm_name: String,
    pub wasm_integrity: String,
}

/// Wraps the glue into the loader and names the module by its content.
pub fn bundle(glue: &str, wasm: &[u8]) -> Result<Bundle, String> {
    let init = glue_init_name(glue).ok_or(
        "the glue does not look like wasm-bindgen `--target no-modules` output \
         (no `let wasm_bindgen` declaration); rebuild with `--target no-modules`",
    )?;
    let digest = Sha384::digest(wasm);
    let short: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    let wasm_name = format!("plan-gauge.{short}.wasm");
    let wasm_integrity = sri(wasm);
    let loader = LOADER_TEMPLATE
        .replace("/*GLUE*/", glue.trim_end())
        .replace("__INIT__", init)
        .replace("__WASM__", &wasm_name)
        .replace("__INTEGRITY__", &wasm_integrity)
        .replace("__VERSION__", env!("CARGO_PKG_VERSION"));
    Ok(Bundle {
        loader,
        wasm_name,
        wasm_integrity,
    })
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

/// `sha384-<base64>`, the Subresource Integrity value of `bytes`.
pub fn sri(bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The loader. Everything, the glue included, lives inside one function; the only global it sets
/// is `PlanGauge`. A second copy of the script sees `PlanGauge` and stops.
const LOADER_TEMPLATE: &str = r#"/*! plan-gauge __VERSION__ — progress of government plans. <plan-gauge> elements and [data-plan-gauge] hosts. */
(function () {
"use strict";
if (window.PlanGauge) return;
var currentScript = document.currentScript;
var api = { version: "__VERSION__" };
window.PlanGauge = api;

/*GLUE*/

var init = __INIT__;
function warn(msg) { console.warn("plan-gauge: " + msg); }
function mount(el) {
  try { init.mount_element(el); } catch (e) { warn("could not mount an element: " + e); }
}
var base = (currentScript && currentScript.src) || document.baseURI;
var wasmUrl = new URL("__WASM__", base).href;
var started = init({ module_or_path: fetch(wasmUrl, { integrity: "__INTEGRITY__", credentials: "same-origin" }) })
  .then(function () {
    if (!customElements.get("plan-gauge")) {
      customElements.define("plan-gauge", class extends HTMLElement {
        connectedCallback() { mount(this); }
      });
    }
    return true;
  }, function (e) {
    warn("could not start, the fallback content stays: " + e);
    return false;
  });
function domReady() {
  return new Promise(function (resolve) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", resolve, { once: true });
    else resolve();
  });
}
/** Mounts every `[data-plan-gauge]` host under `root` (default: the document); resolves to true once started. */
api.scan = function (root) {
  return Promise.all([started, domReady()]).then(function (r) {
    if (!r[0]) return false;
    var hosts = (root || document).querySelectorAll("[data-plan-gauge]");
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
    return true;
  });
};
api.ready = api.scan();
Object.freeze(api);
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;

    /// The shape of wasm-bindgen 0.2.130 `--target no-modules` output, reduced.
    const GLUE: &str = "let wasm_bindgen = (function(exports) {\n  let script_src;\n  \
                        return Object.assign(__wbg_init, { initSync }, exports);\n})({ __proto__: null });\n";

    #[test]
    fn names_the_module_by_content_and_pins_it() {
        let a = bundle(GLUE, b"\0asm one").unwrap();
        let b = bundle(GLUE, b"\0asm two").unwrap();
        assert_ne!(a.wasm_name, b.wasm_name);
        assert!(a.wasm_name.starts_with("plan-gauge.") && a.wasm_name.ends_with(".wasm"));
        assert_eq!(a.wasm_name.len(), "plan-gauge..wasm".len() + 16);
        assert!(a.loader.contains(&format!("new URL(\"{}\"", a.wasm_name)));
        assert!(a
            .loader
            .contains(&format!("integrity: \"{}\"", a.wasm_integrity)));
        assert!(a.loader.contains("var init = wasm_bindgen;"));
        assert!(a.loader.contains("let wasm_bindgen = (function(exports)"));
        for placeholder in [
            "/*GLUE*/",
            "__INIT__",
            "__WASM__",
            "__INTEGRITY__",
            "__VERSION__",
        ] {
            assert!(!a.loader.contains(placeholder), "{placeholder}");
        }
    }

    #[test]
    fn finds_the_init_name() {
        assert_eq!(glue_init_name(GLUE), Some("wasm_bindgen"));
        assert_eq!(
            glue_init_name("let planGauge;\n(function() {})();"),
            Some("planGauge")
        );
        assert_eq!(glue_init_name("export default function init() {}"), None);
        assert!(bundle("export default function init() {}", b"").is_err());
    }

    #[test]
    fn sri_matches_a_known_digest() {
        // `printf abc | openssl dgst -sha384 -binary | base64`
        assert_eq!(
            sri(b"abc"),
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn"
        );
    }
}
