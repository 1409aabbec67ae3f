//! Checks of observations: periods, values against the missing status, duplicates and, with the
//! plan, unknown indicators and values the indicator's kind cannot take.

use super::{Code, Problem};
use crate::model::{
    Indicator, Kind, ObsStatus, Observation, ObservationSet, Plan, Series, FORMAT_V1,
};
use crate::time::{Date, Period};
use std::collections::{BTreeMap, BTreeSet};

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
    let mut seen = BTreeSet::new();
    // Inserted one by one rather than collected: collecting sorts first, code the widget's module
    // needs nowhere else (about 0.5 KB gzip); the last of two equal ids wins either way.
    let mut by_id: BTreeMap<&str, &Indicator> = BTreeMap::new();
    for ind in plan.iter().flat_map(|p| &p.indicators) {
        by_id.insert(ind.id.as_str(), ind);
    }
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
        if let Some(url) = o.url.as_deref().filter(|u| !super::is_web_url(u)) {
            out.push(Problem::error(style.at(i, "url"), Code::BadUrl).with("value", url));
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

/// Observations as read from a file, before they are checked.
#[derive(Debug, Clone, PartialEq)]
pub enum ObservationsFile {
    /// A `plan-gauge/1` JSON file, with its header (format, plan, sample).
    Json(ObservationSet),
    /// CSV rows: no header of their own, never sample data.
    Csv(Vec<Observation>),
}

impl ObservationsFile {
    /// The plan the file names (JSON only: CSV names none).
    pub fn plan_id(&self) -> Option<&str> {
        match self {
            ObservationsFile::Json(set) => Some(&set.plan),
            ObservationsFile::Csv(_) => None,
        }
    }
}

/// Whether an observations file is CSV: by its name when it ends in `.csv` or `.json`, else by
/// its text (JSON starts with `{`). The CLI and the widget both decide with this.
pub fn is_csv(name: &str, text: &str) -> bool {
    let name = name.to_ascii_lowercase();
    let name = name.split(['?', '#']).next().unwrap_or_default();
    if name.ends_with(".csv") {
        return true;
    }
    if name.ends_with(".json") {
        return false;
    }
    !super::strip_bom(text).trim_start().starts_with('{')
}

/// Checks observations read from a file, against their plan when given: the JSON header (its
/// `format` and the plan it names) and every row. This is the one check the CLI and the widget
/// share. Returns the set (CSV rows take the plan's id) with every problem found.
pub fn check_observations(
    file: ObservationsFile,
    plan: Option<&Plan>,
) -> (ObservationSet, Vec<Problem>) {
    match file {
        ObservationsFile::Json(set) => {
            let problems = validate_observation_set(&set, plan);
            (set, problems)
        }
        ObservationsFile::Csv(rows) => {
            let problems = validate_observations(&rows, plan, &PathStyle::Csv);
            let id = plan.map_or("", |p| p.id.as_str());
            (ObservationSet::for_plan(id, rows), problems)
        }
    }
}

/// Reads an observations file's text, JSON or CSV ([`is_csv`]), and checks it
/// ([`check_observations`]). `Err` holds the problems that stopped the reading.
pub fn read_observations(
    name: &str,
    text: &str,
    plan: Option<&Plan>,
) -> Result<(ObservationSet, Vec<Problem>), Vec<Problem>> {
    let file = if is_csv(name, text) {
        ObservationsFile::Csv(super::parse_observations_csv(text)?)
    } else {
        ObservationsFile::Json(super::parse_observations_json(text)?)
    };
    Ok(check_observations(file, plan))
}
