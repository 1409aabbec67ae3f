//! plan-gauge-author: the authoring page's (`www/author.html`) own wasm module. It exports the
//! drafter and the core's checks as JSON in, JSON out, and nothing else: the page shows the draft,
//! lets an editor accept and fix each target, and validates the plan it is about to download with
//! the same rules as `plan-gauge check`. It is not part of the embed bundle.
//!
//! Invariants: no panics on any input (bad JSON is a problem in the answer), no I/O.

use plan_gauge_core::validate::{self, Problem};
use plan_gauge_core::Lang;
use serde::Serialize;
use wasm_bindgen::prelude::wasm_bindgen;

/// The draft of `text` as JSON: `{"plan": …, "targets": [{quote, span, confidence, flags, …}]}`
/// (`plan_gauge_draft::Draft`). Spans count both chars (code points) and UTF-8 bytes.
/// `issued_year` is the year the text was issued or published (今年 and 明年 count from it where
/// the text states no date; a year outside 1949–2100 counts as none); `direction_only` also drafts
/// aims that state only a direction (`plan_gauge_draft::DraftOptions`).
#[wasm_bindgen]
pub fn draft_json(text: &str, issued_year: Option<i32>, direction_only: bool) -> String {
    let options = plan_gauge_draft::DraftOptions {
        issued_year,
        direction_only,
    };
    let draft = plan_gauge_draft::draft_with(text, &options);
    serde_json::to_string(&draft).unwrap_or_else(|e| error_json(&e.to_string()))
}

/// What an editor selected in `text`, the code points `start..end`, read as targets, as JSON:
/// `{"sections": […], "found": [{"target": …, "indicator": …}]}`
/// (`plan_gauge_draft::read_selection`; the options as for [`draft_json`]).
#[wasm_bindgen]
pub fn selection_json(
    text: &str,
    issued_year: Option<i32>,
    direction_only: bool,
    start: usize,
    end: usize,
) -> String {
    let options = plan_gauge_draft::DraftOptions {
        issued_year,
        direction_only,
    };
    let read = plan_gauge_draft::read_selection(text, &options, start, end);
    serde_json::to_string(&read).unwrap_or_else(|e| error_json(&e.to_string()))
}

/// The confidence below which a drafted target goes to the editor's review
/// (`plan_gauge_draft::confidence::REVIEW_BELOW`; a flagged target goes too), as `plan-gauge draft`
/// counts them.
#[wasm_bindgen]
pub fn review_below() -> f32 {
    plan_gauge_draft::confidence::REVIEW_BELOW
}

/// The year a saved web page says it was published (`<meta name="PubDate">` …), as
/// `plan-gauge draft` takes it for a `.html` file (`plan_gauge_draft::document::html_published_year`).
#[wasm_bindgen]
pub fn html_published_year(html: &str) -> Option<i32> {
    plan_gauge_draft::document::html_published_year(html)
}

/// The text of the article of a web page saved from a government site, as `plan-gauge draft`
/// reads `.html` files (`plan_gauge_draft::document::html_to_text`).
#[wasm_bindgen]
pub fn html_text(html: &str) -> String {
    plan_gauge_draft::document::html_to_text(html)
}

/// One problem of a plan, with its message in zh-Hans and English and in the language asked for.
#[derive(Debug, Serialize)]
pub struct Message {
    /// `error` or `warning`.
    pub severity: &'static str,
    /// Where: `indicators[3].targets[0].milestones[0].value`.
    pub path: String,
    /// The stable code (`unit_missing` …).
    pub code: &'static str,
    pub zh: String,
    pub en: String,
    /// The message in the language asked for.
    pub message: String,
}

fn message(p: &Problem, lang: Lang) -> Message {
    Message {
        severity: if p.is_error() { "error" } else { "warning" },
        path: p.path.clone(),
        code: p.code.as_str(),
        zh: p.message(Lang::ZhHans),
        en: p.message(Lang::En),
        message: p.message(lang),
    }
}

/// The problems `plan-gauge check` would report for `plan_json`, as a JSON array of
/// [`Message`]s (empty: the plan is clean). `lang` is a tag (`zh-Hans`, `zh-Hant`, `en`);
/// an unknown tag means zh-Hans.
#[wasm_bindgen]
pub fn check_json(plan_json: &str, lang: &str) -> String {
    let lang = Lang::parse(lang).unwrap_or(Lang::ZhHans);
    let problems = match validate::parse_plan(plan_json) {
        Ok(plan) => validate::validate_plan(&plan),
        Err(problems) => problems,
    };
    let out: Vec<Message> = problems.iter().map(|p| message(p, lang)).collect();
    serde_json::to_string(&out).unwrap_or_else(|e| error_json(&e.to_string()))
}

/// An answer that says the module could not write its JSON (never expected).
fn error_json(why: &str) -> String {
    let why: String = why.chars().filter(|c| *c != '"' && *c != '\\').collect();
    format!("{{\"error\":\"{why}\"}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_round_trips_and_checks_clean() {
        let text = include_str!("../../../seeds/zhenhai-2022.source.txt");
        let d: serde_json::Value =
            serde_json::from_str(&draft_json(text, None, false)).expect("JSON");
        assert!(d["targets"].as_array().is_some_and(|t| t.len() > 10));
        let plan = d["plan"].to_string();
        let problems: serde_json::Value =
            serde_json::from_str(&check_json(&plan, "en")).expect("JSON");
        let errors: Vec<_> = problems
            .as_array()
            .expect("array")
            .iter()
            .filter(|p| p["severity"] == "error")
            .collect();
        assert!(errors.is_empty(), "{problems}");
    }

    /// The years of the drafted milestones.
    fn years(json: &str) -> Vec<i64> {
        let d: serde_json::Value = serde_json::from_str(json).expect("JSON");
        d["targets"]
            .as_array()
            .expect("targets")
            .iter()
            .map(|t| t["milestone"]["year"].as_i64().unwrap_or_default())
            .collect()
    }

    #[test]
    fn the_year_of_issue_dates_this_year_and_direction_only_aims_are_asked_for() {
        let news = "今年，全市城镇新增就业1.2万人以上。";
        assert_eq!(years(&draft_json(news, Some(2019), false)), [2019]);
        assert_eq!(years(&draft_json(news, Some(2031), false)), [2031]);
        // A year no plan can have counts as none, as no year given does.
        let unknown = years(&draft_json(news, None, false));
        assert_eq!(years(&draft_json(news, Some(-5), false)), unknown);
        assert_eq!(years(&draft_json(news, Some(i32::MAX), false)), unknown);

        let aim = "到2025年，森林覆盖率稳步提升。";
        assert!(years(&draft_json(aim, None, false)).is_empty());
        let d: serde_json::Value =
            serde_json::from_str(&draft_json(aim, None, true)).expect("JSON");
        assert_eq!(d["targets"][0]["flags"][0], "direction_only");
        assert!(d["targets"][0]["milestone"]["value"].is_null());

        let page = r#"<head><meta name="PubDate" content="2022-03-04 09:00"></head>"#;
        assert_eq!(html_published_year(page), Some(2022));
        assert_eq!(html_published_year("<p>2022年</p>"), None);
    }

    #[test]
    fn bad_json_is_a_problem_in_both_languages() {
        let problems: serde_json::Value =
            serde_json::from_str(&check_json("{not json", "zh-Hans")).expect("JSON");
        let first = &problems[0];
        assert_eq!(first["severity"], "error");
        assert!(first["zh"].as_str().is_some_and(|s| !s.is_empty()));
        assert!(first["en"].as_str().is_some_and(|s| !s.is_empty()));
        assert_eq!(first["message"], first["zh"]);
    }
}
