//! A plain assessment for unit tests of the geometry.

use plan_gauge_core::model::{Kind, MethodName};
use plan_gauge_core::progress::{Assessment, Reason, Status, Why};

pub fn assessment() -> Assessment {
    Assessment::new(
        "x".into(),
        0,
        Kind::Level,
        MethodName::Pace,
        Status::OnTrack,
        Reason::new(Why::NotComparable),
        "2025-06-30".into(),
    )
}
