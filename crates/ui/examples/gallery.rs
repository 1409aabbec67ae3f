//! Writes the component gallery: `cargo run -p plan-gauge-ui --features ssr --example gallery`
//! (from the repository root) → www/gallery.html, www/gallery/plan-gauge.css, www/gallery/page.css.

#[path = "../tests/common/mod.rs"]
mod common;

use std::path::Path;

fn main() -> std::process::ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for (path, text) in common::gallery::files() {
        let p = root.join(path);
        if let Some(dir) = p.parent() {
            if let Err(e) = std::fs::create_dir_all(dir) {
                eprintln!("gallery: cannot create {}: {e}", dir.display());
                return std::process::ExitCode::FAILURE;
            }
        }
        if let Err(e) = std::fs::write(&p, text) {
            eprintln!("gallery: cannot write {}: {e}", p.display());
            return std::process::ExitCode::FAILURE;
        }
        println!("gallery: wrote {path}");
    }
    std::process::ExitCode::SUCCESS
}
