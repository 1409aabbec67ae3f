//! Reading plan and observation files written as JSON, with the path and line of any problem.

use super::{strip_bom, Code, Problem};
use crate::model::{ObservationSet, Plan};
use serde::de::DeserializeOwned;

/// Parses a plan file. Syntax and shape errors come back with their path and line.
pub fn parse_plan(json: &str) -> Result<Plan, Vec<Problem>> {
    parse_json(json)
}

/// Parses an observations file in JSON.
pub fn parse_observations_json(json: &str) -> Result<ObservationSet, Vec<Problem>> {
    parse_json(json)
}

fn parse_json<T: DeserializeOwned>(json: &str) -> Result<T, Vec<Problem>> {
    let json = strip_bom(json);
    check_depth(json).map_err(|p| vec![p])?;
    let mut de = serde_json::Deserializer::from_str(json);
    let parsed: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    let value = match parsed {
        Ok(v) => v,
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let code = if inner.is_syntax() || inner.is_eof() {
                Code::JsonSyntax
            } else {
                Code::JsonShape
            };
            let path = if path == "." || code == Code::JsonSyntax {
                String::new()
            } else {
                path
            };
            return Err(vec![Problem::error(path, code)
                .with("line", inner.line())
                .with("column", inner.column())
                .with("detail", strip_position(&inner.to_string()))]);
        }
    };
    match de.end() {
        Ok(()) => Ok(value),
        Err(e) => Err(vec![Problem::error("", Code::JsonSyntax)
            .with("line", e.line())
            .with("column", e.column())
            .with("detail", strip_position(&e.to_string()))]),
    }
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// The deepest nesting of arrays and objects in a JSON text (strings and escapes are skipped).
/// A plan nests about seven levels; readers that recurse refuse texts deeper than
/// [`MAX_JSON_DEPTH`] before parsing, so a hostile file cannot exhaust the stack.
pub fn json_depth(text: &str) -> usize {
    let (mut depth, mut deepest, mut in_string, mut escaped) = (0usize, 0usize, false, false);
    for b in text.bytes() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// The deepest nesting plan-gauge reads: far above any real plan, far below a stack's limit.
pub const MAX_JSON_DEPTH: usize = 64;

/// A [`Code::TooDeep`] problem when `text` nests deeper than [`MAX_JSON_DEPTH`].
pub fn check_depth(text: &str) -> Result<(), Problem> {
    let depth = json_depth(text);
    if depth > MAX_JSON_DEPTH {
        Err(Problem::error("", Code::TooDeep)
            .with("depth", depth)
            .with("max", MAX_JSON_DEPTH))
    } else {
        Ok(())
    }
}
