//! Trains the drafter's confidence model (`src/confidence.rs`) on the annotated passage sets and
//! writes its table, `src/confidence.tsv`:
//! `cargo run --release -p plan-gauge-draft --example train_confidence`.
//!
//! Every passage of every set except the held-back ones (`tests/sets/mod.rs`, `HELD_BACK`) is
//! drafted twice, with and without its publication year. Each drafted target that pairs with an
//! annotated one is a positive example, each that pairs with none is a negative one, and those the
//! annotators left to `ignore` are left out. The model is a logistic regression over the
//! features of `confidence::features`, fitted by AdaGrad with an L2 penalty in a fixed order, so
//! the same drafts give the same table.
//!
//! `--folds N` instead reports how the model ranks targets it was not trained on: the training
//! sets are split into N groups of whole sets, each group scored by a model trained on the
//! others, and the pooled figures printed (area under the ROC curve; the share of extras and of
//! matches below the review threshold). `--held-back` reports the same figures for the held-back sets,
//! with the confidence the drafter gives by the table written last.

#[path = "../tests/common/mod.rs"]
mod common;
mod logistic;
#[path = "../tests/sets/mod.rs"]
mod sets;

use logistic::probability;

use plan_gauge_draft::{confidence, draft_and_look, meta, text, Flag};
use std::collections::HashMap;

/// How the model is fitted (see `logistic::Settings`).
const SETTINGS: logistic::Settings = logistic::Settings {
    min_count: 10,
    epochs: 15,
    rate: 0.05,
    l2: 1e-3,
    keep_above: 0.1,
};
/// Below this confidence a target goes to review (as `plan-gauge draft` and the authoring page).
const REVIEW_BELOW: f64 = 0.75;

/// One drafted target: its set, its features, whether it pairs with an annotated target, and the
/// confidence the drafter gave before the model ([`by_flags`]).
struct Example {
    set: String,
    features: Vec<String>,
    good: bool,
    by_flags: f64,
    flagged: bool,
    /// The confidence the drafter gave it (by the table in `src/confidence.tsv`).
    drafted: f64,
}

fn main() {
    let logistic::Asked { folds, held_back } = logistic::asked();
    let everything = examples(|set| !sets::HELD_BACK.contains(&set) || held_back);
    let (train, test): (Vec<&Example>, Vec<&Example>) = everything
        .iter()
        .partition(|e| !sets::HELD_BACK.contains(&e.set.as_str()));
    if held_back {
        let scored: Vec<Scored> = test
            .iter()
            .map(|e| (e.drafted, e.good, e.by_flags, e.flagged))
            .collect();
        report("held-back sets", &scored);
        return;
    }
    if let Some(n) = folds.filter(|n| *n >= 2) {
        let mut names: Vec<&str> = train.iter().map(|e| e.set.as_str()).collect();
        names.dedup();
        let mut scored: Vec<Scored> = Vec::new();
        for f in 0..n {
            let out = |s: &str| names.iter().position(|x| *x == s).unwrap_or(0) % n == f;
            let fold: Vec<&Example> = train.iter().copied().filter(|e| !out(&e.set)).collect();
            let model = fit(&fold);
            scored.extend(train.iter().filter(|e| out(&e.set)).map(|e| {
                (
                    probability(&model, &e.features),
                    e.good,
                    e.by_flags,
                    e.flagged,
                )
            }));
        }
        report(&format!("{n} folds of the training sets"), &scored);
        return;
    }
    let model = fit(&train);
    let mut sets_used: Vec<&str> = train.iter().map(|e| e.set.as_str()).collect();
    sets_used.dedup();
    let header = vec![
        "The drafter's confidence model: feature<TAB>weight (see src/confidence.rs).".to_string(),
        "Written by `cargo run --release -p plan-gauge-draft --example train_confidence`.".to_string(),
        format!(
            "Trained on {} drafted targets ({} paired with an annotated target) of {} sets, drafted with and without their publication year: {}.",
            train.len(),
            train.iter().filter(|e| e.good).count(),
            sets_used.len(),
            sets_used.join(", ")
        ),
    ];
    logistic::write_table(
        "confidence.tsv",
        &header,
        sets::HELD_BACK,
        &SETTINGS,
        model,
        train.len(),
    );
}

/// The drafted targets of every passage of the sets `keep` accepts, drafted with and without
/// the publication year, with their labels.
fn examples(keep: impl Fn(&str) -> bool) -> Vec<Example> {
    let mut out = Vec::new();
    for name in sets::names().iter().filter(|n| keep(n)) {
        let file = sets::read(&sets::folder().join(name));
        for p in &file.passages {
            for undated in [false, true] {
                let options = sets::options(p, undated);
                // (The rules' targets alone: the second look's have a confidence of their own.)
                let d = draft_and_look(&p.text, &options).0;
                let pairing = sets::pair(p, &d);
                let folded = text::fold(&p.text);
                let issue_year = meta::read(&p.text, &folded, options.issued_year).issue_year;
                for (k, t) in d.targets.iter().enumerate() {
                    if pairing.ignored[k] {
                        continue;
                    }
                    out.push(Example {
                        set: name.clone(),
                        features: confidence::features(&p.text, &folded, issue_year, &d.targets, k),
                        good: pairing.matched[k],
                        by_flags: by_flags(&t.flags),
                        flagged: !t.flags.is_empty(),
                        drafted: f64::from(t.confidence),
                    });
                }
            }
        }
    }
    out
}

/// Fits the logistic model to `examples`.
fn fit(examples: &[&Example]) -> HashMap<String, f64> {
    let pairs: Vec<(&[String], bool)> = examples
        .iter()
        .map(|e| (e.features.as_slice(), e.good))
        .collect();
    logistic::fit(&pairs, &SETTINGS)
}

/// The confidence the drafter gave before the model, for comparison: 0.95 less a step for each
/// flag (0.15 for an assumed comparator, 0.1 for a defaulted year, …).
fn by_flags(flags: &[Flag]) -> f64 {
    let less: f64 = flags
        .iter()
        .map(|f| match f {
            Flag::ComparatorAssumed => 0.15,
            Flag::YearDefaulted => 0.1,
            Flag::NameUncertain => 0.2,
            Flag::BaselineUnstated => 0.05,
            Flag::ChineseNumeral => 0.1,
            Flag::Distributed => 0.05,
            Flag::UnitUnstated => 0.05,
            Flag::DirectionOnly => 0.5,
        })
        .sum();
    (0.95 - less).clamp(0.05, 1.0)
}

/// A scored target: the model's confidence, paired with an annotated target, the confidence by
/// flags, flagged.
type Scored = (f64, bool, f64, bool);

/// Prints how `scored` ranks targets and what goes to review: a target goes to review when its
/// confidence is below the threshold or it carries a flag.
fn report(what: &str, scored: &[Scored]) {
    let good = scored.iter().filter(|s| s.1).count();
    let bad = scored.len() - good;
    println!(
        "{what}: {} drafted targets, {good} paired, {bad} extras",
        scored.len()
    );
    let model: fn(&Scored) -> f64 = |s| s.0;
    let flags: fn(&Scored) -> f64 = |s| s.2;
    for (name, pick) in [("model", model), ("by flags", flags)] {
        let pairs: Vec<(f64, bool)> = scored.iter().map(|s| (pick(s), s.1)).collect();
        let low = |g: bool| {
            pairs
                .iter()
                .filter(|(c, p)| *p == g && *c < REVIEW_BELOW)
                .count()
        };
        let review = |g: bool| {
            scored
                .iter()
                .filter(|s| s.1 == g && (pick(s) < REVIEW_BELOW || s.3))
                .count()
        };
        let (rb, rg) = (review(false), review(true));
        let confident = scored.len() - rb - rg;
        println!(
            "  {name:<9} AUC {:.3}; below {REVIEW_BELOW}: {} of {bad} extras ({:.1} %), {} of {good} paired ({:.1} %); to review (below or flagged): {rb} extras ({:.1} %), {rg} paired ({:.1} %); the rest, {confident}, are {:.1} % paired",
            sets::auc(&pairs),
            low(false),
            percent(low(false), bad),
            low(true),
            percent(low(true), good),
            percent(rb, bad),
            percent(rg, good),
            percent(good - rg, confident),
        );
        for cut in [0.1, 0.2, 0.3, 0.5] {
            let gone = |g: bool| pairs.iter().filter(|(c, p)| *p == g && *c < cut).count();
            println!(
                "    dropping those below {cut}: {} extras and {} paired go; precision {:.3} → {:.3}",
                gone(false),
                gone(true),
                good as f64 / scored.len().max(1) as f64,
                (good - gone(true)) as f64 / (scored.len() - gone(false) - gone(true)).max(1) as f64,
            );
        }
    }
}

fn percent(a: usize, b: usize) -> f64 {
    100.0 * a as f64 / b.max(1) as f64
}
