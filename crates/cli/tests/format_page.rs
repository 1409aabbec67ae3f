//! `www/format.html` cannot drift from the code: every kind, status, comparator, validation code
//! and schema field appears on it, and its examples parse, validate and print what the page says.

use plan_gauge_core::model::{Comparator, Indicator, Kind, ObsStatus, ObservationSet, Plan};
use plan_gauge_core::validate::{self, Code};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn page() -> String {
    std::fs::read_to_string(root().join("www/format.html")).expect("www/format.html exists")
}

fn schema() -> Value {
    let text = std::fs::read_to_string(root().join("www/schema/plan-gauge-1.schema.json"))
        .expect("the committed schema exists");
    serde_json::from_str(&text).expect("the schema is JSON")
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The text from the element whose start tag contains `marker` to its matching end tag, with
/// nested elements of the same name cut out.
fn element(page: &str, marker: &str, tag: &str) -> String {
    let Some(at) = page.find(marker) else {
        panic!("format.html has no {marker}");
    };
    let start = page[..at].rfind(&format!("<{tag}")).expect("start tag");
    let (open, close) = (format!("<{tag}"), format!("</{tag}>"));
    let mut out = String::new();
    let mut depth = 0;
    let mut i = start;
    while i < page.len() {
        let rest = &page[i..];
        if rest.starts_with(&open) {
            depth += 1;
        } else if rest.starts_with(&close) {
            depth -= 1;
            if depth == 0 {
                return out;
            }
        }
        let ch = rest.chars().next().expect("not at the end");
        if depth == 1 {
            out.push(ch);
        }
        i += ch.len_utf8();
    }
    panic!("{marker}: no closing </{tag}>");
}

/// The `<pre id=…><code>…</code></pre>` block's text.
fn pre_block(page: &str, id: &str) -> String {
    let text = element(page, &format!("id=\"{id}\""), "pre");
    let code = text
        .split_once("<code>")
        .map(|(_, c)| c.trim_end_matches("</code>"))
        .unwrap_or_default();
    unescape(code)
}

/// Every validation code, from the list that declares them (`Code::ALL`), so it cannot fall
/// behind `Code`.
fn all_codes() -> Vec<Code> {
    Code::all().collect()
}

#[test]
fn every_kind_has_its_section_and_an_example() {
    let page = page();
    for kind in Kind::ALL {
        let name = kind.as_str();
        assert!(
            page.contains(&format!("id=\"kind-{name}\"")),
            "format.html has no section for kind {name}"
        );
        assert!(page.contains(&format!("<code>{name}</code>")), "{name}");
        assert_eq!(
            page.matches(&format!("data-kind=\"{name}\"")).count(),
            1,
            "kind {name} needs exactly one example"
        );
    }
}

#[test]
fn every_status_is_listed_with_its_sdmx_code() {
    let page = page();
    for status in ObsStatus::ALL {
        let name = status.as_str();
        let row = element(&page, &format!("id=\"status-{name}\""), "tr");
        assert!(
            row.contains(&format!(
                "<td><code>{name}</code></td><td><code>{}</code>",
                status.code()
            )),
            "status {name} row lacks its SDMX code {}: {row}",
            status.code()
        );
    }
}

#[test]
fn every_comparator_is_listed() {
    let page = page();
    let table = element(&page, "id=\"cap-cmp\"", "table");
    use Comparator as C;
    for cmp in [C::Ge, C::Gt, C::Le, C::Lt, C::Approx, C::Range] {
        let value = serde_json::to_value(cmp).expect("serializes");
        let text = value.as_str().expect("a string");
        assert!(
            table.contains(&format!("<tr><td><code>{}</code></td>", escape(text))),
            "comparator {text} is not in the table"
        );
    }
}

#[test]
fn every_validation_code_has_a_row_and_no_row_is_stale() {
    let page = page();
    let codes = all_codes();
    assert!(
        codes.len() >= 38,
        "the 38 codes of plan-gauge/1 are all declared"
    );
    let mut names = BTreeSet::new();
    for code in codes {
        let name = code.as_str();
        assert_ne!(name, "unknown", "{code:?} has no name");
        assert_eq!(serde_json::to_value(code).ok(), Some(json!(name)));
        let row = element(&page, &format!("id=\"code-{name}\""), "tr");
        assert!(row.contains(&format!("<code>{name}</code>")), "{row}");
        assert!(
            row.matches("<td").count() == 3,
            "code {name}: needs code, zh and en cells: {row}"
        );
        names.insert(name);
    }
    let on_page: BTreeSet<&str> = page
        .split("<tr id=\"code-")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .collect();
    assert_eq!(on_page, names, "rows on the page vs the declared codes");
}

#[test]
fn every_schema_field_is_documented_and_no_documented_field_is_stale() {
    let page = page();
    let schema = schema();
    let defs = schema["$defs"].as_object().expect("$defs");
    let mut documented = 0;
    for (name, def) in defs {
        let Some(props) = def["properties"].as_object() else {
            continue;
        };
        let list = element(&page, &format!("id=\"fields-{name}\""), "dl");
        let listed: BTreeSet<&str> = list
            .split("<dt><code>")
            .skip(1)
            .filter_map(|s| s.split("</code>").next())
            .collect();
        let fields: BTreeSet<&str> = props.keys().map(String::as_str).collect();
        assert_eq!(listed, fields, "format.html fields of {name} vs the schema");
        documented += 1;
    }
    assert_eq!(documented, 12);
}

#[test]
fn kind_examples_parse_and_validate() {
    let page = page();
    let mut indicators = Vec::new();
    for kind in Kind::ALL {
        let marker = format!("data-kind=\"{}\"", kind.as_str());
        let text = element(&page, &marker, "pre");
        let code = text.split_once("<code>").map(|(_, c)| c).unwrap_or("");
        let code = unescape(code.trim_end_matches("</code>"));
        let ind: Indicator = serde_json::from_str(&code)
            .unwrap_or_else(|e| panic!("{} example does not parse: {e}\n{code}", kind.as_str()));
        assert_eq!(ind.kind, kind);
        indicators.push(serde_json::to_value(ind).expect("serializes"));
    }
    // Wrap the examples in a plan whose outline has every section they cite, and check it.
    let mut sections = BTreeSet::new();
    for ind in &indicators {
        sections.extend(ind["section"].as_str().map(String::from));
        for t in ind["targets"].as_array().into_iter().flatten() {
            sections.extend(t["citation"]["section"].as_str().map(String::from));
        }
    }
    let sections: Vec<Value> = sections
        .iter()
        .map(|id| json!({"id": id, "label": id, "title": id}))
        .collect();
    let plan = json!({
        "format": "plan-gauge/1", "id": "format-page", "title": "示例", "issuer": "示例",
        "period": {"start": 2020, "end": 2027}, "locale": "zh-Hans",
        "sections": sections, "indicators": indicators,
    });
    let plan: Plan = serde_json::from_value(plan).expect("the wrapper plan parses");
    let problems = validate::validate_plan(&plan);
    assert!(problems.is_empty(), "{problems:?}");
}

fn run_check(dir: &Path, files: &[&str]) -> (Option<i32>, String) {
    let plan = root().join("seeds/zhenhai-2022.plan.json");
    let out = Command::new(env!("CARGO_BIN_EXE_plan-gauge"))
        .current_dir(dir)
        .arg("check")
        .arg(plan)
        .args(files)
        .output()
        .expect("plan-gauge runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

#[test]
fn observation_examples_pass_the_check() {
    let page = page();
    let json_example = pre_block(&page, "observations-example");
    let set: ObservationSet = serde_json::from_str(&json_example).expect("JSON example parses");
    assert!(set.sample, "the example must be marked as sample data");
    let dir = scratch("format-page-examples");
    std::fs::write(dir.join("example.json"), &json_example).expect("write");
    std::fs::write(dir.join("example.csv"), pre_block(&page, "csv-example")).expect("write");
    let (code, out) = run_check(&dir, &["example.json", "example.csv"]);
    assert_eq!(code, Some(0), "{out}");
    assert!(out.contains("0 errors, 0 warnings"), "{out}");
}

#[test]
fn check_output_on_the_page_is_what_check_prints() {
    let page = page();
    let dir = scratch("format-page-check");
    std::fs::write(dir.join("obs.csv"), pre_block(&page, "check-input")).expect("write");
    let (code, out) = run_check(&dir, &["obs.csv"]);
    assert_eq!(code, Some(1));
    assert_eq!(out, format!("{}\n", pre_block(&page, "check-output")));
}
