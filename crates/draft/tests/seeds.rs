//! Drafts each seed plan's source text and compares the drafted milestones with the hand-encoded
//! seed (`seeds/<id>.plan.json`). A seed milestone with a value is recovered when some drafted
//! milestone has the same year, the same comparator, the same value (relative tolerance 1e-6,
//! both scaled to base units by their unit's 万/亿 prefix) and, for ranges, the same upper bound.
//! A drafted milestone that matches no seed milestone is an extra.
//!
//! Run: `cargo test -p plan-gauge-draft --test seeds -- --nocapture`.

use plan_gauge_core::model::{Comparator, Milestone, Plan};
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

/// The factor that turns a value in `unit` into base units (亿元 → 1e8, 万人 → 1e4).
fn scale(unit: &str) -> f64 {
    let u: String = unit.chars().map(|c| match c { '萬' => '万', '億' => '亿', c => c }).collect();
    if u.starts_with("万亿") {
        1e12
    } else if u.starts_with('亿') {
        1e8
    } else if u.starts_with('万') && u != "万元/人" {
        1e4
    } else {
        1.0
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-12)
}

/// Does drafted `(m, unit)` match seed `(s, seed_unit)`?
pub fn matches(m: &Milestone, unit: &str, s: &Milestone, seed_unit: &str) -> bool {
    let (Some(v), Some(sv)) = (m.value, s.value) else {
        return false;
    };
    let (k, sk) = if unit == "%" || seed_unit == "%" { (1.0, 1.0) } else { (scale(unit), scale(seed_unit)) };
    let upper_ok = match (m.upper, s.upper) {
        (None, None) => true,
        (Some(u), Some(su)) => close(u * k, su * sk),
        _ => false,
    };
    m.year == s.year && m.cmp == s.cmp && close(v * k, sv * sk) && (s.cmp != Comparator::Range || upper_ok)
}

#[test]
fn seeds_recall_and_precision() {
    let mut failures = Vec::new();
    println!("{:<18} {:>7} {:>9} {:>7} {:>7} {:>7} {:>9}", "plan", "encoded", "recovered", "recall", "drafted", "extras", "precision");
    for (id, (min_recall, max_extras)) in PLANS.iter().zip(FLOORS) {
        let dir = seeds_dir();
        let text = std::fs::read_to_string(dir.join(format!("{id}.source.txt"))).expect("seed source text");
        let json = std::fs::read_to_string(dir.join(format!("{id}.plan.json"))).expect("seed plan");
        let seed: Plan = serde_json::from_str(&json).expect("seed plan parses");
        let d = draft(&text);
        let encoded: Vec<(&Milestone, &str, &str)> = seed
            .indicators
            .iter()
            .flat_map(|i| i.targets.iter().flat_map(move |t| t.milestones.iter().map(move |m| (m, i.unit.as_str(), i.id.as_str()))))
            .filter(|(m, _, _)| m.value.is_some())
            .collect();
        let recovered: Vec<bool> = encoded
            .iter()
            .map(|(s, su, _)| d.targets.iter().any(|t| matches(&t.milestone, &t.unit, s, su)))
            .collect();
        let extras: Vec<_> = d
            .targets
            .iter()
            .filter(|t| !encoded.iter().any(|(s, su, _)| matches(&t.milestone, &t.unit, s, su)))
            .collect();
        let n = encoded.len();
        let r = recovered.iter().filter(|x| **x).count();
        let recall = r as f64 / n.max(1) as f64;
        let drafted = d.targets.len();
        let extra_share = extras.len() as f64 / drafted.max(1) as f64;
        println!(
            "{:<18} {:>7} {:>9} {:>7.3} {:>7} {:>7} {:>9.3}",
            id, n, r, recall, drafted, extras.len(), 1.0 - extra_share
        );
        if std::env::var("DRAFT_VERBOSE").is_ok() {
            for ((s, su, sid), ok) in encoded.iter().zip(&recovered) {
                if !ok {
                    println!("   missed {sid}: {} {:?} {:?} {su} {:?}", s.year, s.cmp, s.value, s.upper);
                }
            }
            for t in &extras {
                println!(
                    "   extra [{}] {} {} {:?} {:?} {} {:?} «{}»",
                    t.rule, t.name, t.milestone.year, t.milestone.cmp, t.milestone.value, t.unit, t.milestone.upper, t.quote
                );
            }
        }
        if recall < min_recall || extra_share > max_extras {
            failures.push(format!("{id}: recall {recall:.3} (floor {min_recall}), extras {extra_share:.3} (ceiling {max_extras})"));
        }
    }
    assert!(failures.is_empty(), "below the measured floor: {failures:#?}");
}
