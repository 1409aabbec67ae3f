//! Checks of observations: periods, values against the missing status, duplicates and, with the
//! plan, unknown indicators and values the indicator's kind cannot take.

use super::{Code, Problem};
use crate::model::{
    Indicator, Kind, ObsStatus, Observation, ObservationSet, Plan, Series, FORMAT_V1,
};
use crate::time::{Date, Period};
use std::collections::HashSet;

/// How paths into observations are written.
pub enum PathStyle {
    /// `observations[3].value`
    Json,
    /// `line 4 › value` (the header is line 1; assumes one line per row).
    Csv,
}

impl PathStyle {
    fn at(&self, i: usize, field: &str) -> String {
        match self {
            PathStyle::Json => format!("observations[{i}].{field}"),
            PathStyle::Csv => format!("line {} › {field}", i + 2),
        }
    }
}

/// Checks an observations file, against its plan when given.
pub fn validate_observation_set(set: &ObservationSet, plan: Option<&Plan>) -> Vec<Problem> {
    let mut out = Vec::new();
    if set.format != FORMAT_V1 {
        out.push(Problem::error("format", Code::Format).with("value", &set.format));
    }
    if let Some(plan) = plan {
        if set.plan != plan.id {
            out.push(
                Problem::error("plan", Code::PlanMismatch)
                    .with("value", &set.plan)
                    .with("expected", &plan.id),
            );
        }
    }
    out.extend(validate_observations(
        &set.observations,
        plan,
        &PathStyle::Json,
    ));
    out
}

/// Checks observations: periods, values against the missing status, duplicates, and — with the
/// plan — unknown indicators and values the indicator's kind cannot take.
pub fn validate_observations(
    obs: &[Observation],
    plan: Option<&Plan>,
    style: &PathStyle,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let by_id: std::collections::HashMap<&str, &Indicator> = plan
        .map(|p| {
            p.indicators
                .iter()
                .map(|ind| (ind.id.as_str(), ind))
                .collect()
        })
        .unwrap_or_default();
    for (i, o) in obs.iter().enumerate() {
        let indicator = plan.map(|_| by_id.get(o.indicator.as_str()).copied());
        if let Some(None) = indicator {
            out.push(
                Problem::error(style.at(i, "indicator"), Code::UnknownIndicator)
                    .with("value", &o.indicator),
            );
        }
        let period = Period::parse(&o.period);
        match period {
            None => out.push(
                Problem::error(style.at(i, "period"), Code::BadPeriod).with("value", &o.period),
            ),
            Some(p) => {
                if !seen.insert((o.indicator.as_str(), p)) {
                    out.push(
                        Problem::error(style.at(i, "period"), Code::DuplicateObservation)
                            .with("indicator", &o.indicator)
                            .with("value", &o.period),
                    );
                }
                if let Some(plan) = plan {
                    let (start, end) = (plan.period.start, plan.period.end);
                    if p.year() < start - 10 || p.year() > end + 10 {
                        out.push(
                            Problem::warning(style.at(i, "period"), Code::YearOutsidePeriod)
                                .with("year", p.year())
                                .with("start", start)
                                .with("end", end),
                        );
                    }
                }
            }
        }
        match (o.value, o.status == ObsStatus::Missing) {
            (Some(_), true) | (None, false) => {
                out.push(
                    Problem::error(style.at(i, "value"), Code::MissingMismatch)
                        .with("status", o.status.as_str()),
                );
            }
            (None, true) => {
                if o.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                    out.push(Problem::error(
                        style.at(i, "note"),
                        Code::MissingWithoutReason,
                    ));
                }
            }
            (Some(v), false) => {
                if !v.is_finite() {
                    out.push(Problem::error(style.at(i, "value"), Code::NotFinite));
                } else if let Some(Some(ind)) = indicator {
                    if let Some(problem) = observation_range(ind, v) {
                        out.push(
                            Problem::error(style.at(i, "value"), problem)
                                .with("value", v)
                                .with("kind", ind.kind.as_str()),
                        );
                    }
                }
            }
        }
        if !o.published.is_empty() && Date::parse(&o.published).is_none() {
            out.push(
                Problem::error(style.at(i, "published"), Code::BadDate).with("value", &o.published),
            );
        }
        if o.source.trim().is_empty() {
            out.push(Problem::warning(style.at(i, "source"), Code::NoSource));
        }
    }
    out
}

fn observation_range(ind: &Indicator, v: f64) -> Option<Code> {
    let series = ind.series.unwrap_or(ind.kind.default_series());
    let ok = match (ind.kind, series) {
        (Kind::Share | Kind::Coverage, _) => (0.0..=100.0).contains(&v),
        (Kind::Binary, _) => v == 0.0 || v == 1.0,
        (_, Series::Stage) => v == 0.0 || v == 1.0 || v == 2.0,
        (_, Series::Rate) => v > -100.0,
        _ => true,
    };
    (!ok).then_some(Code::OutOfRange)
}
