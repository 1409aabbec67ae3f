//! `StatusBadge`: an icon plus the status in words. The icon's shape differs per status, so
//! colour is never the only signal; the words carry the meaning for screen readers.

use crate::nodes::NONE;
use crate::text;
use crate::theme::Theme;
use leptos::prelude::*;
use plan_gauge_core::progress::Status;
use plan_gauge_core::Lang;

/// The icon's outline and mark, in a 16×16 box. Each status has its own shape.
fn icon_paths(status: Status) -> (&'static str, &'static str) {
    match status {
        // circle with a tick
        Status::Achieved => (
            "M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1z",
            "M4.5 8.2l2.3 2.3 4.7-4.9",
        ),
        // circle with an arrow forward
        Status::OnTrack => ("M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1z", "M4.5 8h6M8 5l3 3-3 3"),
        // triangle with an exclamation mark
        Status::AtRisk => ("M8 1.2L15 14H1z", "M8 5.5v4M8 11.2v1"),
        // diamond with a downward arrow
        Status::OffTrack => (
            "M8 0.8L15.2 8 8 15.2 0.8 8z",
            "M8 4.5v6M5.3 8l2.7 2.8L10.7 8",
        ),
        // square with a cross
        Status::Missed => ("M1.5 1.5h13v13h-13z", "M5 5l6 6M11 5l-6 6"),
        // dashed circle with a dash
        Status::NoData => ("M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1z", "M5 8h6"),
        // circle with clock hands
        Status::TooEarly => ("M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1z", "M8 4v4l2.5 2"),
        // circle with a question mark
        Status::CannotAssess => (
            "M8 1a7 7 0 1 0 0 14A7 7 0 1 0 8 1z",
            "M6 6.2a2 2 0 1 1 2.6 1.9c-.4.2-.6.5-.6.9v.6M8 11.3v.9",
        ),
    }
}

/// The status icon alone, hidden from assistive technology (the words next to it carry the meaning).
#[component]
pub fn StatusIcon(status: Status) -> impl IntoView {
    let (outline, mark) = icon_paths(status);
    let dashed = matches!(
        status,
        Status::NoData | Status::TooEarly | Status::CannotAssess
    );
    view! {
        <svg
            class=format!("pg-icon pg-status-{}", status.as_str())
            viewBox="0 0 16 16"
            width="16"
            height="16"
            aria-hidden="true"
        >
            <path
                class=if dashed { "pg-icon-outline pg-icon-dashed" } else { "pg-icon-outline" }
                d=outline
            >{NONE}</path>
            <path class="pg-icon-mark" d=mark>{NONE}</path>
        </svg>
    }
}

/// A status as an icon and a word: "✓ 已达标". Inside other components it takes their theme;
/// standing alone, give it a `theme` so it carries the theme's variables and its own `lang`.
#[component]
pub fn StatusBadge(
    status: Status,
    #[prop(optional)] lang: Lang,
    #[prop(optional)] theme: Option<Theme>,
) -> impl IntoView {
    let own = format!("pg-badge pg-status-{}", status.as_str());
    let class = match theme {
        Some(t) => crate::theme::root_class(t, &own),
        None => own,
    };
    view! {
        <span class=class lang=theme.map(|_| lang.tag()) dir="ltr" data-status=status.as_str()>
            <StatusIcon status=status />
            <span class="pg-badge-text">{text::status_label(status, lang)}</span>
        </span>
    }
}
