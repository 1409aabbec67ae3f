//! Golden cases for the `opensdg` method (Statistics Canada / Open SDG), worked out by hand from
//! the formulas in `shared/research/mission-anchors.md` §2.1:
//! CAGR = (v1/v0)^(1/(t1 − t0)) − 1; P = s·d·CAGR_obs/|CAGR_req|; bands 0.95 / 0.60 / 0.

mod engine_common;

use engine_common::*;
use plan_gauge_core::model::MethodName::Opensdg;
use plan_gauge_core::model::Plan;
use plan_gauge_core::progress::{ReasonCode, Status};
use serde_json::json;

fn level_plan(base: f64, goal: f64, extra: serde_json::Value) -> Plan {
    plan(
        2021,
        2025,
        vec![indicator(
            "level",
            "家",
            target(&[(2025, goal)], Some((2020, Some(base)))),
            extra,
        )],
    )
}

#[test]
fn mission_anchor_example_is_substantial_progress() {
    // CAGR_obs = (560/400)^(1/3) − 1 = 1.4^(1/3) − 1 = 0.118689
    // CAGR_req = (685/400)^(1/5) − 1 = 1.7125^(1/5) − 1 = 0.113592
    // P = 0.118689 / 0.113592 = 1.044870 ≥ 0.95 → substantial_progress → on track
    // score = 7.1429 × 1.044870 − 4.2857 = 3.177704
    let a = assess(
        &level_plan(400.0, 685.0, json!({})),
        &values(&[("2023", 560.0)]),
        "2024-06-30",
        Opensdg,
    );
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::OnTrack, ReasonCode::CagrRatio)
    );
    assert_eq!(a.reason.band.map(|b| b.key()), Some("substantial_progress"));
    close(Some(cagr(&a).observed), 0.118_689, 1e-6);
    close(cagr(&a).required, 0.113_592, 1e-6);
    close(a.reason.ratio(), 1.044_870, 1e-5);
    close(a.reason.score(), 3.1777, 1e-3);
    // CAGR projection: 560 × 1.118689^2 = 700.82 at the end of 2025;
    // 685 reached at 2024 + ln(685/560)/ln(1.118689) = 2024 + 1.7964 → during 2025.
    close(a.projected_value, 700.82, 0.01);
    assert_eq!(a.projected_year, Some(2025));
}

#[test]
fn bands_map_to_statuses() {
    // 500: CAGR = 1.25^(1/3) − 1 = 0.077217; P = 0.679778 → moderate → at risk;
    //      score = 7.1429 × 0.679778 − 4.2857 = 0.569885
    // 420: CAGR = 1.05^(1/3) − 1 = 0.016396; P = 0.144344 → limited → off track;
    //      score = 4.1667 × 0.144344 − 2.5 = −1.898561
    // 380: CAGR = 0.95^(1/3) − 1 = −0.016952; P = −0.149240 → deterioration → off track;
    //      score = 4.1667 × −0.149240 − 2.5 = −3.121837
    let p = level_plan(400.0, 685.0, json!({}));
    for (v, key, status, p_val, score) in [
        (
            500.0,
            "moderate_progress",
            Status::AtRisk,
            0.679_778,
            0.569_885,
        ),
        (
            420.0,
            "limited_progress",
            Status::OffTrack,
            0.144_344,
            -1.898_561,
        ),
        (
            380.0,
            "deterioration",
            Status::OffTrack,
            -0.149_240,
            -3.121_837,
        ),
    ] {
        let a = assess(&p, &values(&[("2023", v)]), "2024-06-30", Opensdg);
        assert_eq!(a.status, status, "{v}");
        assert_eq!(a.reason.band.map(|b| b.key()), Some(key), "{v}");
        close(a.reason.ratio(), p_val, 1e-5);
        close(a.reason.score(), score, 1e-3);
    }
    // Meeting the target is target_achieved whatever the growth.
    let a = assess(&p, &values(&[("2023", 700.0)]), "2024-06-30", Opensdg);
    assert_eq!(a.status, Status::Achieved);
}

#[test]
fn lower_is_better_flips_the_sign() {
    // base 1.0, target 0.8; 2023 = 0.9.
    // CAGR_obs = 0.9^(1/3) − 1 = −0.034511; CAGR_req = 0.8^(1/5) − 1 = −0.043648
    // s = +1, d = −1: P = −(−0.034511)/0.043648 = 0.790666 → moderate → at risk
    let a = assess(
        &level_plan(
            1.0,
            0.8,
            json!({"direction": "lower", "kind": "share", "unit": "%"}),
        ),
        &values(&[("2023", 0.9)]),
        "2024-06-30",
        Opensdg,
    );
    assert_eq!(a.status, Status::AtRisk);
    close(a.reason.ratio(), 0.790_666, 1e-5);
}

#[test]
fn guards_give_not_available() {
    let p = level_plan(400.0, 685.0, json!({}));
    // Latest 2021-Q2 (t = 2021.5) is less than a year after the base (t0 = 2021.0).
    let a = assess(&p, &values(&[("2021-Q2", 420.0)]), "2021-09-01", Opensdg);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::CannotAssess, ReasonCode::TooFewPoints)
    );
    assert_eq!(a.reason.band.map(|b| b.key()), Some("not_available"));
    // Base year not before the latest: only the base-year value itself.
    let a = assess(&p, &values(&[("2020", 400.0)]), "2022-06-30", Opensdg);
    assert_eq!(a.status, Status::CannotAssess);
    // Base and latest of different signs.
    let q = level_plan(-5.0, 10.0, json!({}));
    let a = assess(&q, &values(&[("2023", 3.0)]), "2024-06-30", Opensdg);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::CannotAssess, ReasonCode::NotComparable)
    );
}

#[test]
fn zero_base_counts_as_a_thousandth() {
    // base 0 → 0.001; 2023 = 4: CAGR_obs = 4000^(1/3) − 1 = 14.874011;
    // CAGR_req = 10000^(1/5) − 1 = 5.309573; P = 2.801356 → substantial → on track.
    let a = assess(
        &level_plan(0.0, 10.0, json!({})),
        &values(&[("2023", 4.0)]),
        "2024-06-30",
        Opensdg,
    );
    assert_eq!(a.status, Status::OnTrack);
    close(a.reason.ratio(), 2.801_356, 1e-5);
}

#[test]
fn without_a_target_value_the_growth_rate_alone_is_judged() {
    // base 100 (2020), 2023 = 103: CAGR = 1.03^(1/3) − 1 = 0.009902 → 0.5% ≤ g < 1.5%
    // → moderate → at risk; score = 250 × 0.0099016 − 1.25 = 1.225409.
    let mut t = target(&[(2025, 0.0)], Some((2020, Some(100.0))));
    if let Some(m) = t["milestones"][0].as_object_mut() {
        m.remove("value");
    }
    let p = plan(2021, 2025, vec![indicator("level", "家", t, json!({}))]);
    let a = assess(&p, &values(&[("2023", 103.0)]), "2024-06-30", Opensdg);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::AtRisk, ReasonCode::CagrNoTarget)
    );
    assert_eq!(a.reason.band.map(|b| b.key()), Some("moderate_progress"));
    close(a.reason.score(), 1.225_409, 1e-5);
}

#[test]
fn growth_rate_targets_use_the_ratio_as_p() {
    // base 2022 = 100, 年均增长10%; 2024 = 118: realised 0.086278, P = 0.86278 → moderate → at risk;
    // score = 7.1429 × 0.862780 − 4.2857 = 1.877055.
    // 2024 = 112: realised = 1.12^(1/2) − 1 = 0.058301, P = 0.58301 → limited → off track.
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
    let a = assess(&p, &values(&[("2024", 118.0)]), "2025-06-01", Opensdg);
    assert_eq!(a.status, Status::AtRisk);
    assert_eq!(a.reason.band.map(|b| b.key()), Some("moderate_progress"));
    close(a.reason.score(), 1.877_055, 1e-5);
    let a = assess(&p, &values(&[("2024", 112.0)]), "2025-06-01", Opensdg);
    assert_eq!(a.status, Status::OffTrack);
}

#[test]
fn multiples_compare_compound_rates() {
    // 翻一番 from 2022 = 100 → 200 by 2025; 2024 = 160.
    // CAGR_obs = 1.6^(1/2) − 1 = 0.264911; CAGR_req = 2^(1/3) − 1 = 0.259921;
    // P = 1.019198 → substantial → on track; score = 7.1429 × 1.019198 − 4.2857 = 2.994331.
    let p = plan(
        2023,
        2025,
        vec![indicator(
            "multiple",
            "家",
            target(&[(2025, 2.0)], Some((2022, Some(100.0)))),
            json!({}),
        )],
    );
    let a = assess(&p, &values(&[("2024", 160.0)]), "2025-03-01", Opensdg);
    assert_eq!(a.status, Status::OnTrack);
    close(a.reason.ratio(), 1.019_198, 1e-5);
    close(a.reason.score(), 2.994_331, 1e-5);
}

#[test]
fn the_deadline_gives_a_final_verdict_under_opensdg_too() {
    let p = level_plan(400.0, 685.0, json!({}));
    let a = assess(
        &p,
        &values(&[("2023", 600.0), ("2025", 684.0)]),
        "2026-06-01",
        Opensdg,
    );
    assert_eq!(a.status, Status::Missed);
    let a = assess(&p, &values(&[("2025", 685.0)]), "2026-06-01", Opensdg);
    assert_eq!(a.status, Status::Achieved);
}

#[test]
fn count_based_kinds_judge_the_same_under_both_methods() {
    use plan_gauge_core::model::MethodName::Pace;
    // annual floor: 260 met, 240 missed → at risk; cumulative 250 of 500 at half-time → on track;
    // binary 0 in the final year → at risk; qualitative in progress → on track.
    let cases = [
        (
            "annual_floor",
            250.0,
            vec![("2022", 260.0), ("2023", 240.0)],
            "2024-03-01",
            Status::AtRisk,
        ),
        (
            "cumulative",
            500.0,
            vec![("2022", 100.0), ("2023", 150.0)],
            "2024-06-01",
            Status::OnTrack,
        ),
        (
            "binary",
            1.0,
            vec![("2024", 0.0)],
            "2025-06-01",
            Status::AtRisk,
        ),
        (
            "qualitative",
            0.0,
            vec![("2024", 1.0)],
            "2025-06-01",
            Status::OnTrack,
        ),
    ];
    for (kind, goal, rows, as_of, want) in cases {
        let p = plan(
            2022,
            2025,
            vec![indicator(
                kind,
                "",
                target(&[(2025, goal)], None),
                json!({}),
            )],
        );
        let pace = assess(&p, &values(&rows), as_of, Pace);
        let sdg = assess(&p, &values(&rows), as_of, Opensdg);
        assert_eq!((pace.status, sdg.status), (want, want), "{kind}");
    }
}

#[test]
fn a_base_year_without_a_value_moves_to_the_next_year_under_opensdg_only() {
    use plan_gauge_core::model::MethodName::Pace;
    use plan_gauge_core::progress::ReasonNote;
    // 在2022年基础上: the 2022 value is missing. Pace cannot assess.
    // Open SDG takes 2023 = 50 (t0 = 2024.0); 2025 = 72 (t = 2026.0):
    // CAGR_obs = (72/50)^(1/2) − 1 = 0.2; CAGR_req = (100/50)^(1/4) − 1 = 0.189207;
    // P = 1.057043 → substantial → on track.
    let p = plan(
        2023,
        2027,
        vec![indicator(
            "coverage",
            "%",
            target(&[(2027, 100.0)], Some((2022, None))),
            json!({}),
        )],
    );
    let rows = obs(&[
        ("2022", None, "M"),
        ("2023", Some(50.0), ""),
        ("2025", Some(72.0), ""),
    ]);
    let a = assess(&p, &rows, "2026-06-01", Pace);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::CannotAssess, ReasonCode::NoBaseline)
    );
    let a = assess(&p, &rows, "2026-06-01", Opensdg);
    assert_eq!(a.status, Status::OnTrack);
    assert_eq!(a.baseline, Some((2023, 50.0)));
    close(a.reason.ratio(), 1.057_043, 1e-5);
    assert!(a.reason.notes.contains(&ReasonNote::BaseYearMoved {
        wanted: 2022,
        used: 2023
    }));
}
