//! The `opensdg` method: Statistics Canada's CAGR ratio, as Open SDG implements it
//! (`sdg-build` `ProgressMeasure.py`, Open SDG 2.4.0; see `shared/research/mission-anchors.md` §2.1).
//!
//! ```text
//! CAGR(v1, v0, t1, t0) = (v1 / v0) ^ (1 / (t1 − t0)) − 1
//! s = −1 if y0 < 0 else +1;   d = +1 if higher is better else −1
//! with a target y_T in year T:   P = s · d · CAGR(y_t, y0, t, t0) / |CAGR(y_T, y0, T, t0)|
//!     P ≥ 0.95 substantial_progress → on track;  0.60 ≤ P < 0.95 moderate_progress → at risk;
//!     0 ≤ P < 0.60 limited_progress → off track;  P < 0 deterioration → off track
//! without a target:              P = s · d · CAGR(y_t, y0, t, t0), cut-offs 1.5% / 0.5% / 0
//! target achieved (latest meets the target) → achieved; not_available → cannot assess
//! ```
//! Guards: at least a year between base and latest (`t − t0 ≥ 1`, else not available), the base
//! not after the latest, base and latest of the same sign; a zero base or target counts as 0.001.
//! Times are ends of periods in decimal years, so yearly values give whole-year differences.
//! The score (−5 … 5) uses Open SDG's piecewise-linear `get_score`, written for the default
//! thresholds (the natural-limit factor C is 1: plans state no natural limits).

use crate::progress::{CagrFigures, Reason, Status, Why};
use crate::time::TIME_SLACK;

/// Open SDG's cut-offs for the progress value P.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OpensdgThresholds {
    /// With a target: substantial from `high`, moderate from `med`, limited from `low`.
    pub high: f64,
    pub med: f64,
    pub low: f64,
    /// Without a target: the same bands on the yearly growth rate itself.
    pub high_no_target: f64,
    pub med_no_target: f64,
    pub low_no_target: f64,
}

impl OpensdgThresholds {
    /// 0.95 / 0.60 / 0 with a target; 0.015 / 0.005 / 0 without (Open SDG defaults).
    pub const DEFAULT: OpensdgThresholds = OpensdgThresholds {
        high: 0.95,
        med: 0.60,
        low: 0.0,
        high_no_target: 0.015,
        med_no_target: 0.005,
        low_no_target: 0.0,
    };
}

impl Default for OpensdgThresholds {
    fn default() -> Self {
        OpensdgThresholds::DEFAULT
    }
}

/// Open SDG's status keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum OpensdgBand {
    #[serde(rename = "target_achieved")]
    TargetAchieved,
    #[serde(rename = "substantial_progress")]
    Substantial,
    #[serde(rename = "moderate_progress")]
    Moderate,
    #[serde(rename = "limited_progress")]
    Limited,
    #[serde(rename = "deterioration")]
    Deterioration,
    #[serde(rename = "not_available")]
    NotAvailable,
}

impl OpensdgBand {
    /// The key Open SDG uses (`substantial_progress` …).
    pub fn key(self) -> &'static str {
        match self {
            OpensdgBand::TargetAchieved => "target_achieved",
            OpensdgBand::Substantial => "substantial_progress",
            OpensdgBand::Moderate => "moderate_progress",
            OpensdgBand::Limited => "limited_progress",
            OpensdgBand::Deterioration => "deterioration",
            OpensdgBand::NotAvailable => "not_available",
        }
    }

    pub fn from_key(key: &str) -> Option<OpensdgBand> {
        [
            OpensdgBand::TargetAchieved,
            OpensdgBand::Substantial,
            OpensdgBand::Moderate,
            OpensdgBand::Limited,
            OpensdgBand::Deterioration,
            OpensdgBand::NotAvailable,
        ]
        .into_iter()
        .find(|b| b.key() == key)
    }

    /// target_achieved → achieved, substantial → on track, moderate → at risk, limited and
    /// deterioration → off track, not available → cannot assess.
    pub fn status(self) -> Status {
        match self {
            OpensdgBand::TargetAchieved => Status::Achieved,
            OpensdgBand::Substantial => Status::OnTrack,
            OpensdgBand::Moderate => Status::AtRisk,
            OpensdgBand::Limited | OpensdgBand::Deterioration => Status::OffTrack,
            OpensdgBand::NotAvailable => Status::CannotAssess,
        }
    }

    /// The band of a progress value P under the given cut-offs.
    pub fn of(p: f64, high: f64, med: f64, low: f64) -> OpensdgBand {
        if p.is_nan() {
            OpensdgBand::NotAvailable
        } else if p >= high {
            OpensdgBand::Substantial
        } else if p >= med {
            OpensdgBand::Moderate
        } else if p >= low {
            OpensdgBand::Limited
        } else {
            OpensdgBand::Deterioration
        }
    }
}

/// `(v1 / v0) ^ (1 / (t1 − t0)) − 1`; `None` unless finite.
pub fn cagr(v1: f64, v0: f64, t1: f64, t0: f64) -> Option<f64> {
    let dt = t1 - t0;
    if dt <= 0.0 || v0 == 0.0 {
        return None;
    }
    let ratio = v1 / v0;
    if ratio < 0.0 {
        return None;
    }
    let g = ratio.powf(1.0 / dt) - 1.0;
    g.is_finite().then_some(g)
}

/// Zero becomes 0.001, as Open SDG does for base values and targets.
pub fn nonzero(v: f64) -> f64 {
    if v == 0.0 {
        0.001
    } else {
        v
    }
}

/// The outcome of the Open SDG calculation.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    pub cagr_observed: f64,
    /// `None` without a target.
    pub cagr_required: Option<f64>,
    /// The progress value P.
    pub p: f64,
    pub band: OpensdgBand,
    pub score: f64,
}

/// Why Open SDG gives no result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotAvailable {
    /// Less than a year between base and latest, or base after latest.
    TooFewPoints,
    /// Base and latest of different signs, or a growth that cannot be computed.
    NotComparable,
}

/// Open SDG's progress value for base `(t0, y0)`, latest `(t, yt)`, optional target `(tt, yT)`;
/// `higher` is the direction (`d`). Does not test "target achieved": the caller does that first.
pub fn measure(
    t0: f64,
    y0: f64,
    t: f64,
    yt: f64,
    target: Option<(f64, f64)>,
    higher: bool,
    th: &OpensdgThresholds,
) -> Result<Measure, NotAvailable> {
    let span = t - t0;
    if span.is_nan() || span < 1.0 - TIME_SLACK {
        return Err(NotAvailable::TooFewPoints);
    }
    if (y0 < 0.0 && yt > 0.0) || (y0 > 0.0 && yt < 0.0) {
        return Err(NotAvailable::NotComparable);
    }
    let y0 = nonzero(y0);
    let s = if y0 < 0.0 { -1.0 } else { 1.0 };
    let d = if higher { 1.0 } else { -1.0 };
    let observed = cagr(yt, y0, t, t0).ok_or(NotAvailable::NotComparable)?;
    match target {
        Some((tt, yt_target)) => {
            let required =
                cagr(nonzero(yt_target), y0, tt, t0).ok_or(NotAvailable::NotComparable)?;
            if required == 0.0 {
                return Err(NotAvailable::NotComparable);
            }
            let p = s * d * observed / required.abs();
            if !p.is_finite() {
                return Err(NotAvailable::NotComparable);
            }
            Ok(Measure {
                cagr_observed: observed,
                cagr_required: Some(required),
                p,
                band: OpensdgBand::of(p, th.high, th.med, th.low),
                score: score_with_target(p),
            })
        }
        None => {
            let p = s * d * observed;
            Ok(Measure {
                cagr_observed: observed,
                cagr_required: None,
                p,
                band: OpensdgBand::of(p, th.high_no_target, th.med_no_target, th.low_no_target),
                score: score_without_target(p),
            })
        }
    }
}

/// Open SDG `get_score`, method 2: `P ≥ 0.6 → min(7.1429·P − 4.2857, 5)`, else
/// `max(4.1667·P − 2.5, −5)`. A target achieved scores 5 (the caller's case).
pub fn score_with_target(p: f64) -> f64 {
    if p >= 0.6 {
        (7.1429 * p - 4.2857).min(5.0)
    } else {
        (4.1667 * p - 2.5).max(-5.0)
    }
}

/// Open SDG `get_score`, method 1 with C = 1.
pub fn score_without_target(p: f64) -> f64 {
    if p < 0.0 {
        (125.0 * p - 2.5).max(-5.0)
    } else if p >= 0.015 {
        (500.0 * p - 5.0).min(5.0)
    } else if p >= 0.005 {
        250.0 * p - 1.25
    } else {
        500.0 * p - 2.5
    }
}

/// The reason for a measure.
pub fn reason(m: &Measure, base_year: i32, final_year: i32) -> Reason {
    Reason {
        band: Some(m.band),
        ..Reason::new(Why::Cagr(CagrFigures {
            base_year,
            final_year,
            observed: m.cagr_observed,
            required: m.cagr_required,
            ratio: m.p,
            score: m.score,
        }))
    }
}

/// The CAGR projection from `(tl, vl)`: value at `tf`, and the year by whose end `goal` is reached.
pub fn project(vl: f64, tl: f64, g: f64, tf: f64, goal: f64) -> (Option<f64>, Option<i32>) {
    let v = vl * (1.0 + g).powf(tf - tl);
    let value = v.is_finite().then_some(v);
    let year = if g > -1.0 && g != 0.0 && vl != 0.0 && goal / vl > 0.0 {
        let t_star = tl + (goal / vl).ln() / (1.0 + g).ln();
        if t_star >= tl - TIME_SLACK {
            crate::progress::pace::year_of(t_star.max(tl))
        } else {
            None
        }
    } else {
        None
    };
    (value, year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_hit_open_sdg_anchor_points() {
        // Open SDG docs: 0.6 → 0, 0.95 → 2.5, 1.30 → 5; 0 → −2.5, −0.6 → −5.
        assert!(score_with_target(0.6).abs() < 1e-3);
        assert!((score_with_target(0.95) - 2.5).abs() < 1e-3);
        assert!((score_with_target(1.30) - 5.0).abs() < 1e-3);
        assert!((score_with_target(0.0) + 2.5).abs() < 1e-3);
        assert!((score_with_target(-0.6) + 5.0).abs() < 1e-3);
        // Method 1: 1.5% → 2.5, 2% → 5, 0.5% → 0, 0 → −2.5, −2% → −5.
        assert!((score_without_target(0.015) - 2.5).abs() < 1e-9);
        assert!((score_without_target(0.02) - 5.0).abs() < 1e-9);
        assert!(score_without_target(0.005).abs() < 1e-9);
        assert!((score_without_target(0.0) + 2.5).abs() < 1e-9);
        assert!((score_without_target(-0.02) + 5.0).abs() < 1e-9);
    }

    #[test]
    fn guards_refuse_short_spans_and_sign_changes() {
        let th = OpensdgThresholds::DEFAULT;
        assert_eq!(
            measure(2021.0, 5.0, 2021.5, 6.0, None, true, &th),
            Err(NotAvailable::TooFewPoints)
        );
        assert_eq!(
            measure(2021.0, -5.0, 2023.0, 6.0, None, true, &th),
            Err(NotAvailable::NotComparable)
        );
        // base 0 → 0.001: growth from 0.001 to 1 over 1 year is 999 (99,900%).
        let m = measure(2021.0, 0.0, 2022.0, 1.0, None, true, &th);
        assert!(matches!(m, Ok(m) if (m.cagr_observed - 999.0).abs() < 1e-6));
    }
}
