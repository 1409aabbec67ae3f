//! Browser tests (headless Chrome): `wasm-pack test --headless --chrome crates/ui`.
//! Every component is mounted into the page and checked for structure, text, status, ARIA,
//! locale switching and the theme variables the stylesheet applies.
#![cfg(target_arch = "wasm32")]

mod common;

use leptos::prelude::*;
use plan_gauge_core::progress::Status;
use plan_gauge_core::Lang;
use plan_gauge_ui::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh host element with the component stylesheet available (test page only: the embed
/// adopts the sheet into a shadow root instead).
fn host() -> web_sys::HtmlElement {
    let doc = document();
    if doc.get_element_by_id("pg-test-css").is_none() {
        let style = doc.create_element("style").unwrap();
        style.set_id("pg-test-css");
        style.set_text_content(Some(STYLESHEET));
        doc.head().unwrap().append_child(&style).unwrap();
    }
    let el = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn mount<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let el = host();
    leptos::mount::mount_to(el.clone(), f).forget();
    el
}

fn q(root: &web_sys::Element, sel: &str) -> web_sys::Element {
    root.query_selector(sel)
        .unwrap()
        .unwrap_or_else(|| panic!("no {sel} in {}", root.inner_html()))
}

fn count(root: &web_sys::Element, sel: &str) -> u32 {
    root.query_selector_all(sel).unwrap().length()
}

fn text(el: &web_sys::Element) -> String {
    el.text_content().unwrap_or_default()
}

fn css_var(el: &web_sys::Element, name: &str) -> String {
    web_sys::window()
        .unwrap()
        .get_computed_style(el)
        .unwrap()
        .unwrap()
        .get_property_value(name)
        .unwrap()
        .trim()
        .to_string()
}

#[wasm_bindgen_test]
fn status_badge_shows_icon_and_words_for_every_status() {
    for s in Status::ALL {
        let el = mount(move || view! { <StatusBadge status=s lang=Lang::En /> });
        let badge = q(&el, ".pg-badge");
        assert_eq!(
            badge.get_attribute("data-status").as_deref(),
            Some(s.as_str())
        );
        assert_eq!(
            text(&q(&badge, ".pg-badge-text")),
            text::status_label(s, Lang::En)
        );
        assert_eq!(
            q(&badge, "svg").get_attribute("aria-hidden").as_deref(),
            Some("true")
        );
    }
}

#[wasm_bindgen_test]
fn radial_gauge_exposes_a_meter_with_value_text() {
    let el = mount(|| {
        view! { <RadialGauge assessment=common::assessment(Status::AtRisk) indicator=common::indicator("hte") lang=Lang::En /> }
    });
    let svg = q(&el, "svg[role=meter]");
    assert_eq!(svg.get_attribute("aria-valuenow").as_deref(), Some("74"));
    assert_eq!(svg.get_attribute("aria-valuemin").as_deref(), Some("0"));
    assert_eq!(svg.get_attribute("aria-valuemax").as_deref(), Some("100"));
    assert_eq!(
        svg.get_attribute("aria-label").as_deref(),
        Some("High-tech enterprises")
    );
    let vt = svg.get_attribute("aria-valuetext").unwrap();
    assert!(
        vt.contains("74.4%") && vt.contains(text::status_label(Status::AtRisk, Lang::En)),
        "{vt}"
    );
    assert!(text(&q(&el, "figcaption")).contains("74.4%"));
    assert_eq!(
        q(&el, "figure").get_attribute("lang").as_deref(),
        Some("en")
    );
}

#[wasm_bindgen_test]
fn bullet_bar_draws_fill_expected_and_target() {
    let el = mount(|| {
        view! { <BulletBar assessment=common::assessment(Status::AtRisk) indicator=common::indicator("hte") /> }
    });
    assert_eq!(
        q(&el, ".pg-bar-fill").get_attribute("width").as_deref(),
        Some("74.38%")
    );
    assert_eq!(
        q(&el, ".pg-bar-expected").get_attribute("x1").as_deref(),
        Some("80%")
    );
    assert_eq!(
        q(&el, ".pg-bar-target").get_attribute("x1").as_deref(),
        Some("100%")
    );
    assert!(q(&el, ".pg-bar").class_list().contains("pg-status-at_risk"));
    // The drawn fill has a real width in the page.
    let fill = q(&el, ".pg-bar-fill").get_bounding_client_rect().width();
    let track = q(&el, ".pg-bar-track").get_bounding_client_rect().width();
    assert!(
        fill > 0.0 && (fill / track - 0.7438).abs() < 0.02,
        "fill {fill} of {track}"
    );
    assert!(text(&q(&el, ".pg-legend")).contains("685"));
}

#[wasm_bindgen_test]
fn indicator_card_reads_headline_then_gauge_then_provenance() {
    let el = mount(|| {
        view! { <IndicatorCard assessment=common::assessment(Status::AtRisk) indicator=common::indicator("hte") /> }
    });
    let card = q(&el, "article.pg-card");
    assert_eq!(card.get_attribute("lang").as_deref(), Some("zh-Hans"));
    let first = card.first_element_child().unwrap();
    assert!(first.class_list().contains("pg-headline"));
    let all = text(&card);
    let t = Lang::ZhHans.strings();
    let (h, g, p) = (
        all.find(&text(&first)).unwrap(),
        all.find(&text(&q(&card, ".pg-legend"))).unwrap(),
        all.find(t.ui_lead).unwrap(),
    );
    assert!(h < g && g < p);
    assert!(all.contains("区科技局") && all.contains(t.ui_obs_provisional));
}

#[wasm_bindgen_test]
fn trend_chart_breaks_the_line_at_missing_data() {
    let el = mount(|| {
        view! {
            <TrendChart
                indicator=common::indicator("hte")
                observations=common::observations()
                assessment=common::assessment(Status::AtRisk)
                lang=Lang::ZhHant
            />
        }
    });
    assert_eq!(count(&el, ".pg-trend-line"), 2);
    assert_eq!(count(&el, ".pg-trend-gap"), 1);
    assert_eq!(count(&el, "tbody tr"), 4);
    assert_eq!(q(&el, "svg").get_attribute("role").as_deref(), Some("img"));
    assert!(text(&q(&el, "figcaption")).contains("高新技術企業數量"));
}

#[wasm_bindgen_test]
fn data_table_has_one_row_per_target() {
    let rows = plan_dashboard::pair(&common::plan(), &common::plan_assessments());
    let el = mount(move || view! { <DataTable rows=rows caption="c".to_string() lang=Lang::En /> });
    assert_eq!(count(&el, "tbody tr"), 3);
    assert_eq!(count(&el, "thead th[scope=col]"), 6);
    assert_eq!(text(&q(&el, "caption")), "c");
}

#[wasm_bindgen_test]
async fn plan_dashboard_filters_by_status_and_lead_agency() {
    let el = mount(
        || view! { <PlanDashboard plan=common::plan() assessments=common::plan_assessments() lang=Lang::En /> },
    );
    assert_eq!(count(&el, ".pg-counts li"), 3);
    assert_eq!(count(&el, "li[data-indicator]:not([hidden])"), 3);
    let selects = el.query_selector_all("select").unwrap();
    let status: web_sys::HtmlSelectElement = selects.get(0).unwrap().unchecked_into();
    status.set_value("off_track");
    status
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(count(&el, "li[data-indicator]:not([hidden])"), 1);
    assert_eq!(
        q(&el, "li[data-indicator]:not([hidden])")
            .get_attribute("data-indicator")
            .as_deref(),
        Some("rd")
    );
    assert_eq!(
        count(&el, "tbody tr:not([hidden])"),
        1,
        "the table follows the filter"
    );
    assert!(text(&q(&el, ".pg-shown")).contains("Showing 1 of 3"));
    // Status back to all, lead agency 区发改局: only rd.
    status.set_value("");
    status
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    let lead: web_sys::HtmlSelectElement = selects.get(1).unwrap().unchecked_into();
    // The options are valued by their place, sorted by the English name: 区发改局 is first.
    lead.set_value("0");
    lead.dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    leptos::task::tick().await;
    assert_eq!(count(&el, "li[data-indicator]:not([hidden])"), 1);
    // A section without rows shown is left out as a whole: the filter works on data, and only
    // the rows it keeps are rendered.
    assert_eq!(count(&el, "section.pg-section:not([hidden])"), 1);
    assert_eq!(count(&el, "section.pg-section"), 1);
    // Rows expand from the keyboard: they are native <details>/<summary>.
    assert_eq!(count(&el, "details.pg-row > summary"), 1);
}

#[wasm_bindgen_test]
async fn switching_locale_rewrites_every_word() {
    let lang = RwSignal::new(Lang::ZhHans);
    let el = mount(move || {
        move || {
            view! {
                <IndicatorCard assessment=common::assessment(Status::OnTrack) indicator=common::indicator("hte") lang=lang.get() />
            }
        }
    });
    let before = text(&q(&el, ".pg-badge-text"));
    assert_eq!(before, text::status_label(Status::OnTrack, Lang::ZhHans));
    for l in [Lang::En, Lang::ZhHant] {
        lang.set(l);
        leptos::task::tick().await;
        assert_eq!(
            text(&q(&el, ".pg-badge-text")),
            text::status_label(Status::OnTrack, l)
        );
        assert_eq!(
            q(&el, "article").get_attribute("lang").as_deref(),
            Some(l.tag())
        );
        assert!(text(&el).contains(l.strings().ui_lead));
    }
}

#[wasm_bindgen_test]
fn themes_set_their_custom_properties() {
    let pairs = [
        (Theme::Light, "--pg-bg", "#ffffff"),
        (Theme::Dark, "--pg-bg", "#161b22"),
        (Theme::Large, "--pg-size", "1.25rem"),
    ];
    for (theme, var, want) in pairs {
        let el = mount(move || {
            view! { <IndicatorCard assessment=common::assessment(Status::OnTrack) indicator=common::indicator("hte") theme=theme /> }
        });
        let card = q(&el, "article");
        assert!(card.class_list().contains(theme.class()));
        assert_eq!(css_var(&card, var), want, "{theme:?}");
        // Status colours come from the theme too.
        let badge = q(&el, ".pg-badge");
        assert!(!css_var(&badge, "--pg-status-color").is_empty());
    }
    // The large theme really makes the text bigger than the light one.
    let l = mount(
        || view! { <IndicatorCard assessment=common::assessment(Status::OnTrack) indicator=common::indicator("hte") /> },
    );
    let g = mount(
        || view! { <IndicatorCard assessment=common::assessment(Status::OnTrack) indicator=common::indicator("hte") theme=Theme::Large /> },
    );
    let fs = |e: &web_sys::Element| {
        css_var(&q(e, "article"), "font-size")
            .trim_end_matches("px")
            .parse::<f64>()
            .unwrap_or(0.0)
    };
    assert!(fs(&g) > fs(&l) * 1.2, "{} vs {}", fs(&g), fs(&l));
}

fn change(select: &web_sys::Element, value: &str) {
    let select: &web_sys::HtmlSelectElement = select.unchecked_ref();
    select.set_value(value);
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
}

/// A large plan is shown a page at a time: no render handles more than a page of rows, the
/// buttons turn pages from the keyboard, and the filters choose from the whole plan.
#[wasm_bindgen_test]
async fn plan_dashboard_shows_a_large_plan_a_page_at_a_time() {
    let (plan, assessments) = common::large_plan(120);
    let el =
        mount(move || view! { <PlanDashboard plan=plan assessments=assessments lang=Lang::En /> });
    let rows = |el: &web_sys::Element| count(el, "li[data-indicator]");
    let first = |el: &web_sys::Element| q(el, "li[data-indicator]").get_attribute("data-indicator");
    assert_eq!(rows(&el), 50);
    assert_eq!(
        count(&el, "tbody tr[data-indicator]"),
        50,
        "the table shows the same page"
    );
    assert_eq!(first(&el).as_deref(), Some("i0"));
    assert!(text(&q(&el, ".pg-shown")).contains("Items 1–50, page 1 of 3"));
    let prev: web_sys::HtmlElement = q(&el, "nav.pg-pager .pg-page-prev").unchecked_into();
    let next: web_sys::HtmlElement = q(&el, "nav.pg-pager .pg-page-next").unchecked_into();
    assert_eq!(prev.tag_name(), "BUTTON");
    assert_eq!(prev.get_attribute("aria-disabled").as_deref(), Some("true"));
    // A reader opens the first row, then turns the page: the new page's rows are new, closed.
    q(&el, "details.pg-row").set_attribute("open", "").unwrap();
    // Keyboard: the buttons take the focus, and keep it while pages turn.
    next.focus().unwrap();
    next.click();
    leptos::task::tick().await;
    assert_eq!(rows(&el), 50);
    assert_eq!(
        count(&el, "details.pg-row[open]"),
        0,
        "no row of page 1 stays open"
    );
    assert_eq!(
        first(&el).as_deref(),
        Some("i100"),
        "page 2: the rest of section 1, then section 2"
    );
    assert!(text(&q(&el, ".pg-shown")).contains("Items 51–100, page 2 of 3"));
    assert_eq!(prev.get_attribute("aria-disabled"), None);
    next.click();
    leptos::task::tick().await;
    assert_eq!(rows(&el), 20);
    assert_eq!(next.get_attribute("aria-disabled").as_deref(), Some("true"));
    next.click();
    leptos::task::tick().await;
    assert_eq!(rows(&el), 20, "the last page stays");
    let focused = document().active_element().map(|e| e.class_name());
    assert_eq!(
        focused.as_deref(),
        Some("pg-page-next"),
        "the focus stayed on the button"
    );
    prev.click();
    leptos::task::tick().await;
    assert_eq!(rows(&el), 50);
    // A filter goes back to the first page and chooses from every row: 40 off track, one page.
    let selects = el.query_selector_all("select").unwrap();
    let status = selects.get(0).unwrap().unchecked_into::<web_sys::Element>();
    change(&status, "off_track");
    leptos::task::tick().await;
    assert_eq!(rows(&el), 40);
    assert_eq!(first(&el).as_deref(), Some("i4"));
    assert!(
        q(&el, "nav.pg-pager").has_attribute("hidden"),
        "one page: nothing to turn"
    );
    assert!(text(&q(&el, ".pg-shown")).contains("Showing 40 of 120"));
    // The one row led by 区统计局 is the plan's last: the second lead option (sorted by name).
    change(&status, "");
    let lead = selects.get(1).unwrap().unchecked_into::<web_sys::Element>();
    change(&lead, "1");
    leptos::task::tick().await;
    assert_eq!(rows(&el), 1);
    assert_eq!(first(&el).as_deref(), Some("i119"));
}

/// A host page set right to left cannot mirror the widget: its root says `dir="ltr"`.
#[wasm_bindgen_test]
fn a_right_to_left_host_does_not_mirror_the_widget() {
    let el = host();
    el.set_attribute("dir", "rtl").unwrap();
    let mut ind = common::indicator("hte");
    ind.name = "\u{202e}مؤشر".to_string();
    ind.i18n.clear();
    let a = common::assessment(Status::AtRisk);
    leptos::mount::mount_to(el.clone(), move || {
        view! { <IndicatorCard assessment=a indicator=ind lang=Lang::En /> }
    })
    .forget();
    let card = q(&el, ".pg-card");
    let direction = web_sys::window()
        .unwrap()
        .get_computed_style(&card)
        .unwrap()
        .unwrap()
        .get_property_value("direction")
        .unwrap();
    assert_eq!(direction, "ltr");
    assert!(
        !el.inner_html().contains('\u{202e}'),
        "the override is gone"
    );
    let figure = q(&el, ".pg-legend-value");
    assert_eq!(figure.get_attribute("dir").as_deref(), Some("ltr"));
}
