//! Parsing and validation of plan and observation files, then the progress engine on every plan
//! that validates, and the sentences that explain each status. An input is a plan, optionally
//! followed by a NUL byte and an observations file (JSON or CSV). Nothing may panic, every
//! problem has a message, and every assessment a reason sentence, in each locale.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan_gauge_core::model::MethodName;
use plan_gauge_core::progress::{assess_plan, Options};
use plan_gauge_core::time::Date;
use plan_gauge_core::validate::{
    check_observations_csv, check_observations_json, check_plan_json, is_clean,
    parse_observations_csv, parse_observations_json, parse_plan, validate_observations,
    validate_plan, PathStyle, Problem,
};
use plan_gauge_core::{explain, Lang};

fn messages(problems: &[Problem]) {
    for p in problems {
        for lang in Lang::ALL {
            assert!(!p.message(lang).is_empty());
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (plan_text, obs_text) = text.split_once('\0').unwrap_or((text, text));
    messages(&check_plan_json(plan_text));
    messages(&check_observations_json(obs_text));
    messages(&check_observations_csv(obs_text));

    let Ok(plan) = parse_plan(plan_text) else {
        return;
    };
    if !is_clean(&validate_plan(&plan)) {
        return;
    }
    let (obs, style) = match parse_observations_json(obs_text) {
        Ok(set) => (set.observations, PathStyle::Json),
        Err(_) => match parse_observations_csv(obs_text) {
            Ok(rows) => (rows, PathStyle::Csv),
            Err(_) => (Vec::new(), PathStyle::Json),
        },
    };
    messages(&validate_observations(&obs, Some(&plan), &style));
    // Before, during and after the plan period, with both methods.
    let start = plan.period.start;
    let end = plan.period.end;
    for year in [start - 1, start + (end - start) / 2, end + 2] {
        for method in [MethodName::Pace, MethodName::Opensdg] {
            let mut opts = Options::new(Date {
                year,
                month: 7,
                day: 1,
            });
            opts.method = Some(method);
            let assessments = assess_plan(&plan, &obs, &opts);
            let targets: usize = plan.indicators.iter().map(|i| i.targets.len()).sum();
            assert_eq!(assessments.len(), targets);
            // One assessment per target, in plan order; each one explains itself in every locale.
            let indicators = plan
                .indicators
                .iter()
                .flat_map(|ind| ind.targets.iter().map(move |_| ind));
            for (a, ind) in assessments.iter().zip(indicators) {
                assert_eq!(a.indicator, ind.id);
                for lang in Lang::ALL {
                    let _ = explain::headline(a, ind, lang);
                    assert!(!explain::reason_sentence(a, ind, lang).is_empty());
                    for m in [&a.next, &a.final_target].into_iter().flatten() {
                        let _ = explain::target_phrase(m, a, ind, lang);
                    }
                }
            }
        }
    }
});
