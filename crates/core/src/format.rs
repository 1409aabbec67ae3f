//! Numbers, units, periods and dates written the way each locale writes them, shared by the UI
//! and the CLI. Pure functions; no input makes them panic. The words and patterns come from the
//! locale tables ([`crate::i18n::Strings::format`]); the rules below are the same for every locale.
//!
//! # Rules
//!
//! - **Scaling.** Chinese writes large magnitudes in 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), zh-Hant
//!   萬/億/萬億: `13000` 家 → `1.3万家`, `55000000000` 元 → `550亿元`. Values below 1万 are
//!   written in full (`685家`). English writes million, billion and trillion from one million
//!   up (`2.5 million`), and numbers below in full with a thousands separator (`13,000`).
//! - **Units that carry a scale** (`万元`, `亿元`, `万人`, `万元/人`) are understood as a scale
//!   and a base unit. Chinese only ever scales them *up*: `12000`万元 → `1.2亿元`, `500`亿元 stays
//!   `500亿元`, `0.5`万元 stays `0.5万元`. English converts them to the plain amount
//!   (`500`万元 → `CNY 5 million`).
//! - **Units that never scale**: `%`, `‰`, `个百分点`, `百分点`, `倍` and units of time.
//! - **Placement.** Chinese puts the unit right after the number, without a space (`685家`,
//!   `3.0%`, `34亿元`). English drops count units (家 个 件 项 名 人次 …; the indicator name
//!   carries the noun), writes 人 as `people`, money as `CNY 3.4 billion`, keeps `%` without a
//!   space and puts other units after a space. Units a table does not know are written as given.
//! - **Separators.** Chinese uses none (below 1万 a number has at most four integer digits, and
//!   above it is scaled); English groups thousands with `,`.
//! - **Decimals.** Without a given precision, a number keeps at most two decimals (percentages
//!   of progress one), trailing zeros dropped (`3`, `2.5`, `1.23万`); a value too small for that
//!   keeps two significant digits (`0.0042`). With [`value_with_unit_decimals`], `decimals` is the
//!   precision of the value *as given in its unit*, and is kept when the value is rescaled
//!   (`3.0%` stays `3.0%`; `34.0`亿元 → `CNY 3.40 billion`); zeros that only come from
//!   rescaling an integer are dropped (`12000`万元 with 0 decimals → `1.2亿元`).
//!   [`value_with_precision`] (an indicator's figures) shows *at least* the plan's precision and
//!   never fewer digits than without it: with 1 decimal, `3` → `3.0%`, `2.88` → `2.88%`.
//! - **Odd values.** NaN and infinity print `—`; negative numbers keep their sign
//!   (`-1.3万家`, `CNY -3.4 billion`); a value that rounds to zero, and `-0`, print `0`.
//! - **Percent and percentage points.** [`percent`] writes a fraction as a percentage
//!   (`0.62` → `62%`). The difference between two percentages is in percentage points, not
//!   percent: [`percentage_points`] (`0.4个百分点`, `0.4個百分點`, `0.4 percentage points`).
//! - **Periods and dates** follow [`crate::time`]: `2023`, `2023-Q2`, `2023-06` →
//!   `2023年`, `2023年第二季度`, `2023年6月` / `2023`, `Q2 2023`, `June 2023`; `2023-07-22` →
//!   `2023年7月22日` / `22 July 2023`. Text that does not parse is returned unchanged.

use crate::i18n::{fill, FormatStrings, Lang};
use crate::time::{Date, Period};

/// Units that are never scaled by 万/亿 or million.
const UNSCALED_UNITS: &[&str] = &[
    "%",
    "‰",
    "个百分点",
    "百分点",
    "個百分點",
    "百分點",
    "倍",
    "年",
    "个月",
    "個月",
    "月",
    "天",
    "日",
    "小时",
    "小時",
    "岁",
    "歲",
];

/// Scale prefixes a unit may carry, longest first, as powers of ten.
const UNIT_SCALES: &[(&str, i32)] = &[
    ("万亿", 12),
    ("萬億", 12),
    ("亿", 8),
    ("億", 8),
    ("万", 4),
    ("萬", 4),
];

/// Most decimals ever printed, so that no precision asks for an absurd string.
const MAX_DECIMALS: i32 = 20;

/// How many decimals to print.
#[derive(Debug, Clone, Copy)]
enum Precision {
    /// At most this many, trailing zeros dropped; two significant digits for tiny values.
    Auto(i32),
    /// The precision of the value as given in its unit (see the module rules).
    Given(i32),
    /// At least this precision as given in its unit (kept when rescaled, like `Given`), more
    /// when `Auto(2)` would print more digits.
    AtLeast(i32),
}

/// A plain number: `13000` → `1.3万` / `1.3萬` / `13,000`; `2500000` → `250万` / `2.5 million`.
pub fn number(v: f64, lang: Lang) -> String {
    format_value(v, "", Precision::Auto(2), lang)
}

/// A value in a unit as the plan writes it (`家`, `亿元`, `%`): `685家`, `1.3万家`, `34亿元`;
/// in English `685`, `CNY 3.4 billion`, `3%`.
pub fn value_with_unit(v: f64, unit: &str, lang: Lang) -> String {
    format_value(v, unit, Precision::Auto(2), lang)
}

/// Like [`value_with_unit`], keeping the precision the data gives: `decimals` digits after the
/// point in the value's own unit (`3.0`% with 1 → `3.0%`).
pub fn value_with_unit_decimals(v: f64, unit: &str, decimals: usize, lang: Lang) -> String {
    let d = i32::try_from(decimals)
        .unwrap_or(MAX_DECIMALS)
        .min(MAX_DECIMALS);
    format_value(v, unit, Precision::Given(d), lang)
}

/// A value with at least the precision the plan writes its figures with (an indicator's
/// [`decimals`](crate::model::Indicator::decimals)), and no fewer digits than
/// [`value_with_unit`] would show: with `Some(1)`, `3`% → `3.0%`, `2.8`% → `2.8%`, `2.88`% →
/// `2.88%` (a more precise observation is not rounded to the plan's precision); with `None`,
/// exactly [`value_with_unit`] (`3%`).
pub fn value_with_precision(v: f64, unit: &str, decimals: Option<u8>, lang: Lang) -> String {
    match decimals {
        Some(d) => format_value(v, unit, Precision::AtLeast(i32::from(d)), lang),
        None => value_with_unit(v, unit, lang),
    }
}

/// A fraction as a percentage with at most one decimal: `0.62` → `62%`, `0.625` → `62.5%`.
pub fn percent(fraction: f64, lang: Lang) -> String {
    format_value(fraction * 100.0, "%", Precision::Auto(1), lang)
}

/// A difference between two percentages: `0.4个百分点`, `0.4個百分點`, `0.4 percentage points`.
pub fn percentage_points(pp: f64, lang: Lang) -> String {
    format_value(pp, "个百分点", Precision::Auto(2), lang)
}

/// An observation period (`2023`, `2023-Q2`, `2023-06`): `2023年第二季度`, `Q2 2023`, `June 2023`.
/// Text that is not a period is returned as data is shown ([`crate::bidi::shown`]).
pub fn period(p: &str, lang: Lang) -> String {
    let f = lang.format();
    match Period::parse(p) {
        Some(Period::Year(y)) => year(y, lang),
        Some(Period::Quarter(y, q)) => {
            let name = f
                .quarter_names
                .get(usize::from(q).wrapping_sub(1))
                .copied()
                .unwrap_or_default();
            fill(f.quarter, &[("y", &y.to_string()), ("q", name)])
        }
        Some(Period::Month(y, m)) => fill(
            f.month,
            &[("y", &y.to_string()), ("month", month_name(f, m))],
        ),
        None => crate::bidi::shown(p).into_owned(),
    }
}

/// A year: `2023年` / `2023`.
pub fn year(y: i32, lang: Lang) -> String {
    fill(lang.format().year, &[("y", &y.to_string())])
}

/// A `YYYY-MM-DD` date: `2023年7月22日` / `22 July 2023`. Text that is not a date is returned as
/// data is shown ([`crate::bidi::shown`]).
pub fn date(d: &str, lang: Lang) -> String {
    let f = lang.format();
    match Date::parse(d) {
        Some(date) => fill(
            f.date,
            &[
                ("y", &date.year.to_string()),
                ("month", month_name(f, date.month)),
                ("d", &date.day.to_string()),
            ],
        ),
        None => crate::bidi::shown(d).into_owned(),
    }
}

fn month_name(f: &FormatStrings, m: u8) -> &'static str {
    f.month_names
        .get(usize::from(m).wrapping_sub(1))
        .copied()
        .unwrap_or_default()
}

/// Splits `万元` into (4, `元`); a unit without a scale prefix, or a bare `万`, gives (0, unit)
/// and (4, ``) respectively.
fn split_unit_scale(unit: &str) -> (i32, &str) {
    for (prefix, exp) in UNIT_SCALES {
        if let Some(base) = unit.strip_prefix(prefix) {
            return (*exp, base);
        }
    }
    (0, unit)
}

fn format_value(v: f64, unit: &str, precision: Precision, lang: Lang) -> String {
    let f = lang.format();
    if !v.is_finite() {
        return f.not_finite.to_string();
    }
    let unit = unit.trim();
    let (unit_exp, base, scale_word, display_exp) = if UNSCALED_UNITS.contains(&unit) {
        (0, unit, "", 0)
    } else {
        let (unit_exp, base) = split_unit_scale(unit);
        let (display_exp, word) = choose_scale(f, v.abs(), unit_exp, precision);
        (unit_exp, base, word, display_exp)
    };
    let mantissa = v * 10f64.powi(unit_exp - display_exp);
    let digits = fixed(
        mantissa,
        decimals(mantissa, precision, display_exp - unit_exp),
        f,
    );
    let words = f.units.iter().find(|u| u.unit == base);
    let (before, after) = match words {
        Some(w) if digits.trim_start_matches('-') == "1" && scale_word.is_empty() => {
            (w.before, w.after_one.to_string())
        }
        Some(w) => (w.before, w.after.to_string()),
        None if base.is_empty() => ("", String::new()),
        // A unit the locale does not know is data: shown as data is (see `crate::bidi`).
        None => ("", format!("{}{}", f.unit_gap, crate::bidi::shown(base))),
    };
    format!("{before}{digits}{scale_word}{after}")
}

/// Picks the scale to write `abs` (in units of 10^`unit_exp`) with: the largest scale of the
/// locale it reaches, never below the scale the unit already carries; moved up one scale when
/// rounding carries the number to the next one (`9999.999万` → `1亿`).
fn choose_scale(
    f: &FormatStrings,
    abs: f64,
    unit_exp: i32,
    precision: Precision,
) -> (i32, &'static str) {
    // The smallest scale allowed: the largest locale scale not above the unit's own.
    let floor = f
        .scales
        .iter()
        .find(|(e, _)| *e <= unit_exp)
        .copied()
        .unwrap_or((0, ""));
    let amount = abs * 10f64.powi(unit_exp);
    let mut chosen = floor;
    let mut larger: Option<(i32, &'static str)> = None;
    for &(e, word) in f.scales.iter().rev() {
        if e <= floor.0 {
            continue;
        }
        if amount >= 10f64.powi(e) {
            chosen = (e, word);
        } else {
            larger = Some((e, word));
            break;
        }
    }
    if let Some((next_e, next_word)) = larger {
        // Does the number round up to the next scale?
        let m = abs * 10f64.powi(unit_exp - chosen.0);
        let p = decimals(m, precision, chosen.0 - unit_exp);
        let rounded = round_to(m, p);
        if rounded >= 10f64.powi(next_e - chosen.0) {
            return (next_e, next_word);
        }
    }
    chosen
}

/// (decimals to print, fewest decimals to keep when dropping trailing zeros) for mantissa `m`,
/// which was rescaled by 10^`shift` from the value as given.
fn decimals(m: f64, precision: Precision, shift: i32) -> (i32, i32) {
    match precision {
        Precision::Auto(max) => {
            let a = m.abs();
            let limit = 10f64.powi(-max);
            if a > 0.0 && a < limit {
                // Two significant digits.
                let lead = (-a.log10()).ceil() as i32;
                ((lead + 1).clamp(0, MAX_DECIMALS), 0)
            } else {
                (max, 0)
            }
        }
        Precision::Given(d) => {
            let p = (d + shift).clamp(0, MAX_DECIMALS);
            (p, if d == 0 { 0 } else { p })
        }
        Precision::AtLeast(d) => {
            let (given, keep) = decimals(m, Precision::Given(d), shift);
            let (auto, _) = decimals(m, Precision::Auto(2), 0);
            (given.max(auto), keep)
        }
    }
}

/// The shortest decimal that reads back as `x`, as `format!("{x}")` writes it (from 10^-20 to
/// 2^53; exact digits above): for numbers in messages and in SVG coordinates, without core's float
/// formatting (see `decimal.rs`).
pub fn shortest(x: f64) -> String {
    crate::decimal::shortest(x)
}

/// `x` with exactly `p` decimals (`p` ≤ 20), as `format!("{x:.p}")` writes it, for `|x|` < 2^53
/// (larger numbers are written as whole numbers).
pub fn with_decimals(x: f64, p: u32) -> String {
    if x.is_nan() || x.abs() >= 9_007_199_254_740_992.0 {
        return crate::decimal::shortest(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    format!("{sign}{}", crate::decimal::fixed(x, p.min(20)))
}

fn round_to(m: f64, (p, _): (i32, i32)) -> f64 {
    crate::decimal::round(m, p.clamp(0, MAX_DECIMALS) as u32)
}

/// `m` with `p` decimals, trailing zeros dropped down to `keep` decimals, the integer part
/// grouped, and no minus sign on a number that prints as zero.
fn fixed(m: f64, (p, keep): (i32, i32), f: &FormatStrings) -> String {
    // Beyond 10^15 an f64 has no digits after the point worth printing.
    let mut s = if m.abs() >= 1e15 {
        crate::decimal::integer(m)
    } else {
        crate::decimal::fixed(m, p.clamp(0, MAX_DECIMALS) as u32)
    };
    if let Some(point) = s.find('.') {
        let min_len = point + 1 + usize::try_from(keep.max(0)).unwrap_or(0);
        let mut kept = s.trim_end_matches('0').len().max(min_len).min(s.len());
        if kept == point + 1 {
            kept = point;
        }
        s.truncate(kept);
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, fr)) => (i, Some(fr)),
        None => (s.as_str(), None),
    };
    let mut out = String::with_capacity(s.len() + s.len() / 3 + 1);
    let is_zero = s.bytes().all(|b| b == b'0' || b == b'.');
    if m.is_sign_negative() && !is_zero {
        out.push('-');
    }
    out.push_str(&group(int, f.group_separator));
    if let Some(fr) = frac {
        out.push('.');
        out.push_str(fr);
    }
    out
}

/// Inserts `sep` between groups of three digits of an integer part.
fn group(int: &str, sep: &str) -> String {
    if sep.is_empty() || int.len() <= 3 {
        return int.to_string();
    }
    let mut out = String::with_capacity(int.len() + int.len() / 3 * sep.len());
    let first = int.len() % 3;
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (i + 3 - first).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}
