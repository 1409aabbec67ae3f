//! Observations as editors save them on Chinese Windows: the same figures in UTF-8, UTF-8 with a
//! BOM, GB18030 and UTF-16 (Excel's "Unicode text") give the same report; a file that is not
//! text gets a clear error naming the encoding and the line, never a panic.

use plan_gauge_core::validate;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn dir() -> PathBuf {
    let d = std::env::temp_dir().join(format!("pg-enc-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

/// The Zhenhai sample observations as CSV text (Chinese sources, notes and names).
fn csv_text() -> String {
    let text =
        std::fs::read_to_string(repo().join("seeds/zhenhai-2022.sample.json")).expect("seed");
    let set = validate::parse_observations_json(&text).expect("sample parses");
    validate::observations_to_csv(&set.observations)
}

fn report(obs: &Path) -> (Option<i32>, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plan-gauge"))
        .arg("report")
        .arg(repo().join("seeds/zhenhai-2022.plan.json"))
        .arg("--observations")
        .arg(obs)
        .args(["--as-of", "2025-06-30", "--format", "json"])
        .output()
        .expect("runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_encoding_excel_and_wps_write_reads_the_same() {
    let text = csv_text();
    assert!(text.contains("示例数据"), "Chinese text to encode: {text}");
    let d = dir();
    let utf8 = d.join("obs-utf8.csv");
    std::fs::write(&utf8, &text).expect("write");
    let (code, expected, err) = report(&utf8);
    assert_eq!(code, Some(0), "{err}");
    let gb = encoding_rs::GB18030.encode(&text).0.into_owned();
    assert!(
        std::str::from_utf8(&gb).is_err(),
        "the GB18030 bytes are not UTF-8"
    );
    let mut bom = vec![0xEF, 0xBB, 0xBF];
    bom.extend_from_slice(text.as_bytes());
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let crlf = text.replace('\n', "\r\n");
    for (name, bytes) in [
        ("gb18030", gb),
        ("bom", bom),
        ("utf16", utf16),
        ("crlf", crlf.into_bytes()),
    ] {
        let path = d.join(format!("obs-{name}.csv"));
        std::fs::write(&path, bytes).expect("write");
        let (code, got, err) = report(&path);
        assert_eq!(code, Some(0), "{name}: {err}");
        assert_eq!(got, expected, "{name}: the report differs from UTF-8's");
    }
}

#[test]
fn a_file_that_is_not_text_gets_a_clear_error() {
    let d = dir();
    let png = d.join("chart.csv");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_plan-gauge"))
        .arg("check")
        .arg(&png)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("[bad_encoding]"), "{stdout}");
    assert!(stdout.contains("UTF-8"), "{stdout}");
    // Half a GBK character on line 3: the message names the line.
    let mut bytes = encoding_rs::GB18030.encode(&csv_text()).0.into_owned();
    let second_newline = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(1)
        .map(|(i, _)| i)
        .expect("three lines");
    bytes.insert(second_newline + 1, 0xD6);
    bytes.insert(second_newline + 2, b',');
    let bad = d.join("half.csv");
    std::fs::write(&bad, bytes).expect("write");
    let out = Command::new(env!("CARGO_BIN_EXE_plan-gauge"))
        .arg("check")
        .arg(&bad)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("line 3") && stdout.contains("GB18030"),
        "{stdout}"
    );
}
