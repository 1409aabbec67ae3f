//! The one widget chooser: the `view` option (of `<plan-gauge view>`, `plan-gauge render --view`
//! and the embed-code generator) and the function that turns a [`Widget`] into its component.
//!
//! The component is chosen with `EitherOf5`, never `AnyView`: an erased view keeps every view's
//! `rebuild` code alive in the browser module through its vtable.

use crate::bullet_bar::BulletBar;
use crate::indicator_card::{GaugeKind, IndicatorCard};
#[cfg(feature = "full")]
use crate::plan_dashboard::PlanDashboard;
use crate::radial_gauge::RadialGauge;
use crate::theme::Theme;
#[cfg(feature = "full")]
use crate::trend_chart::TrendChart;
use leptos::either::EitherOf5;
use leptos::prelude::*;
use plan_gauge_core::model::{Indicator, Observation, Plan};
use plan_gauge_core::progress::Assessment;
use plan_gauge_core::Lang;
use std::fmt;
use std::str::FromStr;

/// The options a `<plan-gauge>` element reads, as attributes (or with a `data-` prefix on a
/// `<div data-plan-gauge>`): the embed reads them, the loader watches them.
pub const ELEMENT_OPTIONS: [&str; 6] =
    ["src", "indicator", "view", "lang", "observations", "theme"];

/// What the widget's first module throws for an element only its second module draws (a trend
/// chart, a dashboard, observations as CSV): the loader then hands the element to the second.
/// Never shown to anyone.
pub const NEEDS_FULL: &str = "plan-gauge:needs-full";

/// What a module built with core's `lazy-locales` throws, followed by the language's tag
/// (`plan-gauge:needs-words:en`), for an element in a language whose words it has not read yet:
/// the loader fetches that language's words file once, hands it to the module (`add_words`) and
/// draws the element again.
pub const NEEDS_WORDS: &str = "plan-gauge:needs-words:";

/// Which component a widget shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ViewName {
    /// `IndicatorCard`: the sentence first, then a bar, then provenance (default).
    #[default]
    Card,
    /// `RadialGauge`.
    Radial,
    /// `BulletBar`.
    Bar,
    /// `TrendChart`.
    Trend,
    /// `PlanDashboard`: every indicator of the plan.
    Dashboard,
}

impl ViewName {
    /// Every view, in the order the generator offers them.
    pub const ALL: [ViewName; 5] = [
        ViewName::Card,
        ViewName::Radial,
        ViewName::Bar,
        ViewName::Trend,
        ViewName::Dashboard,
    ];

    /// True for the views that only the crate's `full` feature has (the widget's second module).
    pub fn needs_full(self) -> bool {
        matches!(self, ViewName::Trend | ViewName::Dashboard)
    }

    /// The option's value: `card`, `radial`, `bar`, `trend` or `dashboard`.
    pub fn as_str(self) -> &'static str {
        match self {
            ViewName::Card => "card",
            ViewName::Radial => "radial",
            ViewName::Bar => "bar",
            ViewName::Trend => "trend",
            ViewName::Dashboard => "dashboard",
        }
    }
}

impl fmt::Display for ViewName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for ViewName {
    type Err = String;

    /// Reads an option value exactly as [`ViewName::as_str`] writes it.
    fn from_str(s: &str) -> Result<ViewName, String> {
        ViewName::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown view `{s}` ({})",
                    crate::text::one_of(&ViewName::ALL.map(ViewName::as_str))
                )
            })
    }
}

/// The room each view reserves in its host element, so that the page does not shift when the
/// widget appears: a little under the heights measured in Chromium at 560 px wide and 16 px
/// (card 18.8em, radial 7.9em, bar 7.2em, trend 24em; the fallback may be taller).
pub const RESERVED: [(ViewName, &str); 5] = [
    (ViewName::Card, "18em"),
    (ViewName::Radial, "7.5em"),
    (ViewName::Bar, "7em"),
    (ViewName::Trend, "23em"),
    (ViewName::Dashboard, "30em"),
];

/// The embed's rules for its host element's own box, with the reserved room as `property`.
/// The host page stays in charge of that box: these are `:host` rules without `!important`, which
/// any rule of the page for the element wins over (`display:none` from a class, a media query or
/// a script), and `hidden` hides it. The loader reserves the room as `min-block-size` until the
/// widget is drawn; the widget keeps it as `contain-intrinsic-block-size`, which only counts when
/// the page puts the element under size containment (`contain: strict`), so that the widget never
/// collapses to nothing there.
pub fn host_css(property: &str) -> String {
    let mut css = String::from(":host{display:block}:host([hidden]){display:none}");
    for (view, size) in RESERVED {
        if view == ViewName::default() {
            css.push_str(&format!(":host{{{property}:{size}}}"));
        } else {
            css.push_str(&format!(
                ":host([view={view}]),:host([data-view={view}]){{{property}:{size}}}"
            ));
        }
    }
    css
}

/// Everything one widget shows, computed by the core before anything is rendered.
#[derive(Debug, Clone)]
pub struct Widget {
    pub view: ViewName,
    pub lang: Lang,
    pub theme: Theme,
    pub plan: Plan,
    /// The plan's observations (the trend chart's points).
    pub observations: Vec<Observation>,
    /// The observations are illustrative sample data (示例数据).
    pub sample: bool,
    /// One per target of every indicator, in plan order.
    pub assessments: Vec<Assessment>,
    /// The chosen indicator and the assessment of the chosen target (all views but the
    /// dashboard). Without one, the widget is the dashboard.
    pub focus: Option<(Indicator, Assessment)>,
    /// The dashboard's filter controls (they need JavaScript; static pages leave them out).
    pub controls: bool,
    /// The dashboard's rows show their trend charts (from `observations`).
    pub trends: bool,
}

/// The component `w` asks for.
// Without `full`, the trend and dashboard arms hold `()` (the embed never reaches them).
#[cfg_attr(not(feature = "full"), allow(clippy::unit_arg))]
pub fn widget_view(w: Widget) -> impl IntoView {
    let Widget {
        view,
        lang,
        theme,
        plan,
        observations,
        sample,
        assessments,
        focus,
        controls,
        trends,
    } = w;
    match (view, focus) {
        (ViewName::Card, Some((ind, a))) => EitherOf5::A(view! {
            <IndicatorCard assessment=a indicator=ind lang=lang theme=theme gauge=GaugeKind::Bar sample=sample agencies=plan.agencies />
        }),
        (ViewName::Radial, Some((ind, a))) => {
            EitherOf5::B(view! { <RadialGauge assessment=a indicator=ind lang=lang theme=theme /> })
        }
        (ViewName::Bar, Some((ind, a))) => {
            EitherOf5::C(view! { <BulletBar assessment=a indicator=ind lang=lang theme=theme /> })
        }
        (ViewName::Trend, Some((ind, a))) => {
            EitherOf5::D(trend_view(ind, observations, a, lang, theme))
        }
        (_, _) => {
            let observations = if trends { observations } else { Vec::new() };
            EitherOf5::E(dashboard_view(
                plan,
                assessments,
                lang,
                theme,
                controls,
                sample,
                observations,
            ))
        }
    }
}

#[cfg(feature = "full")]
fn trend_view(
    ind: Indicator,
    observations: Vec<Observation>,
    a: Assessment,
    lang: Lang,
    theme: Theme,
) -> impl IntoView {
    view! { <TrendChart indicator=ind observations=observations assessment=a lang=lang theme=theme /> }
}

#[cfg(feature = "full")]
fn dashboard_view(
    plan: Plan,
    assessments: Vec<Assessment>,
    lang: Lang,
    theme: Theme,
    controls: bool,
    sample: bool,
    observations: Vec<Observation>,
) -> impl IntoView {
    view! {
        <PlanDashboard plan=plan assessments=assessments lang=lang theme=theme controls=controls sample=sample observations=observations />
    }
}

/// Without `full` the trend chart and the dashboard are not in the crate: the embed's first
/// module sends elements that ask for them to its second module before they get here.
#[cfg(not(feature = "full"))]
fn trend_view(_: Indicator, _: Vec<Observation>, _: Assessment, _: Lang, _: Theme) {}

#[cfg(not(feature = "full"))]
fn dashboard_view(
    _: Plan,
    _: Vec<Assessment>,
    _: Lang,
    _: Theme,
    _: bool,
    _: bool,
    _: Vec<Observation>,
) {
}

/// The widget as static HTML (the no-JavaScript fallback).
#[cfg(feature = "ssr")]
pub fn to_html(w: Widget) -> String {
    render_html(move || widget_view(w))
}

/// Any view as static HTML, rendered in a fresh reactive owner.
#[cfg(feature = "ssr")]
pub fn render_html<V: IntoView + 'static>(f: impl FnOnce() -> V) -> String {
    use leptos::tachys::view::RenderHtml;
    Owner::new().with(|| f().into_view().to_html())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back() {
        for v in ViewName::ALL {
            assert_eq!(v.as_str().parse::<ViewName>(), Ok(v));
        }
        assert_eq!(
            "pie".parse::<ViewName>(),
            Err("unknown view `pie` (card, radial, bar, trend or dashboard)".to_string())
        );
    }
}
