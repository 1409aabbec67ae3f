//! Indicator tables flattened to text: a header line with year columns (`指标 单位 2020年 2025年
//! 属性`), then one row a line (`3.常住人口城镇化率 % 62.1 66 预期性`), the cells apart by spaces
//! or tabs. The first year column is the base; each later one holds a target for its year.
//!
//! Folding drops spaces, so the cells are told apart by the gaps they leave between folded
//! characters' original offsets.

use crate::lexicon::{at, ends_at, unit_at, POST_CUES};
use crate::numeral::{scan, Number};
use crate::outline::Line;
use crate::rules::{Candidate, Context, Flag, Shape, LOWER_IS_BETTER};
use crate::text::Folded;
use plan_gauge_core::model::{Comparator, Direction, Kind};

/// The nature column of a main-indicator table.
const NATURE: &[&str] = &["预期性", "约束性", "预期", "约束"];

/// Words of a fall at the end of a row's name (单位GDP能耗降低): its values are changes below the
/// base column's year.
const FALLS: &[&str] = &["降低", "下降", "减少"];

/// The targets of the indicator tables in `lines`: for each line a table holds (its header and
/// its rows), the line's index and the targets its cells give (none for a header).
pub fn read(f: &Folded, lines: &[Line], cx: Context) -> Vec<(usize, Vec<Candidate>)> {
    let chars = &f.chars;
    let mut out = Vec::new();
    // (Rows whose cells are closed with bars are read apart: their header is no header of cells
    // apart by gaps.)
    let bars = read_bar_rows(f, lines, cx);
    let mut k = 0;
    while k < lines.len() {
        let Some(line) = lines.get(k) else { break };
        if bars.iter().any(|(j, _)| *j == k) {
            k += 1;
            continue;
        }
        let Some(head) = header(f, line) else {
            k += 1;
            continue;
        };
        out.push((k, Vec::new()));
        k += 1;
        let mut idle = 0;
        while let Some(row) = lines.get(k) {
            if chars[row.start..row.end].contains(&'。') || header(f, row).is_some() || idle > 2 {
                break;
            }
            let found = read_row(f, row, &head, cx);
            idle = if found.is_empty() { idle + 1 } else { 0 };
            out.push((k, found));
            k += 1;
        }
    }
    // Tables of rows whose cells a page closed with bars.
    for (k, found) in bars {
        if !out.iter().any(|(j, _)| *j == k) {
            out.push((k, found));
        }
    }
    // Tables flattened one cell a line, where no table of rows was found.
    for (k, found) in read_cell_lines(f, lines, cx) {
        if !out.iter().any(|(j, _)| *j == k) {
            out.push((k, found));
        }
    }
    // Tables flattened one cell a paragraph, without bars.
    for (k, found) in read_cell_paragraphs(chars, lines, cx) {
        if !out.iter().any(|(j, _)| *j == k) {
            out.push((k, found));
        }
    }
    // Tables turned on their side: a line of indicator names, a line naming the year, a line of
    // values, each cell closed by `|`.
    for (k, found) in read_transposed(f, lines, cx) {
        if !out.iter().any(|(j, _)| *j == k) {
            out.push((k, found));
        }
    }
    out.sort_by_key(|(k, _)| *k);
    out
}

/// The `|`-closed cells of the line `a..b` (none when the line does not end with `|`).
fn bar_cells(chars: &[char], a: usize, b: usize) -> Vec<(usize, usize)> {
    if b <= a || chars[b - 1] != '|' {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut s = a;
    for (p, c) in chars.iter().enumerate().take(b).skip(a) {
        if *c == '|' {
            out.push((s, p));
            s = p + 1;
        }
    }
    out
}

/// Tables of rows whose cells a page closed with bars, a row a line (序号 | 指标 | 现值 | 2023年目标 |
/// 2025年目标 | 责任单位 |, then 3 | 常住人口城镇化率(%) | 74.5 | 74.5 | 75 |县发改局 |), lines of
/// bars alone between them. A row's cells stand under the header's: the name is the cell before the
/// first figure's column, its unit in brackets after it; a column of the present value (现值,
/// 现状值) before the years is the base, so every year's column holds a target, else the first
/// year's column is the base.
fn read_bar_rows(f: &Folded, lines: &[Line], cx: Context) -> Vec<(usize, Vec<Candidate>)> {
    let chars = &f.chars;
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let Some(line) = lines.get(k) else { break };
        let labels = bar_cells(chars, line.start, line.end);
        let columns: Vec<Option<i32>> = labels
            .iter()
            .map(|&(a, b)| year_cell(chars, a, b + 1).filter(|_| b > a))
            .collect();
        let years: Vec<i32> = columns.iter().flatten().copied().collect();
        let first = columns.iter().position(Option::is_some);
        let ordered = years.len() >= 2 && years.windows(2).all(|w| w[0] < w[1]);
        let (Some(first), true, false) =
            (first, ordered, chars[line.start..line.end].contains(&'。'))
        else {
            k += 1;
            continue;
        };
        // (嘉善现值, 现状值: the present value, written with the place's name before it.)
        let present = |&(a, b): &(usize, usize)| {
            BASE.iter()
                .chain(&["现值"])
                .any(|w| ends_at(chars, b, w).is_some_and(|p| p >= a))
        };
        let based = first >= 1 && labels.get(first - 1).is_some_and(present);
        let name_col = if based {
            first.checked_sub(2)
        } else {
            first.checked_sub(1)
        };
        let Some(name_col) = name_col else {
            k += 1;
            continue;
        };
        let base_col = if based { first - 1 } else { first };
        out.push((k, Vec::new()));
        k += 1;
        let mut idle = 0;
        while let Some(row) = lines.get(k) {
            if chars[row.start..row.end].contains(&'。') || idle > 3 {
                break;
            }
            let cells = bar_cells(chars, row.start, row.end);
            let mut found = Vec::new();
            if let Some(&(la, lb)) = cells.get(name_col).filter(|_| cells.len() >= labels.len()) {
                if let Some((unit, open)) = bracketed_unit(chars, la, lb) {
                    let name = strip_number(chars, (la, open));
                    let sense = Sense::of(chars, name);
                    for (c, &(a, b)) in cells.iter().enumerate().skip(base_col + 1) {
                        let (Some(Some(year)), Some(cell)) =
                            (columns.get(c), value_cell(chars, a, b))
                        else {
                            continue;
                        };
                        if *year >= cx.start.min(cx.end) && name.1 > name.0 {
                            found.push(candidate(
                                sense,
                                name,
                                cell.figure((a, b)),
                                &unit,
                                *year,
                                name.0,
                                "table.bars",
                            ));
                        }
                    }
                }
            }
            // (A line of bars alone is the page's rule between rows.)
            let rule = cells.iter().all(|(a, b)| b <= a);
            idle = if !found.is_empty() {
                0
            } else if rule {
                idle
            } else {
                idle + 1
            };
            out.push((k, found));
            k += 1;
        }
    }
    out
}

/// Indicator tables flattened with their indicators as columns (web pages that copy a table
/// turned on its side): a line of names (村庄规划管理覆盖率 | 集体经济强村比重 |), a line naming
/// one year (2022 年 目 标 值 |), and a line with a value for each name (90% | >53% |). Each value
/// is a target for that year; a share above 100 % is page damage and left out.
fn read_transposed(f: &Folded, lines: &[Line], cx: Context) -> Vec<(usize, Vec<Candidate>)> {
    let chars = &f.chars;
    let mut out = Vec::new();
    for k in 0..lines.len().saturating_sub(2) {
        let (names, year_line, values) = (&lines[k], &lines[k + 1], &lines[k + 2]);
        if [names, year_line, values]
            .iter()
            .any(|l| chars[l.start..l.end].contains(&'。'))
        {
            continue;
        }
        let labels = bar_cells(chars, names.start, names.end);
        let cells = bar_cells(chars, values.start, values.end);
        let years = bar_cells(chars, year_line.start, year_line.end);
        if labels.len() < 2 || cells.len() != labels.len() || years.len() != 1 {
            continue;
        }
        let Some(year) = year_cell(chars, years[0].0, years[0].1) else {
            continue;
        };
        // Names hold no figure of their own; every value cell holds one.
        let figure_in = |(a, b): (usize, usize)| (a..b).any(|p| chars[p].is_ascii_digit());
        // (A year column labelled a target, 2022年目标值, is one whenever the text was written.)
        let aimed = at(chars, years[0].0 + 5, "目标") || at(chars, years[0].0 + 5, "预期");
        if labels.iter().any(|c| figure_in(*c) || c.1 <= c.0 + 1)
            || (year < cx.start.min(cx.end) && !aimed)
        {
            continue;
        }
        let mut found = Vec::new();
        for (&(na, nb), &(a, b)) in labels.iter().zip(&cells) {
            let Some(cell) = value_cell(chars, a, b) else {
                continue;
            };
            let unit = if chars[a..b].contains(&'%') { "%" } else { "" };
            let value = cell.n.value();
            if unit == "%"
                && (value > 100.0 || (value >= 100.0 && cell.cmp == Some(Comparator::Gt)))
            {
                continue;
            }
            let name_str: String = chars[na..nb].iter().collect();
            let lower = LOWER_IS_BETTER.iter().any(|w| name_str.ends_with(w))
                || ["恩格尔系数", "收入比"]
                    .iter()
                    .any(|w| name_str.ends_with(w));
            let sense = Sense {
                fall: false,
                lower,
                growth: false,
            };
            found.push(candidate(
                sense,
                (na, nb),
                cell.figure((a, b)),
                unit,
                year,
                a,
                "table.transposed",
            ));
        }
        if found.is_empty() {
            continue;
        }
        out.push((k, Vec::new()));
        out.push((k + 1, Vec::new()));
        out.push((k + 2, found));
    }
    out
}

/// Tables flattened one cell a line, each cell closed by `|` (web pages that copy a table cell by
/// cell): a header naming one target year (“十四五”目标 | 2025年 | 年均[累计] |), then rows opened by
/// their serial number (`1 |`, the name, the unit, the nature, the figures). Every figure of a row
/// after its nature (or unit) is a target for the header's year: a table of a five-year plan puts
/// the final year's level and the period's yearly or cumulative ([ ]) figure side by side.
fn read_cell_lines(f: &Folded, lines: &[Line], cx: Context) -> Vec<(usize, Vec<Candidate>)> {
    let chars = &f.chars;
    // (A cell naming the units in charge may run long: 县卫健局、县教育局、…,各乡镇人民政府 |.)
    let cell_line = |l: &Line| {
        l.end > l.start
            && chars[l.end - 1] == '|'
            && (l.end - l.start <= 60
                || (l.end - l.start <= 240
                    && !chars[l.start..l.end]
                        .iter()
                        .any(|c| matches!(c, ';' | ':' | '!' | '?'))))
            && !chars[l.start..l.end].contains(&'。')
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        let mut e = k;
        while lines.get(e).is_some_and(cell_line) {
            e += 1;
        }
        if e - k >= 12 {
            out.extend(cell_block(chars, &lines[k..e], k, cx));
            k = e;
        } else {
            k = e.max(k + 1);
        }
    }
    out
}

/// Labels of a header's cells other than its years (指标, 属性), when a table is flattened one
/// cell a paragraph.
const HEADER_LABELS: &[&str] = &[
    "指标",
    "指标名称",
    "主要指标",
    "项目",
    "序号",
    "类别",
    "单位",
    "属性",
    "指标属性",
];

/// Tables flattened one cell a paragraph, without bars (a web page that copies a main-indicator
/// table: 指标 / 2020年 / 2025年 / 属性, then each row's name, its value for each year, its
/// nature, a paragraph each). The header is a run of short paragraphs that names the indicator
/// column and at least two years in order; the first year's column is the base, each later one
/// holds a target for its year. A row's values follow its name paragraphs column by column: when
/// a row splits into parts (其中:本科及以上学历比例, or 小学 / 初中 under a name), the values of
/// each column list its parts in turn, so the last names before the values are the parts the
/// values count. The table ends at a sentence.
fn read_cell_paragraphs(
    chars: &[char],
    lines: &[Line],
    cx: Context,
) -> Vec<(usize, Vec<Candidate>)> {
    let text_of = |l: &Line| (l.start, l.end);
    let blank = |l: &Line| l.end <= l.start;
    let label = |(a, b): (usize, usize)| {
        HEADER_LABELS
            .iter()
            .any(|w| at(chars, a, w) && a + w.chars().count() == b)
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < lines.len() {
        // The header: labels and years, blank paragraphs between.
        let mut years = Vec::new();
        let mut named = false;
        let mut e = k;
        while let Some(l) = lines.get(e) {
            let (a, b) = text_of(l);
            if blank(l) {
                e += 1;
                continue;
            }
            if b - a > 12 {
                break;
            }
            match year_cell(chars, a, b + 1).filter(|_| b > a) {
                Some(y) if b - a <= 8 => years.push(y),
                _ if label((a, b)) => named |= !at(chars, a, "属性") && !at(chars, a, "单位"),
                _ => break,
            }
            e += 1;
        }
        let opens = lines.get(k).is_some_and(|l| label(text_of(l)));
        if !(opens && named && years.len() >= 2 && years.windows(2).all(|w| w[0] < w[1])) {
            k += 1;
            continue;
        }
        let (found, end) = cell_paragraph_rows(chars, lines, e, &years, cx);
        for i in k..e {
            out.push((i, Vec::new()));
        }
        out.extend(found);
        k = end.max(k + 1);
    }
    out
}

/// The rows of a table flattened one cell a paragraph whose header (naming `years`) ends before
/// the line `from`: each line's candidates, and the index of the first line after the table.
fn cell_paragraph_rows(
    chars: &[char],
    lines: &[Line],
    from: usize,
    years: &[i32],
    cx: Context,
) -> (Vec<(usize, Vec<Candidate>)>, usize) {
    let mut out = Vec::new();
    let mut names: Vec<(usize, usize)> = Vec::new();
    let mut values: Vec<(usize, Cell, (usize, usize))> = Vec::new();
    let columns = years.len();
    let mut k = from;
    // Closes a row: its values, column by column, each column listing the row's parts.
    let close = |names: &mut Vec<(usize, usize)>,
                 values: &mut Vec<(usize, Cell, (usize, usize))>,
                 out: &mut Vec<(usize, Vec<Candidate>)>| {
        let parts = values.len() / columns;
        if parts > 0 && values.len().is_multiple_of(columns) && names.len() >= parts {
            let row = &names[names.len() - parts..];
            // (The unit in brackets after the row's first name, 学历比例(%), serves its parts.)
            let unit_of = |(a, b): (usize, usize)| bracketed_unit(chars, a, b);
            let shared = names.iter().find_map(|n| unit_of(*n)).map(|(u, _)| u);
            for (v, (line, cell, range)) in values.drain(..).enumerate() {
                let (column, part) = (v / parts, v % parts);
                let (Some(&year), Some(&name)) = (years.get(column), row.get(part)) else {
                    continue;
                };
                if column == 0 || year < cx.start.min(cx.end) {
                    continue;
                }
                let (a, b) = strip_number(chars, name);
                let a = if at(chars, a, "其中:") { a + 3 } else { a };
                let (unit, bare) = match unit_of((a, b)) {
                    Some((u, open)) => (u, (a, open)),
                    None => (shared.clone().unwrap_or_default(), (a, b)),
                };
                let c = candidate(
                    Sense::of(chars, bare),
                    bare,
                    cell.figure(range),
                    &unit,
                    year,
                    a,
                    "table.paragraphs",
                );
                out.push((line, vec![c]));
            }
        }
        names.clear();
        values.clear();
    };
    while let Some(l) = lines.get(k) {
        let (a, b) = (l.start, l.end);
        if b <= a {
            out.push((k, Vec::new()));
            k += 1;
            continue;
        }
        if chars[a..b].contains(&'。') || b - a > 40 {
            break;
        }
        if NATURE
            .iter()
            .any(|w| at(chars, a, w) && a + w.chars().count() + 1 >= b)
        {
            close(&mut names, &mut values, &mut out);
        } else if let Some(cell) = value_cell(chars, a, b) {
            values.push((k, cell, (a, b)));
        } else {
            // A name after values opens the next row.
            if !values.is_empty() {
                close(&mut names, &mut values, &mut out);
            }
            names.push((a, b));
        }
        if !out.iter().any(|(j, _)| *j == k) {
            out.push((k, Vec::new()));
        }
        k += 1;
    }
    close(&mut names, &mut values, &mut out);
    // (One entry a line: a line's candidates, after any placeholder it had.)
    let mut merged: Vec<(usize, Vec<Candidate>)> = Vec::new();
    for (line, found) in out {
        match merged.iter_mut().find(|(j, _)| *j == line) {
            Some((_, f)) => f.extend(found),
            None => merged.push((line, found)),
        }
    }
    merged.sort_by_key(|(j, _)| *j);
    (merged, k)
}

/// The cell of a cell line without its closing `|`s.
fn cell_of(chars: &[char], l: &Line) -> (usize, usize) {
    let mut b = l.end;
    while b > l.start && chars[b - 1] == '|' {
        b -= 1;
    }
    (l.start, b)
}

/// The serial number filling the cell `a..b` (`3`), if it does.
fn serial(chars: &[char], (a, b): (usize, usize)) -> Option<u32> {
    let n = scan(chars, a).filter(|n| n.start == a && n.end == b && !n.chinese)?;
    (n.decimals == 0 && n.value() >= 1.0 && n.value() <= 200.0).then_some(n.value() as u32)
}

/// The targets of one block of cell lines (`first` is the index of its first line).
fn cell_block(
    chars: &[char],
    block: &[Line],
    first: usize,
    cx: Context,
) -> Vec<(usize, Vec<Candidate>)> {
    // Rows open with serial numbers 1, 2, 3, …; the header stands before the first.
    let mut starts = Vec::new();
    for (i, l) in block.iter().enumerate() {
        if serial(chars, cell_of(chars, l)) == Some(starts.len() as u32 + 1) {
            starts.push(i);
        }
    }
    let Some(&head_end) = starts.first() else {
        return Vec::new();
    };
    let mut years: Vec<i32> = block[..head_end]
        .iter()
        .filter_map(|l| {
            let (a, b) = cell_of(chars, l);
            year_cell(chars, a, b + 1).filter(|_| b > a)
        })
        .collect();
    years.dedup();
    if years.len() >= 2 {
        return year_columns(chars, block, first, &starts, cx);
    }
    let [year] = years[..] else {
        return Vec::new();
    };
    if starts.len() < 2 || year < cx.start.min(cx.end) {
        return Vec::new();
    }
    let mut found: Vec<Vec<Candidate>> = vec![Vec::new(); block.len()];
    for (r, &s) in starts.iter().enumerate() {
        let end = starts.get(r + 1).copied().unwrap_or(block.len());
        let cells: Vec<(usize, (usize, usize))> = (s + 1..end)
            .map(|i| (i, cell_of(chars, &block[i])))
            .collect();
        let Some(&(_, name)) = cells.first() else {
            continue;
        };
        let nature = cells
            .iter()
            .position(|(_, (a, _))| NATURE.iter().any(|w| at(chars, *a, w)));
        let values_from = nature.map_or(3, |p| p + 1);
        let unit = match cells.get(1) {
            Some((_, (a, b))) if nature.is_none_or(|p| p == 2) => {
                // A unit of a ratio (人/亿元, 万元/人) as written; a lone / or - is no unit.
                let u: String = chars[*a..*b].iter().collect();
                let plain = u.chars().count() <= 8
                    && !u.contains(|c: char| c.is_ascii_digit())
                    && !matches!(u.as_str(), "/" | "-");
                if u.contains('/') && plain {
                    u
                } else {
                    unit_cell(chars, *a, *b).unwrap_or(if plain { u } else { String::new() })
                }
            }
            _ => continue,
        };
        let sense = Sense::of(chars, name);
        for &(i, (a, b)) in cells.iter().skip(values_from) {
            let figures: Vec<Figure> = match value_cell(chars, a, b) {
                Some(c) => vec![c.figure((a, b))],
                None => bracketed_figures(chars, a, b),
            };
            for figure in figures {
                // From the name: rows with one figure (>60) must not read as one restated.
                found[i].push(cell_target(sense, name, figure, &unit, year));
            }
        }
    }
    numbered(first, found)
}

/// The targets of a block of cell lines whose header names a column for each of several years
/// (序号 | 指标名称 | 单位 | 2022年 | 2025年 | 2027年 | 牵头单位 |), as a table of rows does: the
/// first year column is the base, each later one holds a target for its year. A row's cells stand
/// under the header's in order (`starts` are the rows' first lines); a header repeated on a later
/// page, or any cell beyond the header's, is left out.
fn year_columns(
    chars: &[char],
    block: &[Line],
    first: usize,
    starts: &[usize],
    cx: Context,
) -> Vec<(usize, Vec<Candidate>)> {
    let Some(&head_end) = starts.first() else {
        return Vec::new();
    };
    // The header's labels, from the line that opens it (序号) on, if one does.
    let opens = block[..head_end]
        .iter()
        .rposition(|l| {
            let (a, b) = cell_of(chars, l);
            ["序号", "编号"]
                .iter()
                .any(|w| at(chars, a, w) && a + 2 == b)
        })
        .unwrap_or(0);
    let labels: Vec<(usize, usize)> = block[opens..head_end]
        .iter()
        .map(|l| cell_of(chars, l))
        .collect();
    let columns: Vec<Option<i32>> = labels
        .iter()
        .map(|&(a, b)| year_cell(chars, a, b + 1).filter(|_| b > a))
        .collect();
    let years: Vec<i32> = columns.iter().flatten().copied().collect();
    if years.len() < 2 || !years.windows(2).all(|w| w[0] < w[1]) || starts.len() < 2 {
        return Vec::new();
    }
    let label_is = |&(a, b): &(usize, usize), words: &[&str]| {
        words
            .iter()
            .any(|w| at(chars, a, w) && a + w.chars().count() == b)
    };
    let name_col = labels
        .iter()
        .position(|l| label_is(l, &["指标名称", "指标", "名称", "项目", "指标项"]));
    let unit_col = labels
        .iter()
        .position(|l| label_is(l, &["单位", "计量单位"]));
    let (Some(name_col), Some(unit_col)) = (name_col, unit_col) else {
        return Vec::new();
    };
    let Some(base_col) = columns.iter().position(Option::is_some) else {
        return Vec::new();
    };
    let mut found: Vec<Vec<Candidate>> = vec![Vec::new(); block.len()];
    for (r, &s) in starts.iter().enumerate() {
        let end = starts.get(r + 1).copied().unwrap_or(block.len());
        // The row's cells, its serial number first, as many as the header has.
        let cells: Vec<(usize, (usize, usize))> = (s..end)
            .take(labels.len())
            .map(|i| (i, cell_of(chars, &block[i])))
            .collect();
        let (Some(&(_, name)), Some(&(_, (ua, ub)))) = (cells.get(name_col), cells.get(unit_col))
        else {
            continue;
        };
        if name.1 <= name.0 {
            continue;
        }
        let unit = unit_cell(chars, ua, ub).unwrap_or_default();
        let sense = Sense::of(chars, name);
        for (c, &(i, (a, b))) in cells.iter().enumerate().skip(base_col + 1) {
            let Some(Some(year)) = columns.get(c) else {
                continue;
            };
            if *year < cx.start.min(cx.end) {
                continue;
            }
            let Some(cell) = value_cell(chars, a, b) else {
                continue;
            };
            found[i].push(cell_target(sense, name, cell.figure((a, b)), &unit, *year));
        }
    }
    numbered(first, found)
}

/// The candidates of each line of a block of cell lines, numbered from its first line `first`.
fn numbered(first: usize, found: Vec<Vec<Candidate>>) -> Vec<(usize, Vec<Candidate>)> {
    found
        .into_iter()
        .enumerate()
        .map(|(i, c)| (first + i, c))
        .collect()
}

/// The target a cell line gives the row named `name` (quoted from the name on).
fn cell_target(
    sense: Sense,
    name: (usize, usize),
    figure: Figure,
    unit: &str,
    year: i32,
) -> Candidate {
    candidate(sense, name, figure, unit, year, name.0, "table.cells")
}

/// A figure of a cell: value, range upper, comparator written, decimals and folded range.
type Figure = (f64, Option<f64>, Option<Comparator>, u8, (usize, usize));

/// The figures of a bracketed cell of cumulative figures written in words ([累计达到1000],
/// [成片:五年累计约110 零星:五年累计约20]): each figure in digits that is no year or span of
/// years, with 约 or 左右 as `≈`, 达到 or nothing as a level to reach.
fn bracketed_figures(chars: &[char], a: usize, b: usize) -> Vec<Figure> {
    let mut out = Vec::new();
    if chars.get(a) != Some(&'[') || b < a + 2 || chars.get(b - 1) != Some(&']') {
        return out;
    }
    let mut p = a + 1;
    while p < b - 1 {
        let Some(n) = scan(chars, p).filter(|n| n.start == p && n.end < b) else {
            p += 1;
            continue;
        };
        p = n.end.max(p + 1);
        if n.chinese || chars.get(n.end) == Some(&'年') {
            continue;
        }
        let cmp = if chars.get(n.start.wrapping_sub(1)) == Some(&'约') || at(chars, n.end, "左右")
        {
            Some(Comparator::Approx)
        } else {
            None
        };
        out.push((n.value(), None, cmp, n.decimals, (n.start, n.end)));
    }
    out
}

/// Labels of a base column without a year.
const BASE: &[&str] = &["现状值", "现状", "基期值", "基期", "基准值", "基准年"];

/// A header: its year columns, in order (0 for a base column without a year).
struct Header {
    years: Vec<i32>,
    /// Columns after the last year's (责任单位, 牵头部门): a row's cells there name who is
    /// responsible, not a figure.
    trailing: usize,
}

/// Runs of folded characters in `a..b` that stood apart in the original.
fn cells(f: &Folded, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = a;
    for k in a..b {
        let gap = k + 1 < b
            && match (f.byte_at.get(k), f.byte_len.get(k), f.byte_at.get(k + 1)) {
                (Some(p), Some(l), Some(q)) => p + l < *q,
                _ => false,
            };
        if gap {
            out.push((s, k + 1));
            s = k + 1;
        }
    }
    if s < b {
        out.push((s, b));
    }
    out
}

/// A four-digit year and 年 in the cell `a..b` (2025年, 2025年目标值, 目标值(2025年)).
fn year_cell(chars: &[char], a: usize, b: usize) -> Option<i32> {
    (a..b).find_map(|p| {
        let n = scan(chars, p)?;
        let y = n.value() as i32;
        (!n.chinese
            && n.end - n.start == 4
            && n.end < b
            && chars.get(n.end) == Some(&'年')
            && (2000..=2060).contains(&y))
        .then_some(y)
    })
}

/// Is `line` a table's header: at least two year columns in cells of their own, no sentence?
fn header(f: &Folded, line: &Line) -> Option<Header> {
    let chars = &f.chars;
    if chars[line.start..line.end].contains(&'。') {
        return None;
    }
    let cs = cells(f, line.start, line.end);
    let mut years = Vec::new();
    let mut trailing = 0;
    for &(a, b) in &cs {
        match year_cell(chars, a, b) {
            Some(y) => {
                years.push(y);
                trailing = 0;
            }
            // 现状值 2025年目标值: a base column without a year (0) before the target's.
            None if years.is_empty() && BASE.iter().any(|w| at(chars, a, w)) => years.push(0),
            None if !years.is_empty() && !NATURE.iter().any(|w| at(chars, a, w)) => trailing += 1,
            None => {}
        }
    }
    (years.len() >= 2 && years.windows(2).all(|w| w[0] < w[1]))
        .then_some(Header { years, trailing })
}

/// The targets of one row under `h`.
fn read_row(f: &Folded, line: &Line, h: &Header, cx: Context) -> Vec<Candidate> {
    let chars = &f.chars;
    let mut cs = cells(f, line.start, line.end);
    let nature = |c: &(usize, usize)| NATURE.iter().any(|w| at(chars, c.0, w));
    if cs.last().is_some_and(nature) {
        cs.pop();
    }
    // (1 研发经费投入强度(%) 2.1 2.8 市科技局: the cells under the columns after the years name
    // the agency responsible; the year columns' values stand before them.)
    for _ in 0..h.trailing {
        if cs.len() > h.years.len() + 1
            && cs
                .last()
                .is_some_and(|&(a, b)| value_cell(chars, a, b).is_none())
        {
            cs.pop();
        }
    }
    let n = h.years.len();
    if cs.len() <= n {
        return Vec::new();
    }
    let (labels, values) = cs.split_at(cs.len() - n);
    let Some(&(la, lb)) = labels.last() else {
        return Vec::new();
    };
    // The unit in a cell of its own (%, 件, 万人), or in brackets after the name (…(亿元)).
    let named = labels
        .len()
        .checked_sub(2)
        .and_then(|k| labels.get(k))
        .copied()
        .zip(unit_cell(chars, la, lb));
    let (name, unit) = match named {
        Some(nu) => nu,
        None => match bracketed_unit(chars, la, lb) {
            Some((u, open)) => ((la, open), u),
            None => return Vec::new(),
        },
    };
    let name = strip_number(chars, name);
    if name.0 >= name.1 {
        return Vec::new();
    }
    let sense = Sense::of(chars, name);
    let base_year = h.years.first().copied().filter(|y| *y > 0);
    let mut out = Vec::new();
    for (k, &(a, b)) in values.iter().enumerate().skip(1) {
        let Some(&year) = h.years.get(k) else {
            continue;
        };
        let Some(cell) = value_cell(chars, a, b) else {
            continue;
        };
        if year < cx.start.min(cx.end) {
            continue;
        }
        let mut c = candidate(
            sense,
            name,
            cell.figure((a, b)),
            &unit,
            year,
            name.0,
            "table.row",
        );
        // A fall is counted from the base column's year.
        c.baseline_year = base_year.filter(|_| sense.fall);
        out.push(c);
    }
    out
}

/// What a row's name says of its figures.
#[derive(Clone, Copy)]
struct Sense {
    /// The name ends in a fall (单位GDP能耗降低): its percentages are changes, signed below zero.
    fall: bool,
    /// Lower values are better (…浓度, …死亡率).
    lower: bool,
    /// A growth rate (…增长, …增速).
    growth: bool,
}

impl Sense {
    /// The sense of the name at the folded range `a..b`.
    fn of(chars: &[char], (a, b): (usize, usize)) -> Sense {
        let name: String = chars[a..b].iter().collect();
        Sense {
            fall: FALLS.iter().any(|w| name.ends_with(w)),
            lower: LOWER_IS_BETTER.iter().any(|w| name.ends_with(w)),
            growth: name.contains("增长") || name.contains("增速"),
        }
    }
}

/// The target a table's `figure` gives the indicator `name` for `year`, quoted from `from` to
/// the figure's end: a comparator the cell does not state is assumed from the direction, and a
/// fall in percent is a relative change below zero.
fn candidate(
    sense: Sense,
    name: (usize, usize),
    (mut value, mut upper, cmp, decimals, (_, end)): Figure,
    unit: &str,
    year: i32,
    from: usize,
    rule: &'static str,
) -> Candidate {
    let mut flags = Vec::new();
    let cmp = cmp.unwrap_or_else(|| {
        flags.push(Flag::ComparatorAssumed);
        if sense.lower {
            Comparator::Le
        } else {
            Comparator::Ge
        }
    });
    let kind = if sense.fall && unit == "%" {
        value = -value;
        upper = upper.map(|u| -u);
        Kind::RelativeChange
    } else if sense.growth && unit == "%" {
        Kind::GrowthRate
    } else if unit == "%" {
        Kind::Share
    } else {
        Kind::Level
    };
    Candidate {
        name,
        name_text: None,
        name_tail: None,
        value,
        upper,
        unit: unit.to_string(),
        decimals,
        year,
        cmp,
        aspirational: false,
        kind,
        direction: if sense.fall || sense.lower {
            Direction::Lower
        } else {
            Direction::Higher
        },
        baseline_year: None,
        baseline_value: None,
        quote: (from, end),
        cues: vec!["table".to_string()],
        rule,
        flags,
        shape: Shape::Carried,
    }
}

/// A unit in brackets closing the name cell `a..b` (地区生产总值(亿元)): the unit and the index of
/// the bracket.
fn bracketed_unit(chars: &[char], a: usize, b: usize) -> Option<(String, usize)> {
    if b < a + 3 || chars.get(b - 1) != Some(&')') {
        return None;
    }
    let open = (a..b).rev().find(|p| chars.get(*p) == Some(&'('))?;
    unit_cell(chars, open + 1, b - 1).map(|u| (u, open))
}

/// The unit filling `a..b`, with a magnitude before it (%, 件, 万吨, 亿元).
fn unit_cell(chars: &[char], a: usize, b: usize) -> Option<String> {
    let prefix = ["万亿", "万", "亿"]
        .iter()
        .find(|w| at(chars, a, w) && unit_at(chars, a).is_none_or(|(_, l)| a + l != b))
        .map_or("", |w| *w);
    let p = a + prefix.chars().count();
    let (u, len) = unit_at(chars, p)?;
    (p + len == b).then(|| format!("{prefix}{u}"))
}

/// The name without a leading row number (3., 3、, (3)).
fn strip_number(chars: &[char], (a, b): (usize, usize)) -> (usize, usize) {
    let mut p = a;
    let open = chars.get(p) == Some(&'(');
    if open {
        p += 1;
    }
    let digits = p;
    while p < b && chars.get(p).is_some_and(|c| c.is_ascii_digit()) {
        p += 1;
    }
    if p > digits && p < b && matches!(chars.get(p), Some('.' | '、' | ')')) {
        (p + 1, b)
    } else {
        (a, b)
    }
}

/// Comparators written before a cell's figure (<5.5, ≥90, 约6).
const BEFORE: &[(&str, Comparator)] = &[
    ("<=", Comparator::Le),
    (">=", Comparator::Ge),
    ("≤", Comparator::Le),
    ("≥", Comparator::Ge),
    ("<", Comparator::Lt),
    (">", Comparator::Gt),
    ("约", Comparator::Approx),
];

/// The first of `words` at `p`: its length in characters and its comparator.
fn word_at(chars: &[char], p: usize, words: &[(&str, Comparator)]) -> Option<(usize, Comparator)> {
    words
        .iter()
        .find(|(w, _)| at(chars, p, w))
        .map(|(w, c)| (w.chars().count(), *c))
}

/// A figure filling a value cell.
struct Cell {
    n: Number,
    upper: Option<f64>,
    cmp: Option<Comparator>,
}

impl Cell {
    /// The cell's figure, read from the folded range `range`.
    fn figure(&self, range: (usize, usize)) -> Figure {
        (self.n.value(), self.upper, self.cmp, self.n.decimals, range)
    }
}

/// Reads the cell `a..b` as one figure with an optional comparator (<5.5, ≥90, 6左右, 80以上,
/// 88-90, [14]); `None` when it holds anything else (高于GDP增长, —). The cell is read on its own,
/// as the figure of the cell before it may end right before it in the folded text.
fn value_cell(chars: &[char], a: usize, b: usize) -> Option<Cell> {
    let chars = chars.get(a..b)?;
    let mut p = 0;
    let bracket = chars.first() == Some(&'[');
    if bracket {
        p += 1;
    }
    let mut cmp = None;
    if let Some((len, c)) = word_at(chars, p, BEFORE) {
        cmp = Some(c);
        p += len;
    }
    let n = scan(chars, p).filter(|n| n.start == p && !n.chinese)?;
    let mut j = n.end;
    if chars.get(j) == Some(&'%') {
        j += 1;
    }
    let mut upper = None;
    if matches!(chars.get(j), Some('-' | '~' | '至')) {
        let m = scan(chars, j + 1).filter(|m| m.start == j + 1 && !m.chinese)?;
        upper = Some(m.value());
        cmp = Some(Comparator::Range);
        j = m.end;
        if chars.get(j) == Some(&'%') {
            j += 1;
        }
    }
    // (80及以上: 及 before the comparator.)
    if chars.get(j) == Some(&'及') && word_at(chars, j + 1, POST_CUES).is_some() {
        j += 1;
    }
    if let Some((len, c)) = word_at(chars, j, POST_CUES).filter(|_| upper.is_none()) {
        cmp = Some(c);
        j += len;
    }
    if bracket && chars.get(j) == Some(&']') {
        j += 1;
    }
    (j == chars.len()).then_some(Cell { n, upper, cmp })
}

#[cfg(test)]
mod tests {
    use crate::draft;
    use plan_gauge_core::model::Comparator;

    #[test]
    fn rows_under_year_columns_give_the_later_columns_targets() {
        let t = "类别 指标 单位 2020年 2025年 属性\n经济发展 1.地区生产总值年均增长 % 6.8 6左右 预期性\n\
                 2.全员劳动生产率增长 % 6.5 高于GDP增长 预期性\n3.常住人口城镇化率 % 62.1 66 预期性\n\
                 4.城镇调查失业率 % — <5.5 预期性\n5.单位地区生产总值能耗降低 % [16.2] [14] 约束性";
        let d = draft(t);
        let got: Vec<_> = d
            .targets
            .iter()
            .map(|x| {
                (
                    x.name.as_str(),
                    x.milestone.value,
                    x.milestone.cmp,
                    x.milestone.year,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                ("地区生产总值年均增长", Some(6.0), Comparator::Approx, 2025),
                ("常住人口城镇化率", Some(66.0), Comparator::Ge, 2025),
                ("城镇调查失业率", Some(5.5), Comparator::Lt, 2025),
                (
                    "单位地区生产总值能耗降低",
                    Some(-14.0),
                    Comparator::Ge,
                    2025
                ),
            ]
        );
        assert_eq!(d.targets[1].quote, "常住人口城镇化率 % 62.1 66");
    }

    #[test]
    fn a_table_turned_on_its_side_gives_each_column_a_target() {
        let t = "主要指标 |\n甲覆盖率 | 乙占比 | 丙恩格尔系数 | 丁通达比例 |\n2027 年 目 标 值 |\n\
                 95% | >40% | 28.5% | >100% |\n属性 | 预期性 | 预期性 | 预期性 | 预期性 |";
        let d = draft(t);
        let got: Vec<_> = d
            .targets
            .iter()
            .map(|x| (x.milestone.value, x.milestone.cmp, x.milestone.year))
            .collect();
        assert_eq!(
            got,
            [
                (Some(95.0), Comparator::Ge, 2027),
                (Some(40.0), Comparator::Gt, 2027),
                (Some(28.5), Comparator::Le, 2027),
            ]
        );
        // Names with figures of their own are no such table.
        assert!(draft("2025年 | 2026年 |\n2027年目标 |\n5 | 6 |")
            .targets
            .is_empty());
    }

    #[test]
    fn a_sentence_with_two_years_is_no_header() {
        let d = draft("2020年 2025年\n到2025年,全市 高新技术企业 达到 500家。");
        assert_eq!(d.targets.len(), 1);
    }
}
