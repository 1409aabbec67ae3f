//! The method page (`method.html`): how progress and status are computed, for citizens: the
//! statuses, each method's thresholds (from the core's constants) and the core's own method
//! paragraphs in Chinese and English.

use super::frame::document;
use super::html::{both, esc, fill};
use super::words::{word, Pair};
use leptos::prelude::*;
use plan_gauge_core::explain;
use plan_gauge_core::model::MethodName;
use plan_gauge_core::progress::opensdg::OpensdgThresholds;
use plan_gauge_core::progress::pace::PaceThresholds;
use plan_gauge_core::progress::Status;
use plan_gauge_core::{format, Lang};
use plan_gauge_ui::{render_html, StatusBadge};
use std::fmt::Write as _;

/// `0.95` → `95%`.
pub fn pct(v: f64) -> String {
    format!("{}%", format::number(v * 100.0, Lang::En))
}

/// `0.6` → `0.60`.
pub fn two(v: f64) -> String {
    format!("{v:.2}")
}

/// `中文 <span lang="en">English</span>`: both languages inside one element.
fn zh_en(zh: &str, en: &str) -> String {
    format!("{} <span lang=\"en\">{}</span>", esc(zh), esc(en))
}

fn pair_zh_en(p: Pair) -> String {
    zh_en(p.0, p.1)
}

fn status_both(s: Status) -> String {
    zh_en(
        explain::status_label(s, Lang::ZhHans),
        explain::status_label(s, Lang::En),
    )
}

/// The method page.
pub fn method_page() -> String {
    let pace = PaceThresholds::DEFAULT;
    let sdg = OpensdgThresholds::DEFAULT;
    let (zh, en) = (Lang::ZhHans, Lang::En);
    let mut h = String::from("\n");
    let _ = write!(
        h,
        "<h1>{}</h1>\n<p>{}</p>\n<p class=\"en\" lang=\"en\">{}</p>\n",
        both(word(|s| s.method_h1), zh),
        esc(word(|s| s.method_intro).0),
        esc(word(|s| s.method_intro).1),
    );

    // Statuses.
    let _ = write!(
        h,
        "<h2 id=\"statuses\">{}</h2>\n<p>{}</p>\n<ul class=\"status-list\">\n",
        both(word(|s| s.statuses_h), zh),
        pair_zh_en(word(|s| s.statuses_note)),
    );
    for s in Status::ALL {
        let badge = render_html(move || view! { <StatusBadge status=s lang=zh /> });
        let _ = writeln!(
            h,
            "<li><span class=\"pg-root pg-theme-light status-sample\">{badge}</span> <span lang=\"en\">{}</span></li>",
            esc(explain::status_label(s, en))
        );
    }
    h.push_str("</ul>\n");

    // Expected by now.
    let expected = |lang: Lang, template: &str| {
        fill(template, &[("expected", &esc(lang.strings().ui_expected))])
    };
    let _ = write!(
        h,
        "<h2 id=\"expected\">{} <span class=\"en\" lang=\"en\">{}</span></h2>\n<p>{}</p>\n<p class=\"en\" lang=\"en\">{}</p>\n",
        expected(zh, word(|s| s.expected_h).0),
        expected(en, word(|s| s.expected_h).1),
        expected(zh, word(|s| s.expected_text).0),
        expected(en, word(|s| s.expected_text).1),
    );

    // Thresholds.
    let too_early = |template: &str| fill(template, &[("share", &pct(pace.min_elapsed))]);
    let _ = write!(
        h,
        "<h2 id=\"thresholds\">{}</h2>\n\
         <div class=\"scroll\" role=\"region\" aria-labelledby=\"pace-caption\" tabindex=\"0\">\n<table>\n\
         <caption id=\"pace-caption\">{}</caption>\n\
         <thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n\
         <tr><td>≥ {}</td><td>{}</td></tr>\n<tr><td>≥ {}</td><td>{}</td></tr>\n<tr><td>&lt; {}</td><td>{}</td></tr>\n\
         <tr><td>{} <span lang=\"en\">{}</span></td><td>{}</td></tr>\n\
         </tbody>\n</table>\n</div>\n",
        both(word(|s| s.thresholds_h), zh),
        zh_en(
            explain::method_name(MethodName::Pace, zh),
            explain::method_name(MethodName::Pace, en)
        ),
        pair_zh_en(word(|s| s.pace_ratio)),
        pair_zh_en(word(|s| s.status_col)),
        two(pace.on_track),
        status_both(Status::OnTrack),
        two(pace.at_risk),
        status_both(Status::AtRisk),
        two(pace.at_risk),
        status_both(Status::OffTrack),
        too_early(word(|s| s.too_early).0),
        too_early(word(|s| s.too_early).1),
        status_both(Status::TooEarly),
    );
    let _ = write!(
        h,
        "<div class=\"scroll\" role=\"region\" aria-labelledby=\"sdg-caption\" tabindex=\"0\">\n<table>\n\
         <caption id=\"sdg-caption\">{}</caption>\n\
         <thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n\
         <tr><td>≥ {}</td><td>≥ {}</td><td>{}</td></tr>\n\
         <tr><td>{} – {}</td><td>{} – {}</td><td>{}</td></tr>\n\
         <tr><td>{} – {}</td><td>{} – {}</td><td>{}</td></tr>\n\
         <tr><td>&lt; {}</td><td>&lt; {}</td><td>{}</td></tr>\n\
         </tbody>\n</table>\n</div>\n",
        zh_en(
            explain::method_name(MethodName::Opensdg, zh),
            explain::method_name(MethodName::Opensdg, en)
        ),
        pair_zh_en(word(|s| s.sdg_with_target)),
        pair_zh_en(word(|s| s.sdg_without_target)),
        pair_zh_en(word(|s| s.status_col)),
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
    let data = |lang: Lang, template: &str| {
        let t = lang.strings();
        fill(
            template,
            &[
                ("no_data", &esc(explain::status_label(Status::NoData, lang))),
                ("provisional", &esc(t.ui_obs_provisional)),
                ("estimated", &esc(t.ui_obs_estimated)),
                ("revised", &esc(t.ui_obs_revised)),
                ("break", &esc(t.ui_obs_break)),
            ],
        )
    };
    let _ = write!(
        h,
        "<h2 id=\"data\">{}</h2>\n<p>{}</p>\n<p class=\"en\" lang=\"en\">{}</p>\n",
        both(word(|s| s.data_h), zh),
        data(zh, word(|s| s.data_text).0),
        data(en, word(|s| s.data_text).1),
    );

    // The core's method paragraphs.
    for (lang, id, heading) in [
        (zh, "rules-zh", word(|s| s.rules_h).0),
        (en, "rules-en", word(|s| s.rules_h).1),
    ] {
        let _ = writeln!(
            h,
            "<section aria-labelledby=\"{id}\" lang=\"{}\">\n<h2 id=\"{id}\">{}</h2>",
            lang.tag(),
            esc(heading)
        );
        for paragraph in explain::method_text(lang) {
            let _ = writeln!(h, "<p>{}</p>", esc(paragraph));
        }
        h.push_str("</section>\n");
    }
    let title = format!(
        "{} · {} · plan-gauge",
        word(|s| s.method_title).0,
        word(|s| s.method_title).1
    );
    document(title, zh, "", "method.html", false, h)
}
