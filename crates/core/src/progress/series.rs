//! Turning observation rows into the points the engine judges.
//!
//! Rules (see also the module docs of [`crate::progress`]):
//! * a row whose period does not parse, whose value is absent, NaN or infinite, or whose status is
//!   `missing` is a gap: it is skipped, never read as zero;
//! * only periods that end on or before the as-of date count;
//! * the latest `break` row (by period end) starts the comparable series: rows before it are dropped;
//! * when one period appears twice, a `revised` value wins, else the later row;
//! * yearly values come first: every yearly point is kept, plus (when sub-year values are allowed)
//!   the one quarter or month value that ends after the last yearly value.

use crate::model::{ObsStatus, Observation};
use crate::progress::LatestValue;
use crate::time::Period;

/// One usable value.
#[derive(Debug, Clone, Copy)]
pub struct Point<'a> {
    pub period: Period,
    /// End of the period in decimal years.
    pub t: f64,
    pub value: f64,
    pub obs: &'a Observation,
}

impl Point<'_> {
    /// True for provisional and estimated values.
    pub fn is_provisional(&self) -> bool {
        matches!(
            self.obs.status,
            ObsStatus::Provisional | ObsStatus::Estimated
        )
    }

    pub fn latest_value(&self, value: f64) -> LatestValue {
        LatestValue {
            period: self.period.to_string(),
            value,
            status: self.obs.status,
            source: self.obs.source.clone(),
            published: self.obs.published.clone(),
        }
    }

    /// The year for yearly points; `None` for quarters and months.
    pub fn year(&self) -> Option<i32> {
        match self.period {
            Period::Year(y) => Some(y),
            _ => None,
        }
    }
}

/// The comparable, usable points of one indicator, in time order.
#[derive(Debug, Clone, Default)]
pub struct Prepared<'a> {
    pub points: Vec<Point<'a>>,
    /// The period of the break the series starts at, if any.
    pub break_at: Option<Period>,
}

impl<'a> Prepared<'a> {
    pub fn latest(&self) -> Option<&Point<'a>> {
        self.points.last()
    }

    /// The yearly point of `year`.
    pub fn year(&self, year: i32) -> Option<&Point<'a>> {
        self.points.iter().find(|p| p.period == Period::Year(year))
    }

    /// The latest point whose period ends on or before `t`.
    pub fn at_or_before(&self, t: f64) -> Option<&Point<'a>> {
        self.points.iter().rev().find(|p| p.t <= t + 1e-9)
    }

    /// End of the break period (the start of comparable data), if any.
    pub fn break_t(&self) -> Option<f64> {
        self.break_at.map(Period::end)
    }
}

/// Prepares the rows of one indicator (already filtered by id). `sub_year` allows one quarter or
/// month value after the last yearly one (level-type series only).
pub fn prepare<'a>(rows: &[&'a Observation], as_of: f64, sub_year: bool) -> Prepared<'a> {
    let parsed: Vec<(Period, &'a Observation)> = rows
        .iter()
        .filter_map(|o| Period::parse(&o.period).map(|p| (p, *o)))
        .filter(|(p, _)| p.end() <= as_of + 1e-9)
        .collect();
    let break_at = parsed
        .iter()
        .filter(|(_, o)| o.status == ObsStatus::Break)
        .map(|(p, _)| *p)
        .max_by(|a, b| a.end().total_cmp(&b.end()));
    let break_t = break_at.map(Period::end);
    let mut points: Vec<Point<'a>> = Vec::new();
    for (period, obs) in parsed {
        let Some(value) = obs.value.filter(|v| v.is_finite()) else {
            continue;
        };
        if obs.status == ObsStatus::Missing {
            continue;
        }
        let t = period.end();
        if break_t.is_some_and(|b| t < b - 1e-9) {
            continue;
        }
        let point = Point {
            period,
            t,
            value,
            obs,
        };
        match points.iter_mut().find(|p| p.period == period) {
            Some(existing) => {
                let keep_old =
                    existing.obs.status == ObsStatus::Revised && obs.status != ObsStatus::Revised;
                if !keep_old {
                    *existing = point;
                }
            }
            None => points.push(point),
        }
    }
    points.sort_by(|a, b| a.t.total_cmp(&b.t));
    let last_year_t = points
        .iter()
        .filter(|p| p.period.is_year())
        .map(|p| p.t)
        .fold(f64::NEG_INFINITY, f64::max);
    let latest_sub = if sub_year {
        points
            .iter()
            .filter(|p| !p.period.is_year() && p.t > last_year_t)
            .max_by(|a, b| a.t.total_cmp(&b.t))
            .copied()
    } else {
        None
    };
    points.retain(|p| p.period.is_year());
    if let Some(p) = latest_sub {
        points.push(p);
    }
    Prepared { points, break_at }
}
