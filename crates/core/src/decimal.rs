//! Exact decimal digits of an `f64`, worked out with integers: the same digits as `format!("{:.p}")`
//! (round half to even on the binary value) and the same value as parsing them back, without
//! core's float formatting and parsing. Those bring about 14 KB of tables and code into the
//! widget's first module (`dec2flt`'s powers of five alone are 10,416 bytes), for the few numbers
//! a gauge prints. The equivalence is tested against core's own routines on real and random values.

/// `x` (finite, non-negative) with `p` digits after the point (`p` ≤ 20, `x` < 2^53), as the
/// integer `round(x · 10^p)`, ties to even (or up, as shortest digits are chosen). Exact:
/// `x = mantissa · 2^exp` is scaled in `u128`.
fn scaled(x: f64, p: u32, ties_up: bool) -> u128 {
    let (mantissa, exp) = parts(x);
    let ten = 10u128.pow(p);
    if exp >= 0 {
        // Only x = 2^52 … 2^53 (exp 0), so mantissa · 10^20 < 2^120.
        return (mantissa << exp) * ten;
    }
    let numerator = mantissa * ten; // < 2^53 · 10^20 < 2^120
    let shift = exp.unsigned_abs();
    if shift >= 121 {
        return 0; // below half of 1 in the last place
    }
    let quotient = numerator >> shift;
    let remainder = numerator - (quotient << shift);
    let half = 1u128 << (shift - 1);
    if remainder > half || (remainder == half && (ties_up || quotient % 2 == 1)) {
        quotient + 1
    } else {
        quotient
    }
}

/// `x = mantissa · 2^exp` for a finite, non-negative `x`.
fn parts(x: f64) -> (u128, i32) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = u128::from(bits & ((1u64 << 52) - 1));
    if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u128 << 52), biased - 1075)
    }
}

/// The decimal digits of an integer.
fn digits(mut n: u128) -> String {
    let mut out = Vec::with_capacity(40);
    loop {
        out.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    out.into_iter().map(char::from).collect()
}

/// `x.abs()` with exactly `p` digits after the point, as `format!("{:.p}", x.abs())` writes it,
/// for `x.abs()` < 2^53 and `p` ≤ 20.
pub(crate) fn fixed(x: f64, p: u32) -> String {
    written(scaled(x.abs(), p, false), p)
}

/// `n / 10^p` written with `p` decimals.
fn written(n: u128, p: u32) -> String {
    let s = digits(n);
    let p = p as usize;
    if p == 0 {
        return s;
    }
    let padded = if s.len() <= p {
        format!("{}{s}", "0".repeat(p + 1 - s.len()))
    } else {
        s
    };
    let (int, frac) = padded.split_at(padded.len() - p);
    format!("{int}.{frac}")
}

/// `x.abs()` rounded to `p` decimals (`p` ≤ 20), the value that parsing
/// `format!("{:.p}", x.abs())` gives, for any finite `x`.
pub(crate) fn round(x: f64, p: u32) -> f64 {
    let a = x.abs();
    if a >= 1e15 {
        // From 10^15 on, a's spacing is at least 1/8; from 2^53 on, a is an integer.
        return if p == 0 { a.round_ties_even() } else { a };
    }
    let n = scaled(a, p, false);
    if n < 1u128 << 53 {
        // Both exact in f64, so one division rounds correctly, as parsing the digits does.
        n as f64 / 10f64.powi(p as i32)
    } else {
        // Then a's own spacing is wider than 10^-p, and the nearest decimal parses back to a.
        a
    }
}

/// The digits of `x.abs().round()` for a finite `x`: as `format!("{}", …)` writes them below 2^53;
/// above, where every f64 is an integer, its exact digits (core writes the shortest digits that
/// read back and pads them with zeros; both read back as the same number).
pub(crate) fn integer(x: f64) -> String {
    let r = x.abs().round();
    let (mantissa, exp) = parts(r);
    if exp <= 0 {
        return digits(mantissa >> exp.unsigned_abs().min(127));
    }
    // mantissa · 2^exp in base 10^9 limbs, least significant first.
    const LIMB: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = Vec::new();
    let mut m = mantissa;
    while m > 0 {
        limbs.push((m % u128::from(LIMB)) as u64);
        m /= u128::from(LIMB);
    }
    for _ in 0..exp {
        let mut carry = 0;
        for limb in &mut limbs {
            let v = *limb * 2 + carry;
            *limb = v % LIMB;
            carry = v / LIMB;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut out = String::new();
    for (i, limb) in limbs.iter().rev().enumerate() {
        let d = digits(u128::from(*limb));
        if i > 0 {
            out.push_str(&"0".repeat(9 - d.len()));
        }
        out.push_str(&d);
    }
    if out.is_empty() {
        out.push('0');
    }
    out
}

/// The shortest decimal that reads back as `x`, written as `format!("{x}")` writes it, when that
/// needs at most 20 decimals and `|x|` < 2^53; above 2^53, [`integer`]'s exact digits; a number
/// that needs more decimals (below 10^-3 with many digits; no plan states such a figure) is rounded
/// to 20.
pub(crate) fn shortest(x: f64) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let a = x.abs();
    if a.is_infinite() {
        return format!("{sign}inf");
    }
    if a >= 9_007_199_254_740_992.0 {
        return format!("{sign}{}", integer(a));
    }
    let p = (0..=20).find(|p| round(a, *p) == a).unwrap_or(20);
    // Two nearest decimals read back as `a` when they tie; core writes the upper one.
    let digits = written(scaled(a, p, true), p);
    // With p = 20 and no exact match, the last digits may be zeros.
    let digits = if digits.contains('.') {
        digits.trim_end_matches('0').trim_end_matches('.')
    } else {
        &digits
    };
    format!("{sign}{digits}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Values a plan prints, ties in binary, tiny and huge magnitudes, and pseudo-random bits.
    fn samples() -> Vec<f64> {
        let mut v = vec![
            0.0,
            0.5,
            1.5,
            2.5,
            0.25,
            0.125,
            1.125,
            1.375,
            3.0,
            685.0,
            0.1,
            0.2,
            0.3,
            1.005,
            2.675,
            12.5,
            99.95,
            3.05,
            1e-7,
            5e-324,
            1e-300,
            123_456_789.987_654_33,
            999999999999999.9,
            4503599627370495.5,
            9.5,
            0.045,
            0.035,
            1.0 / 3.0,
            2.0 / 3.0,
        ];
        let mut s: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            let x = f64::from_bits(s >> 1);
            if x.is_finite() && x < 1e15 {
                v.push(x);
            }
            // Numbers of everyday size, some with few decimals.
            let y = (s % 100_000_000) as f64 / [1.0, 10.0, 100.0, 1000.0, 8.0][(s % 5) as usize];
            v.push(y);
        }
        v
    }

    #[test]
    fn fixed_digits_are_those_core_formatting_writes() {
        for x in samples() {
            for p in 0..=20 {
                assert_eq!(
                    fixed(x, p),
                    format!("{:.*}", p as usize, x),
                    "{x:e} with {p}"
                );
            }
        }
    }

    #[test]
    fn numbers_with_given_decimals_keep_their_sign() {
        for x in [-1.005, -0.001, -0.0, 2.675, -74.3799] {
            for p in [0, 2, 5] {
                let ours = crate::format::with_decimals(x, p);
                assert_eq!(ours, format!("{:.*}", p as usize, x), "{x} with {p}");
            }
        }
    }

    #[test]
    fn rounding_gives_the_value_parsing_the_digits_gives() {
        let big = samples().into_iter().map(|x| x * 1e15);
        for x in samples().into_iter().chain(big) {
            for p in 0..=20 {
                let parsed: f64 = format!("{:.*}", p as usize, x).parse().unwrap();
                assert_eq!(round(x, p).to_bits(), parsed.to_bits(), "{x:e} with {p}");
            }
        }
    }

    #[test]
    fn shortest_digits_are_those_core_writes() {
        let limit = 2f64.powi(53);
        let listed = [
            0.0,
            -0.0,
            1e-20,
            1e15 + 0.125,
            limit - 0.5,
            f64::NAN,
            f64::INFINITY,
        ];
        let big = samples().into_iter().map(|x| x * 1e15 % limit);
        for x in samples().into_iter().chain(listed).chain(big) {
            for x in [x, -x] {
                let core = format!("{x}");
                let decimals = core.split_once('.').map_or(0, |(_, f)| f.len());
                if decimals <= 20 {
                    assert_eq!(shortest(x), core, "{x:e}");
                } else {
                    let rounded = format!("{x:.20}");
                    let rounded = rounded.trim_end_matches('0').trim_end_matches('.');
                    assert_eq!(shortest(x), rounded, "{x:e}");
                }
            }
        }
        assert_eq!(shortest(-1e-300), "-0");
        assert_eq!(shortest(1e22), "10000000000000000000000");
    }

    #[test]
    fn integers_of_any_size_are_written_in_full() {
        let limit = 2f64.powi(53);
        let listed = [
            0.0,
            0.4,
            0.5,
            1.5,
            2.5,
            1e15,
            1e15 + 0.5,
            limit - 1.0,
            limit,
            1e22,
            1e300,
        ];
        let big = samples().into_iter().map(|x| x * 1e15);
        for x in listed.into_iter().chain(big).chain([f64::MAX]) {
            let digits = integer(x);
            assert_eq!(integer(-x), digits);
            if x < limit {
                assert_eq!(digits, format!("{}", x.round()), "{x:e}");
            } else {
                assert_eq!(digits.parse::<f64>().unwrap(), x.round(), "{x:e}");
                assert!(digits.bytes().all(|b| b.is_ascii_digit()));
            }
        }
        assert_eq!(integer(1e22), "10000000000000000000000");
    }
}
