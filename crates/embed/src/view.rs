//! The widget view. Interim: a name-and-target card until plan-gauge-ui exports its components.

use leptos::prelude::*;
use plan_gauge_core::model::Indicator;
use plan_gauge_core::Lang;

/// The stylesheet adopted into every shadow root.
pub const STYLESHEET: &str = ":host{display:block}\
.pg-widget{margin:0;padding:.75rem 1rem;border:1px solid #8a8a8a;border-radius:.5rem;font:inherit}\
.pg-name{font-weight:700}.pg-target{margin:.25rem 0 0}\
.pg-theme-dark{background:#1d1f21;color:#f0f0f0}.pg-theme-large{font-size:1.25em}";

/// What the widget shows, prepared outside the view.
pub struct Widget {
    pub lang: Lang,
    pub theme: &'static str,
    pub name: String,
    pub target: Option<String>,
}

impl Widget {
    pub fn new(ind: &Indicator, lang: Lang, theme: &'static str) -> Widget {
        let s = lang.strings();
        let target = ind
            .targets
            .first()
            .and_then(|t| t.milestones.last())
            .and_then(|m| {
                let v = m.value?;
                Some(format!(
                    "{}: {} {} {v}{}",
                    s.ui_target,
                    m.year,
                    m.cmp.symbol(),
                    ind.unit
                ))
            });
        Widget {
            lang,
            theme,
            name: crate::indicator_name(ind, lang).to_string(),
            target,
        }
    }
}

pub fn widget_view(w: Widget) -> impl IntoView {
    view! {
        <figure class=format!("pg-widget pg-theme-{}", w.theme) lang=w.lang.tag()>
            <figcaption class="pg-name">{w.name}</figcaption>
            {w.target.map(|t| view! { <p class="pg-target">{t}</p> })}
        </figure>
    }
}
