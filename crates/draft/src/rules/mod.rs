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
//!
//! Where each reading lives: [`sentence()`] cuts a sentence into clauses and hands a paragraph's
//! deadline and review on ([`Carry`]); `clause` reads the figures of one clause, step by step;
//! `years` reads years, spans and deadlines; `past` reads a look back, a report of results and
//! the share done of a year's task; `names` finds where a clause's words start and the names and
//! subjects of a figure; `figures` reads a number's unit, range and cue word and where a number
//! states no quantity; `without_figure` drafts targets written without a figure (全覆盖, 减半,
//! 碳达峰, done by a deadline, a direction alone); `not_aims` tells figures that are not the
//! plan's own aims (who qualifies, its own paperwork, a higher government's or a foreign aim).
//! This module holds what they share: the per-sentence `Scope`, [`Context`], the
//! [`Candidate`] they draft, and the word lists more than one of them reads.

mod clause;
mod figures;
pub(crate) mod loose;
mod names;
mod not_aims;
mod past;
mod sentence;
mod without_figure;
mod years;

use plan_gauge_core::model::{Comparator, Direction, Kind};

pub(crate) use self::names::{after_speaker, lead};
pub(crate) use self::past::{looks_back, opens_gone_by};
pub(crate) use self::sentence::breaks_off;
pub use self::sentence::sentence;
pub(crate) use self::years::{five_year_plan, from_january, months_of, years_from};

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
