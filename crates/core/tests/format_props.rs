//! Property tests of `plan_gauge_core::format`: no input panics or gives an empty string, and
//! plain numbers read back as the value they were written from.

use plan_gauge_core::format::{
    date, number, percent, percentage_points, period, value_with_precision, value_with_unit,
    value_with_unit_decimals, year,
};
use plan_gauge_core::Lang;
use proptest::prelude::*;

fn lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

/// Units from the seed plans, scaled and unscaled ones, and arbitrary text.
fn unit() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "",
            "家",
            "个",
            "%",
            "亿元",
            "万元",
            "万人",
            "万元/人",
            "人",
            "元",
            "个百分点",
            "倍",
            "万",
            "亿",
            "万亿元",
            "萬元",
            "吨",
            "年",
        ])
        .prop_map(String::from),
        any::<String>(),
    ]
}

/// Any f64, NaN, infinities, -0 and subnormals included.
fn any_f64() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<f64>(),
        prop::num::f64::ANY,
        Just(-0.0),
        Just(f64::MAX),
        Just(f64::MIN),
        -1e16..1e16f64,
    ]
}

/// Reads back a number written by `format` without a scale word: drops separators and the unit.
fn read_back(s: &str) -> Option<f64> {
    s.chars()
        .filter(|c| *c != ',')
        .collect::<String>()
        .parse()
        .ok()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn numbers_never_panic_and_are_never_empty(
        v in any_f64(), u in unit(), d in prop_oneof![0usize..30, any::<usize>()], l in lang()
    ) {
        prop_assert!(!number(v, l).is_empty());
        prop_assert!(!value_with_unit(v, &u, l).is_empty());
        prop_assert!(!value_with_unit_decimals(v, &u, d, l).is_empty());
        prop_assert!(!percent(v, l).is_empty());
        prop_assert!(!percentage_points(v, l).is_empty());
        let s = value_with_unit(v, &u, l);
        prop_assert!(!s.contains("NaN") && !s.contains("inf"), "{}", s);
    }

    #[test]
    fn periods_years_and_dates_never_panic(s in any::<String>(), y in any::<i32>(), l in lang()) {
        prop_assert_eq!(period(&s, l).is_empty(), s.is_empty());
        prop_assert_eq!(date(&s, l).is_empty(), s.is_empty());
        prop_assert!(!year(y, l).is_empty());
    }

    #[test]
    fn well_formed_periods_and_dates_are_rewritten(
        y in 1000i32..=9999, q in 1u8..=4, m in 1u8..=12, d in 1u8..=28, l in lang()
    ) {
        let y4 = format!("{y:04}");
        for p in [y4.clone(), format!("{y4}-Q{q}"), format!("{y4}-{m:02}")] {
            let out = period(&p, l);
            prop_assert!(out.contains(&y4), "{} → {}", p, out);
            prop_assert!(!out.contains('-') && !out.contains('{'), "{} → {}", p, out);
        }
        let iso = format!("{y4}-{m:02}-{d:02}");
        let out = date(&iso, l);
        prop_assert!(out.contains(&y4) && out.contains(&d.to_string()) && !out.contains('-'), "{}", out);
    }

    /// Below the first scale of a locale (1万, one million), a plain number with at most two
    /// decimals reads back as itself.
    #[test]
    fn plain_numbers_round_trip(
        (l, cents) in lang().prop_flat_map(|l| {
            let max: i64 = if l.is_chinese() { 999_999 } else { 99_999_999 };
            (Just(l), -max..=max)
        })
    ) {
        let v = cents as f64 / 100.0;
        let back = read_back(&number(v, l));
        prop_assert_eq!(back, Some(v), "{}", number(v, l));
    }

    /// With given decimals, a percentage reads back as the value rounded to those decimals.
    #[test]
    fn percentages_with_given_decimals_round_trip(v in -1e5..1e5f64, d in 0usize..6, l in lang()) {
        let s = value_with_unit_decimals(v, "%", d, l);
        let digits = s.strip_suffix('%');
        prop_assert!(digits.is_some(), "{}", s);
        let back = digits.and_then(read_back);
        let expected: Option<f64> = format!("{v:.d$}").parse().ok();
        prop_assert_eq!(back, expected, "{}", s);
        if let Some((_, frac)) = s.split_once('.') {
            prop_assert_eq!(frac.trim_end_matches('%').len(), d);
        } else {
            prop_assert_eq!(d, 0);
        }
    }

    /// With the plan's precision, a percentage shows at least those decimals and reads back as
    /// the value rounded to the more precise of those decimals and the two `value_with_unit` keeps.
    #[test]
    fn percentages_with_the_plans_precision_keep_at_least_its_decimals(
        v in -1e5..1e5f64, d in 0u8..=6, l in lang()
    ) {
        let s = value_with_precision(v, "%", Some(d), l);
        let digits = s.strip_suffix('%');
        prop_assert!(digits.is_some(), "{}", s);
        let frac = digits.and_then(|x| x.split_once('.')).map_or(0, |(_, f)| f.len());
        prop_assert!(frac >= usize::from(d), "{}", s);
        // Below 0.01 `value_with_unit` keeps two significant digits instead.
        prop_assume!(v.abs() >= 0.01);
        let back = digits.and_then(read_back);
        let p = usize::from(d).max(2);
        let expected: Option<f64> = format!("{v:.p$}").parse().ok();
        prop_assert_eq!(back, expected, "{}", s);
    }

    /// Scaled numbers keep the value within the rounding of their two decimals.
    #[test]
    fn scaled_numbers_keep_their_value(v in 1e4..1e15f64, l in lang()) {
        let s = number(v, l);
        let scales: &[(&str, f64)] = match l {
            Lang::ZhHans => &[("万亿", 1e12), ("亿", 1e8), ("万", 1e4)],
            Lang::ZhHant => &[("萬億", 1e12), ("億", 1e8), ("萬", 1e4)],
            Lang::En => &[(" trillion", 1e12), (" billion", 1e9), (" million", 1e6), ("", 1.0)],
        };
        let mut read = None;
        for (word, factor) in scales {
            if let Some(m) = s.strip_suffix(word) {
                read = read_back(m).map(|m| m * factor);
                break;
            }
        }
        let r = read.unwrap_or(f64::NAN);
        prop_assert!(((r - v) / v).abs() <= 0.005, "{} → {} ({})", v, s, r);
    }
}
