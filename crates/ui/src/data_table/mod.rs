//! `DataTable`: the same facts as the cards, one row per indicator target, as a real `<table>`
//! with a caption and header cells. It scrolls sideways inside its own focusable region on narrow
//! screens (the reflow exception for tables), never the page.

use crate::status_badge::StatusBadge;
use crate::text;
use crate::theme::{root_class, Theme};
use leptos::prelude::*;
use plan_gauge_core::model::{AgencyNames, Indicator};
use plan_gauge_core::progress::Assessment;
use plan_gauge_core::Lang;

#[component]
pub fn DataTable(
    /// One row per (indicator, assessment of one of its targets).
    rows: Vec<(Indicator, Assessment)>,
    caption: String,
    #[prop(optional)] lang: Lang,
    #[prop(optional)] theme: Theme,
    #[prop(optional)] nested: bool,
    /// The plan's agency names in other locales (`Plan::agencies`), for the lead agency column.
    #[prop(optional)]
    agencies: AgencyNames,
) -> impl IntoView {
    let t = lang.strings();
    let body = rows
        .into_iter()
        .map(|(ind, a)| {
            view! {
                <tr data-status=a.status.as_str() data-indicator=ind.id.clone()>
                    <th scope="row">{text::data(text::indicator_name(&ind, lang))}</th>
                    <td>
                        <StatusBadge status=a.status lang=lang />
                    </td>
                    <td>{text::figure(text::latest_text(&ind, &a, lang))}</td>
                    <td>{text::figure(text::target_text(&ind, &a, lang))}</td>
                    <td>{text::reason_sentence(&a, &ind, lang)}</td>
                    <td>{text::data(text::lead_agencies(&ind, &a, &agencies, lang))}</td>
                </tr>
            }
        })
        .collect_view();
    let class = if nested {
        "pg-table-wrap".to_string()
    } else {
        root_class(theme, "pg-table-wrap")
    };
    view! {
        <div class=class lang=(!nested).then(|| lang.tag()) dir="ltr" tabindex="0" role="region" aria-label=text::attr(&caption)>
            <table class="pg-table">
                <caption>{caption.clone()}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.ui_indicator}</th>
                        <th scope="col">{t.ui_status}</th>
                        <th scope="col">{t.ui_latest}</th>
                        <th scope="col">{t.ui_target}</th>
                        <th scope="col">{t.ui_note}</th>
                        <th scope="col">{t.ui_lead}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
