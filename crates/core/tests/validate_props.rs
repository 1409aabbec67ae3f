//! Whatever a data editor feeds in, checking never panics and every problem has a message.

use plan_gauge_core::validate::{self, PathStyle};
use plan_gauge_core::Lang;
use proptest::prelude::*;

const PLAN: &str = include_str!("../../../seeds/zhenhai-2022.plan.json");
const SAMPLE: &str = include_str!("../../../seeds/zhenhai-2022.sample.json");

fn all_messages_render(problems: &[validate::Problem]) {
    for p in problems {
        for lang in Lang::ALL {
            let m = p.message(lang);
            assert!(
                !m.is_empty() && !m.contains("{value}") && !m.contains("{kind}"),
                "{m}"
            );
        }
    }
}

/// A JSON value mutated at one place: the shapes a hand-edited file goes wrong in.
fn mutate(node: &mut serde_json::Value, path: &[usize], replacement: serde_json::Value) {
    let Some((&step, rest)) = path.split_first() else {
        *node = replacement;
        return;
    };
    let child = match node {
        serde_json::Value::Object(map) if !map.is_empty() => {
            let len = map.len();
            map.values_mut().nth(step % len)
        }
        serde_json::Value::Array(items) if !items.is_empty() => {
            let len = items.len();
            items.get_mut(step % len)
        }
        _ => None,
    };
    match child {
        Some(c) => mutate(c, rest, replacement),
        None => *node = replacement,
    }
}

fn json_leaf() -> impl Strategy<Value = serde_json::Value> {
    prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(|n| n.into()),
        any::<f64>()
            .prop_filter("JSON numbers are finite", |f| f.is_finite())
            .prop_map(|f| f.into()),
        ".{0,12}".prop_map(serde_json::Value::String),
        Just(serde_json::json!([])),
        Just(serde_json::json!({})),
        Just(serde_json::json!("range")),
        Just(serde_json::json!("2023-Q5")),
        Just(serde_json::json!(-2023)),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_text_as_a_plan_never_panics(text in ".{0,200}") {
        all_messages_render(&validate::check_plan_json(&text));
    }

    #[test]
    fn any_text_as_csv_never_panics(text in "[a-z0-9,\"\\n\\r .-]{0,200}") {
        all_messages_render(&validate::check_observations_csv(&text));
        all_messages_render(&validate::check_observations_json(&text));
    }

    #[test]
    fn a_seed_plan_edited_anywhere_never_panics(path in proptest::collection::vec(0usize..64, 0..7), leaf in json_leaf()) {
        let mut v: serde_json::Value = serde_json::from_str(PLAN).expect("seed is JSON");
        mutate(&mut v, &path, leaf);
        let problems = validate::check_plan_json(&v.to_string());
        all_messages_render(&problems);
        // A problem that is not about the JSON shape points somewhere.
        for p in &problems {
            prop_assert!(!p.path.is_empty() || matches!(p.code, validate::Code::JsonSyntax | validate::Code::JsonShape));
        }
    }

    #[test]
    fn observations_edited_anywhere_never_panic(path in proptest::collection::vec(0usize..256, 0..5), leaf in json_leaf()) {
        let plan = validate::parse_plan(PLAN).expect("seed parses");
        let mut v: serde_json::Value = serde_json::from_str(SAMPLE).expect("sample is JSON");
        mutate(&mut v, &path, leaf);
        if let Ok(set) = validate::parse_observations_json(&v.to_string()) {
            let problems = validate::validate_observation_set(&set, Some(&plan));
            all_messages_render(&problems);
            let csv = validate::observations_to_csv(&set.observations);
            if let Ok(back) = validate::parse_observations_csv(&csv) {
                all_messages_render(&validate::validate_observations(&back, Some(&plan), &PathStyle::Csv));
            }
        }
    }
}

#[test]
fn the_mutation_helper_really_edits_the_plan() {
    let mut v: serde_json::Value = serde_json::from_str(PLAN).expect("seed is JSON");
    let before = v.clone();
    mutate(&mut v, &[0], serde_json::json!(null));
    assert_ne!(v, before);
    assert!(!validate::check_plan_json(&v.to_string()).is_empty());
}
