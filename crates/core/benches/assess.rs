//! Time of `progress::assess_plan` on a synthetic plan of 1,000 and 10,000 indicators with 20
//! observations each (all kinds, both methods). divan reports the time per plan and, through the
//! item counter, indicators per second; time per indicator = time per plan / indicators.
//!
//! Run: `cargo bench -p plan-gauge-core --bench assess`

mod common;

use plan_gauge_core::progress::{assess_plan, Options};
use plan_gauge_core::validate::{is_clean, validate_plan};

fn main() {
    divan::main();
}

#[divan::bench(args = common::sizes(), sample_count = 10, sample_size = 1)]
fn assess_plan_with_20_observations_each(bencher: divan::Bencher, indicators: usize) {
    let plan = common::plan(indicators);
    let problems = validate_plan(&plan);
    let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).take(5).collect();
    assert!(
        is_clean(&problems),
        "the synthetic plan is invalid: {errors:?}"
    );
    let obs = common::observations(&plan, common::OBSERVATIONS_PER_INDICATOR);
    let opts = Options::new(common::as_of());
    bencher
        .counter(divan::counter::ItemsCount::new(indicators))
        .bench(|| assess_plan(divan::black_box(&plan), divan::black_box(&obs), &opts));
}
