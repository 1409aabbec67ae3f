//! A plain assessment for unit tests of the geometry.

use plan_gauge_core::model::{Kind, MethodName};
use plan_gauge_core::progress::{Assessment, Reason, ReasonCode, Status};

pub fn assessment() -> Assessment {
    Assessment {
        indicator: "x".into(),
        target: 0,
        kind: Kind::Level,
        method: MethodName::Pace,
        status: Status::OnTrack,
        reason: Reason::new(ReasonCode::PaceCompared),
        as_of: "2025-06-30".into(),
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
