//! The published JSON Schema: the committed file is what `plan-gauge schema` prints, and the
//! schema says what serde does — checked against serde itself, type by type.

use plan_gauge_core::model::{
    Baseline, Bound, Citation, Comparator, Direction, EditorNote, Indicator, Kind, MethodName,
    Milestone, ObsStatus, Observation, ObservationSet, Plan, PlanPeriod, Section, Series, Target,
    Task,
};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{json, Value};
use std::process::Command;

const COMMITTED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../www/schema/plan-gauge-1.schema.json"
);

fn generated_text() -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_plan-gauge"))
        .arg("schema")
        .output()
        .expect("the plan-gauge binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("the schema is UTF-8")
}

fn generated() -> Value {
    serde_json::from_str(&generated_text()).expect("the schema is JSON")
}

#[test]
fn committed_schema_is_up_to_date() {
    let committed = std::fs::read_to_string(COMMITTED).unwrap_or_default();
    assert!(
        committed.replace("\r\n", "\n") == generated_text(),
        "www/schema/plan-gauge-1.schema.json differs from the generated schema: \
         run `cargo run -p plan-gauge-cli -- schema > www/schema/plan-gauge-1.schema.json` to update"
    );
}

#[test]
fn schema_is_draft_2020_12_and_accepts_a_plan_or_observations() {
    let schema = generated();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(
        schema["oneOf"],
        json!([{"$ref": "#/$defs/Plan"}, {"$ref": "#/$defs/ObservationSet"}])
    );
    for def in ["Plan", "ObservationSet"] {
        assert_eq!(
            schema["$defs"][def]["properties"]["format"]["const"],
            "plan-gauge/1"
        );
    }
}

/// Parses `v` as `T` with serde and serializes it back.
fn through<T: DeserializeOwned + Serialize>(v: Value) -> Result<Value, String> {
    let parsed: T = serde_json::from_value(v).map_err(|e| e.to_string())?;
    serde_json::to_value(parsed).map_err(|e| e.to_string())
}

/// Serde's verdict on `v` as the model type the schema names `def`; `None` for a name the model
/// does not have.
fn serde_says(def: &str, v: Value) -> Option<Result<Value, String>> {
    Some(match def {
        "Plan" => through::<Plan>(v),
        "PlanPeriod" => through::<PlanPeriod>(v),
        "Section" => through::<Section>(v),
        "Task" => through::<Task>(v),
        "Indicator" => through::<Indicator>(v),
        "Direction" => through::<Direction>(v),
        "Kind" => through::<Kind>(v),
        "Series" => through::<Series>(v),
        "MethodName" => through::<MethodName>(v),
        "Target" => through::<Target>(v),
        "Milestone" => through::<Milestone>(v),
        "Comparator" => through::<Comparator>(v),
        "Baseline" => through::<Baseline>(v),
        "Citation" => through::<Citation>(v),
        "EditorNote" => through::<EditorNote>(v),
        "ObservationSet" => through::<ObservationSet>(v),
        "Observation" => through::<Observation>(v),
        "ObsStatus" => through::<ObsStatus>(v),
        "Bound" => through::<Bound>(v),
        _ => return None,
    })
}

const ALL_DEFS: [&str; 19] = [
    "Plan",
    "PlanPeriod",
    "Section",
    "Task",
    "Indicator",
    "Direction",
    "Kind",
    "Series",
    "MethodName",
    "Target",
    "Milestone",
    "Comparator",
    "Baseline",
    "Citation",
    "EditorNote",
    "ObservationSet",
    "Observation",
    "ObsStatus",
    "Bound",
];

/// The smallest instance the schema allows: required properties only, the first choice of every
/// alternative.
fn smallest(schema: &Value, root: &Value) -> Value {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.trim_start_matches("#/$defs/");
        return smallest(&root["$defs"][name], root);
    }
    if let Some(c) = schema.get("const") {
        return c.clone();
    }
    if let Some(first) = schema["enum"].get(0) {
        return first.clone();
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(first) = schema[key].get(0) {
            return smallest(first, root);
        }
    }
    let ty = match &schema["type"] {
        Value::Array(types) => types.first().and_then(Value::as_str).unwrap_or(""),
        t => t.as_str().unwrap_or(""),
    };
    match ty {
        "string" => json!("x"),
        // A year, unless the schema bounds the integer below that (`decimals`: 0–6).
        "integer" => match schema["maximum"].as_i64() {
            Some(max) if max < 2023 => json!(schema["minimum"].as_i64().unwrap_or(max)),
            _ => json!(2023),
        },
        "number" => json!(1.5),
        "boolean" => json!(false),
        "array" => json!([]),
        "null" => Value::Null,
        "object" => {
            let mut obj = serde_json::Map::new();
            for name in schema["required"].as_array().into_iter().flatten() {
                let name = name.as_str().unwrap_or("");
                obj.insert(
                    name.to_string(),
                    smallest(&schema["properties"][name], root),
                );
            }
            Value::Object(obj)
        }
        other => panic!("unexpected type {other:?} in {schema}"),
    }
}

fn enum_values(def: &Value) -> Vec<Value> {
    match def["enum"].as_array() {
        Some(values) => values.clone(),
        None => def["oneOf"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|v| v["const"].clone())
            .collect(),
    }
}

#[test]
fn every_model_type_has_a_definition_and_nothing_else_does() {
    let schema = generated();
    let defs = schema["$defs"].as_object().expect("$defs");
    let mut names: Vec<&str> = defs.keys().map(String::as_str).collect();
    names.sort_unstable();
    let mut expected = ALL_DEFS.to_vec();
    expected.sort_unstable();
    assert_eq!(names, expected);
}

#[test]
fn structs_match_serde_required_fields_defaults_and_unknown_fields() {
    let schema = generated();
    let defs = schema["$defs"].as_object().expect("$defs");
    let mut structs = 0;
    for (name, def) in defs {
        let Some(props) = def["properties"].as_object() else {
            continue;
        };
        structs += 1;
        assert_eq!(
            def["additionalProperties"],
            json!(false),
            "{name}: deny_unknown_fields"
        );
        let min = smallest(def, &schema);
        let back = serde_says(name, min.clone())
            .expect("a model type")
            .unwrap_or_else(|e| panic!("{name}: serde rejects the schema's smallest {min}: {e}"));

        // Every required field is required by serde too.
        for req in def["required"].as_array().into_iter().flatten() {
            let mut without = min.clone();
            without
                .as_object_mut()
                .map(|o| o.remove(req.as_str().unwrap_or("")));
            assert!(
                serde_says(name, without).is_some_and(|r| r.is_err()),
                "{name}.{req} is required by the schema but not by serde"
            );
        }
        // An unknown field is rejected by serde as by the schema.
        let mut extra = min.clone();
        extra
            .as_object_mut()
            .map(|o| o.insert("unknown_field".into(), json!(1)));
        assert!(
            serde_says(name, extra).is_some_and(|r| r.is_err()),
            "{name}: serde accepts an unknown field"
        );
        // Each optional field, given the value the schema's own alternatives allow, is accepted.
        for (prop, prop_schema) in props {
            let mut with = min.clone();
            with.as_object_mut()
                .map(|o| o.insert(prop.clone(), smallest(prop_schema, &schema)));
            if let Some(Err(e)) = serde_says(name, with) {
                panic!("{name}.{prop}: serde rejects a value the schema allows: {e}");
            }
            // A stated default is what serde fills in when the field is absent.
            if let Some(default) = prop_schema.get("default") {
                assert_eq!(
                    back.get(prop),
                    Some(default),
                    "{name}.{prop}: schema default {default} is not serde's"
                );
            }
        }
    }
    assert_eq!(structs, 12);
}

fn serialized<T: Serialize>(values: &[T]) -> Vec<Value> {
    values
        .iter()
        .map(|v| serde_json::to_value(v).expect("serializes"))
        .collect()
}

#[test]
fn enums_list_exactly_the_names_serde_reads_and_writes() {
    use Comparator as C;
    use Series as S;
    let schema = generated();
    let expected: [(&str, Vec<Value>); 7] = [
        ("Kind", serialized(&Kind::ALL)),
        ("ObsStatus", serialized(&ObsStatus::ALL)),
        ("Bound", serialized(&Bound::ALL)),
        (
            "Direction",
            serialized(&[Direction::Higher, Direction::Lower]),
        ),
        (
            "Series",
            serialized(&[S::Level, S::Flow, S::RunningTotal, S::Rate, S::Stage]),
        ),
        (
            "MethodName",
            serialized(&[MethodName::Pace, MethodName::Opensdg]),
        ),
        (
            "Comparator",
            serialized(&[C::Ge, C::Gt, C::Le, C::Lt, C::Approx, C::Range]),
        ),
    ];
    for (def, want) in expected {
        let got = enum_values(&schema["$defs"][def]);
        assert_eq!(got, want, "{def}");
        for v in got {
            let back = serde_says(def, v.clone()).expect("a model type");
            assert_eq!(back, Ok(v), "{def}: serde does not read it back");
        }
        assert!(
            serde_says(def, json!("no_such_name")).is_some_and(|r| r.is_err()),
            "{def}"
        );
    }
    // The names in files are the ones `as_str` gives (used by the CLI and the format page).
    for k in Kind::ALL {
        assert_eq!(serde_json::to_value(k).ok(), Some(json!(k.as_str())));
    }
    for s in ObsStatus::ALL {
        assert_eq!(serde_json::to_value(s).ok(), Some(json!(s.as_str())));
    }
    for b in Bound::ALL {
        assert_eq!(serde_json::to_value(b).ok(), Some(json!(b.as_str())));
    }
}
