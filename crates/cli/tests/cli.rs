//! The CLI as data editors use it: `check` on the seeds and on broken files, `report` on every seed.

use std::path::{Path, PathBuf};
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_plan-gauge"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn seed_files(suffix: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("seeds"))
        .expect("seeds/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(suffix))
        .collect();
    files.sort();
    files
}

#[test]
fn check_accepts_every_seed_file() {
    let files: Vec<PathBuf> = seed_files(".json");
    assert!(
        files.len() >= 10,
        "five plans and five sample files expected, found {files:?}"
    );
    let out = bin().arg("check").args(&files).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("0 个错误"), "{stdout}");
}

#[test]
fn check_lists_every_error_with_its_path_in_both_languages() {
    let dir = std::env::temp_dir().join(format!("pg-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let plan = dir.join("bad.plan.json");
    std::fs::write(
        &plan,
        r#"{"format":"plan-gauge/1","id":"bad","title":"t","issuer":"i","issued":"2022-01-01",
            "period":{"start":2022,"end":2025},"locale":"zh-Hans",
            "sections":[{"id":"1","label":"一、","title":"目标"}],
            "indicators":[{"id":"a","name":"比重","unit":"%","kind":"share",
              "targets":[{"milestones":[{"year":2025,"value":300}],"lead":["局"],
                          "citation":{"quote":"q","section":"1"}}]}]}"#,
    )
    .expect("write");
    let csv = dir.join("obs.csv");
    std::fs::write(&csv, "indicator,period,value,status,source,published\na,2023,,A,局,2024-01-01\nzz,2023,1,A,局,2024-01-01\n")
        .expect("write");
    let out = bin()
        .arg("check")
        .arg(&plan)
        .arg(&csv)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    for needle in [
        "indicators[0].targets[0].milestones[0].value: 错误 [out_of_range]",
        "value 300 is out of range for kind share",
        "line 2 › value: 错误 [missing_mismatch]",
        "line 3 › indicator: 错误 [unknown_indicator]",
    ] {
        assert!(stdout.contains(needle), "missing `{needle}` in\n{stdout}");
    }
    let out = bin()
        .args(["check", "--lang", "en"])
        .arg(&plan)
        .output()
        .expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("error [out_of_range]") && !stdout.contains("错误"),
        "{stdout}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_warns_of_invisible_direction_controls_where_they_are() {
    let dir = std::env::temp_dir().join(format!("pg-bidi-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let seed = repo().join("seeds/zhenhai-2022.plan.json");
    let mut plan: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(seed).expect("seed")).expect("json");
    let name = plan["indicators"][2]["name"]
        .as_str()
        .expect("name")
        .to_string();
    plan["indicators"][2]["name"] = serde_json::Value::String(format!("\u{202E}{name}"));
    let path = dir.join("rlo.plan.json");
    std::fs::write(&path, plan.to_string()).expect("write");
    let out = bin().arg("check").arg(&path).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "a warning, not an error: {stdout}"
    );
    assert!(
        stdout.contains("indicators[2].name: 警告 [bidi_control]") && stdout.contains("U+202E"),
        "{stdout}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_exits_2_on_unreadable_files() {
    let out = bin()
        .args(["check", "no/such/file.json"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
}

/// `plan-gauge report PLAN --observations OBS --as-of 2025-06-30 --format FORMAT --lang LANG`,
/// which must succeed; its standard output.
fn report(plan: &Path, obs: &Path, format: &str, lang: &str) -> Vec<u8> {
    let out = bin()
        .arg("report")
        .arg(plan)
        .arg("--observations")
        .arg(obs)
        .args(["--as-of", "2025-06-30", "--format", format, "--lang", lang])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

#[test]
fn report_gives_every_seed_target_a_status_and_a_reason() {
    for plan_path in seed_files(".plan.json") {
        let obs = PathBuf::from(
            plan_path
                .to_string_lossy()
                .replace(".plan.json", ".sample.json"),
        );
        let plan: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&plan_path).expect("read"))
                .expect("json");
        let targets: usize = plan["indicators"]
            .as_array()
            .expect("indicators")
            .iter()
            .map(|i| i["targets"].as_array().map_or(0, Vec::len))
            .sum();
        for lang in ["zh-Hans", "zh-Hant", "en"] {
            let doc: serde_json::Value =
                serde_json::from_slice(&report(&plan_path, &obs, "json", lang))
                    .expect("report is JSON");
            let items = doc["assessments"].as_array().expect("assessments");
            assert_eq!(
                items.len(),
                targets,
                "{}: one assessment per target",
                plan_path.display()
            );
            for a in items {
                assert!(a["status"].is_string(), "{a}");
                assert!(
                    a["reason_text"]
                        .as_str()
                        .is_some_and(|s| !s.trim().is_empty()),
                    "{a}"
                );
                assert!(
                    a["headline"].as_str().is_some_and(|s| !s.trim().is_empty()),
                    "{a}"
                );
            }
            assert_eq!(doc["sample_data"], true, "sample observations are flagged");
        }
        for format in ["text", "csv", "markdown"] {
            let out = bin()
                .arg("report")
                .arg(&plan_path)
                .arg("--observations")
                .arg(&obs)
                .args(["--format", format])
                .output()
                .expect("runs");
            assert!(out.status.success() && !out.stdout.is_empty(), "{format}");
        }
    }
}

#[test]
fn report_refuses_observations_that_fail_validation() {
    let Some(plan) = seed_files(".plan.json").into_iter().next() else {
        panic!("no seed plan")
    };
    let dir = std::env::temp_dir().join(format!("pg-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let csv = dir.join("obs.csv");
    std::fs::write(
        &csv,
        "indicator,period,value,status,source,published\nnot-an-indicator,2023,1,A,x,\n",
    )
    .expect("write");
    let out = bin()
        .arg("report")
        .arg(&plan)
        .arg("--observations")
        .arg(&csv)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown_indicator"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--lang en` names lead agencies and the issuer in English (from the plan's `agencies`), in the
/// text report and in the JSON report's assessments and by-agency roll-up; the JSON keeps the
/// name as written as the roll-up's key.
#[test]
fn report_in_english_names_agencies_in_english() {
    let plan = repo().join("seeds/zhenhai-2022.plan.json");
    let obs = repo().join("seeds/zhenhai-2022.sample.json");
    let run = |format: &str, lang: &str| {
        String::from_utf8_lossy(&report(&plan, &obs, format, lang)).into_owned()
    };
    let text = run("text", "en");
    assert!(
        text.contains("Lead agency: Zhenhai District Science and Technology Bureau"),
        "{text}"
    );
    assert!(
        text.contains("Issued by: Office of the Zhenhai District Leading Group"),
        "{text}"
    );
    assert!(!text.contains("区科技局"), "{text}");
    assert!(run("text", "zh-Hans").contains("牵头单位：区科技局"));
    assert!(run("text", "zh-Hant").contains("區科技局"));

    let doc: serde_json::Value = serde_json::from_str(&run("json", "en")).expect("JSON");
    let firms = doc["assessments"]
        .as_array()
        .and_then(|a| a.iter().find(|a| a["indicator"] == "high-tech-firms"))
        .expect("high-tech-firms");
    assert_eq!(
        firms["lead"],
        serde_json::json!(["Zhenhai District Science and Technology Bureau"])
    );
    let leads = doc["rollup"]["leads"].as_array().expect("leads");
    let st = leads
        .iter()
        .find(|g| g["key"] == "区科技局")
        .expect("grouped by the name as written");
    assert_eq!(st["name"], "Zhenhai District Science and Technology Bureau");
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    // `plan-gauge report PLAN | head -1`: the pipe closes while the report is still being written.
    for args in [
        vec![
            "report",
            "seeds/xingtai-2023.plan.json",
            "--format",
            "markdown",
        ],
        vec!["schema"],
        vec!["check", "seeds/ningbo-315-2023.plan.json"],
    ] {
        let mut child = bin()
            .args(&args)
            .current_dir(repo())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Close the reading end before the command writes a byte.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(
            out.status.code().is_some_and(|c| c == 0 || c == 1),
            "{args:?} exits as usual: {:?} {stderr}",
            out.status
        );
    }
}
