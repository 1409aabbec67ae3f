//! The sentence reader: cuts a sentence into clauses, reads each with [`super::clause`], and
//! hands on to the next sentence of the paragraph what it has read ([`super::Carry`]).

use super::clause::clause;
use super::names::lead;
use super::past::{opens_gone_by, paragraph_year, reports_past, year_tasks, YearTask};
use super::years::{five_year_plan, year_at};
use super::{Candidate, Carry, Context, Flag, Scope, Shape, FORWARD, INTENT};
use crate::lexicon::{at, contains_any, ends_at, ASPIRATION, TARGET_VERBS};
use plan_gauge_core::model::{Comparator, Direction, Kind};

/// Finds the candidates in the sentence `chars[s..e]`; `goal` is true in 目标 sections and lines.
/// `carry` is what the paragraph's earlier sentences hand on: a review (一年来, 数据显示) that no
/// deadline to come has ended, and the deadline they stated; the sentence returns its own.
pub fn sentence(
    chars: &[char],
    s: usize,
    e: usize,
    goal: bool,
    cx: Context,
    carry: Carry,
    out: &mut Vec<Candidate>,
) -> Carry {
    let drafted_before = out.len();
    // (…将在“十四五”时期…全面完成…: a subject that will act in a five-year period to come turns
    // a review to aims, as a deadline does.)
    let period_to_come = (s..e).any(|p| {
        at(chars, p, "将在")
            && five_year_plan(chars, p + 2)
                .is_some_and(|(y, _)| cx.this_year.is_some_and(|t| y > t))
    });
    // (今年以来 and 今年前三季度 name the year gone by so far, not an aim of this year.)
    let forward =
        (s..e).any(|p| FORWARD.iter().any(|w| at(chars, p, w)) && !crate::meta::so_far(chars, p));
    // (下一步,国家能源局将…,实现2030年非化石能源消费比重达到25%左右: in a review, a sentence that
    // says what will be done next by a year after the period reviewed states aims.)
    let next_step = contains_any(chars, s, e, &["下一步", "将"])
        && (s..e).any(|p| {
            (p == 0 || !chars[p - 1].is_ascii_digit())
                && year_at(chars, p).is_some_and(|(y, _)| y > cx.end)
        });
    let review = carry.review && !goal && !forward && !period_to_come && !next_step;
    let mut scope = Scope {
        past: reports_past(chars, s, e, cx) || review,
        looking_back: review,
        review,
        inherited: carry.year.filter(|_| !review),
        intent: carry.aims || contains_any(chars, s, e, INTENT),
        data: review && carry.data,
        carried_review: review,
        ..Scope::default()
    };
    let mut c = s;
    while c < e {
        let mut ce = c;
        let mut depth = 0i32;
        while ce < e {
            match chars[ce] {
                '(' | '《' | '〔' | '[' | '【' => depth += 1,
                ')' | '》' | '〕' | ']' | '】' => depth -= 1,
                // (A colon between figures writes a ratio or a time, 0.8:1, 08:30.)
                ':' if ce > s
                    && chars[ce - 1].is_ascii_digit()
                    && chars.get(ce + 1).is_some_and(|c| c.is_ascii_digit()) => {}
                // (A comma between figures may group thousands, 2,000亿元, as the scanner reads it.)
                ',' if ce > s
                    && chars[ce - 1].is_ascii_digit()
                    && crate::numeral::thousands_group(chars, ce) => {}
                ',' | ';' | ':' if depth <= 0 => break,
                _ => {}
            }
            ce += 1;
        }
        // (…今年如何落子布局,确保既定目标高质量完成?: a question, closed by a question mark,
        // asks from the clause with its word of asking on; it states no aim.)
        if chars.get(e) == Some(&'?') && contains_any(chars, c, ce, ASKING) {
            scope.elsewhere = true;
        }
        clause(chars, c, ce, goal || scope.goal_said, cx, &mut scope, out);
        if contains_any(chars, c, ce, &["预期目标", "主要目标", "目标是", "目标为"]) {
            scope.goal_said = true;
        }
        c = ce + 1;
    }
    // (以1200万人次为目标,结果不如预期下修至1000万人次: a sentence that goes on to tell how its
    // aim fell short reports an aim gone by, whatever year it names.)
    let fell_short = (s + 1..e).any(|p| {
        chars[p - 1] == ','
            && at(chars, p, "结果")
            && ["不如", "未", "仅", "只", "不及"]
                .iter()
                .any(|w| at(chars, p + 2, w))
    });
    if fell_short {
        out.truncate(drafted_before);
        scope.past = true;
    }
    // (民营企业占市场主体的92%以上,2019年民营企业贡献了…: in a text without a period of its
    // own, figures without a year before a clause that reports the past tell the present.)
    let reports_later = (s + 1..e).any(|p| {
        (chars[p - 1] == ','
            && year_at(chars, p).is_some_and(|(y, _)| cx.this_year.is_some_and(|t| y < t)))
            || PERFECTIVE.iter().any(|w| at(chars, p, w))
    });
    if (scope.past || reports_later) && !cx.dated_plan && !goal && carry.year.is_none() {
        let all_defaulted = out[drafted_before..]
            .iter()
            .all(|c| c.flags.contains(&Flag::YearDefaulted));
        if all_defaulted {
            out.truncate(drafted_before);
        }
    }
    // (1-6月份,引进资金219亿元,完成年度目标任务589亿元的37.22%: the task of the year the report
    // measures progress against is that year's target, whatever the sentence reports.)
    // (The year is the one the paragraph reports on: in a review of a year gone by, 2023年,…。
    // 其中,…完成全年目标任务8亿元的124%, the task has expired.)
    let report_year = scope
        .year
        .or(carry.year)
        .or_else(|| paragraph_year(chars, s, e))
        .or(cx.this_year)
        .unwrap_or(cx.default_year);
    // (In a text without a date whose period is a guess, the paragraph's year is the only date.)
    let guessed = cx.this_year.is_none() && !cx.names_year;
    if (report_year >= cx.start || guessed) && cx.this_year.is_none_or(|t| report_year >= t) {
        for YearTask {
            n,
            found,
            name,
            end,
        } in year_tasks(chars, s, e)
        {
            if out[drafted_before..]
                .iter()
                .any(|c| (c.quote.0..c.quote.1).contains(&n.start))
            {
                continue;
            }
            out.push(Candidate {
                name,
                name_text: None,
                name_tail: None,
                value: found.value,
                upper: found.upper,
                unit: found.unit,
                decimals: n.decimals,
                year: report_year,
                cmp: Comparator::Ge,
                aspirational: false,
                kind: Kind::Level,
                direction: Direction::Higher,
                baseline_year: None,
                baseline_value: None,
                quote: (name.0, end),
                cues: vec!["任务".to_string()],
                rule: "year-task",
                flags: vec![Flag::ComparatorAssumed, Flag::NameUncertain],
                shape: Shape::Carried,
            });
        }
    }
    // A deadline is handed on when the sentence set targets by it, states goals (2024年目标任务) or
    // introduces a list, not when it only names a period (结合“十四五”规划顶层设计).
    let to_come = |y: i32| y >= cx.start && cx.this_year.is_none_or(|t| y >= t);
    // 2025年,全县重点抓好以下工作: introduces a list.
    let introduces = e > s
        && (chars.get(e - 1) == Some(&':')
            || (chars.get(e).is_none_or(|c| *c == '\n') && breaks_off(chars, e)));
    let set_by = |y: i32| {
        out[drafted_before..].iter().any(|c| c.year == y)
            || (scope.counted_projects && scope.year == Some(y))
    };
    // 到2023年,逐步健全…。…每千人口拥有托位数4.1个。: a sentence that opens with a deadline
    // heads its paragraph, whether or not it states a figure itself.
    // So does a sentence that says what the year is (2024年是…的关键一年。我们将…): the
    // paragraph goes on to that year's work.
    // A deadline standing as a clause of its own after the sentence's first words
    // (围绕…开展专项行动,到2027年,有效解决…。) heads the paragraph too.
    // Where the sentence's own words start (after 并, 力争, a bullet or a dateline).
    let opening = lead(chars, s, e);
    let headed_by = |y: i32| {
        let a = opening;
        // (到2025年底, too.)
        // (Also after a colon: 《意见》要求:到2025年,…。)
        let own_clause = (s + 1..e).any(|p| {
            matches!(chars[p - 1], ',' | ':')
                && at(chars, p, "到")
                && year_at(chars, p + 1).is_some_and(|(v, after)| {
                    let after = ["底前", "底", "末"]
                        .iter()
                        .find(|w| at(chars, after, w))
                        .map_or(after, |w| after + w.chars().count());
                    // (or before the word of aim it governs: ,到2020年力争将…。)
                    v == y
                        && (chars.get(after) == Some(&',')
                            || ASPIRATION.iter().any(|w| at(chars, after, w)))
                })
        });
        (at(chars, a, "到") && year_at(chars, a + 1).is_some_and(|(v, _)| v == y))
            || year_at(chars, a).is_some_and(|(v, after)| v == y && at(chars, after, "是"))
            || own_clause
            // (今年,某市…将奋力推进…。主攻…,实现…增长10%: 今年 as a clause of its own opening
            // the sentence heads the paragraph as 到2025年, does.)
            || [("今年", 0), ("明年", 1)].iter().any(|(w, d)| {
                at(chars, a, w)
                    && chars.get(a + 2) == Some(&',')
                    && cx.this_year.is_some_and(|t| t + d == y)
            })
    };
    // 2023年,全区地区生产总值增长6.1%。新引进项目28个…: a year gone by heads a review.
    // (Also after the speaker: 某副局长介绍,2022年,…持续扩增。)
    let gone_by = opens_gone_by(chars, opening, e, cx);
    // 方案明确了提升行动目标。: the paragraph goes on to the aims (not 完成了…目标: a report).
    let aims = !scope.past
        && contains_any(chars, s, e, &["目标"])
        && contains_any(chars, s, e, &["明确", "提出", "确定", "制定"]);
    // 2023年,全区经济社会发展主要预期目标是:锚定“十四五”…: the year whose goals the sentence
    // announces heads the paragraph, whatever period its words name later.
    // 高标准确定2025年发展目标,既包含定性目标又包含定量目标。: so does a year whose goals the
    // sentence names (2025年发展目标) without stating them.
    let announced = year_at(chars, opening)
        .map(|(y, _)| y)
        .filter(|y| scope.goal_said && to_come(*y))
        .or(scope
            .year_goals
            .filter(|y| to_come(*y) && out.len() == drafted_before))
        // 《方案》确定了到2025年的发展目标。: a sentence saying a plan sets the goals of a year to
        // come, without stating one, heads the sentences that state them.
        .or(scope
            .year
            .filter(|y| aims && to_come(*y) && out.len() == drafted_before));
    Carry {
        aims: aims || (carry.aims && !scope.past),
        review: (scope.review || gone_by) && !goal,
        data: scope.data && scope.review && !goal,
        year: if scope.past {
            None
        } else if announced.is_some() {
            announced
        } else {
            match scope.year {
                // (2025年是…之年。今年工作的总体要求是:…: a sentence that names the paragraph's
                // own year again keeps it.)
                Some(y) => Some(y)
                    .filter(|y| to_come(*y) && (goal || introduces || set_by(*y) || headed_by(*y)))
                    .or(scope.inherited.filter(|i| *i == y)),
                None => scope.inherited,
            }
        },
    }
}

/// Verbs in the perfective (建立了, 贡献了): the clause reports what was done.
const PERFECTIVE: &[&str] = &[
    "建立了",
    "成立了",
    "贡献了",
    "实现了",
    "完成了",
    "形成了",
    "达到了",
    "取得了",
    "培育了",
    "建成了",
];

/// The short words of intent right before a verb of making (将建设, 计划新增, 拟新建): they may
/// break a phrase off at a line's end, and they open an item of a list as its verb does.
pub(super) const VERB_INTENT: &[&str] = &["将", "要", "计划", "拟"];

/// Does a phrase laid out one a line break off at `end` after a word of intent and a verb of
/// making (今年底,某市将建设 / 小型消防站8个), its objects on the next line?
pub(crate) fn breaks_off(chars: &[char], end: usize) -> bool {
    TARGET_VERBS.iter().any(|w| {
        ends_at(chars, end, w)
            .is_some_and(|p| VERB_INTENT.iter().any(|m| ends_at(chars, p, m).is_some()))
    })
}

/// Words that ask a question (如何, 谁, 是否…).
const ASKING: &[&str] = &[
    "如何", "怎样", "怎么", "谁", "哪", "能否", "是否", "吗", "呢", "何时",
];
