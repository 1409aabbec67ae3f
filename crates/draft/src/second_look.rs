//! The second look: figures the rules left alone, weighed by a model learned from the annotated
//! passage sets, so that an editor sees the likeliest of them as suggestions.
//!
//! The rules draft a figure only when they can tell why it is an aim; on text unlike what they
//! were written from, most targets they miss are figures they never drafted (a county's list of
//! practical projects, 为8000名独居老人安装报警器, with no word of intent). The second look reads
//! every figure with a unit that no drafted quote covers and that restates no drafted target's value
//! and unit ([`crate::rules::loose`]). It weighs the figure once for each year the text and the draft
//! offer it: the nearest year its sentence or paragraph gives, the heading or list above it, the
//! nearest drafted target within `NEAR_WITHIN` characters (a list whose other items the rules
//! drafted), the year of issue and the plan's last year. Each is described by `features`: where
//! its year came from and the words around that year, its cue words, unit and magnitude, the
//! characters around it, the words of its sentence, the other figures of its sentence, how near the
//! rules drafted targets, and the words of the document's title. A logistic model over those
//! features gives the chance that an annotator took the figure, so dated, for a target (value,
//! year and comparator); the likeliest of a figure's years is the one it is suggested with.
//!
//! Figures at or above [`SUGGEST_AT`] become the draft's suggestions ([`crate::Suggestion`]),
//! with rule `second_look` and their chance as confidence (held below
//! [`crate::confidence::REVIEW_BELOW`]); they are not drafted. Drafting them would not pay: on the
//! training sets, by six folds of whole sets, adding those at or above 0.3 moves F1 from 0.916 to
//! 0.918 (dated), and on the held-back sets from 0.800 to 0.802. As suggestions, those at or above
//! 0.1 hold 41 of the 115 targets the rules miss in the held-back sets (dated), among 127 figures
//! in 157 passages (`tests/second_look.rs`).
//!
//! The weights are the table `second_look.tsv` next to this file, written by
//! `cargo run --release -p plan-gauge-draft --example train_second_look` (which also reports the
//! figures above: `-- --folds 6`, `-- --held-back`).
//!
//! Invariants: pure functions; a figure a drafted quote overlaps, or that has the value and unit
//! of a drafted target, is never looked at again; a feature the table does not hold weighs nothing.

use crate::confidence::{bucket, grams, plain, probability_of_parts, read_table, REVIEW_BELOW};
use crate::rules::loose::{self, Dated, Loose};
use crate::rules::{Candidate, Context, Flag, Shape};
use crate::text::Folded;
use crate::{outline, DraftTarget};
use plan_gauge_core::model::{Comparator, Direction, Kind};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The learned weights (`feature<TAB>weight` lines; `#` starts a comment line).
const TABLE: &str = include_str!("second_look.tsv");

/// The chance at or above which a figure of the second look is suggested.
pub const SUGGEST_AT: f64 = 0.1;

/// The confidence of a suggestion is its chance, at most this: below [`REVIEW_BELOW`], so that
/// an editor who adds it still reviews it.
pub const CONFIDENCE_AT_MOST: f32 = REVIEW_BELOW - 0.05;

/// The rule id of a target of the second look.
pub const RULE: &str = "second_look";

/// Characters before a figure that describe it, nearest first.
const NEAR_BEFORE: usize = 12;
/// Characters after a figure that describe it.
const NEAR_AFTER: usize = 6;
/// How far back in its sentence the words of a figure's context are looked for.
const FAR_BEFORE: usize = 60;

/// How far (in characters) the nearest drafted target may stand for its year to be offered to a
/// figure.
const NEAR_WITHIN: usize = 150;

/// Words in a figure's sentence before it that tell an aim from a report.
const SENTENCE_WORDS: &[&str] = &[
    "已", "完成", "实现", "累计", "同比", "截至", "预计", "去年", "上年", "目前", "现有", "建成",
    "共", "达到", "目标", "力争", "确保", "将", "计划", "到", "年底", "年末", "增长", "比", "占",
    "全年", "今年", "明年", "新建", "改造", "实施", "开展", "培育", "打造", "推进", "任务", "项目",
    "实事", "以来", "期间", "全市", "全省", "全区", "全县", "投资", "补贴", "奖励", "资金", "其中",
    "包括", "超过", "约", "达", "为", "有", "个",
];

/// The weights of [`TABLE`], read once.
fn weights() -> &'static HashMap<&'static str, f64> {
    static WEIGHTS: OnceLock<HashMap<&'static str, f64>> = OnceLock::new();
    WEIGHTS.get_or_init(|| read_table(TABLE))
}

/// A figure of the second look: its candidate target, the line it stands in, what describes it
/// and its chance of being a target.
#[derive(Debug, Clone)]
pub(crate) struct Looked {
    pub(crate) candidate: Candidate,
    pub(crate) line: usize,
    /// Empty unless asked for (the trainer's).
    pub(crate) features: Vec<String>,
    pub(crate) chance: f64,
    /// The figure's number in the text (its years share it).
    pub(crate) figure: usize,
    /// The likeliest of the figure's years.
    pub(crate) best: bool,
}

/// A figure of the second look as a drafted target, with what describes it and its chance
/// (for the trainer).
#[derive(Debug, Clone)]
pub struct Seen {
    pub target: DraftTarget,
    /// What describes it for the model: given by [`crate::draft_and_look`], empty otherwise.
    pub features: Vec<String>,
    pub chance: f64,
    /// The figure's number in the text: a figure is weighed once for each year the text or the
    /// draft offers it, and those share the number.
    pub figure: usize,
    /// The likeliest of the figure's years: the one the draft suggests if any.
    pub best: bool,
}

/// Does drafted target `t` state the figure `value` `unit` (the same unit, the same value but for
/// rounding)?
pub(crate) fn states(t: &DraftTarget, unit: &str, value: f64) -> bool {
    t.unit == unit
        && t.milestone
            .value
            .is_some_and(|v| (v - value).abs() <= 1e-9 * v.abs().max(1.0))
}

/// What the second look is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ask {
    /// The draft's suggestions: each figure's chance, without its features.
    Suggestions,
    /// Every figure with its features (the trainer's).
    Every,
    /// The figures that start in the text's characters `a..b`, which an editor selected.
    Within(usize, usize),
}

/// Where a year a figure may have came from. A figure is weighed once for each year these give it
/// (its dating hypotheses), and suggested with the likeliest.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum YearFrom {
    Text(Dated),
    /// The heading or the line of a list above it.
    Above,
    /// The drafted target nearest to it (a list whose other items the rules drafted).
    Near,
    /// The year of issue.
    Issue,
    /// The plan's last year.
    Default,
}

/// Looks again at every figure of `lines` that no quote of `drafted` overlaps and that restates no
/// drafted target's value and unit, once for each year offered to it. `above[k]` is the deadline
/// the heading or list above line `k` gives; `title` is the document's. Each figure's features are
/// kept only when [`Ask::Every`] asks for them (the trainer); its chance always is.
///
/// [`Ask::Within`] a range of the text an editor selected, it looks at every figure that starts in
/// the range instead, drafted or not, in a review too: the editor says it is a target, and asks
/// only how to read it.
pub(crate) fn look(
    folded: &Folded,
    title: &str,
    lines: &[outline::Line],
    above: &[Option<i32>],
    cx: Context,
    drafted: &[DraftTarget],
    ask: Ask,
) -> Vec<Looked> {
    let every = ask == Ask::Every;
    let within = match ask {
        Ask::Within(a, b) => Some((a, b)),
        Ask::Suggestions | Ask::Every => None,
    };
    let chars = &folded.chars;
    let original_len = folded.char_at.last().map_or(0, |c| c + 1);
    let mut covered = vec![false; original_len];
    for t in drafted {
        for c in covered
            .iter_mut()
            .take(t.span.char_end)
            .skip(t.span.char_start)
        {
            *c = true;
        }
    }
    // The drafted targets by where they start (in original chars), with their years.
    let dated: Vec<(usize, i32)> = {
        let mut d: Vec<(usize, i32)> = drafted
            .iter()
            .map(|t| (t.span.char_start, t.milestone.year))
            .collect();
        d.sort_unstable();
        d
    };
    // How many drafted targets start in the folded range `a..b`.
    let drafted_in = |a: usize, b: usize| {
        let (Some(&x), Some(&y)) = (folded.char_at.get(a), folded.char_at.get(b.max(1) - 1)) else {
            return 0;
        };
        dated.partition_point(|(s, _)| *s <= y) - dated.partition_point(|(s, _)| *s < x)
    };
    // The distance in original characters to the nearest drafted target's start, and its year.
    let nearest = |a: usize| -> (usize, Option<i32>) {
        let Some(&x) = folded.char_at.get(a) else {
            return (usize::MAX, None);
        };
        let k = dated.partition_point(|(s, _)| *s < x);
        let after = dated.get(k).map(|(s, y)| (s - x, *y));
        let before = k
            .checked_sub(1)
            .and_then(|j| dated.get(j))
            .map(|(s, y)| (x - s, *y));
        match (before, after) {
            (Some(b), Some(a)) => {
                let n = if a.0 < b.0 { a } else { b };
                (n.0, Some(n.1))
            }
            (Some(n), None) | (None, Some(n)) => (n.0, Some(n.1)),
            (None, None) => (usize::MAX, None),
        }
    };
    let document: Vec<&str> = DOCUMENT_WORDS
        .iter()
        .copied()
        .filter(|w| title.contains(w))
        .collect();
    // (A figure restated: the value and unit of a drafted target.)
    let restates = |l: &Loose| drafted.iter().any(|t| states(t, &l.unit, l.value));
    let mut out: Vec<Looked> = Vec::new();
    let mut figure_count = 0;
    for (k, line) in lines.iter().enumerate() {
        if (line.under_review && within.is_none()) || line.end <= line.body {
            continue;
        }
        let line_drafted = drafted_in(line.body, line.end);
        let figures = loose::figures(chars, line.body, line.end, cx.this_year);
        for l in &figures {
            let overlaps = (l.number..l.end)
                .filter_map(|p| folded.char_at.get(p))
                .any(|c| covered.get(*c).copied().unwrap_or(false));
            // (A figure that restates a drafted target's value and unit, in a summary or a
            // table of the same aims, is drafted already.)
            let skip = match within {
                Some((a, b)) => !folded
                    .char_at
                    .get(l.number)
                    .is_some_and(|c| (a..b).contains(c)),
                None => overlaps || restates(l),
            };
            if skip {
                continue;
            }
            let (distance, near_year) = nearest(l.number);
            let near_year = near_year.filter(|_| distance <= NEAR_WITHIN);
            let offered = offered(l, above.get(k).copied().flatten(), near_year, cx);
            // (The year the figure's own dating gives, without its neighbours: the first offered
            // but the nearest target's.)
            let own = offered
                .iter()
                .find(|(_, f)| *f != YearFrom::Near)
                .map_or(cx.default_year, |(y, _)| *y);
            let mut years: Vec<i32> = offered.iter().map(|(y, _)| *y).collect();
            years.sort_unstable();
            years.dedup();
            let sentence_start = (line.body..l.number)
                .rev()
                .find(|p| matches!(chars[*p], '。' | '!' | '?'))
                .map_or(line.body, |p| p + 1);
            let sentence_end = (l.end..line.end)
                .find(|p| matches!(chars[*p], '。' | '!' | '?'))
                .unwrap_or(line.end);
            let near = Near {
                line: line_drafted,
                sentence: drafted_in(sentence_start, sentence_end),
                text: drafted.len(),
                goal: line.under_goal,
                distance,
                figures_in_sentence: figures
                    .iter()
                    .filter(|g| (sentence_start..sentence_end).contains(&g.number))
                    .count(),
                labelled: line.body > line.start,
            };
            let (middle, rest) = figure_features(chars, l, sentence_start, near, cx, &document);
            let first = out.len();
            for &year in &years {
                let from: Vec<YearFrom> = offered
                    .iter()
                    .filter(|(y, _)| *y == year)
                    .map(|(_, f)| *f)
                    .collect();
                let dating = Dating {
                    year,
                    from: &from,
                    own: year == own,
                    hypotheses: years.len(),
                };
                let (head, others) = dating_features(dating, l, cx);
                let parts = [&head[..], &middle[..], &others[..], &rest[..]];
                let chance = probability_of_parts(weights(), &parts);
                out.push(Looked {
                    candidate: candidate(l, year, &from),
                    line: k,
                    features: if every { parts.concat() } else { Vec::new() },
                    chance,
                    figure: figure_count,
                    best: false,
                });
            }
            // The likeliest year of the figure is the one suggested (the first on a tie).
            if let Some(best) =
                (first..out.len()).reduce(|a, b| if out[b].chance > out[a].chance { b } else { a })
            {
                out[best].best = true;
            }
            figure_count += 1;
        }
    }
    out
}

/// Every year the text and the draft offer figure `l`, with where it comes from, in the order the
/// figure's own dating prefers them: its sentence's or paragraph's, the heading's or list's
/// `above`, the nearest drafted target's `near`, the year of issue, the plan's last year.
fn offered(l: &Loose, above: Option<i32>, near: Option<i32>, cx: Context) -> Vec<(i32, YearFrom)> {
    [
        l.year.map(|y| (y, YearFrom::Text(l.dated))),
        above.map(|y| (y, YearFrom::Above)),
        near.map(|y| (y, YearFrom::Near)),
        cx.this_year.map(|y| (y, YearFrom::Issue)),
        Some((cx.default_year, YearFrom::Default)),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// One year a figure is weighed with, and where it came from.
#[derive(Debug, Clone, Copy)]
struct Dating<'a> {
    year: i32,
    /// Every source that gives this year.
    from: &'a [YearFrom],
    /// The figure's own dating gives it (not only its nearest drafted target).
    own: bool,
    /// How many years the figure is weighed with.
    hypotheses: usize,
}

/// How many targets the rules drafted near a figure.
#[derive(Debug, Clone, Copy)]
struct Near {
    line: usize,
    sentence: usize,
    text: usize,
    goal: bool,
    /// Original characters to the nearest drafted target's start.
    distance: usize,
    figures_in_sentence: usize,
    /// The line is a heading or a labelled item (一、, (一), 1.).
    labelled: bool,
}

/// Words of a document's title that tell a plan from a report.
const DOCUMENT_WORDS: &[&str] = &[
    "方案", "计划", "规划", "要点", "实事", "项目", "目标", "任务", "意见", "通知", "行动", "纲要",
    "报告", "公报", "总结", "情况", "回顾", "统计", "新闻", "记者", "发布",
];

/// The candidate target a figure of the second look stands for.
fn candidate(l: &Loose, year: i32, from: &[YearFrom]) -> Candidate {
    let percent = matches!(l.unit.as_str(), "%" | "个百分点" | "百分点");
    let change = l.fall && percent;
    let mut flags = Vec::new();
    if from
        .iter()
        .all(|f| matches!(f, YearFrom::Issue | YearFrom::Default))
    {
        flags.push(Flag::YearDefaulted);
    }
    if l.cue.is_none() && l.upper.is_none() {
        flags.push(Flag::ComparatorAssumed);
    }
    if l.chinese {
        flags.push(Flag::ChineseNumeral);
    }
    Candidate {
        name: l.name,
        name_text: None,
        name_tail: None,
        value: l.value,
        upper: l.upper,
        unit: l.unit.clone(),
        decimals: 0,
        year,
        cmp: l.cmp,
        aspirational: false,
        kind: if change {
            Kind::RelativeChange
        } else if percent {
            Kind::Share
        } else {
            Kind::Level
        },
        direction: if l.fall || l.cmp == Comparator::Le {
            Direction::Lower
        } else {
            Direction::Higher
        },
        baseline_year: None,
        baseline_value: None,
        quote: (l.clause, l.quote_end),
        cues: l.cue.iter().map(|c| c.to_string()).collect(),
        rule: RULE,
        flags,
        shape: if change {
            Shape::ChangeWithoutBase
        } else {
            Shape::Carried
        },
    }
}

/// What describes one year a figure of the second look is weighed with, for the model (see the
/// module's documentation): the features that lead its description, and the years of its sentence
/// that are not this one. The rest describe the figure whatever its year ([`figure_features`]).
fn dating_features(dating: Dating, l: &Loose, cx: Context) -> (Vec<String>, Vec<String>) {
    let year = dating.year;
    let mut f = vec!["bias".to_string()];
    f.extend(dating.from.iter().map(|from| format!("from:{from:?}")));
    if let [only] = dating.from {
        f.push(format!("only:{only:?}"));
    }
    if dating.own {
        f.push("own_year".to_string());
    }
    f.push(format!("hypotheses:{}", dating.hypotheses.min(4)));
    f.push(match cx.this_year {
        Some(t) => format!("years_after_issue:{}", (year - t).clamp(-3, 8)),
        None => "years_after_issue:none".to_string(),
    });
    f.push(format!("to_plan_end:{}", (cx.end - year).clamp(-3, 6)));
    let others = l
        .other_years
        .iter()
        .map(|y| format!("other_year:{}", (y - year).clamp(-5, 5)))
        .collect();
    (f, others)
}

/// What describes a figure of the second look whatever its year, in two parts: those that stand
/// before the other years of its sentence in its description, and those after (its title's words
/// last).
fn figure_features(
    chars: &[char],
    l: &Loose,
    sentence_start: usize,
    near: Near,
    cx: Context,
    document: &[&str],
) -> (Vec<String>, Vec<String>) {
    let middle = vec![
        format!("dated_plan:{}", cx.dated_plan),
        format!("year_before:{}", plain(l.year_words.0)),
        format!("year_after:{}", plain(l.year_words.1)),
        format!(
            "year_words:{}{}",
            plain(l.year_words.0),
            plain(l.year_words.1)
        ),
    ];
    let mut f = Vec::new();
    f.push(format!(
        "distance:{}",
        bucket(near.distance as f64, &[10.0, 30.0, 80.0, 200.0, 600.0])
    ));
    f.push(format!(
        "figures_in_sentence:{}",
        near.figures_in_sentence.min(6)
    ));
    if near.labelled {
        f.push("labelled".to_string());
    }
    if cx.tier > 0 {
        f.push(format!("tier:{}", cx.tier));
    }
    f.push(format!("cmp:{:?}", l.cmp));
    if let Some(c) = l.cue {
        f.push(format!("cue:{c}"));
    }
    if l.fall {
        f.push("fall".to_string());
    }
    if l.chinese {
        f.push("chinese".to_string());
    }
    f.push(format!(
        "unit:{}",
        l.unit.chars().map(plain).collect::<String>()
    ));
    if let Some(c) = l.unit.chars().last() {
        f.push(format!("unit_end:{}", plain(c)));
    }
    f.push(format!(
        "magnitude:{}",
        bucket(l.value.abs(), &[1.0, 10.0, 100.0, 1e3, 1e4, 1e6])
    ));
    f.push(format!("drafted_line:{}", near.line.min(4)));
    f.push(format!("drafted_sentence:{}", near.sentence.min(3)));
    f.push(format!(
        "drafted_text:{}",
        bucket(near.text as f64, &[1.0, 3.0, 8.0, 20.0])
    ));
    if near.goal {
        f.push("under_goal".to_string());
    }
    f.push(format!(
        "clause_length:{}",
        bucket((l.number - l.clause) as f64, &[2.0, 6.0, 12.0, 24.0])
    ));
    let before: Vec<char> = chars
        .get(l.number.saturating_sub(NEAR_BEFORE).max(sentence_start)..l.number)
        .unwrap_or_default()
        .iter()
        .map(|c| plain(*c))
        .collect();
    let after: Vec<char> = chars
        .get(l.end..)
        .unwrap_or_default()
        .iter()
        .take_while(|c| !matches!(c, '。' | '!' | '?' | '\n'))
        .take(NEAR_AFTER)
        .map(|c| plain(*c))
        .collect();
    grams(&mut f, "before", &before);
    grams(&mut f, "after", &after);
    if let Some(c) = chars.get(l.clause) {
        f.push(format!("clause_first:{}", plain(*c)));
    }
    let far: String = chars
        .get(l.number.saturating_sub(FAR_BEFORE).max(sentence_start)..l.number)
        .unwrap_or_default()
        .iter()
        .collect();
    f.extend(
        SENTENCE_WORDS
            .iter()
            .filter(|w| far.contains(*w))
            .map(|w| format!("sentence:{w}")),
    );
    f.extend(document.iter().map(|w| format!("document:{w}")));
    (middle, f)
}

/// Figures of the second look as drafted targets (their confidence is their chance), in text order.
pub(crate) fn seen(
    text: &str,
    folded: &Folded,
    looked: Vec<Looked>,
    lines: &[outline::Line],
    tasks: &[plan_gauge_core::model::Task],
) -> Vec<Seen> {
    looked
        .into_iter()
        .filter_map(|l| {
            let line = lines.get(l.line)?;
            let task = line.task.and_then(|t| tasks.get(t));
            let mut target = crate::to_target(text, folded, l.candidate, line, task);
            target.confidence = confidence(l.chance);
            Some(Seen {
                target,
                features: l.features,
                chance: l.chance,
                figure: l.figure,
                best: l.best,
            })
        })
        .collect()
}

/// Is a figure weighed with the year it has (the likeliest of its years: `best`) and that chance
/// one the draft suggests?
pub(crate) fn suggested(best: bool, chance: f64) -> bool {
    best && chance >= SUGGEST_AT
}

/// The confidence a target of the second look is drafted with.
pub(crate) fn confidence(chance: f64) -> f32 {
    (chance as f32).clamp(0.01, CONFIDENCE_AT_MOST)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_table_reads() {
        let w = read_table(TABLE);
        let lines = TABLE.lines().filter(|l| !l.starts_with('#')).count();
        assert_eq!(w.len(), lines, "every line is one feature and its weight");
    }

    #[test]
    fn a_suggestion_always_goes_to_review() {
        assert!(confidence(0.999) < REVIEW_BELOW);
        assert!(confidence(0.0) > 0.0);
    }
}
