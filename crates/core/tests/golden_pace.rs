//! Golden cases for the `pace` method and the per-kind rules, each worked out by hand from the
//! definitions in `progress::pace` and `progress::kinds`. Times: a value for year Y and a
//! milestone "by Y" sit at the end of Y (Y + 1.0); `t0` is the end of the base year.

mod engine_common;

use engine_common::*;
use plan_gauge_core::model::MethodName::{Opensdg, Pace};
use plan_gauge_core::progress::{ReasonCode, ReasonNote, Start, Status, Why};
use serde_json::json;

/// The mission-anchors example: base 2020 = 400, target 685 by 2025.
fn hte_plan() -> plan_gauge_core::model::Plan {
    plan(
        2021,
        2025,
        vec![indicator(
            "level",
            "家",
            target(&[(2025, 685.0)], Some((2020, Some(400.0)))),
            json!({}),
        )],
    )
}

#[test]
fn mission_anchor_example_is_at_risk_by_the_095_cut() {
    // t0 = 2021.0, T = 2026.0, latest 2023 → t = 2024.0.
    // expected value = 400 + 285 × (2024 − 2021)/(2026 − 2021) = 400 + 285 × 0.6 = 571
    // expected fraction = 0.6; actual = (560 − 400)/285 = 0.561404; ratio = 0.935673 < 0.95 → at risk
    let a = assess(&hte_plan(), &values(&[("2023", 560.0)]), "2024-06-30", Pace);
    assert_eq!(a.status, Status::AtRisk);
    assert_eq!(a.reason.code(), ReasonCode::PaceCompared);
    close(a.expected_value, 571.0, 1e-9);
    close(a.expected_fraction, 0.6, 1e-12);
    close(a.progress_final, 0.561_404, 1e-6);
    close(a.reason.ratio(), 0.935_673, 1e-6);
    // projection: slope = 160/3 a year; at 2026.0: 560 + 53.333 × 2 = 666.67;
    // reaches 685 at 2024 + 125/53.333 = 2026.344 → during 2026.
    close(a.projected_value, 666.666_667, 1e-5);
    assert_eq!(a.projected_year, Some(2026));
    assert_eq!(a.baseline, Some((2020, 400.0)));
}

#[test]
fn pace_bands_follow_the_ratio() {
    // 575: actual = 175/285 = 0.614035, ratio = 1.023392 → on track
    // 500: actual = 100/285 = 0.350877, ratio = 0.584795 → off track
    // 690 ≥ 685 → achieved before the deadline
    for (v, want) in [
        (575.0, Status::OnTrack),
        (500.0, Status::OffTrack),
        (690.0, Status::Achieved),
    ] {
        let a = assess(&hte_plan(), &values(&[("2023", v)]), "2024-06-30", Pace);
        assert_eq!(a.status, want, "{v}");
    }
}

#[test]
fn too_early_without_new_data_or_with_little_time_elapsed() {
    // Only the base-year value: nothing after the baseline yet.
    let a = assess(&hte_plan(), &values(&[("2020", 400.0)]), "2023-06-30", Pace);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::TooEarly, ReasonCode::NotStarted)
    );
    // As of 2021-03-01: elapsed = (2021.161 − 2021)/5 = 0.032 < 0.10. A quarter value counts.
    let a = assess(
        &hte_plan(),
        &values(&[("2021-01", 405.0)]),
        "2021-03-01",
        Pace,
    );
    assert_eq!(a.status, Status::TooEarly);
    let Why::NotStarted(Start::Elapsed { elapsed }) = a.reason.why else {
        panic!("expected too little time elapsed, found {:?}", a.reason.why)
    };
    close(Some(elapsed), 0.0323, 1e-3);
}

#[test]
fn final_verdict_after_the_deadline() {
    // The deadline is the end of 2025; as of 2026-03-01 the verdict is final.
    let p = hte_plan();
    let a = assess(
        &p,
        &values(&[("2024", 650.0), ("2025", 680.0)]),
        "2026-03-01",
        Pace,
    );
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::Missed, ReasonCode::DeadlinePassed)
    );
    let a = assess(&p, &values(&[("2025", 690.0)]), "2026-03-01", Opensdg);
    assert_eq!(a.status, Status::Achieved);
    // The 2025 figure is not out: no verdict yet, whatever 2024 says.
    let a = assess(&p, &values(&[("2024", 650.0)]), "2026-03-01", Pace);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::CannotAssess, ReasonCode::FinalYearPending)
    );
    // A later value does not change the verdict, nor the progress shown with it:
    // (680 − 400)/285 = 0.982456.
    let a = assess(
        &p,
        &values(&[("2025", 680.0), ("2026", 800.0)]),
        "2027-06-01",
        Pace,
    );
    assert_eq!(a.status, Status::Missed);
    close(a.progress_final, 0.982_456, 1e-6);
    // A 2026 value does not stand in for the missing 2025 one.
    let a = assess(
        &p,
        &values(&[("2024", 650.0), ("2026", 700.0)]),
        "2027-06-01",
        Pace,
    );
    assert_eq!(a.status, Status::CannotAssess);
}

#[test]
fn lower_is_better_reads_reach_as_at_most() {
    // Energy use per unit: base 2020 = 1.0, target 0.8 by 2025 (">=" with direction lower → "≤").
    // 2023 = 0.9: actual = (0.9 − 1.0)/(0.8 − 1.0) = 0.5; expected 0.6; ratio 0.8333 → at risk.
    let p = plan(
        2021,
        2025,
        vec![indicator(
            "share",
            "%",
            target(&[(2025, 0.8)], Some((2020, Some(1.0)))),
            json!({"direction": "lower"}),
        )],
    );
    let a = assess(&p, &values(&[("2023", 0.9)]), "2024-06-30", Pace);
    assert_eq!(a.status, Status::AtRisk);
    close(a.progress_final, 0.5, 1e-9);
    close(a.reason.ratio(), 0.833_333, 1e-6);
    let a = assess(&p, &values(&[("2023", 0.79)]), "2024-06-30", Pace);
    assert_eq!(a.status, Status::Achieved);
}

#[test]
fn trajectory_runs_piecewise_through_milestones() {
    // base 2020 = 100; milestones 2022 = 200, 2025 = 260.
    // latest 2022 (t = 2023.0) = 190: expected = 200 (the 2022 milestone);
    // expected fraction = (200 − 100)/(260 − 100) = 0.625; actual = 90/160 = 0.5625; ratio 0.9 → at risk.
    let p = plan(
        2021,
        2025,
        vec![indicator(
            "level",
            "家",
            target(&[(2022, 200.0), (2025, 260.0)], Some((2020, Some(100.0)))),
            json!({}),
        )],
    );
    let a = assess(&p, &values(&[("2022", 190.0)]), "2023-06-30", Pace);
    assert_eq!(a.status, Status::AtRisk);
    close(a.expected_value, 200.0, 1e-9);
    close(a.expected_fraction, 0.625, 1e-12);
    assert_eq!(a.next.as_ref().map(|m| m.year), Some(2025));
    close(a.progress_next, 0.5625, 1e-12);
    // latest 2021 (t = 2022.0) = 150: expected = 100 + 100 × 1/2 = 150 → ratio 1 → on track;
    // the next milestone is still 2022: progress toward it = 50/100.
    let a = assess(&p, &values(&[("2021", 150.0)]), "2022-03-01", Pace);
    assert_eq!(a.status, Status::OnTrack);
    assert_eq!(a.next.as_ref().map(|m| m.year), Some(2022));
    close(a.progress_next, 0.5, 1e-12);
}

#[test]
fn baseline_comes_from_observations_when_the_plan_gives_none() {
    // No baseline in the plan, plan starts 2021 → the 2020 observation is the baseline;
    // then exactly the mission-anchor case (ratio 0.9357 → at risk).
    let p = plan(
        2021,
        2025,
        vec![indicator(
            "level",
            "家",
            target(&[(2025, 685.0)], None),
            json!({}),
        )],
    );
    let a = assess(
        &p,
        &values(&[("2019", 380.0), ("2020", 400.0), ("2023", 560.0)]),
        "2024-06-30",
        Pace,
    );
    assert_eq!(a.baseline, Some((2020, 400.0)));
    assert_eq!(a.status, Status::AtRisk);
    // Base year named without a value: the observation of that year.
    let p = plan(
        2021,
        2025,
        vec![indicator(
            "level",
            "家",
            target(&[(2025, 685.0)], Some((2020, None))),
            json!({}),
        )],
    );
    let a = assess(
        &p,
        &values(&[("2020", 400.0), ("2023", 575.0)]),
        "2024-06-30",
        Pace,
    );
    assert_eq!(
        (a.baseline, a.status),
        (Some((2020, 400.0)), Status::OnTrack)
    );
    // …and without it, no assessment.
    let a = assess(&p, &values(&[("2023", 575.0)]), "2024-06-30", Pace);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::CannotAssess, ReasonCode::NoBaseline)
    );
    assert_eq!(
        a.reason.why,
        Why::NoBaseline {
            base_year: Some(2020)
        }
    );
}

#[test]
fn a_break_in_series_rebases_on_the_first_comparable_value() {
    // Break in 2022 (value 500): earlier values, and the 2020 baseline, are not comparable.
    // New baseline 2022 = 500, t0 = 2023.0; 2023 (t = 2024.0) = 560:
    // expected = 500 + 185 × 1/3 = 561.667, fraction 1/3; actual = 60/185 = 0.324324;
    // ratio = 0.972973 → on track.
    let a = assess(
        &hte_plan(),
        &obs(&[
            ("2021", Some(410.0), ""),
            ("2022", Some(500.0), "B"),
            ("2023", Some(560.0), ""),
        ]),
        "2024-06-30",
        Pace,
    );
    assert_eq!(a.baseline, Some((2022, 500.0)));
    assert_eq!(a.status, Status::OnTrack);
    close(a.reason.ratio(), 0.972_973, 1e-6);
    assert!(a.reason.notes.contains(&ReasonNote::SeriesBreak {
        period: "2022".into()
    }));
}

#[test]
fn missing_values_are_gaps_not_zeros() {
    // 2023 is missing: judged on 2022 = 520 (t = 2023.0): expected = 400 + 285 × 2/5 = 514,
    // fraction 0.4; actual = 120/285 = 0.421053; ratio 1.052632 → on track.
    let a = assess(
        &hte_plan(),
        &obs(&[
            ("2022", Some(520.0), "P"),
            ("2023", None, "M"),
            ("other", Some(0.0), ""),
        ]),
        "2024-06-30",
        Pace,
    );
    assert_eq!(a.status, Status::OnTrack);
    assert_eq!(a.latest.as_ref().map(|l| l.period.as_str()), Some("2022"));
    assert!(a.provisional, "a provisional value was used");
}

#[test]
fn only_periods_ended_by_the_as_of_date_count_and_quarters_extend_levels() {
    // 2024 ends 2025.0, after 2024-12-01: ignored. 2024-Q2 ends 2024.5: used as the latest.
    // expected at 2024.5 = 400 + 285 × 3.5/5 = 599.5 (fraction 0.7);
    // actual = 200/285 = 0.701754; ratio 1.002506 → on track.
    let mut rows = values(&[("2023", 560.0), ("2024-Q2", 600.0), ("2024", 300.0)]);
    rows.extend(values(&[("2024-06", 1.0)]).into_iter().map(|mut o| {
        o.indicator = "someone-else".into();
        o
    }));
    let a = assess(&hte_plan(), &rows, "2024-12-01", Pace);
    assert_eq!(
        a.latest.as_ref().map(|l| l.period.as_str()),
        Some("2024-Q2")
    );
    assert_eq!(a.status, Status::OnTrack);
    close(a.expected_value, 599.5, 1e-9);
}

#[test]
fn coverage_share_toward_100_percent() {
    // Plan 2023–2025, no baseline → the 2022 value (40%) at t0 = 2023.0; T = 2026.0;
    // 2024 (t = 2025.0) = 80: expected fraction 2/3, actual 40/60 = 2/3 → ratio 1 → on track.
    let p = plan(
        2023,
        2025,
        vec![indicator(
            "coverage",
            "%",
            target(&[(2025, 100.0)], None),
            json!({}),
        )],
    );
    let a = assess(
        &p,
        &values(&[("2022", 40.0), ("2024", 80.0)]),
        "2025-06-01",
        Pace,
    );
    assert_eq!(a.status, Status::OnTrack);
    close(a.expected_fraction, 2.0 / 3.0, 1e-12);
}

#[test]
fn growth_rate_compares_realised_and_required_cagr() {
    // base 2022 = 100, 年均增长10% to 2025. 2024 = 118: realised = 1.18^(1/2) − 1 = 0.086278;
    // ratio = 0.86278 → pace at risk (0.75 ≤ r < 0.95).
    // Compound trajectory: expected at 2025.0 = 100 × 1.1^2 = 121, level target 100 × 1.1^3 = 133.1.
    let p = plan(
        2023,
        2025,
        vec![indicator(
            "growth_rate",
            "亿元",
            target(&[(2025, 10.0)], Some((2022, Some(100.0)))),
            json!({}),
        )],
    );
    let a = assess(&p, &values(&[("2024", 118.0)]), "2025-06-01", Pace);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::AtRisk, ReasonCode::GrowthCompared)
    );
    close(Some(growth(&a).realised), 0.086_278, 1e-6);
    close(a.reason.ratio(), 0.862_78, 1e-5);
    close(a.expected_value, 121.0, 1e-9);
    close(a.final_target.as_ref().and_then(|m| m.value), 133.1, 1e-9);
    // A quarter of a yearly flow is not a level: 2025-Q1 = 40 is ignored.
    let a = assess(
        &p,
        &values(&[("2024", 118.0), ("2025-Q1", 40.0)]),
        "2025-06-01",
        Pace,
    );
    close(Some(growth(&a).realised), 0.086_278, 1e-6);
    // Reaching the 133.1 level early is achieved.
    let a = assess(&p, &values(&[("2024", 135.0)]), "2025-06-01", Pace);
    assert_eq!(a.status, Status::Achieved);
    // After 2025: 2025 = 130 → realised 1.3^(1/3) − 1 = 9.139% < 10% → missed.
    let a = assess(&p, &values(&[("2025", 130.0)]), "2026-06-01", Pace);
    assert_eq!(a.status, Status::Missed);
    close(Some(growth(&a).realised), 0.091_393, 1e-6);
}

#[test]
fn growth_rate_series_uses_the_geometric_mean() {
    // Rates 2023 = 8%, 2024 = 12% (base year 2022 = the year before the plan):
    // sqrt(1.08 × 1.12) − 1 = sqrt(1.2096) − 1 = 0.099818; ratio to 10% = 0.99818 → on track.
    let p = plan(
        2023,
        2025,
        vec![indicator(
            "growth_rate",
            "%",
            target(&[(2025, 10.0)], None),
            json!({"series": "rate"}),
        )],
    );
    let a = assess(
        &p,
        &values(&[("2023", 8.0), ("2024", 12.0)]),
        "2025-06-01",
        Pace,
    );
    assert_eq!(a.status, Status::OnTrack);
    close(Some(growth(&a).realised), 0.099_818, 1e-6);
}

fn floor_plan() -> plan_gauge_core::model::Plan {
    plan(
        2022,
        2025,
        vec![indicator(
            "annual_floor",
            "家",
            target(&[(2025, 250.0)], None),
            json!({}),
        )],
    )
}

#[test]
fn annual_floor_counts_years_met() {
    // As of 2025-06: 2022, 2023, 2024 have ended. 260 met, 240 missed, 2024 no figure yet.
    let rows = obs(&[
        ("2022", Some(260.0), ""),
        ("2023", Some(240.0), ""),
        ("2024", None, "M"),
    ]);
    let a = assess(&floor_plan(), &rows, "2025-06-01", Pace);
    assert_eq!((a.status, a.years_met), (Status::AtRisk, Some((1, 3))));
    let Why::YearsMet(tally) = a.reason.why else {
        panic!("expected a count of years, found {:?}", a.reason.why)
    };
    assert_eq!(tally.unknown, 1);
    // Two misses → off track.
    let rows = values(&[("2022", 260.0), ("2023", 240.0), ("2024", 200.0)]);
    assert_eq!(
        assess(&floor_plan(), &rows, "2025-06-01", Opensdg).status,
        Status::OffTrack
    );
    // Final: all four met → achieved; one missed → missed; 2025 unknown → no verdict yet.
    let all = values(&[
        ("2022", 260.0),
        ("2023", 251.0),
        ("2024", 250.0),
        ("2025", 300.0),
    ]);
    assert_eq!(
        assess(&floor_plan(), &all, "2026-06-01", Pace).status,
        Status::Achieved
    );
    let one = values(&[
        ("2022", 260.0),
        ("2023", 249.0),
        ("2024", 250.0),
        ("2025", 300.0),
    ]);
    assert_eq!(
        assess(&floor_plan(), &one, "2026-06-01", Pace).status,
        Status::Missed
    );
    let open = values(&[("2022", 260.0), ("2023", 251.0), ("2024", 250.0)]);
    let a = assess(&floor_plan(), &open, "2026-06-01", Pace);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::CannotAssess, ReasonCode::FinalYearPending)
    );
    // Before the first year ends: too early.
    assert_eq!(
        assess(&floor_plan(), &[], "2022-06-01", Pace).status,
        Status::TooEarly
    );
}

#[test]
fn annual_range_is_inclusive() {
    // 每年3–5项: 2022 = 4 met, 2023 = 6 missed → at risk; 2023 = 5 met → on track.
    let mut t = target(&[(2025, 3.0)], None);
    if let Some(m) = t["milestones"][0].as_object_mut() {
        m.insert("upper".into(), json!(5.0));
        m.insert("cmp".into(), json!("range"));
    }
    let p = plan(
        2022,
        2025,
        vec![indicator("annual_range", "项", t, json!({}))],
    );
    let a = assess(
        &p,
        &values(&[("2022", 4.0), ("2023", 6.0)]),
        "2024-03-01",
        Pace,
    );
    assert_eq!((a.status, a.years_met), (Status::AtRisk, Some((1, 2))));
    let a = assess(
        &p,
        &values(&[("2022", 4.0), ("2023", 5.0)]),
        "2024-03-01",
        Pace,
    );
    assert_eq!(a.status, Status::OnTrack);
}

#[test]
fn cumulative_sums_flows_and_stops_at_a_gap() {
    // 累计500 by 2025 from 2022: t0 = 2022.0, T = 2026.0.
    // 100 + 150 = 250 at t = 2024.0: expected fraction 2/4 = 0.5, actual 0.5 → on track.
    let p = plan(
        2022,
        2025,
        vec![indicator(
            "cumulative",
            "亿元",
            target(&[(2025, 500.0)], None),
            json!({}),
        )],
    );
    let a = assess(
        &p,
        &values(&[("2022", 100.0), ("2023", 150.0)]),
        "2024-06-01",
        Pace,
    );
    assert_eq!(a.status, Status::OnTrack);
    assert_eq!(a.latest.as_ref().map(|l| l.value), Some(250.0));
    // 2023 missing: the sum stops at 2022 = 100 (t = 2023.0): expected 0.25, actual 0.2,
    // ratio 0.8 → at risk (a gap is never read as zero, nor skipped over).
    let rows = obs(&[
        ("2022", Some(100.0), ""),
        ("2023", None, "M"),
        ("2024", Some(150.0), ""),
    ]);
    let a = assess(&p, &rows, "2025-06-01", Pace);
    assert_eq!(a.latest.as_ref().map(|l| l.value), Some(100.0));
    assert_eq!(a.status, Status::AtRisk);
    close(a.reason.ratio(), 0.8, 1e-12);
}

#[test]
fn cumulative_running_total_series() {
    let p = plan(
        2022,
        2025,
        vec![indicator(
            "cumulative",
            "亿元",
            target(&[(2025, 500.0)], None),
            json!({"series": "running_total"}),
        )],
    );
    let a = assess(&p, &values(&[("2023", 250.0)]), "2024-06-01", Pace);
    assert_eq!(a.status, Status::OnTrack);
    let a = assess(&p, &values(&[("2025", 520.0)]), "2026-06-01", Pace);
    assert_eq!(a.status, Status::Achieved);
}

#[test]
fn multiple_resolves_to_a_level_with_a_compound_path() {
    // 在2022年基础上翻一番 by 2025: base = the 2022 observation = 100 → target 200.
    // 2024 (t = 2025.0) = 160; compound: expected = 100 × 2^(2/3) = 158.740, fraction 0.587401;
    // actual 0.6; ratio 1.021450 → on track (a linear path would expect 0.6667 → 0.9, at risk).
    let p = plan(
        2023,
        2025,
        vec![indicator(
            "multiple",
            "家",
            target(&[(2025, 2.0)], Some((2022, None))),
            json!({}),
        )],
    );
    let a = assess(
        &p,
        &values(&[("2022", 100.0), ("2024", 160.0)]),
        "2025-03-01",
        Pace,
    );
    close(a.final_target.as_ref().and_then(|m| m.value), 200.0, 1e-9);
    close(a.expected_value, 158.740_105, 1e-5);
    close(a.reason.ratio(), 1.021_450, 1e-5);
    assert_eq!(a.status, Status::OnTrack);
    // No base value: cannot assess.
    let a = assess(&p, &values(&[("2024", 160.0)]), "2025-03-01", Pace);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::CannotAssess, ReasonCode::NoBaseline)
    );
}

#[test]
fn binary_is_too_early_then_at_risk_in_the_final_year() {
    let p = plan(
        2023,
        2025,
        vec![indicator(
            "binary",
            "",
            target(&[(2025, 1.0)], None),
            json!({}),
        )],
    );
    assert_eq!(
        assess(&p, &values(&[("2023", 0.0)]), "2024-06-01", Pace).status,
        Status::TooEarly
    );
    assert_eq!(
        assess(&p, &values(&[("2024", 0.0)]), "2025-06-01", Pace).status,
        Status::AtRisk
    );
    assert_eq!(
        assess(&p, &values(&[("2024", 1.0)]), "2025-06-01", Pace).status,
        Status::Achieved
    );
    assert_eq!(
        assess(&p, &values(&[("2025", 0.0)]), "2026-03-01", Pace).status,
        Status::Missed
    );
    assert_eq!(
        assess(&p, &values(&[("2024", 0.0)]), "2026-03-01", Pace).status,
        Status::CannotAssess
    );
    assert_eq!(assess(&p, &[], "2024-06-01", Pace).status, Status::NoData);
}

#[test]
fn qualitative_stages() {
    // Plan 2023–2027: from 2023.0 to the deadline 2028.0; half-time at 2025.5.
    let mut t = target(&[(2027, 0.0)], None);
    if let Some(m) = t["milestones"][0].as_object_mut() {
        m.remove("value");
    }
    let p = plan(2023, 2027, vec![indicator("qualitative", "", t, json!({}))]);
    let st = |rows: &[(&str, f64)], as_of: &str| assess(&p, &values(rows), as_of, Pace).status;
    assert_eq!(st(&[("2023", 0.0)], "2024-06-01"), Status::TooEarly);
    assert_eq!(st(&[("2025", 0.0)], "2026-01-01"), Status::OffTrack);
    assert_eq!(st(&[("2025", 1.0)], "2026-01-01"), Status::OnTrack);
    assert_eq!(st(&[("2025", 2.0)], "2026-01-01"), Status::Achieved);
    assert_eq!(st(&[("2027", 1.0)], "2028-03-01"), Status::Missed);
}

#[test]
fn approximate_targets_allow_five_percent() {
    // ≈100: 95.5 is within 5% → achieved; 94 is not → judged by pace.
    let mut t = target(&[(2025, 100.0)], Some((2020, Some(50.0))));
    if let Some(m) = t["milestones"][0].as_object_mut() {
        m.insert("cmp".into(), json!("≈"));
    }
    let p = plan(2021, 2025, vec![indicator("level", "家", t, json!({}))]);
    assert_eq!(
        assess(&p, &values(&[("2023", 95.5)]), "2024-06-01", Pace).status,
        Status::Achieved
    );
    assert_ne!(
        assess(&p, &values(&[("2023", 94.0)]), "2024-06-01", Pace).status,
        Status::Achieved
    );
}

#[test]
fn stretch_goals_are_judged_only_when_there_is_no_firm_one() {
    // Firm 2025 = 685, stretch 2027 = 800: the final target judged is the firm one.
    let mut t = target(&[(2025, 685.0), (2027, 800.0)], Some((2020, Some(400.0))));
    if let Some(m) = t["milestones"][1].as_object_mut() {
        m.insert("aspirational".into(), json!(true));
    }
    let p = plan(2021, 2027, vec![indicator("level", "家", t, json!({}))]);
    let a = assess(&p, &values(&[("2025", 700.0)]), "2026-03-01", Pace);
    assert_eq!(a.final_target.as_ref().map(|m| m.year), Some(2025));
    assert_eq!(a.status, Status::Achieved);
    assert!(!a.reason.notes.contains(&ReasonNote::Aspirational));
    // Only a stretch goal: judged against it, and the reason says so.
    let mut t = target(&[(2025, 685.0)], Some((2020, Some(400.0))));
    if let Some(m) = t["milestones"][0].as_object_mut() {
        m.insert("aspirational".into(), json!(true));
    }
    let p = plan(2021, 2025, vec![indicator("level", "家", t, json!({}))]);
    let a = assess(&p, &values(&[("2023", 560.0)]), "2024-06-30", Pace);
    assert_eq!(a.status, Status::AtRisk);
    assert!(a.reason.notes.contains(&ReasonNote::Aspirational));
}

#[test]
fn method_precedence_is_override_then_indicator_then_plan() {
    use plan_gauge_core::model::MethodName;
    use plan_gauge_core::progress::{assess_plan, Options};
    use plan_gauge_core::time::Date;
    let mut p = hte_plan();
    p.method = Some(MethodName::Opensdg);
    let rows = values(&[("2023", 560.0)]);
    let Some(date) = Date::parse("2024-06-30") else {
        panic!("date")
    };
    let o = Options::new(date);
    // plan says opensdg → substantial progress → on track
    assert_eq!(assess_plan(&p, &rows, &o)[0].status, Status::OnTrack);
    // the indicator says pace → at risk
    p.indicators[0].method = Some(MethodName::Pace);
    assert_eq!(assess_plan(&p, &rows, &o)[0].method, MethodName::Pace);
    assert_eq!(assess_plan(&p, &rows, &o)[0].status, Status::AtRisk);
    // the override wins
    let mut o2 = o;
    o2.method = Some(MethodName::Opensdg);
    assert_eq!(assess_plan(&p, &rows, &o2)[0].status, Status::OnTrack);
}
