//! Dates and observation periods, with the one time convention the engine uses everywhere:
//! a value for a period describes the state at the *end* of that period, and time is measured
//! in decimal years (the end of 2025 is `2026.0`).

use std::fmt;

/// A calendar date. Plain data: no time zone, no clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = (1000..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = s.get(0..4)?.parse().ok()?;
        let month = s.get(5..7)?.parse().ok()?;
        let day = s.get(8..10)?.parse().ok()?;
        Date::new(year, month, day)
    }

    /// Time in decimal years: 1 January 2025 is `2025.0`, 1 July 2025 about `2025.5`.
    pub fn decimal_year(self) -> f64 {
        let mut day_of_year = u32::from(self.day) - 1;
        for m in 1..self.month {
            day_of_year += u32::from(days_in_month(self.year, m));
        }
        let len = if is_leap(self.year) { 366.0 } else { 365.0 };
        f64::from(self.year) + f64::from(day_of_year) / len
    }

    /// The date `days` days after the Unix epoch (for clocks that give seconds since 1970).
    pub fn from_days_since_epoch(days: i64) -> Date {
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The period an observation describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    Year(i32),
    Quarter(i32, u8),
    Month(i32, u8),
}

impl Period {
    /// Parses `2023`, `2023-Q2` or `2023-06`.
    pub fn parse(s: &str) -> Option<Period> {
        let s = s.trim();
        let year: i32 = s.get(0..4)?.parse().ok()?;
        if !(1000..=9999).contains(&year) || !s.is_char_boundary(4) {
            return None;
        }
        match &s[4..] {
            "" => Some(Period::Year(year)),
            rest => {
                let rest = rest.strip_prefix('-')?;
                if let Some(q) = rest.strip_prefix('Q') {
                    let n: u8 = q.parse().ok()?;
                    (q.len() == 1 && (1..=4).contains(&n)).then_some(Period::Quarter(year, n))
                } else {
                    if rest.len() != 2 {
                        return None;
                    }
                    let m: u8 = rest.parse().ok()?;
                    (1..=12).contains(&m).then_some(Period::Month(year, m))
                }
            }
        }
    }

    pub fn year(self) -> i32 {
        match self {
            Period::Year(y) | Period::Quarter(y, _) | Period::Month(y, _) => y,
        }
    }

    /// The moment the period ends, in decimal years (the end of 2025 is `2026.0`).
    pub fn end(self) -> f64 {
        match self {
            Period::Year(y) => f64::from(y) + 1.0,
            Period::Quarter(y, q) => f64::from(y) + f64::from(q) / 4.0,
            Period::Month(y, m) => f64::from(y) + f64::from(m) / 12.0,
        }
    }

    /// True for a whole year.
    pub fn is_year(self) -> bool {
        matches!(self, Period::Year(_))
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y}"),
            Period::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
        }
    }
}

/// Slack when comparing moments in decimal years, so that float rounding never moves a value
/// across a period boundary (a value "at" the deadline counts as at it).
pub const TIME_SLACK: f64 = 1e-9;

/// The end of a target year in decimal years (到2025年 → `2026.0`).
pub fn end_of_year(year: i32) -> f64 {
    f64::from(year) + 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_dates_and_rejects_impossible_ones() {
        assert_eq!(
            Date::parse("2024-02-29"),
            Some(Date {
                year: 2024,
                month: 2,
                day: 29
            })
        );
        assert_eq!(Date::parse("2023-02-29"), None);
        assert_eq!(Date::parse("2023-13-01"), None);
        assert_eq!(Date::parse("2023-1-01"), None);
        assert_eq!(Date::parse("２０２３-01-01"), None);
    }

    #[test]
    fn decimal_year_runs_from_january_first() {
        assert_eq!(
            Date::parse("2025-01-01").map(Date::decimal_year),
            Some(2025.0)
        );
        let mid = Date {
            year: 2025,
            month: 7,
            day: 2,
        }
        .decimal_year();
        assert!((mid - 2025.4986).abs() < 1e-3, "{mid}");
    }

    #[test]
    fn epoch_days_give_civil_dates() {
        assert_eq!(
            Date::from_days_since_epoch(0),
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        assert_eq!(
            Date::from_days_since_epoch(20_415),
            Date {
                year: 2025,
                month: 11,
                day: 23
            }
        );
    }

    #[test]
    fn periods_parse_and_end_where_expected() {
        assert_eq!(Period::parse("2023").map(Period::end), Some(2024.0));
        assert_eq!(Period::parse("2023-Q2").map(Period::end), Some(2023.5));
        assert_eq!(Period::parse("2023-06").map(Period::end), Some(2023.5));
        for bad in [
            "",
            "23",
            "2023-Q5",
            "2023-13",
            "2023-6",
            "2023Q1",
            "2023-Q",
            "year",
            "2023-06-01",
        ] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }
}
