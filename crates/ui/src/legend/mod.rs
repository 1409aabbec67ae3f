//! The legend under a bar or a chart: every kind of mark drawn, with a key, a label and the value
//! in words (each value a figure the widget wrote, laid out left to right). Its rules (`.pg-legend`, `.pg-key-*`) are in `bullet_bar/style.css` and
//! `trend_chart/style.css`, next to the marks they match.

use crate::nodes::NONE;
use leptos::either::Either;
use leptos::prelude::*;

/// One entry: the key's class (`pg-key-actual`, `pg-key-target`, …), its label and its value.
pub type LegendItem = (&'static str, &'static str, String);

/// How a key's line runs: across a bar a target is an upright stroke, on a chart a level line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyLine {
    Upright,
    Level,
}

/// The legend as a list; each key is a small SVG whose box or line the key's class shows.
pub fn legend(items: Vec<LegendItem>, line: KeyLine) -> impl IntoView {
    view! {
        <ul class="pg-legend">
            {items
                .into_iter()
                .map(|(key, label, value)| {
                    view! {
                        <li>
                            {key_svg(key, line)}
                            <span class="pg-legend-label">{label}</span>
                            " "
                            <span class="pg-legend-value" dir="ltr">{value}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A key: a box for the actual value, a line for the other marks, as the key's class shows.
fn key_svg(key: &'static str, line: KeyLine) -> impl IntoView {
    let class = format!("pg-key {key}");
    match line {
        KeyLine::Upright => Either::Left(view! {
            <svg class=class viewBox="0 0 10 10" aria-hidden="true">
                <rect class="pg-key-box" x="0" y="0" width="10" height="10">{NONE}</rect>
                <line class="pg-key-line" x1="5" y1="0" x2="5" y2="10">{NONE}</line>
            </svg>
        }),
        KeyLine::Level => Either::Right(view! {
            <svg class=class viewBox="0 0 10 10" aria-hidden="true">
                <rect class="pg-key-box" x="0" y="0" width="10" height="10">{NONE}</rect>
                <line class="pg-key-line" x1="0" y1="5" x2="10" y2="5">{NONE}</line>
            </svg>
        }),
    }
}
