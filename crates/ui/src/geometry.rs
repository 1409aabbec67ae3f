//! Geometry shared by the drawn components: fractions clamped to the drawing and coordinates
//! printed for SVG. Nothing here knows about plans or words.

/// The tolerance below which two coordinates or periods count as equal.
pub const EPSILON: f64 = 1e-9;

/// `fraction` limited to 0..=1; not-a-number counts as 0.
pub fn clamp01(fraction: f64) -> f64 {
    if fraction.is_nan() {
        0.0
    } else {
        fraction.clamp(0.0, 1.0)
    }
}

/// Two decimals are plenty for SVG coordinates and keep snapshots stable.
pub fn fmt2(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    if r == 0.0 {
        "0".into()
    } else {
        format!("{r}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_print_with_at_most_two_decimals() {
        assert_eq!(fmt2(74.3799), "74.38");
        assert_eq!(fmt2(-0.001), "0");
        assert_eq!(fmt2(100.0), "100");
    }
}
