//! Targets written without a figure: 全覆盖, 零的突破, 双倍增, 翻一番, 减半, 碳达峰, 百分之X, X成,
//! a review passed by a year (通过…省级评估), a result done by a deadline (2035年前停止…) and, on
//! request, a direction alone (森林覆盖率稳步提升).

use super::clause::Clause;
use super::figures::{excluded, pre_cue, tenths_change};
use super::names::{
    lead, only_verb, opens_clause, shared_rate, shared_tail, split_subject, strip_back, strip_front,
};
use super::years::year_at;
use super::{Candidate, Context, Flag, Scope, Shape, REDUCTION};
use crate::lexicon::{at, contains_any, ends_at, find_any, is_han, unit_at, POST_CUES};
use crate::meta::PRACTICAL;
use crate::numeral::{chinese_digit, scan, Number};
use plan_gauge_core::model::{Comparator, Direction, Kind};

/// Reviews a place or a body passes (省级评估, 国家验收, 复审): the last words of their names.
const REVIEWS: &[&str] = &["评估", "验收", "复审", "复核", "认定", "考核"];

/// The end of a clause `chars[i..e]` that passes a review (通过…省级评估) right after the year that
/// opens the clause (2024年通过…, 力争2026年通过…), the year one to come.
fn passes_review(
    chars: &[char],
    s: usize,
    e: usize,
    i: usize,
    cx: Context,
    scope: &Scope,
) -> Option<usize> {
    if !at(chars, i, "通过") || scope.year.is_none() || scope.past {
        return None;
    }
    // (The year stands right before 通过, and opens the clause after a word of aim at most.)
    let (y, after) = year_at(chars, scope.year_at)?;
    let to_come = y >= cx.start && cx.this_year.is_none_or(|t| y >= t);
    if Some(y) != scope.year || after != i || lead(chars, s, e) != scope.year_at || !to_come {
        return None;
    }
    let mut end = e;
    while end > i && matches!(chars.get(end - 1), Some('。' | ';' | ',' | ' ')) {
        end -= 1;
    }
    (end > i + 4
        && REVIEWS.iter().any(|w| ends_at(chars, end, w).is_some())
        && !(i..end).any(|p| chars[p].is_ascii_digit()))
    .then_some(end)
}

/// Words that state only a direction: (word, lower is the aim).
const DIRECTION_WORDS: &[(&str, bool)] = &[
    ("稳步提升", false),
    ("稳步提高", false),
    ("稳步增长", false),
    ("持续提升", false),
    ("持续提高", false),
    ("持续增长", false),
    ("持续增加", false),
    ("逐年提高", false),
    ("逐年提升", false),
    ("逐年增长", false),
    ("逐年增加", false),
    ("不断提高", false),
    ("不断提升", false),
    ("稳步下降", true),
    ("持续下降", true),
    ("持续降低", true),
    ("逐年下降", true),
    ("逐年降低", true),
    ("不断降低", true),
];

/// Endings of an indicator's name that say it is a measured share, and the kind and unit it
/// takes; and endings of a measured quantity with the unit it is counted in.
const MEASURED: &[(&str, Kind, &str)] = &[
    ("覆盖率", Kind::Share, "%"),
    ("普及率", Kind::Share, "%"),
    ("比重", Kind::Share, "%"),
    ("占比", Kind::Share, "%"),
    ("比例", Kind::Share, "%"),
    ("率", Kind::Share, "%"),
    ("人数", Kind::Level, "人"),
    ("企业数量", Kind::Level, "家"),
    ("企业数", Kind::Level, "家"),
    ("营业收入", Kind::Level, "亿元"),
    ("增加值", Kind::Level, "亿元"),
    ("总产值", Kind::Level, "亿元"),
    ("产值", Kind::Level, "亿元"),
    ("总额", Kind::Level, "亿元"),
    ("收入", Kind::Level, "元"),
];

/// A named, measured indicator followed by a word that states only a direction (森林覆盖率稳步
///提升, 城乡居民收入持续增长): a level or share milestone without a value, flagged. Vague nouns
/// (能力, 水平, 环境, 质量) are not measured quantities and are left alone.
pub(super) fn direction_only(cl: &Clause, scope: &Scope) -> Option<Candidate> {
    let (chars, s, e, cx) = (cl.chars, cl.s, cl.e, cl.cx);
    let a = lead(chars, s, e);
    let (p, w, lower) = (a..e).find_map(|p| {
        DIRECTION_WORDS
            .iter()
            .find(|(w, _)| at(chars, p, w))
            .map(|(w, l)| (p, *w, *l))
    })?;
    let name_start = strip_front(chars, a, p);
    let name_end = strip_back(chars, name_start, p);
    if name_end <= name_start || name_end - name_start > 20 {
        return None;
    }
    let (_, kind, unit) = MEASURED
        .iter()
        .find(|(m, _, _)| ends_at(chars, name_end, m).is_some())?;
    // 效率, 能力 … : a rate of something vague is still vague.
    let vague = ["效率", "利用率", "满意率", "贡献率", "转化率"]
        .iter()
        .any(|v| ends_at(chars, name_end, v).is_some());
    if vague || only_verb(chars, name_start, name_end) {
        return None;
    }
    let year = scope.year.unwrap_or(cx.default_year);
    if year < cx.start {
        return None;
    }
    let end = p + w.chars().count();
    let mut flags = vec![Flag::DirectionOnly];
    if scope.year.is_none() {
        flags.push(Flag::YearDefaulted);
    }
    if *kind == Kind::Level {
        flags.push(Flag::UnitUnstated);
    }
    let mut c = plain(
        (name_start, name_end),
        (0.0, *kind, unit),
        year,
        (a, end.min(e).max(a)),
        ("direction-only", w),
        scope,
    );
    if lower {
        c.direction = Direction::Lower;
    }
    c.flags = flags;
    Some(c)
}

/// Verbs of a result that is done or not by a deadline (停止新登记燃油车, 完成编制).
const DONE_VERBS: &[&str] = &[
    "全面完成",
    "基本完成",
    "完成",
    "停止",
    "不再",
    "基本淘汰",
    "全面淘汰",
    "淘汰",
    "基本消除",
    "全面消除",
    "消除",
    "全面普及",
    "基本普及",
];

/// A clause without a figure that says a result is done by a deadline stated in its sentence
/// (2035年或之前停止新登记燃油车, 今年年底前全面完成规划编制, 报告将于2017年完成): a yes/no
/// target. The verb must open the clause or follow a short subject, and must not qualify a noun
/// (完成的) or state a purpose (为完成).
pub(super) fn done_by(cl: &Clause, scope: &Scope) -> Option<Candidate> {
    let (chars, s, e, cx) = (cl.chars, cl.s, cl.e, cl.cx);
    let a = lead(chars, s, e);
    let (v, w) =
        (a..e).find_map(|p| DONE_VERBS.iter().find(|w| at(chars, p, w)).map(|w| (p, *w)))?;
    // 四、全面消除劣V类水体: an item of a list of one year's work (a year's practical projects)
    // opened by doing away with something in full is done by that year.
    // (确保今年的十大民生实事项目高质量完成: the list's own projects done, no target of it.)
    if (a..v).any(|p| PRACTICAL.iter().any(|w| at(chars, p, w))) {
        return None;
    }
    let one_year = cx.dated_plan && cx.start == cx.end;
    let year = match scope.year {
        Some(y) => y,
        None if one_year && v == a && ["全面消除", "全面淘汰"].contains(&w) => cx.start,
        // (到2025年,…。国省考断面全面消除V类: so is a clause of the aims a paragraph or heading
        // has dated, with a short subject.)
        None if v - a <= 8 && ["全面消除", "全面淘汰"].contains(&w) => scope.inherited?,
        None => return None,
    };
    if year < cx.start {
        return None;
    }
    let end_v = v + w.chars().count();
    if end_v > e {
        return None;
    }
    // The words before the verb: a subject and the deadline, nothing longer; or the deadline
    // right before it (…提出2035年或之前不再使用煤发电).
    let right_after_deadline = scope.year_at >= s && {
        let mut p = scope.year_at;
        while p < v && chars[p] != '年' {
            p += 1;
        }
        p += 1;
        for w in ["底前", "或之前", "以前", "前", "底"] {
            if at(chars, p, w) {
                p += w.chars().count();
                break;
            }
        }
        p == v
    };
    if (v - a > 16 && !right_after_deadline) || excluded(chars, v, s) {
        return None;
    }
    // 6项指标已经于2024年提前完成: done already, not an aim.
    let already = (a..v)
        .any(|p| chars[p] == '已' && !matches!(chars.get(p.wrapping_sub(1)), Some('而' | '得')));
    // (让英语不再只是一门科目: 不再 before a copula or 只 says what a thing will be more than,
    // nothing that stops.)
    let copula = w == "不再" && ["只", "仅", "是"].iter().any(|c| at(chars, end_v, c));
    if already
        || copula
        || at(chars, end_v, "的")
        || at(chars, end_v, "情况")
        // (…对完成“双碳”目标任务的支撑作用: completing as what a role serves, no result.)
        || ["为", "为了", "对", "未", "未能", "没有", "已", "已经"]
            .iter()
            .any(|p| ends_at(chars, v, p).is_some())
    {
        return None;
    }
    // Completing a quantity (完成…项目22.99万亩的田间工程) is about that quantity, not a yes/no.
    let quantity = (end_v..e).any(|p| {
        scan(chars, p).is_some_and(|n| {
            n.start == p
                && !n.chinese
                && year_at(chars, p).is_none()
                && unit_at(chars, n.end).is_some()
        })
    });
    if quantity {
        return None;
    }
    // Completing a quantified goal (完成…控制目标, 完成约束性指标) is that goal, not a result.
    if ["目标", "指标", "任务"]
        .iter()
        .any(|w| ends_at(chars, e, w).is_some())
    {
        return None;
    }
    // Reviewing the plan itself (2025年6月底前完成终期评估, 开展中期评估) is how the plan is run,
    // not one of its aims.
    if contains_any(
        chars,
        end_v,
        e,
        &["中期评估", "终期评估", "总结评估", "评估总结"],
    ) {
        return None;
    }
    // The clause must say what is done: words after the verb, or a subject before it.
    let tail = e.saturating_sub(end_v);
    let head = strip_front(chars, a, v);
    if tail < 2 && v.saturating_sub(head) < 2 {
        return None;
    }
    let name = if tail >= 2 {
        (v, e.min(v + 30))
    } else {
        (head, end_v)
    };
    let quote_start = if scope.year_at >= s {
        scope.year_at.min(a)
    } else {
        a
    };
    let mut c = plain(
        name,
        (1.0, Kind::Binary, ""),
        year,
        (quote_start, e),
        ("done-by", w),
        scope,
    );
    c.flags.push(Flag::NameUncertain);
    Some(c)
}

/// Targets written without a figure: 全覆盖, 电动化, 通过…评估, 零的突破, 碳达峰, 翻一番, 减半,
/// 百分之X, 一半, 三分之一, X成, each read by its own step in that order. Returns the index after
/// the match when one was drafted or skipped.
pub(super) fn special(
    cl: &Clause,
    i: usize,
    scope: &mut Scope,
    out: &mut Vec<Candidate>,
    item_start: &mut usize,
) -> Option<usize> {
    let (chars, cx) = (cl.chars, cl.cx);
    let year = scope.year.or(scope.inherited).unwrap_or(cx.default_year);
    if year < cx.start {
        return None;
    }
    let st = &mut Here {
        i,
        year,
        item_start,
        out,
    };
    let read = coverage(cl, st, scope)
        .or_else(|| full_conversion(cl, st, scope))
        .or_else(|| review_passed(cl, st, scope))
        .or_else(|| zero_breakthrough(cl, st, scope))
        .or_else(|| yes_no_result(cl, st, scope))
        .or_else(|| multiple(cl, st, scope))
        .or_else(|| halving(cl, st, scope));
    if read.is_some() {
        return read;
    }
    // 百分之十五, 千分之零点五: a share written in words ends the reading, drafted or not.
    let per = if at(chars, i, "百分之") {
        Some("%")
    } else if at(chars, i, "千分之") {
        Some("‰")
    } else {
        None
    };
    if let Some(unit) = per {
        return percent_words(cl, st, scope, unit);
    }
    half(cl, st, scope)
        .or_else(|| fraction(cl, st, scope))
        .or_else(|| tenths(cl, st, scope))
}

/// What the steps of [`special`] share: where the target stands, the deadline it takes (the
/// sentence's or the paragraph's year, else the plan's), where the words of the current item
/// start, and the drafts.
struct Here<'r> {
    /// Where the reading stands.
    i: usize,
    year: i32,
    /// Where the words of the current item start; a step that drafts moves it past its words.
    item_start: &'r mut usize,
    out: &'r mut Vec<Candidate>,
}

/// Drafts `c`, whose words end at `end`: the next item starts there, and so does the reading.
fn drafted(st: &mut Here, c: Candidate, end: usize) -> Option<usize> {
    st.out.push(c);
    *st.item_start = end;
    Some(end)
}

/// A target written without a figure: `value` `unit` of `kind` at least, by `year`, named by
/// `name` and quoted by `quote`, read from the word `cue` by `rule`; higher is better, with no
/// bound, decimals, base or flags, its shape carried from the clause. Its rule sets the rest.
fn plain(
    name: (usize, usize),
    (value, kind, unit): (f64, Kind, &str),
    year: i32,
    quote: (usize, usize),
    (rule, cue): (&'static str, &str),
    scope: &Scope,
) -> Candidate {
    Candidate {
        name,
        name_text: None,
        name_tail: None,
        value,
        upper: None,
        unit: unit.to_string(),
        decimals: 0,
        year,
        cmp: Comparator::Ge,
        aspirational: scope.aspirational,
        kind,
        direction: Direction::Higher,
        baseline_year: None,
        baseline_value: None,
        quote,
        cues: vec![cue.to_string()],
        rule,
        flags: vec![],
        shape: Shape::Carried,
    }
}

/// A target [`special`] drafts where it stands, up to `end`: by [`Here`]'s year (flagged when it
/// is the plan's), quoted from the clause's own words, measured from the base year of the scope.
fn target(
    cl: &Clause,
    st: &Here,
    scope: &Scope,
    name: (usize, usize),
    what: (f64, Kind, &str),
    end: usize,
    read: (&'static str, &str),
) -> Candidate {
    let quote = (strip_front(cl.chars, cl.s, cl.e).min(st.i), end);
    let mut c = plain(name, what, st.year, quote, read, scope);
    c.baseline_year = scope.baseline_year;
    if scope.year.or(scope.inherited).is_none() {
        c.flags.push(Flag::YearDefaulted);
    }
    c
}

/// The name of a target written without a figure that ends at `upto`: the words of the current
/// item, without a verb of achieving (实现, 达到, 取得) at their end.
fn name_here(cl: &Clause, st: &Here, upto: usize) -> (usize, usize) {
    let chars = cl.chars;
    let a = strip_front(chars, *st.item_start, upto);
    let mut b = strip_back(chars, a, upto);
    for w in ["实现", "基本实现", "逐步实现", "推动", "达到", "“", "取得"] {
        if let Some(p) = ends_at(chars, b, w) {
            b = strip_back(chars, a, p.max(a));
        }
    }
    (a, b.max(a))
}

/// 全覆盖: coverage in full, a share of 100 % of what the item names; not when a share before it
/// is the target, or the words make it a slogan, a class, 健全, a count of aims or a description.
fn coverage(cl: &Clause, st: &mut Here, scope: &Scope) -> Option<usize> {
    let (chars, s, e) = (cl.chars, cl.s, cl.e);
    let i = st.i;
    // 全省90%以上的行政村实现…全覆盖: the share is the target, the coverage is of that share.
    let share_before = (s..i).any(|p| {
        chars.get(p) == Some(&'%')
            && chars
                .get(p.wrapping_sub(1))
                .is_some_and(|c| c.is_ascii_digit())
    });
    // 审批制度“全流程、全覆盖”改革: a slogan in quotation marks names the work, no aim.
    let quoted = (s..i)
        .rev()
        .take_while(|p| chars[*p] != '”')
        .any(|p| chars[p] == '“')
        && (i..e).any(|p| chars[p] == '”');
    // (属于全覆盖类家庭: a class named after the coverage.)
    let class = chars.get(i + 3) == Some(&'类');
    // (健全覆盖城乡居民的服务体系: 全 ends 健全, and 覆盖 names whom the system serves.)
    let whole = ends_at(chars, i, "健").is_some();
    // (实现三个全覆盖,即…: a count of coverage aims names the list that follows.)
    let counted = i >= 2
        && matches!(chars[i - 1], '个' | '项')
        && (chars[i - 2].is_ascii_digit() || chinese_digit(chars[i - 2]).is_some());
    // (构建…教育全覆盖的特殊教育体系: coverage before 的 describes the noun after it, as a
    // yes/no result before 的 does; 实现全覆盖的目标 still names the aim.)
    let describes = at(chars, i + 3, "的") && !at(chars, i + 3, "的目标");
    if at(chars, i, "全覆盖") && (share_before || quoted || class || counted || whole || describes)
    {
        return Some(i + 3);
    }
    if at(chars, i, "全覆盖") {
        let end = i + 3;
        let name = name_here(cl, st, i);
        let what = (100.0, Kind::Coverage, "%");
        let c = target(cl, st, scope, name, what, end, ("coverage", "全覆盖"));
        return drafted(st, c, end);
    }
    None
}

/// 全面电动化, 完成…电动化, 全电动: a fleet converted in full by a deadline, a share of 100 % for
/// each fleet named.
fn full_conversion(cl: &Clause, st: &mut Here, scope: &Scope) -> Option<usize> {
    let (chars, s, cx) = (cl.chars, cl.s, cl.cx);
    let i = st.i;
    // 2030年市区公车全面电动化, 2035年完成公务车辆电动化: a fleet converted in full by a deadline
    // is a share of 100 %, one for each fleet named (市区公车与首长座车).
    // (The deadline may stand inside the clause: 高雄公车2030年全面电动化, 朝2030年让公车….)
    let inside = || {
        (s..i)
            .filter_map(|p| year_at(chars, p))
            .map(|(y, _)| y)
            .rfind(|y| *y >= cx.start && cx.this_year.is_none_or(|t| *y >= t))
    };
    // (公车2030年全电动目标: 全电动, the fleet all electric, as 全面电动化.)
    let all_electric = at(chars, i, "电动")
        && ends_at(chars, i, "全").is_some()
        && !matches!(
            chars.get(i + 2),
            Some('化' | '车' | '汽' | '公' | '巴' | '客' | '的')
        );
    let electric = at(chars, i, "电动化") || all_electric;
    let inside = if electric { inside() } else { None };
    if electric && (scope.year.is_some() || inside.is_some()) {
        let end = if all_electric { i + 2 } else { i + 3 };
        let a = strip_front(chars, *st.item_start, i);
        let fleet = ["全面", "全部", "全"]
            .iter()
            .find_map(|w| ends_at(chars, i, w))
            .map(|p| (a, p))
            .or_else(|| {
                let v = (a..i).find(|p| at(chars, *p, "完成"))?;
                (v == a).then_some((v + 2, i))
            });
        if let Some((x, y)) = fleet.filter(|(x, y)| x < y && !at(chars, end, "的")) {
            // (The fleet's name stands after a deadline inside it, 包含2030年市区公车, or before
            // it, 某市公车2030年.)
            let (x, y) = (x..y)
                .filter_map(|p| year_at(chars, p).map(|(_, after)| (p, after)))
                .rfind(|(_, after)| *after <= y)
                .map_or(
                    (x, y),
                    |(p, after)| if after < y { (after, y) } else { (x, p) },
                );
            let (x, y) = (strip_front(chars, x, y), strip_back(chars, x, y));
            let split = (x..y).any(|p| matches!(chars[p], '与' | '和' | '及' | '、'));
            let mut from = x;
            let cuts = (x..y)
                .filter(|p| matches!(chars[*p], '与' | '和' | '及' | '、'))
                .chain(std::iter::once(y));
            for p in cuts {
                if from < p {
                    let mut c = target(
                        cl,
                        st,
                        scope,
                        (from, p),
                        (100.0, Kind::Coverage, "%"),
                        end,
                        ("full-conversion", "电动化"),
                    );
                    if split {
                        c.flags.push(Flag::Distributed);
                    }
                    if let Some(y) = inside {
                        c.year = y;
                        c.flags.retain(|f| *f != Flag::YearDefaulted);
                    }
                    st.out.push(c);
                }
                from = p + 1;
            }
            *st.item_start = end;
            return Some(end);
        }
    }
    None
}

/// 通过…省级评估 right after the year that opens the clause: a review passed, a yes/no aim
/// ([`passes_review`]).
fn review_passed(cl: &Clause, st: &mut Here, scope: &Scope) -> Option<usize> {
    let (chars, s, e, cx) = (cl.chars, cl.s, cl.e, cl.cx);
    let i = st.i;
    // 2024年通过全国学前教育普及普惠县省级评估: passing an evaluation or an inspection by a
    // year the clause opens with is a yes/no aim.
    if let Some(end) = passes_review(chars, s, e, i, cx, scope) {
        let mut c = target(
            cl,
            st,
            scope,
            (i, end),
            (1.0, Kind::Binary, ""),
            end,
            ("passes-review", "通过"),
        );
        c.quote.0 = c.quote.0.min(scope.year_at);
        return drafted(st, c, end);
    }
    None
}

/// 零的突破 (“零”的突破): a first one achieved, a yes/no aim.
fn zero_breakthrough(cl: &Clause, st: &mut Here, scope: &Scope) -> Option<usize> {
    let chars = cl.chars;
    let i = st.i;
    for w in ["零的突破", "零”的突破", "“零”的突破"] {
        if at(chars, i, w) {
            let end = i + w.chars().count();
            let c = target(
                cl,
                st,
                scope,
                name_here(cl, st, i),
                (1.0, Kind::Binary, ""),
                end,
                ("zero-breakthrough", "零的突破"),
            );
            return drafted(st, c, end);
        }
    }
    None
}

/// 实现碳达峰, 碳中和, 净零排放, 清零, 零增长, 实现“零死亡”: a yes/no result by a deadline (a
/// year of the sentence, or a bare year before it, 达成2050净零排放); not a purpose (为实现碳达峰),
/// work toward it (推进碳中和) or a noun it qualifies (碳中和的策略).
fn yes_no_result(cl: &Clause, st: &mut Here, scope: &Scope) -> Option<usize> {
    let (chars, s, e, cx) = (cl.chars, cl.s, cl.e, cl.cx);
    let i = st.i;
    // Yes/no results: 实现碳达峰, 2050年前净零发电, 散煤清零, 化肥使用量零增长. Not when they state a purpose
    // (为实现碳达峰) or qualify a noun (碳中和的策略).
    // (实现原生生活垃圾“零填埋”, 实现“零死亡”: a quoted zero of an event, achieved, is a yes/no
    // result as 零排放 is.)
    let quoted_zero = (i > s && chars[i - 1] == '“' && at(chars, i, "零"))
        .then(|| (i + 2..(i + 5).min(e)).find(|p| chars[*p] == '”'))
        .flatten()
        .filter(|p| (i + 1..*p).all(|q| is_han(chars[q])) && contains_any(chars, s, i, &["实现"]))
        .map(|p| (p + 1, "零"));
    if let Some((end, w)) = [
        "碳达峰",
        "碳中和",
        // (2030年前达到碳排放峰值: the peak of emissions, reached.)
        "碳排放峰值",
        "净零排放",
        "净零发电",
        "零碳排放",
        "零排放",
        "清零",
        "零增长",
    ]
    .iter()
    .find(|w| at(chars, i, w))
    .map(|w| (i + w.chars().count(), *w))
    .or(quoted_zero)
    {
        let verb = ["实现", "达", "达至", "达到", "基本实现", "全面实现"]
            .iter()
            .find_map(|v| ends_at(chars, i, v));
        let purpose = verb.is_some_and(|p| {
            ends_at(chars, p, "为").is_some() || ends_at(chars, p, "为了").is_some()
        }) || ends_at(chars, i, "和实现").is_some();
        // Work toward it (做好碳达峰, 推进碳中和, 碳中和督导委员会) is not the result itself.
        let toward = (s.max(i.saturating_sub(12))..i).any(|p| {
            [
                "做好", "推进", "推动", "落实", "围绕", "助力", "成立", "服务", "关于",
            ]
            .iter()
            .any(|w| at(chars, p, w))
        });
        let qualifies = (at(chars, end, "的") && !at(chars, end, "的目标"))
            || toward
            || ["委员会", "督导", "办公室", "专班", "工作", "行动", "相关"]
                .iter()
                .any(|w| at(chars, end, w));
        // (达成2050净零排放目标: a year written bare right before the result, without 年.)
        let bare_year = i
            .checked_sub(4)
            .filter(|a| {
                (*a..i).all(|p| chars[p].is_ascii_digit())
                    && !(*a > 0 && chars[*a - 1].is_ascii_digit())
            })
            .and_then(|a| chars[a..i].iter().collect::<String>().parse::<i32>().ok())
            .filter(|y| (2020..=2100).contains(y) && *y >= cx.start)
            .filter(|_| {
                ["实现", "达成", "达到", "迈向", "朝"]
                    .iter()
                    .any(|v| ends_at(chars, i - 4, v).is_some())
            });
        // A yes/no result is a target only with a deadline: a year phrase in the sentence.
        if purpose || qualifies || (scope.year.is_none() && bare_year.is_none()) {
            return Some(end);
        }
        let name = if verb.is_some() {
            (i, end)
        } else {
            name_here(cl, st, i)
        };
        let name = if name.0 >= name.1 { (i, end) } else { name };
        let mut c = target(
            cl,
            st,
            scope,
            name,
            (1.0, Kind::Binary, ""),
            end,
            ("binary-milestone", w),
        );
        c.quote.0 = c.quote.0.min(verb.unwrap_or(i)).min(name.0);
        if let Some(y) = bare_year.filter(|_| scope.year.is_none()) {
            c.year = y;
            c.quote.0 = c.quote.0.min(i - 4);
            c.flags.retain(|f| *f != Flag::YearDefaulted);
        }
        return drafted(st, c, end);
    }
    None
}

/// 翻一番, 翻两番, 双倍增, 翻番, 翻倍, 倍增: a multiple of the base, for the subject before it
/// (each subject of a 双倍增) when the word closes its phrase.
fn multiple(cl: &Clause, st: &mut Here, scope: &mut Scope) -> Option<usize> {
    let (chars, e) = (cl.chars, cl.e);
    let i = st.i;
    for (w, v) in [
        ("双倍增", 2.0),
        ("翻一番", 2.0),
        ("翻两番", 4.0),
        ("翻番", 2.0),
        // 发电量实现翻倍: doubled, as 翻一番.
        ("翻倍", 2.0),
        ("倍增", 2.0),
    ] {
        if at(chars, i, w) {
            let mut end = i + w.chars().count();
            if chars.get(end) == Some(&'”') {
                end += 1;
            }
            let closes = end >= e || matches!(chars.get(end), Some('。' | ',' | ';' | '、' | '目'));
            if !closes || ends_at(chars, i, "实施").is_some() {
                return Some(end);
            }
            let mut a = strip_front(chars, *st.item_start, i);
            let mut b = i;
            // The subject ends before 在YYYY年的基础上 / 较 / 比.
            for cut in ["在", "较", "比"] {
                if let Some((p, _)) = find_any(chars, a, b, &[cut]) {
                    b = p;
                }
            }
            b = strip_back(chars, a, b);
            for verb in ["实现"] {
                if let Some(p) = ends_at(chars, b, verb) {
                    b = p;
                }
            }
            if a > b {
                a = b;
            }
            let mut items = if w == "双倍增" {
                split_subject(chars, a, b)
            } else {
                vec![(a, b)]
            };
            if items.is_empty() {
                items.push((a, b));
            }
            for (k, it) in items.iter().enumerate() {
                let mut c = target(
                    cl,
                    st,
                    scope,
                    *it,
                    (v, Kind::Multiple, ""),
                    end,
                    ("multiple", w),
                );
                c.name_tail = shared_tail(chars, &items, k);
                if scope.baseline_year.is_none() {
                    c.flags.push(Flag::BaselineUnstated);
                }
                if items.len() > 1 {
                    c.flags.push(Flag::Distributed);
                }
                st.out.push(c);
            }
            scope.last_subject = Some((a, b));
            *st.item_start = end;
            return Some(end);
        }
    }
    None
}

/// 减半, 减少一半, 下降一半: a change of −50 %.
fn halving(cl: &Clause, st: &mut Here, scope: &Scope) -> Option<usize> {
    let chars = cl.chars;
    let i = st.i;
    // 减半, 减少一半, 下降一半.
    let halved = if at(chars, i, "减半") {
        Some(i + 2)
    } else {
        REDUCTION
            .iter()
            .find(|w| at(chars, i, w) && at(chars, i + w.chars().count(), "一半"))
            .map(|w| i + w.chars().count() + 2)
    };
    if let Some(end) = halved {
        let mut c = target(
            cl,
            st,
            scope,
            name_here(cl, st, i),
            (-50.0, Kind::RelativeChange, "%"),
            end,
            ("halving", "减半"),
        );
        c.direction = Direction::Lower;
        if scope.baseline_year.is_none() {
            c.shape = Shape::ChangeWithoutBase;
            c.flags.push(Flag::BaselineUnstated);
        }
        st.out.push(c);
        return Some(end);
    }
    None
}

/// 百分之十五, 千分之零点五, 百分之百, 百分之九到十二: a share (or a level in ‰) written in words,
/// with its comparator; shared by the subjects listed before it.
fn percent_words(cl: &Clause, st: &mut Here, scope: &Scope, unit: &'static str) -> Option<usize> {
    let chars = cl.chars;
    let i = st.i;
    // (百分之百: the whole.)
    let whole = (chars.get(i + 3) == Some(&'百') && unit == "%").then_some(Number {
        mantissa: 100.0,
        magnitude: 1.0,
        start: i + 3,
        end: i + 4,
        decimals: 0,
        chinese: true,
    });
    let n = whole.or_else(|| scan(chars, i + 3))?;
    let mut end = n.end;
    // (百分之九到十二, 百分之九至百分之十二: a range of shares.)
    let upper = ["到", "至"]
        .iter()
        .find(|w| at(chars, end, w))
        .and_then(|_| {
            let j = end + 1;
            let j = if at(chars, j, "百分之") { j + 3 } else { j };
            scan(chars, j).filter(|m| m.start == j && m.chinese && m.value() > n.value())
        });
    if let Some(m) = &upper {
        end = m.end;
    }
    let post = POST_CUES.iter().find(|(w, _)| at(chars, end, w));
    let pre = pre_cue(chars, i);
    if let Some((w, _)) = post {
        end += w.chars().count();
    }
    let cmp = post
        .map(|p| p.1)
        .or(pre.map(|p| p.2))
        .unwrap_or(Comparator::Ge);
    let name = name_here(cl, st, pre.map(|p| p.0).unwrap_or(i));
    let (kind, cue) = if unit == "%" {
        (Kind::Share, "百分之")
    } else {
        (Kind::Level, "千分之")
    };
    let mut c = target(
        cl,
        st,
        scope,
        name,
        (n.value(), kind, unit),
        end,
        ("percent-words", cue),
    );
    c.cmp = cmp;
    c.decimals = n.decimals;
    if let Some(m) = upper {
        c.upper = Some(m.value());
        c.cmp = Comparator::Range;
    }
    // (城市道路、公共建筑无障碍设施建设率达百分之百: two subjects share the rate.)
    let shared = shared_rate(chars, name.0, name.1);
    if shared.len() > 1 {
        for nm in shared {
            let mut d = c.clone();
            d.name = nm;
            d.flags.push(Flag::Distributed);
            st.out.push(d);
        }
    } else {
        st.out.push(c);
    }
    *st.item_start = end;
    Some(end)
}

/// 超过一半, 至少一半: half after a comparator word, a share of 50 % of the subject before it.
fn half(cl: &Clause, st: &mut Here, scope: &Scope) -> Option<usize> {
    let chars = cl.chars;
    let i = st.i;
    // 超过一半, 至少一半: half, after a comparator word, is a share of 50%.
    if at(chars, i, "一半") {
        // (Of what: not 当中超过一半, a share of items the sentence counted before.)
        let subject = pre_cue(chars, i).filter(|(p, _, _)| {
            let (a, b) = name_here(cl, st, *p);
            b > a
                && !["当中", "其中", "中"]
                    .iter()
                    .any(|w| ends_at(chars, b, w) == Some(a))
        });
        if let Some((p, _, cmp)) = subject {
            let mut c = target(
                cl,
                st,
                scope,
                name_here(cl, st, p),
                (50.0, Kind::Share, "%"),
                i + 2,
                ("fraction", "一半"),
            );
            c.cmp = cmp;
            return drafted(st, c, i + 2);
        }
    }
    None
}

/// 三分之一, 四分之一以上, 1/3: a fraction after a comparator word or a change word, a share
/// written with six decimals.
fn fraction(cl: &Clause, st: &mut Here, scope: &Scope) -> Option<usize> {
    let (chars, s, e) = (cl.chars, cl.s, cl.e);
    let i = st.i;
    // 三分之一, 四分之一以上, 1/3: a fraction after a comparator word or a change (超过三分之一,
    // 降低1/3) is a share, written with six decimals (README, clarifications).
    if let Some(n) = scan(chars, i).filter(|n| n.start == i && n.decimals == 0) {
        let over = if at(chars, n.end, "分之") && n.chinese {
            scan(chars, n.end + 2)
                .filter(|m| m.start == n.end + 2 && m.chinese && m.decimals == 0)
                .map(|m| (m.value(), n.value(), m.end))
        } else if chars.get(n.end) == Some(&'/') && !n.chinese {
            scan(chars, n.end + 1)
                .filter(|m| m.start == n.end + 1 && !m.chinese && m.decimals == 0)
                .filter(|m| unit_at(chars, m.end).is_none_or(|(u, _)| u == "%"))
                .filter(|m| {
                    !matches!(
                        chars.get(m.end),
                        Some('万' | '千' | '年' | '月' | '日' | '/')
                    )
                })
                .map(|m| (n.value(), m.value(), m.end))
        } else {
            None
        };
        let pre = pre_cue(chars, i);
        // (降低死亡率1/3: the change word may stand before the indicator's name.)
        let changes = ["减少", "下降", "降低", "提高", "增加", "增长", "提升"];
        let change = changes
            .iter()
            .find_map(|w| ends_at(chars, i, w).map(|p| (p, *w)))
            .or_else(|| {
                find_any(chars, *st.item_start, i, &changes)
                    .map(|(p, w)| (p + w.chars().count(), w))
            });
        let after_share = (i.saturating_sub(8).max(*st.item_start)..i).any(|p| at(chars, p, "占"));
        if let Some((num, den, mut end)) =
            over.filter(|(num, den, _)| *num >= 1.0 && *den >= 2.0 && *den <= 10.0 && num < den)
        {
            let post = POST_CUES.iter().find(|(w, _)| at(chars, end, w));
            // (…中有7个,占比超过三分之一: a share of the items just counted, with no subject.)
            let (na, nb) = name_here(cl, st, pre.map(|p| p.0).unwrap_or(i));
            let bare: String = chars[na..nb].iter().collect();
            let subject = !matches!(bare.as_str(), "" | "占比" | "比重" | "占" | "约占");
            // (三分之二以上行政村建成精品村: a fraction that opens the clause, bounded after it,
            // is a share of the subjects named next.)
            let share_first = bare.is_empty()
                && opens_clause(chars, pre.map(|p| p.0).unwrap_or(i), s, e)
                && post.is_some_and(|(w, _)| {
                    let k = end + w.chars().count();
                    let k = if chars.get(k) == Some(&'的') {
                        k + 1
                    } else {
                        k
                    };
                    chars.get(k).is_some_and(|c| is_han(*c))
                });
            if (subject || share_first)
                && (pre.is_some() || change.is_some() || after_share || post.is_some())
            {
                let post = POST_CUES.iter().find(|(w, _)| at(chars, end, w));
                if let Some((w, _)) = post {
                    end += w.chars().count();
                }
                let value = (num / den * 100.0 * 1e6).round() / 1e6;
                let cue_at = pre.map(|p| p.0).unwrap_or(i);
                let mut c = target(
                    cl,
                    st,
                    scope,
                    name_here(cl, st, cue_at),
                    (value, Kind::Share, "%"),
                    end,
                    ("fraction", "分之"),
                );
                c.decimals = 6;
                c.cmp = post
                    .map(|p| p.1)
                    .or(pre.map(|p| p.2))
                    .unwrap_or(Comparator::Ge);
                if let Some((_, w)) = change.filter(|_| pre.is_none()) {
                    tenths_change(&mut c, w, scope.baseline_year.is_some());
                }
                return drafted(st, c, end);
            }
        }
    }
    None
}

/// 八成, 三至四成, 提高两成, 让八成居民…: tenths after a comparator or change word, or of the
/// people a clause of causing names, a share or a change in %.
fn tenths(cl: &Clause, st: &mut Here, scope: &Scope) -> Option<usize> {
    let chars = cl.chars;
    let i = st.i;
    if let Some(n) = scan(chars, i) {
        let post = POST_CUES.iter().find(|(w, _)| at(chars, n.end + 1, w));
        let pre = pre_cue(chars, i);
        // 三至四成, 两至三成: a range of tenths.
        let upper = (n.chinese && matches!(chars.get(n.end), Some('至' | '到' | '-')))
            .then(|| scan(chars, n.end + 1))
            .flatten()
            .filter(|m| m.chinese && chars.get(m.end) == Some(&'成') && m.value() < 10.0);
        // 提高两成, 减少三至四成: a change in tenths.
        let change = ["减少", "下降", "降低", "提高", "增加", "增长", "提升"]
            .iter()
            .find_map(|w| ends_at(chars, i, w).map(|p| (p, *w)));
        let based = scope.baseline_year.is_some();
        let tenths = |name, kind, end| {
            target(
                cl,
                st,
                scope,
                name,
                (n.value() * 10.0, kind, "%"),
                end,
                ("tenths", "成"),
            )
        };
        if let Some(m) = upper {
            if pre.is_some() || change.is_some() {
                let end = m.end + 1;
                let cue_at = pre.map(|p| p.0).or(change.map(|c| c.0)).unwrap_or(i);
                let mut c = tenths(name_here(cl, st, cue_at), Kind::Share, end);
                c.upper = Some(m.value() * 10.0);
                c.cmp = Comparator::Range;
                if let Some((_, w)) = change {
                    tenths_change(&mut c, w, based);
                }
                return drafted(st, c, end);
            }
        }
        // 将8成病友纳入, 让八成居民…: a share of the people a clause of causing names.
        // (Only by a stated deadline: 目标是让8成居民… alone states no year.)
        let causing = scope.year.or(scope.inherited).is_some()
            && (ends_at(chars, i, "将").is_some()
                || find_any(chars, *st.item_start, i, &["让", "使", "令"]).is_some())
            && chars
                .get(n.end + 1)
                .is_some_and(|c| !c.is_ascii() && !matches!(c, ',' | '。' | '、' | ';'));
        if (n.chinese || (n.decimals == 0 && n.start == i && chars.get(n.end) == Some(&'成')))
            && chars.get(n.end) == Some(&'成')
            && n.value() < 10.0
            && n.value() >= 1.0
            && (pre.is_some() || post.is_some() || change.is_some() || causing)
        {
            let mut end = n.end + 1;
            if let Some((w, _)) = post {
                end += w.chars().count();
            }
            if let Some((p, w)) = change.filter(|_| pre.is_none()) {
                let mut c = tenths(name_here(cl, st, p), Kind::RelativeChange, end);
                tenths_change(&mut c, w, based);
                return drafted(st, c, end);
            }
            // (目标2023年要让5G个人普及率超过4成: the share's name follows the verb of causing.)
            let (mut na, nb) = name_here(cl, st, pre.map(|p| p.0).unwrap_or(i));
            if let Some((p, w)) = (na..nb).rev().find_map(|p| {
                ["让", "使", "要"]
                    .iter()
                    .find(|w| at(chars, p, w))
                    .map(|w| (p, *w))
            }) {
                if p + w.chars().count() + 2 <= nb {
                    na = p + w.chars().count();
                }
            }
            let mut c = tenths((na, nb), Kind::Share, end);
            c.cmp = post
                .map(|p| p.1)
                .or(pre.map(|p| p.2))
                .unwrap_or(Comparator::Ge);
            return drafted(st, c, end);
        }
    }
    None
}
