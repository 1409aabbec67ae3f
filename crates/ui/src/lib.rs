//! plan-gauge-ui: Leptos components that present what `plan-gauge-core` computed.
//!
//! Every component takes `lang: Lang` (zh-Hans by default) and most take `theme: Theme`. The
//! words come from the core's locale tables and sentences, the numbers from the core's formats;
//! the components compute nothing but geometry. All styling is in [`STYLESHEET`] (classes
//! prefixed `pg-`): no `style` attributes, no `<style>` elements, nothing added to `<head>`, so
//! the views work under `style-src 'self'` and inside a shadow root that adopts the sheet.
//!
//! [`view`] is the one widget chooser: the `view` option's names ([`ViewName`]), the component a
//! [`Widget`] asks for ([`widget_view`], for the embed) and, with `ssr`, its static HTML
//! (`to_html`, for `plan-gauge render` and `plan-gauge site`). Shared words are in [`text`],
//! shared drawing helpers in [`geometry`], children that add no node in [`nodes`]; components
//! import only those, [`theme`], [`legend`]
//! and the components they contain.

pub mod bullet_bar;
#[cfg(feature = "full")]
pub mod data_table;
pub mod geometry;
pub mod indicator_card;
pub mod legend;
pub mod nodes;
#[cfg(feature = "full")]
pub mod plan_dashboard;
pub mod radial_gauge;
pub mod status_badge;
pub mod text;
pub mod theme;
#[cfg(feature = "full")]
pub mod trend_chart;
pub mod view;

#[cfg(test)]
mod test_support;

pub use bullet_bar::BulletBar;
#[cfg(feature = "full")]
pub use data_table::DataTable;
pub use indicator_card::{GaugeKind, IndicatorCard};
#[cfg(feature = "full")]
pub use plan_dashboard::PlanDashboard;
pub use radial_gauge::RadialGauge;
pub use status_badge::{StatusBadge, StatusIcon};
pub use theme::Theme;
#[cfg(feature = "full")]
pub use trend_chart::TrendChart;
pub use view::{
    host_css, widget_view, ViewName, Widget, ELEMENT_OPTIONS, NEEDS_FULL, NEEDS_WORDS, RESERVED,
};
#[cfg(feature = "ssr")]
pub use view::{render_html, to_html};

/// The CSS of every component in one text, as its folders write it (`build.rs` joins them). Static
/// pages link it as a file (`plan-gauge render --stylesheet`). Without the `full` feature, the
/// rules of the card, the radial gauge and the bar only.
pub const STYLESHEET: &str = include_str!(concat!(env!("OUT_DIR"), "/plan-gauge.css"));

/// The same rules without comments and spare whitespace ([`css_min`]): the embed adopts this one
/// into each shadow root (`adoptedStyleSheets`).
pub const STYLESHEET_MIN: &str = include_str!(concat!(env!("OUT_DIR"), "/plan-gauge.min.css"));

pub mod css_min;
