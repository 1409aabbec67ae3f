//! The observations template as editors use it: `template` writes a sheet for a plan; filled in
//! (CSV saved as UTF-8 with BOM, GB18030 or UTF-16, or an .xlsx workbook), `check` and `report`
//! read back the same values; unchanged, it reads back as no observations at all.

use calamine::{Data, Reader, Xlsx};
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_plan-gauge"))
}

fn plan() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds/zhenhai-2022.plan.json")
}

fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("pg-template-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

/// The two figures the tests fill in: (indicator, year, value as typed, value).
const FILLED: [(&str, &str, &str, f64); 2] = [
    ("high-tech-firms", "2023", "512", 512.0),
    ("rd-intensity", "2023", "3.66%", 3.66),
];

fn template(format: &str, out: &Path) {
    let st = bin()
        .arg("template")
        .arg(plan())
        .args(["--format", format, "--out"])
        .arg(out)
        .status()
        .expect("runs");
    assert!(st.success());
}

/// The latest values the JSON report gives for the filled-in indicators.
fn reported(obs: &Path) -> Vec<(String, Option<f64>)> {
    let out = bin()
        .arg("report")
        .arg(plan())
        .arg("--observations")
        .arg(obs)
        .args(["--as-of", "2024-06-30", "--format", "json"])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let mut got: Vec<(String, Option<f64>)> = doc["assessments"]
        .as_array()
        .expect("assessments")
        .iter()
        .filter(|a| a["latest"].is_object())
        .map(|a| {
            (
                a["indicator"].as_str().unwrap_or_default().to_string(),
                a["latest"]["value"].as_f64(),
            )
        })
        .collect();
    got.sort_by(|a, b| a.0.cmp(&b.0));
    got
}

fn expected() -> Vec<(String, Option<f64>)> {
    let mut e: Vec<(String, Option<f64>)> = FILLED
        .iter()
        .map(|(id, _, _, v)| (id.to_string(), Some(*v)))
        .collect();
    e.sort_by(|a, b| a.0.cmp(&b.0));
    e
}

fn check_passes(files: &[&Path]) {
    let out = bin()
        .arg("check")
        .arg(plan())
        .args(files)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn a_csv_template_filled_in_and_saved_in_any_encoding_reads_back_the_same_values() {
    let d = dir();
    let path = d.join("template.csv");
    template("csv", &path);
    let bytes = std::fs::read(&path).expect("read");
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 with a BOM, for Excel"
    );
    let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
    assert!(text.starts_with("指标代码 indicator,"), "{text}");
    // Unchanged, it passes the check and holds no observations.
    check_passes(&[&path]);
    assert_eq!(reported(&path), vec![]);
    // Filled in as an editor would: the value, a status and a source on two rows.
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    for (id, year, typed, _) in FILLED {
        let line = lines
            .iter_mut()
            .find(|l| l.starts_with(&format!("{id},")) && l.contains(&format!(",{year},")))
            .expect("a row for the indicator and year");
        let blank = line
            .strip_suffix(",,,,,")
            .expect("five empty cells")
            .to_string();
        *line = format!("{blank},\"{typed}\",P,区科技局,2024-03-01,");
    }
    let filled = lines.join("\r\n") + "\r\n";
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(filled.encode_utf16().flat_map(u16::to_le_bytes));
    for (name, bytes) in [
        (
            "utf8-bom",
            [&b"\xEF\xBB\xBF"[..], filled.as_bytes()].concat(),
        ),
        (
            "gb18030",
            encoding_rs::GB18030.encode(&filled).0.into_owned(),
        ),
        ("utf16", utf16),
    ] {
        let p = d.join(format!("filled-{name}.csv"));
        std::fs::write(&p, bytes).expect("write");
        check_passes(&[&p]);
        assert_eq!(reported(&p), expected(), "{name}");
    }
}

#[test]
fn an_xlsx_template_filled_in_reads_back_the_same_values() {
    let d = dir();
    let path = d.join("template.xlsx");
    template("xlsx", &path);
    check_passes(&[&path]);
    assert_eq!(reported(&path), vec![]);
    // Open it as a spreadsheet, type the figures in, save it again.
    let bytes = std::fs::read(&path).expect("read");
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).expect("a workbook");
    let range = book.worksheet_range("observations").expect("the sheet");
    let mut rows: Vec<Vec<String>> = range
        .rows()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect();
    for (id, year, typed, _) in FILLED {
        let row = rows
            .iter_mut()
            .find(|r| r[0] == id && r[3] == year)
            .expect("a row for the indicator and year");
        row[4] = typed.to_string();
        row[5] = "provisional".to_string();
        row[6] = "区科技局".to_string();
    }
    let mut out = rust_xlsxwriter::Workbook::new();
    let ws = out.add_worksheet();
    for (r, row) in rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            ws.write_string(r as u32, c as u16, cell).expect("cell");
        }
    }
    let filled = d.join("filled.xlsx");
    std::fs::write(&filled, out.save_to_buffer().expect("saves")).expect("write");
    check_passes(&[&filled]);
    assert_eq!(reported(&filled), expected());
}

#[test]
fn bad_workbooks_and_huge_files_get_clear_errors_and_nothing_is_half_written() {
    let d = dir();
    for (name, bytes) in [
        ("corrupt.xlsx", b"PK\x03\x04 damaged".to_vec()),
        (
            "protected.xlsx",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0".to_vec(),
        ),
    ] {
        let p = d.join(name);
        std::fs::write(&p, bytes).expect("write");
        let out = bin().arg("check").arg(&p).output().expect("runs");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{name}: {stdout}");
        assert!(stdout.contains("[bad_workbook]"), "{name}: {stdout}");
    }
    // A 50 MB CSV: refused before it is read.
    let big = d.join("big.csv");
    let f = std::fs::File::create(&big).expect("create");
    f.set_len(50 * 1024 * 1024).expect("size");
    let out = bin().arg("check").arg(&big).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("[too_large]") && stdout.contains("50"),
        "{stdout}"
    );
    // A template to a folder that does not exist: an error, and no stray file.
    let missing = d.join("no-such-dir/t.xlsx");
    let st = bin()
        .arg("template")
        .arg(plan())
        .args(["--format", "xlsx", "--out"])
        .arg(&missing)
        .status()
        .expect("runs");
    assert_eq!(st.code(), Some(2));
    assert!(!missing.exists());
}
