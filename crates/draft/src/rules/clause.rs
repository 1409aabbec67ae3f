//! The clause reader: the figures of one clause that are targets, read step by step.

use super::figures::{
    bracketed_standard, chinese_ok, counts_listed, excluded, fall, figure, glossed, in_breakdown,
    is_base_value, pre_cue, rates_listed_after, share_reaches, subject_count, Found, BOUNDS,
};
use super::names::{
    core_name, lead, names_goals, only_verb, opens_clause, same_measure, shared_rate, shared_tail,
    split_subject, strip_back, strip_front,
};
use super::not_aims::{eligibility, higher_government, paperwork, FOREIGN};
use super::past::{breaks_down, end_last_year, look_ahead, looks_back, share_of_task};
use super::sentence::VERB_INTENT;
use super::without_figure::{direction_only, done_by, special};
use super::years::{
    completed_in, fiscal_span, five_year_plan, issued_then, month_deadline, months_of, roc_year,
    span_start, spread_over_years, until_to_come, year_at, year_before, year_of_role, years_from,
};
use super::{Candidate, Context, Flag, Scope, Shape, DOING_VERBS, LOWER_IS_BETTER, REDUCTION};
use crate::lexicon::{
    at, contains_any, ends_at, find_any, is_han, unit_at, ANNUAL, ASPIRATION, BUDGET_WORDS, GROWTH,
    MEETING_WORDS, PAST_WORDS, PRE_CUES, PRICE_WORDS, SUBSIDY_WORDS, TARGET_VERBS,
};
use crate::meta::PRACTICAL;
use crate::numeral::{chinese_digit, scan, Number};
use plan_gauge_core::model::{Comparator, Direction, Kind};

/// What a list of a year's practical projects calls its items (10件民生实事, 为民办实事).
const MATTERS: &[&str] = &["民生实事", "实事", "为民办实事"];

/// Words of what is already done (全市已建成5G基站8600个): the sentence reports the present.
const ALREADY: &[&str] = &[
    "已建成",
    "已达",
    "已经达",
    "已经建成",
    "已经完成",
    "已经实现",
    "已累计",
    "已有",
    "已实现",
    "已完成",
    "已超",
    "已突破",
    "已提前",
    "已基本",
    "已全面",
    "已形成",
    "已培育",
    "已新增",
];

/// Words that make a clause an estimate (预计, 按7%年均增速来测算), for the rest of its sentence.
const ESTIMATES: &[&str] = &[
    "预计", "估计", "预料", "推估", "预测", "届时", "测算", "估算", "匡算", "推算",
];

/// Forecasting named as a field of work (预报预测更加准确, 监测预测预警): 预测 here is no estimate.
const FORECASTING: &[&str] = &["预报预测", "预测预报", "预测预警", "监测预测"];

/// Verbs with which a plan puts forward its own items (提出5项发展目标, 明确11项重点任务).
const PUTS_FORWARD: &[&str] = &["提出", "明确"];

/// Words after which figures report data (统计公报显示, 监测数据显示): a review.
const DATA_SHOWS: &[&str] = &[
    "数据显示",
    "公报显示",
    "统计显示",
    "监测显示",
    "调查显示",
    "结果显示",
    "统计公报",
    // (国家统计局发布数据,2024年全国粮食总产量…: the figures a statistics office releases.)
    "发布数据",
    // (某委最新统计指出,2024年…: a statistics office's count.)
    "统计指出",
    // (据统计,2024年全县粮食产量…; 《…报告》显示,2023年…: counted, or read in a report.)
    "据统计",
    "报告显示",
    "》显示",
];
/// A clause being read: its words, what its sentence and the document say about it, and what
/// its opening says, read once before its figures.
#[derive(Clone, Copy)]
pub(super) struct Clause<'a> {
    pub(super) chars: &'a [char],
    /// The clause is `chars[s..e]`.
    pub(super) s: usize,
    pub(super) e: usize,
    /// The clause stands in a 目标 section or line, or after the sentence said it lists goals.
    pub(super) goal: bool,
    pub(super) cx: Context,
    /// Where the clause's own words start (after 并, 力争, a bullet or a dateline).
    pub(super) opening: usize,
    /// The clause reports the past in its own words ([`reports_last_year`]).
    pub(super) past: bool,
    /// The clause pays a subsidy, award or allowance ([`pays`]).
    pub(super) sub: bool,
    /// The clause says what is done already or counted up to now ([`done_already`]).
    pub(super) already_here: bool,
    /// The clause opens with the present ([`present`]).
    pub(super) present_lead: bool,
}

/// What the reading of a clause's figures carries from one figure to the next.
struct Items {
    /// Where the reading stands.
    i: usize,
    /// Where the words of the current item of a list start (after the figure before it).
    item_start: usize,
    /// The last comparator word read, which a list's later figures without one share.
    last_cue: Option<(&'static str, Comparator)>,
    /// The subjects a 分别 (or rates listed after a shared measure) gives their figures to, and
    /// how many have had theirs.
    respectively: Option<(Vec<(usize, usize)>, usize)>,
    /// The candidates a 分别 distributed, with whether a cue after the figure set their comparator.
    distributed: Vec<(usize, bool)>,
    /// The kind of the last figure drafted.
    prev_kind: Option<Kind>,
    /// The word of a fall of the last change drafted (分别降低2.5%、3.9%).
    prev_fall: Option<&'static str>,
    /// Where the words after a figure that named it end, for the next item's name.
    after_used: Option<usize>,
    /// Where the condition on a share of the subjects starts (60%以上的城市…达到70%).
    condition_from: Option<usize>,
    /// Where the values of a base year start (由2022年的3.2亿元及379.6亿元,到2028年…).
    base_from: Option<usize>,
    /// Figures of one in so many ([`one_in`]).
    one_in: Vec<usize>,
}

/// A comparator word before a figure: where it starts, the word and its comparator.
type Cue = (usize, &'static str, Comparator);

/// A number of the clause that reads as a quantity ([`figure`]), and the words around it.
struct Figure {
    n: Number,
    found: Found,
    /// The figure is a rank (前10).
    rank: bool,
    /// The text calls the figure the target of a year (2026年规划目标5.3GW).
    called: bool,
    /// The comparator word before the figure ([`base_value`]).
    pre: Option<Cue>,
    /// The verb by which a share of subjects reaches a state (80%的建制村通沥青路), which ends the
    /// name ([`condition`]).
    share_verb: Option<usize>,
}

/// Where the name of a figure stands.
#[derive(Clone, Copy)]
struct Name {
    name_start: usize,
    name_end: usize,
    /// Nothing but separators and scope words before the figure.
    name_empty: bool,
}

/// Why a figure is a target, and by when ([`aim`]).
struct Aim {
    year: i32,
    /// The year is stated (a deadline, the paragraph's, or a year of completion).
    stated_year: bool,
    /// The figure is yearly (每年, 全年).
    annual: bool,
    /// A verb of making or doing leads the figure.
    verb: bool,
    /// A comparator word or a rank says what the figure bounds.
    has_cue: bool,
    /// The figure goes on with the verb of the clause before ([`Scope`]'s `verb_led`).
    continued: bool,
}

/// Reads the clause `chars[s..e]` of a sentence: the opening checks that set the scope of its
/// figures, then, position by position, a word of striving, a year or a period, a target written
/// without a figure, or a number, each number read by [`read_number`]; then what a 分别 still
/// owes its subjects, and a yes/no or direction-only target when no figure was drafted.
pub(super) fn clause(
    chars: &[char],
    s: usize,
    e: usize,
    goal: bool,
    cx: Context,
    scope: &mut Scope,
    out: &mut Vec<Candidate>,
) {
    let drafted_before = out.len();
    let mut cl = Clause {
        chars,
        s,
        e,
        goal,
        cx,
        opening: lead(chars, s, e),
        past: false,
        sub: false,
        already_here: false,
        present_lead: false,
    };
    said_elsewhere(&cl, scope);
    restates(&cl, scope);
    years_ahead(&cl, scope);
    looks_back_or_data(&cl, scope);
    cl.sub = pays(&cl);
    cl.past = reports_last_year(&cl, scope);
    cl.already_here = done_already(&cl, scope);
    cl.present_lead = present(&cl, scope);
    estimates(&cl, scope);
    let mut st = Items {
        i: s,
        item_start: s,
        last_cue: None,
        respectively: None,
        distributed: Vec::new(),
        prev_kind: None,
        prev_fall: None,
        after_used: None,
        condition_from: None,
        base_from: None,
        one_in: one_in(&cl),
    };
    while st.i < e {
        let i = st.i;
        let read = aspiration(&cl, i, scope)
            .or_else(|| span_of_years(&cl, i, scope))
            .or_else(|| fiscal_year(&cl, i, scope))
            .or_else(|| year_phrase(&cl, i, scope, &mut st.base_from))
            .or_else(|| relative_year(&cl, i, scope))
            .or_else(|| five_year_period(&cl, i, scope))
            .or_else(|| {
                let reported = reports_here(&cl, i, scope);
                (!reported)
                    .then(|| special(&cl, i, scope, out, &mut st.item_start))
                    .flatten()
            });
        if let Some(next) = read {
            st.i = next;
            continue;
        }
        let Some(n) = scan(chars, i) else {
            st.i += 1;
            continue;
        };
        st.i = n.end.max(i + 1);
        read_number(&cl, &mut st, scope, out, n);
    }
    finish_respectively(&cl, &st, scope, out);
    if out.len() == drafted_before && !cl.sub && !cl.past && !scope.past && !scope.elsewhere {
        if let Some(c) = done_by(&cl, scope) {
            out.push(c);
        } else if cx.direction_only {
            if let Some(c) = direction_only(&cl, scope) {
                out.push(c);
            }
        }
    }
    if scope.last_subject.is_none() || out.is_empty() {
        let a = strip_front(chars, s, e);
        if a < e {
            scope.last_subject = Some((a, e));
        }
    }
}

/// Reads one number of the clause, `n`, where reading stands: whether it is a quantity at all,
/// a base value, a condition or threshold; its name and comparator; whether it states an aim
/// of the plan's own, and by when; its kind; then drafts it, once or for each subject it is
/// shared among.
fn read_number(
    cl: &Clause,
    st: &mut Items,
    scope: &mut Scope,
    out: &mut Vec<Candidate>,
    n: Number,
) {
    let Some(mut fig) = quantity(cl, st, scope, n) else {
        return;
    };
    if base_value(cl, st, scope, &mut fig) || condition(cl, st, scope, &mut fig) {
        return;
    }
    let (name, cues, cmp) = name_and_comparator(cl, st, &fig);
    // Is this a target at all?
    let annual = annual(cl, &fig, name);
    let verb = verb_of_work(cl, st, &fig);
    if frames_the_plan(cl, &fig)
        || duration_or_money(cl, st, &fig)
        || counts_own_items(cl, scope, &fig, name)
    {
        return;
    }
    let Some(aim) = aim(cl, st, scope, &fig, name, annual, verb) else {
        return;
    };
    let (base, reduction) = candidate(cl, st, scope, &fig, name, (cues, cmp), &aim);
    let kind = base.kind;
    emit(cl, st, scope, out, &fig, name, base);
    let found = &fig.found;
    st.prev_kind = Some(kind);
    scope.verb_led = (aim.verb || aim.continued) && !aim.has_cue;
    st.prev_fall = reduction.filter(|_| kind == Kind::RelativeChange);
    st.item_start = st.after_used.take().unwrap_or(found.end);
    if matches!(cl.chars.get(st.item_start), Some('、') | Some('和')) {
        st.item_start += 1;
    }
}

/// A clause that restates aims not the plan's own: a higher government's or a foreign
/// country's (国家提出…, 新加坡设定目标…), or a question put in the A-not-A form (可不可以).
fn said_elsewhere(cl: &Clause, scope: &mut Scope) {
    let (chars, s, e, cx, opening) = (cl.chars, cl.s, cl.e, cl.cx, cl.opening);
    if higher_government(chars, opening, e, cx.tier)
        || FOREIGN.iter().any(|w| at(chars, opening, w))
    {
        scope.elsewhere = true;
    }
    // (…呼吁自给率可不可以订在50%以上: a question put in the A-not-A form asks for an aim; it
    // states none, and the rest of the sentence goes with it.)
    if contains_any(
        chars,
        s,
        e,
        &["可不可以", "能不能", "要不要", "会不会", "是不是"],
    ) {
        scope.elsewhere = true;
    }
}

/// A clause that says the aim before it in other words (相当于每年…, 这意味着…, ,即…).
fn restates(cl: &Clause, scope: &mut Scope) {
    let (chars, s, e, opening) = (cl.chars, cl.s, cl.e, cl.opening);
    // 相当于每年新建3.3万个, 这意味着…翻一番, 即全省186对服务区: a figure worked out from the
    // aim just stated, in other words; the aim is drafted once, from its own words.
    // 即 restates only after a comma: after a colon it opens a list (…格局:即提升一批…).
    // (即每创造100元GDP所支出的物流费用,从18元下降到14.4元: the restatement goes on in the
    // clauses after it until one names a year.)
    let still_restating = scope.restated
        && (at(chars, opening, "从") || at(chars, opening, "由"))
        && !(s..e).any(|p| year_at(chars, p).is_some());
    scope.restated = still_restating
        || [
            "相当于",
            "意味着",
            "这意味着",
            "也就是说",
            "换言之",
            "换句话说",
            "折合",
        ]
        .iter()
        .any(|w| at(chars, opening, w))
        || (at(chars, opening, "即")
            && s.checked_sub(1)
                .and_then(|p| chars.get(p))
                .is_some_and(|c| *c == ',')
            // (完成5项工作指标,即…达到9%: after the count of the plan's own items, 即 opens
            // their list.)
            && !s.checked_sub(1).is_some_and(|p| names_goals(chars, p)));
}

/// Years counted from now (未来五年, 未来一年半内) or no deadline at all (往后, 长期): the clause's
/// figures are undated, unless the years to come are the span of a plan the sentence names.
fn years_ahead(cl: &Clause, scope: &mut Scope) {
    let (chars, s, e, cx, opening) = (cl.chars, cl.s, cl.e, cl.cx, cl.opening);
    // 往后提升至15%, 长期…: figures without a deadline.
    // 另外2万个将在未来一年半内全部落成: a span counted from now is no deadline either (not
    // 未来产业: a number must follow).
    // (Where 未来 stands, and how many years it counts: none for 几年 or months.)
    let ahead = (s..e).find_map(|p| {
        if !at(chars, p, "未来") {
            return None;
        }
        if ["几年", "数年"].iter().any(|w| at(chars, p + 2, w)) {
            return Some((p, None));
        }
        scan(chars, p + 2)
            .filter(|n| {
                n.start == p + 2
                    && (at(chars, n.end, "年") || at(chars, n.end, "个月"))
                    && !at(chars, n.end, "年度")
                    && n.value() < 50.0
            })
            .map(|n| (p, Some(n.value()).filter(|_| at(chars, n.end, "年"))))
    });
    let from_now = ahead.is_some();
    // 《某发展纲要(2011—2020年)》提出了未来十年…的目标: 未来十年, 未来10年: the years to come are the
    // span of the plan the sentence names, as long as they; its last year is the deadline.
    let spanned = ahead.and_then(|(p, years)| {
        let years = years?;
        let mut from = s;
        while from > 0 && s - from < 80 && !matches!(chars[from - 1], '。' | '\n' | '!' | '?') {
            from -= 1;
        }
        let to = (e..chars.len())
            .find(|q| matches!(chars[*q], '。' | '\n' | '!' | '?'))
            .unwrap_or(chars.len());
        (from..e)
            .find_map(|q| {
                let (y, _) = year_at(chars, q)?;
                let y1 = scan(chars, span_start(chars, q, y)?)?.value() as i32;
                let n = years as i32;
                (years.fract() == 0.0 && (y - y1 + 1 == n || y - y1 == n)).then_some(y)
            })
            .filter(|y| *y >= cx.start && cx.this_year.is_none_or(|t| *y >= t))
            // (A plan that states its period, 某规划(2021-2025年), issued in its first year, speaks
            // of that period as the five years to come: 未来五年将完成3个工程.)
            // (So does a report of a known year whose aims run 到2025年 or 今后五年 from it, in a
            // sentence that names them as its aims: 未来五年,政府要努力实现以下目标 in a report of
            // 2021.)
            .or_else(|| {
                let n = years as i32;
                let aims =
                    cx.this_year == Some(cx.start) && contains_any(chars, from, to, &["目标"]);
                ((cx.dated_plan || aims)
                    && years.fract() == 0.0
                    && cx.end - cx.start + 1 == n
                    && cx
                        .this_year
                        .is_some_and(|t| (cx.start..=cx.start + 1).contains(&t)))
                .then_some(cx.end)
            })
            .map(|y| (y, p))
    });
    if let Some((y, p)) = spanned {
        scope.year = Some(y);
        scope.year_at = p;
    }
    // (未来, and 未来一段时期 open a clause of time; 未来产业 is an indicator's subject.)
    let a = opening;
    let future = at(chars, a, "未来")
        && (chars.get(a + 2) == Some(&',')
            || ["一段", "时期", "期间"].iter().any(|w| at(chars, a + 2, w)));
    // 十五五规划纲要草案提出…,包括未来五年,GDP年均增速为4.5%至5%: the five years to come are
    // the period of the five-year plan the sentence has named, whose last year stays the deadline.
    let plan_years =
        (scope.five_year.is_some() && scope.year == scope.five_year) || spanned.is_some();
    if ((from_now || future) && !plan_years)
        || ["往后", "长远", "长期", "中长期", "短中期"]
            .iter()
            .any(|w| at(chars, a, w))
    {
        scope.undated = true;
        scope.year = None;
    }
}

/// A clause that looks back (近年来, 过去五年, 在过去一年) or reports data (数据显示, 分季节看).
fn looks_back_or_data(cl: &Clause, scope: &mut Scope) {
    let (chars, s, e, opening) = (cl.chars, cl.s, cl.e, cl.opening);
    let data = contains_any(chars, s, e, DATA_SHOWS) || breaks_down(chars, opening, e);
    // (某委在过去一年,主要…: the year just gone, named after the subject.)
    let past_year =
        (s..e).any(|p| at(chars, p, "在过去") && (p + 3..(p + 7).min(e)).any(|q| chars[q] == '年'));
    if looks_back(chars, opening, e) || data || past_year {
        scope.data |= data;
        scope.past = true;
        scope.looking_back = true;
        scope.review = true;
    }
}

/// Does the clause pay a subsidy, award or allowance (补助, 奖励), or go on with one the clause
/// before it pays (…,将增至1.2亿元)?
fn pays(cl: &Clause) -> bool {
    let (chars, s, e) = (cl.chars, cl.s, cl.e);
    // (一次性 pays once before a verb of paying or an amount, 一次性给予10万元; before goods it
    // names disposable ones, 一次性塑料制品减量5%, which are no subsidy.)
    let once = |p: usize| {
        at(chars, p, "一次性")
            && !([
                "给予", "奖励", "补助", "补贴", "资助", "支付", "发放", "拨付", "奖补",
            ]
            .iter()
            .any(|w| at(chars, p + 3, w))
                || chars.get(p + 3).is_some_and(|c| c.is_ascii_digit()))
    };
    let subsidy = |a: usize, b: usize| {
        (a..b).any(|p| SUBSIDY_WORDS.iter().any(|w| at(chars, p, w)) && !once(p))
    };
    // (每公顷补助3000万元,将增至1.2亿元: a clause without a subject of its own, 将 and a rise,
    // goes on with the clause before it; what that clause pays is still paid.)
    let carried = at(chars, s, "将") && PRE_CUES.iter().any(|(w, _)| at(chars, s + 1, w)) && {
        let mut from = s;
        while from > 0 && s - from < 60 && !matches!(chars[from - 1], '。' | '\n' | '!' | '?') {
            from -= 1;
        }
        subsidy(from, s)
    };
    subsidy(s, e) || carried
}

/// Does the clause report the past in its own words (去年, 上年, 同比, 去(109)年), unless last
/// year is only the base a change to come is measured from?
fn reports_last_year(cl: &Clause, scope: &Scope) -> bool {
    let (chars, s, e, goal, cx) = (cl.chars, cl.s, cl.e, cl.goal, cl.cx);
    // 同比 reports an actual change, except in a list of goals (同比增长6.5%以上); so does 比上年
    // (比上年增长5.5%左右 is an annual plan's aim once the sentence says it lists goals).
    let vs_last_year = ["比上年", "较上年", "上年"];
    // (去(109)年: last year, with its year in the Republic's calendar between.)
    let last_year_glossed = (s..e).any(|p| {
        chars[p] == '去' && chars.get(p + 1) == Some(&'(') && {
            let mut q = p + 2;
            while q < e && chars[q].is_ascii_digit() {
                q += 1;
            }
            q > p + 2 && at(chars, q, ")年")
        }
    });
    // (2029年旅游业增加值可比去年升近6成至1200亿元: last year named as the base a change is
    // measured from, in a clause whose year is to come, tells no past.)
    let last_year_base = {
        let named: Vec<usize> = (s..e)
            .filter(|p| at(chars, *p, "去年") || at(chars, *p, "上年"))
            .collect();
        let to_come = (s..e)
            .any(|p| year_at(chars, p).is_some_and(|(y, _)| cx.this_year.is_some_and(|t| y > t)));
        to_come
            && !named.is_empty()
            && named
                .iter()
                .all(|p| *p > s && matches!(chars[p - 1], '比' | '较'))
    };
    last_year_glossed
        || PAST_WORDS
            .iter()
            .filter(|w| !(goal && vs_last_year.contains(w)))
            .filter(|w| !(last_year_base && ["去年", "上年", "比上年", "较上年"].contains(w)))
            .any(|w| contains_any(chars, s, e, &[w]))
        || (!goal
            && !scope.aspirational
            && !contains_any(chars, s, e, ASPIRATION)
            && contains_any(chars, s, e, &["同比", "环比"]))
}

/// Does the clause say what is done already or counted up to now (已建成, 统计至今年2月底,
/// 截至目前, 推动进度为)? It reports, and so does the share done of a year's task.
fn done_already(cl: &Clause, scope: &mut Scope) -> bool {
    let (chars, s, e, opening) = (cl.chars, cl.s, cl.e, cl.opening);
    // 全市已建成5G基站8600个,实现…全覆盖: what is already done, for the rest of the sentence
    // until a deadline to come.
    // (Any 已 before a verb says so: 我们已觅得约350公顷土地; not 而已, 不得已.)
    let already = (s..e).any(|p| {
        chars[p] == '已'
            && !matches!(p.checked_sub(1).map(|q| chars[q]), Some('而' | '得'))
            && chars
                .get(p + 1)
                .is_some_and(|c| !c.is_ascii() && !matches!(c, ',' | '。' | '、' | '知'))
    });
    // 统计至今年2月底,…共12万户; 根据内政部统计,…; 截至目前,…; 推动进度为…: figures counted up to
    // now, or the progress of work, are reported.
    let a = opening;
    let stop = (e..chars.len())
        .find(|p| matches!(chars[*p], '。' | '!' | '?' | '\n'))
        .unwrap_or(chars.len());
    // (根据某局业务报告指出,本县人口统计资料,…: the statistics may be named in the next clause.)
    let counted = ["统计至", "统计到", "统计截至"]
        .iter()
        .any(|w| at(chars, a, w))
        || ((at(chars, a, "根据") || at(chars, a, "据"))
            && contains_any(chars, a, stop.min(e + 30), &["统计"]))
        || ((at(chars, a, "截至") || at(chars, a, "截止"))
            && ["今年", "目前", "本月", "当前", "现在"]
                .iter()
                .any(|w| at(chars, a + 2, w)))
        || contains_any(chars, s, e, &["推动进度", "推进进度", "执行进度"]);
    // (据某报统计,…18个省份的增长目标…: a count of targets reports targets.)
    let counted = counted && !contains_any(chars, a, stop, &["目标"]);
    // (各部门已开放4万项资料集, 已新建3所: 已 before any verb of making or doing, too.)
    let done_verb = (s..e).any(|p| {
        at(chars, p, "已")
            && TARGET_VERBS
                .iter()
                .chain(DOING_VERBS)
                .chain(&["开放", "设立", "投用"])
                .any(|w| at(chars, p + 1, w))
    });
    let already_here = already || counted || done_verb || contains_any(chars, s, e, ALREADY);
    // (…完成350万亩,占年度任务的77.8%: the share done of a year's task is progress reported, in
    // the year the task is of.)
    if share_of_task(chars, s, e) {
        scope.past = true;
    }
    if already_here {
        scope.past = true;
        scope.looking_back = true;
        scope.review = true;
    }
    already_here
}

/// Does the clause open with the present (目前, 现有, 当前, 现时)? A clause inside the sentence that
/// does, or a subject that says what it has now (现在有), tells the present for the clauses after it.
fn present(cl: &Clause, scope: &mut Scope) -> bool {
    let (chars, e, opening) = (cl.chars, cl.e, cl.opening);
    // 目前光电并网量约15GW、今年底目标为18GW: the present, until the clause names a deadline.
    // (現時65歲長者人數佔人口五分之一: 现时, as Hong Kong writes 目前.)
    let present_lead = ["目前", "现有", "当前", "现时"]
        .iter()
        .any(|w| at(chars, opening, w));
    // (我国现在有2800多个县…,常住人口约7.4亿: a subject that says what it has now tells the
    // present in the clauses after it too, until a deadline to come.)
    // (负责人透露,…,目前全省茶园面积为307.7万亩,茶叶产量19.8万吨: so does a clause inside the
    // sentence that opens with the present, 目前 or 当前, for the clauses after it.)
    let present_inside = present_lead
        && opening > 0
        && matches!(chars[opening - 1], ',' | ';')
        && chars
            .get(opening + 2)
            .is_some_and(|c| !matches!(c, ',' | '的'));
    if present_inside
        || (opening..(opening + 6).min(e)).any(|p| {
            ["现在有", "目前有", "当前有"]
                .iter()
                .any(|w| at(chars, p, w))
        })
    {
        scope.past = true;
        scope.looking_back = true;
    }
    present_lead
}

/// An estimate (预计, 测算), a clause opening with 截至 or 去年, the present alone (目前,) or an
/// accumulated result (累计完成) reports for the rest of the sentence.
fn estimates(cl: &Clause, scope: &mut Scope) {
    let (chars, s, e, goal, cx, opening) = (cl.chars, cl.s, cl.e, cl.goal, cl.cx, cl.opening);
    // An estimate (预计, 估计, 按7%年均增速来测算), what a project gives once done (届时将提供病床200床), or a
    // clause opening with 截至/去年, covers the rest of its sentence.
    // A clause opening with 截至/去年 reports; after 去年 a deadline to come written as one
    // (去年他曾提出目标,期盼在2028年前…达3%以上; 到2028年) sets targets again.
    let opening_word = ["截至", "截止", "去年"]
        .iter()
        .find(|w| at(chars, opening, w));
    if let Some(w) = opening_word
        .filter(|_| !until_to_come(chars, opening, cx) && !issued_then(chars, opening + 2))
    {
        scope.past = true;
        scope.last_year_lead |= *w == "去年";
    }
    // (预计目标 names the plan's own target, not an estimate.)
    // (预报预测更加准确: forecasting named as a field of work is no estimate.)
    let forecasting = |p: usize| {
        FORECASTING.iter().any(|w| {
            let n = w.chars().count();
            (p.saturating_sub(n - 2)..=p).any(|q| at(chars, q, w))
        })
    };
    let estimate = (s..e).any(|p| {
        ESTIMATES.iter().any(|w| {
            at(chars, p, w)
                && !(*w == "预计" && at(chars, p + 2, "目标"))
                && !(*w == "预测" && forecasting(p))
        })
    }) || (s..e).filter(|&p| at(chars, p, "预计")).count() > 1;
    if estimate
        // 目前, / 当前, alone: the sentence tells the present.
        || (e - opening <= 2
            && ["目前", "当前", "现在"]
                .iter()
                .any(|w| at(chars, opening, w)))
    {
        scope.past = true;
    }
    // 全省累计完成造林126万亩: an accumulated result, unless a deadline, a goal section or a
    // word of intent (力争, 确保, 计划, 将) makes it an aim.
    let achieved = !goal
        && scope.year.is_none()
        && find_any(chars, s, e, &["累计完成"]).is_some_and(|(p, _)| {
            !contains_any(
                chars,
                s,
                p,
                &[
                    "力争", "争取", "确保", "计划", "将", "要", "到", "每年", "年均",
                ],
            )
        });
    if achieved {
        scope.past = true;
    }
}

/// 每8辆新车有1辆是电动车: one in eight of one kind of thing, a share written as a ratio; neither
/// figure is a count to reach. The starts of such figures.
fn one_in(cl: &Clause) -> Vec<usize> {
    let (chars, s, e) = (cl.chars, cl.s, cl.e);
    (s..e)
        .filter(|&p| at(chars, p, "每"))
        .filter_map(|p| {
            let m1 = scan(chars, p + 1).filter(|m| m.start == p + 1)?;
            let (u1, _) = unit_at(chars, m1.end)?;
            (m1.end..e.min(m1.end + 12)).find_map(|q| {
                let m2 = scan(chars, q + 1).filter(|m| at(chars, q, "有") && m.start == q + 1)?;
                let (u2, _) = unit_at(chars, m2.end)?;
                (u1 == u2).then_some([m1.start, m2.start])
            })
        })
        .flatten()
        .collect()
}

/// A word of striving (力争, 争取, 努力) makes the rest of the sentence aspirational.
fn aspiration(cl: &Clause, i: usize, scope: &mut Scope) -> Option<usize> {
    let chars = cl.chars;
    if let Some(w) = ASPIRATION.iter().find(|w| at(chars, i, w)) {
        scope.aspirational = true;
        return Some(i + w.chars().count());
    }
    None
}

/// 自2021年起,利用3年时间: a start year and a count of years make the deadline.
/// 分2024、2025、2026三个年度建设34座: a total spread over the years listed is due by the last of
/// them.
fn span_of_years(cl: &Clause, i: usize, scope: &mut Scope) -> Option<usize> {
    let (chars, cx) = (cl.chars, cl.cx);
    let span_end = years_from(chars, i)
        .map(|(_, y, after)| (y, after))
        .or_else(|| spread_over_years(chars, i));
    if let Some((y, after)) = span_end {
        if y >= cx.start && cx.this_year.is_none_or(|t| y >= t) {
            scope.year = Some(y);
            scope.year_at = i;
        }
        return Some(after);
    }
    None
}

/// Fiscal years: (2023-24 至 2032-33 年度), 2022-23年度: the calendar year in which the last
/// fiscal year ends.
fn fiscal_year(cl: &Clause, i: usize, scope: &mut Scope) -> Option<usize> {
    let (chars, s, e, cx) = (cl.chars, cl.s, cl.e, cl.cx);
    if let Some((y, after)) = fiscal_span(chars, i) {
        let past = ["过去", "比", "较"]
            .iter()
            .any(|w| (i.saturating_sub(8)..i).any(|p| at(chars, p, w)));
        // 2026/27年度起的五年: the first year of a span, not its deadline.
        let from = ["起", "开始"].iter().any(|w| at(chars, after, w));
        // 2015至16年的约2700个单位: a year that qualifies a noun is no deadline (but
        // 2025-26至2034-35年度的十年期供应目标 dates the aim).
        let qualifies =
            at(chars, after, "的") && find_any(chars, after, e, &["目标", "指标"]).is_none();
        if !past && !from && !qualifies && y >= cx.start {
            // 于2015至16年,及2016至17年度,分别…: one more deadline of a list.
            let mut b = i;
            while b > s && chars[b - 1] == ',' {
                b -= 1;
            }
            let listed = b > s && matches!(chars[b - 1], '、' | '和' | '及')
                || b > s + 1 && at(chars, b - 2, "以及");
            match scope.year {
                Some(prev) if listed && y > prev => {
                    if scope.years.last() != Some(&prev) {
                        scope.years = vec![prev];
                    }
                    scope.years.push(y);
                    scope.years_at = i;
                }
                _ => scope.year_at = i,
            }
            scope.year = Some(y);
        }
        return Some(after);
    }
    None
}

/// Year phrases: scope (到2025年, 2017年,) or baseline (在2022年的基础上, 比2020年). Reads a
/// year listed after another, a deadline (2025年底前, 2024年6月底前), a year's quota (完成2025年度…)
/// and the months gone by of a year (2023年前5个月); the rest is [`year_in_clause`]'s.
fn year_phrase(
    cl: &Clause,
    i: usize,
    scope: &mut Scope,
    base_from: &mut Option<usize>,
) -> Option<usize> {
    let (chars, s, e, cx) = (cl.chars, cl.s, cl.e, cl.cx);
    if let Some((y, after)) = year_at(chars, i)
        .or_else(|| roc_year(chars, i, cx))
        .or_else(|| year_of_role(chars, i))
    {
        // A year inside a title (《2026至2030年…方案》) scopes nothing.
        if excluded(chars, i, s) {
            return Some(after);
        }
        // 到2023年和2025年, 2023年、2024年、2025年: one more deadline of a list.
        let listed = i
            .checked_sub(1)
            .filter(|c| matches!(chars.get(*c), Some('、' | '和' | '及')))
            .and_then(|c| year_before(chars, c));
        if let (Some(prev), Some(cur)) = (listed, scope.year) {
            if prev == cur && y > cur {
                if scope.years.last() != Some(&cur) {
                    scope.years = vec![cur];
                }
                scope.years.push(y);
                scope.years_at = i;
                scope.year = Some(y);
                return Some(
                    ["底前", "年底", "底", "末"]
                        .iter()
                        .find(|w| at(chars, after, w))
                        .map_or(after, |w| after + w.chars().count()),
                );
            }
        }
        // (至民国124年: the word before the era's name is the year's.)
        let era = ends_at(chars, i, "民国").unwrap_or(i);
        let before = |w: &str| ends_at(chars, era, w).is_some();
        let date = chars
            .get(after)
            .is_some_and(|c| c.is_ascii_digit() || *c == '-');
        let deadline = [
            "年底前",
            "年底",
            "年末",
            "前",
            "底前",
            "或之前",
            "以前",
            "底",
            "末",
        ]
        .iter()
        .find(|w| at(chars, after, w))
        .map(|w| after + w.chars().count())
        // 2024年6月底前, 2024年9月30日前: a deadline within the year.
        .or_else(|| date.then(|| month_deadline(chars, after)).flatten())
        .filter(|_| !(before("截至") || before("截止")) || cx.this_year.is_some_and(|t| y > t))
        // (2023年前5个月: the months gone by of the year, no deadline.)
        .filter(|_| !months_of(chars, after))
        // (吸烟率2022年<24.5%, 覆盖率2025年达到90%: a year between a name and its
        // comparator and figure dates that figure, as a leading year would.)
        .or_else(|| {
            let cued_at = |p: usize| {
                PRE_CUES.iter().any(|(w, _)| {
                    at(chars, p, w)
                        && chars
                            .get(p + w.chars().count())
                            .is_some_and(|c| c.is_ascii_digit())
                })
            };
            // (调解组织2019年规范化率达到90%: or before a short rate the figure is of.)
            let rate_cued = (after + 2..(after + 7).min(e)).any(|p| {
                ["率", "比例"]
                    .iter()
                    .any(|w| ends_at(chars, p, w).is_some())
                    && (after..p).all(|q| is_han(chars[q]))
                    && cued_at(p)
            });
            let cued = cued_at(after) || rate_cued;
            let based = ["由", "从", "比", "较", "与", "截至", "截止", "在", "于"]
                .iter()
                .any(|w| before(w));
            (cued && !based && i > s && is_han(chars[i - 1])).then_some(after)
        });
        // 预计…,完成2025年度13台…: the year's quota of a work, after its verb, dates the
        // clause as the plan's, whatever the sentence estimated before.
        let quota = at(chars, after, "度")
            && ["完成", "实施", "建成"].iter().any(|w| before(w))
            && y >= cx.start
            && cx.this_year.is_none_or(|t| y >= t);
        if quota {
            scope.past = false;
            scope.year = Some(y);
            scope.year_at = i;
            return Some(after + 1);
        }
        if let Some(end) = deadline {
            look_ahead(scope, y, cx);
            end_last_year(scope, y, cx);
            scope.year = Some(y);
            scope.year_at = ends_at(chars, i, "到")
                .or_else(|| ends_at(chars, i, "在"))
                .or_else(|| ends_at(chars, i, "于"))
                .unwrap_or(i);
            return Some(end);
        }
        // 2023年前5个月,…: the months gone by of a year report it.
        if months_of(chars, after) && cx.this_year.is_none_or(|t| y <= t) {
            scope.past = true;
            return Some(after);
        }
        return Some(year_in_clause(
            cl,
            i,
            (y, after),
            era,
            date,
            scope,
            base_from,
        ));
    }
    None
}

/// What a year that is no deadline of its own does in its clause: report the past (2020年以来,
/// 截至2022年), name the year's goals (2025年的目标), give the base (比2020年, 在2022年的基础上),
/// open a period (2021—2025年,) or date what follows it (到2025年, 展望2035年). Returns where
/// reading goes on.
fn year_in_clause(
    cl: &Clause,
    i: usize,
    (y, after): (i32, usize),
    era: usize,
    date: bool,
    scope: &mut Scope,
    base_from: &mut Option<usize>,
) -> usize {
    let (chars, s, e, cx, opening) = (cl.chars, cl.s, cl.e, cl.cx, cl.opening);
    let already_here = cl.already_here;
    let before = |w: &str| ends_at(chars, era, w).is_some();
    let until = (before("截至") || before("截止")) && cx.this_year.is_none_or(|t| y <= t);
    if at(chars, after, "以来") || until {
        // 2020年以来, 截至2022年: the sentence reports the past.
        scope.past = true;
    }
    // 2025年的目标, 2030年的主要健康指标: what follows is the year's aims.
    // (确定2025年发展目标, 2024年主要目标: the year's goals named without 的 too.)
    let names_goals = [
        "目标",
        "发展目标",
        "主要目标",
        "预期目标",
        "主要预期目标",
        "规划目标",
        "总目标",
    ]
    .iter()
    .any(|w| at(chars, after, w));
    let goal_of_year = names_goals
        || at(chars, after, "的") && find_any(chars, after, e, &["目标", "指标"]).is_some();
    // 由2005年的水平降低65%的目标: the year is the base, not the goal's.
    let based = ["由", "从", "比", "较", "与"].iter().any(|w| before(w))
        || at(chars, after, "的水平")
        || at(chars, after, "的基础");
    if goal_of_year && !before("在") && !based {
        scope.year = Some(y);
        scope.year_at = i;
        if names_goals {
            scope.year_goals = Some(y);
        }
        return after;
    }
    let base_phrase = at(chars, after, "的基础")
        || at(chars, after, "基础")
        || at(chars, after, "的水平")
        || at(chars, after, "水平");
    if (before("在") && base_phrase)
        || before("比")
        || before("基准年")
        || before("较")
        || before("与")
        || before("同")
        || ((before("由") || before("从")) && !at(chars, after, "起") && !at(chars, after, "开始"))
    {
        scope.baseline_year = Some(y);
        if (before("由") || before("从")) && at(chars, after, "的") {
            *base_from = Some(after);
        }
    } else if before("-") || date {
        // A period (2022-2025年) or a date (2022年7月22日). A period that opens the
        // clause (2021—2025年,全市… / 在2023—2027年期间) scopes it to its last year.
        if let Some(from) = span_start(chars, i, y).filter(|_| !date) {
            let opens = from == opening || ends_at(chars, from, "在").is_some();
            if opens && y >= cx.start && !at(chars, after, "以来") {
                scope.year = Some(y);
                scope.year_at = from;
            }
        }
    } else if before("到")
        // (截至2025年底 in a text of that year or without a date counts to a day: no
        // deadline.)
        || (before("至")
            && !((before("截至") || before("截止"))
                && cx.this_year.is_none_or(|t| y <= t)))
        || before("于")
        || before("在")
        || i == opening
        // 其中2023年新增80家、2024年新增100家: a year heading an item of a dated list.
        || (before("、") && scope.year.is_some())
        // 改造管网593公里(2021年完成200公里,…): a year opening a bracket that breaks a
        // total down by the work each year does.
        // (The bracket is one clause: a year after its comma opens the next share.)
        || ((before("(") || before(","))
            && ["完成", "新增", "新建", "建成", "改造", "实施"]
                .iter()
                .any(|w| at(chars, after, w)))
    {
        // 2016年年初安排的10件实事已全部完成: a year in a clause that says what is
        // already done dates the work done; it does not end the look back.
        // (至2020年各部门已开放4万项: but 已 after 至 a year says what was done by it.)
        let done_by_then = before("至") && contains_any(chars, after, e, &["已"]);
        if !already_here || before("到") || before("至") && !done_by_then {
            look_ahead(scope, y, cx);
        }
        if before("到") {
            end_last_year(scope, y, cx);
        }
        scope.year = Some(y);
        scope.year_at = ends_at(chars, i, "到")
            .or_else(|| ends_at(chars, i, "至"))
            .unwrap_or(i);
    } else if !at(chars, after, "同期")
        && !at(chars, after, "为基")
        && ((y < cx.start && scope.year.is_none())
            || [
                "展望",
                "提出",
                "目标",
                "目标是",
                "盼",
                "计划",
                "要",
                "将",
                "拟",
                "设定",
                "预定",
                "订定",
                "定下",
                // (并朝向2026年达成5.3GW至5.6GW的目标: moving toward the year of an aim.)
                "朝向",
                // (电动机车力拚2040年市售比达100%, 力争2027年…: a year right after a word
                // of striving is the year striven for.)
                "力争",
                "争取",
                "力求",
                "力拚",
                "力拼",
            ]
            .iter()
            .any(|w| before(w))
            // 我县2012年计划完成…: a year whose plan the clause states (not 计划的…, what a
            // year's plan was fulfilled by).
            || (at(chars, after, "计划") && !at(chars, after + 2, "的"))
            // 订出多项考核指标,包括2022年…: a year heading the targets a sentence lists (包含 too).
            || ((before("包括") || before("包含"))
                && contains_any(chars, s.saturating_sub(30), i, &["指标", "目标"]))
            // 设定我国2030年…: a year to come after the plan's own place.
            || (["我国", "全国", "本市", "本省", "全市", "全省"]
                .iter()
                .any(|w| before(w))
                && cx.this_year.map_or(y >= cx.start, |t| y > t))
            // (实现2030年非化石能源消费比重达到25%左右: a year to come right after 实现,
            // with the figure in its clause, is the year the aim is reached.)
            || (before("实现")
                && cx.this_year.map_or(y >= cx.start, |t| y > t)
                && (after..e).any(|p| chars[p].is_ascii_digit())))
    {
        // 展望2035年, 提出2030年, 盼2050年…: a year after a word of intent dates what
        // follows it; a past year inside a clause (全市2022年粮食产量…) makes it a report,
        // unless a deadline came first (到2030年…从原2022年发布的24%提升为28%).
        look_ahead(scope, y, cx);
        scope.year = Some(y);
        scope.year_at = i;
    }
    after
}

/// 今年, 明年, 今明两年, 年底前, 年内: counted from the year the document was issued; or the base
/// a change is measured from (与今年相比), or a part of this year gone by (今年上半年).
fn relative_year(cl: &Clause, i: usize, scope: &mut Scope) -> Option<usize> {
    let (chars, s, e, cx, already_here) = (cl.chars, cl.s, cl.e, cl.cx, cl.already_here);
    if let Some(this) = cx.this_year {
        // 今明两年: the later of the two years.
        let relative = [
            ("今明两年", 1),
            ("今年", 0),
            ("明年", 1),
            ("年底前", 0),
            ("年内", 0),
            ("本年度", 0),
        ]
        .iter()
        .find(|(w, _)| {
            // (五年内, 3年内, 去年年底前: not this year.)
            at(chars, i, w)
                && !i
                    .checked_sub(1)
                    .and_then(|p| chars.get(p))
                    .is_some_and(|c| {
                        c.is_ascii_digit()
                            || crate::numeral::chinese_digit(*c).is_some()
                            || matches!(c, '年' | '十' | '几' | '数' | '半' | '多')
                    })
        });
        if let Some((w, d)) = relative {
            let after = i + w.chars().count();
            if *w == "年内" && scope.carried_review {
                return Some(after);
            }
            // 与今年相比, 比今年: the year the figures are measured from, not their deadline.
            let base = ["与", "比", "较", "同"]
                .iter()
                .any(|b| ends_at(chars, i, b).is_some())
                || ["相比", "相较", "比较"].iter().any(|b| at(chars, after, b));
            if base {
                scope.baseline_year = Some(this + d);
                return Some(after);
            }
            // 今年上半年,全市…收入306亿元: a part of this year gone by (上半年, 前三季度,
            // 1-9月) opens a report of it, unless the sentence says it aims (力争今年上半年开工).
            let gone_by = *w == "今年"
                && !at(chars, after, "以来")
                && crate::meta::so_far(chars, i)
                && !contains_any(
                    chars,
                    s,
                    e,
                    &["力争", "争取", "确保", "将", "要", "计划", "目标", "拟"],
                );
            if gone_by {
                scope.past = true;
                return Some(after);
            }
            // …已陆续召开,市长提出,今年GDP增长目标为5%左右: this year's or next year's aims
            // end a look back an earlier clause opened (not 今年以来, nor in a clause that says
            // what is already done: 今年已完成).
            // (今年来, as Taiwan's papers shorten 今年以来, looks back too.)
            if !already_here && !at(chars, after, "以来") && !at(chars, after, "来") {
                look_ahead(scope, this + d, cx);
            }
            scope.year = Some(this + d);
            scope.year_at = i;
            return Some(after);
        }
    }
    None
}

/// “十四五”时期 / 十四五末 / 十五五期间: the plan period's last year, or a period under review.
fn five_year_period(cl: &Clause, i: usize, scope: &mut Scope) -> Option<usize> {
    let (chars, s, e, goal, cx, opening) = (cl.chars, cl.s, cl.e, cl.goal, cl.cx, cl.opening);
    if let Some((y, after)) = five_year_plan(chars, i) {
        let compared = ["较", "比", "与"].iter().any(|w| {
            ends_at(chars, i, w).is_some() || ends_at(chars, i.saturating_sub(1), w).is_some()
        });
        // “十四五”时期,…达19.1万公里 in a text of the period's last year or later: a review of
        // the period (到“十四五”末 and 十四五末 still set its deadline).
        // (2025年是“十四五”规划的决胜之年: a clause that says what the text's year is in the
        // period looks ahead to the year's work, not back on the period.)
        let characterises = year_at(chars, opening).is_some_and(|(v, at_year)| {
            cx.this_year == Some(v) && (at(chars, at_year, "是") || at(chars, at_year, ",是"))
        });
        // (2026年是“十五五”规划开局之年 / 今年是“十五五”开局之年: a clause that says which year of
        // a plan's five the year it opens with is names that year's place in the period; the
        // period's last year is no deadline of the clause or of what follows it.)
        let stage = year_at(chars, opening)
            .map(|(v, at_year)| (Some(v), at_year))
            .or_else(|| at(chars, opening, "今年").then_some((cx.this_year, opening + 2)))
            .is_some_and(|(v, at_year)| {
                (at(chars, at_year, "是") || at(chars, at_year, ",是"))
                    && v.is_none_or(|v| (y - 4..y).contains(&v))
            });
        if stage && !compared {
            return Some(after);
        }
        let ended = cx.this_year.is_some_and(|t| {
            t > y
                || (t == y
                    && ends_at(chars, i, "到").is_none()
                    && chars.get(after.saturating_sub(1)) != Some(&'末')
                    && !characterises)
        });
        // (…均提前超额完成了国家确定的“十四五”目标: a result measured against the period's
        // aims, which sets no deadline.)
        let fulfilled = (s..i).any(|p| at(chars, p, "完成"))
            && (after..(after + 3).min(e)).any(|p| at(chars, p, "目标"));
        // (In a review an earlier sentence or the title opened, “十四五”期间 without 到 names
        // the period reviewed.)
        let reviewed = scope.carried_review
            && ends_at(chars, i, "到").is_none()
            && chars.get(after.saturating_sub(1)) != Some(&'末');
        if (ended || reviewed) && !compared && !goal {
            scope.past = true;
            scope.looking_back = true;
            scope.review = true;
        } else if !compared && !fulfilled {
            look_ahead(scope, y, cx);
            scope.year = Some(y);
            scope.year_at = i;
            scope.five_year = Some(y);
        }
        return Some(after);
    }
    None
}

/// Does the clause report, pay or restate at `i` (a yes/no result and a fleet's conversion
/// keep their own deadline)? Then a target written without a figure there ([`special`]) is none.
fn reports_here(cl: &Clause, i: usize, scope: &Scope) -> bool {
    let (chars, s, cx, past, sub) = (cl.chars, cl.s, cl.cx, cl.past, cl.sub);
    let (already_here, present_lead) = (cl.already_here, cl.present_lead);
    // (Past figures and amounts are no targets in words either: 仅达百分之八点六.)
    // A yes/no result keeps its own deadline (在去年《施政报告》宣布…2050年前实现碳中和).
    let binary_here = ["碳达峰", "碳中和", "净零", "零碳", "零排放", "清零"]
        .iter()
        .any(|w| at(chars, i, w));
    // (…今年7月已突破百万公里,高雄公车2030年全面电动化: a fleet's conversion with a year to
    // come in its own clause is an aim after a report.)
    let conversion_here = at(chars, i, "电动化")
        && !already_here
        && (s..i).any(|p| {
            year_at(chars, p)
                .is_some_and(|(y, _)| y >= cx.start && cx.this_year.is_none_or(|t| y > t))
        });
    (past && !binary_here)
        || sub
        || (scope.past && !conversion_here)
        || present_lead
        || scope.elsewhere
        || scope.restated
}

/// Whether the number `n` is a quantity of an aim at all: not reported, restated, undated, an
/// ordinal, a gloss, a comparison with an average or with the plan, one in so many, one at a
/// time, a date or a number without a unit ([`figure`]), nor a count of the things just named.
fn quantity(cl: &Clause, st: &mut Items, scope: &mut Scope, n: Number) -> Option<Figure> {
    let (chars, s, e, past, sub) = (cl.chars, cl.s, cl.e, cl.past, cl.sub);
    let present_lead = cl.present_lead;
    // 预计今年可达4.7GW,可望达成2026年规划目标5.3GW: a figure the text calls the target of a
    // year stays the plan's target inside an estimate or a report.
    // (2035年总目标已由15GW上修至18.4GW: the value a target was revised to.)
    let revised = [
        "上修至",
        "上修为",
        "上调至",
        "上调为",
        "调高至",
        "调升至",
        "调整为",
        "下修至",
    ]
    .iter()
    .any(|w| ends_at(chars, n.start, w).is_some())
        && find_any(chars, s, n.start, &["目标"]).is_some();
    let called = (ends_at(chars, n.start, "目标").is_some() || revised) && scope.year.is_some();
    // (…已达40.8%,提前达成今年35%目标: an aim the clause says was met, ahead of time or
    // already, is a result, whatever year it names.)
    let met = find_any(
        chars,
        s,
        n.start,
        &["提前达成", "提前完成", "提前实现", "已达成", "超额完成"],
    )
    .is_some()
        && contains_any(chars, n.end, e, &["目标"]);
    if excluded(chars, n.start, s)
        || met
        || sub
        || ((past || scope.past) && !called)
        || scope.elsewhere
        || scope.restated
    {
        return None;
    }
    if scope.undated && scope.year.is_none() {
        return None;
    }
    if present_lead && !(scope.year.is_some() && scope.year_at > s) {
        return None;
    }
    // 第3位, 第5名: an ordinal, not a quantity.
    if ends_at(chars, n.start, "第").is_some() {
        return None;
    }
    // 6.5GW(即65亿瓦): a figure a bracket gives in other words restates the one before it.
    if glossed(chars, s, n.start) {
        return None;
    }
    // 高于全国平均水平0.3个百分点: a comparison with an average, not an aim of its own.
    if find_any(
        chars,
        s,
        n.start,
        &["平均水平", "全国平均", "全省平均", "全市平均"],
    )
    .is_some()
        && find_any(
            chars,
            s,
            n.start,
            &["高于", "低于", "高出", "低出", "超出", "领先"],
        )
        .is_some()
    {
        return None;
    }
    // 完成投资5亿元,比年度计划高20.3个百分点: a result measured against the plan, which says how
    // far the work went beyond its aim, is no aim of its own.
    if find_any(
        chars,
        s,
        n.start,
        &[
            "比计划",
            "比年度计划",
            "较计划",
            "较年度计划",
            "超计划",
            "超年度计划",
        ],
    )
    .is_some()
    {
        return None;
    }
    // (提前15至30分钟: 提前 is a lead time, not a rank.)
    let rank = ends_at(chars, n.start, "前").is_some() && ends_at(chars, n.start, "提前").is_none();
    if st.one_in.contains(&n.start) {
        return None;
    }
    // 成熟一个、开工一个,建成一个、开放一个: one at a time, the rhythm of the work, not a count.
    let one_at_a_time = n.chinese
        && n.value() == 1.0
        && at(chars, n.end, "个")
        && (n.end + 1..(n.end + 6).min(chars.len()))
            .chain(n.start.saturating_sub(5)..n.start)
            .any(|p| at(chars, p, "一个"));
    if one_at_a_time {
        return None;
    }
    let found = figure(chars, &n, e, rank)?;
    let fig = Figure {
        n,
        found,
        rank,
        called,
        pre: None,
        share_verb: None,
    };
    (!counts_named(cl, st, &fig)).then_some(fig)
}

/// Does the figure count what is already named or numbered rather than aim (甲、乙、丙四个示范区,
/// (7项), 12座(其中:…), 二期工程, 这34座, 主要指标20项, 依托现有3个园区), or is it a Chinese
/// numeral that does not count ([`chinese_ok`])? Moves reading past the figure where the
/// original reading did.
fn counts_named(cl: &Clause, st: &mut Items, fig: &Figure) -> bool {
    let (chars, s, e, opening) = (cl.chars, cl.s, cl.e, cl.opening);
    let (n, found) = (&fig.n, &fig.found);
    // (A decimal in words, 四点五%, is written as a figure wherever it stands: no word of
    // the language reads 四点五 otherwise.)
    if n.chinese
        && n.decimals == 0
        && !chinese_ok(chars, n.start, st.item_start, st.prev_kind.is_some())
    {
        return true;
    }
    // 打造甲、乙、丙、丁四个示范区, 实施A、B、C 3项工程: a count equal to the number of the
    // items just named counts them; it sets no target.
    {
        let from = (s..n.start)
            .rev()
            .find(|p| chars[*p].is_ascii_digit() || matches!(chars[*p], ',' | ';' | ':' | '('))
            .map_or(s, |p| p + 1);
        let listed = (from..n.start).filter(|p| chars[*p] == '、').count();
        let counts = ["个", "项", "条", "类", "件", "种", "大"].contains(&found.unit.as_str());
        // (废钢铁、废铜、废铝等9种主要再生资源循环利用量达到4.5亿吨: after 等, the count
        // sums up the list in the subject of a later figure.)
        let sums_subject = ends_at(chars, n.start, "等").is_some()
            && n.value() >= (listed + 1) as f64
            && subject_count(chars, found.end, e, true);
        if listed >= 2
            && counts
            && (n.value() == (listed + 1) as f64 && ends_at(chars, n.start, "等").is_none()
                || sums_subject)
        {
            st.i = found.end;
            return true;
        }
    }
    // 一、优化公共服务方面(7项): a count alone in brackets counts the items of the list.
    if n.start > 0
        && chars[n.start - 1] == '('
        && chars.get(found.end) == Some(&')')
        && ["项", "件", "个", "类"].contains(&found.unit.as_str())
    {
        st.i = found.end;
        return true;
    }
    // 危桥改造12座(其中:1座四五类危桥、11座宽路窄桥): the parts of a count in brackets.
    if in_breakdown(chars, s, n.start) {
        st.i = found.end;
        return true;
    }
    // 本次核定的3期减量行动方案, 二期工程: the number of a phase names it (第3期), it counts
    // nothing; so does one after the name of a line or a works (地铁8号线二期).
    if found.unit == "期"
        && (chars.get(found.end).is_some_and(|c| {
            !c.is_ascii_punctuation()
                && !matches!(c, '。' | '、' | '以' | '左' | '及' | '和' | '\n')
        }) || ["号线", "线", "工程", "项目", "园区"]
            .iter()
            .any(|w| ends_at(chars, n.start, w).is_some()))
    {
        return true;
    }
    st.i = found.end;
    // 将这34座场站划分为5类: a count after 这 or 上述 points back to things already counted.
    if ["这", "上述"]
        .iter()
        .any(|w| ends_at(chars, n.start, w).is_some())
    {
        return true;
    }
    // 部署了重点任务84项, 主要指标20项: a count of the plan's own items after their name,
    // as 84项重点任务 before it.
    // (永续指标由148项增至170项, 永续计画由145项增至162项: or after the base such a count,
    // of the plan's indicators or of its programmes, rises from.)
    let own_items = |p: usize| {
        ["任务", "举措", "措施", "指标", "行动"]
            .iter()
            .any(|w| ends_at(chars, p, w).is_some())
    };
    let from_base = (n.start.saturating_sub(12).max(s)..n.start)
        .rev()
        .find(|p| matches!(chars[*p], '由' | '从'))
        .is_some_and(|p| {
            (own_items(p)
                || ["计划", "计画"]
                    .iter()
                    .any(|w| ends_at(chars, p, w).is_some()))
                && chars.get(p + 1).is_some_and(|c| c.is_ascii_digit())
                && pre_cue(chars, n.start).is_some()
        });
    if matches!(found.unit.as_str(), "项" | "条") && (own_items(n.start) || from_base) {
        return true;
    }
    // 结合…以及8个景区等, 依托现有3个园区: what the work draws on is there already.
    if ["结合", "依托"].iter().any(|w| at(chars, opening, w)) && pre_cue(chars, n.start).is_none()
    {
        return true;
    }
    false
}

/// Reads the comparator word before the figure, and whether the figure is a base value: the
/// value a change starts from (由2020年的2.4%提高到3%, 目前的23.04%, every value of a base year
/// listed) or the value a year gone by reached (由2012年的18%,降至2023年的14.4%).
fn base_value(cl: &Clause, st: &mut Items, scope: &mut Scope, fig: &mut Figure) -> bool {
    let (chars, s, cx) = (cl.chars, cl.s, cl.cx);
    let (n, found) = (&fig.n, &fig.found);
    // Comparator.
    let pre = pre_cue(chars, n.start).or_else(|| {
        // 达到前 → rank; 在 between cue and figure (控制在 is a cue itself).
        ends_at(chars, n.start, "在").and_then(|p| pre_cue(chars, p))
    });
    fig.pre = pre;
    // 由2020年的2.4%提高到3%, 从目前的23.04%提高到24.1%: the first figure is the base.
    // 从目前的23.04%再提高1个百分点: the figure after 目前 is where the plan starts from.
    let current = ["目前的", "目前", "现有的", "现有", "当前的", "当前"]
        .iter()
        .any(|w| ends_at(chars, n.start, w).is_some())
        // (相对于目前的人均1.46平方米: the present set against the aim.)
        || contains_any(
            chars,
            n.start.saturating_sub(10).max(s),
            n.start,
            &["相对于目前", "相较于目前", "相比目前", "比目前", "较目前"],
        );
    // (由2022年的3.2亿元及379.6亿元,到2028年维持增长: every value of the base year listed
    // before the change is a base, whether or not a figure states the aim.)
    let of_base_year = st.base_from.is_some_and(|p| {
        p <= n.start
            && find_any(
                chars,
                p,
                n.start,
                &[
                    "到", "至", "为", "下降", "降低", "提高", "提升", "增长", "增加", "减少",
                ],
            )
            .is_none()
    });
    // (由2012年的18%,降至2023年的14.4%: the value a year gone by reached, after a change
    // verb; an aim names its year as a deadline, 到2027年降至13.5%.)
    let year_reached = ends_at(chars, n.start, "年的").is_some_and(|p| {
        year_before(chars, p + 1).is_some_and(|y| {
            // (Without a date, a year before the text's last deadline.)
            cx.this_year.map_or(y < cx.end, |t| y <= t)
                && [
                    "降至",
                    "降到",
                    "下降到",
                    "提高到",
                    "提升至",
                    "提高至",
                    "增长到",
                    "增至",
                ]
                .iter()
                .any(|w| (p.saturating_sub(8)..p).any(|q| at(chars, q, w)))
        })
    });
    if year_reached {
        return true;
    }
    if current || of_base_year || is_base_value(chars, st.item_start, n.start, found.end) {
        scope.baseline_value = Some(found.value);
        return true;
    }
    false
}

/// Does the figure name what a later figure of the clause aims at rather than aim itself: the
/// items counted (等7项工作), places (在12个区), a standard in brackets, a subject or a share of
/// subjects (约600个黑点…, 60%以上的城市…), a denominator (10万人口死亡率), a threshold (10亿元以上
/// 企业); or a comparison (比40%更高), a reason (因为), a fact stated by a copula, what a project
/// would yield (可提供)?
fn condition(cl: &Clause, st: &mut Items, scope: &mut Scope, fig: &mut Figure) -> bool {
    let (chars, s, e, cx) = (cl.chars, cl.s, cl.e, cl.cx);
    let (n, found, pre) = (&fig.n, &fig.found, fig.pre);
    // 做好河道采砂、水质安全、河湖健康评价等7项工作: a count of items after 等 closing a list
    // that names them counts what was named, not an aim.
    // (选取工业、农业、商贸…等12个行业和领域: any count of fields that numbers the fields
    // named; not things to build, 汽模配、纺织服装…等5个百亿级产业集群.)
    let named_items = pre.is_none()
        && ends_at(chars, n.start, "等").is_some_and(|p| {
            let listed = (s..p)
                .rev()
                .take_while(|q| !matches!(chars.get(*q), Some(',' | ';' | ':' | '。')))
                .filter(|q| chars.get(*q) == Some(&'、'))
                .count();
            (found.unit == "项"
                && (p.saturating_sub(40).max(s)..p).any(|q| chars.get(q) == Some(&'、')))
                || (listed >= 2
                    && found.value == (listed + 1) as f64
                    && ["领域", "方面", "行业", "板块", "类"]
                        .iter()
                        .any(|w| at(chars, found.end, w)))
        });
    if named_items {
        return true;
    }
    // 确定在12个区建设停车场22处: the count of places where the work is done, after 在.
    // (在甲乡、乙乡、丙乡等11个乡镇: after the places named too.)
    let places_named = ends_at(chars, n.start, "等").is_some_and(|p| {
        (p.saturating_sub(30).max(s)..p)
            .rev()
            .take_while(|q| !chars[*q].is_ascii_digit())
            .any(|q| at(chars, q, "在"))
    });
    if pre.is_none()
        && (ends_at(chars, n.start, "在").is_some() || places_named)
        && found.unit == "个"
        && chars
            .get(found.end)
            .is_some_and(|c| matches!(c, '区' | '县' | '市' | '镇' | '乡' | '村' | '省'))
    {
        return true;
    }
    // 明确场地面积(不低于150㎡)、年活动频次(不少于20场): a bound in brackets after a
    // noun states a standard the thing must meet, not an aim of the plan.
    let bound = pre
        .filter(|(_, w, _)| BOUNDS.contains(w))
        .map(|(p, _, _)| p);
    if bracketed_standard(chars, s, n.start, bound, found.post.is_some(), found.end) {
        return true;
    }
    // 约600个环境卫生黑点于2023年底前消除至少75%: a count that opens the clause and names
    // its subject, with the aim stated by a later figure of the clause.
    if found.post.is_none()
        && matches!(pre, None | Some((_, "约" | "大约", _)))
        && opens_clause(chars, pre.map(|p| p.0).unwrap_or(n.start), s, e)
        && subject_count(chars, found.end, e, true)
        && !(found.unit == "%" && share_reaches(chars, found.end, e).is_some())
    {
        return true;
    }
    // 实现区属27家社区卫生服务中心“云药房”建设全覆盖: a count that names the subjects the
    // coverage the clause aims at reaches; the coverage is the aim.
    if found.post.is_none()
        && pre.is_none()
        && found.unit != "%"
        && chars
            .get(found.end)
            .is_some_and(|c| !c.is_ascii() && c.is_alphabetic())
        && (found.end..e).any(|p| at(chars, p, "全覆盖"))
        && !(found.end..e).any(|p| chars[p] == '、' || chars[p].is_ascii_digit())
    {
        return true;
    }
    // 工矿商贸企业10万人事故死亡率下降25%, 10万人口死亡率: a count right before the name of a
    // rate is its denominator (per 100,000 people), part of the name; a later figure of the
    // clause states the aim.
    if found.post.is_none() && pre.is_none() && found.unit != "%" {
        let mut q = found.end;
        while q < e
            && q < found.end + 14
            && chars[q] != '率'
            && !chars[q].is_ascii_digit()
            && !matches!(chars[q], ',' | '、' | '。' | ';' | '(' | ')')
        {
            q += 1;
        }
        if q < e
            && chars[q] == '率'
            && (q + 1..e).any(|p| scan(chars, p).is_some_and(|m| m.start == p))
        {
            return true;
        }
    }
    // 营业收入超10亿元企业达到50家, 10亿元以上企业50家: a threshold that names what a
    // later figure of the clause counts.
    // (GDP过500亿元县市区达到25个: 过 before an amount of money, too.)
    let threshold = matches!(pre, Some((_, "超" | "超过" | "逾", _)))
        || matches!(found.post, Some(("以上" | "及以上", _)))
        || (found.unit.contains('元')
            && ends_at(chars, n.start, "过").is_some_and(|p| {
                !matches!(
                    p.checked_sub(1).and_then(|q| chars.get(q)),
                    Some('通' | '经' | '不' | '超' | '越')
                )
            }));
    // 60%以上的城市绿色出行比例达到70%以上: a share of the subjects is the aim, and the
    // later figure says what each of them must reach.
    // (90%以上的社区建设1所儿童之家: so does the one each of them is to have.)
    let share_of_subjects = found.unit == "%" && chars.get(found.end) == Some(&'的');
    // (80%的建制村通沥青路, 90%的县达到“基本型”: but a share of the subjects that are to
    // reach a state, when no later figure says what each reaches, is the aim, named by them.)
    let share_verb = if share_of_subjects {
        share_reaches(chars, found.end, e)
    } else {
        None
    };
    fig.share_verb = share_verb;
    let one_each = subject_count(chars, found.end, e, false)
        && (found.end + 2..e).any(|p| {
            scan(chars, p).is_some_and(|m| {
                m.start == p
                    && m.value() == 1.0
                    && unit_at(chars, m.end).is_some_and(|(u, _)| u != "%")
            })
        });
    // (70%的建制村有1座…: the one each has is the state the share reaches, no figure.)
    let has_one = share_verb.is_some_and(|p| at(chars, p, "有1"));
    if has_one
        || share_of_subjects
            && share_verb.is_none()
            && (subject_count(chars, found.end, e, true) || one_each)
    {
        st.condition_from = Some(found.end);
    } else if threshold
        && !matches!(chars.get(found.end), Some('左' | '或' | '以' | '至' | '到'))
        // (实现全市行政村、20户以上自然村…终端100%覆盖: a threshold naming one of the places
        // a list counts, after 、, needs no cue on the later figure.)
        && subject_count(
            chars,
            found.end,
            e,
            !found.unit.contains('元')
                && (found.unit == "%" || ends_at(chars, n.start, "、").is_none()),
        )
    {
        return true;
    }
    if st.condition_from.is_some_and(|p| n.start >= p) {
        return true;
    }
    // …会比40%来讲更为积极, 比30%更高: a figure between 比 and a comparison is what something
    // else is set against (not 占比, 收入比缩小到1.95, nor a ratio, 3比1).
    let compared = pre.is_none()
        && ends_at(chars, n.start, "比").is_some_and(|p| {
            !p.checked_sub(1)
                .and_then(|q| chars.get(q))
                .is_some_and(|c| c.is_ascii_digit() || "占环同对配类正反之相无".contains(*c))
        })
        && ["来讲", "来说", "而言", "更", "还", "高", "低", "多", "少"]
            .iter()
            .any(|w| at(chars, found.end, w));
    // 因为全市75%以上排放量都是…: a reason given states a fact, not an aim.
    let reason = contains_any(chars, s, n.start, &["因为"]);
    if compared || reason {
        return true;
    }
    // 2024年,全市失业率为2.4%: a copula with a year not to come states a fact, unless the
    // clause says it is an aim (目标为, 力争, 计划) or is an item of a list the sentence said
    // states goals (主要预期目标包括,GDP增速为4.5%至5%).
    let copula = ends_at(chars, pre.map(|p| p.0).unwrap_or(n.start), "为").is_some()
        && !scope.goal_said
        && !contains_any(
            chars,
            s,
            n.start,
            &["目标", "力争", "争取", "确保", "计划", "预期", "要", "将"],
        );
    if copula
        && cx
            .this_year
            .is_some_and(|t| scope.year.is_some_and(|y| y <= t) && !scope.aspirational)
    {
        return true;
    }
    // 建成后年产值可达30亿元, 该地盘可提供约200个单位: what a project would yield, not an aim.
    let can = |p: usize| {
        ends_at(chars, p, "可").is_some()
            || ["提供", "兴建", "建", "容纳", "供应", "安置"]
                .iter()
                .any(|v| ends_at(chars, p, v).is_some_and(|q| ends_at(chars, q, "可").is_some()))
    };
    if pre.is_some_and(|p| can(p.0))
        || (pre.is_none() && can(n.start))
        || contains_any(
            chars,
            s,
            n.start,
            &["建成后", "投产后", "达产后", "建成投产后"],
        )
    {
        return true;
    }
    false
}

/// The figure's name (the words before its comparator, back to the item's start) and its
/// comparator: the cue words before and after it, the last cue of a list, a rank, and a
/// lower-is-better level reached, which is a ceiling (PM2.5年均浓度达到40微克/立方米).
fn name_and_comparator(
    cl: &Clause,
    st: &mut Items,
    fig: &Figure,
) -> (Name, Vec<String>, Comparator) {
    let chars = cl.chars;
    let (n, found, rank, pre) = (&fig.n, &fig.found, fig.rank, fig.pre);
    let name_end = pre.map(|p| p.0).unwrap_or(n.start);
    let name_start = strip_front(chars, st.item_start, name_end);
    let name_empty = name_start >= strip_back(chars, name_start, name_end);
    let mut cues: Vec<String> = Vec::new();
    let mut cmp = match (pre, found.post) {
        // (突破100公里以上: 突破 says the figure is reached, 以上 bounds it and includes it.)
        (Some((_, "突破", Comparator::Gt)), Some((_, Comparator::Ge))) => Comparator::Ge,
        (Some((_, _, Comparator::Gt)), Some((_, Comparator::Ge))) => Comparator::Gt,
        (_, Some((_, c))) => c,
        (Some((_, _, c)), None) => c,
        (None, None) => match st.last_cue {
            Some((_, c)) if name_empty => c,
            // 约 heading a list governs the list (绿能约30%、燃煤20%).
            Some((_, Comparator::Approx)) if ends_at(chars, st.item_start, "、").is_some() => {
                Comparator::Approx
            }
            _ => Comparator::Ge,
        },
    };
    if let Some((_, w, c)) = pre {
        cues.push(w.to_string());
        st.last_cue = Some((w, c));
    }
    if let Some((w, _)) = found.post {
        cues.push(w.to_string());
    }
    if rank {
        cmp = Comparator::Le;
        cues.push("前".into());
    }
    // A lower-is-better level reached (PM2.5年均浓度达到40微克/立方米) or written bare
    // (排放系数0.319) is a ceiling; a stated floor (不低于, 以上) stays one.
    let reached =
        matches!(pre.map(|p| p.1), None | Some("达到" | "达" | "达至")) && found.post.is_none();
    if reached && cmp == Comparator::Ge && !rank {
        let (a, b) = core_name(chars, name_start, strip_back(chars, name_start, name_end));
        // (So is a level in micrograms a cubic metre, an air pollutant's: PM2.5年均值18 μg/m3.)
        let lower = LOWER_IS_BETTER
            .iter()
            .any(|w| ends_at(chars, b, w).is_some_and(|p| p >= a))
            || crate::lexicon::is_air_unit(&found.unit);
        let change = REDUCTION
            .iter()
            .chain(GROWTH)
            .any(|g| ends_at(chars, n.start, g).is_some() || ends_at(chars, name_end, g).is_some());
        if lower && !change {
            cmp = Comparator::Le;
            cues.push("lower-is-better".into());
        }
    }
    let name = Name {
        name_start,
        name_end,
        name_empty,
    };
    (name, cues, cmp)
}

/// Is the figure yearly? 每年, 全年 (stripped from the name) make it so; the 年 of a year
/// (2025年全市) does not.
fn annual(cl: &Clause, fig: &Figure, name: Name) -> bool {
    let (chars, s) = (cl.chars, cl.s);
    let n = &fig.n;
    let name_start = name.name_start;
    // 每年, 全年 (stripped from the name) make it yearly; the 年 of a year (2025年全市) does not.
    // (2025年培育, 2023年度: the 年 of a year, not 每年.)
    (s..n.start).any(|p| {
        ANNUAL.iter().any(|w| at(chars, p, w))
            && !p
                .checked_sub(1)
                .and_then(|q| chars.get(q))
                // (三个年度: a count of years, over which a total is spread.)
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, '-' | '/' | '个'))
    }) || ends_at(chars, name_start, "年").is_some()
        && !name_start
            .checked_sub(2)
            .and_then(|p| chars.get(p))
            .is_some_and(|c| c.is_ascii_digit())
}

/// Does a verb of making or doing lead the figure (新建…30所, 为4000名老年人提供…, 建(改)成口袋公园
/// 30个, 20个老旧小区改造, 数量为500个), or a change right before it (增长6%)?
fn verb_of_work(cl: &Clause, st: &Items, fig: &Figure) -> bool {
    let (chars, s, e) = (cl.chars, cl.s, cl.e);
    let (n, found) = (&fig.n, &fig.found);
    // A change right before the figure, up or down (增长6%, 排放总量下降8%).
    // 为4000名老年人提供家庭照护床位服务, 对1000户家庭安装智能水表, 为200万中小学生开展测评:
    // the people or homes a piece of work serves, counted before the verb of doing.
    let served = {
        let a = lead(chars, st.item_start, n.start);
        let a = if at(chars, a, "全") { a + 2 } else { a };
        // (…维护项目将对各乡镇老化破损闸门467处进行维修: after the project's name and 将.)
        let a = (a..n.start)
            .rev()
            .find(|p| at(chars, *p, "将对"))
            .map_or(a, |p| p + 1);
        (at(chars, a, "为") || at(chars, a, "对"))
            && a < n.start
            && n.start - a <= 12
            && (found.end..e).any(|p| {
                DOING_VERBS
                    .iter()
                    .chain(["开展", "实施", "进行", "发放"].iter())
                    .any(|w| at(chars, p, w))
            })
    };
    // 建(改)成口袋公园30个: a verb written with its alternative in brackets.
    let bracketed = (st.item_start + 1..n.start).any(|p| {
        chars[p] == '('
            && (p + 2..(p + 5).min(n.start)).any(|q| {
                chars[q] == ')'
                    && chars.get(q + 1).is_some_and(|c| {
                        let w: String = [chars[p - 1], *c].iter().collect();
                        TARGET_VERBS.contains(&w.as_str()) || DOING_VERBS.contains(&w.as_str())
                    })
            })
    });
    // 确保甲路、乙路等15条道路开工建设, 20个老旧小区改造: a count that opens its clause or
    // follows 等 after named items, then its noun and the verb of doing that ends the clause.
    let verb_after = {
        // (Or after a short name of where: 农村公路90座三类桥梁加固维修.)
        let a = lead(chars, st.item_start, n.start);
        let opens = a == n.start
            || ends_at(chars, n.start, "等").is_some()
            || (n.start - a <= 4
                && (a..n.start).all(|p| !chars[p].is_ascii() && chars[p].is_alphabetic())
                && find_any(chars, a, n.start, TARGET_VERBS).is_none()
                && find_any(chars, a, n.start, DOING_VERBS).is_none());
        let words = DOING_VERBS
            .iter()
            .chain(TARGET_VERBS.iter())
            .chain(["投入使用", "投用", "交付使用"].iter());
        let doing = (found.end..e.min(found.end + 10))
            .take_while(|p| !chars[*p].is_ascii_digit() && !matches!(chars[*p], ',' | ';'))
            .find_map(|p| {
                words
                    .clone()
                    .find(|w| at(chars, p, w))
                    .map(|w| (p, p + w.chars().count()))
            });
        opens
            && found.post.is_none()
            && !found.unit.contains('元')
            && found.unit != "%"
            // (The verb ends the clause, with at most a word more: 开工建设, 建成通车.)
            && doing.is_some_and(|(p, q)| {
                let mut end = e;
                while end > q && chars[end - 1].is_whitespace() {
                    end -= 1;
                }
                // (A bracket of parts may close the clause: 加固维修(其中:…).)
                if end > q && chars[end - 1] == ')' {
                    if let Some(o) = (q..end).rev().find(|r| chars[*r] == '(') {
                        end = o;
                    }
                }
                // (推进甲、乙等5个电源项目建设: counts of projects pushed forward are not
                // the plan's units.)
                p > found.end
                    && end <= q + 2
                    && !(found.end..p).any(|r| at(chars, r, "项目") || at(chars, r, "工程"))
            })
    };
    // (要去实施城市更新项目,数量为500个: the count of what the clause before does.)
    let numbered = {
        let a = lead(chars, st.item_start, n.start);
        let named = ["数量为", "数量达", "数量达到"]
            .iter()
            .any(|w| at(chars, a, w) && a + w.chars().count() == n.start);
        let mut from = s.saturating_sub(1);
        while from > 0
            && s - from < 40
            && !matches!(chars[from - 1], '。' | '!' | '?' | ';' | ':' | '\n')
        {
            from -= 1;
        }
        named
            && (find_any(chars, from, s, TARGET_VERBS).is_some()
                || find_any(chars, from, s, DOING_VERBS).is_some())
    };
    served
        || bracketed
        || verb_after
        || numbered
        || find_any(chars, st.item_start, n.start, TARGET_VERBS).is_some()
        // (设置了6个专栏: the perfective reports what is done.)
        || (st.item_start..n.start).any(|p| {
            DOING_VERBS.iter().any(|w| {
                at(chars, p, w) && chars.get(p + w.chars().count()) != Some(&'了')
            })
        })
        || GROWTH
            .iter()
            .chain(REDUCTION)
            .any(|g| ends_at(chars, n.start, g).is_some())
}

/// Is the figure part of the plan's own frame: a threshold inside a name (年营业收入超100亿元的
/// 集群), the count of what the plan puts forward (提出5项), of its boxes (5个项目专栏) or of the
/// items a colon opens (40项重点工作:)?
fn frames_the_plan(cl: &Clause, fig: &Figure) -> bool {
    let (chars, s, e) = (cl.chars, cl.s, cl.e);
    let (n, found, pre, share_verb) = (&fig.n, &fig.found, fig.pre, fig.share_verb);
    // A threshold inside a name (年营业收入超100亿元的集群): not a target itself; but
    // 降低65%至70%的减碳目标 is one.
    // (完成165万亩的池塘改造任务: so is the quota of a task to finish.)
    let goal_after = find_any(chars, found.end, (found.end + 8).min(e), &["目标"]).is_some()
        || (ends_at(chars, n.start, "完成").is_some()
            && find_any(chars, found.end, (found.end + 16).min(e), &["任务"]).is_some());
    // (不低于35%的行政村…得到治理: a share with its comparator before it that opens the
    // clause names the subjects, as 35%以上的行政村 does.)
    let share_opens = found.unit == "%"
        && pre.is_some_and(|(p, _, c)| {
            matches!(c, Comparator::Ge | Comparator::Gt) && opens_clause(chars, p, s, e)
        });
    if chars.get(found.end) == Some(&'的')
        && !goal_after
        && share_verb.is_none()
        && !share_opens
        && (found.post.is_none() || found.unit.contains('元'))
    {
        return true;
    }
    // 提出5项发展目标, 提出24条重点举措: the count of what a plan puts forward is its own
    // framework, no target.
    if matches!(found.unit.as_str(), "项" | "条")
        && PUTS_FORWARD
            .iter()
            .any(|w| ends_at(chars, n.start, w).is_some())
    {
        return true;
    }
    // 《规划》设置了5个项目专栏: the count of a plan's boxes (专栏) is its own framework.
    let boxes = (found.end..(found.end + 6).min(e))
        .take_while(|p| is_han(chars[*p]))
        .any(|p| at(chars, p, "专栏"));
    if found.unit == "个" && boxes {
        return true;
    }
    // (着力抓好40项重点工作:, 实施以下6项任务: the count of the items a colon opens is the
    // list's own framework, no target.)
    if matches!(found.unit.as_str(), "项" | "条" | "件") && counts_listed(chars, found.end) {
        return true;
    }
    false
}

/// Is the figure an age or a duration without a comparator, money budgeted, spent or paid, a
/// bound on money or on a size that says which things are meant, a radius of service, a norm
/// (不宜低于), a count found too small (仅7辆), a price, or who qualifies for a measure?
fn duration_or_money(cl: &Clause, st: &Items, fig: &Figure) -> bool {
    let (chars, s, e, opening) = (cl.chars, cl.s, cl.e, cl.opening);
    let (n, found, pre) = (&fig.n, &fig.found, fig.pre);
    // Ages and durations (5岁, 3天, 2小时, 5个工作日) are figures only with a comparator word
    // before them (人均预期寿命达到80岁, 压缩至5个工作日); durations also with one after
    // (优良天数300天以上), ages not (5岁以下儿童).
    let duration = matches!(
        found.unit.as_str(),
        "天" | "小时" | "分钟" | "毫秒" | "个工作日" | "工作日"
    );
    // 人均预期寿命提高2岁, 延长1岁: a gain in years of life is an aim.
    let gained = found.unit == "岁"
        && ["提高", "增加", "延长", "提升", "增长", "增"]
            .iter()
            .any(|w| ends_at(chars, n.start, w).is_some());
    // 预警信息提前15至30分钟发出: a warning's lead time is an aim.
    let ahead = duration && ends_at(chars, n.start, "提前").is_some();
    // (新增2至3岁幼儿普惠托位100个: an age before a noun says who is meant.)
    let qualifies = found.unit == "岁"
        && chars.get(found.end).is_some_and(|c| {
            !c.is_ascii()
                && c.is_alphabetic()
                && !matches!(c, '以' | '左' | '及' | '和' | '或' | '的' | '目')
        });
    if qualifies && (!gained || ends_at(chars, n.start, "新增").is_some()) {
        return true;
    }
    // (听全文约21分钟: minutes after 约 tell how long something takes, not an aim.)
    if found.unit == "分钟" && matches!(pre, Some((_, _, Comparator::Approx))) {
        return true;
    }
    if (found.unit == "岁" || duration)
        && pre.is_none()
        && !gained
        && !ahead
        && (!duration || found.post.is_none())
    {
        return true;
    }
    if found.unit.contains('元') && contains_any(chars, s, e, BUDGET_WORDS) {
        return true;
    }
    // 控管投资2亿元以上投资案件: an amount with 以上 right before a noun bounds what the
    // noun counts; it is a threshold, no target.
    // (过千亿元城市: so does an amount after 过 right before a noun.)
    if found.unit.contains('元')
        && (matches!(found.post, Some(("以上" | "以下", _)))
            || (found.post.is_none() && ends_at(chars, n.start, "过").is_some()))
        && chars.get(found.end).is_some_and(|c| {
            !c.is_ascii() && c.is_alphabetic() && !matches!(c, '的' | '和' | '或' | '及')
        })
    {
        return true;
    }
    // 服务人口1000人以上的水源地: a size after the attribute it bounds, then 的 and the noun,
    // says which of them are meant.
    let bounds = matches!(found.post, Some(("以上" | "以下", _)))
        && chars.get(found.end) == Some(&'的')
        && ["人口", "规模", "面积", "产值", "营收", "容量"]
            .iter()
            .any(|w| ends_at(chars, n.start, w).is_some());
    if bounds {
        return true;
    }
    // 投资1.63亿元完成74个村电网升级改造: the money a piece of work costs, before the work.
    let spent = ["投资", "投入", "斥资", "安排"]
        .iter()
        .any(|w| ends_at(chars, n.start, w).is_some())
        && [
            "完成", "建成", "新建", "实施", "改造", "建设", "用于", "打造", "新增", "开展",
        ]
        .iter()
        .any(|w| at(chars, found.end, w));
    if found.unit.contains('元') && spent {
        return true;
    }
    // 投资约4.2亿元,谋划实施…: a clause of nothing but the money, before the work it pays for.
    let paid = found.unit.contains('元')
        && matches!(chars.get(found.end), Some(',' | ';'))
        && ["投资", "投入", "斥资"].iter().any(|w| {
            let a = opening;
            at(chars, a, w)
                && ["", "约", "近", "共", "总计"].iter().any(|m| {
                    a + w.chars().count() + m.chars().count() == n.start
                        && at(chars, a + w.chars().count(), m)
                })
        });
    if paid {
        return true;
    }
    // 完成保障性住房投资400亿元以上: the spending a piece of work is to complete, not its aim.
    // (力争完成投资2440亿元, 完成固定资产投资800亿元: the year's investment itself, named by
    // no piece of work, is an aim of the economy.)
    let item_lead = lead(chars, st.item_start, n.start);
    let whole_investment = ["完成投资", "完成固定资产投资", "完成全社会固定资产投资"]
        .iter()
        .any(|w| at(chars, item_lead, w) && item_lead + w.chars().count() == n.start);
    let completes_spending = found.unit.contains('元')
        && ["投资", "投入"]
            .iter()
            .any(|w| ends_at(chars, n.start, w).is_some())
        && at(chars, item_lead, "完成")
        && !whole_investment;
    if completes_spending {
        return true;
    }
    // 满足城市居民2公里以内采购需求, 服务半径3公里以内: how far people are from a service is
    // the radius it is planned at, a standard.
    let radius = matches!(found.unit.as_str(), "公里" | "千米" | "米" | "km")
        && matches!(found.post, Some(("以内" | "内", _)))
        && (["居民", "市民", "村民", "群众"]
            .iter()
            .any(|w| ends_at(chars, n.start, w).is_some())
            || contains_any(chars, n.start.saturating_sub(8).max(s), n.start, &["半径"]));
    if radius {
        return true;
    }
    // 人行道所占比例不宜低于30%: a bound a design should keep is a norm, not an aim.
    if pre.is_some_and(|p| {
        ["不宜", "不应", "宜"]
            .iter()
            .any(|w| ends_at(chars, p.0, w).is_some())
    }) {
        return true;
    }
    // 每个行政村(500人以上)建设1个网点: a bound in brackets right after a noun says which of
    // them are meant.
    if matches!(found.post, Some(("以上" | "以下" | "及以上" | "及以下", _)))
        && n.start > 0
        && chars[n.start - 1] == '('
        && chars.get(found.end) == Some(&')')
    {
        return true;
    }
    // 电动车仅7辆, 只有3家: a count the text finds too small now, not an aim.
    if ["仅", "仅有", "只有"]
        .iter()
        .any(|w| ends_at(chars, n.start, w).is_some())
    {
        return true;
    }
    if found.unit.contains('元')
        && contains_any(chars, s, e, PRICE_WORDS)
        && !contains_any(
            chars,
            s,
            e,
            &["降低", "减少", "节约", "节省", "减轻", "下降"],
        )
    {
        return true;
    }
    // 对研发投入超过500万元且增长20%以上的企业,…给予奖励: who qualifies for a measure.
    if eligibility(chars, s, n.end, e) {
        return true;
    }
    false
}

/// Is the figure a count of the plan's own items: a total said again (合计), its categories,
/// practical projects, indicators and tasks, the projects it pushes forward, its documents, a
/// working group's members, its meetings and inspections?
fn counts_own_items(cl: &Clause, scope: &mut Scope, fig: &Figure, name: Name) -> bool {
    let (chars, s, e, opening) = (cl.chars, cl.s, cl.e, cl.opening);
    let (n, found) = (&fig.n, &fig.found);
    let (name_start, name_end) = (name.name_start, name.name_end);
    // 新增城镇就业5000人,农村劳动力转移就业3000人,合计8000人: the total of the items the
    // sentence has drafted, said again.
    let total = ["以上合计", "合计", "共计", "总计"]
        .iter()
        .find(|w| at(chars, name_start, w))
        .is_some_and(|w| name_start + w.chars().count() >= name_end);
    if total && scope.earlier.len() >= 2 {
        return true;
    }
    // 实施12类45件民生实事, 共7大类20项, 共包括…10个方面48个项目, 项目…共57个, 有18件项目,
    // 等15项核心指标: counts of the plan's own categories, projects and indicators, not aims.
    let category = |p: usize| {
        ["大类", "个方面", "类", "方面"].iter().any(|w| {
            ends_at(chars, p, w).is_some_and(|q| {
                q > s && (chars[q - 1].is_ascii_digit() || chinese_digit(chars[q - 1]).is_some())
            })
        })
    };
    let measures = category(n.start)
        || ["大类", "类"].contains(&found.unit.as_str())
        || (found.unit == "个" && at(chars, found.end, "方面"))
        || MATTERS
            .iter()
            .chain(PRACTICAL)
            .any(|w| at(chars, found.end, w))
        // (实施民生实事项目8项, 今年要实施的12项民心工程: the count of a list of practical
        // projects, whatever the list calls them.)
        || (["件", "项"].contains(&found.unit.as_str())
            && ["实事", "实事项目", "民生项目"]
                .iter()
                .chain(PRACTICAL)
                .any(|w| ends_at(chars, n.start, w).is_some()))
        // (2016年市政府10件、\n27项实事项目: the count of matters before the count of items.)
        || (["件", "项"].contains(&found.unit.as_str())
            && chars.get(found.end) == Some(&'、')
            && (found.end + 1..(found.end + 4).min(chars.len())).any(|p| {
                scan(chars, p).is_some_and(|m| {
                    m.start == p
                        && unit_at(chars, m.end).is_some_and(|(u, k)| {
                            ["件", "项"].contains(&u)
                                && MATTERS
                                    .iter()
                                    .any(|w| at(chars, m.end + k, w))
                        })
                })
            }))
        // (今年有18件项目为多部门联合推进 describes the projects; 实施30项项目 is work to do.)
        || (ends_at(chars, n.start, "有").is_some() && at(chars, found.end, "项目"))
        || (ends_at(chars, n.start, "共").is_some()
            && contains_any(chars, s.saturating_sub(60), n.start, &["项目", "实事"]))
        // (完成两项任务: the plan's own tasks, counted; 4大策略、14项工作项目 too.)
        || [
            "指标", "核心指标", "主要指标", "重点指标", "任务", "主要任务", "重点任务", "工作项目",
        ]
            .iter()
            .any(|w| at(chars, found.end, w))
        // 从13项候选项目中选出10项: the candidates and the projects chosen by the vote.
        || (["项", "件", "个"].contains(&found.unit.as_str())
            && (at(chars, found.end, "候选")
                || (["选出", "选出了", "票选出", "确定了"]
                    .iter()
                    .any(|w| ends_at(chars, n.start, w).is_some())
                    && contains_any(chars, s.saturating_sub(60), e, &["项目", "实事", "候选"]))));
    // 全年谋划推进14个交通运输项目: the projects the plan pushes forward, counted, not what
    // they deliver; …项目,具体包括推进4条高速公路、8条干线公路建设: the kinds of those projects,
    // counted again.
    // (以及推进…重大项目129项: the count after the projects the clause opens pushing, too.)
    let pushed = ends_at(chars, n.start, "推进").is_some()
        && (found.end..(found.end + 12).min(e)).any(|p| at(chars, p, "项目"))
        || ends_at(chars, n.start, "项目").is_some()
            && (opening..(opening + 3).min(n.start)).any(|p| at(chars, p, "推进"));
    let kinds_of_projects = ["具体包括", "其中包括", "具体为"]
        .iter()
        .any(|w| at(chars, opening, w))
        && contains_any(chars, s.saturating_sub(60), s, &["项目"]);
    // 实施总投资35亿元的80项重点工程: the projects counted with their budget, not an aim.
    let budgeted = ends_at(chars, n.start, "的").is_some()
        && contains_any(chars, n.start.saturating_sub(16), n.start, &["总投资"])
        && (found.end..(found.end + 12).min(e))
            .any(|p| at(chars, p, "项目") || at(chars, p, "工程"));
    if pushed || kinds_of_projects || budgeted {
        scope.counted_projects = true;
        return true;
    }
    if measures {
        return true;
    }
    // 出台支持企业创新的政策20条, 印发配套文件5个: the plan's own documents, not an aim.
    if paperwork(chars, name_start, name_end) {
        return true;
    }
    // 成立专责小组,成员约20人: the size of a body the plan sets up to run itself.
    if found.unit == "人"
        && contains_any(chars, s, e, &["成员"])
        && ["小组", "专班", "委员会", "工作组", "领导小组"]
            .iter()
            .any(|w| contains_any(chars, s.saturating_sub(20), e, &[w]))
    {
        return true;
    }
    // 每季度召开1次推进会, 每年开展2次专项督查: meetings and inspections the plan holds itself.
    if matches!(found.unit.as_str(), "次" | "场") && contains_any(chars, s, e, MEETING_WORDS) {
        return true;
    }
    false
}

/// Does the figure state an aim, and by when? A cue word, a named target, a range, a yearly
/// figure, a stated year, a verb of making in goals, an item of a list of goals, 提出 or 新增
/// make it one; in a text without a period of its own it needs a deadline or a word of aim. The
/// year is the year of completion, the clause's, the paragraph's, this year for 力争全年, or the
/// plan's default.
fn aim(
    cl: &Clause,
    st: &Items,
    scope: &Scope,
    fig: &Figure,
    name: Name,
    annual: bool,
    verb: bool,
) -> Option<Aim> {
    let (chars, s, e, goal, cx, opening) = (cl.chars, cl.s, cl.e, cl.goal, cl.cx, cl.opening);
    let (n, found, rank, called, pre) = (&fig.n, &fig.found, fig.rank, fig.called, fig.pre);
    let (name_start, name_empty) = (name.name_start, name.name_empty);
    let has_cue = pre.is_some() || found.post.is_some() || rank;
    // 首批1万套于2024年建成: a year of completion right after the figure is its own deadline.
    let completed = completed_in(chars, found.end, e);
    let stated_year = scope.year.is_some() || scope.inherited.is_some() || completed.is_some();
    // A report of a plan introduces its targets with 提出 (纲要提出…累计降低17%); a list led
    // by a verb of making (新增…500名、…50个) states what the plan will add.
    let proposed = find_any(chars, s, n.start, &["提出"]).is_some();
    // (全市新建幼儿园30所: after a place.)
    let item_opening = lead(chars, st.item_start, n.start);
    let item_opening = if at(chars, item_opening, "全") && item_opening + 2 < n.start {
        item_opening + 2
    } else {
        item_opening
    };
    // (推出5处以上“好去处”、18个示范点; 新增400个公共(含专用)充电桩、10个示范小区;
    // …400场阅读推广活动以及1000场特色活动: a figure that opens one more item of the list,
    // right after 、 or 以及, follows a figure the clause has drafted.)
    // (计划新增森林面积5万亩, 拟新建…: after a word of intent too.)
    let item_opening = VERB_INTENT
        .iter()
        .find(|w| at(chars, item_opening, w))
        .map_or(item_opening, |w| item_opening + w.chars().count());
    let adds = ["新增", "新培育", "新建", "新认定"]
        .iter()
        .any(|w| at(chars, item_opening, w))
        || (st.prev_kind.is_some()
            && (ends_at(chars, st.item_start, "、").is_some()
                || ["、", "以及"]
                    .iter()
                    .any(|w| ends_at(chars, n.start, w).is_some())))
        // (引育3-5家头部企业和30家研发制造企业: a count right after 和 that follows a drafted
        // count and its noun is one more object of the same verb.)
        || (st.prev_kind.is_some()
            && ends_at(chars, n.start, "和").is_some()
            && n.start >= st.item_start + 3);
    // 供应目标为29.4万个单位, 将供应目标定于42万个单位: a figure the text calls its target.
    let named_target = called
        || ["目标为", "目标是", "目标定于", "目标定为", "目标定在"]
            .iter()
            .any(|w| ends_at(chars, n.start, w).is_some());
    // 开展山地鸡养殖大户10户,长毛兔养殖大户10户,特种水产养殖120亩: a clause that only names
    // one more thing and its count, after a count a verb of doing led, goes on with the verb
    // (not money or a share, which may state something else, nor a part, a status or an
    // effect of the work: 其中…, 在建101台, 带动就业2150人, 惠及…).
    let continued = scope.verb_led
        && !has_cue
        && !name_empty
        && opening == name_start
        && ![
            "其中", "在建", "带动", "拉动", "惠及", "涉及", "受益", "累计", "已",
        ]
        .iter()
        .any(|w| at(chars, name_start, w))
        && !found.unit.contains('元')
        && found.unit != "%"
        && (found.end..e).all(|p| chars[p].is_whitespace());
    if !(has_cue
        || continued
        || named_target
        || found.upper.is_some()
        || annual
        || stated_year
        || ((goal || cx.dated_plan) && verb)
        // (年内力争培育高新技术企业3家: a count a verb of making leads after 力争 is aimed at,
        // in a text whose year is known.)
        || (scope.aspirational && verb && (cx.this_year.is_some() || cx.names_year))
        // 主要预期目标是:…;失业人员再就业1万人: an item of a list the sentence said states goals.
        || scope.goal_said
        || st.prev_kind.is_some() && name_empty
        || proposed
        || adds)
    {
        return None;
    }
    // 全省粮食产量突破1200万吨 in a text without a period, a deadline or a word of aim: a
    // report of the present.
    // (A range of a count, 建设5—10处…平台, is what a plan allows; a report counts one figure.)
    let planned_range = found.upper.is_some() && !found.unit.contains('%');
    if !stated_year && !goal && !cx.dated_plan && !annual && !scope.intent && !planned_range {
        return None;
    }
    // (力争全年火电装机规模达到1700万千瓦: 全年 after a word of aim, in a clause without a
    // year, is the whole of the year the text speaks in, this year's total; in a plan that
    // states a span of years, 全年 is each of them.)
    let this_whole_year = (s..n.start)
        .any(|p| {
            at(chars, p, "全年")
                && ["力争", "确保", "争取"]
                    .iter()
                    .any(|w| ends_at(chars, p, w).is_some())
        })
        .then_some(cx.this_year)
        .flatten()
        .filter(|_| !cx.dated_plan);
    let year = completed
        .or(scope.year)
        .or(scope.inherited)
        .or(this_whole_year)
        .unwrap_or(cx.default_year);
    if year < cx.start {
        return None;
    }
    Some(Aim {
        year,
        stated_year,
        annual,
        verb,
        has_cue,
        continued,
    })
}

/// The candidate a figure makes: its flags, kind (a rank, a change in points or percent, a
/// growth rate, a multiple, a yearly floor or range, a share, a coverage, a cumulative count, a
/// level), signed value, unit, shape, rule and quote. Also returns the word of a fall read.
fn candidate(
    cl: &Clause,
    st: &Items,
    scope: &mut Scope,
    fig: &Figure,
    name: Name,
    (mut cues, mut cmp): (Vec<String>, Comparator),
    aim: &Aim,
) -> (Candidate, Option<&'static str>) {
    let (chars, opening) = (cl.chars, cl.opening);
    let (n, found, rank, pre, share_verb) = (&fig.n, &fig.found, fig.rank, fig.pre, fig.share_verb);
    let (name_start, name_end, name_empty) = (name.name_start, name.name_end, name.name_empty);
    let (year, stated_year, annual) = (aim.year, aim.stated_year, aim.annual);
    let mut flags = Vec::new();
    if !stated_year {
        flags.push(Flag::YearDefaulted);
    }
    if pre.is_none() && found.post.is_none() && !rank && !(name_empty && st.last_cue.is_some()) {
        flags.push(Flag::ComparatorAssumed);
    }
    if n.chinese {
        flags.push(Flag::ChineseNumeral);
    }
    if annual {
        cues.push("每年".into());
    }
    // Kind, unit and value.
    // 年均增长要大于7%: a modal word may stand between the growth word and the cue.
    let modal_end = if name_end > 0 && matches!(chars[name_end - 1], '要' | '应' | '将' | '须')
    {
        name_end - 1
    } else {
        name_end
    };
    let growth = GROWTH.iter().find(|g| {
        ends_at(chars, name_end, g).is_some()
            || ends_at(chars, modal_end, g).is_some()
            || ends_at(chars, n.start, g).is_some()
    });
    let reduction = REDUCTION
        .iter()
        .find(|g| ends_at(chars, name_end, g).is_some() || ends_at(chars, n.start, g).is_some())
        .copied()
        // 近视率每年降0.5%以上: 降 alone right before the figure is 下降 shortened.
        .or_else(|| ends_at(chars, n.start, "降").map(|_| "降"))
        // 填埋处置量下降幅度达10%, 降幅达5%: the size of a fall, named, is the fall.
        .or_else(|| {
            ["下降幅度", "降低幅度", "减少幅度", "降幅"]
                .iter()
                .any(|w| ends_at(chars, name_end, w).is_some())
                .then_some("下降")
        })
        // 分别降低2.5%左右、3.9%左右: a listed figure without words of its own repeats the
        // change before it.
        .or(st.prev_fall.filter(|_| name_empty && found.unit == "%"));
    let cumulative = find_any(
        chars,
        st.item_start,
        n.start,
        &["累计", "新增", "新建", "新培育", "引进", "新入选", "新选派"],
    );
    let mut value = found.value;
    let mut upper = found.upper;
    let mut unit = found.unit.clone();
    let mut shape = Shape::Carried;
    let mut direction = if matches!(cmp, Comparator::Le | Comparator::Lt) {
        Direction::Lower
    } else {
        Direction::Higher
    };
    // A change against a base: a fall is signed (see `fall`).
    // 增长20% against a stated base year (not a yearly rate) is a change, not a rate.
    // (比2020年增长: the 年 is the base year's.)
    let plain_growth = growth.is_some_and(|g| {
        let after_year = *g == "年增长"
            && [name_end, n.start].iter().any(|p| {
                p.checked_sub(4)
                    .is_some_and(|q| chars.get(q).is_some_and(|c| c.is_ascii_digit()))
            });
        (matches!(*g, "增长" | "增幅" | "提高" | "增加" | "提升") || after_year)
            && !contains_any(chars, st.item_start, n.start, &["年均", "每年"])
    });
    let kind = if rank {
        unit = "名".into();
        direction = Direction::Lower;
        Kind::Rank
    } else if unit == "个百分点" || unit == "百分点" {
        unit = "%".into();
        if reduction.is_some() {
            fall(&mut value, &mut upper);
            direction = Direction::Lower;
            if let Some(w) = reduction {
                cues.push(w.to_string());
            }
        } else {
            direction = Direction::Higher;
        }
        cues.push("百分点".into());
        Kind::PointChange
    } else if unit == "%" && reduction.is_some() {
        fall(&mut value, &mut upper);
        direction = Direction::Lower;
        if let Some(w) = reduction {
            cues.push(w.to_string());
        }
        Kind::RelativeChange
    } else if unit == "%" && plain_growth && scope.baseline_year.is_some() && !annual {
        if let Some(g) = growth {
            cues.push((*g).to_string());
        }
        direction = Direction::Higher;
        Kind::RelativeChange
    } else if unit == "倍" {
        if growth.is_some() {
            value += 1.0;
            upper = upper.map(|u| u + 1.0);
        }
        unit = String::new();
        Kind::Multiple
    } else if unit == "%" && growth.is_some() {
        if let Some(g) = growth {
            cues.push((*g).to_string());
        }
        Kind::GrowthRate
    } else if annual && found.upper.is_some() {
        Kind::AnnualRange
    } else if annual && unit != "%" {
        Kind::AnnualFloor
    } else if unit == "%" {
        if value == 100.0 && cmp == Comparator::Ge && upper.is_none() {
            Kind::Coverage
        } else {
            Kind::Share
        }
    } else if cumulative.is_some() {
        if let Some((_, w)) = cumulative {
            cues.push(w.to_string());
        }
        Kind::Cumulative
    } else {
        Kind::Level
    };
    if upper.is_some() {
        cmp = Comparator::Range;
    }
    let change = matches!(kind, Kind::RelativeChange | Kind::PointChange);
    if matches!(kind, Kind::GrowthRate | Kind::Multiple) && scope.baseline_year.is_none() {
        flags.push(Flag::BaselineUnstated);
    }
    if change {
        if scope.baseline_year.is_none() {
            flags.push(Flag::BaselineUnstated);
            shape = Shape::ChangeWithoutBase;
        } else if matches!(cmp, Comparator::Le | Comparator::Lt) {
            shape = Shape::ChangeWithCeiling;
        }
    }
    let rule = if n.chinese {
        "figure.chinese"
    } else if rank {
        "figure.rank"
    } else if change {
        "figure.change"
    } else if upper.is_some() {
        "figure.range"
    } else if growth.is_some() && kind == Kind::GrowthRate {
        "figure.growth"
    } else if annual {
        "figure.annual"
    } else {
        "figure.level"
    };
    let clause_lead = opening.min(n.start);
    let quote_start = if scope.year.is_some()
        && scope.earlier.is_empty()
        && n.start.saturating_sub(scope.year_at) <= 60
    {
        scope.year_at.min(clause_lead)
    } else if st.item_start > clause_lead && st.respectively.is_none() {
        st.item_start
    } else {
        clause_lead
    };
    let base = Candidate {
        name: match share_verb {
            Some(v) => (found.end + 1, v),
            None => (name_start, strip_back(chars, name_start, name_end)),
        },
        name_text: None,
        name_tail: None,
        value,
        upper,
        unit,
        decimals: n.decimals,
        year,
        cmp,
        aspirational: scope.aspirational,
        kind,
        direction,
        baseline_year: scope.baseline_year,
        baseline_value: scope.baseline_value.take(),
        quote: (quote_start.min(n.start), found.end),
        cues,
        rule,
        flags,
        shape,
    };
    (base, reduction)
}

/// Drafts the candidate once, or once for each subject it is shared among: the subjects of a
/// 分别 (A、B分别达到x、y) or of rates listed after a shared measure, in turn; each of the subjects
/// of 均 or 各, of places listed, of rates or measures named in full; or the earlier figures'
/// names for a leading 均. A figure without a name of its own takes the indicator the clause
/// named last, or the words after it.
fn emit(
    cl: &Clause,
    st: &mut Items,
    scope: &mut Scope,
    out: &mut Vec<Candidate>,
    fig: &Figure,
    name: Name,
    base: Candidate,
) {
    let chars = cl.chars;
    let (n, found, pre) = (&fig.n, &fig.found, fig.pre);
    let (name_start, name_end) = (name.name_start, name.name_end);
    let change = matches!(base.kind, Kind::RelativeChange | Kind::PointChange);
    // 分别: A、B分别达到x、y.
    let name_str: String = chars[name_start..name_end.max(name_start)].iter().collect();
    if let Some(p) = name_str.find("分别") {
        let p = name_start + name_str[..p].chars().count();
        // (由2021年的0.75:1分别提高到…: a base before 分别; the subject is the clause's before.)
        let based = ["由", "从"].iter().any(|w| at(chars, name_start, w));
        let subject = if p > name_start && !(based && scope.last_subject.is_some()) {
            Some((name_start, p))
        } else if scope.years.len() > 1 && scope.last_subject.is_none() {
            // 2023年、2024年、2025年分别新增上云企业1000家、…: the words after 分别 name it.
            Some((p + 2, name_end)).filter(|(a, b)| a < b)
        } else {
            scope.last_subject
        };
        if let Some((a, b)) = subject {
            let mut items = split_subject(chars, a, b);
            // 城乡居民收入分别增长7%和8%: 城乡 names two subjects, town and country.
            if let [(x, y)] = items[..] {
                if scope.years.len() <= 1 && (at(chars, x, "城乡") || at(chars, x, "城鄉")) {
                    items.push((x, y));
                }
            }
            st.respectively = Some((items, 0));
        }
    }
    // (农村卫生户厕、生活垃圾处理设施覆盖率提高到68%、60%: as many rates listed after the cue
    // as subjects before the shared measure give each subject its own, as 分别 does.)
    if st.respectively.is_none() && found.unit == "%" && pre.is_some() {
        let (a, b) = core_name(chars, name_start, name_end);
        let items = shared_rate(chars, a, b);
        if items.len() > 1 && rates_listed_after(chars, found.end) + 1 == items.len() {
            st.respectively = Some((items, 0));
        }
    }
    let mut pushed = false;
    if let Some((items, k)) = st.respectively.as_mut() {
        // One subject and a list of deadlines: each figure is the subject's in its year.
        let by_year = items.len() <= 1 && scope.years.len() > 1;
        let item = if by_year {
            items.first().filter(|_| *k < scope.years.len())
        } else {
            items.get(*k)
        };
        if let Some(item) = item {
            let mut c = base.clone();
            c.name = *item;
            if by_year {
                c.year = scope.years.get(*k).copied().unwrap_or(c.year);
            } else {
                c.name_tail = shared_tail(chars, items, *k);
            }
            c.flags.push(Flag::Distributed);
            c.rule = "respectively";
            *k += 1;
            scope.earlier.push(out.len());
            st.distributed.push((out.len(), found.post.is_some()));
            out.push(c);
            pushed = true;
        }
    }
    if !pushed {
        // 均: A和B均超过x → one target each.
        let lead_jun = chars.get(lead(chars, st.item_start, name_end)) == Some(&'均');
        // A、B均增长12%: 均 before the change word the figure follows.
        let jun_verb = GROWTH
            .iter()
            .chain(REDUCTION)
            .filter_map(|g| ends_at(chars, name_end, g))
            .find(|p| *p > name_start && chars[p - 1] == '均');
        let jun = lead_jun
            || jun_verb.is_some()
            || name_str.ends_with('均')
            // (稻谷、玉米示范基地各10万亩, 分拣中心和交易市场各2-4个: 各 right before the
            // figure gives each listed thing its own.)
            || name_str.ends_with('各')
            || find_any(chars, name_start, name_end.min(name_start + 1), &["均"]).is_some();
        let mut items = if jun && !lead_jun {
            let (a, b) = core_name(chars, name_start, jun_verb.unwrap_or(name_end));
            split_subject(chars, a, b)
        } else {
            Vec::new()
        };
        // 郑州市…不低于50%,洛阳市、南阳市不低于45%: places listed without an indicator of
        // their own share the figure, each with the indicator said before.
        // (…覆盖率实现双100%: a figure doubled for two subjects.)
        let double = n.start > 0 && chars[n.start - 1] == '双';
        if !jun && (pre.is_some() || double) {
            let (a, b) = core_name(chars, name_start, name_end);
            let b = ["实现双", "达到双", "双"]
                .iter()
                .find_map(|w| ends_at(chars, b, w))
                .filter(|_| double)
                .unwrap_or(b);
            let places = split_subject(chars, a, b);
            let place = |(x, y): (usize, usize)| {
                y > x
                    && y - x <= 6
                    && matches!(chars[y - 1], '市' | '县' | '区' | '省' | '州' | '镇' | '乡')
            };
            // (襄阳市、宜昌市社零额突破2000亿元: the last place names the indicator they share.)
            let last_names = places.split_last().is_some_and(|((x, y), heads)| {
                !heads.is_empty()
                    && heads.iter().all(|h| place(*h) && h.1 - h.0 >= 2)
                    && (x + 1..(*y).min(x + 6))
                        .any(|q| matches!(chars[q], '市' | '县' | '区' | '省' | '州') && *y > q + 2)
            });
            if places.len() > 1 && (places.iter().all(|p| place(*p)) || last_names) {
                items = places;
            } else if found.unit == "%" {
                // (公共图书馆、文化馆覆盖率达100%: two subjects share the rate.)
                items = shared_rate(chars, a, b);
            }
        } else if !jun && change {
            // (单位产值能耗、单位增加值能耗较2020年降低15%: measures each named in full share
            // one change.)
            let (a, b) = core_name(chars, name_start, name_end);
            items = same_measure(chars, a, b);
        }
        if lead_jun && !scope.earlier.is_empty() {
            let names: Vec<(usize, usize)> = scope
                .earlier
                .iter()
                .filter_map(|k| out.get(*k))
                .map(|c| c.name)
                .collect();
            for nm in names {
                let mut c = base.clone();
                c.name = nm;
                c.flags.push(Flag::Distributed);
                c.rule = "all-of";
                out.push(c);
            }
        } else if items.len() > 1 {
            for (k, nm) in items.iter().enumerate() {
                let mut c = base.clone();
                c.name = *nm;
                c.name_tail = shared_tail(chars, &items, k);
                c.flags.push(Flag::Distributed);
                c.rule = "all-of";
                out.push(c);
            }
        } else {
            let mut c = base;
            c.name = core_name(chars, c.name.0, c.name.1);
            // ,达到600亿元 after a clause that named the indicator: the same indicator.
            let earlier = scope
                .earlier
                .last()
                .and_then(|k| out.get(*k))
                .filter(|_| c.name.0 >= c.name.1 && pre.is_some());
            // 农村经济总收入达2.63亿元,增加0.24亿元,增长10%: a change named by its word alone
            // is the change of the level the sentence named last.
            let bare_change = c.name.0 < c.name.1
                && GROWTH
                    .iter()
                    .chain(REDUCTION)
                    .any(|g| g.chars().count() == c.name.1 - c.name.0 && at(chars, c.name.0, g));
            let level_before = scope
                .earlier
                .last()
                .and_then(|k| out.get(*k))
                .filter(|p| bare_change && p.kind == Kind::Level && p.name.0 < p.name.1)
                .map(|p| (p.name, p.name_text.clone()));
            if let Some((name, text)) = level_before {
                c.name_tail = Some(c.name);
                c.name = name;
                c.name_text = text;
                c.flags.push(Flag::NameUncertain);
            } else if let Some(prev) = earlier {
                // (一般公共预算收入年均增长6%,达到120亿元: the level, not its growth.)
                let (a, b) = prev.name;
                let b = GROWTH
                    .iter()
                    .find_map(|g| ends_at(chars, b, g).filter(|p| *p > a))
                    .unwrap_or(b);
                c.name = (a, b);
                c.name_text = prev.name_text.clone();
                c.flags.push(Flag::NameUncertain);
            } else if c.name.0 >= c.name.1 || only_verb(chars, c.name.0, c.name.1) {
                c.name = found.after_name;
                c.quote.1 = c.quote.1.max(found.after_name.1);
                c.flags.push(Flag::NameUncertain);
                // The next item's name starts after these words (建立10个A和10个B).
                st.after_used = Some(found.after_name.1);
            }
            scope.earlier.push(out.len());
            out.push(c);
        }
        scope.last_subject = Some((name_start, name_end));
    }
}

/// What a 分别 still owes its subjects when the clause ends: one figure for a list written with
/// 、 is each subject's; deadlines listed before the subjects each take the whole list; 左右
/// after the last figure governs the list.
fn finish_respectively(cl: &Clause, st: &Items, scope: &Scope, out: &mut Vec<Candidate>) {
    let chars = cl.chars;
    if let Some((items, k)) = &st.respectively {
        let by_year = items.len() <= 1 && scope.years.len() > 1;
        // (Only a list written with 、 alone: 和 may join words inside one name.)
        let enumerated = items.first().zip(items.last()).is_some_and(|(a, b)| {
            let words = &chars[a.0..b.1];
            words.contains(&'、') && !words.iter().any(|c| matches!(c, '和' | '及' | '与'))
        });
        if *k == 1 && items.len() > 1 && !by_year && enumerated {
            // A、B分别下降10%以上: one figure after 分别 is each subject's.
            if let Some(first) = st
                .distributed
                .first()
                .and_then(|(x, _)| out.get(*x))
                .cloned()
            {
                for (j, item) in items.iter().enumerate().skip(1) {
                    let mut c = first.clone();
                    c.name = core_name(chars, item.0, item.1);
                    c.name_tail = shared_tail(chars, items, j);
                    out.push(c);
                }
            }
        } else if items.len() > 1
            && !by_year
            && scope.years.len() > 1
            && scope.year_at <= scope.years_at
            && *k == items.len()
        {
            // 力争2023年、2024年A、B增速分别达到8%、5%: 分别 gives each subject its figure, and
            // the deadlines listed before them each take the whole list (the same aims every
            // year).
            let every_year: Vec<Candidate> = st
                .distributed
                .iter()
                .filter_map(|(x, _)| out.get(*x))
                .flat_map(|c| {
                    scope.years.iter().filter(|y| **y != c.year).map(|y| {
                        let mut d = c.clone();
                        d.year = *y;
                        d
                    })
                })
                .collect();
            out.extend(every_year);
        } else if let Some((last, true)) = st.distributed.last().copied() {
            // 分别达到33%和18%左右: 左右 after the last figure governs the list.
            let approx = out.get(last).is_some_and(|c| c.cmp == Comparator::Approx);
            for (x, post) in &st.distributed {
                if let Some(c) = out
                    .get_mut(*x)
                    .filter(|c| approx && !post && c.upper.is_none())
                {
                    c.cmp = Comparator::Approx;
                    c.cues.push("左右".into());
                }
            }
        }
    }
}
