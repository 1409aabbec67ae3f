//! The progress engine: pure functions of (plan, observations, as-of date, method).
//!
//! [`assess_plan`] gives one [`Assessment`] per target. Every assessment carries its [`Status`],
//! the numbers it was derived from and a [`Reason`] that [`crate::explain`] turns into a sentence
//! in each locale. Components and the CLI only present these values; they compute nothing.

use crate::model::{Comparator, Kind, MethodName, ObsStatus};
use serde::Serialize;

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
        !matches!(self, Status::NoData | Status::TooEarly | Status::CannotAssess)
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
}

/// Why a status was given: a code plus the numbers, so a sentence can be built in any locale.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    pub code: ReasonCode,
    /// Named inputs and intermediate results, e.g. `("expected_fraction", 0.62)`.
    pub numbers: Vec<(&'static str, f64)>,
}

impl Reason {
    pub fn new(code: ReasonCode) -> Reason {
        Reason { code, numbers: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, value: f64) -> Reason {
        self.numbers.push((name, value));
        self
    }

    pub fn number(&self, name: &str) -> Option<f64> {
        self.numbers.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}

/// The kinds of explanation the engine gives. Each has a sentence in every locale table.
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
    /// Share of the way the trajectory expects by the as-of date (pace method).
    pub expected_fraction: Option<f64>,
    /// The value the trajectory expects by the as-of date.
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
