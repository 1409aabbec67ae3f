//! `cargo xtask setup | demo [--port N] | test`: the two README commands and the setup they share.
//!
//! Standard library only. Every step prints a header; a failing step says what failed and what to
//! do, and the command exits non-zero. Tools' own output (cargo, wasm-pack, node) passes through.

mod bench;
mod ctx;
mod demo;
mod setup;
mod test;

use bench::bench;
use ctx::{Ctx, Failure};
use demo::demo;
use setup::setup;
use std::env;
use std::process::ExitCode;
use test::test;

const USAGE: &str = "\
cargo xtask — build helper for plan-gauge

  cargo xtask setup              install what is missing (idempotent)
  cargo xtask demo [--port N]    build the embed bundle and serve www/ at http://127.0.0.1:8080/
  cargo xtask test               run every test: fmt, clippy, native, browser, end-to-end
  cargo xtask bench              size of the embed bundle, twiggy, and 200 gauges against ECharts
";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let ctx = Ctx::new();
    let result = match args.first().map(String::as_str) {
        Some("setup") => no_more(&args).and_then(|()| setup(&ctx)),
        Some("demo") => demo_port(&args).and_then(|port| demo(&ctx, port)),
        Some("test") => no_more(&args).and_then(|()| test(&ctx)),
        Some("bench") => no_more(&args).and_then(|()| bench(&ctx)),
        Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("\nxtask: FAILED: {}\nxtask: what to do: {}", e.what, e.todo);
            ExitCode::FAILURE
        }
    }
}

fn no_more(args: &[String]) -> Result<(), Failure> {
    match args.get(1) {
        None => Ok(()),
        Some(a) => Err(Failure::new(
            format!("unexpected argument `{a}`"),
            "see `cargo xtask help`",
        )),
    }
}

fn demo_port(args: &[String]) -> Result<u16, Failure> {
    let bad = |a: &str| {
        Failure::new(
            format!("bad argument `{a}`"),
            "usage: cargo xtask demo [--port N]",
        )
    };
    match args.get(1..).unwrap_or_default() {
        [] => Ok(8080),
        [flag, n] if flag == "--port" => n.parse().map_err(|_| bad(n)),
        [other, ..] => Err(bad(other)),
    }
}
