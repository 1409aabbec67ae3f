//! Reading and checking plan-gauge files.
//!
//! Every problem is a [`Problem`] value: where it is (a path such as `indicators[3].targets[0]
//! .milestones[1].value`, or `line 5 › value` in CSV), a stable [`Code`], and the facts needed to
//! write the message in any locale ([`Problem::message`]). Nothing here panics, whatever the input.

use crate::i18n::Lang;
use serde::Serialize;

/// How serious a problem is. Errors make `plan-gauge check` fail; warnings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

pub use crate::i18n::Code;

/// One problem found in a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    /// Where: `indicators[3].targets[0].value`, `observations[12].period`, `line 5 › value`.
    pub path: String,
    pub code: Code,
    /// The facts the message is made of, by name (`{value}`, `{kind}` …).
    pub params: Vec<(&'static str, String)>,
}

/// A value written into a message: text, integers, and numbers as [`crate::format::shortest`]
/// writes them (not core's float formatting, whose tables would weigh on the widget).
pub trait Fact {
    fn fact(self) -> String;
}

impl Fact for f64 {
    fn fact(self) -> String {
        crate::format::shortest(self)
    }
}

macro_rules! fact_by_display {
    ($($t:ty),*) => {$(
        impl Fact for $t {
            fn fact(self) -> String {
                self.to_string()
            }
        }
    )*};
}

fact_by_display!(&str, String, &String, char, u8, u16, u32, u64, usize, i32, i64);

impl Problem {
    pub fn error(path: impl Into<String>, code: Code) -> Problem {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            code,
            params: Vec::new(),
        }
    }

    pub fn warning(path: impl Into<String>, code: Code) -> Problem {
        Problem {
            severity: Severity::Warning,
            path: path.into(),
            code,
            params: Vec::new(),
        }
    }

    /// Adds a fact for the message's `{name}`.
    pub fn with(mut self, name: &'static str, value: impl Fact) -> Problem {
        self.params.push((name, value.fact()));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message in `lang`, with the facts filled in.
    pub fn message(&self, lang: Lang) -> String {
        let facts: Vec<(&str, &str)> = self
            .params
            .iter()
            .map(|(name, value)| (*name, value.as_str()))
            .collect();
        crate::i18n::fill(self.code.template(lang), &facts)
    }
}

/// True when none of the problems is an error.
pub fn is_clean(problems: &[Problem]) -> bool {
    !problems.iter().any(Problem::is_error)
}

mod csv;
mod encoding;
mod json;
mod observations;
mod plan;
#[cfg(test)]
mod tests;
mod tree;

pub use csv::{
    column_name, csv_field, observation_template, observations_to_csv, parse_number,
    parse_observation_rows, parse_observations_csv, rows_to_csv, CSV_COLUMNS, CSV_OPTIONAL_COLUMNS,
};
pub use encoding::{decode_text, sniff_encoding, TextEncoding};
pub use json::{check_depth, json_depth, parse_observations_json, parse_plan, MAX_JSON_DEPTH};
pub use observations::{
    check_observations, is_csv, read_observations, validate_observation_set, validate_observations,
    ObservationsFile, PathStyle,
};
pub use plan::validate_plan;
pub use tree::{read_indicator, read_observation_set, read_plan, read_plan_deferred, Shape, Tree};

/// True for an absolute `http` or `https` address without spaces or control characters: the only
/// links data may carry, so no page built from data can run a `javascript:` link.
pub fn is_web_url(url: &str) -> bool {
    let lower = url
        .get(..8)
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return false;
    };
    !rest.is_empty()
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || is_bidi_control(c))
}

pub use crate::bidi::is_bidi_control;

/// The text without the byte-order mark that some editors write at the start.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

// ---------------------------------------------------------------------------------------------
// Checking

/// A warning for each text in `value` (a plan or an observation set) that holds a bidirectional
/// control character, such as a right-to-left override pasted with a name: it could reverse the
/// figures shown beside it, so everything that displays data drops it ([`crate::bidi`]), and the
/// editor is told where it is. Paths as in the JSON file.
pub fn invisible_controls<T: Serialize>(value: &T) -> Vec<Problem> {
    fn walk(v: &serde_json::Value, path: &mut String, out: &mut Vec<Problem>) {
        match v {
            serde_json::Value::String(s) => {
                if let Some(c) = s.chars().find(|c| is_bidi_control(*c)) {
                    out.push(
                        Problem::warning(path.clone(), Code::BidiControl)
                            .with("value", format!("U+{:04X}", u32::from(c))),
                    );
                }
            }
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    path.push_str(&format!("[{i}]"));
                    walk(item, path, out);
                    path.truncate(len);
                }
            }
            serde_json::Value::Object(fields) => {
                for (k, item) in fields {
                    let len = path.len();
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(k);
                    // A key is shown too (agency names are keys).
                    walk(&serde_json::Value::String(k.clone()), path, out);
                    walk(item, path, out);
                    path.truncate(len);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    if let Ok(tree) = serde_json::to_value(value) {
        walk(&tree, &mut String::new(), &mut out);
    }
    out
}

/// Parses and checks a plan file; all problems, or none.
pub fn check_plan_json(json: &str) -> Vec<Problem> {
    match parse_plan(json) {
        Ok(plan) => validate_plan(&plan),
        Err(p) => p,
    }
}

/// Parses and checks an observations JSON file on its own (without its plan).
pub fn check_observations_json(json: &str) -> Vec<Problem> {
    match parse_observations_json(json) {
        Ok(set) => validate_observation_set(&set, None),
        Err(p) => p,
    }
}

/// Parses and checks an observations CSV file on its own (without its plan).
pub fn check_observations_csv(text: &str) -> Vec<Problem> {
    match parse_observations_csv(text) {
        Ok(obs) => validate_observations(&obs, None, &PathStyle::Csv),
        Err(p) => p,
    }
}
