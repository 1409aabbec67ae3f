//! The CLI and the widget read observations the same way: a file the widget refuses, `check`
//! refuses too. Regression test for an observations file whose `format` is not `plan-gauge/1`,
//! which `check` used to accept while the widget rejected it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn seed(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../seeds")
        .join(name)
}

/// The Zhenhai sample observations with `format` set to `format`, written to a temporary file.
fn observations_with_format(format: &str) -> PathBuf {
    let text = std::fs::read_to_string(seed("zhenhai-2022.sample.json")).expect("seed");
    let mut doc: serde_json::Value = serde_json::from_str(&text).expect("seed is JSON");
    doc["format"] = format.into();
    let dir = std::env::temp_dir().join(format!("pg-obs-format-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("obs-{}.json", format.replace('/', "-")));
    std::fs::write(&path, doc.to_string()).expect("write");
    path
}

fn check(files: &[&Path]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_plan-gauge"))
        .arg("check")
        .args(files)
        .output()
        .expect("runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn check_refuses_observations_of_another_format_version_with_or_without_the_plan() {
    let bad = observations_with_format("plan-gauge/9");
    let plan = seed("zhenhai-2022.plan.json");
    for files in [vec![plan.as_path(), bad.as_path()], vec![bad.as_path()]] {
        let (ok, stdout) = check(&files);
        assert!(!ok, "check must fail on plan-gauge/9: {stdout}");
        assert!(
            stdout.contains("[format]") && stdout.contains("plan-gauge/9"),
            "{stdout}"
        );
    }
    // The same file with the right version passes, so the failure above is the format's.
    let good = observations_with_format("plan-gauge/1");
    let (ok, stdout) = check(&[plan.as_path(), good.as_path()]);
    assert!(ok, "{stdout}");
}

#[test]
fn report_refuses_observations_of_another_format_version() {
    let bad = observations_with_format("plan-gauge/9");
    let out = Command::new(env!("CARGO_BIN_EXE_plan-gauge"))
        .arg("report")
        .arg(seed("zhenhai-2022.plan.json"))
        .arg("--observations")
        .arg(&bad)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("plan-gauge/9"));
}
