//! `PlanDashboard`: a whole plan at a glance — counts per status, the indicators grouped by the
//! plan's top-level sections as expandable rows (`<details>`, which work by keyboard and without
//! JavaScript), filters by status and by lead agency, and the same content as a data table.
//!
//! A plan can have thousands of indicators. With controls (in the browser) the rows are shown a
//! page at a time ([`PAGE_SIZE`]): the filters choose rows from the whole plan (on data, in
//! [`shown_rows`]), and only the page's rows are rendered, so no render handles more than a page.
//! Static pages (no controls, no JavaScript) list every row: HTML costs the browser no script.

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
use std::collections::BTreeMap;
use std::sync::Arc;

/// The pairs (indicator, assessment) of a plan, in the order of the assessments. Indicators are
/// found by id through an index, so a plan of 10,000 takes 10,000 look-ups, not 10,000².
pub fn pair(plan: &Plan, assessments: &[Assessment]) -> Vec<(Indicator, Assessment)> {
    let mut by_id: BTreeMap<&str, &Indicator> = BTreeMap::new();
    for ind in plan.indicators.iter().rev() {
        // The first of two indicators with one id wins, as a search from the start would find.
        by_id.insert(ind.id.as_str(), ind);
    }
    assessments
        .iter()
        .filter_map(|a| {
            let ind = by_id.get(a.indicator.as_str())?;
            Some(((*ind).clone(), a.clone()))
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

/// Rows a dashboard with controls renders at once.
pub const PAGE_SIZE: usize = 50;

/// The rows a dashboard shows, as indices into `keys` in the order given by `order`: those whose
/// status is `status` (any when `None`) and whose lead agencies include `lead` (any when `None`).
pub fn shown_rows(
    order: &[usize],
    keys: &[(Status, Vec<String>)],
    status: Option<Status>,
    lead: Option<&str>,
) -> Vec<usize> {
    order
        .iter()
        .copied()
        .filter(|i| {
            keys.get(*i).is_some_and(|(st, ls)| {
                status.is_none_or(|s| s == *st) && lead.is_none_or(|l| ls.iter().any(|x| x == l))
            })
        })
        .collect()
}

/// Page `page` (from 0) of `rows`, `size` rows a page; the last page when `page` is past it.
pub fn page_of(rows: &[usize], page: usize, size: usize) -> &[usize] {
    let size = size.max(1);
    let last = rows.len().saturating_sub(1) / size;
    let start = page.min(last).saturating_mul(size);
    rows.get(start..rows.len().min(start.saturating_add(size)))
        .unwrap_or_default()
}

/// How many pages `n` rows take, `size` a page (at least one).
pub fn page_count(n: usize, size: usize) -> usize {
    n.div_ceil(size.max(1)).max(1)
}

/// A top-level section of the dashboard: its heading, the core's counts for it in words.
struct Group {
    heading: String,
    counts: Option<String>,
}

/// Everything a row needs, shared by every render of a page.
struct Rows {
    rows: Vec<(Indicator, Assessment)>,
    /// The group of each row.
    group: Vec<usize>,
    groups: Vec<Group>,
    agencies: AgencyNames,
    observations: Vec<Observation>,
    lang: Lang,
}

impl Rows {
    /// The rows `idx` (in display order) in runs of one group each: (group, rows).
    fn runs(&self, idx: &[usize]) -> Vec<(usize, Vec<usize>)> {
        let mut runs: Vec<(usize, Vec<usize>)> = Vec::new();
        for i in idx {
            let g = self.group.get(*i).copied().unwrap_or(0);
            match runs.last_mut() {
                Some((last, run)) if *last == g => run.push(*i),
                _ => runs.push((g, vec![*i])),
            }
        }
        runs
    }

    /// A run of rows under the heading of their group.
    fn section(&self, g: usize, run: &[usize]) -> impl IntoView + use<> {
        let group = self.groups.get(g);
        let heading = group.map(|g| g.heading.clone()).unwrap_or_default();
        let counts = group
            .and_then(|g| g.counts.clone())
            .map(|c| view! { <p class="pg-section-counts">{c}</p> });
        let items = run
            .iter()
            .filter_map(|i| self.rows.get(*i))
            .map(|(ind, a)| self.row(ind, a))
            .collect_view();
        view! {
            <section class="pg-section">
                <h3 class="pg-section-title">{text::data(heading)}</h3>
                {counts}
                <ul class="pg-rows">{items}</ul>
            </section>
        }
    }

    /// One indicator target as an expandable row.
    fn row(&self, ind: &Indicator, a: &Assessment) -> impl IntoView + use<> {
        let lang = self.lang;
        let t = lang.strings();
        let name = text::indicator_name(ind, lang);
        let latest = text::latest_text(ind, a, lang);
        let target = text::target_text(ind, a, lang);
        let lead = text::lead_agencies(ind, a, &self.agencies, lang);
        let trend = self
            .observations
            .iter()
            .any(|o| o.indicator == ind.id && o.value.is_some())
            .then(|| {
                view! {
                    <TrendChart
                        indicator=ind.clone()
                        observations=self.observations.clone()
                        assessment=a.clone()
                        lang=lang
                        nested=true
                    />
                }
            });
        view! {
            <li data-status=a.status.as_str() data-indicator=ind.id.clone()>
                <details class=format!("pg-row pg-status-{}", a.status.as_str())>
                    <summary class="pg-row-summary">
                        <bdi class="pg-row-name">{name}</bdi>
                        <StatusBadge status=a.status lang=lang />
                        <span class="pg-row-figures">
                            <span>{t.ui_latest}" "{text::figure(latest)}</span>
                            {(!target.is_empty()).then(|| view! { <span>{t.ui_target}" "{text::figure(target)}</span> })}
                            {(!lead.is_empty()).then(|| view! { <span>{t.ui_lead}" "{text::data(lead)}</span> })}
                        </span>
                    </summary>
                    <IndicatorCard assessment=a.clone() indicator=ind.clone() lang=lang nested=true agencies=self.agencies.clone() />
                    {trend}
                </details>
            </li>
        }
    }

    /// The rows `idx` as (indicator, assessment) pairs, for the table.
    fn pairs(&self, idx: &[usize]) -> Vec<(Indicator, Assessment)> {
        idx.iter()
            .filter_map(|i| self.rows.get(*i).cloned())
            .collect()
    }
}

/// A paging button: it turns to the page `to` gives, and says `aria-disabled` when there is none
/// (it stays focusable, so the focus stays where the reader pressed).
fn page_button(
    class: &'static str,
    words: &'static str,
    page: RwSignal<usize>,
    to: impl Fn() -> Option<usize> + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            aria-disabled=move || to().is_none().then_some("true")
            on:click=move |_| {
                if let Some(p) = to() {
                    page.set(p);
                }
            }
        >
            {words}
        </button>
    }
}

#[component]
pub fn PlanDashboard(
    plan: Plan,
    assessments: Vec<Assessment>,
    #[prop(optional)] lang: Lang,
    #[prop(optional)] theme: Theme,
    /// Show the filter and paging controls (they need JavaScript; static pages leave them out
    /// and list every row).
    #[prop(default = true)]
    controls: bool,
    /// Marks the figures as illustrative sample data (示例数据).
    #[prop(optional)]
    sample: bool,
    /// The plan's observations: when given, each expanded row also shows its trend chart.
    #[prop(optional)]
    observations: Vec<Observation>,
    /// Rows rendered at once when `controls` is on.
    #[prop(default = PAGE_SIZE)]
    page_size: usize,
) -> impl IntoView {
    let t = lang.strings();
    let rows = pair(&plan, &assessments);
    let total = rows.len();
    let rollup = plan_gauge_core::rollup::rollup(&plan, &assessments);
    let counts = rollup.plan.clone();
    let leads = all_leads(&rows, &plan.agencies, lang);
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

    let title = text::plan_title(&plan, lang);
    let as_of = assessments
        .first()
        .map(|a| text::fill(t.ui_as_of, &[("date", &text::date(&a.as_of, lang))]));
    let sep = if lang.is_chinese() { "　" } else { " · " };
    let issuer = text::agency_name(&plan.agencies, &plan.issuer, lang);
    let doc_number = plan
        .doc_number
        .as_deref()
        .map(|d| plan_gauge_core::bidi::shown(d).into_owned());
    let subtitle = view! {
        {t.report_issuer}
        {if lang.is_chinese() { "：" } else { ": " }}
        {text::data(issuer)}
        {doc_number.map(|d| view! { {sep}{text::data(d)} })}
        {as_of.map(|d| view! { {sep}{text::figure(d)} })}
    };

    let count_items = Status::ALL
        .into_iter()
        .filter(|s| counts.get(*s) > 0)
        .map(|s| {
            let n = counts.get(s).to_string();
            view! {
                <li data-status=s.as_str()>
                    <StatusBadge status=s lang=lang />
                    " "
                    <span class="pg-count" dir="ltr">{text::fill(t.ui_count, &[("count", &n)])}</span>
                </li>
            }
        })
        .collect_view();

    // Group rows by top-level section, in the plan's order; the rest go last.
    // Each group carries the core's counts for its section (which include its subsections).
    let counts_words = |c: &StatusCounts| {
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
    };
    let mut groups: Vec<Group> = plan
        .sections
        .iter()
        .map(|s| Group {
            heading: format!(
                "{}{}",
                plan_gauge_core::bidi::shown(&s.label),
                plan_gauge_core::explain::localized(&s.i18n, &s.title, lang)
            ),
            counts: rollup.section(&s.id).map(counts_words),
        })
        .collect();
    let other = groups.len();
    groups.push(Group {
        heading: t.ui_other_section.to_string(),
        counts: None,
    });
    let group: Vec<usize> = rows
        .iter()
        .map(|(ind, a)| top_section(&plan, ind, a).unwrap_or(other))
        .collect();
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by_key(|i| group.get(*i).copied().unwrap_or(other));
    let shared = Arc::new(Rows {
        rows,
        group,
        groups,
        agencies: plan.agencies.clone(),
        observations,
        lang,
    });

    // The filters work on data over the whole plan; only the page's rows are rendered.
    let status_filter = RwSignal::new(None::<Status>);
    let lead_filter = RwSignal::new(None::<String>);
    let page = RwSignal::new(0usize);
    let size = if controls {
        page_size.max(1)
    } else {
        usize::MAX
    };
    let shown = Memo::new(move |_| {
        let lead = lead_filter.get();
        shown_rows(&order, &keys, status_filter.get(), lead.as_deref())
    });
    let window = move || shown.with(|s| page_of(s, page.get(), size).to_vec());
    let pages = move || shown.with(|s| page_count(s.len(), size));

    let control_view = controls.then(|| {
        let status_options = Status::ALL
            .into_iter()
            .filter(|s| counts.get(*s) > 0)
            .map(|s| view! { <option value=s.as_str()>{text::status_label(s, lang)}</option> })
            .collect_view();
        // Each option's value is its place in `leads`: no name from data goes into markup
        // unshown.
        let lead_options = leads
            .iter()
            .enumerate()
            .map(|(i, (_, shown))| view! { <option value=i.to_string()>{shown.clone()}</option> })
            .collect_view();
        view! {
            <div class="pg-controls">
                <label class="pg-control">
                    <span>{t.ui_filter_status}</span>
                    <select on:change=move |ev| {
                        status_filter.set(Status::parse(&event_target_value(&ev)));
                        page.set(0);
                    }>
                        <option value="">{t.ui_all}</option>
                        {status_options}
                    </select>
                </label>
                <label class="pg-control">
                    <span>{t.ui_filter_lead}</span>
                    <select on:change=move |ev| {
                        let chosen = event_target_value(&ev).parse::<usize>().ok();
                        lead_filter.set(chosen.and_then(|i| leads.get(i)).map(|l| l.0.clone()));
                        page.set(0);
                    }>
                        <option value="">{t.ui_all}</option>
                        {lead_options}
                    </select>
                </label>
                <p class="pg-shown" role="status">
                    {move || {
                        let n = shown.with(Vec::len);
                        let mut words = text::fill(t.ui_shown, &[("shown", &n.to_string()), ("total", &total.to_string())]);
                        if pages() > 1 {
                            let at = page.get().min(pages() - 1);
                            let from = at.saturating_mul(size).saturating_add(1);
                            let to = n.min(from.saturating_add(size - 1));
                            words.push_str(if lang.is_chinese() { "；" } else { "; " });
                            words.push_str(&text::fill(
                                t.ui_page_of,
                                &[
                                    ("from", &from.to_string()),
                                    ("to", &to.to_string()),
                                    ("page", &(at + 1).to_string()),
                                    ("pages", &pages().to_string()),
                                ],
                            ));
                        }
                        words
                    }}
                </p>
            </div>
        }
    });

    // Paging: real buttons, kept focusable at either end (aria-disabled) so that the focus
    // stays where the reader pressed.
    let pager = controls.then(|| {
        let at = move || page.get().min(pages() - 1);
        // The page a button goes to, when there is one.
        let before = move || at().checked_sub(1);
        let after = move || Some(at() + 1).filter(|p| *p < pages());
        view! {
            <nav class="pg-pager" aria-label=t.ui_pages hidden=move || pages() < 2>
                {page_button("pg-page-prev", t.ui_page_prev, page, before)}
                {page_button("pg-page-next", t.ui_page_next, page, after)}
            </nav>
        }
    });

    let for_sections = Arc::clone(&shared);
    // Keyed by their rows, so a new page has new rows (never an old row's opened <details>).
    let runs = Arc::clone(&shared);
    let section_views = view! {
        <For
            each=move || runs.runs(&window())
            key=|run| run.clone()
            children=move |(g, run)| for_sections.section(g, &run)
        />
    };
    let for_table = Arc::clone(&shared);
    let caption = text::fill(t.ui_table_caption, &[("title", &title)]);
    let table = move || {
        let rows = for_table.pairs(&window());
        view! { <DataTable rows=rows caption=caption.clone() lang=lang nested=true agencies=for_table.agencies.clone() /> }
    };
    view! {
        <section class=root_class(theme, "pg-dashboard") lang=lang.tag() dir="ltr" aria-label=text::attr(&title) data-plan=plan.id.clone()>
            <h2 class="pg-dashboard-title">{text::data(title.clone())}</h2>
            <p class="pg-dashboard-meta">{subtitle}</p>
            {sample.then(|| view! { <p class="pg-sample">{t.sample_data}</p> })}
            <h3 class="pg-section-title">{t.ui_summary}</h3>
            <ul class="pg-counts">{count_items}</ul>
            {control_view}
            {section_views}
            {pager}
            <details class="pg-table-toggle">
                <summary>{t.ui_show_table}</summary>
                {table}
            </details>
        </section>
    }
}
