//! Minimal fixtures for the engine tests: one plan, one indicator, a few observations.
#![allow(dead_code)]

use plan_gauge_core::model::{MethodName, Observation, Plan};
use plan_gauge_core::progress::{self, Assessment, Options};
use plan_gauge_core::time::Date;
use serde_json::{json, Value};

/// A plan covering `start..=end` with the given indicators (JSON values).
pub fn plan(start: i32, end: i32, indicators: Vec<Value>) -> Plan {
    serde_json::from_value(json!({
        "format": "plan-gauge/1", "id": "t", "title": "测试方案", "issuer": "测试",
        "period": {"start": start, "end": end}, "locale": "zh-Hans",
        "sections": [{"id": "1", "label": "一、", "title": "目标",
                      "children": [{"id": "1.1", "label": "(一)", "title": "创新"}]}],
        "indicators": indicators
    }))
    .expect("fixture plan")
}

/// Indicator `x` of `kind` with one target; `extra` merges more indicator fields.
pub fn indicator(kind: &str, unit: &str, target: Value, extra: Value) -> Value {
    let mut v = json!({"id": "x", "name": "高新技术企业数量", "unit": unit, "kind": kind,
                       "section": "1.1", "targets": [target]});
    if let (Some(o), Some(e)) = (v.as_object_mut(), extra.as_object()) {
        for (k, val) in e {
            o.insert(k.clone(), val.clone());
        }
    }
    v
}

/// A target with `milestones` (`[(year, value)]`, `>=`) and an optional baseline.
pub fn target(milestones: &[(i32, f64)], baseline: Option<(i32, Option<f64>)>) -> Value {
    let ms: Vec<Value> = milestones
        .iter()
        .map(|(y, v)| json!({"year": y, "value": v}))
        .collect();
    let mut t = json!({"milestones": ms, "lead": ["市科技局"],
                       "citation": {"quote": "到2025年达到685家", "section": "1.1"}});
    if let (Some((year, value)), Some(o)) = (baseline, t.as_object_mut()) {
        o.insert("baseline".into(), json!({"year": year, "value": value}));
    }
    t
}

/// Observations of indicator `x`: (period, value, status).
pub fn obs(rows: &[(&str, Option<f64>, &str)]) -> Vec<Observation> {
    rows.iter()
        .map(|(p, v, s)| Observation {
            indicator: "x".into(),
            period: (*p).into(),
            value: *v,
            status: plan_gauge_core::model::ObsStatus::parse(s).expect("status"),
            note: None,
            source: "统计局".into(),
            published: "2025-03-01".into(),
            bound: None,
            url: None,
            title: None,
            quote: None,
        })
        .collect()
}

/// Observations with plain normal values.
pub fn values(rows: &[(&str, f64)]) -> Vec<Observation> {
    let rows: Vec<(&str, Option<f64>, &str)> =
        rows.iter().map(|(p, v)| (*p, Some(*v), "")).collect();
    obs(&rows)
}

pub fn options(as_of: &str, method: MethodName) -> Options {
    let mut o = Options::new(Date::parse(as_of).expect("date"));
    o.method = Some(method);
    o
}

/// The assessment of the first target of the first indicator.
pub fn assess(plan: &Plan, obs: &[Observation], as_of: &str, method: MethodName) -> Assessment {
    progress::assess_plan(plan, obs, &options(as_of, method))
        .into_iter()
        .next()
        .expect("one assessment")
}

#[track_caller]
pub fn close(actual: Option<f64>, expected: f64, tol: f64) {
    match actual {
        Some(a) if (a - expected).abs() <= tol => {}
        _ => panic!("expected {expected} ± {tol}, got {actual:?}"),
    }
}

/// The figures of a growth-rate reason; fails the test for any other reason.
pub fn growth(a: &Assessment) -> progress::GrowthFigures {
    match &a.reason.why {
        progress::Why::GrowthCompared(g) => *g,
        other => panic!("expected a growth-rate reason, found {other:?}"),
    }
}

/// The figures of an Open SDG reason; fails the test for any other reason.
pub fn cagr(a: &Assessment) -> progress::CagrFigures {
    match &a.reason.why {
        progress::Why::Cagr(c) => *c,
        other => panic!("expected an Open SDG reason, found {other:?}"),
    }
}
