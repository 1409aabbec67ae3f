//! `PlanDashboard`: a whole plan at a glance — counts per status, the indicators grouped by the
//! plan's top-level sections as expandable rows (`<details>`, which work by keyboard and without
//! JavaScript), filters by status and by lead agency, and the same content as a data table.

use crate::data_table::DataTable;
use crate::indicator_card::IndicatorCard;
use crate::status_badge::StatusBadge;
use crate::text;
use crate::theme::{root_class, Theme};
use crate::trend_chart::TrendChart;
use leptos::prelude::*;
use plan_gauge_core::model::{AgencyNames, Indicator, Observation, Plan, Section};
use plan_gauge_core::progress::{Assessment, Status, StatusCounts};
use plan_gauge_core::Lang;

/// The pairs (indicator, assessment) of a plan, in the order of the assessments.
pub fn pair(plan: &Plan, assessments: &[Assessment]) -> Vec<(Indicator, Assessment)> {
    assessments
        .iter()
        .filter_map(|a| {
            let ind = plan.indicators.iter().find(|i| i.id == a.indicator)?;
            Some((ind.clone(), a.clone()))
        })
        .collect()
}

/// Index of the top-level section an indicator target stands in: the indicator's section, else the
/// section its target's citation stands in (as `plan_gauge_core::rollup` counts it), or a descendant.
pub fn top_section(plan: &Plan, ind: &Indicator, a: &Assessment) -> Option<usize> {
    let id = ind.section.as_deref().or_else(|| {
        ind.targets
            .get(a.target)
            .map(|t| t.citation.section.as_str())
    })?;
    fn contains(s: &Section, id: &str) -> bool {
        s.id == id || s.children.iter().any(|c| contains(c, id))
    }
    plan.sections.iter().position(|s| contains(s, id))
}

fn localized(i18n: &std::collections::BTreeMap<String, String>, own: &str, lang: Lang) -> String {
    i18n.get(lang.tag())
        .cloned()
        .unwrap_or_else(|| own.to_string())
}

/// Every lead agency named by the assessed targets, once each, as (name as written, name in
/// `lang`), sorted by the name shown.
pub fn all_leads(
    rows: &[(Indicator, Assessment)],
    agencies: &AgencyNames,
    lang: Lang,
) -> Vec<(String, String)> {
    let mut leads: Vec<String> = rows
        .iter()
        .flat_map(|(ind, a)| {
            ind.targets
                .get(a.target)
                .map(|t| t.lead.clone())
                .unwrap_or_default()
        })
        .collect();
    leads.sort();
    leads.dedup();
    let mut named: Vec<(String, String)> = leads
        .into_iter()
        .map(|l| {
            let shown = text::agency_name(agencies, &l, lang);
            (l, shown)
        })
        .collect();
    named.sort_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
    named
}

#[component]
pub fn PlanDashboard(
    plan: Plan,
    assessments: Vec<Assessment>,
    #[prop(optional)] lang: Lang,
    #[prop(optional)] theme: Theme,
    /// Show the filter controls (they need JavaScript; static pages leave them out).
    #[prop(default = true)]
    controls: bool,
    /// Marks the figures as illustrative sample data (示例数据).
    #[prop(optional)]
    sample: bool,
    /// The plan's observations: when given, each expanded row also shows its trend chart.
    #[prop(optional)]
    observations: Vec<Observation>,
) -> impl IntoView {
    let t = lang.strings();
    let rows = pair(&plan, &assessments);
    let total = rows.len();
    let rollup = plan_gauge_core::rollup::rollup(&plan, &assessments);
    let counts = rollup.plan.clone();
    let leads = all_leads(&rows, &plan.agencies, lang);
    let status_filter = RwSignal::new(None::<Status>);
    let lead_filter = RwSignal::new(None::<String>);
    let keys: Vec<(Status, Vec<String>)> = rows
        .iter()
        .map(|(ind, a)| {
            (
                a.status,
                ind.targets
                    .get(a.target)
                    .map(|t| t.lead.clone())
                    .unwrap_or_default(),
            )
        })
        .collect();
    let visible = Signal::derive(move || {
        let s = status_filter.get();
        let l = lead_filter.get();
        keys.iter()
            .map(|(st, ls)| s.is_none_or(|s| s == *st) && l.as_ref().is_none_or(|l| ls.contains(l)))
            .collect::<Vec<bool>>()
    });
    let shown = move || visible.with(|v| v.iter().filter(|b| **b).count());
    let is_visible = move |i: usize| visible.with(|v| v.get(i).copied().unwrap_or(true));

    let title = localized(&plan.i18n, &plan.title, lang);
    let as_of = assessments
        .first()
        .map(|a| text::fill(t.ui_as_of, &[("date", &text::date(&a.as_of, lang))]));
    let sep = if lang.is_chinese() { "　" } else { " · " };
    let subtitle = [
        Some(format!(
            "{}{}{}",
            t.report_issuer,
            if lang.is_chinese() { "：" } else { ": " },
            text::agency_name(&plan.agencies, &plan.issuer, lang)
        )),
        plan.doc_number.clone(),
        as_of,
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(sep);

    let count_items = Status::ALL
        .into_iter()
        .filter(|s| counts.get(*s) > 0)
        .map(|s| {
            let n = counts.get(s).to_string();
            view! {
                <li data-status=s.as_str()>
                    <StatusBadge status=s lang=lang />
                    " "
                    <span class="pg-count">{text::fill(t.ui_count, &[("count", &n)])}</span>
                </li>
            }
        })
        .collect_view();

    let control_view = controls.then(|| {
        let status_options = Status::ALL
            .into_iter()
            .filter(|s| counts.get(*s) > 0)
            .map(|s| view! { <option value=s.as_str()>{text::status_label(s, lang)}</option> })
            .collect_view();
        let lead_options = leads
            .iter()
            .map(|(written, shown)| view! { <option value=written.clone()>{shown.clone()}</option> })
            .collect_view();
        view! {
            <div class="pg-controls">
                <label class="pg-control">
                    <span>{t.ui_filter_status}</span>
                    <select on:change=move |ev| status_filter.set(Status::parse(&event_target_value(&ev)))>
                        <option value="">{t.ui_all}</option>
                        {status_options}
                    </select>
                </label>
                <label class="pg-control">
                    <span>{t.ui_filter_lead}</span>
                    <select on:change=move |ev| {
                        let v = event_target_value(&ev);
                        lead_filter.set((!v.is_empty()).then_some(v));
                    }>
                        <option value="">{t.ui_all}</option>
                        {lead_options}
                    </select>
                </label>
                <p class="pg-shown" role="status">
                    {move || {
                        text::fill(t.ui_shown, &[("shown", &shown().to_string()), ("total", &total.to_string())])
                    }}
                </p>
            </div>
        }
    });

    // Group rows by top-level section, in the plan's order; the rest go last.
    // Each group carries the core's counts for its section (which include its subsections).
    let mut groups: Vec<(String, Option<StatusCounts>, Vec<usize>)> = plan
        .sections
        .iter()
        .map(|s| {
            (
                format!("{}{}", s.label, localized(&s.i18n, &s.title, lang)),
                rollup.section(&s.id).cloned(),
                Vec::new(),
            )
        })
        .collect();
    let mut other = Vec::new();
    for (i, (ind, a)) in rows.iter().enumerate() {
        match top_section(&plan, ind, a).and_then(|k| groups.get_mut(k)) {
            Some(g) => g.2.push(i),
            None => other.push(i),
        }
    }
    groups.push((t.ui_other_section.to_string(), None, other));
    let section_views = groups
        .into_iter()
        .filter(|(_, _, idx)| !idx.is_empty())
        .map(|(heading, section_counts, idx)| {
            let summary = section_counts.map(|c| {
                Status::ALL
                    .into_iter()
                    .filter(|s| c.get(*s) > 0)
                    .map(|s| {
                        format!(
                            "{} {}",
                            text::status_label(s, lang),
                            text::fill(t.ui_count, &[("count", &c.get(s).to_string())])
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(if lang.is_chinese() { "；" } else { "; " })
            });
            let idx_for_hidden = idx.clone();
            let items = idx
                .iter()
                .filter_map(|i| rows.get(*i).map(|r| (*i, r.clone())))
                .map(|(i, (ind, a))| {
                    let name = text::indicator_name(&ind, lang);
                    let summary_value = text::latest_text(&ind, &a, lang);
                    let target = text::target_text(&ind, &a, lang);
                    let lead = text::lead_agencies(&ind, &a, &plan.agencies, lang);
                    let has_obs = observations.iter().any(|o| o.indicator == ind.id && o.value.is_some());
                    view! {
                        <li hidden=move || !is_visible(i) data-status=a.status.as_str() data-indicator=ind.id.clone()>
                            <details class=format!("pg-row pg-status-{}", a.status.as_str())>
                                <summary class="pg-row-summary">
                                    <span class="pg-row-name">{name}</span>
                                    <StatusBadge status=a.status lang=lang />
                                    <span class="pg-row-figures">
                                        <span>{t.ui_latest}" "{summary_value}</span>
                                        {(!target.is_empty()).then(|| view! { <span>{t.ui_target}" "{target}</span> })}
                                        {(!lead.is_empty()).then(|| view! { <span>{t.ui_lead}" "{lead}</span> })}
                                    </span>
                                </summary>
                                <IndicatorCard assessment=a.clone() indicator=ind.clone() lang=lang nested=true agencies=plan.agencies.clone() />
                                {has_obs
                                    .then(|| {
                                        view! {
                                            <TrendChart
                                                indicator=ind.clone()
                                                observations=observations.clone()
                                                assessment=a.clone()
                                                lang=lang
                                                nested=true
                                            />
                                        }
                                    })}
                            </details>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="pg-section" hidden=move || !idx_for_hidden.iter().any(|i| is_visible(*i))>
                    <h3 class="pg-section-title">{heading}</h3>
                    {summary.map(|s| view! { <p class="pg-section-counts">{s}</p> })}
                    <ul class="pg-rows">{items}</ul>
                </section>
            }
        })
        .collect_view();

    let caption = text::fill(t.ui_table_caption, &[("title", &title)]);
    view! {
        <section class=root_class(theme, "pg-dashboard") lang=lang.tag() aria-label=title.clone() data-plan=plan.id.clone()>
            <h2 class="pg-dashboard-title">{title.clone()}</h2>
            <p class="pg-dashboard-meta">{subtitle}</p>
            {sample.then(|| view! { <p class="pg-sample">{t.sample_data}</p> })}
            <h3 class="pg-section-title">{t.ui_summary}</h3>
            <ul class="pg-counts">{count_items}</ul>
            {control_view}
            {section_views}
            <details class="pg-table-toggle">
                <summary>{t.ui_show_table}</summary>
                <DataTable rows=rows.clone() caption=caption lang=lang nested=true visible=visible agencies=plan.agencies.clone() />
            </details>
        </section>
    }
}
