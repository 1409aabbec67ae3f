//! `plan-gauge draft FILE… [--out plan.json] [--evidence] [--issued YEAR] [--direction-only]
//! [--lang L]`: drafts plan data from a plan's own text (plain text in UTF-8 or GB18030, a web page
//! saved from a government site, or a `.docx`), prints it as JSON and a summary on standard error.
//! The year of issue (`--issued`, else a web page's date of publication) dates 今年 and 明年 in a
//! text that states no date of its own; the summary says which year was taken.
//!
//! The JSON is the plan alone, ready for `plan-gauge check`; `--evidence` prints the whole draft
//! instead (`{"plan": …, "targets": [{quote, span, confidence, flags, shape, …}]}`). With `--out`
//! the file is written beside its final name and renamed into place, so it is never half-written.

use crate::args::DraftArgs;
use crate::load;
use plan_gauge_core::validate;
use plan_gauge_core::Lang;
use plan_gauge_draft::{confidence, document};
use plan_gauge_draft::{Draft, DraftOptions, Shape};
use std::io::Read;
use std::process::ExitCode;

pub fn run(args: DraftArgs) -> Result<ExitCode, String> {
    let mut text = String::new();
    // The first date of publication a web page among the files carries.
    let mut published = None;
    for file in &args.files {
        let (part, year) = read_text(file)?;
        published = published.or(year);
        if !text.is_empty() && !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str(&part);
    }
    let issued = match (args.issued, published) {
        (Some(y), _) => Some(Issued::Given(y)),
        (None, Some(y)) => Some(Issued::Page(y)),
        (None, None) => None,
    };
    let options = DraftOptions {
        issued_year: issued.map(Issued::year),
        direction_only: args.direction_only,
    };
    let draft = plan_gauge_draft::draft_with(&text, &options);
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
    for line in issued
        .map(|i| issued_lines(i, args.lang))
        .unwrap_or_default()
    {
        eprintln!("{line}");
    }
    for line in summary(&draft, warnings, args.lang) {
        eprintln!("{line}");
    }
    Ok(if validate::is_clean(&problems) {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// The year of issue the draft counted 今年 and 明年 from, and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Issued {
    /// `--issued`.
    Given(i32),
    /// A web page's date of publication.
    Page(i32),
}

impl Issued {
    fn year(self) -> i32 {
        match self {
            Issued::Given(y) | Issued::Page(y) => y,
        }
    }
}

/// The line that says which year of issue the draft took, so an editor can tell a wrong one.
fn issued_lines(issued: Issued, lang: Option<Lang>) -> Vec<String> {
    let (zh, zh_hant, en) = match issued {
        Issued::Given(y) => (
            format!("发布年份：{y}（--issued）；原文没写日期的“今年”“明年”按此计算。"),
            format!("發布年份：{y}（--issued）；原文沒寫日期的「今年」「明年」按此計算。"),
            format!("Year of issue: {y} (--issued); 今年 and 明年 count from it where the text states no date."),
        ),
        Issued::Page(y) => (
            format!("发布年份：{y}（网页的发布日期；用 --issued 改）；原文没写日期的“今年”“明年”按此计算。"),
            format!("發布年份：{y}（網頁的發布日期；用 --issued 改）；原文沒寫日期的「今年」「明年」按此計算。"),
            format!("Year of issue: {y} (the web page's date of publication; --issued overrides it); 今年 and 明年 count from it where the text states no date."),
        ),
    };
    in_langs(zh, zh_hant, en, lang)
}

/// A line written in each language: the one asked for, or zh-Hans and English.
fn in_langs(zh: String, zh_hant: String, en: String, lang: Option<Lang>) -> Vec<String> {
    match lang {
        Some(Lang::ZhHans) => vec![zh],
        Some(Lang::ZhHant) => vec![zh_hant],
        Some(Lang::En) => vec![en],
        None => vec![zh, en],
    }
}

/// The summary lines: targets found, to review, not carried by the format, and the plan's
/// warnings.
fn summary(draft: &Draft, warnings: usize, lang: Option<Lang>) -> Vec<String> {
    let found = draft.targets.len();
    let review = draft
        .targets
        .iter()
        .filter(|t| confidence::needs_review(t))
        .count();
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
    let mut lines = in_langs(zh, zh_hant, en, lang);
    lines.extend(least_sure(draft, lang));
    lines.extend(suggested(draft, lang));
    lines
}

/// The start of a quote as the summary names it: its whitespace made single spaces, at most 24
/// characters.
fn quote_start(quote: &str) -> String {
    let quote = quote.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut start: String = quote.chars().take(24).collect();
    if quote.chars().count() > 24 {
        start.push('…');
    }
    start
}

/// A line counting the figures the rules left alone that may be targets (the draft's
/// suggestions) and naming the likeliest (at most [`LEAST_SURE_NAMED`]), by the indicator id each
/// would take and the start of its quote. None without suggestions.
fn suggested(draft: &Draft, lang: Option<Lang>) -> Vec<String> {
    let n = draft.suggestions.len();
    if n == 0 {
        return Vec::new();
    }
    let mut likely: Vec<(usize, &plan_gauge_draft::DraftTarget)> = draft
        .suggestions
        .iter()
        .map(|s| &s.target)
        .enumerate()
        .collect();
    likely.sort_by(|a, b| {
        b.1.confidence
            .total_cmp(&a.1.confidence)
            .then(a.0.cmp(&b.0))
    });
    let [zh, zh_hant, en] = named(&likely, false);
    let zh = format!(
        "另有 {n} 个数字规则没有采用，但可能是目标（--evidence 的 suggestions 列出），最可能的：{zh}。"
    );
    let zh_hant = format!(
        "另有 {n} 個數字規則沒有採用，但可能是目標（--evidence 的 suggestions 列出），最可能的：{zh_hant}。"
    );
    let en = format!(
        "{n} more figures the rules left alone may be targets (--evidence lists them under suggestions); the likeliest: {en}."
    );
    in_langs(zh, zh_hant, en, lang)
}

/// The first [`LEAST_SURE_NAMED`] of `picked` (each with its number in its list) as the summary
/// names them, in zh-Hans, zh-Hant and English: by their indicator's id (or their number when the
/// format cannot carry them), their confidence when `with_confidence`, and the start of their
/// quote.
fn named(picked: &[(usize, &plan_gauge_draft::DraftTarget)], with_confidence: bool) -> [String; 3] {
    let list = |sep: &str, paren: (&str, &str), open: &str, close: &str| {
        picked
            .iter()
            .take(LEAST_SURE_NAMED)
            .map(|(k, t)| {
                let id = t.indicator.clone().unwrap_or_else(|| format!("#{}", k + 1));
                let sure = if with_confidence {
                    format!("{}{:.2}{}", paren.0, t.confidence, paren.1)
                } else {
                    String::new()
                };
                format!("{id}{sure}{open}{}{close}", quote_start(&t.quote))
            })
            .collect::<Vec<_>>()
            .join(sep)
    };
    [
        list("；", ("（", "）"), "“", "”"),
        list("；", ("（", "）"), "「", "」"),
        list("; ", (" (", ")"), " «", "»"),
    ]
}

/// How many of the least sure targets the summary names.
const LEAST_SURE_NAMED: usize = 3;

/// A line naming the least sure targets below the review threshold (at most
/// [`LEAST_SURE_NAMED`], least sure first), by their indicator's id in the plan (or their number
/// in the draft when the format cannot carry them), confidence and the start of their quote: what
/// an editor checks first. None when no target is below it.
fn least_sure(draft: &Draft, lang: Option<Lang>) -> Vec<String> {
    let mut low: Vec<(usize, &plan_gauge_draft::DraftTarget)> = draft
        .targets
        .iter()
        .enumerate()
        .filter(|(_, t)| t.confidence < confidence::REVIEW_BELOW)
        .collect();
    if low.is_empty() {
        return Vec::new();
    }
    low.sort_by(|a, b| {
        a.1.confidence
            .total_cmp(&b.1.confidence)
            .then(a.0.cmp(&b.0))
    });
    let [zh, zh_hant, en] = named(&low, true);
    in_langs(
        format!("先核对把握最低的：{zh}。"),
        format!("先核對把握最低的：{zh_hant}。"),
        format!("Check the least sure first: {en}."),
        lang,
    )
}

/// The text of one input, and the year of publication a web page carries: `-` is standard input.
/// A `.docx` (or any zip) is unpacked, a web page reduced to its article's text; anything else is
/// text in UTF-8 (with or without a BOM), UTF-16 or GB18030. An unreadable input is an error
/// message (exit 2).
fn read_text(file: &str) -> Result<(String, Option<i32>), String> {
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
            .map(|t| (t, None))
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
        return Ok((
            document::html_to_text(&text),
            document::html_published_year(&text),
        ));
    }
    Ok((text, None))
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

    #[test]
    fn the_summary_names_the_least_sure_targets_first() {
        let mut d = plan_gauge_draft::draft(
            "到2025年，全市5G基站达到1.2万个，新增就业岗位2万个，森林覆盖率达到45%。",
        );
        assert_eq!(d.targets.len(), 3, "{:#?}", d.targets);
        assert!(
            d.targets.iter().all(|t| t.indicator.is_some()),
            "all carried"
        );
        for (t, c) in d.targets.iter_mut().zip([0.9, 0.4, 0.2]) {
            t.confidence = c;
        }
        let lines = summary(&d, 0, Some(Lang::ZhHans));
        assert_eq!(lines.len(), 2, "{lines:?}");
        let id = |k: usize| d.targets[k].indicator.clone().unwrap_or_default();
        let third = lines[1].find(&id(2)).expect("the least sure is named");
        let second = lines[1].find(&id(1)).expect("the next is named");
        assert!(third < second, "least sure first: {}", lines[1]);
        assert!(
            !lines[1].contains(&id(0)),
            "a sure target is not named: {}",
            lines[1]
        );
        assert!(
            lines[1].contains(&format!("{}（0.20）“", id(2))),
            "{}",
            lines[1]
        );
        let en = summary(&d, 0, Some(Lang::En));
        assert!(
            en[1].starts_with(&format!("Check the least sure first: {} (0.20) «", id(2))),
            "{}",
            en[1]
        );
        for t in &mut d.targets {
            t.confidence = 0.99;
        }
        assert_eq!(summary(&d, 0, None).len(), 2, "no line when all are sure");
    }

    #[test]
    fn the_summary_names_the_likeliest_suggestions() {
        let text = "到2025年，全市5G基站达到1.2万个，新增就业岗位2万个。";
        let mut d = plan_gauge_draft::draft(text);
        assert!(summary(&d, 0, Some(Lang::En))
            .iter()
            .all(|l| !l.contains("left alone")));
        let mut a = d.targets[0].clone();
        a.indicator = Some("s-001".to_string());
        a.confidence = 0.2;
        let mut b = d.targets[1].clone();
        b.indicator = Some("s-002".to_string());
        b.confidence = 0.6;
        d.suggestions = [a, b]
            .into_iter()
            .map(|target| plan_gauge_draft::Suggestion {
                target,
                indicator: None,
            })
            .collect();
        let en = summary(&d, 0, Some(Lang::En));
        let line = en.last().expect("a line");
        assert!(line.starts_with("2 more figures"), "{line}");
        assert!(
            line.find("s-002") < line.find("s-001"),
            "likeliest first: {line}"
        );
        let zh = summary(&d, 0, Some(Lang::ZhHant));
        assert!(zh.last().is_some_and(|l| l.starts_with("另有 2 個數字")));
    }
}
