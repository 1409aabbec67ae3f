//! Observations kept as CSV: reading (any column order, names or SDMX codes for statuses) and
//! writing, with one field writer for every CSV plan-gauge writes.

use super::{strip_bom, Code, Problem};
use crate::model::{Bound, ObsStatus, Observation};

/// The columns of an observations CSV file, in the order we write them.
pub const CSV_COLUMNS: [&str; 6] = [
    "indicator",
    "period",
    "value",
    "status",
    "source",
    "published",
];

/// Optional columns of an observations CSV file, in the order we write them.
pub const CSV_OPTIONAL_COLUMNS: [&str; 5] = ["note", "bound", "url", "title", "quote"];

/// Parses observations kept as CSV (`indicator,period,value,status,source,published` and the
/// optional [`CSV_OPTIONAL_COLUMNS`]).
///
/// Columns may come in any order. An empty value is a missing observation;
/// qualitative stages may be written `not_started`, `in_progress`, `done`. Status accepts names
/// (`provisional`) and SDMX codes (`P`). Problems carry `line N › column`.
pub fn parse_observations_csv(text: &str) -> Result<Vec<Observation>, Vec<Problem>> {
    let text = strip_bom(text);
    let rows = match csv_rows(text) {
        Ok(rows) => rows,
        Err(line) => {
            return Err(vec![
                Problem::error(format!("line {line}"), Code::CsvRow).with("detail", "quote")
            ])
        }
    };
    let mut rows = rows
        .into_iter()
        // Blank lines and the empty rows spreadsheets leave at the end (`,,,,,`) are not data.
        .filter(|(_, r)| !r.iter().all(|f| f.trim().is_empty()));
    let Some((_, header)) = rows.next() else {
        return Err(vec![
            Problem::error("line 1", Code::CsvHeader).with("column", CSV_COLUMNS.join(","))
        ]);
    };
    let header: Vec<String> = header
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let mut problems = Vec::new();
    let col = |name: &str| header.iter().position(|h| h == name);
    for name in CSV_COLUMNS {
        if col(name).is_none() {
            problems.push(Problem::error("line 1", Code::CsvHeader).with("column", name));
        }
    }
    for h in &header {
        if !CSV_COLUMNS.contains(&h.as_str()) && !CSV_OPTIONAL_COLUMNS.contains(&h.as_str()) {
            problems.push(Problem::error("line 1", Code::CsvHeader).with("column", h));
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
