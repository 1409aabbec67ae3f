//! Property tests of the progress engine, its sentences and its roll-ups.

mod engine_common;

use engine_common::{indicator, plan, target, values};
use plan_gauge_core::model::{
    Baseline, Citation, Comparator, Direction, Indicator, Kind, MethodName, Milestone, ObsStatus,
    Observation, Plan, PlanPeriod, Series, Target,
};
use plan_gauge_core::progress::{assess_plan, Options, Status};
use plan_gauge_core::time::Date;
use plan_gauge_core::{explain, rollup, Lang};
use proptest::prelude::*;
use serde_json::json;

fn any_value() -> impl Strategy<Value = f64> {
    prop_oneof![
        4 => -1000.0..1000.0f64,
        1 => any::<f64>(),
        1 => Just(f64::NAN),
        1 => Just(f64::INFINITY),
        1 => Just(f64::NEG_INFINITY),
        1 => Just(0.0),
        1 => Just(1e300),
        1 => Just(-1e300),
        1 => Just(f64::MIN_POSITIVE),
    ]
}

fn any_year() -> impl Strategy<Value = i32> {
    prop_oneof![8 => 2015..2032i32, 1 => Just(1000), 1 => Just(9999), 1 => any::<i32>(), 1 => Just(i32::MIN), 1 => Just(i32::MAX)]
}

fn milestone() -> impl Strategy<Value = Milestone> {
    (
        any_year(),
        proptest::option::weighted(0.9, any_value()),
        proptest::option::weighted(0.2, any_value()),
        proptest::sample::select(vec![
            Comparator::Ge,
            Comparator::Gt,
            Comparator::Le,
            Comparator::Lt,
            Comparator::Approx,
            Comparator::Range,
        ]),
        proptest::bool::weighted(0.2),
    )
        .prop_map(|(year, value, upper, cmp, aspirational)| Milestone {
            year,
            value,
            upper,
            cmp,
            aspirational,
        })
}

fn target_strategy() -> impl Strategy<Value = Target> {
    (
        proptest::collection::vec(milestone(), 0..4),
        proptest::option::weighted(0.3, any_year()),
        proptest::option::weighted(
            0.5,
            (any_year(), proptest::option::weighted(0.7, any_value())),
        ),
        proptest::collection::vec(proptest::sample::select(vec!["甲局", "乙局", ""]), 0..3),
    )
        .prop_map(|(mut milestones, from_year, baseline, lead)| {
            milestones.sort_by_key(|m| m.year);
            Target {
                milestones,
                from_year,
                baseline: baseline.map(|(year, value)| Baseline {
                    year,
                    value,
                    source: None,
                }),
                lead: lead.into_iter().map(String::from).collect(),
                partners: Vec::new(),
                citation: Citation {
                    quote: "引文".into(),
                    section: "1.1".into(),
                },
                conflict: None,
            }
        })
}

fn indicator_strategy(i: usize) -> impl Strategy<Value = Indicator> {
    (
        proptest::sample::select(Kind::ALL.to_vec()),
        proptest::sample::select(vec![Direction::Higher, Direction::Lower]),
        proptest::option::weighted(
            0.3,
            proptest::sample::select(vec![
                Series::Level,
                Series::Flow,
                Series::RunningTotal,
                Series::Rate,
                Series::Stage,
            ]),
        ),
        proptest::option::of(proptest::sample::select(vec![
            MethodName::Pace,
            MethodName::Opensdg,
        ])),
        proptest::collection::vec(target_strategy(), 0..3),
        proptest::sample::select(vec!["家", "%", "亿元", ""]),
    )
        .prop_map(
            move |(kind, direction, series, method, targets, unit)| Indicator {
                id: format!("i{i}"),
                name: "指标".into(),
                i18n: Default::default(),
                unit: unit.into(),
                decimals: None,
                direction,
                kind,
                series,
                section: Some(if i.is_multiple_of(2) { "1.1" } else { "9" }.into()),
                headline: false,
                method,
                targets,
                note: None,
            },
        )
}

fn observation(n: usize) -> impl Strategy<Value = Observation> {
    (
        0..n.max(1) + 1,
        prop_oneof![
            (2015..2032i32).prop_map(|y| y.to_string()),
            (2015..2032i32, 1..5u8).prop_map(|(y, q)| format!("{y}-Q{q}")),
            (2015..2032i32, 1..13u8).prop_map(|(y, m)| format!("{y}-{m:02}")),
            Just("garbage".to_string()),
            Just(String::new()),
        ],
        proptest::option::weighted(0.9, any_value()),
        proptest::sample::select(ObsStatus::ALL.to_vec()),
    )
        .prop_map(|(i, period, value, status)| Observation {
            indicator: format!("i{i}"),
            period,
            value,
            status,
            note: None,
            source: String::new(),
            published: String::new(),
            bound: None,
            url: None,
            title: None,
            quote: None,
        })
}

fn plan_strategy() -> impl Strategy<Value = Plan> {
    (
        any_year(),
        any_year(),
        proptest::option::of(proptest::sample::select(vec![
            MethodName::Pace,
            MethodName::Opensdg,
        ])),
        (0usize..4).prop_flat_map(|n| (0..n).map(indicator_strategy).collect::<Vec<_>>()),
    )
        .prop_map(|(start, end, method, indicators)| {
            let mut p = plan(2020, 2025, Vec::new());
            p.period = PlanPeriod { start, end };
            p.method = method;
            p.indicators = indicators;
            p
        })
}

fn date() -> impl Strategy<Value = Date> {
    (2010..2045i32, 1..13u8, 1..29u8).prop_filter_map("valid date", |(y, m, d)| Date::new(y, m, d))
}

fn rank(s: Status) -> Option<u8> {
    match s {
        Status::Achieved => Some(0),
        Status::OnTrack => Some(1),
        Status::AtRisk => Some(2),
        Status::OffTrack => Some(3),
        _ => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// Any plan, any observations, any date: no panic, one assessment per target, every sentence
    /// filled in every locale, roll-ups that add up.
    #[test]
    fn never_panics_and_always_explains(
        p in plan_strategy(),
        obs in proptest::collection::vec(observation(4), 0..24),
        as_of in date(),
        method in proptest::option::of(proptest::sample::select(vec![MethodName::Pace, MethodName::Opensdg])),
    ) {
        let mut o = Options::new(as_of);
        o.method = method;
        let all = assess_plan(&p, &obs, &o);
        let targets: usize = p.indicators.iter().map(|i| i.targets.len()).sum();
        prop_assert_eq!(all.len(), targets);
        for a in &all {
            let Some(ind) = p.indicators.iter().find(|i| i.id == a.indicator) else {
                return Err(TestCaseError::fail("assessment of an unknown indicator"));
            };
            for lang in Lang::ALL {
                let h = explain::headline(a, ind, lang);
                let r = explain::reason_sentence(a, ind, lang);
                prop_assert!(!r.is_empty());
                prop_assert!(!h.contains('{') && !r.contains('{'), "{} / {}", h, r);
                prop_assert!(!explain::status_label(a.status, lang).is_empty());
            }
        }
        let roll = rollup::rollup(&p, &all);
        prop_assert_eq!(roll.plan.total() as usize, all.len());
        // Section "1.1" sits under "1": the parent counts at least what the child counts.
        let child = roll.section("1.1").map_or(0, |c| c.total());
        let parent = roll.section("1").map_or(0, |c| c.total());
        prop_assert!(parent >= child);
    }

    /// Once the deadline has passed the verdict is final, or there is none.
    #[test]
    fn after_the_deadline_only_final_verdicts(
        p in plan_strategy(),
        obs in proptest::collection::vec(observation(4), 0..24),
        method in proptest::sample::select(vec![MethodName::Pace, MethodName::Opensdg]),
    ) {
        let Some(as_of) = Date::new(2040, 6, 1) else { return Err(TestCaseError::fail("date")); };
        let mut o = Options::new(as_of);
        o.method = Some(method);
        for a in assess_plan(&p, &obs, &o) {
            let Some(ind) = p.indicators.iter().find(|i| i.id == a.indicator) else {
                return Err(TestCaseError::fail("unknown indicator"));
            };
            let due = ind.targets.get(a.target).and_then(|t| t.milestones.last()).map(|m| m.year);
            if due.is_some_and(|y| (2015..2038).contains(&y)) {
                prop_assert!(
                    matches!(a.status, Status::Achieved | Status::Missed | Status::NoData | Status::CannotAssess),
                    "{:?} for {:?}", a.status, ind.kind
                );
            }
        }
    }

    /// A latest value that meets the final target is achieved, before the deadline, by both methods.
    #[test]
    fn meeting_the_target_is_achieved(
        base in 1.0..1000.0f64,
        gain in 0.01..5.0f64,
        over in 0.0..3.0f64,
        year in 2021..2025i32,
        kind in proptest::sample::select(vec!["level", "share", "coverage"]),
        method in proptest::sample::select(vec![MethodName::Pace, MethodName::Opensdg]),
    ) {
        let goal = base * (1.0 + gain);
        let p = plan(2021, 2025, vec![indicator(kind, "家", target(&[(2025, goal)], Some((2020, Some(base)))), json!({}))]);
        let latest = goal * (1.0 + over);
        let as_of = format!("{}-06-01", year + 1);
        let a = engine_common::assess(&p, &values(&[(&year.to_string(), latest)]), &as_of, method);
        prop_assert_eq!(a.status, Status::Achieved);
    }

    /// More progress never gives a worse status, all else equal (both directions, both methods).
    #[test]
    fn more_progress_is_never_worse(
        base in 1.0..1000.0f64,
        gain in 0.05..3.0f64,
        f1 in -0.5..1.2f64,
        df in 0.0..1.0f64,
        year in 2021..2025i32,
        lower in any::<bool>(),
        method in proptest::sample::select(vec![MethodName::Pace, MethodName::Opensdg]),
    ) {
        // For lower-is-better, the target lies below the base by the same share.
        let goal = if lower { base / (1.0 + gain) } else { base * (1.0 + gain) };
        let extra = if lower { json!({"direction": "lower"}) } else { json!({}) };
        let p = plan(2021, 2025, vec![indicator("level", "家", target(&[(2025, goal)], Some((2020, Some(base)))), extra)]);
        let as_of = format!("{}-06-01", year + 1);
        let at = |f: f64| {
            let v = base + (goal - base) * f;
            engine_common::assess(&p, &values(&[(&year.to_string(), v)]), &as_of, method).status
        };
        let (s1, s2) = (at(f1), at(f1 + df));
        if let (Some(r1), Some(r2)) = (rank(s1), rank(s2)) {
            prop_assert!(r2 <= r1, "{:?} then {:?}", s1, s2);
        }
    }
}

/// Every seed plan with its sample observations: a status and a filled-in reason for every target
/// in every locale; the two plans that have ended (2017 and 2022–2025) get only final verdicts.
#[test]
fn seed_plans_are_explained_and_ended_plans_get_final_verdicts() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        panic!("no seeds directory at {}", dir.display());
    };
    let mut plans = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        let Some(stem) = name.strip_suffix(".plan.json") else {
            continue;
        };
        let read = |p: &std::path::Path| std::fs::read_to_string(p).unwrap_or_default();
        let Ok(p) = serde_json::from_str::<Plan>(&read(&path)) else {
            panic!("{name} does not parse");
        };
        let obs = serde_json::from_str::<plan_gauge_core::model::ObservationSet>(&read(
            &dir.join(format!("{stem}.sample.json")),
        ))
        .map(|s| s.observations)
        .unwrap_or_default();
        let Some(as_of) = Date::new(2026, 11, 23) else {
            panic!("date")
        };
        for method in [MethodName::Pace, MethodName::Opensdg] {
            let mut o = Options::new(as_of);
            o.method = Some(method);
            let all = assess_plan(&p, &obs, &o);
            assert!(!all.is_empty(), "{name}");
            for a in &all {
                let Some(ind) = p.indicators.iter().find(|i| i.id == a.indicator) else {
                    panic!("{name}: unknown indicator");
                };
                for lang in Lang::ALL {
                    let r = explain::reason_sentence(a, ind, lang);
                    assert!(
                        !r.is_empty() && !r.contains('{'),
                        "{name} {}: {r}",
                        a.indicator
                    );
                }
                if p.period.end < 2026 {
                    assert!(
                        matches!(
                            a.status,
                            Status::Achieved
                                | Status::Missed
                                | Status::NoData
                                | Status::CannotAssess
                        ),
                        "{name} {}: {:?}",
                        a.indicator,
                        a.status
                    );
                }
            }
        }
        plans += 1;
    }
    assert!(plans >= 5, "found {plans} seed plans");
}
