//! Observations kept in Excel or WPS workbooks (`.xlsx`): reading a sheet into rows of cells for
//! the core's one observations reader, and writing the `template` sheet.

use calamine::{Data, Reader, Xlsx};
use plan_gauge_core::validate::{Code, Problem};
use std::io::Cursor;

/// The cells of a sheet (the first, or the one named), each row with its row number as Excel
/// shows it, ready for [`plan_gauge_core::validate::parse_observation_rows`]. Numbers are
/// written as plain decimals (`2023`, `3.08`), dates as `YYYY-MM-DD`. Merged cells are an error:
/// a merged header leaves columns without a name.
pub fn read_xlsx(bytes: &[u8], sheet: Option<&str>) -> Result<Vec<(usize, Vec<String>)>, Problem> {
    let bad = |detail: String| Problem::error("", Code::BadWorkbook).with("detail", detail);
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| bad(e.to_string()))?;
    let names = book.sheet_names();
    let name = match sheet {
        Some(s) => names
            .iter()
            .find(|n| n.as_str() == s)
            .cloned()
            .ok_or_else(|| {
                bad(format!(
                    "no sheet named \"{s}\"; sheets: {}",
                    names.join(", ")
                ))
            })?,
        None => names
            .first()
            .cloned()
            .ok_or_else(|| bad("no sheet".to_string()))?,
    };
    let range = book
        .worksheet_range(&name)
        .map_err(|e| bad(e.to_string()))?;
    let merged = book
        .merge_cells_by_sheet_name(&name)
        .map_err(|e| bad(e.to_string()))?;
    if let Some(m) = merged.first() {
        let range = format!("{}:{}", cell_name(m.start), cell_name(m.end));
        return Err(
            Problem::error(format!("{name}!{}", cell_name(m.start)), Code::MergedCells)
                .with("range", range),
        );
    }
    let first_row = range.start().map_or(0, |(r, _)| r as usize);
    let first_col = range.start().map_or(0, |(_, c)| c as usize);
    Ok(range
        .rows()
        .enumerate()
        .map(|(i, row)| {
            // Cells left of the used range are empty: keep columns where the sheet has them.
            let mut cells = vec![String::new(); first_col];
            cells.extend(row.iter().map(cell_text));
            (first_row + i + 1, cells)
        })
        .collect())
}

/// A cell as the text the observations reader expects.
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_string(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) => number_text(*f),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) if d.is_datetime() => excel_date(d.as_f64()),
        Data::DateTime(d) => number_text(d.as_f64()),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// `2023` for 2023.0, else the shortest decimal that reads back as the same number.
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

/// An Excel date serial (days since 1899-12-30, 1900 date system) as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> String {
    if !serial.is_finite() || !(0.0..3_000_000.0).contains(&serial) {
        return number_text(serial);
    }
    // Days from 1970-01-01 (serial 25,569), then the core's civil date.
    plan_gauge_core::time::Date::from_days_since_epoch(serial.floor() as i64 - 25_569).to_string()
}

/// `A1`-style name of a (row, column), both from 0.
fn cell_name((row, col): (u32, u32)) -> String {
    let mut letters = Vec::new();
    let mut c = col + 1;
    while c > 0 {
        let rem = (c - 1) % 26;
        letters.push(char::from(b'A' + rem as u8));
        c = (c - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", letters.into_iter().collect::<String>(), row + 1)
}

/// The rows as an `.xlsx` workbook with one sheet, the header row bold and frozen, columns wide
/// enough for their text. Every cell is text, so ids and years stay as typed.
pub fn write_xlsx(rows: &[Vec<String>], sheet: &str) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let ws = book.add_worksheet();
    ws.set_name(sheet).map_err(|e| e.to_string())?;
    let bold = Format::new().set_bold();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let (r, c) = (r as u32, c as u16);
            let written = if r == 0 {
                ws.write_string_with_format(r, c, cell, &bold)
            } else {
                ws.write_string(r, c, cell)
            };
            written.map_err(|e| e.to_string())?;
        }
    }
    let widths = (0..rows.first().map_or(0, Vec::len)).map(|c| {
        rows.iter()
            .filter_map(|r| r.get(c))
            .map(|s| {
                s.chars()
                    .map(|ch| if ch.is_ascii() { 1 } else { 2 })
                    .sum::<usize>()
            })
            .max()
            .unwrap_or(8)
    });
    for (c, w) in widths.enumerate() {
        ws.set_column_width(c as u16, (w as f64 + 2.0).min(60.0))
            .map_err(|e| e.to_string())?;
    }
    ws.set_freeze_panes(1, 0).map_err(|e| e.to_string())?;
    book.save_to_buffer().map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_names_are_what_excel_shows() {
        assert_eq!(excel_date(45_352.0), "2024-03-01");
        assert_eq!(excel_date(25_569.0), "1970-01-01");
        assert_eq!(excel_date(36_526.5), "2000-01-01");
        assert_eq!(cell_name((0, 0)), "A1");
        assert_eq!(cell_name((4, 27)), "AB5");
        assert_eq!(number_text(2023.0), "2023");
        assert_eq!(number_text(3.08), "3.08");
    }

    #[test]
    fn a_written_sheet_reads_back_cell_for_cell() {
        let rows = vec![
            vec!["指标代码 indicator".to_string(), "时期 period".to_string()],
            vec!["firms".to_string(), "2023".to_string()],
        ];
        let bytes = write_xlsx(&rows, "observations").expect("writes");
        let back = read_xlsx(&bytes, None).expect("reads");
        assert_eq!(back, vec![(1, rows[0].clone()), (2, rows[1].clone())]);
        assert!(read_xlsx(&bytes, Some("other")).is_err());
    }

    #[test]
    fn damaged_and_protected_workbooks_are_errors_not_panics() {
        for bytes in [
            &b""[..],
            b"PK\x03\x04 not really a zip",
            // The start of an OLE compound file: what a password-protected .xlsx is.
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0",
        ] {
            let p = read_xlsx(bytes, None).expect_err("not a workbook");
            assert_eq!(p.code, Code::BadWorkbook);
        }
    }
}
