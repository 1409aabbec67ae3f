//! The drawn components' geometry: fractions clamped to the drawing, coordinates printed for SVG,
//! points on the radial gauge's arc ([`gauge`]), positions on the bullet bar ([`bar`]) and the
//! trend chart's axis ticks ([`axis`]). The components only place what these compute.

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
        plan_gauge_core::format::shortest(r)
    }
}

/// The radial gauge: a 240° arc on a 120 × 100 view box.
pub mod gauge {
    use super::clamp01;

    pub const CX: f64 = 60.0;
    pub const CY: f64 = 60.0;
    pub const R: f64 = 48.0;
    /// The arc spans from -SWEEP/2 to +SWEEP/2 degrees, 0° pointing up.
    pub const SWEEP: f64 = 240.0;

    /// The point on the gauge circle of radius `r` at `fraction` of the arc (clamped to 0..=1).
    pub fn arc_point(fraction: f64, r: f64) -> (f64, f64) {
        let f = clamp01(fraction);
        let deg = -SWEEP / 2.0 + SWEEP * f;
        let (sin, cos) = sin_cos(deg.to_radians());
        (CX + r * sin, CY - r * cos)
    }

    /// Sine and cosine of `x` for the gauge's angles (|x| ≤ 2π/3): a Taylor series on `x/2`
    /// (|x/2| < 1.1, where twelve terms are exact to the last bit that matters) and the double-angle
    /// formulas. Used instead of `f64::sin`/`cos`, whose general argument reduction adds about 5 KB to
    /// the browser module (twiggy: `rem_pio2_large`, `rem_pio2`).
    pub fn sin_cos(x: f64) -> (f64, f64) {
        let y = x / 2.0;
        let y2 = y * y;
        let (mut s, mut c) = (0.0, 0.0);
        let (mut ts, mut tc) = (y, 1.0);
        for n in 1..=12u32 {
            s += ts;
            c += tc;
            let k = f64::from(2 * n);
            ts *= -y2 / (k * (k + 1.0));
            tc *= -y2 / ((k - 1.0) * k);
        }
        (2.0 * s * c, 1.0 - 2.0 * s * s)
    }

    /// The track: the full arc as an SVG path.
    pub fn track_path() -> String {
        let (x0, y0) = arc_point(0.0, R);
        let (x1, y1) = arc_point(1.0, R);
        let two = |v: f64| plan_gauge_core::format::with_decimals(v, 2);
        let r = super::fmt2(R);
        format!(
            "M{} {}A{r} {r} 0 1 1 {} {}",
            two(x0),
            two(y0),
            two(x1),
            two(y1)
        )
    }

    #[cfg(test)]
    mod tests {
        use super::super::EPSILON;
        use super::*;

        #[test]
        fn sin_cos_matches_the_standard_library_over_the_gauge() {
            let limit = (SWEEP / 2.0).to_radians();
            for i in 0..=2400 {
                let x = -limit + 2.0 * limit * f64::from(i) / 2400.0;
                let (s, c) = sin_cos(x);
                assert!((s - x.sin()).abs() < 1e-14, "sin({x}) = {s}");
                assert!((c - x.cos()).abs() < 1e-14, "cos({x}) = {c}");
            }
        }

        #[test]
        fn the_arc_runs_from_lower_left_over_the_top_to_lower_right() {
            let (x0, y0) = arc_point(0.0, R);
            let (xm, ym) = arc_point(0.5, R);
            let (x1, y1) = arc_point(1.0, R);
            assert!(
                (xm - CX).abs() < EPSILON && (ym - (CY - R)).abs() < EPSILON,
                "half way is straight up"
            );
            assert!(x0 < CX && x1 > CX && (y0 - y1).abs() < EPSILON && y0 > CY);
            assert_eq!(arc_point(-2.0, R), arc_point(0.0, R));
            assert_eq!(arc_point(f64::NAN, R), arc_point(0.0, R));
        }
    }
}

/// The bullet bar: where fractions of the way stand on a scale that ends at the target or a
/// little beyond it.
pub mod bar {
    use super::clamp01;
    use plan_gauge_core::progress::Assessment;

    /// The right end of the scale in fractions of the way (1 = the final target): at least 1, at most 1.5.
    pub fn scale_end(a: &Assessment) -> f64 {
        [a.progress_final, a.expected_fraction]
            .into_iter()
            .flatten()
            .filter(|f| f.is_finite())
            .fold(1.0_f64, f64::max)
            .min(1.5)
    }

    /// A fraction of the way as a position on the bar, in percent of its width (0..=100).
    pub fn position(fraction: f64, end: f64) -> f64 {
        clamp01(fraction / end) * 100.0
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn the_scale_ends_at_the_target_unless_something_lies_beyond_it() {
            let mut a = crate::test_support::assessment();
            a.progress_final = Some(0.5);
            a.expected_fraction = Some(0.7);
            assert_eq!(scale_end(&a), 1.0);
            a.progress_final = Some(1.2);
            assert_eq!(scale_end(&a), 1.2);
            a.progress_final = Some(9.0);
            assert_eq!(scale_end(&a), 1.5, "capped so the target stays readable");
            a.progress_final = Some(f64::NAN);
            a.expected_fraction = Some(f64::INFINITY);
            assert_eq!(scale_end(&a), 1.0, "non-finite shares are ignored");
        }

        #[test]
        fn positions_are_clamped_to_the_bar() {
            assert_eq!(position(0.5, 1.0), 50.0);
            assert_eq!(position(-0.3, 1.0), 0.0);
            assert_eq!(position(1.2, 1.2), 100.0);
            assert_eq!(position(f64::NAN, 1.0), 0.0);
        }
    }
}

/// The trend chart's value axis.
pub mod axis {
    /// Round steps (1, 2, 5 × 10ⁿ) covering `lo..=hi`: about four ticks.
    pub fn nice_ticks(lo: f64, hi: f64) -> Vec<f64> {
        if !(lo.is_finite() && hi.is_finite()) {
            return Vec::new();
        }
        let (lo, hi) = if hi > lo {
            (lo, hi)
        } else {
            (lo - 1.0, lo + 1.0)
        };
        let raw = (hi - lo) / 4.0;
        let mag = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|m| m * mag)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * mag);
        let first = (lo / step).floor() * step;
        (0..=12)
            .map(|i| first + step * f64::from(i))
            .take_while(|v| *v <= hi + step * 0.999)
            .collect()
    }

    #[cfg(test)]
    mod tests {
        use super::super::EPSILON;
        use super::*;

        #[test]
        fn ticks_are_round_and_cover_the_range() {
            assert_eq!(nice_ticks(400.0, 685.0), vec![400.0, 500.0, 600.0, 700.0]);
            let small = nice_ticks(2.2, 3.0);
            let want = [2.2, 2.4, 2.6, 2.8, 3.0];
            assert_eq!(small.len(), want.len(), "{small:?}");
            assert!(
                small.iter().zip(want).all(|(a, b)| (a - b).abs() < EPSILON),
                "{small:?}"
            );
            let t = nice_ticks(5.0, 5.0);
            assert!(t.first().is_some_and(|f| *f <= 5.0) && t.last().is_some_and(|l| *l >= 5.0));
            assert!(nice_ticks(f64::NAN, 1.0).is_empty());
            assert!(nice_ticks(f64::INFINITY, f64::NEG_INFINITY).is_empty());
        }
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
