//! `plan-gauge site [--seeds DIR] [--out DIR] [--as-of DATE]`: the demo portal's generated pages.
//!
//! For every `DIR/*.plan.json` (with its `*.sample.json`, when there is one) it writes, under
//! `--out` (default `www`):
//! - `plans/<id>.html` (Chinese) and `plans/<id>.en.html`: the plan's facts (title, issuer,
//!   document number, date, period — "未载明 / not stated" when the plan leaves one out), its
//!   `PlanDashboard` as a live `<plan-gauge view="dashboard">` whose light DOM is the static
//!   dashboard, and a short news-style article with indicator cards set in its flow;
//! - `data/fallback/<id>.<lang>.json`: the static fallback of every indicator's card and of the
//!   dashboard, which the embed-code generator puts into the snippets it writes;
//! - `data/plans.json`: the plans and indicators the generator offers;
//! - `data/<id>.plan.json` and `.sample.json`: copies of the seeds the elements load;
//! - `plans/plan-gauge.css`: the components' stylesheet, linked by the pages as a file;
//! - `method.html`: how progress and status are computed, from the core's constants and texts.
//!
//! The HTML comes from the same ssr components as `plan-gauge render`, the sentences from the
//! core's `explain`; no style attributes and no inline script, so the pages hold under a strict CSP.

use crate::args::Args;
use crate::load::{self, PlanData};
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use plan_gauge_core::explain;
use plan_gauge_core::model::{AgencyNames, Indicator, Plan};
use plan_gauge_core::progress::opensdg::OpensdgThresholds;
use plan_gauge_core::progress::pace::PaceThresholds;
use plan_gauge_core::progress::{assess_plan, Assessment, Options, Status};
use plan_gauge_core::rollup::rollup;
use plan_gauge_core::time::Date;
use plan_gauge_core::{format, Lang};
use plan_gauge_ui::{GaugeKind, IndicatorCard, PlanDashboard, StatusBadge, Theme};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How many indicator cards the article sets in its flow.
const FEATURED: usize = 4;

/// The content security policy the pages and the widget hold under.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/// One seed plan, checked and assessed.
pub struct SitePlan {
    pub data: PlanData,
    pub assessments: Vec<Assessment>,
    /// Base name of the observations file in `data/`, when there is one.
    pub sample_file: Option<String>,
}

pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let args = Args::parse(args, &[])?;
    args.only(&["seeds", "out", "as-of"])?;
    if let Some(extra) = args.positional.first() {
        return Err(format!("site takes no positional argument (got `{extra}`)"));
    }
    let seeds = PathBuf::from(args.value("seeds").unwrap_or("seeds"));
    let out = PathBuf::from(args.value("out").unwrap_or("www"));
    let as_of = match args.value("as-of") {
        Some(d) => Date::parse(d).ok_or_else(|| format!("--as-of {d} is not a YYYY-MM-DD date"))?,
        None => crate::clock::today(),
    };
    let plans = load_seeds(&seeds, as_of)?;
    if plans.is_empty() {
        return Err(format!("no *.plan.json in {}", seeds.display()));
    }
    let data = out.join("data");
    let pages = out.join("plans");
    for dir in [&data, &data.join("fallback"), &pages] {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let mut written = 0usize;
    let mut write = |path: PathBuf, text: &str| -> Result<(), String> {
        fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written += 1;
        Ok(())
    };
    for p in &plans {
        let id = &p.data.plan.id;
        for file in std::iter::once(format!("{id}.plan.json")).chain(p.sample_file.clone()) {
            let (from, to) = (seeds.join(&file), data.join(&file));
            fs::copy(&from, &to)
                .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;
        }
        write(
            pages.join(format!("{id}.html")),
            &plan_page(p, Lang::ZhHans, as_of),
        )?;
        write(
            pages.join(format!("{id}.en.html")),
            &plan_page(p, Lang::En, as_of),
        )?;
        for lang in Lang::ALL {
            let json = serde_json::to_string(&fallbacks(p, lang, as_of))
                .map_err(|e| format!("cannot write the fallback of {id}: {e}"))?;
            write(
                data.join("fallback")
                    .join(format!("{id}.{}.json", lang.tag())),
                &json,
            )?;
        }
    }
    let catalog = serde_json::to_string_pretty(&catalog(&plans))
        .map_err(|e| format!("cannot write the plan list: {e}"))?;
    write(data.join("plans.json"), &catalog)?;
    write(pages.join("plan-gauge.css"), plan_gauge_ui::STYLESHEET)?;
    write(out.join("method.html"), &method_page())?;
    crate::out::line(&format!(
        "plan-gauge: wrote {written} files for {} plans under {} (as of {as_of})",
        plans.len(),
        out.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}

/// Reads and assesses every `*.plan.json` in `dir` (sorted by name), with its `*.sample.json`.
fn load_seeds(dir: &Path, as_of: Date) -> Result<Vec<SitePlan>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".plan.json"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|name| {
            let stem = name.trim_end_matches(".plan.json");
            let sample_name = format!("{stem}.sample.json");
            let sample_path = dir.join(&sample_name);
            let sample_file = sample_path.is_file().then_some(sample_name);
            let plan_path = dir.join(name);
            let data = load::plan_with_observations(
                &plan_path.to_string_lossy(),
                sample_file
                    .as_ref()
                    .map(|_| sample_path.to_string_lossy())
                    .as_deref(),
            )?;
            if format!("{}.plan.json", data.plan.id) != *name {
                return Err(format!(
                    "{}: the plan's id is `{}`; name the file {}.plan.json",
                    plan_path.display(),
                    data.plan.id,
                    data.plan.id
                ));
            }
            let assessments = assess_plan(&data.plan, &data.observations, &Options::new(as_of));
            Ok(SitePlan {
                data,
                assessments,
                sample_file,
            })
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Words of the portal pages (Chinese first; each pair is zh-Hans / en).

/// A pair of page texts: Chinese and English.
type Pair = (&'static str, &'static str);

const NOT_STATED: Pair = ("未载明", "not stated");
const SKIP: &str = "跳到正文 / Skip to content";
const SITE_NAME: Pair = ("plan-gauge 规划进度", "plan-gauge: progress of plans");
const NAV_LABEL: Pair = ("网站导航", "Site");
const NAV: [(&str, Pair); 7] = [
    ("index.html", ("首页", "Home")),
    ("generator.html", ("嵌入代码生成器", "Embed code")),
    ("method.html", ("计算方法", "Method")),
    ("guide/index.html", ("网站管理员指南", "Webmaster guide")),
    ("format.html", ("数据格式", "Data format")),
    ("gallery.html", ("组件库", "Gallery")),
    ("accessibility.html", ("无障碍声明", "Accessibility")),
];
const F_ISSUER: Pair = ("发文机关", "Issuer");
const F_DOC: Pair = ("文号", "Document number");
const F_ISSUED: Pair = ("印发日期", "Issued");
const F_PERIOD: Pair = ("规划期", "Period");
const F_SOURCE: Pair = ("原文", "Source");
const F_SOURCE_LINK: Pair = ("阅读原文（外部网站）", "Read the document (external site)");
const BANNER: Pair = (
    "本页的观测数据是为演示而编造的示例数据，并非官方统计；规划的目标、文号和牵头单位摘自原文。",
    "The observations on this page are illustrative sample data made up for the demo, not official statistics; the plan's targets, document number and lead agencies are taken from the document.",
);
const DASHBOARD: Pair = ("全部目标进度", "Progress of every target");
const DASHBOARD_NOTE: Pair = (
    "每一行是一项目标，写明状态、最新值和目标；展开可见理由与数据来源。脚本未运行时显示的是同样内容的静态版本。",
    "Each row is one target with its status, latest value and goal; open it for the reason and the sources. Without the script, the same content shows as static text.",
);
const ARTICLE: Pair = ("进度解读", "What the figures say");
const OTHER_VERSION: Pair = ("English version", "中文版");
const METHOD_LINK: Pair = (
    "状态是怎样算出来的？见计算方法。",
    "How is a status worked out? See the method page.",
);

fn pick(p: Pair, lang: Lang) -> &'static str {
    if lang.is_chinese() {
        p.0
    } else {
        p.1
    }
}

/// `中文 <span lang="en">English</span>` for Chinese pages, the English alone for English pages.
fn both(p: Pair, lang: Lang) -> String {
    if lang.is_chinese() {
        format!(
            "{} <span class=\"en\" lang=\"en\">{}</span>",
            esc(p.0),
            esc(p.1)
        )
    } else {
        esc(p.1)
    }
}

// ---------------------------------------------------------------------------------------------
// Page frame

/// `<!doctype html>` to `<main>`: head, skip link, site header with the navigation.
fn page_head(title: &str, lang: Lang, root: &str, current: &str, live: bool) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<link rel=\"icon\" href=\"data:,\">\n\
         <link rel=\"stylesheet\" href=\"{root}site.css\">\n\
         <link rel=\"stylesheet\" href=\"{root}plans/plan-gauge.css\">\n",
        if lang.is_chinese() { "zh-Hans" } else { "en" },
        esc(title)
    );
    if live {
        let _ = writeln!(
            h,
            "<script src=\"{root}dist/plan-gauge.js\" defer></script>"
        );
    }
    let _ = write!(
        h,
        "</head>\n<body>\n<a class=\"skip\" href=\"#main\">{SKIP}</a>\n\
         <header class=\"site-header\">\n<p class=\"site-name\"><a href=\"{root}index.html\">{}</a></p>\n\
         <nav aria-label=\"{}\"><ul class=\"site-nav\">",
        esc(pick(SITE_NAME, lang)),
        esc(pick(NAV_LABEL, lang))
    );
    for (href, label) in NAV {
        let aria = if href == current {
            " aria-current=\"page\""
        } else {
            ""
        };
        let _ = write!(
            h,
            "<li><a href=\"{root}{href}\"{aria}>{}</a></li>",
            both(label, lang)
        );
    }
    h.push_str("</ul></nav>\n</header>\n<main id=\"main\">\n");
    h
}

fn page_foot(lang: Lang, root: &str) -> String {
    format!(
        "</main>\n<footer>\n<p>{}</p>\n<p><a href=\"{root}accessibility.html\">{}</a> · \
         <a href=\"{root}guide/index.html\">{}</a></p>\n</footer>\n</body>\n</html>\n",
        both(
            (
                "plan-gauge 是开源演示：观测数据为示例数据。",
                "plan-gauge is an open-source demo: the observations are sample data."
            ),
            lang
        ),
        both(NAV[6].1, lang),
        both(NAV[3].1, lang),
    )
}

// ---------------------------------------------------------------------------------------------
// Plan pages

/// The plan's page in `lang` (zh-Hans, or en).
pub fn plan_page(p: &SitePlan, lang: Lang, as_of: Date) -> String {
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
    let mut h = page_head(
        &format!("{title} · {}", pick(SITE_NAME, lang)),
        lang,
        "../",
        "",
        true,
    );
    let attrs = |extra: &str| {
        let obs = p
            .sample_file
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
                esc(en)
            );
        }
    } else {
        let _ = writeln!(
            h,
            "<p class=\"plan-original-title\" lang=\"{}\">{}</p>",
            plan_lang.tag(),
            esc(&plan.title)
        );
    }
    let other = if lang.is_chinese() {
        format!(
            "<a href=\"{}.en.html\" hreflang=\"en\" lang=\"en\">{}</a>",
            esc(id),
            OTHER_VERSION.0
        )
    } else {
        format!(
            "<a href=\"{}.html\" hreflang=\"zh-Hans\" lang=\"zh-Hans\">{}</a>",
            esc(id),
            OTHER_VERSION.1
        )
    };
    let _ = writeln!(h, "<p class=\"plan-lang\">{other}</p>");
    h.push_str(&facts(plan, lang, plan_lang));
    let _ = writeln!(
        h,
        "<p class=\"sample-banner\" role=\"note\"><strong>{}</strong> {}</p>",
        esc(lang.strings().sample_data),
        both(BANNER, lang)
    );
    h.push_str("</div>\n");

    // The dashboard.
    let dashboard = dashboard_html(p, widget_lang);
    let _ = write!(
        h,
        "<section class=\"plan-dashboard\" aria-labelledby=\"dashboard-h\">\n<h2 id=\"dashboard-h\">{}</h2>\n<p>{}</p>\n\
         <plan-gauge view=\"dashboard\" {}>\n{dashboard}\n</plan-gauge>\n</section>\n",
        both(DASHBOARD, lang),
        both(DASHBOARD_NOTE, lang),
        attrs("")
    );

    // The news-style article with cards in its flow.
    let _ = write!(
        h,
        "<section class=\"news\" aria-labelledby=\"news-h\">\n<h2 id=\"news-h\">{}</h2>\n",
        both(ARTICLE, lang)
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
                format!(
                    "<span lang=\"{}\">{}</span>",
                    plan_lang.tag(),
                    esc(t
                        .citation
                        .quote
                        .trim_end_matches(['。', '；', '，', '.', ';', ',']))
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
                names.join(if lang.is_chinese() { "、" } else { ", " })
            })
            .unwrap_or_default();
        let said = if lang.is_chinese() {
            format!("方案写道：“{quote}”。牵头单位：{leads}。")
        } else {
            format!("The plan says: “{quote}”. Lead: {leads}.")
        };
        let _ = write!(
            h,
            "<h3>{}</h3>\n<p>{said}</p>\n",
            esc(explain::indicator_name(ind, widget_lang)),
        );
        let card = card_html(ind, a, &plan.agencies, widget_lang, p.data.sample);
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
        esc(pick(METHOD_LINK, lang))
    );
    h.push_str("</section>\n</article>\n");
    h.push_str(&page_foot(lang, "../"));
    h
}

/// Article sentences come in the page's language; a Chinese page uses simplified script.
fn widget_lang_text(lang: Lang) -> Lang {
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
    if lang.is_chinese() {
        plan.title.clone()
    } else {
        plan.i18n
            .get("en")
            .cloned()
            .unwrap_or_else(|| plan.title.clone())
    }
}

/// An agency named by the plan, as HTML: on a Chinese page in the plan's own script (with its
/// `lang`), on an English page by its English name from the plan's `agencies` when it has one.
fn agency_html(plan: &Plan, name: &str, lang: Lang, plan_lang: Lang) -> String {
    let shown = explain::agency_name(&plan.agencies, name, Lang::En);
    if !lang.is_chinese() && shown != name {
        esc(shown)
    } else {
        format!("<span lang=\"{}\">{}</span>", plan_lang.tag(), esc(name))
    }
}

/// Issuer, document number, date, period and source; "未载明 / not stated" for what is absent.
fn facts(plan: &Plan, lang: Lang, plan_lang: Lang) -> String {
    let not_stated = format!(
        "<span class=\"not-stated\">{}</span>",
        both(NOT_STATED, lang)
    );
    let original = |s: &str| format!("<span lang=\"{}\">{}</span>", plan_lang.tag(), esc(s));
    let period = if lang.is_chinese() {
        format!("{}—{}年", plan.period.start, plan.period.end)
    } else {
        format!("{}–{}", plan.period.start, plan.period.end)
    };
    let rows: [(Pair, String); 5] = [
        (F_ISSUER, agency_html(plan, &plan.issuer, lang, plan_lang)),
        (
            F_DOC,
            plan.doc_number
                .as_deref()
                .map(original)
                .unwrap_or_else(|| not_stated.clone()),
        ),
        (
            F_ISSUED,
            plan.issued
                .as_deref()
                .map(|d| esc(&format::date(d, widget_lang_text(lang))))
                .unwrap_or_else(|| not_stated.clone()),
        ),
        (F_PERIOD, esc(&period)),
        (
            F_SOURCE,
            plan.source_url
                .as_deref()
                .map(|u| {
                    format!(
                        "<a href=\"{}\">{}</a>",
                        esc(u),
                        esc(pick(F_SOURCE_LINK, lang))
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
    let original = |s: &str| format!("<span lang=\"{}\">{}</span>", plan_lang.tag(), esc(s));
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
    let data = match (p.data.sample, lang.is_chinese()) {
        (true, true) => "示例数据",
        (true, false) => "the illustrative sample data",
        (false, true) => "已公布数据",
        (false, false) => "the published data",
    };
    let doc = plan.doc_number.as_deref().map(original);
    if lang.is_chinese() {
        let when = plan
            .issued
            .as_deref()
            .map(|d| format!("于{}", esc(&format::date(d, lang))))
            .unwrap_or_default();
        format!(
            "{}{when}印发《{}》{}，规划期为{}—{}年，共列出{total}项可跟踪的目标。按{data}计算，{}。下面选取几项主要指标作解读。",
            original(&plan.issuer),
            original(&plan.title),
            doc.map(|d| format!("（{d}）")).unwrap_or_default(),
            plan.period.start,
            plan.period.end,
            esc(&parts.join("、"))
        )
    } else {
        let when = plan
            .issued
            .as_deref()
            .map(|d| format!(" on {}", esc(&format::date(d, lang))))
            .unwrap_or_default();
        format!(
            "{} issued “{}”{}{when}. The plan covers {}–{} and sets {total} targets that can be tracked. On {data}: {}. A few of the main indicators are explained below.",
            agency_html(plan, &plan.issuer, lang, plan_lang),
            esc(&plan_title(plan, lang)),
            doc.map(|d| format!(" ({d})")).unwrap_or_default(),
            plan.period.start,
            plan.period.end,
            esc(&parts.join(", "))
        )
    }
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

fn dashboard_html(p: &SitePlan, lang: Lang) -> String {
    let (plan, assessments, sample) = (p.data.plan.clone(), p.assessments.clone(), p.data.sample);
    render(move || {
        view! { <PlanDashboard plan=plan assessments=assessments lang=lang theme=Theme::default() controls=false sample=sample /> }
    })
}

fn card_html(
    ind: &Indicator,
    a: &Assessment,
    agencies: &AgencyNames,
    lang: Lang,
    sample: bool,
) -> String {
    let (ind, a, agencies) = (ind.clone(), a.clone(), agencies.clone());
    render(move || {
        view! { <IndicatorCard assessment=a indicator=ind lang=lang theme=Theme::default() gauge=GaugeKind::Bar sample=sample agencies=agencies /> }
    })
}

fn render<V: IntoView + 'static>(f: impl FnOnce() -> V) -> String {
    Owner::new().with(|| f().into_view().to_html())
}

// ---------------------------------------------------------------------------------------------
// Generator data

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
                card_html(ind, a, &p.data.plan.agencies, lang, p.data.sample).into(),
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

/// The plans and indicators the generator offers, with names in each language.
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
                        "name": ind.name,
                        "en": explain::indicator_name(ind, Lang::En),
                    })
                })
                .collect();
            serde_json::json!({
                "id": plan.id,
                "title": plan.title,
                "en": plan.i18n.get("en").unwrap_or(&plan.title),
                "locale": plan.locale,
                "plan": format!("data/{}.plan.json", plan.id),
                "observations": p.sample_file.as_ref().map(|f| format!("data/{f}")),
                "indicators": indicators,
            })
        })
        .collect();
    serde_json::json!({ "csp": CSP, "plans": list })
}

// ---------------------------------------------------------------------------------------------
// The method page

/// `0.95` → `95%`.
fn pct(v: f64) -> String {
    format!("{}%", format::number(v * 100.0, Lang::En))
}

/// `0.6` → `0.60`.
fn two(v: f64) -> String {
    format!("{v:.2}")
}

/// How progress and status are computed, for citizens: the statuses, each method's thresholds
/// (from the core's constants) and the core's own method paragraphs in Chinese and English.
pub fn method_page() -> String {
    let pace = PaceThresholds::DEFAULT;
    let sdg = OpensdgThresholds::DEFAULT;
    let zh = Lang::ZhHans;
    let en = Lang::En;
    let mut h = page_head(
        "计算方法 · How progress is computed · plan-gauge",
        zh,
        "",
        "method.html",
        false,
    );
    let _ = write!(
        h,
        "<h1>进度和状态是怎样算出来的 <span class=\"en\" lang=\"en\">How progress and status are computed</span></h1>\n\
         <p>plan-gauge 把规划写明的目标和此后公布的数据放在一起，对每项目标给出一个状态和一句理由。本页说明规则；页面上的阈值和文字直接取自计算程序本身，两者不会不一致。</p>\n\
         <p class=\"en\" lang=\"en\">plan-gauge puts a plan's stated targets next to the figures published since and gives each target a status and a one-sentence reason. This page explains the rules; its thresholds and texts are taken from the program that computes them, so the two cannot disagree.</p>\n"
    );

    // Statuses.
    let _ = write!(
        h,
        "<h2 id=\"statuses\">状态 <span class=\"en\" lang=\"en\">Statuses</span></h2>\n\
         <p>状态总是用文字写出，图标和颜色只是重复文字。 <span lang=\"en\">A status is always written in words; icon and colour only repeat them.</span></p>\n\
         <ul class=\"status-list\">\n"
    );
    for s in Status::ALL {
        let badge = render(move || view! { <StatusBadge status=s lang=zh /> });
        let _ = writeln!(
            h,
            "<li><span class=\"pg-root pg-theme-light status-sample\">{badge}</span> <span lang=\"en\">{}</span></li>",
            esc(explain::status_label(s, en))
        );
    }
    h.push_str("</ul>\n");

    // Expected by now.
    let _ = write!(
        h,
        "<h2 id=\"expected\">“{}”是什么意思 <span class=\"en\" lang=\"en\">What “{}” means</span></h2>\n\
         <p>规划从基数出发，到期限时应达到目标。把这段时间平均分配，就得到一条“应有进度”的路线：例如四年的规划过了一半时间，应完成从基数到目标距离的一半。“{}”指的是最新一期数据所属时期结束时，这条路线上应到达的位置；因为统计数据发布有滞后，比较的是同一时点的应有进度和实际进度，而不是今天。</p>\n\
         <p class=\"en\" lang=\"en\">A plan starts from a baseline and should reach its target by the deadline. Spreading that distance evenly over the time gives the expected path: halfway through a four-year plan, half the distance from baseline to target should be covered. “{}” is where that path stands at the end of the period the latest figure describes; statistics are published late, so the expected and the actual progress are compared at the same moment, not today.</p>\n",
        lang_ui_expected(zh),
        lang_ui_expected(en),
        lang_ui_expected(zh),
        lang_ui_expected(en),
    );

    // Thresholds.
    let _ = write!(
        h,
        "<h2 id=\"thresholds\">两种方法的阈值 <span class=\"en\" lang=\"en\">The two methods and their thresholds</span></h2>\n\
         <div class=\"scroll\" role=\"region\" aria-labelledby=\"pace-caption\" tabindex=\"0\">\n<table>\n\
         <caption id=\"pace-caption\">{} <span lang=\"en\">{}</span></caption>\n\
         <thead><tr><th scope=\"col\">实际进度 ÷ 应有进度 <span lang=\"en\">Actual ÷ expected</span></th><th scope=\"col\">状态 <span lang=\"en\">Status</span></th></tr></thead>\n<tbody>\n\
         <tr><td>≥ {}</td><td>{}</td></tr>\n<tr><td>≥ {}</td><td>{}</td></tr>\n<tr><td>&lt; {}</td><td>{}</td></tr>\n\
         <tr><td>时间过去不足 {} <span lang=\"en\">less than {} of the time elapsed</span></td><td>{}</td></tr>\n\
         </tbody>\n</table>\n</div>\n",
        esc(explain::method_name(plan_gauge_core::model::MethodName::Pace, zh)),
        esc(explain::method_name(plan_gauge_core::model::MethodName::Pace, en)),
        two(pace.on_track),
        status_both(Status::OnTrack),
        two(pace.at_risk),
        status_both(Status::AtRisk),
        two(pace.at_risk),
        status_both(Status::OffTrack),
        pct(pace.min_elapsed),
        pct(pace.min_elapsed),
        status_both(Status::TooEarly),
    );
    let _ = write!(
        h,
        "<div class=\"scroll\" role=\"region\" aria-labelledby=\"sdg-caption\" tabindex=\"0\">\n<table>\n\
         <caption id=\"sdg-caption\">{} <span lang=\"en\">{}</span></caption>\n\
         <thead><tr><th scope=\"col\">有量化目标：实际年均增速 ÷ 所需年均增速 <span lang=\"en\">With a target: actual ÷ required yearly growth</span></th>\
         <th scope=\"col\">没有量化目标：年均增速 <span lang=\"en\">Without a target: yearly growth</span></th><th scope=\"col\">状态 <span lang=\"en\">Status</span></th></tr></thead>\n<tbody>\n\
         <tr><td>≥ {}</td><td>≥ {}</td><td>{}</td></tr>\n\
         <tr><td>{} – {}</td><td>{} – {}</td><td>{}</td></tr>\n\
         <tr><td>{} – {}</td><td>{} – {}</td><td>{}</td></tr>\n\
         <tr><td>&lt; {}</td><td>&lt; {}</td><td>{}</td></tr>\n\
         </tbody>\n</table>\n</div>\n",
        esc(explain::method_name(plan_gauge_core::model::MethodName::Opensdg, zh)),
        esc(explain::method_name(plan_gauge_core::model::MethodName::Opensdg, en)),
        two(sdg.high),
        pct(sdg.high_no_target),
        status_both(Status::OnTrack),
        two(sdg.med),
        two(sdg.high),
        pct(sdg.med_no_target),
        pct(sdg.high_no_target),
        status_both(Status::AtRisk),
        two(sdg.low),
        two(sdg.med),
        pct(sdg.low_no_target),
        pct(sdg.med_no_target),
        status_both(Status::OffTrack),
        two(sdg.low),
        pct(sdg.low_no_target),
        status_both(Status::OffTrack),
    );

    // Missing and provisional data.
    let t = zh.strings();
    let e = en.strings();
    let _ = write!(
        h,
        "<h2 id=\"data\">缺失和初步数据怎样显示 <span class=\"en\" lang=\"en\">How missing and provisional data are shown</span></h2>\n\
         <p>缺失的数据是空缺，不当作零：没有任何数据的目标显示“{}”，趋势图在缺失处断开。初步数、估计值和修订值参与计算，但在数值旁用文字注明（如“{}”“{}”“{}”）；统计口径变化（“{}”）之后只用新口径的数据。</p>\n\
         <p class=\"en\" lang=\"en\">A missing figure is a gap, never a zero: a target with no figure at all shows “{}”, and trend lines break at the gap. Provisional, estimated and revised figures are used but marked in words next to the value (“{}”, “{}”, “{}”); after a break in the series (“{}”) only the new series is used.</p>\n",
        esc(explain::status_label(Status::NoData, zh)),
        esc(t.ui_obs_provisional),
        esc(t.ui_obs_estimated),
        esc(t.ui_obs_revised),
        esc(t.ui_obs_break),
        esc(explain::status_label(Status::NoData, en)),
        esc(e.ui_obs_provisional),
        esc(e.ui_obs_estimated),
        esc(e.ui_obs_revised),
        esc(e.ui_obs_break),
    );

    // The core's method paragraphs.
    for (lang, id, heading) in [
        (zh, "rules-zh", "全部规则"),
        (en, "rules-en", "All the rules"),
    ] {
        let _ = writeln!(
            h,
            "<section aria-labelledby=\"{id}\" lang=\"{}\">\n<h2 id=\"{id}\">{heading}</h2>",
            lang.tag()
        );
        for paragraph in explain::method_text(lang) {
            let _ = writeln!(h, "<p>{}</p>", esc(paragraph));
        }
        h.push_str("</section>\n");
    }
    h.push_str(&page_foot(zh, ""));
    h
}

fn lang_ui_expected(lang: Lang) -> String {
    esc(lang.strings().ui_expected)
}

fn status_both(s: Status) -> String {
    format!(
        "{} <span lang=\"en\">{}</span>",
        esc(explain::status_label(s, Lang::ZhHans)),
        esc(explain::status_label(s, Lang::En))
    )
}

// ---------------------------------------------------------------------------------------------
// Helpers

/// Escapes text for HTML element content and double-quoted attributes.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Replaces `{key}` in a locale template.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |t, (k, v)| {
        t.replace(&format!("{{{k}}}"), v)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use plan_gauge_core::validate;

    const PLAN: &str = r#"{
      "format": "plan-gauge/1", "id": "demo", "title": "示例方案", "issuer": "示例局",
      "period": {"start": 2022, "end": 2025}, "locale": "zh-Hans",
      "sections": [{"id": "1", "label": "一、", "title": "目标"}],
      "indicators": [
        {"id": "a", "name": "甲", "unit": "家", "kind": "level", "section": "1",
         "targets": [{"milestones": [{"year": 2025, "value": 10}], "lead": ["甲局"],
                      "citation": {"quote": "到2025年甲达到10家", "section": "1"}}]},
        {"id": "b", "name": "乙", "i18n": {"en": "B"}, "unit": "家", "kind": "level",
         "section": "1", "headline": true,
         "targets": [{"milestones": [{"year": 2025, "value": 5}], "lead": ["乙局"],
                      "citation": {"quote": "到2025年乙达到5家", "section": "1"}}]}
      ]
    }"#;

    fn site_plan(json: &str) -> SitePlan {
        let plan = validate::parse_plan(json).unwrap_or_else(|_| panic!("fixture parses"));
        let as_of = Date::new(2024, 6, 1).unwrap();
        let assessments = assess_plan(&plan, &[], &Options::new(as_of));
        SitePlan {
            data: PlanData {
                plan,
                observations: Vec::new(),
                sample: true,
            },
            assessments,
            sample_file: None,
        }
    }

    #[test]
    fn plan_page_says_not_stated_instead_of_inventing() {
        let p = site_plan(PLAN);
        let html = plan_page(&p, Lang::ZhHans, Date::new(2024, 6, 1).unwrap());
        // No document number, no date, no source: each is said to be absent, in both languages.
        assert_eq!(
            html.matches("未载明 <span class=\"en\" lang=\"en\">not stated</span>")
                .count(),
            3
        );
        assert!(html.contains("示例局"));
        let with_doc = PLAN.replace(
            "\"issuer\": \"示例局\",",
            "\"issuer\": \"示例局\", \"doc_number\": \"示政办发〔2022〕1号\", \"issued\": \"2022-07-22\",",
        );
        let html = plan_page(
            &site_plan(&with_doc),
            Lang::ZhHans,
            Date::new(2024, 6, 1).unwrap(),
        );
        assert_eq!(
            html.matches("not stated").count(),
            1,
            "only the source is missing now"
        );
        assert!(html.contains("示政办发〔2022〕1号") && html.contains("2022年7月22日"));
    }

    /// English pages name the issuer and lead agencies in English (the plan's `agencies`);
    /// Chinese pages keep the names as the plan writes them.
    #[test]
    fn english_pages_name_agencies_in_english() {
        let with_names = PLAN.replace(
            "\"indicators\": [",
            "\"agencies\": {\"示例局\": {\"en\": \"Demo Bureau\"}, \"乙局\": {\"en\": \"Bureau B\"}},\n\"indicators\": [",
        );
        let p = site_plan(&with_names);
        let as_of = Date::new(2024, 6, 1).unwrap();
        let en = plan_page(&p, Lang::En, as_of);
        assert!(en.contains("Lead: Bureau B."), "{en}");
        assert!(en.contains("<dd>Demo Bureau</dd>"), "{en}");
        assert!(en.contains("Demo Bureau issued"), "{en}");
        assert!(
            en.contains("<dd>Bureau B</dd>"),
            "the card's lead agency row"
        );
        assert!(!en.contains("乙局"), "{en}");
        let zh = plan_page(&p, Lang::ZhHans, as_of);
        assert!(
            zh.contains("牵头单位：<span lang=\"zh-Hans\">乙局</span>"),
            "{zh}"
        );
        assert!(!zh.contains("Bureau B"), "{zh}");
    }

    #[test]
    fn plan_page_shows_every_indicator_live_and_static_without_inline_style() {
        let p = site_plan(PLAN);
        for lang in [Lang::ZhHans, Lang::En] {
            let html = plan_page(&p, lang, Date::new(2024, 6, 1).unwrap());
            for id in ["a", "b"] {
                assert!(
                    html.contains(&format!("data-indicator=\"{id}\"")),
                    "{id} in the dashboard fallback ({lang:?})"
                );
            }
            assert!(html.contains("<plan-gauge view=\"dashboard\" src=\"../data/demo.plan.json\""));
            assert!(
                html.contains("<plan-gauge view=\"card\" indicator=\"b\""),
                "the headline indicator is featured"
            );
            assert!(html.contains("class=\"sample-banner\""));
            assert!(!html.contains("style="), "no style attributes");
            assert!(!html.contains("<style"), "no style elements");
            assert_eq!(html.matches("<script").count(), 1, "only the loader");
        }
    }

    #[test]
    fn fallbacks_cover_every_indicator() {
        let p = site_plan(PLAN);
        let fb = fallbacks(&p, Lang::En, Date::new(2024, 6, 1).unwrap());
        let cards = fb["cards"].as_object().map(|m| m.len());
        assert_eq!(cards, Some(2));
        assert!(fb["cards"]["b"]
            .as_str()
            .is_some_and(|h| h.contains("pg-card")));
        assert!(fb["dashboard"]
            .as_str()
            .is_some_and(|h| h.contains("data-indicator=\"a\"")));
    }

    #[test]
    fn method_page_carries_the_cores_texts_and_thresholds() {
        let html = method_page();
        for lang in [Lang::ZhHans, Lang::En] {
            for paragraph in explain::method_text(lang) {
                assert!(html.contains(&esc(paragraph)), "missing: {paragraph}");
            }
        }
        for s in Status::ALL {
            assert!(html.contains(explain::status_label(s, Lang::ZhHans)));
            assert!(html.contains(explain::status_label(s, Lang::En)));
        }
        let pace = PaceThresholds::DEFAULT;
        let sdg = OpensdgThresholds::DEFAULT;
        for needle in [
            format!("≥ {}", two(pace.on_track)),
            format!("≥ {}", two(pace.at_risk)),
            format!("≥ {}", two(sdg.high)),
            format!("{} – {}", two(sdg.med), two(sdg.high)),
            format!("≥ {}", pct(sdg.high_no_target)),
            format!("{} – {}", pct(sdg.med_no_target), pct(sdg.high_no_target)),
        ] {
            assert!(html.contains(&needle), "missing threshold {needle}");
        }
    }

    /// The method paragraphs are prose in the locale tables; they must state the same cut-offs as
    /// the constants the engine uses.
    #[test]
    fn method_prose_states_the_engines_constants() {
        let pace = PaceThresholds::DEFAULT;
        let sdg = OpensdgThresholds::DEFAULT;
        for lang in [Lang::ZhHans, Lang::ZhHant, Lang::En] {
            let e = &lang.strings().engine;
            for n in [pct(pace.on_track), pct(pace.at_risk), pct(pace.min_elapsed)] {
                assert!(e.method_pace.contains(&n), "{lang:?} pace text lacks {n}");
            }
            for n in [
                two(sdg.high),
                two(sdg.med),
                pct(sdg.high_no_target),
                pct(sdg.med_no_target),
            ] {
                assert!(
                    e.method_opensdg.contains(&n),
                    "{lang:?} Open SDG text lacks {n}"
                );
            }
        }
    }

    #[test]
    fn escapes_text_and_attributes() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
