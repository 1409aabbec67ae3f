//! How data and figures sit in the markup, so that a right-to-left mark or script in data can
//! neither reverse the widget's figures nor move its punctuation.
//!
//! - [`data`]: a string from the plan or its observations (a name, title, unit, agency, source,
//!   note) in its own `<bdi>`, so its direction stays inside it. The core already dropped any
//!   bidirectional control from it and isolated right-to-left letters (`plan_gauge_core::bidi`).
//! - [`figure`]: a figure, date, percentage or value the widget wrote, in a `dir="ltr"` span
//!   (which also isolates it), so it lays out left to right whatever stands around it.
//! - [`attr`]: a string set in an attribute (`aria-label`), where no element can isolate it:
//!   without any bidirectional control.
//!
//! Every component's root also carries `dir="ltr"`, the widget's own direction, so a host page
//! set right to left cannot mirror the widget.

use leptos::prelude::*;

/// A data string in its own `<bdi>`.
pub fn data(s: impl Into<String>) -> impl IntoView {
    let s: String = s.into();
    view! { <bdi>{s}</bdi> }
}

/// A figure the widget wrote, laid out left to right in its own isolated span.
pub fn figure(s: impl Into<String>) -> impl IntoView {
    let s: String = s.into();
    view! { <span class="pg-figure" dir="ltr">{s}</span> }
}

/// A string for an attribute: without bidirectional controls (isolates included, which an
/// attribute has no use for).
pub fn attr(s: &str) -> String {
    plan_gauge_core::bidi::without_controls(s).into_owned()
}
