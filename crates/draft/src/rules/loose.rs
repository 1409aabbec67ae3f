//! Every figure with a unit in a line, read without judging whether it is an aim: the
//! candidates of the drafter's second look ([`crate::second_look`]), which a learned model weighs
//! instead of the rules. Each is read as the rules read a figure (its unit, range and cue words)
//! and dated by the nearest year the text gives before it: in its sentence, in its paragraph, or
//! none (the caller then dates it).

use super::figures::{fall, figure, pre_cue};
use super::names::lead;
use super::years::year_at;
use super::REDUCTION;
use crate::lexicon::{at, ends_at};
use crate::numeral::scan;
use plan_gauge_core::model::Comparator;

/// Where a loose figure's year came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dated {
    /// A year written earlier in its sentence (到2025年, 2024年).
    Sentence,
    /// 今年 or 明年 earlier in its sentence, counted from the year of issue.
    ThisOrNext,
    /// A year written in an earlier sentence of its paragraph.
    Paragraph,
    /// None in its paragraph: the caller dates it.
    Undated,
}

/// A figure the rules may have left alone.
#[derive(Debug, Clone, PartialEq)]
pub struct Loose {
    /// Folded start of its clause (where its quote starts) and of the number.
    pub clause: usize,
    pub number: usize,
    /// Folded end of the figure (its unit and trailing cue included).
    pub end: usize,
    /// Folded end of its quote: the end of its clause, at most [`QUOTE_AFTER`] characters after
    /// the figure.
    pub quote_end: usize,
    /// Folded range of the words that name it: its clause's words before it, or when those are
    /// fewer than two characters, the words after it (为8000名独居老人安装报警器).
    pub name: (usize, usize),
    /// Signed as the plan format writes a fall (下降13.5% → −13.5).
    pub value: f64,
    pub upper: Option<f64>,
    pub unit: String,
    pub cmp: Comparator,
    /// The cue word that gave the comparator (达到, 以上, 左右), if any.
    pub cue: Option<&'static str>,
    /// A fall (下降, 减少) right before the figure.
    pub fall: bool,
    pub year: Option<i32>,
    pub dated: Dated,
    /// The words around the year that dates it: the character before it (到, 至, 在) and the one
    /// after 年 (底, 前, 内, 以), `_` for none.
    pub year_words: (char, char),
    /// Years of the sentence before the figure that are not its date (a look back, 2020年以来).
    pub other_years: Vec<i32>,
    /// Written in Chinese numerals.
    pub chinese: bool,
}

/// How many characters after a figure its quote goes on at most, to the end of its clause.
pub const QUOTE_AFTER: usize = 24;

/// The end of a list item's label at `a` (一、, 1., 2、, (3), ①), or `a`.
fn after_label(chars: &[char], a: usize, b: usize) -> usize {
    let mut j = a;
    if chars.get(j) == Some(&'(') {
        j += 1;
    }
    let digits = j;
    while j < b
        && chars.get(j).is_some_and(|c| {
            c.is_ascii_digit() || crate::numeral::chinese_digit(*c).is_some() || *c == '十'
        })
    {
        j += 1;
    }
    if j == digits {
        return if chars.get(a).is_some_and(|c| ('①'..='⑳').contains(c)) {
            a + 1
        } else {
            a
        };
    }
    match chars.get(j) {
        Some('、' | '.' | ')') if j < b => j + 1,
        _ => a,
    }
}

/// Clause marks: a figure's quote starts after the last of them.
fn clause_mark(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '。' | '!' | '?' | '\n')
}

/// The years a line has given so far, read left to right ([`Years::year`], [`Years::mark`]): the
/// year of the current sentence, of the paragraph's last sentence that had one, and every year of
/// the current sentence.
#[derive(Debug, Default)]
struct Years {
    sentence: Option<(i32, Dated, (char, char))>,
    paragraph: Option<(i32, (char, char))>,
    seen: Vec<i32>,
}

impl Years {
    /// Takes in a clause mark `c`: one that ends a sentence (。!?) hands the sentence's year to
    /// the paragraph.
    fn mark(&mut self, c: char) {
        if matches!(c, '。' | '!' | '?') {
            if let Some((y, _, w)) = self.sentence.take() {
                self.paragraph = Some((y, w));
            }
            self.seen.clear();
        }
    }

    /// Takes in a year (到2025年) or 今年/明年 (counted from `this_year`) at `i`: returns where
    /// reading goes on after it, or `None` when none stands there.
    fn year(&mut self, chars: &[char], i: usize, this_year: Option<i32>) -> Option<usize> {
        if let Some((y, after)) = year_at(chars, i) {
            let before = i.checked_sub(1).map_or('_', |p| chars[p]);
            let next = chars.get(after).copied().unwrap_or('_');
            self.sentence = Some((y, Dated::Sentence, (before, next)));
            self.seen.push(y);
            return Some(after);
        }
        let t = this_year?;
        if at(chars, i, "今年") || at(chars, i, "明年") {
            let y = if chars[i] == '明' { t + 1 } else { t };
            let next = chars.get(i + 2).copied().unwrap_or('_');
            self.sentence = Some((y, Dated::ThisOrNext, (chars[i], next)));
            return Some(i + 2);
        }
        None
    }

    /// The year that dates what stands here, where it came from and the words around it.
    fn dating(&self) -> (Option<i32>, Dated, (char, char)) {
        match (self.sentence, self.paragraph) {
            (Some((y, d, w)), _) => (Some(y), d, w),
            (None, Some((y, w))) => (Some(y), Dated::Paragraph, w),
            (None, None) => (None, Dated::Undated, ('_', '_')),
        }
    }
}

/// The year the folded line `chars[a..b]` gives what stands at `b`, as it dates a figure there
/// (the nearest year before it in its sentence, else in its paragraph), if any.
pub fn year_before(chars: &[char], a: usize, b: usize, this_year: Option<i32>) -> Option<i32> {
    let b = b.min(chars.len());
    let mut years = Years::default();
    let mut i = a;
    while i < b {
        if let Some(after) = years.year(chars, i, this_year) {
            i = after;
        } else {
            years.mark(chars[i]);
            i += 1;
        }
    }
    years.dating().0
}

/// The figures with a unit in the folded line `chars[a..b]`, in order. `this_year` dates 今年 and
/// 明年.
pub fn figures(chars: &[char], a: usize, b: usize, this_year: Option<i32>) -> Vec<Loose> {
    let b = b.min(chars.len());
    let mut out = Vec::new();
    let mut years = Years::default();
    let mut clause = a;
    let mut i = a;
    while i < b {
        let c = chars[i];
        if clause_mark(c) {
            clause = i + 1;
            years.mark(c);
            i += 1;
            continue;
        }
        if let Some(after) = years.year(chars, i, this_year) {
            i = after;
            continue;
        }
        let Some(n) = scan(chars, i).filter(|n| n.end > i && n.end <= b) else {
            i += 1;
            continue;
        };
        // (一 is more often a word, 进一步, 统一, than a count.)
        if n.chinese && n.value() < 2.0 {
            i = n.end;
            continue;
        }
        let Some(f) = figure(chars, &n, b, false) else {
            i = n.end;
            continue;
        };
        if f.unit.is_empty() || f.end > b {
            i = n.end;
            continue;
        }
        let pre = pre_cue(chars, n.start);
        let (cmp, cue) = match (f.upper, f.post, pre) {
            (Some(_), _, _) => (Comparator::Range, None),
            (None, Some((w, c)), _) => (c, Some(w)),
            (None, None, Some((_, w, c))) => (c, Some(w)),
            (None, None, None) => (Comparator::Ge, None),
        };
        let cue_start = pre.map_or(n.start, |(p, _, _)| p);
        let falls = REDUCTION.iter().any(|w| {
            ends_at(chars, cue_start, w).is_some() || ends_at(chars, n.start, w).is_some()
        });
        let quote_end = (f.end..b.min(f.end + QUOTE_AFTER))
            .find(|p| clause_mark(chars[*p]))
            .unwrap_or(b.min(f.end + QUOTE_AFTER))
            .max(f.end);
        let from = lead(chars, after_label(chars, clause, cue_start), cue_start).min(cue_start);
        let name = if cue_start - from >= 2 {
            (from, cue_start)
        } else {
            f.after_name
        };
        let (mut value, mut upper) = (f.value, f.upper);
        if falls && matches!(f.unit.as_str(), "%" | "个百分点" | "百分点") {
            fall(&mut value, &mut upper);
        }
        let (year, dated, year_words) = years.dating();
        let other_years = years
            .seen
            .iter()
            .copied()
            .filter(|y| Some(*y) != year)
            .collect();
        out.push(Loose {
            clause,
            number: n.start,
            end: f.end,
            quote_end,
            name,
            value,
            upper,
            unit: f.unit,
            cmp,
            cue,
            fall: falls,
            year,
            dated,
            year_words,
            other_years,
            chinese: n.chinese,
        });
        i = f.end.max(n.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str, this_year: Option<i32>) -> Vec<Loose> {
        let f = crate::text::fold(s);
        figures(&f.chars, 0, f.chars.len(), this_year)
    }

    #[test]
    fn every_figure_with_a_unit_is_read_with_its_cue_and_year() {
        let got = read(
            "到2025年,高新技术企业达到685家,研发投入增长15%左右。新建公园3个。",
            None,
        );
        let seen: Vec<(f64, &str, Comparator, Option<i32>, Dated)> = got
            .iter()
            .map(|l| (l.value, l.unit.as_str(), l.cmp, l.year, l.dated))
            .collect();
        assert_eq!(
            seen,
            vec![
                (685.0, "家", Comparator::Ge, Some(2025), Dated::Sentence),
                (15.0, "%", Comparator::Approx, Some(2025), Dated::Sentence),
                (3.0, "个", Comparator::Ge, Some(2025), Dated::Paragraph),
            ]
        );
        assert_eq!(got[0].cue, Some("达到"));
    }

    #[test]
    fn a_fall_is_signed_and_this_year_counts_from_issue() {
        let got = read("今年单位GDP能耗下降3%,明年控制在5%以内。", Some(2024));
        assert_eq!(got.len(), 2);
        assert_eq!(
            (got[0].value, got[0].year, got[0].fall),
            (-3.0, Some(2024), true)
        );
        assert_eq!((got[1].cmp, got[1].year), (Comparator::Le, Some(2025)));
        assert!(read("今年新建5个。", None)[0].year.is_none());
    }

    #[test]
    fn a_figure_is_named_by_its_clause_or_the_words_after_it() {
        let s = "二、为8000名独居老人安装报警器,新建公园3个。";
        let f = crate::text::fold(s);
        let got = figures(&f.chars, 0, f.chars.len(), None);
        let text = |(a, b): (usize, usize)| f.chars[a..b].iter().collect::<String>();
        assert_eq!(text(got[0].name), "独居老人安装报警器");
        assert_eq!(
            text((got[0].clause, got[0].quote_end)),
            "二、为8000名独居老人安装报警器"
        );
        assert_eq!(text(got[1].name), "新建公园");
    }

    #[test]
    fn what_stands_after_a_year_is_dated_by_it_as_a_figure_there_would_be() {
        let s = "到2025年,建成交易市场。今年完成编制。";
        let f = crate::text::fold(s);
        let at = |w: &str| {
            f.chars
                .iter()
                .collect::<String>()
                .find(w)
                .map(|b| s[..b].chars().count())
        };
        let year = |w: &str, this: Option<i32>| year_before(&f.chars, 0, at(w).unwrap_or(0), this);
        assert_eq!(year("建成", None), Some(2025));
        assert_eq!(year("完成", Some(2024)), Some(2024));
        assert_eq!(year("完成", None), Some(2025), "the paragraph's year");
        assert_eq!(year("到", None), None);
    }

    #[test]
    fn years_and_words_with_one_are_no_figures() {
        assert!(read("2025年进一步统一标准。", None).is_empty());
        assert!(read("", None).is_empty());
    }
}
