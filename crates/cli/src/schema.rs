//! `plan-gauge schema`: prints the JSON Schema (Draft 2020-12) of the `plan-gauge/1` data format.
//!
//! The schema is generated from the types in `plan_gauge_core::model`, so it follows serde's
//! renames, defaults and `deny_unknown_fields` (→ `"additionalProperties": false`). One file
//! covers both kinds of JSON file: its top level is a `oneOf` a plan or an observation set (the
//! two cannot be confused: each has required fields the other does not allow). The committed copy
//! is `www/schema/plan-gauge-1.schema.json`; `crates/cli/tests/schema.rs` fails when it drifts.
//!
//! The schema describes shapes only. Rules between fields (ids, units per kind, milestone order,
//! years inside the plan period, missing values …) are checked by `plan-gauge check`.

use crate::args::SchemaArgs;
use plan_gauge_core::model::{ObservationSet, Plan, FORMAT_V1};
use schemars::generate::SchemaSettings;
use serde_json::{json, Map, Value};
use std::process::ExitCode;

pub fn run(_: SchemaArgs) -> Result<ExitCode, String> {
    crate::out::print(&schema_text())?;
    Ok(ExitCode::SUCCESS)
}

/// The schema as pretty-printed JSON with sorted keys and a final newline.
pub fn schema_text() -> String {
    let text = serde_json::to_string_pretty(&sorted(schema())).unwrap_or_default();
    format!("{text}\n")
}

/// The schema of a plan-gauge/1 file: a plan or an observation set.
pub fn schema() -> Value {
    let mut generator = SchemaSettings::draft2020_12().into_generator();
    let plan = generator.subschema_for::<Plan>();
    let observations = generator.subschema_for::<ObservationSet>();
    let mut defs = generator.take_definitions(true);
    // `format` is a plain string in the types (so a wrong value is reported by `check` with its
    // own code); the schema pins it so editors can recognise the files.
    for name in ["Plan", "ObservationSet"] {
        if let Some(format) = defs
            .get_mut(name)
            .and_then(|d| d.pointer_mut("/properties/format"))
            .and_then(Value::as_object_mut)
        {
            format.insert("const".into(), FORMAT_V1.into());
        }
    }
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "plan-gauge/1",
        "description": "A plan-gauge/1 file: a plan (规划/行动方案 with its indicators and targets) or a set of observations for one plan. Shapes only; `plan-gauge check` also checks the rules between fields. 规划文件或观测数据文件;字段之间的规则由 `plan-gauge check` 校验。",
        "oneOf": [plan, observations],
        "$defs": defs,
    })
}

/// Rebuilds every object with its keys in sorted order, so the output is the same whether or not
/// serde_json keeps insertion order.
fn sorted(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(
                entries
                    .into_iter()
                    .map(|(k, v)| (k, sorted(v)))
                    .collect::<Map<String, Value>>(),
            )
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}
