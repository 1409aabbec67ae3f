//! The one place the CLI reads the system clock; the core takes dates as arguments.

use plan_gauge_core::time::Date;

/// Today's date (UTC) from the system clock; the Unix epoch if the clock is before it.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    Date::from_days_since_epoch(i64::try_from(secs / 86_400).unwrap_or(0))
}
