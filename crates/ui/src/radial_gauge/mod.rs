//! `RadialGauge`: a 240° arc filled to the share of the way from the baseline to the final target
//! (`Assessment::progress_final`), with a marker at the share the schedule expects by now
//! (`Assessment::expected_fraction`). The numbers come from the core; `geometry::gauge` turns
//! fractions into points on the arc.

use crate::geometry::gauge::{arc_point, track_path, R};
use crate::geometry::{clamp01, fmt2};
use crate::nodes::{some, NONE};
use crate::status_badge::StatusBadge;
use crate::text;
use crate::theme::{root_class, Theme};
use leptos::prelude::*;
use plan_gauge_core::model::Indicator;
use plan_gauge_core::progress::Assessment;
use plan_gauge_core::Lang;

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
    // The fill runs along the track: one path, written once.
    let track = track_path();
    let fill_track = track.clone();
    let svg = view! {
        <svg
            class="pg-gauge-svg"
            viewBox="0 0 120 100"
            role=now.as_ref().map(|_| "meter")
            aria-hidden=if now.is_some() { None } else { Some("true") }
            aria-label=now.as_ref().map(|_| text::attr(&name))
            aria-valuemin=now.as_ref().map(|_| "0")
            aria-valuemax=now.as_ref().map(|_| "100")
            aria-valuenow=now.clone()
            aria-valuetext=now.as_ref().map(|_| valuetext.clone())
        >
            <path class="pg-gauge-track" d=track>{NONE}</path>
            {some(fill_len
                .map(move |len| {
                    view! {
                        <path
                            class="pg-gauge-fill pg-animate"
                            d=fill_track
                            pathLength="100"
                            stroke-dasharray=format!("{len} 100")
                        >{NONE}</path>
                    }
                }))}
            {some(marker
                .map(|(x1, y1, x2, y2)| {
                    view! { <line class="pg-gauge-expected" x1=x1 y1=y1 x2=x2 y2=y2>{NONE}</line> }
                }))}
            // The figure's direction is in the markup (not only in the stylesheet): it holds
            // wherever the view's HTML goes.
            <text class="pg-gauge-value" x="60" y="64" direction="ltr" unicode-bidi="isolate">
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
        <figure class=class lang=(!nested).then(|| lang.tag()) dir="ltr" data-status=status.as_str()>
            {svg}
            <figcaption class="pg-gauge-caption">
                {some((!nested)
                    .then(|| {
                        view! {
                            <bdi class="pg-gauge-name">{name.clone()}</bdi>
                            <StatusBadge status=status lang=lang />
                        }
                    }))}
                {some(done.map(|d| view! { <span class="pg-gauge-done">{d}</span> }))}
                {some(expected
                    .map(|e| {
                        view! {
                            <span class="pg-gauge-expected-text">
                                <svg class="pg-key pg-key-expected" viewBox="0 0 10 10" aria-hidden="true">
                                    <line class="pg-key-line" x1="5" y1="0" x2="5" y2="10">{NONE}</line>
                                </svg>
                                {e}
                            </span>
                        }
                    }))}
            </figcaption>
        </figure>
    }
}
