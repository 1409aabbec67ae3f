//! The `pace` method: the share of the way covered against the share the time-elapsed trajectory
//! expects.
//!
//! * The trajectory runs from the baseline `(t0, b)` through every judged milestone to the final
//!   target, each segment linear (compound for multiples, see [`Track::compound`]). Times are
//!   decimal years; a value for year Y and a milestone "by Y" both sit at the end of Y (`Y + 1.0`).
//! * At the end of the latest observed period `t`: `actual = (latest − b) / (target − b)` and
//!   `expected = (E(t) − b) / (target − b)`, where `E` is the trajectory. Both are direction-aware
//!   through the sign of `target − b` and unclamped.
//! * `actual ≥ 0.95 × expected` → on track; `≥ 0.75 × expected` → at risk; else off track
//!   ([`PaceThresholds::DEFAULT`]).
//! * Too early: no observation after the baseline yet, or less than 10% of the time from the
//!   baseline to the deadline elapsed at the as-of date ([`PaceThresholds::min_elapsed`]).
//! * Projection: a straight line from the baseline through the latest value, extended to the
//!   deadline; the projected year is the year by whose end that line reaches the target.

use crate::model::{Comparator, Direction};
use crate::progress::{PaceFigures, Reason, Start, Status, Why};
use crate::time::TIME_SLACK;

/// Cut-offs of the pace method, as shares of the expected progress.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PaceThresholds {
    /// On track when actual ≥ `on_track` × expected.
    pub on_track: f64,
    /// At risk when actual ≥ `at_risk` × expected (and not on track); off track below.
    pub at_risk: f64,
    /// Too early while less than this share of the baseline-to-deadline time has elapsed.
    pub min_elapsed: f64,
}

impl PaceThresholds {
    /// 0.95 and 0.75 (the UpRaise cut-offs cited in the research notes), too early below 10%.
    pub const DEFAULT: PaceThresholds = PaceThresholds {
        on_track: 0.95,
        at_risk: 0.75,
        min_elapsed: 0.10,
    };

    /// The status for a ratio actual / expected. NaN gives `None`.
    pub fn status(&self, ratio: f64) -> Option<Status> {
        if ratio.is_nan() {
            None
        } else if ratio >= self.on_track {
            Some(Status::OnTrack)
        } else if ratio >= self.at_risk {
            Some(Status::AtRisk)
        } else {
            Some(Status::OffTrack)
        }
    }
}

impl Default for PaceThresholds {
    fn default() -> Self {
        PaceThresholds::DEFAULT
    }
}

/// The path from the baseline to the final target.
#[derive(Debug, Clone, PartialEq)]
pub struct Track {
    /// Baseline time (end of the base year) and value.
    pub t0: f64,
    pub base: f64,
    /// Resolved milestones after the baseline: (end of year, value), in time order; the last one is
    /// the judged final target.
    pub knots: Vec<(f64, f64)>,
    pub cmp: Comparator,
    pub upper: Option<f64>,
    pub dir: Direction,
    /// Geometric rather than linear segments (multiples: 翻番 comes from steady growth). Falls back to
    /// linear on a segment whose ends are not both positive.
    pub compound: bool,
}

impl Track {
    pub fn final_point(&self) -> Option<(f64, f64)> {
        self.knots.last().copied()
    }

    /// The value the trajectory expects at time `t` (baseline before `t0`, final after the deadline).
    pub fn expected(&self, t: f64) -> f64 {
        let mut prev = (self.t0, self.base);
        for &(kt, kv) in &self.knots {
            if t <= kt {
                let span = kt - prev.0;
                if span <= 0.0 || t <= prev.0 {
                    return prev.1;
                }
                let f = (t - prev.0) / span;
                return if self.compound && prev.1 > 0.0 && kv > 0.0 {
                    prev.1 * (kv / prev.1).powf(f)
                } else {
                    prev.1 + (kv - prev.1) * f
                };
            }
            prev = (kt, kv);
        }
        prev.1
    }

    /// Share of the way from the baseline to `goal` that `v` covers; `None` when the goal equals
    /// the baseline or lies on the wrong side of it for the comparator.
    pub fn fraction(&self, v: f64, goal: f64) -> Option<f64> {
        let span = goal - self.base;
        if !span.is_finite() || span.abs() <= 1e-12 * goal.abs().max(1.0) {
            return None;
        }
        if let Some(sign) = crate::progress::cmp::improving_sign(self.cmp, self.dir) {
            if span * sign < 0.0 {
                return None;
            }
        }
        let f = (v - self.base) / span;
        f.is_finite().then_some(f)
    }
}

/// What a method concluded before the deadline.
#[derive(Debug, Clone, PartialEq)]
pub struct Judged {
    pub status: Status,
    pub reason: Reason,
    pub expected_fraction: Option<f64>,
    pub expected_value: Option<f64>,
    pub projected_value: Option<f64>,
    pub projected_year: Option<i32>,
}

impl Judged {
    pub fn plain(status: Status, reason: Reason) -> Judged {
        Judged {
            status,
            reason,
            expected_fraction: None,
            expected_value: None,
            projected_value: None,
            projected_year: None,
        }
    }
}

/// Judges a track by pace, before the deadline and with the target not yet met. `(tl, vl)` is
/// the latest point, `as_of` the as-of time.
pub fn judge(track: &Track, tl: f64, vl: f64, as_of: f64, th: &PaceThresholds) -> Judged {
    let Some((tf, goal)) = track.final_point() else {
        return Judged::plain(Status::CannotAssess, Reason::new(Why::NotComparable));
    };
    if tl <= track.t0 + TIME_SLACK {
        return Judged::plain(
            Status::TooEarly,
            Reason::new(Why::NotStarted(Start::NoNewValue)),
        );
    }
    let elapsed = (as_of - track.t0) / (tf - track.t0);
    if elapsed.is_finite() && elapsed < th.min_elapsed {
        return Judged::plain(
            Status::TooEarly,
            Reason::new(Why::NotStarted(Start::Elapsed {
                elapsed: elapsed.max(0.0),
            })),
        );
    }
    let expected_value = track.expected(tl);
    let (Some(actual), Some(expected)) = (
        track.fraction(vl, goal),
        track.fraction(expected_value, goal),
    ) else {
        return Judged::plain(Status::CannotAssess, Reason::new(Why::NotComparable));
    };
    let (projected_value, projected_year) =
        project_linear(track.t0, track.base, tl, vl, tf, goal, track);
    let status = if expected <= 0.0 {
        // The trajectory expects nothing yet (a flat first segment): any step forward is on track.
        if actual >= 0.0 {
            Some(Status::OnTrack)
        } else {
            Some(Status::OffTrack)
        }
    } else {
        th.status(actual / expected)
    };
    let Some(status) = status else {
        return Judged::plain(Status::CannotAssess, Reason::new(Why::NotComparable));
    };
    let reason = Reason::new(Why::PaceCompared(PaceFigures {
        expected_fraction: expected,
        actual_fraction: actual,
        expected_value,
        elapsed,
        ratio: (expected > 0.0).then(|| actual / expected),
        total: None,
    }));
    Judged {
        status,
        reason,
        expected_fraction: Some(expected),
        expected_value: Some(expected_value),
        projected_value,
        projected_year,
    }
}

/// Latest year the engine projects to.
pub const PROJECTION_HORIZON: i32 = 2100;

/// A straight line from `(t0, b)` through `(tl, vl)`: its value at `tf`, and the year by whose end
/// it meets `goal` (the latest year if it already does; `None` if never by 2100).
pub fn project_linear(
    t0: f64,
    b: f64,
    tl: f64,
    vl: f64,
    tf: f64,
    goal: f64,
    track: &Track,
) -> (Option<f64>, Option<i32>) {
    let dt = tl - t0;
    if dt <= 0.0 {
        return (None, None);
    }
    let slope = (vl - b) / dt;
    let at_deadline = vl + slope * (tf - tl);
    let value = at_deadline.is_finite().then_some(at_deadline);
    let year = if crate::progress::cmp::meets(vl, goal, track.upper, track.cmp, track.dir) {
        year_of(tl)
    } else if slope != 0.0 && slope.is_finite() {
        let t_star = tl + (goal - vl) / slope;
        if t_star >= tl {
            year_of(t_star)
        } else {
            None
        }
    } else {
        None
    };
    (value, year)
}

/// The year by whose end time `t` has come (`2024.0` → 2023, `2024.3` → 2024); `None` beyond 2100.
pub fn year_of(t: f64) -> Option<i32> {
    if !t.is_finite() || t > f64::from(PROJECTION_HORIZON) + 1.0 || t < 1000.0 {
        return None;
    }
    let y = t.ceil() - 1.0;
    Some(y as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn track(compound: bool) -> Track {
        Track {
            t0: 2021.0,
            base: 400.0,
            knots: vec![(2026.0, 685.0)],
            cmp: Comparator::Ge,
            upper: None,
            dir: Direction::Higher,
            compound,
        }
    }

    #[test]
    fn linear_trajectory_expects_571_at_the_end_of_2023() {
        // 400 + (685 − 400) × (2024 − 2021) / (2026 − 2021) = 400 + 285 × 0.6 = 571
        assert!((track(false).expected(2024.0) - 571.0).abs() < 1e-9);
    }

    #[test]
    fn compound_trajectory_grows_geometrically() {
        // 400 × (685/400)^0.6 = 400 × e^(0.6 × ln 1.7125) = 400 × e^0.322771 = 552.38
        let e = track(true).expected(2024.0);
        assert!((e - 552.38).abs() < 0.01, "{e}");
    }

    #[test]
    fn years_of_times() {
        assert_eq!(year_of(2024.0), Some(2023));
        assert_eq!(year_of(2024.3), Some(2024));
        assert_eq!(year_of(2200.0), None);
        assert_eq!(year_of(f64::NAN), None);
    }
}
