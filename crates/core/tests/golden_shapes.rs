//! Golden cases, worked by hand, for the target shapes real plans write beyond levels and
//! rates: a change against the base year (比2020年下降13.5%), a change in points (提高2个百分点),
//! a rank (进入前10名) and a direction with no number (稳步提升).

mod engine_common;

use engine_common::*;
use plan_gauge_core::explain::{headline, reason_sentence, target_phrase};
use plan_gauge_core::model::MethodName::{Opensdg, Pace};
use plan_gauge_core::model::Plan;
use plan_gauge_core::progress::{ReasonCode, Status};
use plan_gauge_core::validate::{validate_plan, Code};
use plan_gauge_core::Lang;
use serde_json::json;

/// A 2021–2025 plan with one indicator of `kind`.
fn plan_of(kind: &str, unit: &str, target: serde_json::Value, extra: serde_json::Value) -> Plan {
    plan(2021, 2025, vec![indicator(kind, unit, target, extra)])
}

/// Energy use per unit of GDP: 比2020年下降13.5% by 2025, base value 0.50 t per 10,000 yuan.
fn intensity_plan() -> Plan {
    plan_of(
        "relative_change",
        "吨标准煤/万元",
        target(&[(2025, -13.5)], Some((2020, Some(0.50)))),
        json!({"direction": "lower"}),
    )
}

#[test]
fn a_reduction_against_the_base_year_becomes_a_level_and_is_paced() {
    let plan = intensity_plan();
    assert_eq!(validate_plan(&plan), vec![]);
    // Target level = 0.50 × (1 − 0.135) = 0.4325. t0 = 2021.0, T = 2026.0.
    // Latest 2023 (t = 2024.0): expected fraction 0.6; actual = (0.50 − 0.46)/(0.50 − 0.4325)
    // = 0.04/0.0675 = 0.592593; ratio 0.987654 ≥ 0.95 → on track.
    let a = assess(&plan, &values(&[("2023", 0.46)]), "2024-06-30", Pace);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::OnTrack, ReasonCode::PaceCompared)
    );
    close(a.final_target.as_ref().and_then(|m| m.value), 0.4325, 1e-12);
    close(a.progress_final, 0.592_593, 1e-6);
    close(a.reason.ratio(), 0.987_654, 1e-6);
    let ind = &plan.indicators[0];
    let m = a.final_target.as_ref().expect("final target");
    assert_eq!(
        target_phrase(m, &a, ind, Lang::ZhHans),
        "不超过0.43吨标准煤/万元（比2020年下降13.5%）"
    );
    assert_eq!(
        target_phrase(m, &a, ind, Lang::En),
        "at most 0.43 吨标准煤/万元 (13.5% lower than in 2020)"
    );
    // Reached: 0.43 ≤ 0.4325 → achieved.
    let a = assess(&plan, &values(&[("2024", 0.43)]), "2025-06-30", Pace);
    assert_eq!(a.status, Status::Achieved);
}

#[test]
fn a_change_needs_the_base_value_and_says_so() {
    let plan = plan_of(
        "relative_change",
        "吨标准煤/万元",
        target(&[(2025, -13.5)], Some((2020, None))),
        json!({"direction": "lower"}),
    );
    assert_eq!(validate_plan(&plan), vec![]);
    let a = assess(&plan, &values(&[("2023", 0.46)]), "2024-06-30", Pace);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::CannotAssess, ReasonCode::NoBaseline)
    );
    let ind = &plan.indicators[0];
    let m = a.final_target.as_ref().expect("final target");
    assert_eq!(target_phrase(m, &a, ind, Lang::ZhHans), "比2020年下降13.5%");
    // With the base-year figure among the observations it is judged.
    let a = assess(
        &plan,
        &values(&[("2020", 0.50), ("2023", 0.46)]),
        "2024-06-30",
        Pace,
    );
    assert_eq!(a.status, Status::OnTrack);
}

#[test]
fn a_change_in_points_adds_the_points_to_the_base() {
    // R&D share 2.5% in 2020, 提高2个百分点 by 2025 → 4.5%. Latest 2023: 3.1%.
    // expected fraction 0.6; actual (3.1 − 2.5)/2 = 0.3; ratio 0.5 < 0.75 → off track.
    let plan = plan_of(
        "point_change",
        "%",
        target(&[(2025, 2.0)], Some((2020, Some(2.5)))),
        json!({}),
    );
    assert_eq!(validate_plan(&plan), vec![]);
    let a = assess(&plan, &values(&[("2023", 3.1)]), "2024-06-30", Pace);
    close(a.final_target.as_ref().and_then(|m| m.value), 4.5, 1e-12);
    close(a.progress_final, 0.3, 1e-9);
    assert_eq!(a.status, Status::OffTrack);
    let ind = &plan.indicators[0];
    assert_eq!(
        headline(&a, ind, Lang::ZhHans),
        "高新技术企业数量2023年为3.1%，目标是2025年达到4.5%（比2020年提高2个百分点）：严重滞后。"
    );
    assert_eq!(
        headline(&a, ind, Lang::ZhHant),
        "高新技术企业数量2023年為3.1%，目標是2025年達到4.5%（比2020年提高2個百分點）：嚴重滯後。"
    );
}

#[test]
fn a_rank_is_better_lower() {
    // 进入前10名 by 2025 from 18th in 2020. Latest 2023: 14th.
    // expected fraction 0.6; actual (18 − 14)/(18 − 10) = 0.5; ratio 0.8333 → at risk.
    let mut t = target(&[(2025, 10.0)], Some((2020, Some(18.0))));
    t["milestones"][0]["cmp"] = json!("<=");
    let plan = plan_of("rank", "名", t, json!({"direction": "lower"}));
    assert_eq!(validate_plan(&plan), vec![]);
    let a = assess(&plan, &values(&[("2023", 14.0)]), "2024-06-30", Pace);
    close(a.progress_final, 0.5, 1e-9);
    assert_eq!(a.status, Status::AtRisk);
    let ind = &plan.indicators[0];
    let m = a.final_target.as_ref().expect("final target");
    assert_eq!(target_phrase(m, &a, ind, Lang::ZhHans), "进入前10名");
    assert_eq!(target_phrase(m, &a, ind, Lang::En), "a place in the top 10");
    let a = assess(&plan, &values(&[("2024", 9.0)]), "2025-06-30", Pace);
    assert_eq!(a.status, Status::Achieved);
}

#[test]
fn direction_and_sign_must_agree() {
    let bad = |kind: &str, value: f64, direction: &str| {
        let plan = plan_of(
            kind,
            if kind == "point_change" { "%" } else { "名" },
            target(&[(2025, value)], Some((2020, Some(18.0)))),
            json!({"direction": direction}),
        );
        validate_plan(&plan)
            .iter()
            .map(|p| p.code)
            .collect::<Vec<_>>()
    };
    assert_eq!(bad("rank", 10.0, "higher"), vec![Code::DirectionMismatch]);
    assert_eq!(
        bad("relative_change", -13.5, "higher"),
        vec![Code::DirectionMismatch]
    );
    assert_eq!(
        bad("point_change", 2.0, "lower"),
        vec![Code::DirectionMismatch]
    );
    assert_eq!(bad("relative_change", -13.5, "lower"), vec![]);
    assert_eq!(bad("relative_change", 0.0, "lower"), vec![Code::OutOfRange]);
    // A change needs its base year.
    let plan = plan_of("point_change", "%", target(&[(2025, 2.0)], None), json!({}));
    let codes: Vec<Code> = validate_plan(&plan).iter().map(|p| p.code).collect();
    assert_eq!(codes, vec![Code::BaselineRequired]);
}

/// 稳步提升: a milestone with no value.
fn steady_plan() -> Plan {
    plan_of(
        "level",
        "家",
        json!({"milestones": [{"year": 2025}], "lead": ["市科技局"],
                   "baseline": {"year": 2020, "value": 400.0},
                   "citation": {"quote": "高新技术企业数量稳步提升", "section": "1.1"}}),
        json!({}),
    )
}

#[test]
fn a_direction_only_target_is_valid_and_judged_by_growth_alone() {
    let plan = steady_plan();
    assert_eq!(validate_plan(&plan), vec![]);
    // 400 (end 2020) → 441 (end 2022): CAGR = (441/400)^(1/2) − 1 = 1.05 − 1 = 0.05 ≥ 0.015
    // → substantial progress, on track, under either method.
    for method in [Pace, Opensdg] {
        let a = assess(&plan, &values(&[("2022", 441.0)]), "2023-06-30", method);
        assert_eq!(
            (a.status, a.reason.code()),
            (Status::OnTrack, ReasonCode::CagrNoTarget),
            "{method:?}"
        );
        close(a.reason.ratio(), 0.05, 1e-12);
    }
    let a = assess(&plan, &values(&[("2022", 441.0)]), "2023-06-30", Pace);
    let ind = &plan.indicators[0];
    assert_eq!(
        headline(&a, ind, Lang::ZhHans),
        "高新技术企业数量2022年为441家，目标是2025年稳步提高：进度正常。"
    );
    assert!(reason_sentence(&a, ind, Lang::En).contains("5%"));
    // Falling: 400 → 396 over a year is −1%: deterioration, off track.
    let a = assess(&plan, &values(&[("2021", 396.0)]), "2022-06-30", Pace);
    assert_eq!(a.status, Status::OffTrack);
}

#[test]
fn a_direction_only_target_is_met_at_the_deadline_when_better_than_the_base() {
    let plan = steady_plan();
    let a = assess(&plan, &values(&[("2025", 420.0)]), "2026-06-30", Pace);
    assert_eq!(a.status, Status::Achieved);
    let a = assess(&plan, &values(&[("2025", 390.0)]), "2026-06-30", Pace);
    assert_eq!(a.status, Status::Missed);
    assert_eq!(
        reason_sentence(&a, &plan.indicators[0], Lang::ZhHans),
        "目标是2025年稳步提高，最终值为390家，未实现。"
    );
}

#[test]
fn a_published_bound_is_said_as_a_bound() {
    // 预计突破8800家: an estimate that is only a lower bound.
    let plan = plan_of(
        "level",
        "家",
        target(&[(2025, 9000.0)], Some((2020, Some(5000.0)))),
        json!({}),
    );
    let mut rows = obs(&[("2024", Some(8800.0), "E")]);
    rows[0].bound = Some(plan_gauge_core::model::Bound::MoreThan);
    let a = assess(&plan, &rows, "2025-03-01", Pace);
    let ind = &plan.indicators[0];
    let h = headline(&a, ind, Lang::ZhHans);
    assert!(h.starts_with("高新技术企业数量2024年为超过8800家（"), "{h}");
    assert!(
        headline(&a, ind, Lang::En).contains("more than 8,800"),
        "{}",
        headline(&a, ind, Lang::En)
    );
    // Without the bound the same figure reads plainly.
    rows[0].bound = None;
    let a = assess(&plan, &rows, "2025-03-01", Pace);
    assert!(headline(&a, ind, Lang::ZhHans).starts_with("高新技术企业数量2024年为8800家（"));
}

#[test]
fn with_no_figure_the_sentence_says_what_the_plan_expects_by_now() {
    // Baseline 400 (end of 2020, t0 = 2021.0), 685 by 2025 (tf = 2026.0); as of 2023-07-02 the
    // path is halfway: 400 + 285 × 0.5 = 542.5.
    let plan = plan_of(
        "level",
        "家",
        target(&[(2025, 685.0)], Some((2020, Some(400.0)))),
        json!({}),
    );
    let a = assess(&plan, &[], "2023-07-02", Pace);
    assert_eq!(
        (a.status, a.reason.code()),
        (Status::NoData, ReasonCode::NoObservations)
    );
    close(a.expected_fraction, 0.5, 2e-3);
    close(a.expected_value, 542.5, 0.6);
    let ind = &plan.indicators[0];
    let zh = reason_sentence(&a, ind, Lang::ZhHans);
    assert!(
        zh.starts_with("尚无公开数据。按时间进度，到2023年7月2日应达到54"),
        "{zh}"
    );
    assert!(headline(&a, ind, Lang::En).contains("no published figure found"));
    // After the deadline the plan expects its target; without a stated baseline, nothing.
    let a = assess(&plan, &[], "2026-06-30", Pace);
    close(a.expected_value, 685.0, 1e-9);
    let bare = plan_of("level", "家", target(&[(2025, 685.0)], None), json!({}));
    let a = assess(&bare, &[], "2023-07-02", Pace);
    assert_eq!(a.expected_value, None);
    assert_eq!(
        reason_sentence(&a, &bare.indicators[0], Lang::ZhHans),
        "尚无公开数据。"
    );
}
