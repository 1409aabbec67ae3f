//! Drafts each seed plan's source text and compares the drafted milestones with the hand-encoded
//! seed (`seeds/<id>.plan.json`). A seed milestone with a value is recovered when some drafted
//! milestone has the same year, the same comparator, the same value (relative tolerance 1e-6,
//! both scaled to base units by their unit's 万/亿 prefix) and, for ranges, the same upper bound.
//! A drafted milestone that matches no seed milestone is an extra.
//!
//! Run: `cargo test -p plan-gauge-draft --test seeds -- --nocapture`.

mod common;

use common::{recovers, Want};
use plan_gauge_core::model::{Milestone, Plan};
use plan_gauge_draft::draft;
use std::path::PathBuf;

const PLANS: [&str; 5] = [
    "zhenhai-2022",
    "ningbo-315-2023",
    "panjin-2017",
    "wanzhou-2023",
    "xingtai-2023",
];

/// The bar per plan: recall at least 0.95, extras at most 5% of the drafted milestones.
const FLOORS: [(f64, f64); 5] = [(0.95, 0.05); 5];

fn seeds_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

fn want<'a>(m: &Milestone, unit: &'a str) -> Option<Want<'a>> {
    Some(Want {
        value: m.value?,
        upper: m.upper,
        year: m.year,
        cmp: m.cmp,
        unit,
    })
}

/// Does drafted `(m, unit)` match seed `(s, seed_unit)`?
fn matches(m: &Milestone, unit: &str, s: &Milestone, seed_unit: &str) -> bool {
    want(s, seed_unit).is_some_and(|w| recovers(m, unit, w))
}

#[test]
fn seeds_recall_and_precision() {
    let mut failures = Vec::new();
    println!(
        "{:<18} {:>7} {:>9} {:>7} {:>7} {:>7} {:>9} {:>9}",
        "plan", "encoded", "recovered", "recall", "drafted", "extras", "precision", "力争 same"
    );
    for (id, (min_recall, max_extras)) in PLANS.iter().zip(FLOORS) {
        let dir = seeds_dir();
        let text = std::fs::read_to_string(dir.join(format!("{id}.source.txt")))
            .expect("seed source text");
        let json = std::fs::read_to_string(dir.join(format!("{id}.plan.json"))).expect("seed plan");
        let seed: Plan = serde_json::from_str(&json).expect("seed plan parses");
        let d = draft(&text);
        let encoded: Vec<(&Milestone, &str, &str)> = seed
            .indicators
            .iter()
            .flat_map(|i| {
                i.targets.iter().flat_map(move |t| {
                    t.milestones
                        .iter()
                        .map(move |m| (m, i.unit.as_str(), i.id.as_str()))
                })
            })
            .filter(|(m, _, _)| m.value.is_some())
            .collect();
        let recovered: Vec<bool> = encoded
            .iter()
            .map(|(s, su, _)| {
                d.targets
                    .iter()
                    .any(|t| matches(&t.milestone, &t.unit, s, su))
            })
            .collect();
        // Of the recovered milestones, how many also agree on 力争 (aspirational); not asserted.
        let aspiration_same = encoded
            .iter()
            .filter(|(s, su, _)| {
                d.targets.iter().any(|t| {
                    matches(&t.milestone, &t.unit, s, su)
                        && t.milestone.aspirational == s.aspirational
                })
            })
            .count();
        let extras: Vec<_> = d
            .targets
            .iter()
            .filter(|t| {
                !encoded
                    .iter()
                    .any(|(s, su, _)| matches(&t.milestone, &t.unit, s, su))
            })
            .collect();
        let n = encoded.len();
        let r = recovered.iter().filter(|x| **x).count();
        let recall = r as f64 / n.max(1) as f64;
        let drafted = d.targets.len();
        let extra_share = extras.len() as f64 / drafted.max(1) as f64;
        println!(
            "{:<18} {:>7} {:>9} {:>7.3} {:>7} {:>7} {:>9.3} {:>9}",
            id,
            n,
            r,
            recall,
            drafted,
            extras.len(),
            1.0 - extra_share,
            format!("{aspiration_same}/{r}")
        );
        if std::env::var("DRAFT_VERBOSE").is_ok() {
            for ((s, su, sid), ok) in encoded.iter().zip(&recovered) {
                if !ok {
                    println!(
                        "   missed {sid}: {} {:?} {:?} {su} {:?}",
                        s.year, s.cmp, s.value, s.upper
                    );
                }
            }
            for t in &extras {
                println!(
                    "   extra [{}] {} {} {:?} {:?} {} {:?} «{}»",
                    t.rule,
                    t.name,
                    t.milestone.year,
                    t.milestone.cmp,
                    t.milestone.value,
                    t.unit,
                    t.milestone.upper,
                    t.quote
                );
            }
        }
        if recall < min_recall || extra_share > max_extras {
            failures.push(format!("{id}: recall {recall:.3} (floor {min_recall}), extras {extra_share:.3} (ceiling {max_extras})"));
        }
    }
    assert!(
        failures.is_empty(),
        "below the measured floor: {failures:#?}"
    );
}

/// The drafted plan of every seed text, and of every passage, passes the core's validation
/// without errors.
#[test]
fn drafted_plans_validate() {
    use plan_gauge_core::validate::validate_plan;
    use plan_gauge_draft::{draft_with, DraftOptions};
    let mut texts: Vec<(String, String, Option<i32>)> = PLANS
        .iter()
        .map(|id| {
            let path = seeds_dir().join(format!("{id}.source.txt"));
            (
                id.to_string(),
                std::fs::read_to_string(path).expect("seed source text"),
                None,
            )
        })
        .collect();
    let passages = seeds_dir().join("../tests/drafting/passages.json");
    let json = std::fs::read_to_string(passages).expect("passages file");
    let value: serde_json::Value = serde_json::from_str(&json).expect("passages parse");
    for p in value["passages"].as_array().into_iter().flatten() {
        let id = p["id"].as_str().unwrap_or_default().to_string();
        let year = p["source"]["published"]
            .as_str()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse().ok());
        texts.push((id, p["text"].as_str().unwrap_or_default().to_string(), year));
    }
    // Undated and dated, with and without direction-only targets.
    let drafts = texts.iter().flat_map(|(id, text, year)| {
        [false, true].into_iter().flat_map(move |direction_only| {
            [None, *year].into_iter().map(move |issued_year| {
                let options = DraftOptions {
                    issued_year,
                    direction_only,
                };
                (id, draft_with(text, &options))
            })
        })
    });
    for (id, d) in drafts {
        let errors: Vec<String> = validate_plan(&d.plan)
            .into_iter()
            .filter(|p| p.is_error())
            // A title or issuer the text does not state is left empty for the editor, never guessed.
            .filter(|p| {
                !(matches!(p.path.as_str(), "issuer" | "title") && p.code.as_str() == "empty")
            })
            .map(|p| format!("{} {}", p.path, p.message(plan_gauge_core::Lang::En)))
            .collect();
        assert!(errors.is_empty(), "{id}: {errors:#?}");
    }
}
