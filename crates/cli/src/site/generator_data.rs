//! The embed-code generator's data (`data/plans.json`, `data/fallback/<id>.<lang>.json`): the
//! plans and indicators it offers, the views and themes plan-gauge-ui knows, and the static
//! fallbacks it puts inside the snippets it writes.

use super::plan_page::{card_html, dashboard_html};
use super::seeds::SitePlan;
use plan_gauge_core::time::Date;
use plan_gauge_core::Lang;
use plan_gauge_core::{bidi, explain};
use plan_gauge_ui::{Theme, ViewName};

/// The content security policy the pages and the widget hold under.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/// `{plan, lang, as_of, dashboard, cards: {indicator id: html}}`: the static fallback the
/// generator puts inside the element it writes (the card of the first target of each indicator,
/// as the embed shows it).
pub fn fallbacks(p: &SitePlan, lang: Lang, as_of: Date) -> serde_json::Value {
    let cards: serde_json::Map<String, serde_json::Value> = p
        .data
        .plan
        .indicators
        .iter()
        .filter_map(|ind| {
            let a = p
                .assessments
                .iter()
                .find(|a| a.indicator == ind.id && a.target == 0)?;
            Some((
                ind.id.clone(),
                card_html(ind, a, &p.data.plan, lang, p.data.sample).into(),
            ))
        })
        .collect();
    serde_json::json!({
        "plan": p.data.plan.id,
        "lang": lang.tag(),
        "as_of": as_of.to_string(),
        "dashboard": dashboard_html(p, lang),
        "cards": cards,
    })
}

/// The plans and indicators the generator offers, with names in each language, shown as the
/// widgets show data (`plan_gauge_core::bidi`: no bidirectional control).
pub fn catalog(plans: &[SitePlan]) -> serde_json::Value {
    let list: Vec<serde_json::Value> = plans
        .iter()
        .map(|p| {
            let plan = &p.data.plan;
            let indicators: Vec<serde_json::Value> = plan
                .indicators
                .iter()
                .map(|ind| {
                    serde_json::json!({
                        "id": ind.id,
                        "name": bidi::shown(&ind.name),
                        "en": explain::indicator_name(ind, Lang::En),
                    })
                })
                .collect();
            serde_json::json!({
                "id": plan.id,
                "title": bidi::shown(&plan.title),
                "en": bidi::shown(plan.i18n.get("en").unwrap_or(&plan.title)),
                "locale": plan.locale,
                "plan": format!("data/{}.plan.json", plan.id),
                "observations": p.obs_file.as_ref().map(|f| format!("data/{f}")),
                "indicators": indicators,
            })
        })
        .collect();
    serde_json::json!({
        "csp": CSP,
        "plans": list,
        "views": ViewName::ALL.map(ViewName::as_str),
        "themes": Theme::ALL.map(Theme::as_str),
    })
}
