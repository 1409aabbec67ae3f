//! The widget's tree readers (`validate::read_plan`, `read_observation_set`) against the serde
//! derives that define the format: on every seed file, and on each seed with one node changed
//! (every node of a plan, replaced by each JSON type, removed, or given an unknown field).

use plan_gauge_core::model::{ObservationSet, Plan};
use plan_gauge_core::validate::{read_observation_set, read_plan, Code};
use serde_json::{json, Value};
use std::path::PathBuf;

fn seeds(suffix: &str) -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut out: Vec<(String, Value)> = std::fs::read_dir(&dir)
        .expect("seeds folder")
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .map(|p| {
            let text = std::fs::read_to_string(&p).expect("seed text");
            (
                p.display().to_string(),
                serde_json::from_str(&text).expect("seed JSON"),
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    assert!(!out.is_empty(), "no {suffix} seeds");
    out
}

/// Both readers accept `v` and agree, or both refuse it.
fn agree<T: serde::de::DeserializeOwned + PartialEq>(
    v: &Value,
    read: fn(Value) -> Result<T, plan_gauge_core::validate::Problem>,
) -> bool {
    let serde: Result<T, _> = serde_json::from_value(v.clone());
    match (serde, read(v.clone())) {
        (Ok(a), Ok(b)) => a == b,
        (Err(_), Err(_)) => true,
        _ => false,
    }
}

fn agree_plan(v: &Value) -> bool {
    agree::<Plan>(v, read_plan)
}

fn agree_observations(v: &Value) -> bool {
    agree::<ObservationSet>(v, read_observation_set)
}

#[test]
fn every_seed_reads_as_serde_reads_it() {
    for (name, v) in seeds(".plan.json").into_iter().chain(seeds(".sample.json")) {
        let read = if name.ends_with(".plan.json") {
            read_plan(v.clone()).map(|_| ())
        } else {
            read_observation_set(v.clone()).map(|_| ())
        };
        assert!(read.is_ok(), "{name}: {read:?}");
        assert!(agree_plan(&v) && agree_observations(&v), "{name}");
    }
    for (name, v) in seeds(".observations.json") {
        assert!(read_observation_set(v.clone()).is_ok(), "{name}");
        assert!(agree_observations(&v), "{name}");
    }
}

/// Every path to a node of `v`, as JSON pointer steps.
fn paths(v: &Value, at: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                at.push(k.clone());
                paths(c, at, out);
                at.pop();
            }
        }
        Value::Array(a) => {
            for (i, c) in a.iter().enumerate() {
                at.push(i.to_string());
                paths(c, at, out);
                at.pop();
            }
        }
        _ => {}
    }
}

fn pointer(steps: &[String]) -> String {
    steps.iter().map(|s| format!("/{s}")).collect()
}

/// The replacements tried at each node: one of each JSON type, with whole and fractional
/// numbers, and the names the format's enums use.
fn replacements() -> Vec<Value> {
    vec![
        Value::Null,
        json!(true),
        json!(2024),
        json!(2.5),
        json!(-1),
        json!(1e12),
        json!("higher"),
        json!("range"),
        json!("provisional"),
        json!("at_least"),
        json!("share"),
        json!(""),
        json!([]),
        // Not `[1]`: serde's derives also read a struct from an array of its fields in order, a
        // form the format (and its schema) does not have.
        json!(["x"]),
        json!({}),
        json!({"year": 2025}),
    ]
}

/// Each mutant with what was changed, for the failure message.
fn mutants(v: &Value) -> Vec<(String, Value)> {
    let mut all = Vec::new();
    paths(v, &mut Vec::new(), &mut all);
    let mut out = Vec::new();
    for steps in all.iter().filter(|s| !s.is_empty()) {
        let ptr = pointer(steps);
        for r in replacements() {
            let mut m = v.clone();
            if let Some(node) = m.pointer_mut(&ptr) {
                let what = format!("{ptr} = {r}");
                *node = r;
                out.push((what, m));
            }
        }
        // Removed from its object.
        let (parent, last) = steps.split_at(steps.len() - 1);
        let mut m = v.clone();
        if let Some(Value::Object(o)) = m.pointer_mut(&pointer(parent)) {
            o.remove(&last[0]);
            out.push((format!("{ptr} removed"), m));
        }
    }
    // An unknown field in each object.
    for steps in &all {
        let mut m = v.clone();
        if let Some(Value::Object(o)) = m.pointer_mut(&pointer(steps)) {
            o.insert("zz_unknown".into(), json!(1));
            out.push((format!("{} gets an unknown field", pointer(steps)), m));
        }
    }
    out
}

/// The field names under `v`, at any depth: two indicators with the same are the same shape.
fn signature(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, c) in m {
                out.push(k.clone());
                signature(c, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|c| signature(c, out)),
        _ => {}
    }
}

/// `v` with one item of each shape in each array, so that every field is mutated once.
fn one_of_each_shape(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, c)| (k.clone(), one_of_each_shape(c)))
                .collect(),
        ),
        Value::Array(a) => {
            let mut seen = Vec::new();
            let mut kept = Vec::new();
            for c in a {
                let mut sig = Vec::new();
                signature(c, &mut sig);
                sig.sort();
                sig.dedup();
                if !seen.contains(&sig) {
                    seen.push(sig);
                    kept.push(one_of_each_shape(c));
                }
            }
            Value::Array(kept)
        }
        other => other.clone(),
    }
}

#[test]
fn one_changed_node_reads_as_serde_reads_it() {
    let mut tried = 0;
    for (name, v) in seeds("zhenhai-2022.plan.json") {
        for (what, m) in mutants(&one_of_each_shape(&v)) {
            tried += 1;
            assert!(agree_plan(&m), "{name}: readers disagree when {what}");
        }
    }
    for (name, v) in seeds("zhenhai-2022.observations.json") {
        for (what, m) in mutants(&v) {
            tried += 1;
            assert!(
                agree_observations(&m),
                "{name}: readers disagree when {what}"
            );
        }
    }
    assert!(tried > 1000, "{tried} mutants");
}

#[test]
fn problems_name_the_field() {
    let mut v = seeds("zhenhai-2022.plan.json").remove(0).1;
    *v.pointer_mut("/indicators/1/targets/0/milestones/0/year")
        .unwrap() = json!("2025");
    let p = read_plan(v.clone()).unwrap_err();
    assert_eq!(p.path, "indicators[1].targets[0].milestones[0].year");
    assert_eq!(p.code, Code::WrongShape);

    v.pointer_mut("/indicators/0")
        .and_then(Value::as_object_mut)
        .unwrap()
        .remove("kind");
    let p = read_plan(v.clone()).unwrap_err();
    assert_eq!(
        (p.path.as_str(), p.code),
        ("indicators[0]", Code::MissingField)
    );

    *v.pointer_mut("/indicators/0").unwrap() = json!({"id": "a", "name": "b", "kind": "pie"});
    let p = read_plan(v).unwrap_err();
    assert_eq!(
        (p.path.as_str(), p.code),
        ("indicators[0].kind", Code::UnknownValue)
    );
    assert!(p.message(plan_gauge_core::Lang::En).contains("pie"));
}

#[test]
fn a_plan_read_in_parts_is_the_plan_read_at_once() {
    for (name, v) in seeds(".plan.json") {
        let whole = read_plan(v.clone()).expect("seed reads");
        let (mut parts, items) = plan_gauge_core::validate::read_plan_deferred(v).expect("shell");
        assert!(parts.indicators.is_empty());
        parts.indicators = items
            .into_iter()
            .enumerate()
            .map(|(i, t)| plan_gauge_core::validate::read_indicator(i, t).expect("indicator"))
            .collect();
        assert_eq!(parts, whole, "{name}");
    }
    let mut v = seeds("zhenhai-2022.plan.json").remove(0).1;
    *v.pointer_mut("/indicators/3/kind").unwrap() = json!(7);
    let (_, items) = plan_gauge_core::validate::read_plan_deferred(v).unwrap();
    let err = items
        .into_iter()
        .enumerate()
        .map(|(i, t)| plan_gauge_core::validate::read_indicator(i, t))
        .find_map(Result::err)
        .unwrap();
    assert_eq!(err.path, "indicators[3].kind");
}
