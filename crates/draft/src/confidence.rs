//! How sure the drafter is of each target: the chance that an editor keeps it as drafted (value,
//! year and comparator), learned from the annotated passage sets in `tests/drafting/`.
//!
//! The rules find the targets; this module only ranks them for review. Each drafted target is
//! described by [`features`]: the rule that drafted it, its flags and cue words, its comparator,
//! kind and unit, how its year stands to the text's year of issue, and the characters around its
//! quote (digits folded to `0`, traditional to simplified). A logistic model over those features
//! gives the confidence: `1 / (1 + e^-(Σ weights))`. The weights are the table
//! `confidence.tsv` next to this file, one feature and its weight a line, written by
//! `cargo run --release -p plan-gauge-draft --example train_confidence`; its header names the sets
//! it was trained on. Sets kept back from training measure it (`tests/confidence.rs`).
//!
//! Invariants: pure functions; a feature the table does not hold weighs nothing; the confidence
//! is in (0, 1); a target that states only a direction stays below [`DIRECTION_ONLY_AT_MOST`].

use crate::text::Folded;
use crate::{DraftTarget, Flag};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The learned weights (`feature<TAB>weight` lines; `#` starts a comment line).
const TABLE: &str = include_str!("confidence.tsv");

/// Below this confidence a drafted target goes to an editor's review (so does any flagged
/// target): `plan-gauge draft`'s summary and the authoring page's "accept all confident ones".
pub const REVIEW_BELOW: f32 = 0.75;

/// True when a drafted target needs an editor's look: a confidence below [`REVIEW_BELOW`] or any
/// flag.
pub fn needs_review(t: &DraftTarget) -> bool {
    t.confidence < REVIEW_BELOW || !t.flags.is_empty()
}

/// The highest confidence of a target that states only a direction: such targets were not
/// learned from (the rule is off by default), and an editor must give them their value.
pub const DIRECTION_ONLY_AT_MOST: f32 = 0.3;

/// Characters of the sentence before a quote that describe it, nearest first.
const NEAR_BEFORE: usize = 14;
/// Characters of the sentence after a quote that describe it.
const NEAR_AFTER: usize = 6;
/// How far back in its sentence a quote's context words are looked for.
const FAR_BEFORE: usize = 80;

/// Words in the sentence before a quote that tell an aim from a result (已, 完成, 预计, 力争 …).
const CONTEXT_WORDS: &[&str] = &[
    "已",
    "完成",
    "实现",
    "累计",
    "同比",
    "截至",
    "预计",
    "去年",
    "上年",
    "目前",
    "现有",
    "建成",
    "共",
    "达到",
    "目标",
    "力争",
    "确保",
    "将",
    "计划",
    "到",
    "年底",
    "年末",
    "增长",
    "比",
    "占",
    "全年",
    "今年",
    "明年",
    "上半年",
    "前三季度",
    "月",
];

/// The weights of [`TABLE`], read once.
fn weights() -> &'static HashMap<&'static str, f64> {
    static WEIGHTS: OnceLock<HashMap<&'static str, f64>> = OnceLock::new();
    WEIGHTS.get_or_init(|| read_table(TABLE))
}

/// The `feature<TAB>weight` lines of a table; lines that do not parse are skipped.
pub fn read_table(table: &str) -> HashMap<&str, f64> {
    table
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (f, w) = l.split_once('\t')?;
            Some((f, w.trim().parse::<f64>().ok()?))
        })
        .collect()
}

/// The confidence of target `k` of `targets` (all drafted from `text`, folded as `folded`), by
/// the learned weights.
pub fn assess(
    text: &str,
    folded: &Folded,
    issue_year: Option<i32>,
    targets: &[DraftTarget],
    k: usize,
) -> f32 {
    let Some(t) = targets.get(k) else {
        return 0.0;
    };
    let f = features(text, folded, issue_year, targets, k);
    let p = probability(weights(), &f) as f32;
    let p = p.clamp(0.01, 0.99);
    if t.flags.contains(&Flag::DirectionOnly) {
        p.min(DIRECTION_ONLY_AT_MOST)
    } else {
        p
    }
}

/// The logistic model's probability for `features` under `weights`.
pub fn probability(weights: &HashMap<&str, f64>, features: &[String]) -> f64 {
    probability_of_parts(weights, &[features])
}

/// The same for features given in parts, read in order (a part shared by several examples is
/// described once).
pub fn probability_of_parts(weights: &HashMap<&str, f64>, parts: &[&[String]]) -> f64 {
    let z: f64 = parts
        .iter()
        .flat_map(|p| p.iter())
        .filter_map(|f| weights.get(f.as_str()))
        .sum();
    1.0 / (1.0 + (-z.clamp(-30.0, 30.0)).exp())
}

/// What describes target `k` of `targets` for the model (see the module's documentation). The
/// first feature, `bias`, every target has.
pub fn features(
    text: &str,
    folded: &Folded,
    issue_year: Option<i32>,
    targets: &[DraftTarget],
    k: usize,
) -> Vec<String> {
    let Some(t) = targets.get(k) else {
        return Vec::new();
    };
    let mut f = vec!["bias".to_string()];
    // (Cue words and units are the text's own words: their control characters are made plain
    // too.)
    f.push(format!("rule:{}", t.rule));
    if let Some((head, _)) = t.rule.split_once('.') {
        f.push(format!("rulehead:{head}"));
    }
    f.extend(t.flags.iter().map(|fl| format!("flag:{fl:?}")));
    f.extend(
        t.cues
            .iter()
            .map(|c| format!("cue:{}", c.chars().map(plain).collect::<String>())),
    );
    let m = &t.milestone;
    f.push(format!("cmp:{:?}", m.cmp));
    f.push(format!("kind:{:?}", t.kind));
    f.push(match t.unit.chars().last() {
        Some(c) => format!("unit:{}", plain(crate::text::fold_char(c))),
        None => "unit:none".to_string(),
    });
    if m.aspirational {
        f.push("aspirational".to_string());
    }
    f.push(match issue_year {
        Some(y) => format!("years_after_issue:{}", (m.year - y).clamp(-3, 8)),
        None => "years_after_issue:none".to_string(),
    });
    f.push(format!(
        "targets_in_text:{}",
        bucket(targets.len() as f64, &[2.0, 4.0, 8.0, 16.0, 32.0])
    ));
    // How densely the text states targets: per hundred bytes.
    let density = targets.len() as f64 / (text.len() as f64 / 100.0).max(1.0);
    f.push(format!(
        "density:{}",
        bucket(density, &[0.5, 1.0, 2.0, 4.0])
    ));
    if let Some(v) = m.value {
        f.push(format!(
            "magnitude:{}",
            bucket(v.abs(), &[1.0, 10.0, 100.0, 1e3, 1e4, 1e6])
        ));
    }
    // The quote and its neighbours, in folded characters.
    let chars = &folded.chars;
    let start = folded.char_at.partition_point(|c| *c < t.span.char_start);
    let end = folded.char_at.partition_point(|c| *c < t.span.char_end);
    let quote: Vec<char> = chars
        .get(start..end)
        .unwrap_or_default()
        .iter()
        .map(|c| plain(*c))
        .collect();
    f.push(format!(
        "quote_length:{}",
        bucket(quote.len() as f64, &[8.0, 16.0, 32.0, 64.0])
    ));
    let sentence_end = |c: &char| matches!(c, '。' | '!' | '?' | ';' | '\n');
    // The sentence's words before the quote, at most FAR_BEFORE of them.
    let preceding = chars.get(..start).unwrap_or_default();
    let from = preceding
        .iter()
        .rposition(sentence_end)
        .map_or(0, |p| p + 1)
        .max(start.saturating_sub(FAR_BEFORE));
    let before: Vec<char> = preceding
        .get(from..)
        .unwrap_or_default()
        .iter()
        .map(|c| plain(*c))
        .collect();
    let near: &[char] = before
        .get(before.len().saturating_sub(NEAR_BEFORE)..)
        .unwrap_or_default();
    let after: Vec<char> = chars
        .get(end..)
        .unwrap_or_default()
        .iter()
        .take_while(|c| !sentence_end(c))
        .take(NEAR_AFTER)
        .map(|c| plain(*c))
        .collect();
    grams(&mut f, "before", near);
    grams(&mut f, "after", &after);
    f.extend(quote.windows(2).map(|w| format!("quote2:{}{}", w[0], w[1])));
    let far: String = before.iter().collect();
    f.extend(
        CONTEXT_WORDS
            .iter()
            .filter(|w| far.contains(*w))
            .map(|w| format!("sentence:{w}")),
    );
    f
}

/// Characters and character pairs of `s`, named by `side`.
pub(crate) fn grams(f: &mut Vec<String>, side: &str, s: &[char]) {
    f.extend(s.iter().map(|c| format!("{side}1:{c}")));
    f.extend(s.windows(2).map(|w| format!("{side}2:{}{}", w[0], w[1])));
}

/// A character as the model sees it: every digit is `0`, a line break or other control
/// character `¶` (so that a feature fits on a line of the table).
pub(crate) fn plain(c: char) -> char {
    if c.is_ascii_digit() {
        '0'
    } else if c.is_control() {
        '¶'
    } else {
        c
    }
}

/// The index of the first edge `x` is below (edges ascending), or the number of edges.
pub(crate) fn bucket(x: f64, edges: &[f64]) -> usize {
    edges.iter().position(|e| x < *e).unwrap_or(edges.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_count_the_edges_below() {
        assert_eq!(bucket(0.5, &[1.0, 10.0]), 0);
        assert_eq!(bucket(5.0, &[1.0, 10.0]), 1);
        assert_eq!(bucket(50.0, &[1.0, 10.0]), 2);
        assert_eq!(bucket(f64::NAN, &[1.0, 10.0]), 2);
    }

    #[test]
    fn a_table_weighs_only_the_features_it_holds() {
        let table =
            "# trained on nothing\nbias\t-1.0\nrule:x\t2.5\nbroken line\nrule:y\tnot a number\n";
        let w = read_table(table);
        assert_eq!(w.len(), 2);
        let p = probability(&w, &["bias".to_string(), "rule:x".to_string()]);
        assert!((p - 1.0 / (1.0 + (-1.5f64).exp())).abs() < 1e-12);
        assert!((probability(&w, &["rule:z".to_string()]) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn the_shipped_table_reads() {
        let w = read_table(TABLE);
        let lines = TABLE.lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(
            w.len(),
            lines,
            "every line of the table is one feature and its weight"
        );
        assert!(w.len() > 100, "the table holds {} features", w.len());
    }
}
