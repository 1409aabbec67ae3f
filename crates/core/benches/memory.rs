//! Peak memory of assessing a 10,000-indicator plan with 20 observations each: prints the peak
//! resident set size (Linux `VmHWM`) after building the inputs and after `assess_plan`, and the
//! time per indicator of one run.
//!
//! Run: `cargo bench -p plan-gauge-core --bench memory`, or, for an outside measurement, build
//! with `cargo bench -p plan-gauge-core --bench memory --no-run` and run the printed executable
//! under `/usr/bin/time -v` (Maximum resident set size).

mod common;

use plan_gauge_core::progress::{assess_plan, Options};
use std::time::Instant;

/// The peak resident set size of this process in KiB, where the system reports it.
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn show(label: &str) {
    match peak_rss_kib() {
        Some(kib) => println!("{label}: peak RSS {:.1} MiB", kib as f64 / 1024.0),
        None => println!("{label}: peak RSS unavailable on this system"),
    }
}

fn main() {
    let n = common::sizes()
        .into_iter()
        .max()
        .unwrap_or(common::INDICATORS);
    show("start");
    let plan = common::plan(n);
    let obs = common::observations(&plan, common::OBSERVATIONS_PER_INDICATOR);
    show(&format!(
        "plan of {n} indicators and {} observations built",
        obs.len()
    ));
    let opts = Options::new(common::as_of());
    let start = Instant::now();
    let assessments = assess_plan(&plan, &obs, &opts);
    let elapsed = start.elapsed();
    show(&format!("{} assessments made", assessments.len()));
    println!(
        "assess_plan: {:.3} s in all, {:.1} µs per indicator (one run)",
        elapsed.as_secs_f64(),
        elapsed.as_secs_f64() * 1e6 / n as f64
    );
    // What the engine made of the synthetic plan, to show that every path is exercised.
    let mut statuses = std::collections::BTreeMap::new();
    for a in &assessments {
        *statuses
            .entry((a.kind.as_str(), a.method.as_str(), a.status.as_str()))
            .or_insert(0u32) += 1;
    }
    for ((kind, method, status), count) in statuses {
        println!("{kind:>12} {method:>7} {status:>13} {count:>5}");
    }
}
