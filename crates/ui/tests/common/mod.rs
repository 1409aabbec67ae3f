//! Minimal fixtures shared by the SSR snapshot tests and the browser tests: one small plan, a few
//! observations (one missing, one provisional) and hand-written assessments, one per status. The
//! components only present assessments, so the tests give them assessments directly.

#![allow(dead_code)]

use plan_gauge_core::model::{
    Comparator, Indicator, Kind, MethodName, ObsStatus, Observation, Plan,
};
use plan_gauge_core::progress::{
    Assessment, LatestValue, PaceFigures, Reason, ResolvedMilestone, Start, Status, Why,
};

pub const PLAN: &str = r#"{
  "format": "plan-gauge/1",
  "id": "demo-2025",
  "title": "示范区科技创新行动方案（2022—2025年）",
  "i18n": {"en": "Demo district innovation action plan (2022–2025)", "zh-Hant": "示範區科技創新行動方案（2022—2025年）"},
  "issuer": "示范区人民政府办公室",
  "period": {"start": 2022, "end": 2025},
  "locale": "zh-Hans",
  "sections": [
    {"id": "1", "label": "一、", "title": "主要目标", "i18n": {"en": "Main goals", "zh-Hant": "主要目標"}},
    {"id": "2", "label": "二、", "title": "重点任务", "i18n": {"en": "Key tasks", "zh-Hant": "重點任務"},
     "children": [{"id": "2.1", "label": "（一）", "title": "培育企业"}]}
  ],
  "indicators": [
    {"id": "hte", "name": "高新技术企业数量", "i18n": {"en": "High-tech enterprises", "zh-Hant": "高新技術企業數量"},
     "unit": "家", "kind": "level", "section": "1", "headline": true,
     "targets": [{"milestones": [{"year": 2023, "value": 560}, {"year": 2025, "value": 685}],
       "baseline": {"year": 2021, "value": 400}, "lead": ["区科技局"], "partners": ["区统计局"],
       "citation": {"quote": "到2025年，高新技术企业数量达到685家", "section": "1"}}]},
    {"id": "rd", "name": "研发经费支出占GDP比重", "i18n": {"en": "R&D spending as a share of GDP"},
     "unit": "%", "decimals": 1, "kind": "share", "section": "2.1",
     "targets": [{"milestones": [{"year": 2025, "value": 3.0}], "baseline": {"year": 2021, "value": 2.2},
       "lead": ["区发改局", "区科技局"], "citation": {"quote": "研发经费支出占GDP比重达到3.0%", "section": "2.1"}}]},
    {"id": "lab", "name": "省级重点实验室", "unit": "个", "kind": "binary", "section": "2",
     "targets": [{"milestones": [{"year": 2025, "value": 1, "aspirational": true}], "lead": ["区科技局"],
       "citation": {"quote": "力争实现省级重点实验室零的突破", "section": "2"}}]}
  ],
  "agencies": {
    "区科技局": {"en": "Demo District Science and Technology Bureau", "zh-Hant": "區科技局"},
    "区发改局": {"en": "Demo District Development and Reform Bureau", "zh-Hant": "區發改局"}
  }
}"#;

pub fn plan() -> Plan {
    serde_json::from_str(PLAN).expect("the fixture plan is valid JSON")
}

pub fn indicator(id: &str) -> Indicator {
    plan()
        .indicators
        .into_iter()
        .find(|i| i.id == id)
        .expect("fixture indicator")
}

fn obs(indicator: &str, period: &str, value: Option<f64>, status: ObsStatus) -> Observation {
    Observation {
        indicator: indicator.into(),
        period: period.into(),
        value,
        status,
        note: (status == ObsStatus::Missing).then(|| "统计口径调整，当年未发布".to_string()),
        source: "区统计局".into(),
        published: "2025-03-10".into(),
        bound: None,
        url: None,
        title: None,
        quote: None,
    }
}

/// 2021 baseline, 2022, a missing 2023, and a provisional 2024.
pub fn observations() -> Vec<Observation> {
    vec![
        obs("hte", "2021", Some(400.0), ObsStatus::Normal),
        obs("hte", "2022", Some(470.0), ObsStatus::Normal),
        obs("hte", "2023", None, ObsStatus::Missing),
        obs("hte", "2024", Some(612.0), ObsStatus::Provisional),
        obs("rd", "2022", Some(2.3), ObsStatus::Normal),
        obs("rd", "2023", Some(2.35), ObsStatus::Normal),
    ]
}

fn milestone(year: i32, value: f64) -> ResolvedMilestone {
    ResolvedMilestone {
        year,
        stated: Some(value),
        value: Some(value),
        upper: None,
        cmp: Comparator::Ge,
        aspirational: false,
    }
}

/// The high-tech enterprises target (baseline 400 in 2021, target 685 by 2025, as of 2025-06-30,
/// 80% of the way expected) with the given status and figures that fit it:
/// achieved 700 (300/285 = 1.0526 of the way), on track 640 (0.8421), at risk 612 (0.7438),
/// off track 500 (0.3509), missed 650 at the end of 2025 (0.8772, judged 2026-06-30), no data,
/// too early (counting has not begun) and cannot assess (no baseline).
pub fn assessment(status: Status) -> Assessment {
    let (value, progress) = match status {
        Status::Achieved => (700.0, 1.0526),
        Status::OnTrack => (640.0, 0.8421),
        Status::OffTrack => (500.0, 0.3509),
        Status::Missed => (650.0, 0.8772),
        _ => (612.0, 0.7438),
    };
    let data = !matches!(status, Status::NoData | Status::TooEarly);
    let judged = status.is_assessed();
    let expected = if status == Status::Missed { 1.0 } else { 0.8 };
    let reason = match status {
        Status::Achieved => Reason::new(Why::TargetMet {
            latest: Some(value),
        }),
        Status::Missed => Reason::new(Why::DeadlinePassed {
            latest: Some(value),
        }),
        Status::NoData => Reason::new(Why::NoObservations),
        Status::TooEarly => Reason::new(Why::NotStarted(Start::NoNewValue)),
        Status::CannotAssess => Reason::new(Why::NoBaseline { base_year: None }),
        _ => Reason::new(pace(expected, progress)),
    };
    Assessment {
        indicator: "hte".into(),
        target: 0,
        kind: Kind::Level,
        method: MethodName::Pace,
        status,
        reason,
        as_of: if status == Status::Missed {
            "2026-06-30"
        } else {
            "2025-06-30"
        }
        .into(),
        latest: data.then(|| LatestValue {
            period: if status == Status::Missed {
                "2025"
            } else {
                "2024"
            }
            .into(),
            value,
            status: if status == Status::AtRisk {
                ObsStatus::Provisional
            } else {
                ObsStatus::Normal
            },
            source: "区统计局".into(),
            published: "2025-03-10".into(),
            bound: None,
            url: None,
        }),
        baseline: (status != Status::CannotAssess).then_some((2021, 400.0)),
        next: Some(milestone(2025, 685.0)),
        final_target: Some(milestone(2025, 685.0)),
        progress_next: judged.then_some(progress),
        progress_final: judged.then_some(progress),
        expected_fraction: judged.then_some(expected),
        expected_value: judged.then_some(400.0 + 285.0 * expected),
        projected_value: judged.then_some(683.0),
        projected_year: judged.then_some(2026),
        years_met: None,
        provisional: status == Status::AtRisk,
    }
}

/// A pace reason: `actual` of the way done where `expected` was expected.
pub fn pace(expected: f64, actual: f64) -> Why {
    Why::PaceCompared(PaceFigures {
        expected_fraction: expected,
        actual_fraction: actual,
        expected_value: 0.0,
        elapsed: 0.5,
        ratio: Some(actual / expected),
        total: None,
    })
}

/// One assessment per fixture indicator.
pub fn plan_assessments() -> Vec<Assessment> {
    let hte = assessment(Status::AtRisk);
    // R&D share: 2.35% against 2.2% → 3.0%: 0.15/0.8 = 0.1875 of the way where 0.5 was expected.
    let mut rd = assessment(Status::OffTrack);
    rd.indicator = "rd".into();
    rd.reason = Reason::new(pace(0.5, 0.1875));
    rd.kind = Kind::Share;
    rd.latest = Some(LatestValue {
        period: "2023".into(),
        value: 2.35,
        status: ObsStatus::Normal,
        source: "区统计局".into(),
        published: "2024-09-30".into(),
        bound: None,
        url: None,
    });
    rd.baseline = Some((2021, 2.2));
    rd.next = Some(milestone(2025, 3.0));
    rd.final_target = Some(milestone(2025, 3.0));
    rd.progress_next = Some(0.1875);
    rd.progress_final = Some(0.1875);
    rd.expected_fraction = Some(0.5);
    rd.expected_value = Some(2.6);
    rd.projected_value = Some(2.65);
    rd.provisional = false;
    let mut lab = assessment(Status::NoData);
    lab.indicator = "lab".into();
    lab.kind = Kind::Binary;
    lab.baseline = None;
    lab.next = None;
    lab.final_target = Some(ResolvedMilestone {
        aspirational: true,
        ..milestone(2025, 1.0)
    });
    lab.expected_fraction = None;
    lab.expected_value = None;
    lab.provisional = false;
    vec![hte, rd, lab]
}

/// A plan of `n` indicators like the high-tech one, `i0` … `i{n-1}`, alternating between the
/// two sections, with one assessment each (at risk, off track, no data in turn). Every one is
/// led by 区科技局 but the last, led by 区统计局 alone.
pub fn large_plan(n: usize) -> (Plan, Vec<Assessment>) {
    let mut plan = plan();
    let template = indicator("hte");
    plan.indicators = (0..n)
        .map(|k| {
            let mut ind = template.clone();
            ind.id = format!("i{k}");
            ind.name = format!("指标{k}");
            ind.i18n.clear();
            ind.section = Some(if k % 2 == 0 { "1" } else { "2" }.to_string());
            if k + 1 == n {
                for t in &mut ind.targets {
                    t.lead = vec!["区统计局".to_string()];
                }
            }
            ind
        })
        .collect();
    let statuses = [Status::AtRisk, Status::OffTrack, Status::NoData];
    let assessments = (0..n)
        .map(|k| {
            let mut a = assessment(statuses[k % statuses.len()]);
            a.indicator = format!("i{k}");
            a
        })
        .collect();
    (plan, assessments)
}

#[cfg(feature = "ssr")]
pub mod gallery;
