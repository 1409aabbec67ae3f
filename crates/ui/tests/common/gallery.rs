//! The component gallery (`www/gallery.html`): every component in every status and locale, plus
//! the dark and large themes, as static HTML that links the stylesheet as a file. Written by
//! `cargo run -p plan-gauge-ui --features ssr --example gallery`; a test checks the committed
//! files are up to date.

use super::*;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use plan_gauge_core::progress::Status;
use plan_gauge_core::Lang;
use plan_gauge_ui::*;

/// Where the gallery files go, relative to the repository root, and what they hold.
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        ("www/gallery.html", page()),
        ("www/gallery/plan-gauge.css", STYLESHEET.to_string()),
        ("www/gallery/page.css", PAGE_CSS.to_string()),
    ]
}

const PAGE_CSS: &str = "\
/* The gallery page itself (the components' CSS is plan-gauge.css). */
body { margin: 0; font-family: system-ui, sans-serif; color: #1f2328; background: #ffffff; line-height: 1.5; }
main { max-width: 80rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.75rem; margin: 0 0 0.5rem; }
.gallery-locale { border-top: 0.25rem solid #0b5cad; margin-top: 2rem; padding-top: 0.5rem; }
.gallery-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: 1rem; }
.gallery-row { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
.gallery-themes { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr)); gap: 1rem; }
";

fn html<V: IntoView + 'static>(f: impl FnOnce() -> V) -> String {
    Owner::new().with(|| f().into_view().to_html())
}

fn locale_section(lang: Lang) -> String {
    let hte = indicator("hte");
    let mut out = String::new();
    let labels = [
        "StatusBadge",
        "IndicatorCard",
        "RadialGauge",
        "BulletBar",
        "TrendChart",
        "DataTable",
        "PlanDashboard",
    ];
    let h = |i: usize| {
        format!(
            "<h3 id=\"{}-{}\">{}</h3>",
            lang.tag(),
            labels[i].to_lowercase(),
            labels[i]
        )
    };
    out.push_str(&format!(
        "<section class=\"gallery-locale\" lang=\"{tag}\" aria-labelledby=\"{tag}\"><h2 id=\"{tag}\">{name}</h2>",
        tag = lang.tag(),
        name = lang.strings().language_name
    ));
    out.push_str(&h(0));
    out.push_str("<div class=\"gallery-row\">");
    out.push('\n');
    out.push_str(&html(move || {
        Status::ALL
            .into_iter()
            .map(|s| view! { <StatusBadge status=s lang=lang theme=Theme::Light /> })
            .collect_view()
    }));
    out.push_str("</div>");
    out.push_str(&h(1));
    out.push_str("<div class=\"gallery-grid\">");
    for (k, s) in Status::ALL.into_iter().enumerate() {
        let (i, a) = (hte.clone(), assessment(s));
        let gauge = if k % 2 == 0 {
            GaugeKind::Bar
        } else {
            GaugeKind::Radial
        };
        out.push('\n');
        out.push_str(&html(
            move || view! { <IndicatorCard assessment=a indicator=i lang=lang gauge=gauge /> },
        ));
    }
    out.push_str("</div>");
    out.push_str(&h(2));
    out.push_str("<div class=\"gallery-grid\">");
    for s in Status::ALL {
        let (i, a) = (hte.clone(), assessment(s));
        out.push('\n');
        out.push_str(&html(
            move || view! { <RadialGauge assessment=a indicator=i lang=lang /> },
        ));
    }
    out.push_str("</div>");
    out.push_str(&h(3));
    out.push_str("<div class=\"gallery-grid\">");
    for s in Status::ALL {
        let (i, a) = (hte.clone(), assessment(s));
        out.push('\n');
        out.push_str(&html(
            move || view! { <BulletBar assessment=a indicator=i lang=lang /> },
        ));
    }
    out.push_str("</div>");
    out.push_str(&h(4));
    let (i, a, o) = (hte.clone(), assessment(Status::AtRisk), observations());
    out.push('\n');
    out.push_str(&html(
        move || view! { <TrendChart indicator=i observations=o assessment=a lang=lang /> },
    ));
    out.push_str(&h(5));
    let rows = plan_gauge_ui::plan_dashboard::pair(&plan(), &plan_assessments());
    let caption = plan_gauge_ui::text::fill(
        lang.strings().ui_table_caption,
        &[("title", &plan_gauge_ui::text::indicator_name(&hte, lang))],
    );
    out.push('\n');
    out.push_str(&html(
        move || view! { <DataTable rows=rows caption=caption lang=lang /> },
    ));
    out.push_str(&h(6));
    let (p, a) = (plan(), plan_assessments());
    out.push('\n');
    out.push_str(&html(move || view! { <PlanDashboard plan=p assessments=a lang=lang controls=false sample=true observations=observations() /> }));
    out.push_str("</section>");
    out
}

fn themes_section() -> String {
    let mut out = String::from(
        "<section class=\"gallery-locale\" aria-labelledby=\"themes\"><h2 id=\"themes\">Theme / 主题</h2><div class=\"gallery-themes\">",
    );
    for theme in Theme::ALL {
        for s in [Status::OnTrack, Status::OffTrack] {
            let (i, a) = (indicator("hte"), assessment(s));
            out.push('\n');
            out.push_str(&html(move || view! { <IndicatorCard assessment=a indicator=i theme=theme gauge=GaugeKind::Radial /> }));
        }
    }
    out.push_str("</div></section>");
    out
}

/// The whole page.
pub fn page() -> String {
    let mut body = String::new();
    for lang in Lang::ALL {
        body.push_str(&locale_section(lang));
    }
    body.push_str(&themes_section());
    let page = format!(
        "<!doctype html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>plan-gauge 组件库 · component gallery</title>\n\
<link rel=\"icon\" href=\"favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"gallery/plan-gauge.css\">\n<link rel=\"stylesheet\" href=\"gallery/page.css\">\n\
</head>\n<body>\n<main>\n<h1>plan-gauge 组件库 · component gallery</h1>\n\
<p>示例数据，仅用于展示组件。Illustrative sample data, for showing the components only.</p>\n{body}\n</main>\n</body>\n</html>\n"
    );
    page
}
