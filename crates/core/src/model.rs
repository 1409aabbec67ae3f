//! The plan data format `plan-gauge/1`: plans, indicators, targets and observations.
//!
//! These types are plain data. They deserialize leniently enough to report every problem through
//! [`crate::validate`] (which carries a path to each error) instead of failing on the first one.
//! The JSON Schema in `www/schema/plan-gauge-1.schema.json` describes the same shapes.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The value of the `format` field in every plan-gauge file.
pub const FORMAT_V1: &str = "plan-gauge/1";

/// The most decimals an indicator may ask for ([`Indicator::decimals`]).
pub const MAX_DECIMALS: u8 = 6;

/// A government plan document (行动方案, 实施方案, 规划) and the targets it sets.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Always `plan-gauge/1` ([`FORMAT_V1`]).
    pub format: String,
    /// Stable identifier: lowercase ASCII letters, digits, `-`, `_` and `.`, at most 64 characters
    /// (e.g. `zhenhai-2022`).
    pub id: String,
    /// Title as published, in the plan's own script.
    pub title: String,
    /// The title in other locales, keyed by BCP 47 tag (`en`, `zh-Hans`, `zh-Hant`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub i18n: BTreeMap<String, String>,
    /// The issuing body (发文机关), e.g. `宁波市镇海区科技创新工作领导小组办公室`.
    pub issuer: String,
    /// Date the document was issued or published (成文日期 / 发布日期), `YYYY-MM-DD`. Absent when
    /// the source does not give it: never guess a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<String>,
    /// Document number (文号), e.g. `万州府办发〔2023〕28号`, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_number: Option<String>,
    /// The years the plan covers, inclusive.
    pub period: PlanPeriod,
    /// The script the plan's texts are written in: `zh-Hans`, `zh-Hant` or `en`.
    pub locale: String,
    /// Where the published document can be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_url: Option<String>,
    /// The progress method used for indicators that do not choose their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<MethodName>,
    /// The document's outline: 一、 (一) 1.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Work items (任务) that carry no number of their own but name who leads them.
    #[serde(default)]
    pub tasks: Vec<Task>,
    /// Quantified targets and qualitative tasks that are tracked.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// The names of agencies in other locales: each key is an agency as the plan writes it (a
    /// `lead` or `partners` entry of a target or task, or the `issuer`), each value its names
    /// keyed by BCP 47 tag, e.g. `"区科技局": {"en": "Zhenhai District Science and Technology
    /// Bureau", "zh-Hant": "區科技局"}`. See [`crate::explain::agency_name`].
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub agencies: AgencyNames,
    /// Places where the document contradicts itself, and other editorial notes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<EditorNote>,
}

/// Agency names in other locales: agency as written → (BCP 47 tag → name).
pub type AgencyNames = BTreeMap<String, BTreeMap<String, String>>;

/// First and last year a plan covers, inclusive (`2022`–`2025`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PlanPeriod {
    /// First year covered (2022年).
    pub start: i32,
    /// Last year covered, inclusive (2025年).
    pub end: i32,
}

/// One heading of the document outline, with its children.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Unique within the plan, e.g. `2.1` for 二、(一).
    pub id: String,
    /// The numbering as printed: `一、`, `(一)`, `1.`.
    pub label: String,
    /// The heading text as printed, e.g. `主要目标`.
    pub title: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub i18n: BTreeMap<String, String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Section>,
}

/// A task paragraph of the plan with its lead agency, whether or not it states a number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Task {
    pub id: String,
    /// Id of the [`Section`] the task stands in.
    pub section: String,
    /// What the task asks for, in the plan's words.
    pub title: String,
    /// 牵头单位.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lead: Vec<String>,
    /// 配合单位 / 责任单位.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
}

/// Something the plan promises, measured by one series of observations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Unique within the plan: lowercase ASCII letters, digits, `-`, `_` and `.`, at most 64 characters.
    pub id: String,
    /// Name in the plan's own script, e.g. `高新技术企业数量`.
    pub name: String,
    /// The name in other locales, keyed by BCP 47 tag.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub i18n: BTreeMap<String, String>,
    /// Unit of the observed values as Chinese writes it: `家`, `%`, `亿元`, `件`, `项`, `个`.
    /// Empty for binary and qualitative indicators.
    #[serde(default)]
    pub unit: String,
    /// How many decimals the plan writes this indicator's figures with (`3.0%` → 1, `2.50%` → 2),
    /// from 0 to 6 ([`MAX_DECIMALS`]). When set, every target, baseline and observed value of
    /// the indicator is shown with at least that many decimals in its unit (`3.0%`, and an
    /// observed `2.88%` keeps its digits); when absent, figures drop trailing zeros (`3%`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(max = 6)))]
    pub decimals: Option<u8>,
    /// Whether a higher or a lower observed value is better.
    #[serde(default)]
    pub direction: Direction,
    pub kind: Kind,
    /// What one observation measures; defaults to [`Kind::default_series`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub series: Option<Series>,
    /// Id of the [`Section`] the indicator belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// True for the headline goals (主要目标) of the plan.
    #[serde(default, skip_serializing_if = "is_false")]
    pub headline: bool,
    /// Progress method for this indicator, overriding the plan's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<MethodName>,
    /// One target in most cases; more when the document states the figure in several places.
    #[serde(default)]
    pub targets: Vec<Target>,
    /// Free text shown with the indicator (definitions, caveats).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Whether a higher or lower value is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    #[default]
    Higher,
    Lower,
}

/// The shape of a target, which decides how progress toward it is computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A stock reaching a value: 高新技术企业达到685家.
    Level,
    /// A percentage or ratio: R&D经费支出占GDP比重达到3.0%.
    Share,
    /// A compound annual growth rate, in percent per year: 年均增长15%以上.
    GrowthRate,
    /// A minimum every year: 每年不少于250家.
    AnnualFloor,
    /// A band every year: 每年3–5项.
    AnnualRange,
    /// A sum of yearly flows over the period: 累计新增投资500亿元.
    Cumulative,
    /// A multiple of a baseline: 在2022年基础上实现双倍增 (value 2), 增长1倍以上 (value 2).
    Multiple,
    /// A yes/no result: 实现零的突破. Observations are 0 or 1.
    Binary,
    /// A share that must reach 100%: 全覆盖. Observations are percentages.
    Coverage,
    /// A task with no number, tracked as not started / in progress / done.
    Qualitative,
    /// A change relative to the base year, in percent of the base-year value: 比2020年下降13.5%
    /// (value −13.5, `direction: lower`), 比2022年增长20% (value 20). Needs a baseline year;
    /// observations are values of the measure itself, in `unit`.
    RelativeChange,
    /// A change of a percentage in points: 提高2个百分点 (value 2), 下降1.5个百分点 (value −1.5,
    /// `direction: lower`). Needs a baseline year; observations are the percentage (unit `%`).
    PointChange,
    /// A position in a ranking, where 1 is best: 进入全国前10名 (value 10, `cmp: "<="`,
    /// `direction: lower`).
    Rank,
}

impl Kind {
    pub const ALL: [Kind; 13] = [
        Kind::Level,
        Kind::Share,
        Kind::GrowthRate,
        Kind::AnnualFloor,
        Kind::AnnualRange,
        Kind::Cumulative,
        Kind::Multiple,
        Kind::Binary,
        Kind::Coverage,
        Kind::Qualitative,
        Kind::RelativeChange,
        Kind::PointChange,
        Kind::Rank,
    ];

    /// What an observation of this kind measures unless the indicator says otherwise.
    pub fn default_series(self) -> Series {
        match self {
            Kind::AnnualFloor | Kind::AnnualRange | Kind::Cumulative => Series::Flow,
            Kind::Qualitative => Series::Stage,
            _ => Series::Level,
        }
    }

    /// The snake_case name used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Level => "level",
            Kind::Share => "share",
            Kind::GrowthRate => "growth_rate",
            Kind::AnnualFloor => "annual_floor",
            Kind::AnnualRange => "annual_range",
            Kind::Cumulative => "cumulative",
            Kind::Multiple => "multiple",
            Kind::Binary => "binary",
            Kind::Coverage => "coverage",
            Kind::Qualitative => "qualitative",
            Kind::RelativeChange => "relative_change",
            Kind::PointChange => "point_change",
            Kind::Rank => "rank",
        }
    }

    /// True for kinds whose target is stated against the base-year value (翻一番, 比2020年下降,
    /// 提高2个百分点): without that value no target level exists.
    pub fn needs_base_value(self) -> bool {
        matches!(
            self,
            Kind::Multiple | Kind::RelativeChange | Kind::PointChange
        )
    }
}

/// What one observation of an indicator measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Series {
    /// The value of a stock or ratio at the end of the period.
    Level,
    /// The amount added during the period (counted toward annual and cumulative targets).
    Flow,
    /// A running total since the start of the target's counting period.
    RunningTotal,
    /// The growth over the previous period, in percent.
    Rate,
    /// Qualitative stage: 0 not started, 1 in progress, 2 done.
    Stage,
}

/// A named progress method; see [`crate::progress`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MethodName {
    /// Time-elapsed trajectory from the baseline to the target.
    #[default]
    Pace,
    /// Statistics Canada's CAGR ratio, as used by Open SDG.
    Opensdg,
}

impl MethodName {
    pub fn as_str(self) -> &'static str {
        match self {
            MethodName::Pace => "pace",
            MethodName::Opensdg => "opensdg",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "pace" => Some(MethodName::Pace),
            "opensdg" => Some(MethodName::Opensdg),
            _ => None,
        }
    }
}

/// A target: what value by when, from which baseline, who leads, and where the plan says so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// Intermediate and final values, in year order; the last one is the final target.
    pub milestones: Vec<Milestone>,
    /// For annual and cumulative targets: the first year that counts (defaults to the plan's start).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_year: Option<i32>,
    /// The starting point progress is measured from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    /// 牵头单位.
    #[serde(default)]
    pub lead: Vec<String>,
    /// 配合单位 / 责任单位.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    /// The clause that states the target.
    pub citation: Citation,
    /// Set when the document states this figure differently elsewhere; says where and how.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict: Option<String>,
}

/// One dated value of a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    /// The year by whose end the value is due (到2025年 → 2025).
    pub year: i32,
    /// The target value, in the indicator's unit; percent per year for growth rates; the multiple
    /// for multiples (双倍增 → 2); the change in percent or in points for relative and point
    /// changes; the position for ranks; 1 for binary; 100 for coverage. Absent for qualitative
    /// tasks (which are done when their stage is done), and for level and share targets that
    /// state only a direction (稳步提升, 持续增长: judged by Open SDG's rule without a target).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Upper bound, with `cmp: "range"` (每年3–5项 → value 3, upper 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper: Option<f64>,
    /// How the observed value must compare with `value`.
    #[serde(default)]
    pub cmp: Comparator,
    /// 力争: a stretch goal rather than a firm commitment.
    #[serde(default, skip_serializing_if = "is_false")]
    pub aspirational: bool,
}

/// How an observation must compare with a milestone value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Comparator {
    /// 达到, 不少于, 以上.
    #[default]
    #[serde(rename = ">=")]
    Ge,
    /// 超过, 突破.
    #[serde(rename = ">")]
    Gt,
    /// 控制在…以内, 不超过.
    #[serde(rename = "<=")]
    Le,
    /// 低于.
    #[serde(rename = "<")]
    Lt,
    /// 左右, 约.
    #[serde(rename = "≈")]
    Approx,
    /// Between `value` and `upper`, inclusive.
    #[serde(rename = "range")]
    Range,
}

impl Comparator {
    pub fn symbol(self) -> &'static str {
        match self {
            Comparator::Ge => "≥",
            Comparator::Gt => ">",
            Comparator::Le => "≤",
            Comparator::Lt => "<",
            Comparator::Approx => "≈",
            Comparator::Range => "–",
        }
    }
}

/// Where progress is measured from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Baseline {
    /// The base year (在2022年基础上 → 2022); its value describes the end of that year.
    pub year: i32,
    /// Absent when the plan names the base year but not the value (在2022年基础上…); the engine
    /// then takes the observation for that year, or reports that it cannot assess.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// Where the baseline value comes from, when it is not in the plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The clause of the plan that states a target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Citation {
    /// A short verbatim quote, e.g. `到2025年,高新技术企业数量达到685家`.
    pub quote: String,
    /// Id of the section the quote stands in.
    pub section: String,
}

/// An editor's note on the encoding, e.g. a figure the document states twice with different values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EditorNote {
    /// `conflict`, `ambiguity` or `omission`.
    pub kind: String,
    /// What the editor found and how it is encoded.
    pub text: String,
    /// Indicators the note is about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<String>,
}

/// A file of observations for one plan, kept apart from the plan itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ObservationSet {
    /// Always `plan-gauge/1` ([`FORMAT_V1`]).
    pub format: String,
    /// Id of the plan the observations belong to.
    pub plan: String,
    /// True for illustrative sample data (示例数据), which every view labels as such.
    #[serde(default)]
    pub sample: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub observations: Vec<Observation>,
}

impl ObservationSet {
    /// The observations of `plan` when they come without a file header of their own: none yet,
    /// or rows read from CSV (which names no plan and is never sample data).
    pub fn for_plan(plan: &str, observations: Vec<Observation>) -> ObservationSet {
        ObservationSet {
            format: FORMAT_V1.to_string(),
            plan: plan.to_string(),
            sample: false,
            note: None,
            observations,
        }
    }
}

/// One published value of an indicator for one period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// Id of the indicator in the plan.
    pub indicator: String,
    /// `2023`, `2023-Q2` or `2023-06`.
    pub period: String,
    /// Absent (null) exactly when the status is a missing status. Missing is never zero.
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub status: ObsStatus,
    /// Why a value is missing, or what a revision or break changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Who published the value (统计局, 科技局 …).
    #[serde(default)]
    pub source: String,
    /// When it was published, `YYYY-MM-DD`.
    #[serde(default)]
    pub published: String,
    /// Set when the source gives only a bound: 突破8800家 → `more_than`, 至少 → `at_least`.
    /// The value is the bound; sentences say so (`至少8,800家`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bound: Option<Bound>,
    /// The page the value was read from (`http` or `https`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The title of that page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The source's own words for the value, exactly as published.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<String>,
}

/// How a published figure bounds the true value, when the source gives only a bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// 至少, 不少于: the true value is at least the figure.
    AtLeast,
    /// 突破, 超过: the true value is above the figure.
    MoreThan,
    /// 至多, 不超过: the true value is at most the figure.
    AtMost,
    /// 不到, 低于: the true value is below the figure.
    LessThan,
}

impl Bound {
    pub const ALL: [Bound; 4] = [
        Bound::AtLeast,
        Bound::MoreThan,
        Bound::AtMost,
        Bound::LessThan,
    ];

    /// The snake_case name used in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Bound::AtLeast => "at_least",
            Bound::MoreThan => "more_than",
            Bound::AtMost => "at_most",
            Bound::LessThan => "less_than",
        }
    }

    pub fn parse(s: &str) -> Option<Bound> {
        Bound::ALL.into_iter().find(|b| b.as_str() == s.trim())
    }
}

/// Observation status, after SDMX `CL_OBS_STATUS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ObsStatus {
    /// SDMX `A`.
    #[default]
    Normal,
    /// SDMX `P`: 初步数.
    Provisional,
    /// SDMX `E`: 估计值.
    Estimated,
    /// A value that replaced an earlier published one (SDMX has no code; we use `R`).
    Revised,
    /// SDMX `B`: break in series; values before and after are not comparable.
    Break,
    /// SDMX `M`/`L`/`O`/`Q`: no value, with a reason in `note`.
    Missing,
}

impl ObsStatus {
    pub const ALL: [ObsStatus; 6] = [
        ObsStatus::Normal,
        ObsStatus::Provisional,
        ObsStatus::Estimated,
        ObsStatus::Revised,
        ObsStatus::Break,
        ObsStatus::Missing,
    ];

    /// The SDMX `OBS_STATUS` code (`R` for revised is our extension).
    pub fn code(self) -> &'static str {
        match self {
            ObsStatus::Normal => "A",
            ObsStatus::Provisional => "P",
            ObsStatus::Estimated => "E",
            ObsStatus::Revised => "R",
            ObsStatus::Break => "B",
            ObsStatus::Missing => "M",
        }
    }

    /// Reads a status as CSV files write it: a name (`provisional`) or an SDMX code (`P`; `M`, `L`,
    /// `O` and `Q` all read as missing). JSON files use the names only.
    /// An empty string is `normal`.
    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        Some(match s {
            "" | "A" | "normal" => ObsStatus::Normal,
            "P" | "provisional" => ObsStatus::Provisional,
            "E" | "estimated" => ObsStatus::Estimated,
            "R" | "revised" => ObsStatus::Revised,
            "B" | "break" => ObsStatus::Break,
            "M" | "L" | "O" | "Q" | "missing" => ObsStatus::Missing,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ObsStatus::Normal => "normal",
            ObsStatus::Provisional => "provisional",
            ObsStatus::Estimated => "estimated",
            ObsStatus::Revised => "revised",
            ObsStatus::Break => "break",
            ObsStatus::Missing => "missing",
        }
    }
}
