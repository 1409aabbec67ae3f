//! The annotated passage sets of `tests/drafting/` and the one way they are scored: drafted and
//! expected targets are paired one to one within a passage (a drafted target whose quote overlaps
//! the expected one's pairs first), and a drafted target that pairs with none but whose quote
//! overlaps an `ignore` item counts neither way. Shared by `tests/passages.rs`,
//! `tests/confidence.rs`, `tests/second_look.rs` and the trainers of the learned models
//! (`examples/train_confidence.rs`, `examples/train_second_look.rs`); each uses a part of it.
#![allow(dead_code)]

use crate::common::{recovers, Want};
use plan_gauge_core::model::Comparator;
use plan_gauge_draft::{Draft, DraftOptions, DraftTarget};
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// Sets the confidence model is never trained on, so that they measure it
/// (`tests/confidence.rs`): the sets no round of rules has read either.
pub const HELD_BACK: &[&str] = &[
    "heldout43.json",
    "heldout44.json",
    "heldout47.json",
    "heldout49.json",
    "heldout50.json",
    "heldout51.json",
    "heldout52.json",
    "heldout53.json",
    "heldout54.json",
];

/// The folder of the sets.
pub fn folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/drafting")
}

/// Every set's file name, sorted.
pub fn names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder())
        .unwrap_or_else(|e| panic!("{}: {e}", folder().display()))
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names
}

/// The passages of a set; a missing or unreadable file panics (the sets are required).
pub fn read(path: &Path) -> File {
    let json = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e} (the passage file is required)", path.display()));
    let file: File =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert!(!file.passages.is_empty(), "{}: no passages", path.display());
    file
}

/// The options a passage is drafted with: its publication year stands for the date a full
/// document would state, unless `undated`.
pub fn options(p: &Passage, undated: bool) -> DraftOptions {
    DraftOptions {
        issued_year: p
            .source
            .published
            .as_deref()
            .and_then(|d| d.get(..4))
            .and_then(|y| y.parse().ok())
            .filter(|_| !undated),
        direction_only: false,
    }
}

/// How a draft of a passage pairs with its annotation.
pub struct Pairing {
    /// For each expected target, the drafted target it pairs with.
    pub found: Vec<Option<usize>>,
    /// For each drafted target: paired with an expected one.
    pub matched: Vec<bool>,
    /// For each drafted target: unpaired, but its quote overlaps an `ignore` item.
    pub ignored: Vec<bool>,
}

/// Pairs the draft `d` of passage `p` with the passage's expected targets.
pub fn pair(p: &Passage, d: &Draft) -> Pairing {
    let drafted: Vec<&DraftTarget> = d.targets.iter().collect();
    let (found, matched) = pair_targets(p, &drafted, &vec![false; p.targets.len()]);
    let ignored = on_ignore_items(p, &drafted, &matched);
    Pairing {
        found,
        matched,
        ignored,
    }
}

/// Pairs `more` (targets proposed beside a draft whose pairing is `pairing`: the second look's)
/// with the expected targets of `p` the draft left unpaired, as [`pair`] pairs.
pub fn pair_more(p: &Passage, pairing: &Pairing, more: &[&DraftTarget]) -> Pairing {
    let taken: Vec<bool> = pairing.found.iter().map(Option::is_some).collect();
    let (found, matched) = pair_targets(p, more, &taken);
    let ignored = on_ignore_items(p, more, &matched);
    Pairing {
        found,
        matched,
        ignored,
    }
}

/// The target of `more` that expected target `k` of `p` pairs with, as [`pair`] pairs (one an
/// editor's selection read, say).
pub fn pair_one(p: &Passage, k: usize, more: &[&DraftTarget]) -> Option<usize> {
    let taken: Vec<bool> = (0..p.targets.len()).map(|i| i != k).collect();
    pair_targets(p, more, &taken).0.get(k).copied().flatten()
}

/// For each expected target of `p` not `taken`, the target of `drafted` it pairs with; and for
/// each of `drafted`, whether it pairs. A drafted target whose quote overlaps the expected one
/// pairs first: a headline restating the target (an `ignore` item) must not take the body's
/// pairing.
fn pair_targets(
    p: &Passage,
    drafted: &[&DraftTarget],
    taken: &[bool],
) -> (Vec<Option<usize>>, Vec<bool>) {
    let mut matched = vec![false; drafted.len()];
    let mut found = Vec::with_capacity(p.targets.len());
    for (e, taken) in p.targets.iter().zip(taken) {
        if *taken {
            found.push(None);
            continue;
        }
        let (value, upper) = e.signed();
        let w = Want {
            value,
            upper,
            year: e.year,
            cmp: e.comparator,
            unit: &e.unit,
        };
        let at: Vec<(usize, usize)> = p
            .text
            .match_indices(e.quote.as_str())
            .map(|(a, m)| (a, a + m.len()))
            .filter(|_| !e.quote.is_empty())
            .collect();
        let overlaps = |t: &DraftTarget| {
            at.iter()
                .any(|(a, b)| t.span.byte_start < *b && *a < t.span.byte_end)
        };
        let fits = |k: usize| !matched[k] && recovers(&drafted[k].milestone, &drafted[k].unit, w);
        let k = (0..drafted.len())
            .find(|&k| fits(k) && overlaps(drafted[k]))
            .or_else(|| (0..drafted.len()).find(|&k| fits(k)));
        if let Some(k) = k {
            matched[k] = true;
        }
        found.push(k);
    }
    (found, matched)
}

/// For each of `drafted`: unpaired, but its quote overlaps an `ignore` item of `p` (any
/// occurrence of the item's quote).
fn on_ignore_items(p: &Passage, drafted: &[&DraftTarget], matched: &[bool]) -> Vec<bool> {
    let ranges: Vec<(usize, usize)> = p
        .ignore
        .iter()
        .filter(|q| !q.quote.is_empty())
        .flat_map(|q| {
            p.text
                .match_indices(q.quote.as_str())
                .map(|(a, m)| (a, a + m.len()))
        })
        .collect();
    drafted
        .iter()
        .zip(matched)
        .map(|(t, m)| {
            !m && ranges
                .iter()
                .any(|(a, b)| t.span.byte_start < *b && *a < t.span.byte_end)
        })
        .collect()
}

/// The chance that a random paired target (`true`) scores above a random extra (ties count
/// half): the area under the ROC curve of the scores.
pub fn auc(pairs: &[(f64, bool)]) -> f64 {
    let mut sorted: Vec<(f64, bool)> = pairs.to_vec();
    sorted.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut below, mut wins) = (0.0, 0.0);
    let mut i = 0;
    while i < sorted.len() {
        let mut j = i;
        while j < sorted.len() && sorted[j].0 == sorted[i].0 {
            j += 1;
        }
        let bad_here = sorted[i..j].iter().filter(|s| !s.1).count() as f64;
        let good_here = (j - i) as f64 - bad_here;
        wins += good_here * (below + bad_here / 2.0);
        below += bad_here;
        i = j;
    }
    let good = pairs.iter().filter(|p| p.1).count() as f64;
    wins / (good * below).max(1.0)
}

#[derive(Deserialize)]
pub struct File {
    pub passages: Vec<Passage>,
}

#[derive(Deserialize)]
pub struct Passage {
    pub id: String,
    pub text: String,
    pub targets: Vec<Expected>,
    #[serde(default)]
    pub ignore: Vec<Ignored>,
    #[serde(default)]
    pub source: Source,
}

#[derive(Deserialize, Default)]
pub struct Source {
    /// `YYYY-MM-DD` or null.
    #[serde(default)]
    pub published: Option<String>,
}

#[derive(Deserialize)]
pub struct Ignored {
    pub quote: String,
}

#[derive(Deserialize)]
pub struct Expected {
    #[serde(default)]
    pub indicator: String,
    #[serde(default)]
    pub quote: String,
    pub value: f64,
    #[serde(default)]
    pub upper: Option<f64>,
    pub year: i32,
    pub comparator: Comparator,
    #[serde(default)]
    pub unit: String,
    /// `increase` or `decrease` for a change against a base (比2020年下降13.5%).
    #[serde(default)]
    pub change: Option<String>,
}

impl Expected {
    /// (value, upper) as the plan format writes them: a fall in percent or in points is negative
    /// (下降13.5% → −13.5; 降低65%至70% → −70..−65). The annotators write magnitudes with
    /// `change: decrease`.
    pub fn signed(&self) -> (f64, Option<f64>) {
        let points_or_percent = matches!(
            self.unit.as_str(),
            "%" | "个百分点" | "個百分點" | "百分点" | "百分點"
        );
        if self.change.as_deref() == Some("decrease") && points_or_percent {
            match self.upper {
                Some(u) => (-u, Some(-self.value)),
                None => (-self.value, None),
            }
        } else {
            (self.value, self.upper)
        }
    }
}
