//! Trains the drafter's second look (`src/second_look.rs`) on the annotated passage sets and
//! writes its table, `src/second_look.tsv`:
//! `cargo run --release -p plan-gauge-draft --example train_second_look`.
//!
//! Every passage of every set except the held-back ones (`tests/sets/mod.rs`, `HELD_BACK`) is
//! drafted by the rules alone, with and without its publication year, and its draft paired with
//! the annotation as `tests/passages.rs` pairs it. Each figure the second look weighs is a
//! positive example when it recovers an annotated target the rules missed (value, year and
//! comparator), a negative one when it recovers none, and is left out when its quote overlaps an
//! item the annotators left to `ignore`; a figure is an example once for each year it is weighed
//! with. The reports count, of each figure, the likeliest of its years, as the draft suggests.
//!
//! `--folds N` instead reports what the second look would add on sets it was not trained on: the
//! training sets are split into N groups of whole sets, each group weighed by a model trained on
//! the others, and precision and recall of the rules with the second look printed for several
//! cuts. `--held-back` reports the same for the held-back sets with the table written last.

#[path = "../tests/common/mod.rs"]
mod common;
mod logistic;
#[path = "../tests/sets/mod.rs"]
mod sets;

use logistic::probability;
use plan_gauge_draft::draft_and_look;

/// How the model is fitted (see `logistic::Settings`): rarer features and a smaller step than
/// the confidence model's, chosen by the six folds (area under the ROC curve 0.818 against 0.787
/// with the confidence model's settings, before the figures were weighed with several years).
const SETTINGS: logistic::Settings = logistic::Settings {
    min_count: 20,
    epochs: 15,
    rate: 0.01,
    l2: 1e-3,
    keep_above: 0.1,
};
/// The cuts the reports try.
const CUTS: &[f64] = &[0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/// One figure of the second look, weighed with one of its years, and its label.
struct Example {
    set: String,
    features: Vec<String>,
    good: bool,
    /// The chance the shipped table gives it.
    chance: f64,
    /// The figure (its years share it): only the likeliest of a figure's years is suggested.
    figure: usize,
}

/// What the rules alone did on one passage drafted one way.
#[derive(Default, Clone, Copy)]
struct Rules {
    expected: usize,
    drafted: usize,
    matched: usize,
}

fn main() {
    let logistic::Asked { folds, held_back } = logistic::asked();
    let (examples, rules) = examples(|set| sets::HELD_BACK.contains(&set) == held_back);
    if held_back {
        let scored: Vec<Scored> = examples
            .iter()
            .map(|e| (e.chance, e.good, e.set.ends_with("#undated"), e.figure))
            .collect();
        report("held-back sets", &scored, &rules);
        return;
    }
    let set_of = |e: &Example| e.set.trim_end_matches("#undated").to_string();
    if let Some(n) = folds.filter(|n| *n >= 2) {
        let mut names: Vec<String> = examples.iter().map(set_of).collect();
        names.dedup();
        names.sort();
        names.dedup();
        let mut scored = Vec::new();
        for f in 0..n {
            let out =
                |e: &Example| names.iter().position(|x| *x == set_of(e)).unwrap_or(0) % n == f;
            let train: Vec<(&[String], bool)> = examples
                .iter()
                .filter(|e| !out(e))
                .map(|e| (e.features.as_slice(), e.good))
                .collect();
            let model = logistic::fit(&train, &SETTINGS);
            scored.extend(examples.iter().filter(|e| out(e)).map(|e| {
                (
                    probability(&model, &e.features),
                    e.good,
                    e.set.ends_with("#undated"),
                    e.figure,
                )
            }));
        }
        report(&format!("{n} folds of the training sets"), &scored, &rules);
        return;
    }
    let train: Vec<(&[String], bool)> = examples
        .iter()
        .map(|e| (e.features.as_slice(), e.good))
        .collect();
    let model = logistic::fit(&train, &SETTINGS);
    let mut used: Vec<String> = examples.iter().map(set_of).collect();
    used.sort();
    used.dedup();
    let header = vec![
        "The drafter's second look: feature<TAB>weight (see src/second_look.rs).".to_string(),
        "Written by `cargo run --release -p plan-gauge-draft --example train_second_look`."
            .to_string(),
        format!(
            "Trained on {} figures the rules left alone, each weighed with every year offered to it ({} examples, {} of them annotated targets as read), in {} sets drafted with and without their publication year: {}.",
            {
                let mut f: Vec<usize> = examples.iter().map(|e| e.figure).collect();
                f.dedup();
                f.len()
            },
            examples.len(),
            examples.iter().filter(|e| e.good).count(),
            used.len(),
            used.join(", ")
        ),
    ];
    logistic::write_table(
        "second_look.tsv",
        &header,
        sets::HELD_BACK,
        &SETTINGS,
        model,
        examples.len(),
    );
}

/// The figures of the second look in every passage of the sets `keep` accepts, drafted with and
/// without the publication year (the set's name then ends in `#undated`), with their labels; and
/// what the rules alone did, dated and undated.
fn examples(keep: impl Fn(&str) -> bool) -> (Vec<Example>, [Rules; 2]) {
    let mut out = Vec::new();
    let mut rules = [Rules::default(); 2];
    // Figures numbered across all passages, each drafted way apart.
    let mut figures = 0;
    for name in sets::names().iter().filter(|n| keep(n)) {
        let file = sets::read(&sets::folder().join(name));
        for p in &file.passages {
            for undated in [false, true] {
                let options = sets::options(p, undated);
                let (d, seen) = draft_and_look(&p.text, &options);
                let pairing = sets::pair(p, &d);
                let r = &mut rules[usize::from(undated)];
                r.expected += p.targets.len();
                r.drafted += pairing.ignored.iter().filter(|i| !**i).count();
                r.matched += pairing.matched.iter().filter(|m| **m).count();
                let more: Vec<&plan_gauge_draft::DraftTarget> =
                    seen.iter().map(|s| &s.target).collect();
                let labels = sets::pair_more(p, &pairing, &more);
                let base = figures;
                figures += seen.iter().map(|s| s.figure + 1).max().unwrap_or(0);
                let figures = base;
                for (k, s) in seen.iter().enumerate() {
                    if labels.ignored[k] {
                        continue;
                    }
                    out.push(Example {
                        set: if undated {
                            format!("{name}#undated")
                        } else {
                            name.clone()
                        },
                        features: s.features.clone(),
                        good: labels.matched[k],
                        chance: s.chance,
                        figure: figures + s.figure,
                    });
                }
            }
        }
    }
    (out, rules)
}

/// A weighed figure: its chance, whether it is right, drafted undated, and the figure it is one
/// year of.
type Scored = (f64, bool, bool, usize);

/// Prints precision and recall of the rules alone and with the second look at each cut, dated and
/// undated: of each figure, the likeliest of its years counts (the first on a tie), as the draft
/// suggests it.
fn report(what: &str, scored: &[Scored], rules: &[Rules; 2]) {
    for (undated, r) in rules.iter().enumerate() {
        let mut best: Vec<(f64, bool, usize)> = Vec::new();
        for s in scored.iter().filter(|s| s.2 == (undated == 1)) {
            match best.last_mut() {
                Some(b) if b.2 == s.3 => {
                    if s.0 > b.0 {
                        *b = (s.0, s.1, s.3);
                    }
                }
                _ => best.push((s.0, s.1, s.3)),
            }
        }
        let mine: Vec<(f64, bool)> = best.iter().map(|b| (b.0, b.1)).collect();
        let pos = mine.iter().filter(|s| s.1).count();
        println!(
            "{what}, {}: {} expected; rules alone drafted {}, matched {}: precision {:.3}, recall {:.3}; second look weighs {} figures, {pos} of them missed targets (AUC {:.3})",
            if undated == 1 { "undated" } else { "dated" },
            r.expected,
            r.drafted,
            r.matched,
            r.matched as f64 / r.drafted.max(1) as f64,
            r.matched as f64 / r.expected.max(1) as f64,
            mine.len(),
            sets::auc(&mine),
        );
        for cut in CUTS {
            let kept = mine.iter().filter(|s| s.0 >= *cut).count();
            let right = mine.iter().filter(|s| s.0 >= *cut && s.1).count();
            let (d, m) = (r.drafted + kept, r.matched + right);
            let (p, rc) = (
                m as f64 / d.max(1) as f64,
                m as f64 / r.expected.max(1) as f64,
            );
            println!(
                "  at {cut}: adds {kept} ({right} right): precision {p:.3}, recall {rc:.3}, F1 {:.3}",
                2.0 * p * rc / (p + rc).max(1e-9)
            );
        }
    }
}
