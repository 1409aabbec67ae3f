//! Static HTML (feature `ssr`): every component renders to a string that matches its snapshot in
//! `tests/snapshots/` (`UPDATE_SNAPSHOTS=1` rewrites them), with no inline style anywhere.
#![cfg(feature = "ssr")]

mod common;

use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use plan_gauge_core::progress::Status;
use plan_gauge_core::Lang;
use plan_gauge_ui::*;
use std::path::PathBuf;

fn render<V: IntoView + 'static>(f: impl FnOnce() -> V) -> String {
    Owner::new().with(|| f().into_view().to_html())
}

/// Compares `html` with the snapshot `name`; rewrites it when UPDATE_SNAPSHOTS=1.
fn snapshot(name: &str, html: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.html"));
    // One element per line keeps snapshot diffs readable.
    let pretty = html.replace("><", ">\n<") + "\n";
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, &pretty).unwrap();
        return;
    }
    let want = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing snapshot {}; run with UPDATE_SNAPSHOTS=1",
            path.display()
        )
    });
    assert!(
        want == pretty,
        "snapshot {name} differs; inspect with UPDATE_SNAPSHOTS=1 and git diff"
    );
}

/// The start tag of the first element whose class list starts with `class`.
fn tag_of<'a>(html: &'a str, class: &str) -> &'a str {
    let at = html
        .find(&format!("class=\"{class}"))
        .unwrap_or_else(|| panic!("no .{class} in {html}"));
    let start = html[..at].rfind('<').unwrap_or(0);
    let end = at + html[at..].find('>').unwrap_or(0);
    &html[start..=end]
}

fn csp_safe(html: &str) {
    assert!(
        !html.contains("style="),
        "inline style attribute in: {html}"
    );
    assert!(!html.contains("<style"), "<style> element in: {html}");
    assert!(!html.contains("<script"), "<script> element in: {html}");
}

fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::ZhHans => "zh-hans",
        Lang::ZhHant => "zh-hant",
        Lang::En => "en",
    }
}

#[test]
fn status_badges_have_a_distinct_icon_and_words_for_every_status() {
    let mut icons = Vec::new();
    for lang in Lang::ALL {
        let html = render(move || {
            Status::ALL
                .into_iter()
                .map(|s| view! { <StatusBadge status=s lang=lang /> })
                .collect_view()
        });
        csp_safe(&html);
        for s in Status::ALL {
            assert!(html.contains(&format!("data-status=\"{}\"", s.as_str())));
            assert!(html.contains(plan_gauge_ui::text::status_label(s, lang)));
        }
        snapshot(&format!("status_badge.{}", tag(lang)), &html);
        if lang == Lang::En {
            icons = Status::ALL
                .into_iter()
                .map(|s| render(move || view! { <StatusIcon status=s /> }))
                .collect();
        }
    }
    let mut unique = icons.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), icons.len(), "two statuses share an icon");
}

#[test]
fn radial_gauge_is_a_meter_with_its_words_visible() {
    let ind = common::indicator("hte");
    for lang in Lang::ALL {
        let (i, a) = (ind.clone(), common::assessment(Status::AtRisk));
        let html = render(move || view! { <RadialGauge assessment=a indicator=i lang=lang /> });
        csp_safe(&html);
        assert!(html.contains("role=\"meter\""));
        assert!(
            html.contains("aria-valuenow=\"74\""),
            "clamped, rounded percent: {html}"
        );
        assert!(html.contains("aria-valuemin=\"0\"") && html.contains("aria-valuemax=\"100\""));
        assert!(html.contains(&format!("lang=\"{}\"", lang.tag())));
        assert!(html.contains("stroke-dasharray=\"74.38 100\""), "{html}");
        let done = plan_gauge_ui::text::fill(
            lang.strings().ui_progress_of_way,
            &[("percent", &plan_gauge_core::format::percent(0.7438, lang))],
        );
        assert!(
            html.contains(&done),
            "visible progress words {done} in {html}"
        );
        snapshot(&format!("radial_gauge.{}", tag(lang)), &html);
    }
    // Without a progress share there is no meter, and the words say there is no data.
    let (i, a) = (ind.clone(), common::assessment(Status::NoData));
    let html = render(move || view! { <RadialGauge assessment=a indicator=i lang=Lang::En /> });
    assert!(!html.contains("role=\"meter\""));
    assert!(html.contains("aria-hidden=\"true\""));
    assert!(html.contains(plan_gauge_ui::text::status_label(Status::NoData, Lang::En)));
}

#[test]
fn overachievement_fills_the_gauge_but_says_the_real_share() {
    let mut a = common::assessment(Status::Achieved);
    a.progress_final = Some(1.25);
    let i = common::indicator("hte");
    let html = render(move || view! { <RadialGauge assessment=a indicator=i lang=Lang::En /> });
    assert!(html.contains("aria-valuenow=\"100\""));
    assert!(html.contains("stroke-dasharray=\"100 100\""));
    assert!(html.contains("125%"), "{html}");
}

#[test]
fn bullet_bar_places_actual_expected_and_target_marks() {
    let ind = common::indicator("hte");
    for lang in Lang::ALL {
        let (i, a) = (ind.clone(), common::assessment(Status::AtRisk));
        let html = render(move || view! { <BulletBar assessment=a indicator=i lang=lang /> });
        csp_safe(&html);
        // Scale ends at the target (nothing lies beyond it): fill at 74.38%, expected at 80%, target at 100%.
        assert!(tag_of(&html, "pg-bar-fill").contains("width=\"74.38%\""));
        assert!(tag_of(&html, "pg-bar-expected").contains("x1=\"80%\""));
        assert!(tag_of(&html, "pg-bar-target").contains("x1=\"100%\""));
        let t = lang.strings();
        for word in [t.ui_actual, t.ui_target, t.ui_expected, t.ui_baseline] {
            assert!(html.contains(word), "legend word {word}");
        }
        snapshot(&format!("bullet_bar.{}", tag(lang)), &html);
    }
}

#[test]
fn bullet_bar_scale_stretches_past_the_target_when_the_actual_is_beyond_it() {
    let mut a = common::assessment(Status::Achieved);
    a.progress_final = Some(1.2);
    let i = common::indicator("hte");
    let html = render(move || view! { <BulletBar assessment=a indicator=i /> });
    // 1.2 of the way on a scale ending at 1.2: fill 100%, target at 1/1.2 = 83.33%.
    assert!(tag_of(&html, "pg-bar-fill").contains("width=\"100%\""));
    assert!(tag_of(&html, "pg-bar-target").contains("x1=\"83.33%\""));
    assert!(
        tag_of(&html, "pg-bar-expected").contains("x1=\"66.67%\""),
        "0.8 / 1.2"
    );
}

#[test]
fn indicator_card_puts_the_headline_first_and_provenance_in_text() {
    let ind = common::indicator("hte");
    for lang in Lang::ALL {
        for gauge in [GaugeKind::Bar, GaugeKind::Radial] {
            let (i, a) = (ind.clone(), common::assessment(Status::AtRisk));
            let headline = plan_gauge_ui::text::headline(&a, &i, lang);
            let html = render(move || {
                view! { <IndicatorCard assessment=a indicator=i lang=lang gauge=gauge sample=true /> }
            });
            csp_safe(&html);
            let t = lang.strings();
            let head_at = html.find(&headline).expect("headline present");
            let gauge_at = html.find("<svg").expect("gauge present");
            assert!(head_at < gauge_at, "headline comes before the gauge");
            assert!(html.contains(t.sample_data));
            for word in [t.ui_source, t.ui_lead, t.ui_updated, t.ui_obs_provisional] {
                assert!(
                    html[gauge_at..].contains(word),
                    "{word} after the gauge in {html}"
                );
            }
            assert!(html.contains("区科技局") && html.contains("区统计局"));
            if gauge == GaugeKind::Bar {
                snapshot(&format!("indicator_card.{}", tag(lang)), &html);
            }
        }
    }
}

#[test]
fn every_status_renders_in_every_component_without_inline_style() {
    let ind = common::indicator("hte");
    for lang in Lang::ALL {
        for s in Status::ALL {
            let (i, a) = (ind.clone(), common::assessment(s));
            let html =
                render(move || view! { <IndicatorCard assessment=a indicator=i lang=lang /> });
            csp_safe(&html);
            assert!(html.contains(&format!("pg-card pg-status-{}", s.as_str())));
            assert!(html.contains(plan_gauge_ui::text::status_label(s, lang)));
        }
    }
}

#[test]
fn trend_chart_leaves_a_gap_for_missing_data_and_lists_every_value() {
    let ind = common::indicator("hte");
    for lang in Lang::ALL {
        let (i, a, o) = (
            ind.clone(),
            common::assessment(Status::AtRisk),
            common::observations(),
        );
        let html = render(
            move || view! { <TrendChart indicator=i observations=o assessment=a lang=lang /> },
        );
        csp_safe(&html);
        // 2021–2022 joined, the missing 2023 breaks the line, 2024 stands alone.
        assert_eq!(html.matches("class=\"pg-trend-line\"").count(), 2, "{html}");
        assert_eq!(html.matches("class=\"pg-trend-gap\"").count(), 1);
        assert_eq!(html.matches("pg-trend-dot-provisional").count(), 1);
        assert_eq!(html.matches("class=\"pg-trend-projection\"").count(), 1);
        assert!(html.contains("<caption>") && html.contains("scope=\"row\""));
        assert!(html.contains(lang.strings().ui_obs_missing));
        snapshot(&format!("trend_chart.{}", tag(lang)), &html);
    }
}

#[test]
fn data_table_has_a_caption_header_cells_and_one_row_per_target() {
    let plan = common::plan();
    let rows = plan_gauge_ui::plan_dashboard::pair(&plan, &common::plan_assessments());
    assert_eq!(rows.len(), 3);
    let html = render(move || view! { <DataTable rows=rows caption="指标".to_string() /> });
    csp_safe(&html);
    assert_eq!(html.matches("<th scope=\"row\"").count(), 3);
    assert_eq!(html.matches("<th scope=\"col\"").count(), 6);
    assert!(html.contains("tabindex=\"0\" role=\"region\""));
    snapshot("data_table.zh-hans", &html);
}

#[test]
fn plan_dashboard_counts_groups_by_section_and_offers_a_table() {
    for lang in Lang::ALL {
        let (p, a) = (common::plan(), common::plan_assessments());
        let html = render(
            move || view! { <PlanDashboard plan=p assessments=a lang=lang controls=false /> },
        );
        csp_safe(&html);
        let t = lang.strings();
        // Three statuses, one each.
        assert_eq!(html.matches("class=\"pg-count\"").count(), 3);
        // hte in 主要目标, rd (2.1) and lab (2) in 重点任务.
        assert_eq!(html.matches("class=\"pg-section\"").count(), 2);
        assert_eq!(html.matches("<details class=\"pg-row").count(), 3);
        assert!(html.contains(t.ui_show_table));
        assert!(!html.contains("<select"), "no controls in static HTML");
        // The core's roll-up of 二、重点任务 (rd in 2.1 and lab in 2): one off track, one no data.
        assert_eq!(html.matches("class=\"pg-section-counts\"").count(), 2);
        let off = format!(
            "{} {}",
            plan_gauge_ui::text::status_label(Status::OffTrack, lang),
            plan_gauge_ui::text::fill(t.ui_count, &[("count", "1")])
        );
        assert!(html.contains(&off), "{off} in {html}");
        snapshot(&format!("plan_dashboard.{}", tag(lang)), &html);
    }
    let (p, a) = (common::plan(), common::plan_assessments());
    let html = render(move || view! { <PlanDashboard plan=p assessments=a lang=Lang::En /> });
    assert_eq!(html.matches("<select").count(), 2);
    assert!(html.contains("Showing 3 of 3"), "{html}");
}

/// Lead agencies in the reader's language (the plan's `agencies`), else as written; the lead
/// filter's options are valued by their place, sorted by the name shown. The share target reads as the plan writes it.
#[test]
fn agencies_are_named_in_the_readers_language_and_targets_keep_their_precision() {
    let (p, a) = (common::plan(), common::plan_assessments());
    let html = render(move || view! { <PlanDashboard plan=p assessments=a lang=Lang::En /> });
    assert!(
        html.contains("<option value=\"0\">Demo District Development and Reform Bureau</option>"),
        "{html}"
    );
    assert!(
        html.contains("Demo District Development and Reform Bureau, Demo District Science and Technology Bureau"),
        "{html}"
    );
    assert!(!html.contains(">区科技局<"), "{html}");
    // No name in English for the issuer: shown as written.
    assert!(html.contains("示范区人民政府办公室"), "{html}");

    let rd = common::indicator("rd");
    let a = common::plan_assessments()
        .into_iter()
        .find(|a| a.indicator == "rd")
        .expect("rd is assessed");
    let agencies = common::plan().agencies;
    let (i, x, ag) = (rd.clone(), a.clone(), agencies.clone());
    let html = render(move || {
        view! { <IndicatorCard assessment=x indicator=i lang=Lang::ZhHant agencies=ag /> }
    });
    assert!(html.contains("區發改局、區科技局"), "{html}");
    assert!(html.contains("3.0%"), "{html}");
    // Without the plan's names, the card names the agencies as written.
    let html = render(move || view! { <IndicatorCard assessment=a indicator=rd lang=Lang::En /> });
    assert!(html.contains("区发改局, 区科技局"), "{html}");
}

#[test]
fn the_stylesheet_covers_every_theme_and_has_no_external_references() {
    // Light is the default on .pg-root; dark and large override it.
    for class in [".pg-root {", ".pg-theme-dark {", ".pg-theme-large {"] {
        assert!(STYLESHEET.contains(class), "{class}");
    }
    for var in [
        "--pg-accent",
        "--pg-font",
        "--pg-radius",
        "--pg-size",
        "--pg-status-on_track-color",
    ] {
        assert!(STYLESHEET.contains(var), "{var}");
    }
    assert!(STYLESHEET.contains("forced-colors") && STYLESHEET.contains("prefers-reduced-motion"));
    assert!(!STYLESHEET.contains("url(") && !STYLESHEET.contains("@import"));
    assert!(STYLESHEET
        .lines()
        .all(|l| l.trim().is_empty() || l.contains("pg-") || !l.trim_start().starts_with('.')));
}

#[test]
fn the_committed_gallery_is_up_to_date() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    for (path, want) in common::gallery::files() {
        let p = root.join(path);
        if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, &want).unwrap();
            continue;
        }
        let have = std::fs::read_to_string(&p).unwrap_or_default();
        assert!(
            have == want,
            "{path} is out of date: cargo run -p plan-gauge-ui --features ssr --example gallery"
        );
        csp_safe(&want.replace("<link rel=\"stylesheet\"", ""));
    }
}
