//! The rules that find targets in one sentence of the folded text.
//!
//! A sentence runs to 。 or the end of its line; its clauses are cut at `,` `;` `:`. A year phrase
//! (到2025年, 2017年,) scopes the rest of its sentence, across clauses; 力争/争取/努力 makes the
//! rest of the sentence aspirational. Each figure with a unit becomes a [`Candidate`] unless it is
//! a date, a document number, a subsidy, award, budget, cost or allowance amount, a past actual
//! value (a sentence that looks back, 已…, 了, a past year), a projection or arithmetic (测算), a
//! restatement in other words (相当于, 这意味着), a threshold in a name or of who qualifies for a
//! measure, a higher government's aim restated in a lower one's plan (国家提出…), or a count of
//! the plan's own measures, documents, meetings, inspections and reviews. Rule ids name the rule that produced each candidate.

use crate::lexicon::{
    at, contains_any, ends_at, find_any, is_han, unit_at, ANNUAL, ASPIRATION, BUDGET_WORDS, GROWTH,
    MEASURE_NOUNS, MEETING_WORDS, PAST_WORDS, POST_CUES, PRE_CUES, PRICE_WORDS, SUBSIDY_WORDS,
    TARGET_VERBS, WORD_SIGNS,
};
use crate::meta::PRACTICAL;
use crate::numeral::{chinese_digit, scan, Number};
use plan_gauge_core::model::{Comparator, Direction, Kind};

/// What a list of a year's practical projects calls its items (10件民生实事, 为民办实事).
const MATTERS: &[&str] = &["民生实事", "实事", "为民办实事"];

/// Endings of indicators whose lower values are better (a figure reached is a ceiling).
pub(crate) const LOWER_IS_BETTER: &[&str] = &[
    "浓度",
    "排放系数",
    "死亡率",
    "失业率",
    "发病率",
    "患病率",
    "迟缓率",
    "低体重率",
    "排放强度",
    "倍差",
];

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

/// Words of a fall: a `%` or 个百分点 after them is a change below the base.
const REDUCTION: &[&str] = &[
    "下降", "降低", "减少", "减低", "减量", "削减", "压减", "压降", "减排",
];

/// What the model cannot carry, kept with the drafted target instead.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case", tag = "shape")]
pub enum Shape {
    /// A target the plan format carries (changes against a stated base year and ranks included).
    Carried,
    /// A change in percent or in points (a `relative_change` or `point_change`) whose base year
    /// the text does not state (减半, 降低3%左右, 再提高1个百分点): the format needs one.
    ChangeWithoutBase,
    /// A change with an upper bound only (增长不超过5%): the format carries changes with
    /// `>=`, `>`, `≈` or a range.
    ChangeWithCeiling,
    /// A multiple whose base year or quantity the text does not state (均较“十三五”规划目标增长1倍):
    /// the format needs both.
    MultipleWithoutBase,
}

/// Problems or guesses an editor should look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// The target is relative to a base whose value the plan does not state.
    BaselineUnstated,
    /// No year in the sentence: the plan's last year was taken.
    YearDefaulted,
    /// No comparator word: ≥ was taken.
    ComparatorAssumed,
    /// The indicator's name was taken from neighbouring words and may be incomplete.
    NameUncertain,
    /// The figure was written in Chinese numerals.
    ChineseNumeral,
    /// One of several targets stated together (分别, 均, 双倍增).
    Distributed,
    /// A change against a base whose measure's unit the text does not give (单位GDP能耗下降13.5%):
    /// the unit written is `%`, the editor puts in the measure's own.
    UnitUnstated,
    /// A target that states only a direction (稳步提升, 逐年提高): no value.
    DirectionOnly,
}

/// A target found in the text, before it is placed in a plan.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// Folded range of the indicator's name (may be empty).
    pub name: (usize, usize),
    /// The name as a string when it does not come from one range (分别, 均).
    pub name_text: Option<String>,
    /// Words shared by a list of subjects that follow the name (高新区和经开区营业收入: for
    /// 高新区, the folded range of 营业收入).
    pub name_tail: Option<(usize, usize)>,
    pub value: f64,
    pub upper: Option<f64>,
    pub unit: String,
    pub decimals: u8,
    pub year: i32,
    pub cmp: Comparator,
    pub aspirational: bool,
    pub kind: Kind,
    pub direction: Direction,
    pub baseline_year: Option<i32>,
    /// Base value when the text states it (由2020年的2.4%提高到3%).
    pub baseline_value: Option<f64>,
    /// Folded range of the quote.
    pub quote: (usize, usize),
    pub cues: Vec<String>,
    pub rule: &'static str,
    pub flags: Vec<Flag>,
    pub shape: Shape,
}

/// What the rules need to know about the whole document.
#[derive(Debug, Clone, Copy)]
pub struct Context {
    /// First and last year of the plan.
    pub start: i32,
    pub end: i32,
    /// The year the document was issued, which 今年 and 明年 count from.
    pub this_year: Option<i32>,
    /// Draft targets that state only a direction (稳步提升) too.
    pub direction_only: bool,
    /// The deadline of a target that states no year: the plan's last year, or the last year of
    /// the five-year plan a text without a stated period speaks of (“十五五”…年均增长7% → 2030).
    pub default_year: i32,
    /// The text is Taiwan's, which counts years from 1912 (民國115年 = 2026).
    pub roc_years: bool,
    /// The text states its period ((2023—2025年), 2024年…工作要点): a count its tasks make
    /// (培育农村电商直播基地50个) is a target by the period's end, as in a goal section.
    pub dated_plan: bool,
    /// The text names a year of its period (2025年), so that the period is not a guess.
    pub names_year: bool,
    /// The tier of the government whose plan the text is, read from its title: 0 national or
    /// unknown, 1 a province (某省…), 2 a city, county or district (某市…, 某县…). Aims a higher
    /// government has set (国家提出到2025年…达到20%左右 in a county's plan) are not its own.
    pub tier: u8,
}

/// Verbs of doing the work a plan lists (改造老旧小区20个, 为学校安装200台空调, 开设40个暑托班): in
/// a list of goals or a plan of a stated period, a count in a clause they lead is what the work
/// will deliver, as with [`TARGET_VERBS`].
const DOING_VERBS: &[&str] = &[
    "改建",
    "改造",
    "扩建",
    "修建",
    // (新修高标准农田10万亩: built anew.)
    "新修",
    "新开工",
    "开工",
    "完工",
    "竣工",
    "完成",
    "开设",
    "开办",
    // (推出200场公益演出: a practical project's offer of events or places.)
    "推出",
    "开通",
    "增设",
    "设置",
    "安装",
    "加装",
    "配备",
    "提升",
    "升级",
    "提档",
    "创建",
    "培养",
    "培训",
    "招募",
    "募集",
    "提供",
    "改善",
    "救助",
    "适配",
    "治理",
    "整治",
    "维修",
    "更换",
    "铺设",
    "种植",
    "栽植",
    "筹措",
    "供应",
    "吸纳",
    "帮扶",
];

/// Per-sentence state carried across clauses.
#[derive(Debug, Default)]
struct Scope {
    year: Option<i32>,
    year_at: usize,
    aspirational: bool,
    baseline_year: Option<i32>,
    /// The subject of the last clause (for a following 分别 clause).
    last_subject: Option<(usize, usize)>,
    /// Candidates drafted earlier in the sentence (for 均).
    earlier: Vec<usize>,
    /// The sentence reports the past (2020年以来…).
    past: bool,
    /// A base value read in this clause (由…X提高到Y), for the next target.
    baseline_value: Option<f64>,
    /// The clause speaks of no deadline (往后, 长远, 长期, 中长期): its figures are not targets
    /// unless it names a year itself.
    undated: bool,
    /// The sentence opened by looking back (近年来, “十三五”以来, 过去五年): its figures report the
    /// past until a deadline (到2025年) names a year to come.
    looking_back: bool,
    /// The sentence restates a higher government's aims (国家提出…, 全省提出…) in a lower
    /// government's plan: its figures are not this plan's targets.
    elsewhere: bool,
    /// The current clause says the aim before it in other words (相当于每年…, 这意味着…): no
    /// target of its own.
    restated: bool,
    /// The sentence has said it lists goals (主要预期目标:, 目标是): 比上年增长5.5%左右 after it is
    /// an annual target, not a report.
    goal_said: bool,
    /// The look back opens a review that goes on in the paragraph's next sentences (一年来…。
    /// 新增高新技术企业120家。): set by a look back or a report of data (数据显示), cleared by a
    /// deadline to come.
    review: bool,
    /// The sentence says it states an aim (力争, 目标, 确保, 将, 要, 计划): in a text without a
    /// period of its own, a figure without a deadline is a target only then.
    intent: bool,
    /// The deadline an earlier sentence of the paragraph stated (到2023年,…。农村地区互联网普及率
    /// 超过65%。), for figures of a sentence that states none.
    inherited: Option<i32>,
    /// Deadlines listed together (到2023年和2025年, 2023年、2024年、2025年), for a 分别 that gives
    /// each its figure.
    years: Vec<i32>,
    /// Where the last deadline of [`Scope::years`] stands (a deadline restated after it, 到2024年,
    /// heads what follows on its own).
    years_at: usize,
    /// The sentence opened with 去年: it reports until a deadline to come written as one
    /// (2028年前, 到2028年).
    last_year_lead: bool,
    /// The last year of a five-year plan to come the sentence named (十五五规划 → 2030).
    five_year: Option<i32>,
    /// The year whose goals the sentence announces (确定2025年发展目标), for the paragraph's next
    /// sentences.
    year_goals: Option<i32>,
    /// The last clause drafted a count a verb of doing led (开展养殖大户10户,…): a next clause
    /// that only names one more thing and its count goes on with the verb.
    verb_led: bool,
    /// The sentence counted the projects of the plan's work (谋划推进14个项目), left alone, by its
    /// deadline: the deadline heads the paragraph as if the counts were targets.
    counted_projects: bool,
    /// The sentence reports released data (发布数据, 分品种看): the figures of the present year
    /// it gives are results, not aims.
    data: bool,
    /// The sentence goes on with a review an earlier sentence of its paragraph opened (2022年,
    /// …。年内共计完工30所): its 年内 is the year under review.
    carried_review: bool,
}

/// What a sentence hands on to the next one of its paragraph.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Carry {
    /// A review (一年来, 数据显示) goes on.
    pub review: bool,
    /// The deadline to come the paragraph has stated.
    pub year: Option<i32>,
    /// The paragraph has said that a plan sets aims (方案明确了提升行动目标。): its next
    /// sentences state them.
    pub aims: bool,
    /// The review reports released data (统计局发布数据, 分季节看): a year of the present does not
    /// end it.
    pub data: bool,
}

/// Words that make a clause an estimate (预计, 按7%年均增速来测算), for the rest of its sentence.
const ESTIMATES: &[&str] = &[
    "预计", "估计", "预料", "推估", "预测", "届时", "测算", "估算", "匡算", "推算",
];

/// Forecasting named as a field of work (预报预测更加准确, 监测预测预警): 预测 here is no estimate.
const FORECASTING: &[&str] = &["预报预测", "预测预报", "预测预警", "监测预测"];

/// Verbs with which a plan puts forward its own items (提出5项发展目标, 明确11项重点任务).
const PUTS_FORWARD: &[&str] = &["提出", "明确"];

/// Names of coefficients, whose level is a bare decimal (灌溉水有效利用系数达到0.58).
const COEFFICIENTS: &[&str] = &["系数"];

/// A year's plan or task named as fulfilled, before the share done (完成年度任务100.8%): a result.
const FULFILLED: &[&str] = &[
    "完成年度计划",
    "完成年度任务",
    "完成全年计划",
    "完成全年任务",
    "完成年度目标",
];

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

/// Verbs a tally of work done puts after 共 besides [`TARGET_VERBS`] (共完成, 共改造).
const TALLY_VERBS: &[&str] = &["完成", "改造", "改扩建", "新改建", "投入", "接待", "签约"];

/// Words that say a sentence states an aim.
const INTENT: &[&str] = &[
    "力争",
    "争取",
    "努力",
    "确保",
    "目标",
    "将",
    "要",
    "计划",
    "拟",
    "预期",
    "规划",
    "方案",
    "提出",
    "实现",
    "推动",
    "推进",
    "加快",
    "以上",
    "不低于",
    "不少于",
    "控制在",
    "以内",
];

/// Words that turn a paragraph from a review to its aims (2024年主要预期目标是, 力争, 今年).
pub(crate) const FORWARD: &[&str] = &[
    "预期目标",
    "主要目标",
    "目标是",
    "目标为",
    "力争",
    "争取",
    "确保",
    "今年",
    "明年",
    "到20",
];

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

/// Words that name what a higher level set a place to do in the year (年度目标任务, 全年任务,
/// 下达任务数, 计划目标到位资金).
const TASK_WORDS: &[&str] = &["任务", "目标", "计划"];

/// Does a share of something done follow `j` (的37.22%): the amount before it is the whole?
fn share_of(chars: &[char], j: usize) -> bool {
    at(chars, j, "的")
        && scan(chars, j + 1).is_some_and(|m| m.start == j + 1 && at(chars, m.end, "%"))
}

/// Does the sentence `chars[s..e]` tell the share done of a year's task or plan (完成年度目标任务
/// 589亿元的37.22%, 完成年度签约任务的94.07%, 占计划目标到位资金(11.45亿元)的80.17%)? It reports
/// progress: its figures are results.
fn share_of_task(chars: &[char], s: usize, e: usize) -> bool {
    (s..e).filter(|j| share_of(chars, *j)).any(|j| {
        let mut v = j;
        while v > s
            && j - v < 32
            && (is_han(chars[v - 1])
                || chars[v - 1].is_ascii_digit()
                || matches!(chars[v - 1], '(' | ')' | '.'))
        {
            v -= 1;
        }
        task_named(chars, v, j).is_some()
    })
}

/// Where the last 完成 or 占 of `chars[v..to]` starts, when a word of a task or plan follows it
/// before `to` (完成年度目标任务…, 占计划目标…): the task whose share the figure at `to` tells.
fn task_named(chars: &[char], v: usize, to: usize) -> Option<usize> {
    (v..to)
        .rev()
        .find(|q| at(chars, *q, "完成") || at(chars, *q, "占"))
        .filter(|q| contains_any(chars, *q, to, TASK_WORDS))
}

/// The year the paragraph of the sentence `chars[s..e]` reports on: the last it names before
/// the sentence (2023年,我区…。其中,…), else the first after it (…完成市上全年任务(42.5亿元)的
/// 59.94%。2012年市上下达我县…).
fn paragraph_year(chars: &[char], s: usize, e: usize) -> Option<i32> {
    let mut a = s;
    while a > 0 && chars[a - 1] != '\n' {
        a -= 1;
    }
    let mut b = e;
    while b < chars.len() && chars[b] != '\n' {
        b += 1;
    }
    let year = |p: usize| {
        let after_digit = p > 0 && chars[p - 1].is_ascii_digit();
        year_at(chars, p).filter(|_| !after_digit).map(|(y, _)| y)
    };
    (a..s)
        .rev()
        .find_map(year)
        .or_else(|| (e..b).find_map(year))
}

/// A year's task found in a report: its figure, the words that name it, and where its quote ends.
struct YearTask {
    n: Number,
    found: Found,
    name: (usize, usize),
    end: usize,
}

/// The amounts of a year's tasks a report states in the sentence `chars[s..e]`, each with its
/// figure and where its words start. A progress report measures what was done against the task
/// a higher level set for the year: in 完成年度目标任务589亿元的37.22% or 完成市上全年任务(42.5亿元)
/// 的59.94% or 占计划目标到位资金(11.45亿元)的80.17%, the amount of the task is the year's target
/// and the share a result; so is the task a higher level hands down (市上下达我县…任务8个,
/// 下达任务数为引进资金27亿元), told before what was done.
fn year_tasks(chars: &[char], s: usize, e: usize) -> Vec<YearTask> {
    let mut found = Vec::new();
    let mut p = s;
    while p < e {
        let Some(n) = scan(chars, p).filter(|n| n.start == p && !n.chinese && n.end <= e) else {
            p += 1;
            continue;
        };
        p = n.end.max(p + 1);
        if (n.start > s && chars[n.start - 1].is_ascii_digit()) || year_at(chars, n.start).is_some()
        {
            continue;
        }
        let Some(f) = figure(chars, &n, e, false).filter(|f| f.unit != "%" && f.post.is_none())
        else {
            continue;
        };
        let paren = n.start > s && chars[n.start - 1] == '(';
        let shared = if paren {
            at(chars, f.end, ")") && share_of(chars, f.end + 1)
        } else {
            share_of(chars, f.end)
        };
        let h = if paren { n.start - 1 } else { n.start };
        // The words before the amount: Han characters only, back to 完成 or 占 for a share, or
        // to a task's word right before the amount (任务8个, 任务数为27亿元) after 下达.
        let mut v = h;
        while v > s && h - v < 24 && is_han(chars[v - 1]) {
            v -= 1;
        }
        let start = if shared {
            task_named(chars, v, h)
        } else {
            let told = ["任务", "任务数为", "任务数", "任务为"]
                .iter()
                .any(|w| ends_at(chars, h, w).is_some());
            (v..h)
                .rev()
                .find(|q| at(chars, *q, "下达"))
                .filter(|_| told && !paren)
        };
        if let Some(a) = start {
            let end = if paren { f.end + 1 } else { f.end };
            found.push(YearTask {
                n,
                found: f,
                name: (a, h),
                end,
            });
        }
    }
    found
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
const VERB_INTENT: &[&str] = &["将", "要", "计划", "拟"];

/// Does a phrase laid out one a line break off at `end` after a word of intent and a verb of
/// making (今年底,某市将建设 / 小型消防站8个), its objects on the next line?
pub(crate) fn breaks_off(chars: &[char], end: usize) -> bool {
    TARGET_VERBS.iter().any(|w| {
        ends_at(chars, end, w)
            .is_some_and(|p| VERB_INTENT.iter().any(|m| ends_at(chars, p, m).is_some()))
    })
}

/// How many rates (、60%) follow, one after another, from `j`.
fn rates_listed_after(chars: &[char], mut j: usize) -> usize {
    let mut n = 0;
    while chars.get(j) == Some(&'、') {
        match scan(chars, j + 1) {
            Some(m) if m.start == j + 1 && chars.get(m.end) == Some(&'%') => {
                n += 1;
                j = m.end + 1;
            }
            _ => break,
        }
    }
    n
}

/// Words that ask a question (如何, 谁, 是否…).
const ASKING: &[&str] = &[
    "如何", "怎样", "怎么", "谁", "哪", "能否", "是否", "吗", "呢", "何时",
];

/// Does the sentence `chars[s..e]` report results rather than set targets? It opens with a period
/// or a year that ended before the plan began (2016-2020年, 113年 in the Republic of China
/// calendar, i.e. 2024), speaks of months so far (1月至8月), or uses the perfective of a result
/// (完成了, 实现了, 创历史新高).
fn reports_past(chars: &[char], s: usize, e: usize, cx: Context) -> bool {
    let a = lead(chars, s, e);
    let digits = |p: usize| {
        let mut q = p;
        while q < e && chars[q].is_ascii_digit() {
            q += 1;
        }
        q
    };
    // 2016-2020年, / 113年,
    let q = digits(a);
    let mut opening = None;
    if q > a && chars.get(q) == Some(&'-') {
        let r = digits(q + 1);
        if r - (q + 1) == 4 && chars.get(r) == Some(&'年') {
            opening = chars[q + 1..r]
                .iter()
                .collect::<String>()
                .parse::<i32>()
                .ok();
        }
    } else if q - a == 3 && chars.get(q) == Some(&'年') && chars.get(q + 1) == Some(&',') {
        opening = chars[a..q]
            .iter()
            .collect::<String>()
            .parse::<i32>()
            .ok()
            .map(|y| y + 1911);
    }
    if opening.is_some_and(|y| y < cx.start && y > 1949) {
        return true;
    }
    // 1月至8月, 1-8月: a part of a year, reported.
    let months = (s..e).any(|p| {
        chars[p] == '月'
            && matches!(chars.get(p + 1), Some('至' | '到' | '-'))
            && chars.get(p + 2).is_some_and(|c| c.is_ascii_digit())
    });
    // 2025年全年,…共启动应急响应183次: the whole of a year, told as done (unless it says aims).
    let whole_year = year_at(chars, a).is_some_and(|(_, j)| at(chars, j, "全年,"))
        && !contains_any(chars, s, e, FORWARD)
        && !contains_any(chars, s, e, INTENT);
    if whole_year {
        return true;
    }
    // 上半年,全市完成投资45亿元: a part of a year, reported.
    // (also after 今年 or a year: 2024年一季度.)
    let after_year = year_at(chars, a).map(|(_, j)| j);
    let part_of_year = ["上半年", "前三季度", "一季度", "第一季度", "前三个季度"]
        .iter()
        .any(|w| {
            at(chars, a, w)
                || (at(chars, a, "今年") && at(chars, a + 2, w))
                || after_year.is_some_and(|j| at(chars, j, w))
        })
        // (2023年前5个月, 今年前10个月: the months gone by of a year.)
        || after_year
            .or_else(|| at(chars, a, "今年").then_some(a + 2))
            .is_some_and(|j| months_of(chars, j))
        // (1-6月份,全市引进资金…; 2023年1—9月,…: the months from January on, reported.)
        || [Some(a), after_year, at(chars, a, "今年").then_some(a + 2)]
            .into_iter()
            .flatten()
            .any(|j| from_january(chars, j));
    // (…宣布“十四五”5G建设目标提前达成: a clause saying aims are met reports results.)
    let met = !contains_any(chars, s, e, FORWARD)
        && contains_any(
            chars,
            s,
            e,
            &[
                "目标提前达成",
                "目标提前完成",
                "目标提前实现",
                "目标已完成",
                "目标已实现",
                "目标已达成",
            ],
        );
    // (2015年,全国共新建和改扩建旅游厕所21028座: a year not to come, opening a sentence that
    // sums up with 共 before a verb and names no aim, tallies what was done.)
    let tally = year_at(chars, a).is_some_and(|(y, _)| cx.this_year.is_some_and(|t| y <= t))
        && (s..e).any(|p| {
            chars[p] == '共'
                && TARGET_VERBS
                    .iter()
                    .chain(TALLY_VERBS)
                    .any(|w| at(chars, p + 1, w))
        })
        && !contains_any(chars, s, e, FORWARD)
        && !contains_any(chars, s, e, INTENT);
    if tally {
        return true;
    }
    // 经过多年努力,…不断改善: a review, unless the sentence names a year to come.
    // (报告在回顾“十四五”时期工作时指出,…超过80岁: what a speaker says while looking back on a
    // period's work reports it, unless the sentence names aims.)
    let looking_back_on = (s..e).any(|p| {
        at(chars, p, "回顾")
            && contains_any(
                chars,
                p + 2,
                (p + 20).min(e),
                &["时指出", "时表示", "时说", "时强调", "时介绍"],
            )
    }) && !contains_any(chars, s, e, FORWARD);
    let review = (at(chars, a, "经过")
        && !(s..e).any(|p| year_at(chars, p).is_some_and(|(y, _)| y >= cx.start)))
        || looking_back_on;
    // 连续7年稳定在800亿斤以上: a streak of years gone by (unless the sentence names aims).
    let streak = !contains_any(chars, s, e, FORWARD)
        && (s..e).any(|p| {
            at(chars, p, "连续")
                && scan(chars, p + 2).is_some_and(|n| {
                    n.start == p + 2 && chars.get(n.end) == Some(&'年') && n.value() < 100.0
                })
        });
    // 农民收入增速8%、居全国第9位: a standing among places is reported, not aimed at
    // (unless the sentence names aims: 力争…居全国前列).
    let standing = !contains_any(chars, s, e, FORWARD)
        && !contains_any(chars, s, e, &["目标", "进入", "保持"])
        && !(s..e).any(|p| year_at(chars, p).is_some_and(|(y, _)| y >= cx.start))
        && (s..e).any(|p| {
            // (跃居全省前40位: a standing to leap to is aimed at.)
            chars[p] == '居'
                && !(p > s && chars[p - 1] == '跃')
                && ["全国", "全省", "全市", "全区", "全球", "世界"]
                    .iter()
                    .any(|w| at(chars, p + 1, w))
                && ["第", "首", "前"].iter().any(|w| at(chars, p + 3, w))
        });
    // (完成年度任务100.8%: the share of a year's task done, without 的.)
    let fulfilled = (s..e).any(|p| {
        FULFILLED.iter().any(|w| {
            at(chars, p, w)
                && chars
                    .get(p + w.chars().count())
                    .is_some_and(|c| c.is_ascii_digit())
        })
    });
    months
        || part_of_year
        || met
        || fulfilled
        || review
        || streak
        || standing
        || contains_any(
            chars,
            s,
            e,
            &[
                "完成了",
                "实现了",
                "达到了",
                "增长了",
                "提高了",
                "提升了",
                "下降了",
                "降低了",
                "突破了",
                "超过了",
                "取得了",
                "创历史新高",
                "创下历史",
                "历年新高",
                // 完成年度计划的112%, 超额完成: how far a year's plan was fulfilled.
                "超额完成",
                "完成年度计划的",
                "完成年度任务的",
                "完成全年计划的",
                "完成全年任务的",
                "完成年度目标的",
                "占年度计划的",
                "占全年计划的",
                // 新增7069张床位,为计划的101%: a result set against the plan it fulfils.
                "为计划的",
                "为年度计划的",
                "为全年计划的",
                "完成计划的",
                "达计划的",
            ],
        )
}

/// Does 前 at `j`, after a year, count the year's first months (2023年前5个月, 今年前十个月)?
pub(crate) fn months_of(chars: &[char], j: usize) -> bool {
    // (Also 首11个月, the first eleven months, as Hong Kong writes it.)
    (at(chars, j, "前") || at(chars, j, "首"))
        && scan(chars, j + 1)
            .is_some_and(|n| n.start == j + 1 && at(chars, n.end, "个月") && n.value() < 12.0)
}

/// Do the months from January on open at `j` (1-6月, 1—9月份, 1到10月, 1月至9月)? A report of the
/// year so far.
pub(crate) fn from_january(chars: &[char], j: usize) -> bool {
    if !at(chars, j, "1") || chars.get(j + 1).is_some_and(|c| c.is_ascii_digit()) {
        return false;
    }
    if at(chars, j + 1, "月至") {
        return true;
    }
    matches!(chars.get(j + 1), Some('-' | '—' | '到' | '至' | '~'))
        && scan(chars, j + 2).is_some_and(|m| {
            m.start == j + 2 && at(chars, m.end, "月") && (2.0..=12.0).contains(&m.value())
        })
}

/// Does the clause at `a..e` open with a year gone by as a clause of its own (2023年,全区…;
/// after the speaker too: 某副局长介绍,2022年,…)? It heads a review of that year.
pub(crate) fn opens_gone_by(chars: &[char], a: usize, e: usize, cx: Context) -> bool {
    year_at(chars, after_speaker(chars, a, e)).is_some_and(|(y, after)| {
        (y < cx.start || cx.this_year.is_some_and(|t| y < t)) && chars.get(after) == Some(&',')
    })
}

/// A four-digit year at `i` (2025 or 二〇二五) followed by 年: its value and the index after 年.
fn year_at(chars: &[char], i: usize) -> Option<(i32, usize)> {
    let n = scan(chars, i)?;
    // Text extracted from a PDF may displace quotation marks into a year (2023 “年, 2023 “ ”年).
    let mut j = n.end;
    while j < n.end + 2 && matches!(chars.get(j), Some('“' | '”' | '"')) {
        j += 1;
    }
    if n.magnitude != 1.0 || n.end - n.start != 4 || chars.get(j) != Some(&'年') {
        return None;
    }
    let y = n.value() as i32;
    crate::YEARS.contains(&y).then_some((y, j + 1))
}

/// Words that bound a standard (不低于150㎡), as against words of reaching (达到, 约).
const BOUNDS: &[&str] = &["不低于", "不少于", "不超过", "不高于", "不大于", "不小于"];

/// Does the figure at `start` stand in brackets opened right after a noun (场地面积(不低于150㎡),
/// 受众覆盖(年服务300人次以上), 影像记录(4K高清,单项目记录时长不低于120小时)), bounded by a
/// comparator inside them (at `cue`) or by one after it that the bracket closes or that 的
/// follows (at `end`)? Then it states a standard or a definition of the thing named, not an aim.
fn bracketed_standard(
    chars: &[char],
    s: usize,
    start: usize,
    cue: Option<usize>,
    post: bool,
    end: usize,
) -> bool {
    let mut depth = 0i32;
    let Some(open) = (s..start).rev().find(|&p| {
        match chars[p] {
            ')' => depth += 1,
            '(' if depth == 0 => return true,
            '(' => depth -= 1,
            _ => {}
        }
        false
    }) else {
        return false;
    };
    let noun_before = open
        .checked_sub(1)
        .and_then(|p| chars.get(p))
        .is_some_and(|c| is_han(*c));
    // (Not the parts of a whole: 其中 has its own reading.)
    // (Nor a figure the plan reaches: 班车(某区达70%), 布局370个(规划建成约320个).)
    let parts = contains_any(chars, open, start, &["其中", "含", "当中", "达"]);
    // (墓穴占地面积在0.6平方米以下的葬式: a threshold that qualifies a noun defines it.)
    noun_before
        && !parts
        && (cue.is_some_and(|p| p > open) || post && matches!(chars.get(end), Some(')' | '的')))
}

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

/// A list of years after 分 at `i` over which a total is spread (分2024、2025、2026三个年度,
/// 分2025年和2026年两年): the last year and the index after the list. The list names two years
/// or more and ends with a count of years or with 年度.
fn spread_over_years(chars: &[char], i: usize) -> Option<(i32, usize)> {
    if !at(chars, i, "分") {
        return None;
    }
    let mut j = i + 1;
    let mut years = Vec::new();
    loop {
        let n = scan(chars, j).filter(|n| n.end == j + 4 && n.magnitude == 1.0 && !n.chinese)?;
        let y = n.value() as i32;
        if !(2000..=2060).contains(&y) {
            return None;
        }
        years.push(y);
        j = n.end;
        if at(chars, j, "年度") {
            break;
        }
        if at(chars, j, "年") {
            j += 1;
        }
        match chars.get(j) {
            Some('、' | '和' | '及') if scan(chars, j + 1).is_some() => j += 1,
            _ => break,
        }
    }
    let last = *years.last()?;
    if years.len() < 2 || years.windows(2).any(|w| w[1] <= w[0]) {
        return None;
    }
    // (三个年度, 两年, 3年: the count of the years; or 年度 right after the last.)
    if at(chars, j, "年度") {
        return Some((last, j + 2));
    }
    let n = scan(chars, j).filter(|n| n.start == j)?;
    let k = if at(chars, n.end, "个") {
        n.end + 1
    } else {
        n.end
    };
    if at(chars, k, "年度") {
        Some((last, k + 2))
    } else if at(chars, k, "年") {
        Some((last, k + 1))
    } else {
        None
    }
}

/// 自2021年起,利用3年时间 (从2024年开始,用两年左右时间) at `i`: the first and the last year of
/// the span the text gives from a start year and a count of years, and the index after it.
pub(crate) fn years_from(chars: &[char], i: usize) -> Option<(i32, i32, usize)> {
    if !(at(chars, i, "自") || at(chars, i, "从")) {
        return None;
    }
    let n = scan(chars, i + 1).filter(|n| n.end == i + 5 && n.magnitude == 1.0 && !n.chinese)?;
    let first = n.value() as i32;
    if !(2000..=2060).contains(&first) || !at(chars, n.end, "年") {
        return None;
    }
    let mut j = n.end + 1;
    j += ["起", "开始"]
        .iter()
        .find(|w| at(chars, j, w))
        .map(|w| w.chars().count())?;
    if chars.get(j) == Some(&',') {
        j += 1;
    }
    j += ["利用", "用", "花"]
        .iter()
        .find(|w| at(chars, j, w))
        .map(|w| w.chars().count())?;
    let count = scan(chars, j).filter(|m| m.start == j && m.magnitude == 1.0)?;
    let years = count.value();
    if !(1.0..=10.0).contains(&years) || years.fract() != 0.0 {
        return None;
    }
    let mut k = count.end;
    if at(chars, k, "个") {
        k += 1;
    }
    if !at(chars, k, "年") {
        return None;
    }
    k += 1;
    if at(chars, k, "左右") {
        k += 2;
    }
    at(chars, k, "时间").then_some((first, first + years as i32 - 1, k + 2))
}

/// The start of a span of years whose last year `y` starts at `i` (2021-2025年, 2023—2027年):
/// the index of its first year.
fn span_start(chars: &[char], i: usize, y: i32) -> Option<usize> {
    let dash = i.checked_sub(1)?;
    let from = dash.checked_sub(4)?;
    if chars.get(dash) != Some(&'-')
        || from > 0 && chars.get(from - 1).is_some_and(|c| c.is_ascii_digit())
    {
        return None;
    }
    let n = scan(chars, from)?;
    let y1 = n.value() as i32;
    (n.end == dash && n.magnitude == 1.0 && y1 < y && y - y1 <= 15).then_some(from)
}

/// Does the clause opening at `a` look back (近年来, 五年来, “十三五”以来, 今年以来, 过去五年)?
pub(crate) fn looks_back(chars: &[char], a: usize, e: usize) -> bool {
    let head = (a + 12).min(e);
    at(chars, a, "过去")
        // 刚刚过去的2025年, 刚过去的一年: the year just gone.
        || at(chars, a, "刚刚过去")
        || at(chars, a, "刚过去")
        || at(chars, a, "回顾")
        || at(chars, a, "近年")
        || at(chars, a, "近几年")
        || at(chars, a, "最近几年")
        // 近十年, 最近四年: the years just gone.
        || ((at(chars, a, "近") || at(chars, a, "最近"))
            && scan(chars, a + 1 + usize::from(at(chars, a, "最近"))).is_some_and(|n| {
                n.start == a + 1 + usize::from(at(chars, a, "最近"))
                    && chars.get(n.end) == Some(&'年')
                    && !at(chars, n.end + 1, "内")
                    && n.value() <= 30.0
            }))
        || at(chars, a, "这些年")
        // 这一年,我们…: the year just told.
        || at(chars, a, "这一年,")
        // 这五年, 这几年, 这十年: the years just gone.
        || (at(chars, a, "这")
            && (at(chars, a + 1, "几年")
                || scan(chars, a + 1).is_some_and(|n| {
                    n.start == a + 1 && chars.get(n.end) == Some(&'年') && n.value() <= 20.0
                })))
        || find_any(chars, a, head, &["以来", "年来"]).is_some_and(|(p, _)| {
            // 2020年以来 is read with its year; 近年来 and 以来 at once.
            !chars.get(p + 2).is_some_and(|c| c.is_ascii_digit())
        })
}

/// The start of what a speaker says when `a..e` opens by naming who speaks (某局副局长介绍,
/// 某主任表示,) or how the reporter learnt it (据了解, 记者获悉, 据悉,): the index after the
/// comma; else `a`.
pub(crate) fn after_speaker(chars: &[char], a: usize, e: usize) -> usize {
    (a + 1..(a + 16).min(e))
        .find(|p| chars[*p] == ',' || chars[*p] == '。')
        .filter(|p| {
            chars[*p] == ','
                && [
                    "介绍",
                    "表示",
                    "指出",
                    "说",
                    "称",
                    "了解",
                    "了解到",
                    "获悉",
                    "据悉",
                ]
                .iter()
                .any(|w| ends_at(chars, *p, w).is_some_and(|q| q > a))
        })
        .map_or(a, |p| p + 1)
}

/// Is `p` inside brackets that break the figure before them down (12座(其中:1座…、11座…),
/// 6.7公里(含…), (包括…))?
fn in_breakdown(chars: &[char], s: usize, p: usize) -> bool {
    let mut depth = 0i32;
    for q in (s..p).rev() {
        match chars[q] {
            ')' => depth += 1,
            '(' if depth > 0 => depth -= 1,
            '(' => {
                let mut r = q + 1;
                while r < p && matches!(chars[r], ':' | ' ') {
                    r += 1;
                }
                let parts = ["其中", "含", "包括", "包含"]
                    .iter()
                    .any(|w| at(chars, r, w));
                return parts && q > s && chars[q - 1] != '(';
            }
            _ => {}
        }
    }
    false
}

/// Does a statistics report break its results down at `a` (分季节看, 分品种看, 分地区看)?
fn breaks_down(chars: &[char], a: usize, e: usize) -> bool {
    at(chars, a, "分")
        && (a + 2..(a + 5).min(e)).any(|p| chars[p] == '看' && chars.get(p + 1) == Some(&','))
}

/// The year whose phrase (2023年, 2023年底) ends right before `p`.
fn year_before(chars: &[char], p: usize) -> Option<i32> {
    (5..=8).find_map(|k| {
        let a = p.checked_sub(k)?;
        let (y, after) = year_at(chars, a)?;
        let rest: String = chars.get(after..p)?.iter().collect();
        ["", "底", "末", "底前"]
            .contains(&rest.as_str())
            .then_some(y)
    })
}

/// Does 截至/截止 at `p` name a year after the text's own (截至2025年底 in a plan of 2023): a
/// deadline, not a report?
/// (So does the end of a five-year period to come: 截至“十四五”末 in a text of 2021.)
fn until_to_come(chars: &[char], p: usize, cx: Context) -> bool {
    let period_end = five_year_plan(chars, p + 2)
        .filter(|(_, after)| chars.get(after.saturating_sub(1)) == Some(&'末'));
    (at(chars, p, "截至") || at(chars, p, "截止"))
        && year_at(chars, p + 2)
            .or(period_end)
            .is_some_and(|(y, _)| cx.this_year.is_some_and(|t| y > t))
}

/// Does a verb of issuing a document start at `p` (去年印发的《…方案》明确, 去年出台的规划提出)?
/// Then the year before it dates the document, not the figures the document sets.
fn issued_then(chars: &[char], p: usize) -> bool {
    ["印发", "出台", "发布", "公布", "制定", "出炉"]
        .iter()
        .any(|w| at(chars, p, w) && at(chars, p + 2, "的"))
}

/// A deadline to come (到2025年) ends a look back: the sentence now sets targets.
fn look_ahead(scope: &mut Scope, y: i32, cx: Context) {
    // (Data released on a year of the present report it: 统计局发布数据,2024年粮食总产量….)
    // (In an undated text, data on a year before the plan's last: 《…报告》显示,2018年,….)
    let present_data = scope.data && cx.this_year.map_or(y < cx.end, |t| y <= t);
    if scope.looking_back && y >= cx.start && cx.this_year.is_none_or(|t| y >= t) && !present_data {
        scope.past = false;
        scope.looking_back = false;
        scope.review = false;
    }
}

/// A deadline to come written as one (2028年前, 到2028年) ends the report a sentence opened
/// with 去年.
fn end_last_year(scope: &mut Scope, y: i32, cx: Context) {
    if scope.last_year_lead && cx.this_year.is_some_and(|t| y > t) {
        scope.past = false;
        scope.last_year_lead = false;
    }
}

/// Do the words after a count name a subject whose aim a later figure of the clause states
/// (约600个黑点…消除至少75%)? The words must start right after the unit and a figure with a
/// comparator word must follow in the clause.
/// With `cued` false, any later figure with a unit will do (营收10亿元以上企业20家: an amount of
/// money before a noun is a threshold in its name).
fn subject_count(chars: &[char], end: usize, e: usize, cued: bool) -> bool {
    let noun = chars
        .get(end)
        .is_some_and(|c| !c.is_ascii_digit() && !matches!(c, ',' | ';' | '、' | '。' | '(' | '和'));
    noun && (end + 2..e).any(|p| {
        scan(chars, p).is_some_and(|m| {
            m.start == p
                && if cued {
                    pre_cue(chars, p).is_some()
                } else {
                    unit_at(chars, m.end).is_some()
                }
        })
    })
}

/// 80%的建制村通沥青路, 90%的县达到“基本型”及以上: where the figure ends at `end` right before
/// 的, the verb by which the subjects after 的 reach a state, when the clause (up to a comma, a
/// semicolon or a bracket) gives no later figure saying what each of them reaches.
fn share_reaches(chars: &[char], end: usize, e: usize) -> Option<usize> {
    const REACH: &[&str] = &[
        "达到", "通", "实现", "具备", "建成", "拥有", "配备", "建立", "纳入", "接入",
    ];
    if chars.get(end) != Some(&'的') {
        return None;
    }
    // (A short gloss in brackets after the subjects goes with them: 70%的乡镇(街道)建立….)
    let gloss = |q: usize| {
        chars[q] == '('
            && (q + 1..(q + 8).min(e))
                .find(|&r| chars[r] == ')')
                .is_some_and(|r| !(q + 1..r).any(|t| chars[t].is_ascii_digit()))
    };
    let mut stop = end + 1;
    let mut glossed = 0;
    while stop < e && !matches!(chars[stop], ',' | ';' | '。' | '(' | '、') {
        stop += 1;
    }
    while stop < e && gloss(stop) {
        let close = (stop..e).find(|&r| chars[r] == ')').unwrap_or(e);
        glossed += close + 1 - stop;
        stop = close + 1;
        while stop < e && !matches!(chars[stop], ',' | ';' | '。' | '(' | '、') {
            stop += 1;
        }
    }
    // (70%的建制村有1座卫生公厕: one of a thing each subject has is the state, no later figure.)
    let has_one = |q: usize| {
        q > 0
            && chars.get(q) == Some(&'1')
            && chars[q - 1] == '有'
            && !chars
                .get(q + 1)
                .is_some_and(|c| c.is_ascii_digit() || *c == '.')
    };
    if (end + 1..stop).any(|q| chars[q].is_ascii_digit() && !has_one(q)) {
        return None;
    }
    (end + 2..stop.min(end + 16 + glossed))
        .find(|&p| REACH.iter().any(|w| at(chars, p, w)) || has_one(p + 1))
}

/// Does `p` open the clause `s..e`, after at most a place (全县约300个…, 全市…)?
fn opens_clause(chars: &[char], p: usize, s: usize, e: usize) -> bool {
    let a = lead(chars, s, e);
    // (全省76个县…, 我省76个县(市)…, 本市12个区…: after the government's own place.)
    p == a || (p == a + 2 && OWN_PLACE.iter().any(|w| at(chars, a, w)))
}

/// Words by which a government names its own place before a count of its parts (我省76个县).
const OWN_PLACE: &[&str] = &[
    "全", "我省", "我市", "我区", "我县", "本省", "本市", "本区", "本县",
];

/// A year of the Republic of China calendar at `i` in a text from Taiwan (115年 → 2026): three
/// digits from 100 to 150 followed by 年, opening a clause or with a deadline word, a comma or 度.
fn roc_year(chars: &[char], i: usize, cx: Context) -> Option<(i32, usize)> {
    if !cx.roc_years {
        return None;
    }
    let n = scan(chars, i)?;
    // (Also in Chinese digits, 至民國一二四年: a newspaper that writes its figures in them.)
    let digits = !n.chinese || (n.start..n.end).all(|p| chinese_digit(chars[p]).is_some());
    if !digits || n.magnitude != 1.0 || n.end - n.start != 3 || chars.get(n.end) != Some(&'年') {
        return None;
    }
    let y = n.value() as i32;
    let after = n.end + 1;
    let opens = i == 0 || matches!(chars.get(i - 1), Some(',' | ';' | ':' | '。' | '\n'));
    let dated = opens
        || matches!(chars.get(after), Some(',' | '前' | '底' | '度' | '起'))
        || ["到", "至", "于", "在", "民国", "目标"]
            .iter()
            .any(|w| ends_at(chars, i, w).is_some());
    ((100..=150).contains(&y) && dated).then_some((y + 1911, after))
}

/// A year written without 年 right before the word that names its place in a plan (2026开局之年,
/// 2025收官之年, 2024攻坚之年: a headline's way of saying 2026年是开局之年): the year and the index
/// after its digits.
fn year_of_role(chars: &[char], i: usize) -> Option<(i32, usize)> {
    let digits = chars.get(i..i + 4)?;
    if !digits.iter().all(char::is_ascii_digit)
        || i.checked_sub(1)
            .and_then(|p| chars.get(p))
            .is_some_and(char::is_ascii_digit)
    {
        return None;
    }
    let role = chars.get(i + 4..i + 6)?.iter().all(|c| is_han(*c)) && at(chars, i + 6, "之年");
    let y: i32 = digits.iter().collect::<String>().parse().ok()?;
    (role && crate::YEARS.contains(&y)).then_some((y, i + 4))
}

/// A month or a day of a year at `i` that ends a deadline (6月底前, 9月30日前, 6月底, 6月前):
/// the index after it.
fn month_deadline(chars: &[char], i: usize) -> Option<usize> {
    let digits = |p: usize| {
        let mut q = p;
        while q < p + 2 && chars.get(q).is_some_and(|c| c.is_ascii_digit()) {
            q += 1;
        }
        (q > p).then_some(q)
    };
    let m = digits(i)?;
    if chars.get(m) != Some(&'月') {
        return None;
    }
    let mut j = m + 1;
    if let Some(d) = digits(j).filter(|d| chars.get(*d) == Some(&'日')) {
        j = d + 1;
    }
    ["底前", "底", "末", "前", "以前", "之前"]
        .iter()
        .find(|w| at(chars, j, w))
        .map(|w| j + w.chars().count())
}

/// A fiscal year or span of fiscal years at `i` (2022-23年度, 2027/28年度, 2023-24至2032-33年度): the calendar
/// year in which the last one ends, and the index after 年度.
fn fiscal_span(chars: &[char], i: usize) -> Option<(i32, usize)> {
    if let Some(found) = fiscal_in_words(chars, i) {
        return Some(found);
    }
    // 2023-24: four digits, a dash, two digits (not a third).
    let one = |k: usize| -> Option<(i32, usize)> {
        if k > 0 && chars.get(k - 1).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        let d = |p: usize| chars.get(p).and_then(|c| c.to_digit(10));
        let y = (0..4).try_fold(0i32, |acc, p| d(k + p).map(|v| acc * 10 + v as i32))?;
        // 2023-24, 2027/28 and 2015至16 (Hong Kong writes all three).
        if !matches!(chars.get(k + 4), Some('-' | '/' | '至')) {
            return None;
        }
        let yy = d(k + 5)? as i32 * 10 + d(k + 6)? as i32;
        if d(k + 7).is_some() || !crate::YEARS.contains(&y) {
            return None;
        }
        let end = y - y % 100 + yy;
        let end = if end <= y { end + 100 } else { end };
        (end == y + 1).then_some((end, k + 7))
    };
    let (mut y, mut j) = one(i)?;
    if matches!(chars.get(j), Some('至' | '到' | '-')) {
        if let Some((y2, j2)) = one(j + 1) {
            y = y2;
            j = j2;
        }
    }
    // (2015至16年 without 度: a calendar span would write its last year in full.)
    if at(chars, j, "年度") {
        Some((y, j + 2))
    } else {
        (chars.get(j) == Some(&'年') && !at(chars, j + 1, "以来")).then_some((y, j + 1))
    }
}

/// A fiscal year in Chinese numerals at `i` (一八至一九年度, 二三至二四年度, as Hong Kong writes
/// them): the calendar year in which it ends, and the index after 年度.
fn fiscal_in_words(chars: &[char], i: usize) -> Option<(i32, usize)> {
    let two = |k: usize| -> Option<i32> {
        let a = crate::numeral::chinese_digit(*chars.get(k)?)?;
        let b = crate::numeral::chinese_digit(*chars.get(k + 1)?)?;
        Some((a * 10 + b) as i32)
    };
    if i > 0 && crate::numeral::chinese_digit(chars[i - 1]).is_some() {
        return None;
    }
    let first = two(i)?;
    if !matches!(chars.get(i + 2), Some('至' | '-' | '/')) {
        return None;
    }
    let last = two(i + 3)?;
    if last != (first + 1) % 100 || !at(chars, i + 5, "年度") {
        return None;
    }
    let century = if last < 50 { 2000 } else { 1900 };
    Some((century + last, i + 7))
}

/// “十四五”时期, 十四五末, “十五五”期间 at `i`: the period's last year and the index after.
pub(crate) fn five_year_plan(chars: &[char], i: usize) -> Option<(i32, usize)> {
    let j = if chars.get(i) == Some(&'“') {
        i + 1
    } else {
        i
    };
    let y = [
        ("十一五", 2010),
        ("十二五", 2015),
        ("十三五", 2020),
        ("十四五", 2025),
        ("十五五", 2030),
        ("十六五", 2035),
    ]
    .iter()
    .find(|(w, _)| at(chars, j, w))?
    .1;
    let mut k = j + 3;
    if chars.get(k) == Some(&'”') {
        k += 1;
    }
    let tail = ["时期", "期间", "末", "期末", "规划期", "规划"]
        .iter()
        .find(|w| at(chars, k, w))?;
    Some((y, k + tail.chars().count()))
}

/// Excluded folded ranges inside a clause: titles 《》, document numbers 〔〕 and agency notes.
fn excluded(chars: &[char], i: usize, s: usize) -> bool {
    let mut depth_book = 0i32;
    let mut depth_doc = 0i32;
    for c in &chars[s..i] {
        match c {
            '《' => depth_book += 1,
            '》' => depth_book -= 1,
            '〔' | '[' | '【' => depth_doc += 1,
            '〕' | ']' | '】' => depth_doc -= 1,
            _ => {}
        }
    }
    depth_book > 0 || depth_doc > 0
}

/// Skips separators and scope words at the start of a name.
fn strip_front(chars: &[char], mut a: usize, b: usize) -> usize {
    const FRONT: &[&str] = &[
        "、",
        "和",
        "及",
        "以及",
        "并",
        "其中",
        "力争",
        "争取",
        "努力",
        "确保",
        "每年",
        "全年",
        "到",
        "至",
        "底",
        "末",
        "前",
        "“",
        "”",
        // List marks (*新增1家社区食堂、*3家照护之家).
        "*",
        "※",
        "均",
        "实现",
        "推动",
        "推进",
        "加快",
        "在此基础上",
    ];
    loop {
        if a >= b {
            return a;
        }
        if let Some((_, end)) = year_at(chars, a) {
            a = end;
            continue;
        }
        if let Some(end) = dateline_end(chars, a, b) {
            a = end;
            continue;
        }
        match FRONT.iter().find(|w| at(chars, a, w)) {
            Some(w) => a += w.chars().count(),
            None => return a,
        }
    }
}

/// Where a clause's own words start: after separators and aspiration words, before any year.
pub(crate) fn lead(chars: &[char], mut a: usize, b: usize) -> usize {
    const FRONT: &[&str] = &[
        "、", "和", "并", "力争", "争取", "努力", "确保", "其中", "“", "”", "-", "●", "•", "·",
        "▲", "★", "*", "※",
    ];
    // (提出“2022年,建成…: the words a text quotes start inside the quote.)
    const QUOTING: &[&str] = &["提出“", "指出“", "表示“", "要求“", "明确“"];
    // (一是…,如2023年,全省…: a year given as the example of an aim opens the clause it leads;
    // only before a year, for 如期 is no example.)
    const EXAMPLE: &[&str] = &["例如", "比如", "譬如", "如"];
    while a < b {
        let example = EXAMPLE
            .iter()
            .find(|w| at(chars, a, w) && year_at(chars, a + w.chars().count()).is_some());
        match FRONT
            .iter()
            .chain(QUOTING)
            .chain(example)
            .find(|w| at(chars, a, w))
        {
            Some(w) => a += w.chars().count(),
            None => break,
        }
    }
    // Never past `b`: a word or a dateline may run over it.
    dateline_end(chars, a, b).unwrap_or(a).min(b)
}

/// The end of a news report's dateline opening `a..b` (本报讯, 某某新闻网讯(记者某某)): the
/// report's words follow it.
fn dateline_end(chars: &[char], a: usize, b: usize) -> Option<usize> {
    let p = (a..b.min(a + 12))
        .take_while(|p| !matches!(chars[*p], ',' | '。' | ';' | ':' | '、' | '(' | ')'))
        .find(|p| chars[*p] == '讯')?;
    // (Not 通讯, 资讯: a paper's, a site's or a news service's 讯, or one the reporter's name
    // follows.)
    let by = p > a && matches!(chars[p - 1], '报' | '网' | '闻' | '台');
    if !by && chars.get(p + 1) != Some(&'(') {
        return None;
    }
    let mut end = p + 1;
    if chars.get(end) == Some(&'(') {
        if let Some(q) = (end..b.min(end + 20)).find(|q| chars[*q] == ')') {
            end = q + 1;
        }
    }
    Some(end)
}

/// Does the figure at `p` stand inside a bracket, after a word that says the same in other terms
/// (6.5GW(即65亿瓦), 1.44GW(GW为装机单位,亦即1440兆瓦), 2亿美元(约合14亿元))? Such a bracket glosses
/// the figure before it; it states nothing of its own. `s` is where the clause starts.
fn glossed(chars: &[char], s: usize, p: usize) -> bool {
    let Some(open) = (s..p).rev().find(|q| matches!(chars[*q], '(' | ')')) else {
        return false;
    };
    chars[open] == '(' && contains_any(chars, open + 1, p, &["即", "约合", "折合", "相当于"])
}

/// Trims separators at the end of a name.
fn strip_back(chars: &[char], a: usize, mut b: usize) -> usize {
    loop {
        if b > a && matches!(chars[b - 1], '、' | '和' | '均' | '“' | '的' | '为' | '前') {
            b -= 1;
            continue;
        }
        match ["力争", "争取", "努力", "确保", "分别"]
            .iter()
            .find_map(|w| ends_at(chars, b, w))
        {
            Some(p) if p >= a => b = p,
            _ => return b,
        }
    }
}

/// Cuts a name before a comparison with a base (较…, 比…, 在…基础上) and drops a leading verb
/// that names no indicator (实施, 新增 stay: they say what is counted).
fn core_name(chars: &[char], a: usize, b: usize) -> (usize, usize) {
    let mut end = b;
    let base = (a..b).find(|p| {
        at(chars, *p, "较")
            || ((at(chars, *p, "比") || at(chars, *p, "在"))
                && chars
                    .get(p + 1)
                    .is_some_and(|c| c.is_ascii_digit() || *c == '上'))
    });
    if let Some(p) = base {
        if p > a {
            end = strip_back(chars, a, p);
        }
    }
    (a, end)
}

/// Is `chars[a..b]` nothing but a verb (实施, 形成 …)?
fn only_verb(chars: &[char], a: usize, b: usize) -> bool {
    let mut a = a;
    for place in ["全市", "全区", "全县", "全省"] {
        if at(chars, a, place) {
            a += 2;
        }
    }
    // 在主导产业领域建立: a place phrase, then the verb.
    if at(chars, a, "在") && TARGET_VERBS.iter().any(|w| ends_at(chars, b, w).is_some()) {
        return true;
    }
    a >= b
        || TARGET_VERBS
            .iter()
            .chain(DOING_VERBS)
            .any(|w| at(chars, a, w) && a + w.chars().count() >= b)
}

/// Splits a subject (A、B和C) into item ranges.
fn split_subject(chars: &[char], a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut s = a;
    // (殡改宣传(惠民政策、殡改法规等)覆盖率: a list in brackets glosses one subject.)
    let mut depth = 0i32;
    for j in a..=b {
        match chars.get(j) {
            Some('(') => depth += 1,
            Some(')') => depth -= 1,
            _ => {}
        }
        // (地级及以上城市, 三级及以下医院: 及以上 and 及以下 bound one noun, they join none.)
        let bound = at(chars, j, "及以上") || at(chars, j, "及以下");
        if j == b
            || (matches!(chars.get(j), Some('、') | Some('和') | Some('及'))
                && !bound
                && depth <= 0)
        {
            let (x, y) = (strip_front(chars, s, j), strip_back(chars, s, j));
            if x < y {
                items.push((x, y));
            }
            s = j + 1;
        }
    }
    items
}

/// The subjects that share a rate named after the last of them (公共图书馆、文化馆覆盖率,
/// 城市道路、公共建筑无障碍设施建设率): each gets the figure. Empty unless the name lists short
/// subjects and only its last item names the rate.
fn shared_rate(chars: &[char], a: usize, b: usize) -> Vec<(usize, usize)> {
    let items = split_subject(chars, a, b);
    let Some(((la, lb), heads)) = items.split_last() else {
        return Vec::new();
    };
    let rate = |x: usize, y: usize| {
        (x..y).any(|p| {
            ["率", "比例", "占比", "比重"]
                .iter()
                .any(|w| at(chars, p, w))
        })
    };
    let short = |(x, y): &(usize, usize)| {
        y > x && y - x <= 14 && !(*x..*y).any(|p| chars[p].is_ascii_digit() || chars[p] == ',')
    };
    // (Or rates each named in full: 残疾儿童入园率和康复训练率达到90%以上.)
    // (Not efficiencies, which name one compound measure: 利用效率和综合效率.)
    let all_rates = heads.iter().chain([&(*la, *lb)]).all(|(x, y)| {
        y > x
            && chars[y - 1] == '率'
            && !(*x..y - 1).any(|p| chars[p] == '率')
            && ends_at(chars, *y, "效率").is_none()
    });
    let fits = !heads.is_empty()
        && ((["覆盖率", "建设率", "普及率", "达标率", "开放率"]
            .iter()
            .any(|w| ends_at(chars, *lb, w).is_some_and(|p| p > *la))
            && heads.iter().all(|h| short(h) && !rate(h.0, h.1)))
            || (all_rates && heads.iter().all(short)));
    if fits {
        items
    } else {
        Vec::new()
    }
}

/// The items of the list `a..b` when each names one measure in full and all end with the same
/// word for it (万元产值用水量、万元增加值用水量: two water intensities), else none: a figure after
/// them is each one's.
fn same_measure(chars: &[char], a: usize, b: usize) -> Vec<(usize, usize)> {
    let items = split_subject(chars, a, b);
    let ending = |(x, y): &(usize, usize)| chars.get(y.saturating_sub(2)..*y).filter(|_| y >= x);
    let fits = items.len() > 1
        && items.iter().all(|(x, y)| {
            y > x
                && y - x >= 4
                && y - x <= 14
                && !(*x..*y).any(|p| chars[p].is_ascii_digit() || chars[p] == ',')
        })
        && items
            .iter()
            .all(|it| ending(it).is_some() && ending(it) == items.first().and_then(ending));
    if fits {
        items
    } else {
        Vec::new()
    }
}

/// The words a list of places shares after its last item (高新区和经开区营业收入 → 营业收入),
/// for every item but the last; `None` for the last item or when the items share nothing.
fn shared_tail(chars: &[char], items: &[(usize, usize)], k: usize) -> Option<(usize, usize)> {
    const PLACE: &[char] = &['区', '市', '县', '省', '镇', '乡', '村', '园', '港'];
    let (last, heads) = items.split_last()?;
    if k + 1 >= items.len() || heads.is_empty() {
        return None;
    }
    let short_place = |(a, b): (usize, usize)| {
        b > a && b - a <= 6 && chars.get(b - 1).is_some_and(|c| PLACE.contains(c))
    };
    if !heads.iter().all(|h| short_place(*h)) {
        return None;
    }
    let p = (last.0 + 1..last.1.min(last.0 + 6)).find(|p| PLACE.contains(&chars[*p]))?;
    (last.1 > p + 2).then_some((p + 1, last.1))
}

/// Do the words ending at `p` name the plan's own goals (…5项工作指标, 奋斗目标“535511”)? A
/// quoted name right after the goal word (a slogan built from the figures) belongs to it.
fn names_goals(chars: &[char], p: usize) -> bool {
    let goal = |q: usize| {
        ["指标", "目标", "任务"]
            .iter()
            .any(|w| ends_at(chars, q, w).is_some())
    };
    if goal(p) {
        return true;
    }
    // (奋斗目标“535511”,即…: the slogan is short and stands between the goal word and 即.)
    let Some(close) = p.checked_sub(1) else {
        return false;
    };
    if !matches!(chars.get(close), Some('”' | '"' | '」')) {
        return false;
    }
    // (目标是“3456”: a copula may come between.)
    (close.saturating_sub(12)..close)
        .rev()
        .find(|q| matches!(chars.get(*q), Some('“' | '"' | '「')))
        .is_some_and(|q| {
            goal(q)
                || ((ends_at(chars, q, "是").is_some() || ends_at(chars, q, "为").is_some())
                    && goal(q - 1))
        })
}

/// The comparator word ending at `end`, if any.
fn pre_cue(chars: &[char], end: usize) -> Option<(usize, &'static str, Comparator)> {
    PRE_CUES
        .iter()
        .find_map(|(w, c)| ends_at(chars, end, w).map(|p| (p, *w, *c)))
        .filter(|(p, w, _)| {
            !WORD_SIGNS.contains(w)
                || p.checked_sub(1)
                    .and_then(|q| chars.get(q))
                    .is_some_and(|c| is_han(*c))
        })
}

#[allow(clippy::too_many_arguments)]
fn clause(
    chars: &[char],
    s: usize,
    e: usize,
    goal: bool,
    cx: Context,
    scope: &mut Scope,
    out: &mut Vec<Candidate>,
) {
    let drafted_before = out.len();
    // Where the clause's own words start (after 并, 力争, a bullet or a dateline).
    let opening = lead(chars, s, e);
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
    let sub = subsidy(s, e) || carried;
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
    let past = last_year_glossed
        || PAST_WORDS
            .iter()
            .filter(|w| !(goal && vs_last_year.contains(w)))
            .filter(|w| !(last_year_base && ["去年", "上年", "比上年", "较上年"].contains(w)))
            .any(|w| contains_any(chars, s, e, &[w]))
        || (!goal
            && !scope.aspirational
            && !contains_any(chars, s, e, ASPIRATION)
            && contains_any(chars, s, e, &["同比", "环比"]));
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
    let mut i = s;
    let mut item_start = s;
    let mut last_cue: Option<(&'static str, Comparator)> = None;
    let mut respectively: Option<(Vec<(usize, usize)>, usize)> = None;
    // The candidates a 分别 distributed, with whether a cue after the figure set their comparator.
    let mut distributed: Vec<(usize, bool)> = Vec::new();
    let mut prev_kind: Option<Kind> = None;
    let mut prev_fall: Option<&'static str> = None;
    let mut after_used: Option<usize> = None;
    // Where the condition on a share of the subjects starts (60%以上的城市…达到70%).
    let mut condition_from: Option<usize> = None;
    // Where the values of a base year start (由2022年的3.2亿元及379.6亿元,到2028年…).
    let mut base_from: Option<usize> = None;
    // 每8辆新车有1辆是电动车: one in eight of one kind of thing, a share written as a ratio; neither
    // figure is a count to reach.
    let one_in: Vec<usize> = (s..e)
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
        .collect();
    while i < e {
        if let Some(w) = ASPIRATION.iter().find(|w| at(chars, i, w)) {
            scope.aspirational = true;
            i += w.chars().count();
            continue;
        }
        // 自2021年起,利用3年时间: a start year and a count of years make the deadline.
        // 分2024、2025、2026三个年度建设34座: a total spread over the years listed is due by the
        // last of them.
        let span_end = years_from(chars, i)
            .map(|(_, y, after)| (y, after))
            .or_else(|| spread_over_years(chars, i));
        if let Some((y, after)) = span_end {
            if y >= cx.start && cx.this_year.is_none_or(|t| y >= t) {
                scope.year = Some(y);
                scope.year_at = i;
            }
            i = after;
            continue;
        }
        // Fiscal years: (2023-24 至 2032-33 年度), 2022-23年度: the calendar year in which the
        // last fiscal year ends.
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
            i = after;
            continue;
        }
        // Year phrases: scope (到2025年, 2017年,) or baseline (在2022年的基础上, 比2020年).
        if let Some((y, after)) = year_at(chars, i)
            .or_else(|| roc_year(chars, i, cx))
            .or_else(|| year_of_role(chars, i))
        {
            // A year inside a title (《2026至2030年…方案》) scopes nothing.
            if excluded(chars, i, s) {
                i = after;
                continue;
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
                    i = ["底前", "年底", "底", "末"]
                        .iter()
                        .find(|w| at(chars, after, w))
                        .map_or(after, |w| after + w.chars().count());
                    continue;
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
                i = after + 1;
                continue;
            }
            if let Some(end) = deadline {
                look_ahead(scope, y, cx);
                end_last_year(scope, y, cx);
                scope.year = Some(y);
                scope.year_at = ends_at(chars, i, "到")
                    .or_else(|| ends_at(chars, i, "在"))
                    .or_else(|| ends_at(chars, i, "于"))
                    .unwrap_or(i);
                i = end;
                continue;
            }
            // 2023年前5个月,…: the months gone by of a year report it.
            if months_of(chars, after) && cx.this_year.is_none_or(|t| y <= t) {
                scope.past = true;
                i = after;
                continue;
            }
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
                i = after;
                continue;
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
                || ((before("由") || before("从"))
                    && !at(chars, after, "起")
                    && !at(chars, after, "开始"))
            {
                scope.baseline_year = Some(y);
                if (before("由") || before("从")) && at(chars, after, "的") {
                    base_from = Some(after);
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
            i = after;
            continue;
        }
        // 今年, 明年, 年底前: counted from the year the document was issued.
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
                    i = after;
                    continue;
                }
                // 与今年相比, 比今年: the year the figures are measured from, not their deadline.
                let base = ["与", "比", "较", "同"]
                    .iter()
                    .any(|b| ends_at(chars, i, b).is_some())
                    || ["相比", "相较", "比较"].iter().any(|b| at(chars, after, b));
                if base {
                    scope.baseline_year = Some(this + d);
                    i = after;
                    continue;
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
                    i = after;
                    continue;
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
                i = after;
                continue;
            }
        }
        // “十四五”时期 / 十四五末 / 十五五期间: the plan period's last year.
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
                i = after;
                continue;
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
            i = after;
            continue;
        }
        // Special shapes without a figure.
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
        let reported = (past && !binary_here)
            || sub
            || (scope.past && !conversion_here)
            || present_lead
            || scope.elsewhere
            || scope.restated;
        if let Some(done) = (!reported)
            .then(|| special(chars, s, e, i, cx, scope, out, &mut item_start))
            .flatten()
        {
            i = done;
            continue;
        }
        let Some(n) = scan(chars, i) else {
            i += 1;
            continue;
        };
        i = n.end.max(i + 1);
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
            continue;
        }
        if scope.undated && scope.year.is_none() {
            continue;
        }
        if present_lead && !(scope.year.is_some() && scope.year_at > s) {
            continue;
        }
        // 第3位, 第5名: an ordinal, not a quantity.
        if ends_at(chars, n.start, "第").is_some() {
            continue;
        }
        // 6.5GW(即65亿瓦): a figure a bracket gives in other words restates the one before it.
        if glossed(chars, s, n.start) {
            continue;
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
            continue;
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
            continue;
        }
        // (提前15至30分钟: 提前 is a lead time, not a rank.)
        let rank =
            ends_at(chars, n.start, "前").is_some() && ends_at(chars, n.start, "提前").is_none();
        if one_in.contains(&n.start) {
            continue;
        }
        // 成熟一个、开工一个,建成一个、开放一个: one at a time, the rhythm of the work, not a count.
        let one_at_a_time = n.chinese
            && n.value() == 1.0
            && at(chars, n.end, "个")
            && (n.end + 1..(n.end + 6).min(chars.len()))
                .chain(n.start.saturating_sub(5)..n.start)
                .any(|p| at(chars, p, "一个"));
        if one_at_a_time {
            continue;
        }
        let Some(found) = figure(chars, &n, e, rank) else {
            continue;
        };
        // (A decimal in words, 四点五%, is written as a figure wherever it stands: no word of
        // the language reads 四点五 otherwise.)
        if n.chinese
            && n.decimals == 0
            && !chinese_ok(chars, n.start, item_start, prev_kind.is_some())
        {
            continue;
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
                i = found.end;
                continue;
            }
        }
        // 一、优化公共服务方面(7项): a count alone in brackets counts the items of the list.
        if n.start > 0
            && chars[n.start - 1] == '('
            && chars.get(found.end) == Some(&')')
            && ["项", "件", "个", "类"].contains(&found.unit.as_str())
        {
            i = found.end;
            continue;
        }
        // 危桥改造12座(其中:1座四五类危桥、11座宽路窄桥): the parts of a count in brackets.
        if in_breakdown(chars, s, n.start) {
            i = found.end;
            continue;
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
            continue;
        }
        i = found.end;
        // 将这34座场站划分为5类: a count after 这 or 上述 points back to things already counted.
        if ["这", "上述"]
            .iter()
            .any(|w| ends_at(chars, n.start, w).is_some())
        {
            continue;
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
            continue;
        }
        // 结合…以及8个景区等, 依托现有3个园区: what the work draws on is there already.
        if ["结合", "依托"].iter().any(|w| at(chars, opening, w))
            && pre_cue(chars, n.start).is_none()
        {
            continue;
        }
        // Comparator.
        let pre = pre_cue(chars, n.start).or_else(|| {
            // 达到前 → rank; 在 between cue and figure (控制在 is a cue itself).
            ends_at(chars, n.start, "在").and_then(|p| pre_cue(chars, p))
        });
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
        let of_base_year = base_from.is_some_and(|p| {
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
            continue;
        }
        if current || of_base_year || is_base_value(chars, item_start, n.start, found.end) {
            scope.baseline_value = Some(found.value);
            continue;
        }
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
            continue;
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
            continue;
        }
        // 明确场地面积(不低于150㎡)、年活动频次(不少于20场): a bound in brackets after a
        // noun states a standard the thing must meet, not an aim of the plan.
        let bound = pre
            .filter(|(_, w, _)| BOUNDS.contains(w))
            .map(|(p, _, _)| p);
        if bracketed_standard(chars, s, n.start, bound, found.post.is_some(), found.end) {
            continue;
        }
        // 约600个环境卫生黑点于2023年底前消除至少75%: a count that opens the clause and names
        // its subject, with the aim stated by a later figure of the clause.
        if found.post.is_none()
            && matches!(pre, None | Some((_, "约" | "大约", _)))
            && opens_clause(chars, pre.map(|p| p.0).unwrap_or(n.start), s, e)
            && subject_count(chars, found.end, e, true)
            && !(found.unit == "%" && share_reaches(chars, found.end, e).is_some())
        {
            continue;
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
            continue;
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
                continue;
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
            condition_from = Some(found.end);
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
            continue;
        }
        if condition_from.is_some_and(|p| n.start >= p) {
            continue;
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
            continue;
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
            continue;
        }
        // 建成后年产值可达30亿元, 该地盘可提供约200个单位: what a project would yield, not an aim.
        let can = |p: usize| {
            ends_at(chars, p, "可").is_some()
                || ["提供", "兴建", "建", "容纳", "供应", "安置"]
                    .iter()
                    .any(|v| {
                        ends_at(chars, p, v).is_some_and(|q| ends_at(chars, q, "可").is_some())
                    })
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
            continue;
        }
        let name_end = pre.map(|p| p.0).unwrap_or(n.start);
        let name_start = strip_front(chars, item_start, name_end);
        let name_empty = name_start >= strip_back(chars, name_start, name_end);
        let mut cues: Vec<String> = Vec::new();
        let mut cmp = match (pre, found.post) {
            // (突破100公里以上: 突破 says the figure is reached, 以上 bounds it and includes it.)
            (Some((_, "突破", Comparator::Gt)), Some((_, Comparator::Ge))) => Comparator::Ge,
            (Some((_, _, Comparator::Gt)), Some((_, Comparator::Ge))) => Comparator::Gt,
            (_, Some((_, c))) => c,
            (Some((_, _, c)), None) => c,
            (None, None) => match last_cue {
                Some((_, c)) if name_empty => c,
                // 约 heading a list governs the list (绿能约30%、燃煤20%).
                Some((_, Comparator::Approx)) if ends_at(chars, item_start, "、").is_some() => {
                    Comparator::Approx
                }
                _ => Comparator::Ge,
            },
        };
        if let Some((_, w, c)) = pre {
            cues.push(w.to_string());
            last_cue = Some((w, c));
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
            let change = REDUCTION.iter().chain(GROWTH).any(|g| {
                ends_at(chars, n.start, g).is_some() || ends_at(chars, name_end, g).is_some()
            });
            if lower && !change {
                cmp = Comparator::Le;
                cues.push("lower-is-better".into());
            }
        }
        // Is this a target at all?
        // 每年, 全年 (stripped from the name) make it yearly; the 年 of a year (2025年全市) does not.
        // (2025年培育, 2023年度: the 年 of a year, not 每年.)
        let annual = (s..n.start).any(|p| {
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
                .is_some_and(|c| c.is_ascii_digit());
        // A change right before the figure, up or down (增长6%, 排放总量下降8%).
        // 为4000名老年人提供家庭照护床位服务, 对1000户家庭安装智能水表, 为200万中小学生开展测评:
        // the people or homes a piece of work serves, counted before the verb of doing.
        let served = {
            let a = lead(chars, item_start, n.start);
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
        let bracketed = (item_start + 1..n.start).any(|p| {
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
            let a = lead(chars, item_start, n.start);
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
            let a = lead(chars, item_start, n.start);
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
        let verb = served
            || bracketed
            || verb_after
            || numbered
            || find_any(chars, item_start, n.start, TARGET_VERBS).is_some()
            // (设置了6个专栏: the perfective reports what is done.)
            || (item_start..n.start).any(|p| {
                DOING_VERBS.iter().any(|w| {
                    at(chars, p, w) && chars.get(p + w.chars().count()) != Some(&'了')
                })
            })
            || GROWTH
                .iter()
                .chain(REDUCTION)
                .any(|g| ends_at(chars, n.start, g).is_some());
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
            continue;
        }
        // 提出5项发展目标, 提出24条重点举措: the count of what a plan puts forward is its own
        // framework, no target.
        if matches!(found.unit.as_str(), "项" | "条")
            && PUTS_FORWARD
                .iter()
                .any(|w| ends_at(chars, n.start, w).is_some())
        {
            continue;
        }
        // 《规划》设置了5个项目专栏: the count of a plan's boxes (专栏) is its own framework.
        let boxes = (found.end..(found.end + 6).min(e))
            .take_while(|p| is_han(chars[*p]))
            .any(|p| at(chars, p, "专栏"));
        if found.unit == "个" && boxes {
            continue;
        }
        // (着力抓好40项重点工作:, 实施以下6项任务: the count of the items a colon opens is the
        // list's own framework, no target.)
        if matches!(found.unit.as_str(), "项" | "条" | "件") && counts_listed(chars, found.end) {
            continue;
        }
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
            continue;
        }
        // (听全文约21分钟: minutes after 约 tell how long something takes, not an aim.)
        if found.unit == "分钟" && matches!(pre, Some((_, _, Comparator::Approx))) {
            continue;
        }
        if (found.unit == "岁" || duration)
            && pre.is_none()
            && !gained
            && !ahead
            && (!duration || found.post.is_none())
        {
            continue;
        }
        if found.unit.contains('元') && contains_any(chars, s, e, BUDGET_WORDS) {
            continue;
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
            continue;
        }
        // 服务人口1000人以上的水源地: a size after the attribute it bounds, then 的 and the noun,
        // says which of them are meant.
        let bounds = matches!(found.post, Some(("以上" | "以下", _)))
            && chars.get(found.end) == Some(&'的')
            && ["人口", "规模", "面积", "产值", "营收", "容量"]
                .iter()
                .any(|w| ends_at(chars, n.start, w).is_some());
        if bounds {
            continue;
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
            continue;
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
            continue;
        }
        // 完成保障性住房投资400亿元以上: the spending a piece of work is to complete, not its aim.
        // (力争完成投资2440亿元, 完成固定资产投资800亿元: the year's investment itself, named by
        // no piece of work, is an aim of the economy.)
        let item_lead = lead(chars, item_start, n.start);
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
            continue;
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
            continue;
        }
        // 人行道所占比例不宜低于30%: a bound a design should keep is a norm, not an aim.
        if pre.is_some_and(|p| {
            ["不宜", "不应", "宜"]
                .iter()
                .any(|w| ends_at(chars, p.0, w).is_some())
        }) {
            continue;
        }
        // 每个行政村(500人以上)建设1个网点: a bound in brackets right after a noun says which of
        // them are meant.
        if matches!(found.post, Some(("以上" | "以下" | "及以上" | "及以下", _)))
            && n.start > 0
            && chars[n.start - 1] == '('
            && chars.get(found.end) == Some(&')')
        {
            continue;
        }
        // 电动车仅7辆, 只有3家: a count the text finds too small now, not an aim.
        if ["仅", "仅有", "只有"]
            .iter()
            .any(|w| ends_at(chars, n.start, w).is_some())
        {
            continue;
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
            continue;
        }
        // 对研发投入超过500万元且增长20%以上的企业,…给予奖励: who qualifies for a measure.
        if eligibility(chars, s, n.end, e) {
            continue;
        }
        // 新增城镇就业5000人,农村劳动力转移就业3000人,合计8000人: the total of the items the
        // sentence has drafted, said again.
        let total = ["以上合计", "合计", "共计", "总计"]
            .iter()
            .find(|w| at(chars, name_start, w))
            .is_some_and(|w| name_start + w.chars().count() >= name_end);
        if total && scope.earlier.len() >= 2 {
            continue;
        }
        // 实施12类45件民生实事, 共7大类20项, 共包括…10个方面48个项目, 项目…共57个, 有18件项目,
        // 等15项核心指标: counts of the plan's own categories, projects and indicators, not aims.
        let category = |p: usize| {
            ["大类", "个方面", "类", "方面"].iter().any(|w| {
                ends_at(chars, p, w).is_some_and(|q| {
                    q > s
                        && (chars[q - 1].is_ascii_digit() || chinese_digit(chars[q - 1]).is_some())
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
            continue;
        }
        if measures {
            continue;
        }
        // 出台支持企业创新的政策20条, 印发配套文件5个: the plan's own documents, not an aim.
        if paperwork(chars, name_start, name_end) {
            continue;
        }
        // 成立专责小组,成员约20人: the size of a body the plan sets up to run itself.
        if found.unit == "人"
            && contains_any(chars, s, e, &["成员"])
            && ["小组", "专班", "委员会", "工作组", "领导小组"]
                .iter()
                .any(|w| contains_any(chars, s.saturating_sub(20), e, &[w]))
        {
            continue;
        }
        // 每季度召开1次推进会, 每年开展2次专项督查: meetings and inspections the plan holds itself.
        if matches!(found.unit.as_str(), "次" | "场") && contains_any(chars, s, e, MEETING_WORDS)
        {
            continue;
        }
        let has_cue = pre.is_some() || found.post.is_some() || rank;
        // 首批1万套于2024年建成: a year of completion right after the figure is its own deadline.
        let completed = completed_in(chars, found.end, e);
        let stated_year = scope.year.is_some() || scope.inherited.is_some() || completed.is_some();
        // A report of a plan introduces its targets with 提出 (纲要提出…累计降低17%); a list led
        // by a verb of making (新增…500名、…50个) states what the plan will add.
        let proposed = find_any(chars, s, n.start, &["提出"]).is_some();
        // (全市新建幼儿园30所: after a place.)
        let item_opening = lead(chars, item_start, n.start);
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
            || (prev_kind.is_some()
                && (ends_at(chars, item_start, "、").is_some()
                    || ["、", "以及"]
                        .iter()
                        .any(|w| ends_at(chars, n.start, w).is_some())))
            // (引育3-5家头部企业和30家研发制造企业: a count right after 和 that follows a drafted
            // count and its noun is one more object of the same verb.)
            || (prev_kind.is_some()
                && ends_at(chars, n.start, "和").is_some()
                && n.start >= item_start + 3);
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
            || prev_kind.is_some() && name_empty
            || proposed
            || adds)
        {
            continue;
        }
        // 全省粮食产量突破1200万吨 in a text without a period, a deadline or a word of aim: a
        // report of the present.
        // (A range of a count, 建设5—10处…平台, is what a plan allows; a report counts one figure.)
        let planned_range = found.upper.is_some() && !found.unit.contains('%');
        if !stated_year && !goal && !cx.dated_plan && !annual && !scope.intent && !planned_range {
            continue;
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
            continue;
        }
        let mut flags = Vec::new();
        if !stated_year {
            flags.push(Flag::YearDefaulted);
        }
        if pre.is_none() && found.post.is_none() && !rank && !(name_empty && last_cue.is_some()) {
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
            .or(prev_fall.filter(|_| name_empty && found.unit == "%"));
        let cumulative = find_any(
            chars,
            item_start,
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
                && !contains_any(chars, item_start, n.start, &["年均", "每年"])
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
        } else if item_start > clause_lead && respectively.is_none() {
            item_start
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
                    if scope.years.len() <= 1 && (at(chars, x, "城乡") || at(chars, x, "城鄉"))
                    {
                        items.push((x, y));
                    }
                }
                respectively = Some((items, 0));
            }
        }
        // (农村卫生户厕、生活垃圾处理设施覆盖率提高到68%、60%: as many rates listed after the cue
        // as subjects before the shared measure give each subject its own, as 分别 does.)
        if respectively.is_none() && found.unit == "%" && pre.is_some() {
            let (a, b) = core_name(chars, name_start, name_end);
            let items = shared_rate(chars, a, b);
            if items.len() > 1 && rates_listed_after(chars, found.end) + 1 == items.len() {
                respectively = Some((items, 0));
            }
        }
        let mut pushed = false;
        if let Some((items, k)) = respectively.as_mut() {
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
                distributed.push((out.len(), found.post.is_some()));
                out.push(c);
                pushed = true;
            }
        }
        if !pushed {
            // 均: A和B均超过x → one target each.
            let lead_jun = chars.get(lead(chars, item_start, name_end)) == Some(&'均');
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
                        && (x + 1..(*y).min(x + 6)).any(|q| {
                            matches!(chars[q], '市' | '县' | '区' | '省' | '州') && *y > q + 2
                        })
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
                    && GROWTH.iter().chain(REDUCTION).any(|g| {
                        g.chars().count() == c.name.1 - c.name.0 && at(chars, c.name.0, g)
                    });
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
                    after_used = Some(found.after_name.1);
                }
                scope.earlier.push(out.len());
                out.push(c);
            }
            scope.last_subject = Some((name_start, name_end));
        }
        prev_kind = Some(kind);
        scope.verb_led = (verb || continued) && !has_cue;
        prev_fall = reduction.filter(|_| kind == Kind::RelativeChange);
        item_start = after_used.take().unwrap_or(found.end);
        if matches!(chars.get(item_start), Some('、') | Some('和')) {
            item_start += 1;
        }
    }
    if let Some((items, k)) = &respectively {
        let by_year = items.len() <= 1 && scope.years.len() > 1;
        // (Only a list written with 、 alone: 和 may join words inside one name.)
        let enumerated = items.first().zip(items.last()).is_some_and(|(a, b)| {
            let words = &chars[a.0..b.1];
            words.contains(&'、') && !words.iter().any(|c| matches!(c, '和' | '及' | '与'))
        });
        if *k == 1 && items.len() > 1 && !by_year && enumerated {
            // A、B分别下降10%以上: one figure after 分别 is each subject's.
            if let Some(first) = distributed.first().and_then(|(x, _)| out.get(*x)).cloned() {
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
            let every_year: Vec<Candidate> = distributed
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
        } else if let Some((last, true)) = distributed.last().copied() {
            // 分别达到33%和18%左右: 左右 after the last figure governs the list.
            let approx = out.get(last).is_some_and(|c| c.cmp == Comparator::Approx);
            for (x, post) in &distributed {
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
    if out.len() == drafted_before && !sub && !past && !scope.past && !scope.elsewhere {
        if let Some(c) = done_by(chars, s, e, cx, scope) {
            out.push(c);
        } else if cx.direction_only {
            if let Some(c) = direction_only(chars, s, e, cx, scope) {
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
fn direction_only(
    chars: &[char],
    s: usize,
    e: usize,
    cx: Context,
    scope: &Scope,
) -> Option<Candidate> {
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
    Some(Candidate {
        name: (name_start, name_end),
        name_text: None,
        name_tail: None,
        value: 0.0,
        upper: None,
        unit: unit.to_string(),
        decimals: 0,
        year,
        cmp: Comparator::Ge,
        aspirational: scope.aspirational,
        kind: *kind,
        direction: if lower {
            Direction::Lower
        } else {
            Direction::Higher
        },
        baseline_year: None,
        baseline_value: None,
        quote: (a, end.min(e).max(a)),
        cues: vec![w.to_string()],
        rule: "direction-only",
        flags,
        shape: Shape::Carried,
    })
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
fn done_by(chars: &[char], s: usize, e: usize, cx: Context, scope: &Scope) -> Option<Candidate> {
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
    Some(Candidate {
        name,
        name_text: None,
        name_tail: None,
        value: 1.0,
        upper: None,
        unit: String::new(),
        decimals: 0,
        year,
        cmp: Comparator::Ge,
        aspirational: scope.aspirational,
        kind: Kind::Binary,
        direction: Direction::Higher,
        baseline_year: None,
        baseline_value: None,
        quote: (quote_start, e),
        cues: vec![w.to_string()],
        rule: "done-by",
        flags: vec![Flag::NameUncertain],
        shape: Shape::Carried,
    })
}

/// Signs a fall (下降13.5% → −13.5); a range runs from the larger fall to the smaller
/// (降低65%至70% → −70..−65).
fn fall(value: &mut f64, upper: &mut Option<f64>) {
    let (v, u) = (*value, *upper);
    match u {
        Some(u) => {
            *value = -u;
            *upper = Some(-v);
        }
        None => *value = -v,
    }
}

/// Makes a figure in tenths a change against a base by the change word `w` (提高, 减少…): a fall
/// is signed and its range runs from the larger fall to the smaller; without a base year
/// (`based`) the format cannot carry it.
fn tenths_change(c: &mut Candidate, w: &str, based: bool) {
    c.cues.push(w.to_string());
    c.kind = Kind::RelativeChange;
    if matches!(w, "减少" | "下降" | "降低") {
        c.direction = Direction::Lower;
        fall(&mut c.value, &mut c.upper);
    }
    if !based {
        c.shape = Shape::ChangeWithoutBase;
        c.flags.push(Flag::BaselineUnstated);
    }
}

/// Does the count ending at `end` (40项) name work or tasks that a colon right after opens
/// (40项重点工作:, 6项任务如下:): the count of the list that follows?
fn counts_listed(chars: &[char], end: usize) -> bool {
    let stop = (end..(end + 10).min(chars.len()))
        .find(|p| !is_han(chars[*p]))
        .unwrap_or(end);
    matches!(chars.get(stop), Some(':'))
        && contains_any(chars, end, stop, &["工作", "任务", "举措", "措施"])
}

/// Is the figure at `start..end` a base value: 由/从 before it (after the item's start), and a
/// change verb with 到/至 right after it?
fn is_base_value(chars: &[char], item_start: usize, start: usize, end: usize) -> bool {
    let from = find_any(chars, item_start, start, &["由", "从"]).is_some();
    let mut j = end;
    // 由2021年的0.75:1分别提高到0.77:1、0.8:1: the base of a list of aims.
    if at(chars, j, "分别") {
        j += 2;
    }
    if at(chars, j, "再") {
        j += 1;
    }
    let change = [
        "提高到",
        "提高至",
        "提升到",
        "提升至",
        "增加到",
        "增加至",
        "增长到",
        "增长至",
        "下降到",
        "下降至",
        "降低到",
        "降低至",
        "减少到",
        "减少至",
        "降到",
        "降至",
        "上升到",
        "上升至",
        "缩短到",
        "缩短至",
        "压缩到",
        "压缩至",
        // (由21000处增至23500处, 由5家升至8家.)
        "增至",
        "增到",
        "升至",
        "减至",
    ];
    from && change.iter().any(|w| at(chars, j, w))
}

/// A Chinese numeral counts only right after a comparator or target word, 前, or in a list, or
/// in an item opened by a verb of making (新建高标准农田三万亩).
fn chinese_ok(chars: &[char], start: usize, item_start: usize, listed: bool) -> bool {
    const VERBS: &[&str] = &[
        "建成", "力争", "打造", "新增", "培育", "引进", "累计", "实施", "形成", "新建", "建设",
        "创建", "提高", "提升", "增长", "增加", "下降", "降低", "减少", "完成",
    ];
    // 新建高标准农田三万亩: a verb of making opens the item and its object comes before the count.
    let opened = ["新建", "新增", "培育", "建成", "创建", "引进"]
        .iter()
        .any(|w| at(chars, lead(chars, item_start, start), w));
    // (目標二○三○年達成自建一萬戶社宅: a text that writes its years in Chinese digits writes its
    // figures in Chinese numerals too, so one after such a year of the item counts.)
    let chinese_year = (item_start..start).any(|p| {
        chinese_digit(chars[p]).is_some()
            && year_at(chars, p).is_some_and(|(_, after)| after <= start)
    });
    pre_cue(chars, start).is_some()
        || chinese_year
        || ends_at(chars, start, "前").is_some()
        || ends_at(chars, start, "分别").is_some()
        || VERBS.iter().any(|w| ends_at(chars, start, w).is_some())
        || opened
        || (listed && ends_at(chars, start, "、").is_some())
}

/// A figure with its unit, range and trailing cue.
#[derive(Debug)]
struct Found {
    value: f64,
    upper: Option<f64>,
    unit: String,
    post: Option<(&'static str, Comparator)>,
    end: usize,
    /// Words after the figure that can name it when nothing before does.
    after_name: (usize, usize),
}

/// Reads the unit, range and trailing cue after `n`; `None` if the figure is not a quantity.
fn figure(chars: &[char], n: &Number, e: usize, rank: bool) -> Option<Found> {
    let mut j = n.end;
    // 18/10万, 1/2: rates and fractions written with a slash.
    let slash_before = n.start > 0 && chars.get(n.start - 1) == Some(&'/');
    // 18/10万, 5/万: a rate per population, its denominator the unit.
    if !slash_before && chars.get(j) == Some(&'/') {
        if let Some(per) = ["10万", "十万", "100万", "万", "千"]
            .iter()
            .find(|w| at(chars, j + 1, w))
        {
            let end = j + 1 + per.chars().count();
            return finish(chars, n, n.value(), None, format!("/{per}"), end, e);
        }
    }
    // 10万分之58, 十万分之五十八: a rate per population written as a fraction.
    if at(chars, j, "分之") {
        let per = [(1e4, "/万"), (1e5, "/10万"), (1e6, "/100万")]
            .iter()
            .find(|(v, _)| n.value() == *v)?
            .1;
        let m = scan(chars, j + 2).filter(|m| m.start == j + 2)?;
        return finish(chars, &m, m.value(), None, per.to_string(), m.end, e);
    }
    // (每10万人口…医师数不低于3.8名: a figure right after 每 is the unit a rate counts per.)
    let per = n.start > 0 && chars[n.start - 1] == '每';
    if slash_before
        || per
        || (chars.get(j) == Some(&'/') && chars.get(j + 1).is_some_and(|c| c.is_ascii_digit()))
    {
        return None;
    }
    // 缩短至4.5年, 维持在3年左右: a duration in years after a comparator word (not 到2025年,
    // 3年内, 5年来).
    // (分别达到90%、92%和13.5年: a listed figure of a 分别 takes the comparator before the list.)
    let listed = ["、", "和"]
        .iter()
        .any(|w| ends_at(chars, n.start, w).is_some())
        && contains_any(chars, n.start.saturating_sub(40), n.start, &["分别"]);
    if chars.get(j) == Some(&'年')
        && !n.chinese
        && n.value() < 100.0
        // (平均受教育年限11.3年: or right after the name of a number of years.)
        && (pre_cue(chars, n.start).is_some()
            || listed
            || ["年限", "年数"]
                .iter()
                .any(|w| ends_at(chars, n.start, w).is_some()))
        && !matches!(
            chars.get(j + 1),
            Some('内' | '前' | '底' | '后' | '来' | '度' | '级' | '末' | '间')
        )
    {
        return finish(chars, n, n.value(), None, "年".to_string(), j + 1, e);
    }
    // Dates and years, document and item numbers, versions.
    if matches!(
        chars.get(j),
        Some(
            '年' | '月'
                | '日'
                | '号'
                | '版'
                | '期'
                | '届'
                | '级'
                | '类'
                | '楼'
                | '室'
                | '岁'
                | '分'
                | '小'
                | '天'
                | '周'
                | '季'
                | '代'
                | 'G'
                | '纳'
                | '大'
                | 'A'
                | 'B'
                | 'C'
                | 'D'
        )
    ) && !(n.chinese && at(chars, j, "大") && n.value() == 10.0)
        && unit_at(chars, j).is_none()
    {
        return None;
    }
    let unit_of = |j: &mut usize| -> Option<String> {
        if n.chinese && at(chars, *j, "大") {
            *j += 1;
            return Some("个".to_string());
        }
        let (u, len) = unit_at(chars, *j)?;
        *j += len;
        Some(u.to_string())
    };
    let mut upper = None;
    let mut unit = unit_of(&mut j);
    // Range: 3-5项, 3至5项, 3到5项.
    if matches!(chars.get(j), Some('-' | '至' | '到' | '~')) {
        if let Some(m) = scan(chars, j + 1) {
            let mut k = m.end;
            let u2 = if n.chinese && at(chars, k, "大") {
                None
            } else {
                unit_at(chars, k)
            };
            if let Some((u, len)) = u2 {
                if unit.is_none() || unit.as_deref() == Some(u) {
                    k += len;
                    unit = Some(u.to_string());
                    upper = Some(m.value());
                    j = k;
                }
            }
        }
    }
    // 28±2%: a range around the figure.
    if chars.get(j) == Some(&'±') {
        if let Some(m) = scan(chars, j + 1) {
            if let Some((u, len)) = unit_at(chars, m.end) {
                if unit.is_none() || unit.as_deref() == Some(u) {
                    let (lower, up) = (n.value() - m.value(), n.value() + m.value());
                    return finish(chars, n, lower, Some(up), u.to_string(), m.end + len, e);
                }
            }
        }
    }
    // 0.8:1, 1.95:1以内: a ratio to one (城乡居民收入比), its unit `:1` (not a time, 08:30).
    if unit.is_none()
        && chars.get(j) == Some(&':')
        && chars.get(j + 1) == Some(&'1')
        && !chars
            .get(j + 2)
            .is_some_and(|c| c.is_ascii_digit() || *c == '.')
    {
        return finish(chars, n, n.value(), None, ":1".to_string(), j + 2, e);
    }
    // (5列入, 3列为: 列 as a verb after a figure is no unit.)
    if unit.as_deref() == Some("列") && matches!(chars.get(j), Some('入' | '为' | '出' | '表'))
    {
        return None;
    }
    // 6个月, 3个季度: durations, not quantities.
    if unit.as_deref() == Some("个") && matches!(chars.get(j), Some('月' | '季' | '工')) {
        return None;
    }
    // 40万吨矿石码头, 5万吨散货泊位: tons right before a berth name the size of one, as 级 does.
    if unit.as_deref() == Some("吨")
        && (j..(j + 8).min(e)).any(|p| {
            ["码头", "泊位", "航道"].iter().any(|w| at(chars, p, w))
                && (j..p).all(|q| is_han(chars[q]))
        })
    {
        return None;
    }
    // 30万吨级航道, 千亿元级别的产业集群: an amount before 级 names a class of size, not a
    // quantity to reach.
    if unit.is_some() && chars.get(j) == Some(&'级') {
        return None;
    }
    // 发电量达到640亿度左右, 节电3000万度: 度 after 万 or 亿 is a kilowatt-hour of electricity
    // (a temperature or an angle is not counted in 万).
    if unit.is_none() && n.magnitude >= 1e4 && chars.get(j) == Some(&'度') {
        unit = Some("千瓦时".to_string());
        j += 1;
    }
    let unit = match unit {
        Some(u) => u,
        None if rank => "名".to_string(),
        // 5.6亿 (users), 1.2万亿: the magnitude is the unit.
        None if n.magnitude == 1e12 && !n.chinese => "万亿".to_string(),
        None if n.magnitude == 1e8 => "亿".to_string(),
        None if n.magnitude == 1e4 => "万".to_string(),
        // 缩小到1.7以内: a ratio, with a comparator on both sides.
        None if pre_cue(chars, n.start).is_some()
            && POST_CUES.iter().any(|(w, _)| at(chars, j, w)) =>
        {
            String::new()
        }
        // 灌溉水有效利用系数达到0.58: a coefficient's level is a bare decimal.
        None if n.value() < 10.0
            && pre_cue(chars, n.start).is_some_and(|(p, _, _)| {
                COEFFICIENTS.iter().any(|w| ends_at(chars, p, w).is_some())
            }) =>
        {
            "系数".to_string()
        }
        None => return None,
    };
    finish(chars, n, n.value(), upper, unit, j, e)
}

/// Completes a figure: money and bare magnitudes keep their magnitude in the unit; reads the
/// trailing cue and the words after.
fn finish(
    chars: &[char],
    n: &Number,
    value: f64,
    upper: Option<f64>,
    unit: String,
    j: usize,
    e: usize,
) -> Option<Found> {
    let mut unit = unit;
    let mut upper = upper;
    let mut j = j;
    if unit == "批" {
        return None;
    }
    if MEASURE_NOUNS.iter().any(|w| at(chars, j, w)) {
        return None;
    }
    let mut value = value;
    if unit == "亿" || unit == "万" || unit == "万亿" {
        value = n.mantissa;
        upper = upper.map(|u| u / n.magnitude);
    }
    // Money keeps its magnitude in the unit (34亿元 → 34 亿元; 1.2万亿元 → 12000 亿元).
    if matches!(unit.as_str(), "元" | "美元" | "美金" | "港元" | "新台币") {
        let (v, u) = match n.magnitude {
            m if m >= 1e12 => (n.mantissa * 1e4, "亿"),
            m if m >= 1e8 => (n.mantissa, "亿"),
            m if m >= 1e4 => (n.mantissa, "万"),
            _ => (n.mantissa, ""),
        };
        value = v;
        if let Some(up) = upper.as_mut() {
            *up /= n.magnitude
                / if u == "亿" {
                    1e8
                } else if u == "万" {
                    1e4
                } else {
                    1.0
                };
        }
        unit = format!("{u}{unit}");
        if at(chars, j, "/人") {
            unit.push_str("/人");
            j += 2;
        }
    }
    // 200亿立方米/年左右, 3.1万吨/日以上: a quantity per year or per day is a rate whose unit
    // goes on after the slash; the cue after it (左右, 以上) is the figure's.
    if !unit.is_empty() && unit != "%" && !unit.contains('/') {
        if let Some(per) = ["/年", "/日", "/天"].iter().find(|w| at(chars, j, w)) {
            unit.push_str(per);
            j += 2;
        }
    }
    let post = POST_CUES
        .iter()
        .find(|(w, _)| at(chars, j, w))
        .map(|(w, c)| (*w, *c));
    if let Some((w, _)) = post {
        j += w.chars().count();
    }
    let mut k = j;
    while k < e
        && k - j < 16
        && !matches!(chars[k], '、' | ',' | ';' | '。' | '(' | '和' | '等')
        && !chars[k].is_ascii_digit()
    {
        k += 1;
    }
    Some(Found {
        value,
        upper,
        unit,
        post,
        end: j,
        after_name: (j, k),
    })
}

/// Targets written without a figure: 全覆盖, 零的突破, 双倍增, 翻一番, 减半, 碳达峰, 百分之X, X成.
/// Returns the index after the match when one was drafted or skipped.
#[allow(clippy::too_many_arguments)]
fn special(
    chars: &[char],
    s: usize,
    e: usize,
    i: usize,
    cx: Context,
    scope: &mut Scope,
    out: &mut Vec<Candidate>,
    item_start: &mut usize,
) -> Option<usize> {
    let year = scope.year.or(scope.inherited).unwrap_or(cx.default_year);
    let mk = |name: (usize, usize),
              value: f64,
              kind: Kind,
              unit: &str,
              rule: &'static str,
              end: usize,
              cue: &str| Candidate {
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
        baseline_year: scope.baseline_year,
        baseline_value: None,
        quote: (strip_front(chars, s, e).min(i), end),
        cues: vec![cue.to_string()],
        rule,
        flags: if scope.year.or(scope.inherited).is_some() {
            vec![]
        } else {
            vec![Flag::YearDefaulted]
        },
        shape: Shape::Carried,
    };
    let name_here = |upto: usize| {
        let a = strip_front(chars, *item_start, upto);
        let mut b = strip_back(chars, a, upto);
        for w in ["实现", "基本实现", "逐步实现", "推动", "达到", "“", "取得"] {
            if let Some(p) = ends_at(chars, b, w) {
                b = strip_back(chars, a, p.max(a));
            }
        }
        (a, b.max(a))
    };
    if year < cx.start {
        return None;
    }
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
        out.push(mk(
            name_here(i),
            100.0,
            Kind::Coverage,
            "%",
            "coverage",
            end,
            "全覆盖",
        ));
        *item_start = end;
        return Some(end);
    }
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
        let a = strip_front(chars, *item_start, i);
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
                    let mut c = mk(
                        (from, p),
                        100.0,
                        Kind::Coverage,
                        "%",
                        "full-conversion",
                        end,
                        "电动化",
                    );
                    if split {
                        c.flags.push(Flag::Distributed);
                    }
                    if let Some(y) = inside {
                        c.year = y;
                        c.flags.retain(|f| *f != Flag::YearDefaulted);
                    }
                    out.push(c);
                }
                from = p + 1;
            }
            *item_start = end;
            return Some(end);
        }
    }
    // 2024年通过全国学前教育普及普惠县省级评估: passing an evaluation or an inspection by a
    // year the clause opens with is a yes/no aim.
    if let Some(end) = passes_review(chars, s, e, i, cx, scope) {
        let mut c = mk(
            (i, end),
            1.0,
            Kind::Binary,
            "",
            "passes-review",
            end,
            "通过",
        );
        c.quote.0 = c.quote.0.min(scope.year_at);
        out.push(c);
        *item_start = end;
        return Some(end);
    }
    for w in ["零的突破", "零”的突破", "“零”的突破"] {
        if at(chars, i, w) {
            let end = i + w.chars().count();
            out.push(mk(
                name_here(i),
                1.0,
                Kind::Binary,
                "",
                "zero-breakthrough",
                end,
                "零的突破",
            ));
            *item_start = end;
            return Some(end);
        }
    }
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
            name_here(i)
        };
        let name = if name.0 >= name.1 { (i, end) } else { name };
        let mut c = mk(name, 1.0, Kind::Binary, "", "binary-milestone", end, w);
        c.quote.0 = c.quote.0.min(verb.unwrap_or(i)).min(name.0);
        if let Some(y) = bare_year.filter(|_| scope.year.is_none()) {
            c.year = y;
            c.quote.0 = c.quote.0.min(i - 4);
            c.flags.retain(|f| *f != Flag::YearDefaulted);
        }
        out.push(c);
        *item_start = end;
        return Some(end);
    }
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
            let mut a = strip_front(chars, *item_start, i);
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
                let mut c = mk(*it, v, Kind::Multiple, "", "multiple", end, w);
                c.name_tail = shared_tail(chars, &items, k);
                if scope.baseline_year.is_none() {
                    c.flags.push(Flag::BaselineUnstated);
                }
                if items.len() > 1 {
                    c.flags.push(Flag::Distributed);
                }
                out.push(c);
            }
            scope.last_subject = Some((a, b));
            *item_start = end;
            return Some(end);
        }
    }
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
        let mut c = mk(
            name_here(i),
            -50.0,
            Kind::RelativeChange,
            "%",
            "halving",
            end,
            "减半",
        );
        c.direction = Direction::Lower;
        if scope.baseline_year.is_none() {
            c.shape = Shape::ChangeWithoutBase;
            c.flags.push(Flag::BaselineUnstated);
        }
        out.push(c);
        return Some(end);
    }
    // 百分之十五, 千分之零点五, 八成.
    let per = if at(chars, i, "百分之") {
        Some("%")
    } else if at(chars, i, "千分之") {
        Some("‰")
    } else {
        None
    };
    if let Some(unit) = per {
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
        let name = name_here(pre.map(|p| p.0).unwrap_or(i));
        let (kind, cue) = if unit == "%" {
            (Kind::Share, "百分之")
        } else {
            (Kind::Level, "千分之")
        };
        let mut c = mk(name, n.value(), kind, unit, "percent-words", end, cue);
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
                out.push(d);
            }
        } else {
            out.push(c);
        }
        *item_start = end;
        return Some(end);
    }
    // 超过一半, 至少一半: half, after a comparator word, is a share of 50%.
    if at(chars, i, "一半") {
        // (Of what: not 当中超过一半, a share of items the sentence counted before.)
        let subject = pre_cue(chars, i).filter(|(p, _, _)| {
            let (a, b) = name_here(*p);
            b > a
                && !["当中", "其中", "中"]
                    .iter()
                    .any(|w| ends_at(chars, b, w) == Some(a))
        });
        if let Some((p, _, cmp)) = subject {
            let mut c = mk(
                name_here(p),
                50.0,
                Kind::Share,
                "%",
                "fraction",
                i + 2,
                "一半",
            );
            c.cmp = cmp;
            out.push(c);
            *item_start = i + 2;
            return Some(i + 2);
        }
    }
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
                find_any(chars, *item_start, i, &changes).map(|(p, w)| (p + w.chars().count(), w))
            });
        let after_share = (i.saturating_sub(8).max(*item_start)..i).any(|p| at(chars, p, "占"));
        if let Some((num, den, mut end)) =
            over.filter(|(num, den, _)| *num >= 1.0 && *den >= 2.0 && *den <= 10.0 && num < den)
        {
            let post = POST_CUES.iter().find(|(w, _)| at(chars, end, w));
            // (…中有7个,占比超过三分之一: a share of the items just counted, with no subject.)
            let (na, nb) = name_here(pre.map(|p| p.0).unwrap_or(i));
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
                let mut c = mk(
                    name_here(cue_at),
                    value,
                    Kind::Share,
                    "%",
                    "fraction",
                    end,
                    "分之",
                );
                c.decimals = 6;
                c.cmp = post
                    .map(|p| p.1)
                    .or(pre.map(|p| p.2))
                    .unwrap_or(Comparator::Ge);
                if let Some((_, w)) = change.filter(|_| pre.is_none()) {
                    tenths_change(&mut c, w, scope.baseline_year.is_some());
                }
                out.push(c);
                *item_start = end;
                return Some(end);
            }
        }
    }
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
        let tenths = |name, kind, end| mk(name, n.value() * 10.0, kind, "%", "tenths", end, "成");
        if let Some(m) = upper {
            if pre.is_some() || change.is_some() {
                let end = m.end + 1;
                let cue_at = pre.map(|p| p.0).or(change.map(|c| c.0)).unwrap_or(i);
                let mut c = tenths(name_here(cue_at), Kind::Share, end);
                c.upper = Some(m.value() * 10.0);
                c.cmp = Comparator::Range;
                if let Some((_, w)) = change {
                    tenths_change(&mut c, w, based);
                }
                out.push(c);
                *item_start = end;
                return Some(end);
            }
        }
        // 将8成病友纳入, 让八成居民…: a share of the people a clause of causing names.
        // (Only by a stated deadline: 目标是让8成居民… alone states no year.)
        let causing = scope.year.or(scope.inherited).is_some()
            && (ends_at(chars, i, "将").is_some()
                || find_any(chars, *item_start, i, &["让", "使", "令"]).is_some())
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
                let mut c = tenths(name_here(p), Kind::RelativeChange, end);
                tenths_change(&mut c, w, based);
                out.push(c);
                *item_start = end;
                return Some(end);
            }
            // (目标2023年要让5G个人普及率超过4成: the share's name follows the verb of causing.)
            let (mut na, nb) = name_here(pre.map(|p| p.0).unwrap_or(i));
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
            out.push(c);
            *item_start = end;
            return Some(end);
        }
    }
    None
}

/// Whether the figure ending at `end` in the clause `s..e` states who qualifies for a measure: the
/// clause opens with 对/凡/支持/鼓励 and the figure lies inside a phrase that ends 的 + a kind of
/// recipient (对研发投入超过500万元且增长20%以上的企业, 凡年营业收入增长30%以上的项目), with no aim
/// stated after it.
fn eligibility(chars: &[char], s: usize, end: usize, e: usize) -> bool {
    let opening = lead(chars, s, e);
    if !["对", "凡", "支持", "鼓励", "对于"]
        .iter()
        .any(|w| at(chars, opening, w))
    {
        return false;
    }
    let Some(de) = (end..e).find(|&p| chars.get(p) == Some(&'的')) else {
        return false;
    };
    let recipients = [
        "企业",
        "工业企业",
        "项目",
        "单位",
        "机构",
        "个人",
        "主体",
        "人才",
        "团队",
        "家庭",
        "农户",
        "合作社",
        "园区",
        "平台",
    ];
    recipients.iter().any(|w| at(chars, de + 1, w))
        && !contains_any(
            chars,
            de,
            e,
            &[
                "达到",
                "不少于",
                "不低于",
                "超过",
                "突破",
                "增加到",
                "提高到",
            ],
        )
}

/// Whether the name `a..b` of a count is documents the government issues itself: opened by a verb
/// of issuing and ending with a kind of document (出台支持企业创新的政策, 制定配套文件).
fn paperwork(chars: &[char], a: usize, b: usize) -> bool {
    let a = lead(chars, a, b);
    // (共收集群众提出的意见建议110条: the suggestions gathered to choose the work.)
    let gathered = (a..(a + 8).min(b)).any(|p| at(chars, p, "收集") || at(chars, p, "征集"))
        && ["意见", "建议", "线索"]
            .iter()
            .any(|w| ends_at(chars, strip_back(chars, a, b), w).is_some());
    gathered
        || ["出台", "印发", "制定", "制发", "修订", "发布"]
            .iter()
            .any(|w| at(chars, a, w))
            && [
                "政策", "措施", "举措", "文件", "细则", "办法", "方案", "意见", "条款", "规定",
            ]
            .iter()
            .any(|w| ends_at(chars, strip_back(chars, a, b), w).is_some())
}

/// Does the clause from `a` (its opening) to `e` restate a higher government's aims in the plan
/// of a government of tier `tier` (国家提出…, 国务院要求…; in a city's or county's plan also
/// 全省提出…, 省里明确…)? Aims handed down to the plan's own government (省下达我县的目标) are
/// not read so.
fn higher_government(chars: &[char], a: usize, e: usize, tier: u8) -> bool {
    const NATIONAL: &[&str] = &["国家", "国务院", "中央", "党中央", "全国"];
    const PROVINCIAL: &[&str] = &["全省", "省委", "省政府", "省委省政府", "省里", "省级"];
    const PROPOSE: &[&str] = &["提出", "要求", "明确", "确定", "部署", "设定"];
    let mut higher: Vec<&str> = Vec::new();
    if tier >= 1 {
        higher.extend(NATIONAL);
    }
    if tier >= 2 {
        higher.extend(PROVINCIAL);
    }
    higher.iter().any(|h| {
        at(chars, a, h) && {
            let v = a + h.chars().count();
            PROPOSE.iter().any(|w| at(chars, v, w))
        }
    }) && !contains_any(chars, a, e, &["下达", "分解"])
}

/// Other countries and unions, whose aims a plan may quote as examples (新加坡设定目标于2023年…):
/// a sentence that opens with one states that country's aims, not the plan's.
const FOREIGN: &[&str] = &[
    "美国",
    "德国",
    "日本",
    "新加坡",
    "英国",
    "法国",
    "韩国",
    "欧盟",
    "澳大利亚",
    "加拿大",
    "俄罗斯",
    "意大利",
    "荷兰",
    "瑞典",
    "丹麦",
    "芬兰",
    "挪威",
    "瑞士",
    "以色列",
    "印度",
];

/// The year of completion that follows a figure ending at `j` in the clause up to `e`: 于/在 and
/// a year, perhaps a part of it, then a verb of completion (首批1万套于2024年建成, 其中5所于2025年
/// 秋季投入使用).
fn completed_in(chars: &[char], j: usize, e: usize) -> Option<i32> {
    let mut p = j;
    // The rest of the counted noun (单位, 个项目): a few characters at most.
    let until = (j + 6).min(e);
    while p < until && !(at(chars, p, "于") || at(chars, p, "在")) {
        p += 1;
    }
    if p >= until {
        return None;
    }
    let (y, mut q) = year_at(chars, p + 1)?;
    let rest_end = (q + 6).min(e);
    while q < rest_end
        && ![
            "建成",
            "落成",
            "完成",
            "竣工",
            "投入使用",
            "投用",
            "投产",
            "开通",
            "通车",
        ]
        .iter()
        .any(|w| at(chars, q, w))
    {
        q += 1;
    }
    (q < rest_end).then_some(y)
}
