//! No data can reorder the widget's own text: every view, rendered with names, units, titles,
//! agencies, sources, notes and quotes that carry right-to-left overrides (U+202E, U+202B,
//! U+2067) and right-to-left letters, keeps each data string isolated (in a `<bdi>`, or between
//! FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE inside the core's sentences), lets no
//! override through, sets figures in `dir="ltr"` elements and gives each view's root
//! `dir="ltr"`.
#![cfg(feature = "ssr")]

mod common;

use plan_gauge_core::bidi::{is_bidi_control, is_rtl_char, FSI, PDI};
use plan_gauge_core::model::{Observation, Plan};
use plan_gauge_core::progress::Assessment;
use plan_gauge_core::Lang;
use plan_gauge_ui::{to_html, Theme, ViewName, Widget};

/// A data string that would reverse the text after it, in Arabic letters so that it shows
/// wherever it is set.
fn hostile(word: &str) -> String {
    format!("\u{202e}{word}\u{202b} 2025\u{2067}")
}

fn hostile_plan() -> (Plan, Vec<Assessment>, Vec<Observation>) {
    let mut plan = common::plan();
    plan.title = hostile("خطة");
    plan.i18n.clear();
    plan.issuer = hostile("مكتب");
    plan.doc_number = Some(hostile("رقم"));
    plan.agencies.clear();
    for s in &mut plan.sections {
        s.title = hostile("قسم");
        s.i18n.clear();
    }
    for ind in &mut plan.indicators {
        ind.name = hostile("مؤشر");
        ind.i18n.clear();
        ind.unit = hostile("وحدة");
        for t in &mut ind.targets {
            t.lead = vec![hostile("وزارة")];
            t.citation.quote = hostile("اقتباس");
        }
    }
    let mut assessments = common::plan_assessments();
    for a in &mut assessments {
        if let Some(l) = &mut a.latest {
            l.source = hostile("مصدر");
        }
    }
    let mut observations = common::observations();
    for o in &mut observations {
        o.note = Some(hostile("ملاحظة"));
    }
    (plan, assessments, observations)
}

/// Every view of the hostile plan, in every locale, with and without the dashboard's controls.
fn every_view() -> Vec<(String, String)> {
    let (plan, assessments, observations) = hostile_plan();
    let mut out = Vec::new();
    for lang in Lang::ALL {
        for view in ViewName::ALL {
            for a in &assessments {
                for controls in [true, false] {
                    let Some(ind) = plan.indicators.iter().find(|i| i.id == a.indicator) else {
                        continue;
                    };
                    let w = Widget {
                        view,
                        lang,
                        theme: Theme::Light,
                        plan: plan.clone(),
                        observations: observations.clone(),
                        sample: false,
                        assessments: assessments.clone(),
                        focus: (view != ViewName::Dashboard).then(|| (ind.clone(), a.clone())),
                        controls,
                        trends: true,
                    };
                    let name = format!("{view} {} {} controls={controls}", lang.tag(), a.indicator);
                    out.push((name, to_html(w)));
                }
            }
        }
    }
    out
}

/// An element open at some point of the markup: its name and whether it isolates its content
/// (`<bdi>`), or sets it left to right (`dir="ltr"`).
struct Open {
    name: String,
    bdi: bool,
    ltr: bool,
}

const VOID: [&str; 6] = ["br", "img", "input", "meta", "link", "hr"];
/// Attributes whose text a reader meets (read aloud or shown).
const SHOWN_ATTRS: [&str; 4] = ["aria-label=\"", "aria-valuetext=\"", "title=\"", "alt=\""];

/// Walks the markup; for each character of text calls `f(char, open elements, open isolates)`,
/// and checks the shown attributes of every tag.
fn walk(html: &str, name: &str, mut f: impl FnMut(char, &[Open], usize)) {
    let mut stack: Vec<Open> = Vec::new();
    let mut isolates = 0usize;
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let end = rest.find('>').expect("tags close");
            let tag = &rest[1..end];
            rest = &rest[end + 1..];
            if tag.starts_with('!') {
                continue;
            }
            for attr in SHOWN_ATTRS {
                if let Some(at) = tag.find(attr) {
                    let value = &tag[at + attr.len()..];
                    let value = &value[..value.find('"').unwrap_or(value.len())];
                    assert!(
                        !value.chars().any(is_bidi_control),
                        "{name}: a bidirectional control in {attr}…\" of <{tag}>"
                    );
                }
            }
            if let Some(closing) = tag.strip_prefix('/') {
                if let Some(at) = stack.iter().rposition(|o| o.name == closing) {
                    stack.truncate(at);
                }
                continue;
            }
            let tag_name: String = tag
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if VOID.contains(&tag_name.as_str()) || tag.ends_with('/') {
                continue;
            }
            stack.push(Open {
                bdi: tag_name == "bdi",
                ltr: tag.contains("dir=\"ltr\"") || tag.contains("direction=\"ltr\""),
                name: tag_name,
            });
            continue;
        }
        rest = &rest[c.len_utf8()..];
        match c {
            FSI => isolates += 1,
            PDI => isolates = isolates.saturating_sub(1),
            _ => f(c, &stack, isolates),
        }
    }
}

#[test]
fn no_override_in_data_reaches_any_view() {
    for (name, html) in every_view() {
        let stray: Vec<char> = html
            .chars()
            .filter(|c| is_bidi_control(*c) && *c != FSI && *c != PDI)
            .collect();
        let at = html
            .find(|c: char| is_bidi_control(c) && c != FSI && c != PDI)
            .unwrap_or(0);
        assert!(
            stray.is_empty(),
            "{name}: {stray:?} at …{}",
            &html[html.floor_char_boundary(at.saturating_sub(200))..at]
        );
        assert_eq!(
            html.matches(FSI).count(),
            html.matches(PDI).count(),
            "{name}: every isolate is closed"
        );
    }
}

#[test]
fn every_data_string_is_isolated_in_every_view() {
    for (name, html) in every_view() {
        let mut letters = 0;
        walk(&html, &name, |c, open, isolates| {
            if is_rtl_char(c) {
                letters += 1;
                assert!(
                    isolates > 0 || open.iter().any(|o| o.bdi),
                    "{name}: {c:?} of a data string outside any <bdi> or isolate in {html}"
                );
            }
        });
        assert!(letters > 0, "{name} shows some data");
    }
}

#[test]
fn every_view_is_left_to_right_at_its_root() {
    for (name, html) in every_view() {
        let root = &html[..html.find('>').unwrap_or(0)];
        assert!(root.contains("dir=\"ltr\""), "{name}: {root}");
    }
}

/// The widget's figures (values, targets, dates, periods, counts) stand in `dir="ltr"`
/// elements of their own, inside the root, so data next to them cannot carry them along.
#[test]
fn figures_sit_in_left_to_right_elements() {
    let figures = ["612", "685", "2024", "2025", "%"];
    let mut seen = 0;
    for (name, html) in every_view() {
        let mut text = String::new();
        let mut last_depth = 0;
        walk(&html, &name, |c, open, isolates| {
            // A figure in a list item, a cell, a legend or a summary of the widget's own
            // sentences: the nearest element that sets a direction, below the root, says ltr.
            if open.len() != last_depth {
                text.clear();
                last_depth = open.len();
            }
            text.push(c);
            if figures.iter().any(|f| text.ends_with(f)) {
                let in_sentence = open
                    .iter()
                    .any(|o| o.name == "p" || o.name == "figcaption" || o.name == "td" && !o.ltr);
                let in_ltr = open.iter().skip(1).any(|o| o.ltr);
                let in_data = isolates > 0 || open.iter().any(|o| o.bdi);
                if !in_sentence && !in_data {
                    seen += 1;
                    assert!(
                        in_ltr,
                        "{name}: figure …{text} outside a dir=\"ltr\" element in {html}"
                    );
                }
            }
        });
    }
    assert!(
        seen > 100,
        "the views show figures outside sentences: {seen}"
    );
}
