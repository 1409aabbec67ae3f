//! The rules of `plan_gauge_core::format`, one test per rule of the module documentation.

use plan_gauge_core::format::{
    date, number, percent, percentage_points, period, value_with_precision, value_with_unit,
    value_with_unit_decimals, year,
};
use plan_gauge_core::Lang::{self, En, ZhHans, ZhHant};

/// `value_with_unit` in the three locales, zh-Hans, zh-Hant, en.
fn all(v: f64, unit: &str) -> [String; 3] {
    [ZhHans, ZhHant, En].map(|l| value_with_unit(v, unit, l))
}

#[test]
fn chinese_writes_large_magnitudes_in_wan_and_yi() {
    assert_eq!(all(13000.0, "家"), ["1.3万家", "1.3萬家", "13,000"]);
    assert_eq!(all(55e9, "元"), ["550亿元", "550億元", "CNY 55 billion"]);
    assert_eq!(all(10000.0, ""), ["1万", "1萬", "10,000"]);
    assert_eq!(
        all(1.5e12, "元"),
        ["1.5万亿元", "1.5萬億元", "CNY 1.5 trillion"]
    );
    assert_eq!(value_with_unit(685000.0, "家", ZhHans), "68.5万家");
    assert_eq!(value_with_unit(123_456_789.0, "", ZhHans), "1.23亿");
}

#[test]
fn values_below_ten_thousand_are_written_in_full() {
    assert_eq!(all(685.0, "家"), ["685家", "685家", "685"]);
    assert_eq!(value_with_unit(9999.0, "家", ZhHans), "9999家");
    assert_eq!(number(9999.5, ZhHans), "9999.5");
}

#[test]
fn units_that_carry_a_scale_are_only_scaled_up() {
    assert_eq!(all(500.0, "亿元"), ["500亿元", "500億元", "CNY 50 billion"]);
    assert_eq!(
        all(12000.0, "万元"),
        ["1.2亿元", "1.2億元", "CNY 120 million"]
    );
    assert_eq!(all(34.0, "亿元"), ["34亿元", "34億元", "CNY 3.4 billion"]);
    assert_eq!(all(500.0, "万元"), ["500万元", "500萬元", "CNY 5 million"]);
    assert_eq!(all(0.5, "万元"), ["0.5万元", "0.5萬元", "CNY 5,000"]);
    assert_eq!(
        all(15000.0, "亿元"),
        ["1.5万亿元", "1.5萬億元", "CNY 1.5 trillion"]
    );
    assert_eq!(all(50.0, "万人"), ["50万人", "50萬人", "500,000 people"]);
    assert_eq!(value_with_unit(0.005, "亿元", En), "CNY 0.5 million");
    // A plan written in traditional characters.
    assert_eq!(value_with_unit(12000.0, "萬元", ZhHant), "1.2億元");
}

#[test]
fn rounding_that_reaches_the_next_scale_moves_to_it() {
    assert_eq!(all(99_999_999.0, ""), ["1亿", "1億", "100 million"]);
    assert_eq!(value_with_unit(99_999.0, "家", ZhHans), "10万家");
    assert_eq!(value_with_unit(999_999_999.0, "", En), "1 billion");
    assert_eq!(value_with_unit(9999.999, "万元", ZhHans), "1亿元");
}

#[test]
fn rates_multiples_and_durations_are_never_scaled() {
    assert_eq!(all(12345.0, "%"), ["12345%", "12345%", "12,345%"]);
    assert_eq!(value_with_unit(20000.0, "倍", ZhHans), "20000倍");
    assert_eq!(
        value_with_unit(20000.0, "个百分点", ZhHans),
        "20000个百分点"
    );
}

#[test]
fn chinese_units_follow_the_number_without_a_space() {
    assert_eq!(value_with_unit(685.0, "家", ZhHans), "685家");
    assert_eq!(value_with_unit_decimals(3.0, "%", 1, ZhHans), "3.0%");
    assert_eq!(value_with_unit(34.0, "亿元", ZhHans), "34亿元");
    assert_eq!(value_with_unit(12.0, "万元/人", ZhHans), "12万元/人");
    assert_eq!(value_with_unit(3.0, "标准箱", ZhHans), "3标准箱");
    assert_eq!(all(4.0, "项"), ["4项", "4項", "4"]);
}

#[test]
fn english_drops_count_units_and_names_people_money_and_percent() {
    for unit in [
        "家", "个", "件", "项", "名", "人次", "条", "次", "种", "家次",
    ] {
        assert_eq!(value_with_unit(13000.0, unit, En), "13,000", "{unit}");
    }
    assert_eq!(value_with_unit(5000.0, "人", En), "5,000 people");
    assert_eq!(value_with_unit(1.0, "人", En), "1 person");
    assert_eq!(value_with_unit(2.5e6, "人", En), "2.5 million people");
    assert_eq!(value_with_unit(5000.0, "元", En), "CNY 5,000");
    assert_eq!(
        value_with_unit(12.0, "万元/人", En),
        "CNY 120,000 per person"
    );
    assert_eq!(value_with_unit(3.0, "亿美元", En), "USD 300 million");
    assert_eq!(value_with_unit(3.5, "%", En), "3.5%");
    assert_eq!(value_with_unit(2.0, "倍", En), "2×");
    // A unit the table does not know is written as given, after a space.
    assert_eq!(value_with_unit(3.0, "标准箱", En), "3 标准箱");
}

#[test]
fn separators_follow_the_locale() {
    assert_eq!(number(13000.0, En), "13,000");
    assert_eq!(number(999_999.0, En), "999,999");
    assert_eq!(number(1234.5, En), "1,234.5");
    assert_eq!(number(1_234_567.0, En), "1.23 million");
    assert_eq!(number(9999.0, ZhHans), "9999");
    assert_eq!(number(123.0, En), "123");
    assert_eq!(value_with_unit(1.2e16, "元", En), "CNY 12,000 trillion");
}

#[test]
fn decimals_are_sensible_by_default() {
    assert_eq!(number(4.56789, ZhHans), "4.57");
    assert_eq!(number(2.50, ZhHans), "2.5");
    assert_eq!(number(685.0, ZhHans), "685");
    assert_eq!(number(12345.0, ZhHans), "1.23万");
    assert_eq!(number(0.0042, En), "0.0042");
    assert_eq!(number(-0.00042, En), "-0.00042");
}

#[test]
fn given_decimals_keep_the_precision_of_the_data() {
    assert_eq!(value_with_unit_decimals(3.0, "%", 1, ZhHans), "3.0%");
    assert_eq!(value_with_unit_decimals(3.0, "%", 1, En), "3.0%");
    assert_eq!(value_with_unit_decimals(2.5, "%", 2, ZhHant), "2.50%");
    assert_eq!(value_with_unit_decimals(685.0, "家", 0, ZhHans), "685家");
    assert_eq!(value_with_unit_decimals(4.56789, "", 3, ZhHans), "4.568");
    // Rescaling keeps the precision, and drops zeros that only rescaling of an integer made.
    assert_eq!(
        value_with_unit_decimals(34.0, "亿元", 1, En),
        "CNY 3.40 billion"
    );
    assert_eq!(
        value_with_unit_decimals(12000.0, "万元", 0, ZhHans),
        "1.2亿元"
    );
    assert_eq!(
        value_with_unit_decimals(13000.0, "家", 0, ZhHans),
        "1.3万家"
    );
    assert_eq!(value_with_unit_decimals(5.5, "万元", 1, En), "CNY 55,000");
    // Absurd precisions are capped, not obeyed.
    let s = value_with_unit_decimals(1.0, "", usize::MAX, En);
    assert!(s.len() < 30, "{s}");
}

#[test]
fn negative_zero_and_non_finite_values_never_panic() {
    for lang in Lang::ALL {
        for v in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(number(v, lang), "—");
            assert_eq!(value_with_unit(v, "亿元", lang), "—");
            assert_eq!(value_with_unit_decimals(v, "%", 1, lang), "—");
            assert_eq!(percent(v, lang), "—");
            assert_eq!(percentage_points(v, lang), "—");
        }
        assert_eq!(number(-0.0, lang), "0");
        assert_eq!(number(-0.0001, lang), "-0.0001");
        assert_eq!(value_with_unit_decimals(-0.04, "%", 1, lang), "0.0%");
        assert_eq!(number(0.0, lang), "0");
    }
    assert_eq!(all(-13000.0, "家"), ["-1.3万家", "-1.3萬家", "-13,000"]);
    assert_eq!(value_with_unit(-34.0, "亿元", En), "CNY -3.4 billion");
    assert_eq!(value_with_unit(0.0, "家", ZhHans), "0家");
    assert!(value_with_unit(f64::MAX, "元", En).len() > 300);
    assert_eq!(number(f64::MIN_POSITIVE, ZhHans), "0");
}

#[test]
fn percent_writes_a_fraction_as_a_percentage() {
    assert_eq!([ZhHans, ZhHant, En].map(|l| percent(0.62, l)), ["62%"; 3]);
    assert_eq!(percent(0.625, ZhHans), "62.5%");
    assert_eq!(percent(0.6234, En), "62.3%");
    assert_eq!(percent(1.0, En), "100%");
    assert_eq!(percent(-0.05, ZhHans), "-5%");
}

#[test]
fn differences_of_percentages_are_percentage_points() {
    assert_eq!(
        [ZhHans, ZhHant, En].map(|l| percentage_points(0.4, l)),
        ["0.4个百分点", "0.4個百分點", "0.4 percentage points"]
    );
    assert_eq!(percentage_points(1.0, En), "1 percentage point");
    assert_eq!(percentage_points(-1.0, En), "-1 percentage point");
    assert_eq!(percentage_points(-2.5, ZhHans), "-2.5个百分点");
    // A plan's own 个百分点 unit reads the same way.
    assert_eq!(value_with_unit(2.0, "个百分点", En), "2 percentage points");
}

#[test]
fn periods_are_written_as_each_locale_writes_them() {
    let p = |s: &str| [ZhHans, ZhHant, En].map(|l| period(s, l));
    assert_eq!(p("2023"), ["2023年", "2023年", "2023"]);
    assert_eq!(
        p("2023-Q2"),
        ["2023年第二季度", "2023年第二季度", "Q2 2023"]
    );
    assert_eq!(
        p("2023-Q4"),
        ["2023年第四季度", "2023年第四季度", "Q4 2023"]
    );
    assert_eq!(p("2023-06"), ["2023年6月", "2023年6月", "June 2023"]);
    assert_eq!(p("2023-12"), ["2023年12月", "2023年12月", "December 2023"]);
    for bad in ["2023-Q5", "2023-13", "二〇二三", "", "{y}"] {
        assert_eq!(p(bad), [bad; 3]);
    }
}

#[test]
fn years_and_dates_are_written_as_each_locale_writes_them() {
    assert_eq!(
        [ZhHans, ZhHant, En].map(|l| year(2023, l)),
        ["2023年", "2023年", "2023"]
    );
    assert_eq!(
        [ZhHans, ZhHant, En].map(|l| date("2023-07-22", l)),
        ["2023年7月22日", "2023年7月22日", "22 July 2023"]
    );
    assert_eq!(date("2024-01-05", En), "5 January 2024");
    for bad in ["2023-02-30", "2023-7-22", "tomorrow", ""] {
        assert_eq!(date(bad, ZhHans), bad);
    }
}

/// An indicator's `decimals`: the plan's figures as written (`3.0%`, not `3%`), and observed
/// values never rounded below the digits they would show anyway.
#[test]
fn the_plans_precision_is_kept_and_is_a_minimum() {
    assert_eq!(value_with_precision(3.0, "%", Some(1), ZhHans), "3.0%");
    assert_eq!(value_with_precision(3.0, "%", Some(1), En), "3.0%");
    assert_eq!(value_with_precision(3.0, "%", None, ZhHans), "3%");
    assert_eq!(value_with_precision(2.5, "%", Some(2), ZhHant), "2.50%");
    assert_eq!(value_with_precision(3.75, "%", Some(2), En), "3.75%");
    // More precise observations keep their digits; fewer are padded.
    assert_eq!(value_with_precision(2.88, "%", Some(1), ZhHans), "2.88%");
    assert_eq!(value_with_precision(2.8, "%", Some(1), ZhHans), "2.8%");
    assert_eq!(value_with_precision(2.0, "%", Some(2), ZhHans), "2.00%");
    assert_eq!(value_with_precision(0.0042, "%", Some(1), En), "0.0042%");
    // Rescaling keeps the precision like `value_with_unit_decimals`.
    assert_eq!(
        value_with_precision(34.0, "亿元", Some(1), En),
        "CNY 3.40 billion"
    );
    assert_eq!(
        value_with_precision(12000.0, "万元", Some(0), ZhHans),
        "1.2亿元"
    );
    assert_eq!(value_with_precision(685.0, "家", Some(0), ZhHans), "685家");
    assert_eq!(value_with_precision(f64::NAN, "%", Some(1), En), "—");
    assert_eq!(value_with_precision(-0.0, "%", Some(1), En), "0.0%");
}
