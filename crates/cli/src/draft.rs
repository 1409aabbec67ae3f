//! `plan-gauge draft FILE… [--out plan.json] [--evidence] [--lang L]`: drafts plan data from a
//! plan's own text (plain text in UTF-8 or GB18030, a web page saved from a government site, or a
//! `.docx`), prints it as JSON and a summary on standard error.
//!
//! The JSON is the plan alone, ready for `plan-gauge check`; `--evidence` prints the whole draft
//! instead (`{"plan": …, "targets": [{quote, span, confidence, flags, shape, …}]}`). With `--out`
//! the file is written beside its final name and renamed into place, so it is never half-written.

use crate::args::DraftArgs;
use crate::load;
use plan_gauge_core::validate;
use plan_gauge_core::Lang;
use plan_gauge_draft::document;
use plan_gauge_draft::{Draft, Shape};
use std::io::Read;
use std::process::ExitCode;

/// Below this confidence a drafted target needs an editor's review even without a flag.
pub const REVIEW_BELOW: f32 = 0.75;

pub fn run(args: DraftArgs) -> Result<ExitCode, String> {
    let mut text = String::new();
    for file in &args.files {
        let part = read_text(file)?;
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&part);
    }
    let draft = plan_gauge_draft::draft(&text);
    let json = if args.evidence {
        serde_json::to_string_pretty(&draft)
    } else {
        serde_json::to_string_pretty(&draft.plan)
    }
    .map_err(|e| format!("cannot write the draft as JSON: {e}"))?;
    match &args.out {
        Some(path) => crate::out::write_file(path, format!("{json}\n").as_bytes())?,
        None => crate::out::line(&json)?,
    }
    // Errors are listed; warnings (a target without a lead agency …) only counted: `plan-gauge
    // check` lists them.
    let problems = validate::validate_plan(&draft.plan);
    for p in problems.iter().filter(|p| p.is_error()) {
        eprintln!("{}", load::problem_line("draft", p, args.lang));
    }
    let warnings = problems.iter().filter(|p| !p.is_error()).count();
    for line in summary(&draft, warnings, args.lang) {
        eprintln!("{line}");
    }
    Ok(if validate::is_clean(&problems) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// True when a drafted target needs an editor's look: low confidence or any flag.
pub fn needs_review(t: &plan_gauge_draft::DraftTarget) -> bool {
    t.confidence < REVIEW_BELOW || !t.flags.is_empty()
}

/// The summary lines: targets found, to review, not carried by the format, and the plan's
/// warnings.
fn summary(draft: &Draft, warnings: usize, lang: Option<Lang>) -> Vec<String> {
    let found = draft.targets.len();
    let review = draft.targets.iter().filter(|t| needs_review(t)).count();
    let uncarried = draft
        .targets
        .iter()
        .filter(|t| t.shape != Shape::Carried)
        .count();
    let zh = format!(
        "起草完成：找到 {found} 个目标，{review} 个需要核对（把握不大或有标记），{uncarried} 个数据格式无法表示（未写入规划）；规划有 {warnings} 个警告（plan-gauge check 列出）。"
    );
    let zh_hant = format!(
        "起草完成：找到 {found} 個目標，{review} 個需要核對（把握不大或有標記），{uncarried} 個資料格式無法表示（未寫入規劃）；規劃有 {warnings} 個警告（plan-gauge check 列出）。"
    );
    let en = format!(
        "Drafted: {found} targets found, {review} to review (low confidence or flagged), \
         {uncarried} the format cannot carry (left out of the plan); the plan has {warnings} \
         warnings (plan-gauge check lists them)."
    );
    match lang {
        Some(Lang::ZhHans) => vec![zh],
        Some(Lang::ZhHant) => vec![zh_hant],
        Some(Lang::En) => vec![en],
        None => vec![zh, en],
    }
}

/// The text of one input: `-` is standard input. A `.docx` (or any zip) is unpacked, a web page
/// reduced to its article's text; anything else is text in UTF-8 (with or without a BOM), UTF-16
/// or GB18030. An unreadable input is an error message (exit 2).
fn read_text(file: &str) -> Result<String, String> {
    let bytes = if file == "-" {
        let mut b = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut b)
            .map_err(|e| format!("standard input: {e}"))?;
        b
    } else {
        std::fs::read(file).map_err(|e| format!("{file}: {e}"))?
    };
    let name = if file == "-" {
        "标准输入 / standard input"
    } else {
        file
    };
    let lower = file.to_ascii_lowercase();
    if document::looks_like_zip(&bytes) || lower.ends_with(".docx") {
        return document::docx_to_text(&bytes)
            .map_err(|e| format!("{name}: 无法读取 Word 文件 / cannot read this Word file: {e}"));
    }
    let text = load::decode(&bytes).map_err(|p| {
        format!(
            "{name}: 不是可读的文本文件（UTF-8、GB18030 或 UTF-16）/ not a readable text file \
             (UTF-8, GB18030 or UTF-16): {}",
            p.message(Lang::En)
        )
    })?;
    if lower.ends_with(".html") || lower.ends_with(".htm") || looks_like_html(&text) {
        return Ok(document::html_to_text(&text));
    }
    Ok(text)
}

/// A text that opens as a web page does (`<!doctype html>`, `<html`, a BOM and then either).
fn looks_like_html(text: &str) -> bool {
    let head: String = validate::strip_bom(text)
        .trim_start()
        .chars()
        .take(15)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn web_pages_are_recognised_by_their_opening() {
        assert!(looks_like_html("\u{feff}  <!DOCTYPE HTML>\n<html>"));
        assert!(looks_like_html("<html lang=zh>"));
        assert!(!looks_like_html("关于印发<某某>方案的通知"));
    }

    #[test]
    fn the_summary_speaks_both_languages_by_default() {
        let d = plan_gauge_draft::draft("到2025年，全市5G基站达到1.2万个。");
        let both = summary(&d, 0, None);
        assert_eq!(both.len(), 2);
        assert!(both[0].contains("找到 1 个目标"), "{both:?}");
        assert!(both[1].contains("1 targets found"), "{both:?}");
        assert_eq!(summary(&d, 0, Some(Lang::En)).len(), 1);
    }
}
