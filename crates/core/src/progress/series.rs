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
use crate::time::{Period, TIME_SLACK};

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
            // A bound belongs to the published figure, not to a sum or difference made from it.
            bound: self.obs.bound.filter(|_| self.obs.value == Some(value)),
            url: self.obs.url.clone(),
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
        self.points.iter().rev().find(|p| p.t <= t + TIME_SLACK)
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
        .filter(|(p, _)| p.end() <= as_of + TIME_SLACK)
        .collect();
    let break_at = parsed
        .iter()
        .filter(|(_, o)| o.status == ObsStatus::Break)
        .map(|(p, _)| *p)
        .max_by(|a, b| a.end().total_cmp(&b.end()));
    let break_t = break_at.map(Period::end);
    let mut candidates: Vec<Point<'a>> = parsed
        .into_iter()
        .filter(|(_, o)| o.status != ObsStatus::Missing)
        .filter_map(|(period, obs)| {
            let value = obs.value.filter(|v| v.is_finite())?;
            let t = period.end();
            if break_t.is_some_and(|b| t < b - TIME_SLACK) {
                return None;
            }
            Some(Point {
                period,
                t,
                value,
                obs,
            })
        })
        .collect();
    // Stable sort: rows of one period stay in input order, so "the later row" is the later one.
    candidates.sort_by(|a, b| a.t.total_cmp(&b.t).then(a.period.cmp(&b.period)));
    let mut points: Vec<Point<'a>> = Vec::with_capacity(candidates.len());
    for point in candidates {
        match points.last_mut() {
            Some(last) if last.period == point.period => {
                let keep_old =
                    last.obs.status == ObsStatus::Revised && point.obs.status != ObsStatus::Revised;
                if !keep_old {
                    *last = point;
                }
            }
            _ => points.push(point),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn row(period: &str, value: Option<f64>, status: ObsStatus) -> Observation {
        Observation {
            indicator: "x".into(),
            period: period.into(),
            value,
            status,
            note: None,
            source: String::new(),
            published: String::new(),
            bound: None,
            url: None,
            title: None,
            quote: None,
        }
    }

    #[test]
    fn revised_wins_else_the_later_row_and_gaps_are_skipped() {
        let rows = [
            row("2023", Some(1.0), ObsStatus::Normal),
            row("2022", Some(5.0), ObsStatus::Revised),
            row("2023", Some(2.0), ObsStatus::Provisional),
            row("2022", Some(6.0), ObsStatus::Normal),
            row("2021", None, ObsStatus::Missing),
            row("2020", Some(f64::NAN), ObsStatus::Normal),
            row("2024-Q1", Some(9.0), ObsStatus::Normal),
            row("2023-Q3", Some(8.0), ObsStatus::Normal),
            row("2030", Some(7.0), ObsStatus::Normal),
        ];
        let refs: Vec<&Observation> = rows.iter().collect();
        let p = prepare(&refs, 2024.5, true);
        let got: Vec<(String, f64)> = p
            .points
            .iter()
            .map(|p| (p.period.to_string(), p.value))
            .collect();
        // 2030 has not ended; 2023-Q3 is before the last yearly value; 2024-Q1 is the latest.
        assert_eq!(
            got,
            [
                ("2022".to_string(), 5.0),
                ("2023".to_string(), 2.0),
                ("2024-Q1".to_string(), 9.0)
            ]
        );
        let p = prepare(&refs, 2024.5, false);
        assert_eq!(p.points.len(), 2);
    }

    #[test]
    fn a_break_drops_what_came_before() {
        let rows = [
            row("2020", Some(1.0), ObsStatus::Normal),
            row("2022", Some(3.0), ObsStatus::Break),
            row("2021", Some(2.0), ObsStatus::Normal),
            row("2023", Some(4.0), ObsStatus::Normal),
        ];
        let refs: Vec<&Observation> = rows.iter().collect();
        let p = prepare(&refs, 2030.0, true);
        assert_eq!(p.break_at, Some(Period::Year(2022)));
        let years: Vec<Option<i32>> = p.points.iter().map(Point::year).collect();
        assert_eq!(years, [Some(2022), Some(2023)]);
    }
}
