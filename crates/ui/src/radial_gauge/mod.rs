//! `RadialGauge`: a 240° arc filled to the share of the way from the baseline to the final target
//! (`Assessment::progress_final`), with a marker at the share the schedule expects by now
//! (`Assessment::expected_fraction`). The numbers come from the core; this module only turns
//! fractions into angles.

use crate::geometry::{clamp01, fmt2};
use crate::status_badge::StatusBadge;
use crate::text;
use crate::theme::{root_class, Theme};
use leptos::prelude::*;
use plan_gauge_core::model::Indicator;
use plan_gauge_core::progress::Assessment;
use plan_gauge_core::Lang;

const CX: f64 = 60.0;
const CY: f64 = 60.0;
const R: f64 = 48.0;
/// The arc spans from -SWEEP/2 to +SWEEP/2 degrees, 0° pointing up.
const SWEEP: f64 = 240.0;

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
fn sin_cos(x: f64) -> (f64, f64) {
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
    format!("M{x0:.2} {y0:.2}A{R} {R} 0 1 1 {x1:.2} {y1:.2}")
}

/// A radial gauge with its caption. With a known progress share the SVG is a `role="meter"`
/// (0–100, the value clamped, the full words in `aria-valuetext`); without one it is hidden and
/// the caption says why.
#[component]
pub fn RadialGauge(
    assessment: Assessment,
    indicator: Indicator,
    #[prop(optional)] lang: Lang,
    #[prop(optional)] theme: Theme,
    /// Rendered inside a card: no theme root, no lang attribute of its own.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let a = assessment;
    let name = text::indicator_name(&indicator, lang);
    let status = a.status;
    let progress = a.progress_final.filter(|f| f.is_finite());
    let (done, expected) = text::progress_words(&a, lang);
    let label = text::status_label(status, lang);
    let valuetext = [done.clone(), expected.clone(), Some(label.to_string())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(if lang.is_chinese() { "，" } else { "; " });
    let fill_len = progress.map(|f| fmt2(clamp01(f) * 100.0));
    let center = progress.map(|f| text::percent(f, lang));
    let marker = a.expected_fraction.filter(|f| f.is_finite()).map(|f| {
        let (x0, y0) = arc_point(f, R - 9.0);
        let (x1, y1) = arc_point(f, R + 9.0);
        (fmt2(x0), fmt2(y0), fmt2(x1), fmt2(y1))
    });
    let now = progress.map(|f| fmt2((clamp01(f) * 100.0).round()));
    let svg = view! {
        <svg
            class="pg-gauge-svg"
            viewBox="0 0 120 100"
            role=now.as_ref().map(|_| "meter")
            aria-hidden=if now.is_some() { None } else { Some("true") }
            aria-label=now.as_ref().map(|_| name.clone())
            aria-valuemin=now.as_ref().map(|_| "0")
            aria-valuemax=now.as_ref().map(|_| "100")
            aria-valuenow=now.clone()
            aria-valuetext=now.as_ref().map(|_| valuetext.clone())
            focusable="false"
        >
            <path class="pg-gauge-track" d=track_path()></path>
            {fill_len
                .map(|len| {
                    view! {
                        <path
                            class="pg-gauge-fill pg-animate"
                            d=track_path()
                            pathLength="100"
                            stroke-dasharray=format!("{len} 100")
                        ></path>
                    }
                })}
            {marker
                .map(|(x1, y1, x2, y2)| {
                    view! { <line class="pg-gauge-expected" x1=x1 y1=y1 x2=x2 y2=y2></line> }
                })}
            <text class="pg-gauge-value" x="60" y="64" text-anchor="middle">
                {center.unwrap_or_else(|| "—".into())}
            </text>
        </svg>
    };
    let class = if nested {
        format!("pg-gauge pg-status-{}", status.as_str())
    } else {
        root_class(theme, &format!("pg-gauge pg-status-{}", status.as_str()))
    };
    view! {
        <figure class=class lang=(!nested).then(|| lang.tag()) data-status=status.as_str()>
            {svg}
            <figcaption class="pg-gauge-caption">
                {(!nested)
                    .then(|| {
                        view! {
                            <span class="pg-gauge-name">{name.clone()}</span>
                            <StatusBadge status=status lang=lang />
                        }
                    })}
                {done.map(|d| view! { <span class="pg-gauge-done">{d}</span> })}
                {expected
                    .map(|e| {
                        view! {
                            <span class="pg-gauge-expected-text">
                                <svg class="pg-key pg-key-expected" viewBox="0 0 10 10" aria-hidden="true">
                                    <line class="pg-key-line" x1="5" y1="0" x2="5" y2="10"></line>
                                </svg>
                                {e}
                            </span>
                        }
                    })}
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::EPSILON;

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
