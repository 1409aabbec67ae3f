//! `BulletBar`: a linear bar from the baseline (left edge) to the final target, showing the
//! actual value, the expected-by-now marker, the next milestone and the target. Positions are the
//! fractions the core computed (`progress_final`, `expected_fraction`), placed on a scale that
//! ends at the target or, when something lies beyond it, a little further.

use crate::geometry::bar::{position, scale_end};
use crate::geometry::{clamp01, fmt2};
use crate::legend::{legend, KeyLine, LegendItem};
use crate::nodes::{some, NONE};
use crate::status_badge::StatusBadge;
use crate::text;
use crate::theme::{root_class, Theme};
use leptos::prelude::*;
use plan_gauge_core::model::Indicator;
use plan_gauge_core::progress::Assessment;
use plan_gauge_core::Lang;

/// Where the next milestone lies on the bar, when it is not the final one and both it and the
/// final target are values of the same series.
fn next_milestone_fraction(a: &Assessment) -> Option<f64> {
    let next = a.next.as_ref()?;
    let fin = a.final_target.as_ref()?;
    if next.year == fin.year {
        return None;
    }
    let (_, base) = a.baseline?;
    let span = fin.value? - base;
    let next_value = next.value?;
    (span != 0.0)
        .then(|| (next_value - base) / span)
        .filter(|f| f.is_finite())
}

#[component]
pub fn BulletBar(
    assessment: Assessment,
    indicator: Indicator,
    #[prop(optional)] lang: Lang,
    #[prop(optional)] theme: Theme,
    /// Rendered inside a card: no theme root, no name of its own.
    #[prop(optional)]
    nested: bool,
) -> impl IntoView {
    let a = assessment;
    let t = lang.strings();
    let name = text::indicator_name(&indicator, lang);
    let status = a.status;
    let end = scale_end(&a);
    let progress = a.progress_final.filter(|f| f.is_finite());
    let (done, expected_words) = text::progress_words(&a, lang);
    let valuetext = [
        done.clone(),
        expected_words.clone(),
        Some(text::status_label(status, lang).to_string()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(if lang.is_chinese() { "，" } else { "; " });
    let now = progress.map(|f| fmt2((clamp01(f) * 100.0).round()));
    let pct = |f: f64| format!("{}%", fmt2(position(f, end)));
    let fill = progress.map(pct);
    let target_x = pct(1.0);
    let expected_x = a.expected_fraction.filter(|f| f.is_finite()).map(pct);
    let milestone_x = next_milestone_fraction(&a).map(pct);

    // The legend: every mark on the bar, in words.
    let mut items: Vec<LegendItem> = Vec::new();
    if a.latest.is_some() {
        let mut v = text::latest_text(&indicator, &a, lang);
        if let Some(d) = &done {
            v = format!("{v}{}{d}", if lang.is_chinese() { "，" } else { "; " });
        }
        items.push(("pg-key-actual", t.ui_actual, v));
    }
    if let Some(m) = &a.final_target {
        items.push((
            "pg-key-target",
            t.ui_target,
            text::milestone_with_year(m, &indicator, lang),
        ));
    }
    if let Some(e) = expected_words.clone() {
        let v = match a.expected_value.filter(|v| v.is_finite()) {
            Some(ev) => text::paren(&text::indicator_value(&indicator, ev, lang), &e, lang),
            None => e,
        };
        items.push(("pg-key-expected", t.ui_expected, v));
    }
    if milestone_x.is_some() {
        if let Some(m) = &a.next {
            items.push((
                "pg-key-milestone",
                t.ui_milestone,
                text::milestone_with_year(m, &indicator, lang),
            ));
        }
    }
    if let Some((y, v)) = a.baseline {
        items.push((
            "pg-key-baseline",
            t.ui_baseline,
            text::paren(
                &text::indicator_value(&indicator, v, lang),
                &text::year(y, lang),
                lang,
            ),
        ));
    }
    if let Some((met, elapsed)) = a.years_met {
        items.push((
            "pg-key-none",
            t.ui_status,
            text::fill(
                t.ui_years_met,
                &[("met", &met.to_string()), ("elapsed", &elapsed.to_string())],
            ),
        ));
    }

    let class = format!("pg-bar pg-status-{}", status.as_str());
    let class = if nested {
        class
    } else {
        root_class(theme, &class)
    };
    view! {
        <div class=class lang=(!nested).then(|| lang.tag()) dir="ltr" data-status=status.as_str()>
            {some((!nested)
                .then(|| {
                    view! {
                        <p class="pg-bar-head">
                            <bdi class="pg-bar-name">{name.clone()}</bdi>
                            " "
                            <StatusBadge status=status lang=lang />
                        </p>
                    }
                }))}
            <svg
                class="pg-bar-svg"
                role=now.as_ref().map(|_| "meter")
                aria-hidden=if now.is_some() { None } else { Some("true") }
                aria-label=now.as_ref().map(|_| text::attr(&name))
                aria-valuemin=now.as_ref().map(|_| "0")
                aria-valuemax=now.as_ref().map(|_| "100")
                aria-valuenow=now.clone()
                aria-valuetext=now.as_ref().map(|_| valuetext.clone())
            >
                <rect class="pg-bar-track" x="0" y="25%" width="100%" height="50%">{NONE}</rect>
                {some(fill
                    .map(|w| {
                        view! {
                            <rect class="pg-bar-fill pg-animate" x="0" y="32%" width=w height="36%">{NONE}</rect>
                        }
                    }))}
                <line class="pg-bar-baseline" x1="0" x2="0" y1="15%" y2="85%">{NONE}</line>
                {some(milestone_x
                    .map(|x| {
                        view! {
                            <line class="pg-bar-milestone" x1=x.clone() x2=x y1="10%" y2="90%">{NONE}</line>
                        }
                    }))}
                {some(expected_x
                    .map(|x| {
                        view! {
                            <line class="pg-bar-expected" x1=x.clone() x2=x y1="5%" y2="95%">{NONE}</line>
                        }
                    }))}
                <line class="pg-bar-target" x1=target_x.clone() x2=target_x y1="0" y2="100%">{NONE}</line>
            </svg>
            {legend(items, KeyLine::Upright)}
        </div>
    }
}
