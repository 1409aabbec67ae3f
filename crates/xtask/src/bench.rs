//! `cargo xtask bench`: the embed bundle's size and 200 gauges against ECharts; not a test, the figures go
//! to tests/artifacts/bench.json.

use crate::ctx::{header, run, Ctx, Failure};
use crate::demo::build_demo;
use crate::setup::{cargo_tool, npm_ci, setup};
use std::process::Command;

pub(crate) fn bench(ctx: &Ctx) -> Result<(), Failure> {
    setup(ctx)?;
    build_demo(ctx)?;
    header("twiggy (cargo install twiggy if absent)");
    cargo_tool("twiggy", "twiggy", &["--version"])?;
    // The same module as www/dist, through wasm-bindgen but not wasm-opt, so that it keeps names.
    let names_dir = ctx.target.join("plan-gauge-names");
    let rustc_out = ctx
        .bundle_target()
        .join("wasm32-unknown-unknown")
        .join("release")
        .join("plan_gauge_embed.wasm");
    run(
        Command::new("wasm-bindgen")
            .args(["--target", "no-modules", "--no-typescript", "--out-dir"])
            .arg(&names_dir)
            .arg(&rustc_out),
        "wasm-bindgen must be on PATH (cargo xtask setup installs it)",
    )?;
    let bench_dir = ctx.root.join("tests").join("bench");
    npm_ci(&bench_dir, "bench packages (tests/bench: echarts, esbuild)")?;
    header("bench (tests/bench/bench.mjs, headless Chromium)");
    run(
        Command::new("node")
            .arg("bench.mjs")
            .arg("--names")
            .arg(names_dir.join("plan_gauge_embed_bg.wasm"))
            .env("PLAN_GAUGE_BIN", ctx.cli_bin())
            .env("PLAN_GAUGE_WWW", ctx.root.join("www"))
            .current_dir(&bench_dir),
        "read the message above; `cd tests/bench && node bench.mjs` reruns it",
    )
}
