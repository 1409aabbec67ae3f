//! Sentences and short texts about one assessed target, shared by the cards, bars, tables and
//! the dashboard. The words come from the core; nothing here computes progress.

use super::words::{
    agency_list, date, fill, milestone_with_year, obs_status, paren, percent, period,
};
use plan_gauge_core::model::{AgencyNames, Indicator};
use plan_gauge_core::progress::Assessment;
use plan_gauge_core::Lang;

/// Visible words about progress: "已完成目标进度的62%", "按时间进度应完成70%".
pub fn progress_words(a: &Assessment, lang: Lang) -> (Option<String>, Option<String>) {
    let t = lang.strings();
    let done = a
        .progress_final
        .filter(|f| f.is_finite())
        .map(|f| fill(t.ui_progress_of_way, &[("percent", &percent(f, lang))]));
    let expected = a
        .expected_fraction
        .filter(|f| f.is_finite())
        .map(|f| fill(t.ui_expected_of_way, &[("percent", &percent(f, lang))]));
    (done, expected)
}

/// The latest value in words: "612家（2024年，初步数）", "已实现（2024年）", or "暂无数据".
pub fn latest_text(ind: &Indicator, a: &Assessment, lang: Lang) -> String {
    match &a.latest {
        Some(l) => {
            let mut when = period(&l.period, lang);
            if let Some(w) = obs_status(l.status, lang) {
                when = format!("{when}{}{w}", if lang.is_chinese() { "，" } else { ", " });
            }
            paren(
                &plan_gauge_core::explain::observed_value(l, ind, lang),
                &when,
                lang,
            )
        }
        None => lang.strings().ui_no_value.to_string(),
    }
}

/// The final target in words: "≥685家（2025年）".
pub fn target_text(ind: &Indicator, a: &Assessment, lang: Lang) -> String {
    a.final_target
        .as_ref()
        .map(|m| milestone_with_year(m, ind, lang))
        .unwrap_or_default()
}

/// The lead agencies of the assessed target in `lang` (names from the plan's `agencies`, else as
/// written), joined with 、 (or ", " in English).
pub fn lead_agencies(
    ind: &Indicator,
    a: &Assessment,
    agencies: &AgencyNames,
    lang: Lang,
) -> String {
    ind.targets
        .get(a.target)
        .map(|t| agency_list(agencies, &t.lead, lang))
        .unwrap_or_default()
}

/// The provenance rows of a card: (label, text). Rows without content are left out.
pub fn provenance(
    ind: &Indicator,
    a: &Assessment,
    agencies: &AgencyNames,
    lang: Lang,
) -> Vec<Provenance> {
    let t = lang.strings();
    let row = |label, text| Provenance {
        label,
        text,
        href: None,
        figure: false,
    };
    let figure = |label, text| Provenance {
        figure: true,
        ..row(label, text)
    };
    let mut rows = Vec::new();
    if let Some(l) = &a.latest {
        if !l.source.is_empty() {
            rows.push(Provenance {
                // Only web addresses are links (validation refuses any other kind).
                href: l
                    .url
                    .clone()
                    .filter(|u| plan_gauge_core::validate::is_web_url(u)),
                ..row(
                    t.ui_source,
                    plan_gauge_core::bidi::shown(&l.source).into_owned(),
                )
            });
        }
    }
    let lead = lead_agencies(ind, a, agencies, lang);
    if !lead.is_empty() {
        rows.push(row(t.ui_lead, lead));
    }
    if let Some(l) = &a.latest {
        if !l.published.is_empty() {
            rows.push(figure(t.ui_updated, date(&l.published, lang)));
        }
        let mut notes = Vec::new();
        if let Some(word) = obs_status(l.status, lang) {
            notes.push(paren(&period(&l.period, lang), word, lang));
        }
        if !notes.is_empty() {
            rows.push(figure(t.ui_data_notes, notes.join(" ")));
        }
    }
    rows
}

/// One line of a card's provenance: a label, its text and, for the source, the page the figure
/// was read from.
#[derive(Debug, Clone, PartialEq)]
pub struct Provenance {
    pub label: &'static str,
    pub text: String,
    pub href: Option<String>,
    /// The text is a date or period the widget wrote (laid out left to right), not data (the
    /// source's and agencies' names, isolated).
    pub figure: bool,
}
