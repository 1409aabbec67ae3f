//! The one comparison both evaluations use: a drafted milestone recovers an expected target when
//! year and comparator are equal, and value (and, for ranges, upper) are equal within a relative
//! tolerance of 1e-6 after both are scaled to base units by their unit's 万/亿 (or counting 千) prefix (percentages are not scaled).

use plan_gauge_core::model::{Comparator, Milestone};

/// An expected target: value, range upper, year, comparator and unit.
#[derive(Debug, Clone, Copy)]
pub struct Want<'a> {
    pub value: f64,
    pub upper: Option<f64>,
    pub year: i32,
    pub cmp: Comparator,
    pub unit: &'a str,
}

/// The factor that turns a value in `unit` into base units (亿元 → 1e8, 万人 → 1e4, % → 1).
pub fn scale(unit: &str) -> f64 {
    let u: String = unit
        .chars()
        .map(|c| match c {
            '萬' => '万',
            '億' => '亿',
            c => c,
        })
        .collect();
    // 兆元, 兆斤 in Taiwan's and Hong Kong's usage are 万亿元, 万亿斤 (兆瓦, 兆赫, 兆焦, 兆帕 and
    // 兆字节 are SI prefixes and are not scaled).
    let si = u
        .strip_prefix('兆')
        .is_some_and(|r| r.starts_with(['瓦', '赫', '焦', '帕', '伏', '欧', '字', '位', '比']));
    if u.starts_with("万亿") || (u.starts_with('兆') && u.chars().count() > 1 && !si) {
        1e12
    } else if u.starts_with('亿') {
        1e8
    } else if u.starts_with('万') {
        1e4
    } else if u.starts_with('千')
        && u.chars().count() == 2
        && !"米克瓦卡帕伏赫焦升吨".contains(u.chars().nth(1).unwrap_or('米'))
    {
        // 3 千张 as written is 3000 张 (千米, 千克, 千瓦 … are units of their own).
        1e3
    } else {
        1.0
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-12)
}

/// Does the drafted milestone `m` (in `unit`) recover `w`?
pub fn recovers(m: &Milestone, unit: &str, w: Want) -> bool {
    let Some(v) = m.value else {
        return false;
    };
    // Percentages are never scaled (a growth rate's indicator may carry the quantity's unit).
    let (k, wk) = if unit == "%" || w.unit == "%" {
        (1.0, 1.0)
    } else {
        (scale(unit), scale(w.unit))
    };
    let upper_ok = match (m.upper, w.upper) {
        (None, None) => true,
        (Some(u), Some(wu)) => close(u * k, wu * wk),
        _ => false,
    };
    m.year == w.year
        && m.cmp == w.cmp
        && close(v * k, w.value * wk)
        && (w.cmp != Comparator::Range || upper_ok)
}
