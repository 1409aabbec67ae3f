//! The words and patterns of number formatting ([`crate::format`] uses them).

/// The words and patterns one locale uses to write numbers, units, periods and dates.
#[derive(Debug)]
pub struct FormatStrings {
    /// Printed instead of NaN or infinity.
    pub not_finite: &'static str,
    /// Groups the thousands of the integer part (`,` in English); empty for none.
    pub group_separator: &'static str,
    /// Scale words, largest first, as (power of ten, word written after the number):
    /// `(8, "亿")`, `(9, " billion")`.
    pub scales: &'static [(i32, &'static str)],
    /// Put between a number and a unit the table does not know (`""` in Chinese, `" "`).
    pub unit_gap: &'static str,
    /// How known base units are written; a unit not listed is written as given.
    pub units: &'static [UnitWords],
    /// A year: `{y}` is the year (`{y}年`).
    pub year: &'static str,
    /// A quarter: `{y}` the year, `{q}` the quarter's name from `quarter_names`.
    pub quarter: &'static str,
    pub quarter_names: [&'static str; 4],
    /// A month: `{y}` the year, `{month}` the month's name from `month_names`.
    pub month: &'static str,
    pub month_names: [&'static str; 12],
    /// A date: `{y}`, `{month}` (from `month_names`) and `{d}` the day.
    pub date: &'static str,
}

/// How one base unit (the unit without 万/亿) is written in a locale: `before` the number,
/// `after` it, and `after_one` after a number printed exactly as `1`.
#[derive(Debug)]
pub struct UnitWords {
    pub unit: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub after_one: &'static str,
}
