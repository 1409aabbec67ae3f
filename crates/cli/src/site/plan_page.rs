//! A plan's page (`plans/<id>.html`, `plans/<id>.en.html`): the plan's facts, its dashboard as a
//! live `<plan-gauge view="dashboard">` over the static one, and a short article with indicator
//! cards in its flow.

use super::frame::document;
use super::html::{both, esc, fill, pick};
use super::seeds::SitePlan;
use super::words::{word, Pair};
use plan_gauge_core::model::{Indicator, Plan};
use plan_gauge_core::progress::{Assessment, Status};
use plan_gauge_core::rollup::rollup;
use plan_gauge_core::time::Date;
use plan_gauge_core::validate;
use plan_gauge_core::{bidi, explain};
use plan_gauge_core::{format, Lang};
use plan_gauge_ui::{ViewName, Widget};
use std::fmt::Write as _;

/// How many indicator cards the article sets in its flow.
const FEATURED: usize = 4;

/// The plan's page in `lang` (zh-Hans, or en): over the published figures, or over the sample
/// data for the labelled demonstration (`p.data.sample`); `main` is the published one.
pub fn plan_page(p: &SitePlan, main: &SitePlan, lang: Lang, as_of: Date) -> String {
    let plan = &p.data.plan;
    let plan_lang = Lang::parse(&plan.locale).unwrap_or_default();
    // The widgets speak the page's language; a Chinese page shows a traditional-script plan in
    // its own script.
    let widget_lang = if lang.is_chinese() {
        plan_lang
    } else {
        Lang::En
    };
    let id = &plan.id;
    let title = plan_title(plan, lang);
    let mut h = String::from("\n");
    let attrs = |extra: &str| {
        let obs = p
            .obs_file
            .as_ref()
            .map(|f| format!(" observations=\"../data/{}\"", esc(f)))
            .unwrap_or_default();
        format!(
            "src=\"../data/{}.plan.json\"{obs} lang=\"{}\"{extra}",
            esc(id),
            embed_lang(widget_lang)
        )
    };

    // Heading and facts.
    let _ = write!(h, "<article class=\"plan\">\n<div class=\"plan-header\">\n");
    let _ = writeln!(
        h,
        "<h1 lang=\"{}\">{}</h1>",
        if lang.is_chinese() {
            plan_lang.tag()
        } else {
            "en"
        },
        esc(&title)
    );
    if lang.is_chinese() {
        if let Some(en) = plan.i18n.get("en") {
            let _ = writeln!(
                h,
                "<p class=\"en plan-en-title\" lang=\"en\">{}</p>",
                data(en)
            );
        }
    } else {
        let _ = writeln!(
            h,
            "<p class=\"plan-original-title\" lang=\"{}\">{}</p>",
            plan_lang.tag(),
            data(&plan.title)
        );
    }
    let other_lang = if lang.is_chinese() {
        Lang::En
    } else {
        Lang::ZhHans
    };
    let other_word = if lang.is_chinese() {
        word(|s| s.other_version).1
    } else {
        word(|s| s.other_version).0
    };
    let _ = writeln!(
        h,
        "<p class=\"plan-lang\"><a href=\"{}\" hreflang=\"{tag}\" lang=\"{tag}\">{}</a></p>",
        esc(&p.page_file(other_lang)),
        esc(other_word),
        tag = other_lang.tag()
    );
    h.push_str(&facts(plan, lang, plan_lang));
    if p.data.sample {
        // The demonstration: every figure is made up, and the page says so first.
        let _ = writeln!(
            h,
            "<p class=\"sample-banner\" role=\"note\"><strong>{}</strong> {} <a href=\"{}\">{}</a></p>",
            esc(lang.strings().sample_data),
            both(word(|s| s.banner), lang),
            esc(&main.page_file(lang)),
            esc(pick(word(|s| s.published_link), lang))
        );
    } else {
        let demo = main
            .demo
            .as_deref()
            .map(|d| {
                format!(
                    " <a href=\"{}\">{}</a>",
                    esc(&d.page_file(lang)),
                    esc(pick(word(|s| s.demo_link), lang))
                )
            })
            .unwrap_or_default();
        let found = p.assessments.iter().filter(|a| a.latest.is_some()).count();
        let note = fill(
            pick(word(|s| s.published_banner), lang),
            &[
                ("found", &found.to_string()),
                ("total", &p.assessments.len().to_string()),
            ],
        );
        let _ = writeln!(
            h,
            "<p class=\"published-banner\" role=\"note\">{}{demo}</p>",
            esc(&note)
        );
    }
    h.push_str("</div>\n");

    // The dashboard.
    let dashboard = dashboard_html(p, widget_lang);
    let _ = write!(
        h,
        "<section class=\"plan-dashboard\" aria-labelledby=\"dashboard-h\">\n<h2 id=\"dashboard-h\">{}</h2>\n<p>{}</p>\n\
         <plan-gauge view=\"dashboard\" {}>\n{dashboard}\n</plan-gauge>\n</section>\n",
        both(word(|s| s.dashboard), lang),
        both(word(|s| s.dashboard_note), lang),
        attrs("")
    );

    // The news-style article with cards in its flow.
    let _ = write!(
        h,
        "<section class=\"news\" aria-labelledby=\"news-h\">\n<h2 id=\"news-h\">{}</h2>\n",
        both(word(|s| s.article), lang)
    );
    let _ = writeln!(
        h,
        "<p class=\"byline\">{}</p>",
        esc(&fill(
            lang.strings().ui_as_of,
            &[("date", &format::date(&as_of.to_string(), lang))]
        ))
    );
    let _ = writeln!(
        h,
        "<p class=\"lede\">{}</p>",
        lede(p, widget_lang_text(lang))
    );
    for (ind, a) in featured(plan, &p.assessments) {
        // The plan's own words and who leads; the card that follows says how it stands.
        let target = ind.targets.first();
        let quote = target
            .map(|t| {
                original(
                    t.citation
                        .quote
                        .trim_end_matches(['。', '；', '，', '.', ';', ',']),
                    plan_lang,
                )
            })
            .unwrap_or_default();
        let leads = target
            .map(|t| {
                let names: Vec<String> = t
                    .lead
                    .iter()
                    .map(|l| agency_html(plan, l, lang, plan_lang))
                    .collect();
                names.join(pick(word(|s| s.list_sep), lang))
            })
            .unwrap_or_default();
        let said = fill(
            pick(word(|s| s.plan_says), lang),
            &[("quote", &quote), ("leads", &leads)],
        );
        let _ = write!(
            h,
            "<h3>{}</h3>\n<p>{said}</p>\n",
            esc(&explain::indicator_name(ind, widget_lang)),
        );
        let card = card_html(ind, a, plan, widget_lang, p.data.sample);
        let _ = write!(
            h,
            "<plan-gauge view=\"card\" indicator=\"{}\" {}>\n{card}\n</plan-gauge>\n",
            esc(&ind.id),
            attrs("")
        );
    }
    let _ = writeln!(
        h,
        "<p><a href=\"../method.html\">{}</a></p>",
        esc(pick(word(|s| s.method_link), lang))
    );
    h.push_str("</section>\n</article>\n");
    let title = format!("{title} · {}", pick(word(|s| s.site_name), lang));
    document(title, lang, "../", "", true, h)
}

/// Article sentences come in the page's language; a Chinese page uses simplified script.
pub fn widget_lang_text(lang: Lang) -> Lang {
    if lang.is_chinese() {
        Lang::ZhHans
    } else {
        Lang::En
    }
}

/// The `lang` attribute value the embed reads: `zh-CN`, `zh-TW` or `en`.
pub fn embed_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhHans => "zh-CN",
        Lang::ZhHant => "zh-TW",
        Lang::En => "en",
    }
}

fn plan_title(plan: &Plan, lang: Lang) -> String {
    let title = if lang.is_chinese() {
        &plan.title
    } else {
        plan.i18n.get("en").unwrap_or(&plan.title)
    };
    bidi::shown(title).into_owned()
}

/// Text from the plan as HTML: escaped, without bidirectional controls, a right-to-left script
/// isolated (as the widgets show data, `plan_gauge_core::bidi`).
fn data(s: &str) -> String {
    esc(&bidi::shown(s))
}

/// Text in the plan's own words, as HTML with the plan's `lang`.
fn original(s: &str, plan_lang: Lang) -> String {
    format!("<span lang=\"{}\">{}</span>", plan_lang.tag(), data(s))
}

/// An agency named by the plan, as HTML: on a Chinese page in the plan's own script (with its
/// `lang`), on an English page by its English name from the plan's `agencies` when it has one.
fn agency_html(plan: &Plan, name: &str, lang: Lang, plan_lang: Lang) -> String {
    let shown = explain::agency_name(&plan.agencies, name, Lang::En);
    if !lang.is_chinese() && shown != name {
        esc(&shown)
    } else {
        original(name, plan_lang)
    }
}

/// Issuer, document number, date, period and source; "未载明 / not stated" for what is absent.
fn facts(plan: &Plan, lang: Lang, plan_lang: Lang) -> String {
    let not_stated = format!(
        "<span class=\"not-stated\">{}</span>",
        both(word(|s| s.not_stated), lang)
    );
    let original = |s: &str| original(s, plan_lang);
    let period = fill(
        pick(word(|s| s.period), lang),
        &[
            ("start", &plan.period.start.to_string()),
            ("end", &plan.period.end.to_string()),
        ],
    );
    let rows: [(Pair, String); 5] = [
        (
            word(|s| s.fact_issuer),
            agency_html(plan, &plan.issuer, lang, plan_lang),
        ),
        (
            word(|s| s.fact_doc),
            plan.doc_number
                .as_deref()
                .map(original)
                .unwrap_or_else(|| not_stated.clone()),
        ),
        (
            word(|s| s.fact_issued),
            plan.issued
                .as_deref()
                .map(|d| esc(&format::date(d, widget_lang_text(lang))))
                .unwrap_or_else(|| not_stated.clone()),
        ),
        (word(|s| s.fact_period), esc(&period)),
        (
            word(|s| s.fact_source),
            // Only web addresses are links (validation refuses any other kind; a page never
            // trusts that it ran).
            plan.source_url
                .as_deref()
                .filter(|u| validate::is_web_url(u))
                .map(|u| {
                    format!(
                        "<a href=\"{}\">{}</a>",
                        esc(u),
                        esc(pick(word(|s| s.fact_source_link), lang))
                    )
                })
                .unwrap_or_else(|| not_stated.clone()),
        ),
    ];
    let mut h = String::from("<dl class=\"plan-facts\">\n");
    for (label, value) in rows {
        let _ = writeln!(
            h,
            "<div><dt>{}</dt><dd>{value}</dd></div>",
            both(label, lang)
        );
    }
    h.push_str("</dl>\n");
    h
}

/// The opening paragraph, as HTML: who issued what, how many targets, and how they stand. The
/// plan's own names keep the plan's script and `lang`.
fn lede(p: &SitePlan, lang: Lang) -> String {
    let plan = &p.data.plan;
    let plan_lang = Lang::parse(&plan.locale).unwrap_or_default();
    let original = |s: &str| original(s, plan_lang);
    let counts = rollup(plan, &p.assessments).plan;
    let total = counts.total();
    let parts: Vec<String> = Status::ALL
        .iter()
        .filter(|s| counts.get(**s) > 0)
        .map(|s| {
            let n = counts.get(*s).to_string();
            let label = explain::status_label(*s, lang);
            if lang.is_chinese() {
                format!("{label}{}", fill(lang.strings().ui_count, &[("count", &n)]))
            } else {
                format!("{n} {}", label.to_lowercase())
            }
        })
        .collect();
    let data = pick(
        if p.data.sample {
            word(|s| s.sample_data)
        } else {
            word(|s| s.published_data)
        },
        lang,
    );
    let doc = plan
        .doc_number
        .as_deref()
        .map(|d| {
            fill(
                pick(word(|s| s.doc_in_parens), lang),
                &[("doc", &original(d))],
            )
        })
        .unwrap_or_default();
    let when = plan
        .issued
        .as_deref()
        .map(|d| {
            let date = esc(&format::date(d, lang));
            fill(pick(word(|s| s.issued_on), lang), &[("date", &date)])
        })
        .unwrap_or_default();
    let (issuer, title) = if lang.is_chinese() {
        (original(&plan.issuer), original(&plan.title))
    } else {
        (
            agency_html(plan, &plan.issuer, lang, plan_lang),
            esc(&plan_title(plan, lang)),
        )
    };
    fill(
        pick(word(|s| s.lede), lang),
        &[
            ("issuer", &issuer),
            ("when", &when),
            ("title", &title),
            ("doc", &doc),
            ("start", &plan.period.start.to_string()),
            ("end", &plan.period.end.to_string()),
            ("total", &total.to_string()),
            ("data", data),
            (
                "counts",
                &esc(&parts.join(pick(word(|s| s.list_sep), lang))),
            ),
        ],
    )
}

/// Up to [`FEATURED`] headline indicators (else any), preferring different statuses.
fn featured<'a>(
    plan: &'a Plan,
    assessments: &'a [Assessment],
) -> Vec<(&'a Indicator, &'a Assessment)> {
    let first_targets: Vec<(&Indicator, &Assessment)> = plan
        .indicators
        .iter()
        .filter_map(|ind| {
            assessments
                .iter()
                .find(|a| a.indicator == ind.id && a.target == 0)
                .map(|a| (ind, a))
        })
        .collect();
    let headline: Vec<_> = first_targets
        .iter()
        .filter(|(i, _)| i.headline)
        .copied()
        .collect();
    let pool = if headline.is_empty() {
        first_targets
    } else {
        headline
    };
    // Figures first: a citizen should see what is known before what is not.
    let (with, without): (Vec<_>, Vec<_>) = pool.into_iter().partition(|(_, a)| a.latest.is_some());
    let pool: Vec<_> = with.into_iter().chain(without).collect();
    let mut chosen: Vec<(&Indicator, &Assessment)> = Vec::new();
    for pair in &pool {
        if chosen.len() < FEATURED && !chosen.iter().any(|(_, a)| a.status == pair.1.status) {
            chosen.push(*pair);
        }
    }
    for pair in &pool {
        if chosen.len() < FEATURED && !chosen.iter().any(|(i, _)| i.id == pair.0.id) {
            chosen.push(*pair);
        }
    }
    // Keep the plan's order.
    chosen.sort_by_key(|(i, _)| plan.indicators.iter().position(|x| x.id == i.id));
    chosen
}

/// The static dashboard of the plan, in `lang`.
pub fn dashboard_html(p: &SitePlan, lang: Lang) -> String {
    plan_gauge_ui::to_html(Widget {
        view: ViewName::Dashboard,
        lang,
        theme: Default::default(),
        plan: p.data.plan.clone(),
        observations: Vec::new(),
        sample: p.data.sample,
        assessments: p.assessments.clone(),
        focus: None,
        controls: false,
        trends: false,
    })
}

/// The static card of one indicator target, in `lang`.
pub fn card_html(ind: &Indicator, a: &Assessment, plan: &Plan, lang: Lang, sample: bool) -> String {
    plan_gauge_ui::to_html(Widget {
        view: ViewName::Card,
        lang,
        theme: Default::default(),
        plan: plan.clone(),
        observations: Vec::new(),
        sample,
        assessments: Vec::new(),
        focus: Some((ind.clone(), a.clone())),
        controls: false,
        trends: false,
    })
}
