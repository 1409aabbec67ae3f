//! Observations kept as CSV: reading (any column order, names or SDMX codes for statuses) and
//! writing, with one field writer for every CSV plan-gauge writes.

use super::{strip_bom, Code, Problem};
use crate::i18n::{fill, Lang, Strings};
use crate::model::{Bound, ObsStatus, Observation, Plan};

/// The columns of an observations CSV file, in the order we write them.
pub const CSV_COLUMNS: [&str; 6] = [
    "indicator",
    "period",
    "value",
    "status",
    "source",
    "published",
];

/// Optional columns of an observations CSV file, in the order we write them; `name` and `unit`
/// help an editor fill in a template and are not read.
pub const CSV_OPTIONAL_COLUMNS: [&str; 7] =
    ["note", "bound", "url", "title", "quote", "name", "unit"];

/// Chinese names of the columns (simplified and traditional), as editors title them.
const COLUMN_ALIASES: &[(&str, &[&str])] = &[
    (
        "indicator",
        &[
            "指标代码",
            "指標代碼",
            "指标编号",
            "指標編號",
            "指标id",
            "指標id",
        ],
    ),
    ("period", &["时期", "時期", "年份", "期间", "期間", "年度"]),
    ("value", &["数值", "數值", "实际值", "實際值", "值"]),
    ("status", &["状态", "狀態"]),
    ("source", &["来源", "來源", "发布单位", "發布單位"]),
    (
        "published",
        &["发布日期", "發布日期", "發佈日期", "公布日期"],
    ),
    ("note", &["备注", "備註", "说明", "說明"]),
    ("bound", &["界限"]),
    ("url", &["网址", "網址", "链接", "鏈接", "連結"]),
    ("title", &["网页标题", "網頁標題", "标题", "標題"]),
    ("quote", &["原文"]),
    ("name", &["指标名称", "指標名稱", "名称", "名稱"]),
    ("unit", &["单位", "單位"]),
];

/// The column a header cell names: its English name (`value`, `Value`), a Chinese one (`数值`),
/// or both in one cell (`数值 value`, `value（数值）`).
pub fn column_name(cell: &str) -> Option<&'static str> {
    let lower = cell.trim().to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    // The last English name wins: `indicator name` is the name column.
    let known = |w: &str| {
        CSV_COLUMNS
            .iter()
            .chain(CSV_OPTIONAL_COLUMNS.iter())
            .find(|n| **n == w)
            .copied()
    };
    if let Some(name) = words.iter().rev().find_map(|w| known(w)) {
        return Some(name);
    }
    // Longest alias first, so 指标名称 is not read as 指标.
    let mut best: Option<(&'static str, usize)> = None;
    for (name, aliases) in COLUMN_ALIASES {
        for a in aliases.iter().filter(|a| lower.contains(*a)) {
            if best.is_none_or(|(_, len)| a.len() > len) {
                best = Some((name, a.len()));
            }
        }
    }
    best.map(|(n, _)| n)
}

/// Parses observations kept as CSV (`indicator,period,value,status,source,published` and the
/// optional [`CSV_OPTIONAL_COLUMNS`]).
///
/// Columns may come in any order. An empty value is a missing observation;
/// qualitative stages may be written `not_started`, `in_progress`, `done`. Status accepts names
/// (`provisional`) and SDMX codes (`P`). Problems carry `line N › column`.
pub fn parse_observations_csv(text: &str) -> Result<Vec<Observation>, Vec<Problem>> {
    let rows = csv_rows(strip_bom(text)).map_err(|line| {
        vec![Problem::error(format!("line {line}"), Code::CsvRow).with("detail", "quote")]
    })?;
    parse_observation_rows(rows)
}

/// Observations from rows of cells, each with its line (CSV) or row (spreadsheet) number: the
/// first non-empty row is the header. Header cells may name a column in English, in Chinese or
/// both (`指标代码 indicator`); `name` and `unit` columns (what a template fills in to help the
/// editor) are read over. A row with no value, status or note is a row not filled in yet, and is
/// skipped: a missing figure must say so (`status` missing, with a note).
pub fn parse_observation_rows(
    rows: Vec<(usize, Vec<String>)>,
) -> Result<Vec<Observation>, Vec<Problem>> {
    let mut rows = rows
        .into_iter()
        // Blank lines and the empty rows spreadsheets leave at the end (`,,,,,`) are not data.
        .filter(|(_, r)| !r.iter().all(|f| f.trim().is_empty()));
    let Some((header_line, header)) = rows.next() else {
        return Err(vec![
            Problem::error("line 1", Code::CsvHeader).with("column", CSV_COLUMNS.join(","))
        ]);
    };
    let header_at = format!("line {header_line}");
    let mut problems = Vec::new();
    let header: Vec<Option<&'static str>> = header
        .iter()
        .map(|h| {
            let name = column_name(h);
            if name.is_none() {
                problems.push(
                    Problem::error(header_at.clone(), Code::CsvHeader).with("column", h.trim()),
                );
            }
            name
        })
        .collect();
    let col = |name: &str| header.iter().position(|h| *h == Some(name));
    for name in CSV_COLUMNS {
        if col(name).is_none() {
            problems.push(Problem::error(header_at.clone(), Code::CsvHeader).with("column", name));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut out = Vec::new();
    for (line, row) in rows {
        if row.len() != header.len() {
            problems.push(
                Problem::error(format!("line {line}"), Code::CsvRow)
                    .with("detail", format!("{} / {}", row.len(), header.len())),
            );
            continue;
        }
        let field = |name: &str| {
            col(name)
                .and_then(|i| row.get(i))
                .map(|s| s.trim())
                .unwrap_or("")
        };
        let at = |name: &str| format!("line {line} › {name}");
        if ["value", "status", "note"]
            .iter()
            .all(|c| field(c).is_empty())
        {
            continue; // a row of a template, not filled in yet
        }
        let status = match ObsStatus::parse(field("status")) {
            Some(s) => s,
            None => {
                problems.push(
                    Problem::error(at("status"), Code::UnknownStatus)
                        .with("value", field("status")),
                );
                continue;
            }
        };
        let raw = field("value");
        let value = if raw.is_empty() {
            None
        } else if let Some(stage) = stage_word(raw) {
            Some(stage)
        } else {
            match parse_number(raw) {
                Some(v) => Some(v),
                None => {
                    problems.push(Problem::error(at("value"), Code::NotANumber).with("value", raw));
                    continue;
                }
            }
        };
        let optional = |name: &str| Some(field(name).to_string()).filter(|s| !s.is_empty());
        let bound = match field("bound") {
            "" => None,
            b => match Bound::parse(b) {
                Some(b) => Some(b),
                None => {
                    problems.push(Problem::error(at("bound"), Code::UnknownBound).with("value", b));
                    continue;
                }
            },
        };
        out.push(Observation {
            indicator: field("indicator").to_string(),
            period: field("period").to_string(),
            value,
            status,
            note: optional("note"),
            source: field("source").to_string(),
            published: field("published").to_string(),
            bound,
            url: optional("url"),
            title: optional("title"),
            quote: optional("quote"),
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn stage_word(s: &str) -> Option<f64> {
    match s {
        "not_started" => Some(0.0),
        "in_progress" => Some(1.0),
        "done" => Some(2.0),
        _ => None,
    }
}

/// Splits CSV text into rows of fields (RFC 4180: quotes, doubled quotes, CRLF), each with the
/// line it starts on. An unclosed quote gives `Err(line)`.
fn csv_rows(text: &str) -> Result<Vec<(usize, Vec<String>)>, usize> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut row_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.trim().is_empty() => {
                field.clear();
                in_quotes = true;
            }
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push((row_line, std::mem::take(&mut row)));
                line += 1;
                row_line = line;
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(row_line);
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push((row_line, row));
    }
    Ok(rows)
}

/// Writes observations as CSV with the standard columns plus `note`, and `bound`, `url`, `title`
/// and `quote` when any observation has them.
pub fn observations_to_csv(obs: &[Observation]) -> String {
    let cited = obs
        .iter()
        .any(|o| o.bound.is_some() || o.url.is_some() || o.title.is_some() || o.quote.is_some());
    let mut out = String::from("indicator,period,value,status,source,published,note");
    if cited {
        out.push_str(",bound,url,title,quote");
    }
    out.push('\n');
    for o in obs {
        let value = o.value.map(|v| v.to_string()).unwrap_or_default();
        let mut fields = vec![
            o.indicator.as_str(),
            o.period.as_str(),
            value.as_str(),
            o.status.as_str(),
            o.source.as_str(),
            o.published.as_str(),
            o.note.as_deref().unwrap_or(""),
        ];
        if cited {
            fields.extend([
                o.bound.map(Bound::as_str).unwrap_or(""),
                o.url.as_deref().unwrap_or(""),
                o.title.as_deref().unwrap_or(""),
                o.quote.as_deref().unwrap_or(""),
            ]);
        }
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

/// One CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180).
pub fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// A number as spreadsheets write it: `1029`, `1,029` (thousands separators), `3.08%` (the sign
/// in the cell), full-width digits (`３．０８`), spaces around or inside (`1 029`). `None` when
/// anything else is left: text in a value column is an error, not a zero.
///
/// `NaN` and `inf` read as themselves, so validation can say they are not finite.
pub fn parse_number(raw: &str) -> Option<f64> {
    if let Ok(v) = raw.trim().parse::<f64>() {
        return Some(v);
    }
    let mut s = String::with_capacity(raw.len());
    for c in raw.chars() {
        let c = match c {
            // Full-width forms (U+FF01–FF5E) to ASCII.
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(u32::from(c) - 0xfee0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        };
        if !c.is_whitespace() {
            s.push(c);
        }
    }
    let s = s.strip_suffix('%').unwrap_or(&s);
    let s = if s.contains(',') {
        grouped(s)?
    } else {
        s.to_string()
    };
    let ok = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | '+' | 'e' | 'E'));
    ok.then(|| s.parse::<f64>().ok()).flatten()
}

/// `1,029` and `-12,345.6` without their separators; `None` unless every group after the first
/// has exactly three digits (so `1,5` is not read as 15).
fn grouped(s: &str) -> Option<String> {
    let (sign, rest) = match s.strip_prefix('-') {
        Some(r) => ("-", r),
        None => ("", s),
    };
    let (int, frac) = match rest.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (rest, None),
    };
    let mut groups = int.split(',');
    let first = groups.next()?;
    if first.is_empty() || first.len() > 3 || !first.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut out = format!("{sign}{first}");
    for g in groups {
        if g.len() != 3 || !g.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        out.push_str(g);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    Some(out)
}

/// A column's word in a locale's table.
type Label = fn(&Strings) -> &'static str;

/// The columns of an observations template, in order: the name plan-gauge reads and the word
/// for it in a locale's table.
const TEMPLATE_COLUMNS: [(&str, Label); 9] = [
    ("indicator", |t| t.column_indicator),
    ("name", |t| t.column_name),
    ("unit", |t| t.column_unit),
    ("period", |t| t.column_period),
    ("value", |t| t.column_value),
    ("status", |t| t.column_status),
    ("source", |t| t.column_source),
    ("published", |t| t.column_published),
    ("note", |t| t.column_note),
];

/// An observations sheet for `plan`, ready to fill in: a header row naming each column in `lang`
/// and in the words plan-gauge reads (`指标代码 indicator`), then one row per indicator and year,
/// from the year before the plan starts to its last year, with the indicator's id, name and unit.
/// Read back unchanged, it holds no observations: rows without a value, status or note are
/// skipped ([`parse_observation_rows`]).
pub fn observation_template(plan: &Plan, lang: Lang) -> Vec<Vec<String>> {
    let t = lang.strings();
    let header = TEMPLATE_COLUMNS
        .iter()
        .map(|(key, label)| fill(t.column_header, &[("label", label(t)), ("key", key)]))
        .collect();
    let mut rows = vec![header];
    let (start, end) = (plan.period.start, plan.period.end);
    // A plan spans a few years; cap a damaged period so the sheet stays small.
    let first = start.saturating_sub(1).max(end.saturating_sub(30));
    for ind in &plan.indicators {
        for year in first..=end {
            let mut row = vec![
                ind.id.clone(),
                crate::explain::indicator_name(ind, lang).to_string(),
                ind.unit.clone(),
                year.to_string(),
            ];
            // What the editor fills in.
            row.resize(TEMPLATE_COLUMNS.len(), String::new());
            rows.push(row);
        }
    }
    rows
}

/// Rows of cells as CSV text, one line each.
pub fn rows_to_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::new();
    for row in rows {
        let line: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}
