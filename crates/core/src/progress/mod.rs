//! The progress engine: pure functions of (plan, observations, as-of date, method).
//!
//! [`assess_plan`] gives one [`Assessment`] per target. Every assessment carries its [`Status`],
//! the numbers it was derived from and a [`Reason`] that [`crate::explain`] turns into a sentence
//! in each locale. Components and the CLI only present these values; they compute nothing.
//!
//! # Rules shared by every kind and method
//!
//! * **Method**: [`Options::method`], else the indicator's, else the plan's, else `pace`.
//! * **Observations** ([`series`]): rows of other indicators are ignored; missing values (no value,
//!   status `missing`, NaN or infinity) are gaps, never zero; only periods that end on or before the
//!   as-of date count; after a `break` only the values from the break on are used (the reason says
//!   so, and a baseline before the break is replaced by the break value); provisional and estimated
//!   values count but set [`Assessment::provisional`]. Yearly values come first; for level-type
//!   series a quarter or month value later than the last yearly one is used as the latest value.
//! * **Comparators** ([`cmp`]): `≥ > ≤ <` as written, `range` inclusive, `≈` (左右) met from
//!   [`APPROX_TOLERANCE`] (5%) short of the value onwards in the good direction. With
//!   `direction: lower`, `≥`/`>` read as `≤`/`<` (达到 a value where lower is better).
//! * **Aspirational (力争) milestones**: the judged final target is the last firm milestone; only when
//!   every milestone is aspirational is the last one judged, and the reason says it is a stretch goal.
//! * **Final verdict**: once the as-of date is past the end of the final milestone year, the status is
//!   `achieved` or `missed`, judged on the value for the final year; while that value is not yet
//!   published the status is `cannot_assess` ([`ReasonCode::FinalYearPending`]).
//! * Per-kind rules are documented in [`kinds`], the two methods in [`pace`] and [`opensdg`].

pub mod cmp;
pub mod kinds;
pub mod opensdg;
pub mod pace;
pub mod series;

use crate::model::{Bound, Comparator, Kind, MethodName, ObsStatus, Observation, Plan, Target};
use crate::time::Date;
use serde::Serialize;
use std::collections::BTreeMap;

pub use cmp::APPROX_TOLERANCE;
pub use opensdg::{OpensdgBand, OpensdgThresholds};
pub use pace::PaceThresholds;

/// What the engine needs besides the plan and the observations.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    /// The date the assessment is made at. Only periods that end on or before it count.
    pub as_of: Date,
    /// Overrides the method of the plan and of every indicator when set.
    pub method: Option<MethodName>,
    pub pace: PaceThresholds,
    pub opensdg: OpensdgThresholds,
}

impl Options {
    /// The documented defaults: no method override, [`PaceThresholds::DEFAULT`] (0.95 / 0.75,
    /// too early below 10% elapsed) and [`OpensdgThresholds::DEFAULT`] (0.95 / 0.60 / 0 with a
    /// target, 1.5% / 0.5% / 0 without).
    pub fn new(as_of: Date) -> Options {
        Options {
            as_of,
            method: None,
            pace: PaceThresholds::DEFAULT,
            opensdg: OpensdgThresholds::DEFAULT,
        }
    }
}

/// One assessment per target of every indicator, in plan order. Observations are grouped by
/// indicator once, so the work grows with the plan and the data, not with their product.
pub fn assess_plan(plan: &Plan, obs: &[Observation], opts: &Options) -> Vec<Assessment> {
    let mut by_indicator: BTreeMap<&str, Vec<&Observation>> = BTreeMap::new();
    for o in obs {
        by_indicator
            .entry(o.indicator.as_str())
            .or_default()
            .push(o);
    }
    let none: Vec<&Observation> = Vec::new();
    let mut out = Vec::with_capacity(plan.indicators.iter().map(|i| i.targets.len()).sum());
    for ind in &plan.indicators {
        let rows = by_indicator.get(ind.id.as_str()).unwrap_or(&none);
        for (i, t) in ind.targets.iter().enumerate() {
            out.push(kinds::assess(plan, ind, i, t, rows, opts));
        }
    }
    out
}

/// The assessment of target number `target` of indicator `indicator`; `None` when the plan has no
/// such indicator or target.
pub fn assess_target(
    plan: &Plan,
    indicator: &str,
    target: usize,
    obs: &[Observation],
    opts: &Options,
) -> Option<Assessment> {
    let ind = plan.indicators.iter().find(|i| i.id == indicator)?;
    let t: &Target = ind.targets.get(target)?;
    let rows: Vec<&Observation> = obs.iter().filter(|o| o.indicator == ind.id).collect();
    Some(kinds::assess(plan, ind, target, t, &rows, opts))
}

/// The method used for an indicator: the override, the indicator's, the plan's, else `pace`.
pub fn method_for(plan: &Plan, ind: &crate::model::Indicator, opts: &Options) -> MethodName {
    opts.method
        .or(ind.method)
        .or(plan.method)
        .unwrap_or_default()
}

/// The verdict on one target at the as-of date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// The final target is met.
    Achieved,
    /// Progress is at or ahead of what the trajectory expects by now.
    OnTrack,
    /// Somewhat behind the trajectory.
    AtRisk,
    /// Far behind the trajectory, or moving the wrong way.
    OffTrack,
    /// The deadline has passed and the target was not met.
    Missed,
    /// No usable observation.
    NoData,
    /// The counting period has not begun, or too little of it has elapsed to judge.
    TooEarly,
    /// A judgement would need something the data lack (a baseline, a second year, comparable values).
    CannotAssess,
}

impl Status {
    pub const ALL: [Status; 8] = [
        Status::Achieved,
        Status::OnTrack,
        Status::AtRisk,
        Status::OffTrack,
        Status::Missed,
        Status::NoData,
        Status::TooEarly,
        Status::CannotAssess,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Achieved => "achieved",
            Status::OnTrack => "on_track",
            Status::AtRisk => "at_risk",
            Status::OffTrack => "off_track",
            Status::Missed => "missed",
            Status::NoData => "no_data",
            Status::TooEarly => "too_early",
            Status::CannotAssess => "cannot_assess",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|st| st.as_str() == s)
    }

    /// True when the status is a judgement of progress rather than the absence of one.
    pub fn is_assessed(self) -> bool {
        !matches!(
            self,
            Status::NoData | Status::TooEarly | Status::CannotAssess
        )
    }
}

/// A milestone with its comparison resolved to absolute values in the indicator's unit where the
/// kind allows (a multiple of a known baseline becomes a level).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResolvedMilestone {
    pub year: i32,
    /// The target value as stated (multiple, rate, level …).
    pub stated: Option<f64>,
    /// The target as a value of the observed series, when it can be computed.
    pub value: Option<f64>,
    pub upper: Option<f64>,
    pub cmp: Comparator,
    pub aspirational: bool,
}

/// The observation an assessment rests on.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LatestValue {
    pub period: String,
    /// The value in the indicator's unit; for cumulative kinds, the running total.
    pub value: f64,
    pub status: ObsStatus,
    pub source: String,
    pub published: String,
    /// Set when the source gives only a bound (至少, 突破); the value is the bound.
    pub bound: Option<Bound>,
    /// The page the value was read from.
    pub url: Option<String>,
}

/// Why a status was given: what the engine found, with its figures as typed fields, so a
/// sentence can be built in any locale ([`crate::explain::reason_sentence`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub why: Why,
    /// The Open SDG band when the opensdg method judged it.
    pub band: Option<OpensdgBand>,
    /// Caveats shown after the reason sentence.
    pub notes: Vec<ReasonNote>,
}

/// A caveat attached to a reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonNote {
    /// The series was redefined at this period; earlier values were not used.
    SeriesBreak { period: String },
    /// The judged milestone is a stretch goal (力争).
    Aspirational,
    /// Open SDG: the base year `wanted` had no value, so the next year with one, `used`, is the base.
    BaseYearMoved { wanted: i32, used: i32 },
}

/// What the engine found, with the figures each finding rests on. Fractions and rates are plain
/// ratios (0.62, not 62).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "code")]
pub enum Why {
    /// The final target is met; `latest` is the value judged (absent for qualitative tasks).
    TargetMet {
        latest: Option<f64>,
    },
    /// Pace: the share of the way done against the share the trajectory expects by now.
    PaceCompared(PaceFigures),
    /// Open SDG: the observed compound growth rate, against the required one when there is a
    /// target value.
    Cagr(CagrFigures),
    /// Growth-rate targets: the realised compound rate against the required rate.
    GrowthCompared(GrowthFigures),
    /// Annual floors and ranges: years met against years elapsed.
    YearsMet(YearsTally),
    /// Binary and qualitative targets not yet done, before the deadline.
    NotYetDone(Pending),
    /// The deadline passed and the final value falls short; `latest` is the value judged.
    DeadlinePassed {
        latest: Option<f64>,
    },
    /// The deadline passed but the value for the final year is not published yet.
    FinalYearPending,
    NoObservations,
    /// Counting has not started or too little time has elapsed.
    NotStarted(Start),
    /// The baseline value is unknown and no observation exists for `base_year` (when known).
    NoBaseline {
        base_year: Option<i32>,
    },
    /// Fewer than two comparable observations.
    TooFewPoints,
    /// Base and latest values have different signs, or a zero base, or a break in series.
    NotComparable,
}

/// The figures of a pace judgement.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PaceFigures {
    /// Share of the way the trajectory expects at the latest observed period.
    pub expected_fraction: f64,
    /// Share of the way actually done.
    pub actual_fraction: f64,
    pub expected_value: f64,
    /// Share of the target period elapsed at the as-of date.
    pub elapsed: f64,
    /// `actual_fraction / expected_fraction`, when something is expected by now.
    pub ratio: Option<f64>,
    /// For cumulative targets: the running total and the year counting started.
    pub total: Option<RunningTotal>,
}

/// A cumulative target's running total since `from_year`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RunningTotal {
    pub sum: f64,
    pub from_year: i32,
}

/// The figures of an Open SDG judgement.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CagrFigures {
    pub base_year: i32,
    pub final_year: i32,
    /// Observed compound annual growth rate.
    pub observed: f64,
    /// Required rate to reach the target, when there is a target value.
    pub required: Option<f64>,
    /// Open SDG's progress measure P: observed / required with a target, else the signed rate.
    pub ratio: f64,
    /// Open SDG's score.
    pub score: f64,
}

/// The figures of a growth-rate judgement.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GrowthFigures {
    pub base_year: i32,
    /// Realised compound annual rate since the base year.
    pub realised: f64,
    /// The required rate (the target).
    pub required: f64,
    /// `realised / |required|`, when the required rate is not zero.
    pub ratio: Option<f64>,
    /// Open SDG's score, when the opensdg method judged it.
    pub score: Option<f64>,
}

/// Counts of years for annual targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct YearsTally {
    pub met: u32,
    pub missed: u32,
    pub elapsed: u32,
    /// Years elapsed without a published value.
    pub unknown: u32,
    pub from_year: i32,
}

/// Where a binary or qualitative target stands before its deadline.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Pending {
    /// Not achieved yet; `in_final_year` once the final year has begun.
    Binary { in_final_year: bool },
    /// Stage 0 (not started) or 1 (in progress); `elapsed` is the share of the period elapsed.
    Task { stage: f64, elapsed: f64 },
}

/// Why it is too early to judge.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Start {
    /// Counting starts in `year`, after the as-of date.
    FirstYear { year: i32 },
    /// Only this share of the period has elapsed.
    Elapsed { elapsed: f64 },
    /// No value after the base period yet.
    NoNewValue,
}

impl Reason {
    pub fn new(why: Why) -> Reason {
        Reason {
            why,
            band: None,
            notes: Vec::new(),
        }
    }

    /// The kind of finding, without its figures.
    pub fn code(&self) -> ReasonCode {
        match &self.why {
            Why::TargetMet { .. } => ReasonCode::TargetMet,
            Why::PaceCompared(_) => ReasonCode::PaceCompared,
            Why::Cagr(c) if c.required.is_some() => ReasonCode::CagrRatio,
            Why::Cagr(_) => ReasonCode::CagrNoTarget,
            Why::GrowthCompared(_) => ReasonCode::GrowthCompared,
            Why::YearsMet(_) => ReasonCode::YearsMet,
            Why::NotYetDone(_) => ReasonCode::NotYetDone,
            Why::DeadlinePassed { .. } => ReasonCode::DeadlinePassed,
            Why::FinalYearPending => ReasonCode::FinalYearPending,
            Why::NoObservations => ReasonCode::NoObservations,
            Why::NotStarted(_) => ReasonCode::NotStarted,
            Why::NoBaseline { .. } => ReasonCode::NoBaseline,
            Why::TooFewPoints => ReasonCode::TooFewPoints,
            Why::NotComparable => ReasonCode::NotComparable,
        }
    }

    /// The progress ratio the status was judged on: pace's actual/expected, the growth ratio or
    /// Open SDG's P.
    pub fn ratio(&self) -> Option<f64> {
        match &self.why {
            Why::PaceCompared(p) => p.ratio,
            Why::Cagr(c) => Some(c.ratio),
            Why::GrowthCompared(g) => g.ratio,
            _ => None,
        }
    }

    /// Open SDG's score, when the opensdg method judged it.
    pub fn score(&self) -> Option<f64> {
        match &self.why {
            Why::Cagr(c) => Some(c.score),
            Why::GrowthCompared(g) => g.score,
            _ => None,
        }
    }
}

impl From<Why> for Reason {
    fn from(why: Why) -> Reason {
        Reason::new(why)
    }
}

/// The kinds of finding, without their figures ([`Reason::code`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ReasonCode {
    /// The latest value meets the final target.
    TargetMet,
    /// Pace: actual fraction of the way vs the fraction of time elapsed.
    PaceCompared,
    /// Open SDG: observed CAGR vs required CAGR.
    CagrRatio,
    /// Open SDG without a target value: observed CAGR alone.
    CagrNoTarget,
    /// Growth-rate targets: realised CAGR vs the required rate.
    GrowthCompared,
    /// Annual floors and ranges: years met vs years elapsed.
    YearsMet,
    /// Binary and qualitative: not yet done / in progress.
    NotYetDone,
    /// The deadline passed and the final value falls short.
    DeadlinePassed,
    NoObservations,
    /// Counting has not started or too little time has elapsed.
    NotStarted,
    /// The baseline value is unknown and no observation for the base year exists.
    NoBaseline,
    /// Fewer than two comparable observations.
    TooFewPoints,
    /// Base and latest values have different signs, or a zero base, or a break in series.
    NotComparable,
    /// The deadline passed but the value for the final year is not published yet.
    FinalYearPending,
}

/// The assessment of one target of one indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub indicator: String,
    /// Index of the target within the indicator.
    pub target: usize,
    pub kind: Kind,
    pub method: MethodName,
    pub status: Status,
    pub reason: Reason,
    /// The as-of date, `YYYY-MM-DD`.
    pub as_of: String,
    pub latest: Option<LatestValue>,
    /// Baseline year and value actually used (from the plan or from an observation).
    pub baseline: Option<(i32, f64)>,
    /// The next milestone not yet due at the as-of date (the final one once all are due).
    pub next: Option<ResolvedMilestone>,
    pub final_target: Option<ResolvedMilestone>,
    /// Share of the way from baseline to the next / final milestone, 0 = baseline, 1 = reached.
    /// Not clamped: negative when moving away, above 1 when beyond.
    pub progress_next: Option<f64>,
    pub progress_final: Option<f64>,
    /// Share of the way the trajectory expects "by now": at the end of the latest observed period,
    /// which is the moment the actual value describes (data are published with a lag).
    pub expected_fraction: Option<f64>,
    /// The value the trajectory expects at the end of the latest observed period.
    pub expected_value: Option<f64>,
    /// Extrapolated value at the final deadline.
    pub projected_value: Option<f64>,
    /// Year the extrapolation reaches the final target, if it does by 2100.
    pub projected_year: Option<i32>,
    /// For annual kinds: (years met, years elapsed).
    pub years_met: Option<(u32, u32)>,
    /// True when any observation used is provisional or estimated.
    pub provisional: bool,
}

impl Assessment {
    /// A verdict with no figures: every value, milestone and projection absent. Callers fill in
    /// what they know with struct update syntax (`Assessment { latest, ..Assessment::new(…) }`).
    pub fn new(
        indicator: String,
        target: usize,
        kind: Kind,
        method: MethodName,
        status: Status,
        reason: Reason,
        as_of: String,
    ) -> Assessment {
        Assessment {
            indicator,
            target,
            kind,
            method,
            status,
            reason,
            as_of,
            latest: None,
            baseline: None,
            next: None,
            final_target: None,
            progress_next: None,
            progress_final: None,
            expected_fraction: None,
            expected_value: None,
            projected_value: None,
            projected_year: None,
            years_met: None,
            provisional: false,
        }
    }
}

/// Counts of assessments per status.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct StatusCounts {
    pub achieved: u32,
    pub on_track: u32,
    pub at_risk: u32,
    pub off_track: u32,
    pub missed: u32,
    pub no_data: u32,
    pub too_early: u32,
    pub cannot_assess: u32,
}

impl StatusCounts {
    pub fn add(&mut self, s: Status) {
        *self.slot(s) += 1;
    }

    pub fn get(&self, s: Status) -> u32 {
        match s {
            Status::Achieved => self.achieved,
            Status::OnTrack => self.on_track,
            Status::AtRisk => self.at_risk,
            Status::OffTrack => self.off_track,
            Status::Missed => self.missed,
            Status::NoData => self.no_data,
            Status::TooEarly => self.too_early,
            Status::CannotAssess => self.cannot_assess,
        }
    }

    pub fn total(&self) -> u32 {
        Status::ALL.iter().map(|s| self.get(*s)).sum()
    }

    fn slot(&mut self, s: Status) -> &mut u32 {
        match s {
            Status::Achieved => &mut self.achieved,
            Status::OnTrack => &mut self.on_track,
            Status::AtRisk => &mut self.at_risk,
            Status::OffTrack => &mut self.off_track,
            Status::Missed => &mut self.missed,
            Status::NoData => &mut self.no_data,
            Status::TooEarly => &mut self.too_early,
            Status::CannotAssess => &mut self.cannot_assess,
        }
    }
}
