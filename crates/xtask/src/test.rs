//! `cargo xtask test`: every test, in order, stopping at the first failure.

use crate::ctx::{header, run, Ctx, Failure};
use crate::demo::build_demo;
use crate::setup::setup;
use std::fs;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

pub(crate) fn test(ctx: &Ctx) -> Result<(), Failure> {
    let started = Instant::now();
    let mut steps: Vec<(String, f64)> = Vec::new();
    let mut step = |name: &str, f: &dyn Fn() -> Result<(), Failure>| -> Result<(), Failure> {
        header(name);
        let t = Instant::now();
        f()?;
        steps.push((name.to_string(), t.elapsed().as_secs_f64()));
        Ok(())
    };
    let cargo = |args: &[&str]| {
        let mut c = Command::new("cargo");
        c.args(args).current_dir(&ctx.root);
        c
    };

    step("setup", &|| setup(ctx))?;
    step("format (cargo fmt --check)", &|| {
        run(
            &mut cargo(&["fmt", "--all", "--", "--check"]),
            "run `cargo fmt --all` and commit the result",
        )
    })?;
    step("lint, native (cargo clippy -D warnings)", &|| {
        run(
            &mut cargo(&[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
            "fix the warnings above (they are errors here)",
        )
    })?;
    step("lint, wasm32 (cargo clippy -D warnings)", &|| {
        run(
            &mut cargo(&[
                "clippy",
                "--package",
                "plan-gauge-ui",
                "--package",
                "plan-gauge-embed",
                "--package",
                "plan-gauge-author",
                "--features",
                "plan-gauge-embed/lazy-locales",
                "--target",
                "wasm32-unknown-unknown",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
            "fix the warnings above (they are errors here)",
        )
    })?;
    step("native tests (cargo test --workspace)", &|| {
        run(
            &mut cargo(&["test", "--workspace"]),
            "the failing test and its message are above; rerun it alone with `cargo test -p CRATE NAME`",
        )
    })?;
    step(
        "native tests, the embed's second part (cargo test -p plan-gauge-embed --features full)",
        &|| {
            run(
                &mut cargo(&["test", "-p", "plan-gauge-embed", "--features", "full"]),
                "the failing test and its message are above",
            )
        },
    )?;
    step(
        "native tests, the bundle's words (cargo test -p plan-gauge-core --features lazy-locales --test lazy_locales)",
        &|| {
            run(
                &mut cargo(&[
                    "test",
                    "-p",
                    "plan-gauge-core",
                    "--features",
                    "lazy-locales",
                    "--test",
                    "lazy_locales",
                ]),
                "the failing test and its message are above",
            )
        },
    )?;
    let webdriver = write_webdriver_json(ctx)?;
    // The embed twice: its first module, and its second part (`--features full`).
    for (krate, features) in [
        ("crates/ui", ""),
        ("crates/embed", ""),
        ("crates/embed", "full"),
    ] {
        step(
            &format!("browser tests, {krate} {features} (wasm-pack test --headless --chrome)"),
            &|| {
                let extra: &[&str] = if features.is_empty() {
                    &[]
                } else {
                    &["--features", features]
                };
                run(
                Command::new("wasm-pack")
                    .args(["test", "--headless", "--chrome", "--mode", "no-install", krate])
                    .args(extra)
                    .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver)
                    .current_dir(&ctx.root),
                &format!(
                    "the failing test is above; rerun with `wasm-pack test --headless --chrome {krate}` \
                     (or without --headless to watch it in a browser)"
                ),
            )
            },
        )?;
    }
    step("demo bundle", &|| build_demo(ctx))?;
    step("end-to-end tests (tests/e2e, node --test)", &|| {
        run(
            Command::new("node")
                .args(["--test", "--test-reporter=spec"])
                .env("PLAN_GAUGE_BIN", ctx.cli_bin())
                .env("PLAN_GAUGE_WWW", ctx.root.join("www"))
                .current_dir(ctx.e2e_dir()),
            "the failing test is above; screenshots are in tests/artifacts/; \
             rerun with `cd tests/e2e && node --test`",
        )
    })?;

    header("summary");
    for (name, secs) in &steps {
        println!("  ok  {secs:>7.1}s  {name}");
    }
    println!(
        "xtask: all {} steps passed in {:.0}s",
        steps.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// ChromeDriver capabilities for the browser tests: Debian's Chromium, no background traffic.
pub(crate) fn write_webdriver_json(ctx: &Ctx) -> Result<PathBuf, Failure> {
    let path = ctx.target.join("webdriver.json");
    let json = r#"{"goog:chromeOptions":{"args":["--disable-gpu","--disable-background-networking","--disable-component-update","--no-first-run","--disable-sync","--disable-quic"]}}"#;
    fs::create_dir_all(&ctx.target)
        .and_then(|()| fs::write(&path, json))
        .map_err(|e| {
            Failure::new(
                format!("cannot write {}: {e}", path.display()),
                "check that the target folder is writable",
            )
        })?;
    Ok(path)
}
