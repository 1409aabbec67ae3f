//! Number, period and date formatting on arbitrary values, units and texts: never panics,
//! never prints an empty string for a number.
#![no_main]

use libfuzzer_sys::fuzz_target;
use plan_gauge_core::{format, Lang};

fuzz_target!(|input: (f64, u8, usize, i32, &str)| {
    let (v, lang, decimals, year, text) = input;
    let lang = Lang::ALL[usize::from(lang) % Lang::ALL.len()];
    assert!(!format::number(v, lang).is_empty());
    assert!(!format::value_with_unit(v, text, lang).is_empty());
    assert!(!format::value_with_unit_decimals(v, text, decimals, lang).is_empty());
    assert!(!format::percent(v, lang).is_empty());
    assert!(!format::percentage_points(v, lang).is_empty());
    let _ = format::period(text, lang);
    let _ = format::date(text, lang);
    let _ = format::year(year, lang);
});
