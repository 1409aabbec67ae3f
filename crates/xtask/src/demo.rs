//! `cargo xtask demo`: builds the bundle, the authoring page's module, the CLI and the portal
//! pages, and serves `www/`.

use crate::ctx::{header, run, Ctx, Failure};
use crate::setup::{has_rust_src, setup};
use std::fs;
use std::path::Path;
use std::process::Command;

pub(crate) fn demo(ctx: &Ctx, port: u16) -> Result<(), Failure> {
    setup(ctx)?;
    build_demo(ctx)?;
    header(&format!("serve www/ on port {port} (Ctrl-C stops)"));
    run(
        Command::new(ctx.cli_bin())
            .args(["serve", "--dir", "www", "--port", &port.to_string()])
            .current_dir(&ctx.root),
        &format!(
            "if the port is taken, choose another: `cargo xtask demo --port {}`",
            port.wrapping_add(1)
        ),
    )
}

/// Builds the wasm bundle and the CLI, and writes www/dist and www/data.
pub(crate) fn build_demo(ctx: &Ctx) -> Result<(), Failure> {
    // The second part first: the first module is built last, so that the bundle target's
    // plan_gauge_embed.wasm (which `cargo xtask bench` reads for twiggy) is the first module's.
    build_module(
        ctx,
        &ctx.full_pkg_dir(),
        "plan_gauge_full",
        &["--features", "full,lazy-locales"],
    )?;
    build_module(
        ctx,
        &ctx.pkg_dir(),
        "plan_gauge_embed",
        &["--features", "lazy-locales"],
    )?;

    header("build the plan-gauge command");
    run(
        Command::new("cargo")
            .args([
                "build",
                "--package",
                "plan-gauge-cli",
                "--bin",
                "plan-gauge",
            ])
            .current_dir(&ctx.root),
        "read the compiler errors above",
    )?;

    header("copy the seed plans to www/data/");
    copy_seeds(ctx)?;

    header("generate the portal pages (plan-gauge site)");
    run(
        Command::new(ctx.cli_bin())
            .args(["site", "--seeds", "seeds", "--out", "www"])
            .current_dir(&ctx.root),
        "read the message above; `plan-gauge check seeds/*.json` finds problems in the seed data",
    )?;

    header("assemble www/dist/ (plan-gauge build)");
    run(
        Command::new(ctx.cli_bin())
            .args(["build", "--out", "www/dist", "--pkg"])
            .arg(ctx.pkg_dir())
            .arg("--full-pkg")
            .arg(ctx.full_pkg_dir())
            .arg("--esbuild")
            .arg(ctx.tools_bin().join("esbuild"))
            .current_dir(&ctx.root),
        "read the message above; the wasm-pack output must be in target/plan-gauge-pkg and \
         target/plan-gauge-pkg-full",
    )?;
    build_author(ctx)
}

/// Builds one of the embed's two modules with wasm-pack (release, wasm-opt -O2 from npm
/// binaryen) into `pkg` as `name.js` and `name_bg.wasm`, and minifies its glue.
fn build_module(ctx: &Ctx, pkg: &Path, name: &str, features: &[&str]) -> Result<(), Failure> {
    header(&format!(
        "build the embed's {} (wasm-pack, release, wasm-opt -O2 from npm binaryen)",
        if features.iter().any(|f| f.contains("full")) {
            "second part (--features full)"
        } else {
            "first module"
        }
    ));
    let mut wasm_pack = Command::new("wasm-pack");
    wasm_pack
        .args([
            "build",
            "crates/embed",
            "--release",
            "--target",
            "no-modules",
        ])
        .arg("--out-dir")
        .arg(pkg)
        .args([
            "--out-name",
            name,
            "--no-pack",
            "--no-typescript",
            "--mode",
            "no-install",
        ])
        .env("PATH", ctx.tools_path())
        .env("CARGO_TARGET_DIR", ctx.bundle_target())
        .current_dir(&ctx.root);
    // Cargo's own options go after `--`, with the std flags when there are any.
    if !std_for_size(&mut wasm_pack) {
        wasm_pack.arg("--");
    }
    wasm_pack.args(features);
    run(
        &mut wasm_pack,
        "read the compiler errors above; `cargo check -p plan-gauge-embed --target wasm32-unknown-unknown` \
         shows them faster",
    )?;
    let glue = pkg.join(format!("{name}.js"));
    run(
        Command::new(ctx.tools_bin().join("esbuild"))
            .arg(&glue)
            .args(["--minify", "--allow-overwrite", "--log-level=warning"])
            .arg(format!("--outfile={}", glue.display())),
        "run `cargo xtask setup` (it installs esbuild in crates/xtask/npm)",
    )
}

/// Ends a `wasm-pack build` command with the flags that rebuild std for size, when rust-src is
/// installed: panics that trap at once (the loader treats any trap as a dead module and keeps
/// every fallback) and no source locations, about 13 % less gzip for the bundle than the prebuilt
/// std (measured with `cargo xtask bench`; 8 % for the authoring module). The -Z flags are
/// unstable, hence RUSTC_BOOTSTRAP, the same route Debian's toolchain takes for the wasm std.
/// True when it added cargo options (after a `--`).
fn std_for_size(wasm_pack: &mut Command) -> bool {
    if has_rust_src() {
        println!("std: rebuilt for size (-Zbuild-std, optimize_for_size, immediate abort)");
        wasm_pack
            .env("RUSTC_BOOTSTRAP", "1")
            .env(
                "RUSTFLAGS",
                "-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none",
            )
            .args([
                "--",
                "-Zbuild-std=std,panic_abort",
                "-Zbuild-std-features=optimize_for_size",
            ]);
        true
    } else {
        println!("std: prebuilt (no rust-src; the module is about 10 % larger in gzip)");
        false
    }
}

/// The authoring page's own module (crates/author: the drafter and the checks), in
/// www/dist/author/ as an ES module for www/author.js. Not part of the embed bundle; its own
/// target folder keeps it from rebuilding the bundle's.
pub(crate) fn build_author(ctx: &Ctx) -> Result<(), Failure> {
    header("build the authoring page's module (wasm-pack, release, www/dist/author/)");
    let mut wasm_pack = Command::new("wasm-pack");
    wasm_pack
        .args(["build", "crates/author", "--release", "--target", "web"])
        .arg("--out-dir")
        .arg(ctx.root.join("www").join("dist").join("author"))
        .args([
            "--out-name",
            "plan_gauge_author",
            "--no-pack",
            "--no-typescript",
            "--mode",
            "no-install",
        ])
        .env("PATH", ctx.tools_path())
        .env("CARGO_TARGET_DIR", ctx.target.join("author"))
        .current_dir(&ctx.root);
    std_for_size(&mut wasm_pack);
    run(
        &mut wasm_pack,
        "read the compiler errors above; `cargo check -p plan-gauge-author --target wasm32-unknown-unknown` \
         shows them faster",
    )
}

/// Copies `seeds/*.json` to `www/data/` (not committed; the seeds stay the one source).
pub(crate) fn copy_seeds(ctx: &Ctx) -> Result<(), Failure> {
    let seeds = ctx.root.join("seeds");
    let data = ctx.root.join("www").join("data");
    let todo = "check that seeds/ exists and www/data/ is writable";
    fs::create_dir_all(&data)
        .map_err(|e| Failure::new(format!("cannot create www/data: {e}"), todo))?;
    let entries =
        fs::read_dir(&seeds).map_err(|e| Failure::new(format!("cannot read seeds/: {e}"), todo))?;
    let mut copied = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "json" || e == "csv") {
            let to = data.join(entry.file_name());
            fs::copy(&path, &to).map_err(|e| {
                Failure::new(
                    format!("cannot copy {} to {}: {e}", path.display(), to.display()),
                    todo,
                )
            })?;
            copied += 1;
        }
    }
    println!("copied {copied} files from seeds/ to www/data/");
    Ok(())
}
