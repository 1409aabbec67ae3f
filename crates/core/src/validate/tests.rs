use super::*;
use crate::model::{ObsStatus, Observation};

fn codes(problems: &[Problem]) -> Vec<(String, Code)> {
    problems.iter().map(|p| (p.path.clone(), p.code)).collect()
}

const MINIMAL: &str = r#"{
  "format": "plan-gauge/1", "id": "demo", "title": "示例方案", "issuer": "某区科技局",
  "issued": "2022-07-22", "period": {"start": 2022, "end": 2025}, "locale": "zh-Hans",
  "sections": [{"id": "1", "label": "一、", "title": "主要目标"}],
  "indicators": [{
    "id": "firms", "name": "高新技术企业数量", "unit": "家", "kind": "level",
    "targets": [{"milestones": [{"year": 2025, "value": 685}], "lead": ["区科技局"],
                 "citation": {"quote": "高新技术企业数量达到685家", "section": "1"}}]
  }]
}"#;

fn plan_with(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<Problem> {
    let mut v: serde_json::Value = serde_json::from_str(MINIMAL).expect("fixture is valid JSON");
    edit(&mut v);
    check_plan_json(&v.to_string())
}

#[test]
fn minimal_plan_is_clean() {
    assert_eq!(check_plan_json(MINIMAL), vec![]);
}

#[test]
fn syntax_errors_give_line_and_column() {
    let p = check_plan_json("{\n  \"format\": ,\n}");
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].code, Code::JsonSyntax);
    assert!(
        p[0].message(Lang::En).contains("line 2"),
        "{}",
        p[0].message(Lang::En)
    );
    assert!(
        p[0].message(Lang::ZhHans).contains("第2行"),
        "{}",
        p[0].message(Lang::ZhHans)
    );
}

#[test]
fn shape_errors_carry_the_path() {
    let p =
        plan_with(|v| v["indicators"][0]["targets"][0]["milestones"][0]["value"] = "685".into());
    assert_eq!(
        codes(&p),
        vec![(
            "indicators[0].targets[0].milestones[0].value".into(),
            Code::JsonShape
        )]
    );
    let p = plan_with(|v| v["indicators"][0]["kind"] = "speed".into());
    assert_eq!(
        codes(&p),
        vec![("indicators[0].kind".into(), Code::JsonShape)]
    );
}

#[test]
fn duplicate_ids_and_unknown_sections_are_found() {
    let p = plan_with(|v| {
        let ind = v["indicators"][0].clone();
        v["indicators"].as_array_mut().expect("array").push(ind);
        v["indicators"][1]["section"] = "9".into();
    });
    assert_eq!(
        codes(&p),
        vec![
            ("indicators[1].id".into(), Code::DuplicateId),
            ("indicators[1].section".into(), Code::UnknownSection),
        ]
    );
}

#[test]
fn milestones_must_be_ordered_and_inside_the_period() {
    let p = plan_with(|v| {
        v["indicators"][0]["targets"][0]["milestones"] = serde_json::json!([{"year": 2024, "value": 600}, {"year": 2023, "value": 650}, {"year": 2030, "value": 700}]);
    });
    assert_eq!(
        codes(&p),
        vec![
            (
                "indicators[0].targets[0].milestones[1].year".into(),
                Code::MilestonesOutOfOrder
            ),
            (
                "indicators[0].targets[0].milestones[2].year".into(),
                Code::YearOutsidePeriod
            ),
        ]
    );
}

#[test]
fn unit_and_comparator_must_fit_the_kind() {
    let p = plan_with(|v| {
        v["indicators"][0]["kind"] = "share".into();
        v["indicators"][0]["targets"][0]["milestones"][0]["cmp"] = "range".into();
    });
    assert_eq!(
        codes(&p),
        vec![
            ("indicators[0].unit".into(), Code::UnitMismatch),
            (
                "indicators[0].targets[0].milestones[0].value".into(),
                Code::OutOfRange
            ),
            (
                "indicators[0].targets[0].milestones[0].upper".into(),
                Code::ValueRequired
            ),
        ]
    );
    let p = plan_with(|v| {
        v["indicators"][0]["kind"] = "binary".into();
        v["indicators"][0]["unit"] = "".into();
        v["indicators"][0]["targets"][0]["milestones"][0] =
            serde_json::json!({"year": 2025, "value": 1, "cmp": "<="});
    });
    assert_eq!(
        codes(&p),
        vec![(
            "indicators[0].targets[0].milestones[0].cmp".into(),
            Code::ComparatorMismatch
        )]
    );
}

#[test]
fn multiples_need_a_baseline_before_the_first_milestone() {
    let p = plan_with(|v| {
        v["indicators"][0]["kind"] = "multiple".into();
        v["indicators"][0]["targets"][0]["milestones"][0]["value"] = 1.into();
    });
    assert_eq!(
        codes(&p),
        vec![
            (
                "indicators[0].targets[0].milestones[0].value".into(),
                Code::OutOfRange
            ),
            (
                "indicators[0].targets[0].baseline".into(),
                Code::BaselineRequired
            ),
        ]
    );
    let p = plan_with(|v| {
        v["indicators"][0]["kind"] = "multiple".into();
        v["indicators"][0]["targets"][0]["milestones"][0]["value"] = 2.into();
        v["indicators"][0]["targets"][0]["baseline"] = serde_json::json!({"year": 2025});
    });
    assert_eq!(
        codes(&p),
        vec![(
            "indicators[0].targets[0].baseline.year".into(),
            Code::BaselineOrder
        )]
    );
}

#[test]
fn observations_check_missing_values_duplicates_and_indicators() {
    let plan = parse_plan(MINIMAL).expect("fixture parses");
    let csv = "indicator,period,value,status,source,published,note\n\
               firms,2022,500,A,统计局,2023-03-01,\n\
               firms,2022,510,P,统计局,2023-03-01,\n\
               firms,2023,,M,统计局,2024-03-01,\n\
               firms,2024,0,M,统计局,2025-03-01,尚未发布\n\
               patents,2023,9,A,统计局,2024-03-01,\n\
               firms,2025-Q5,1,A,,2026-03-01,\n";
    let obs = parse_observations_csv(csv).expect("csv parses");
    let p = validate_observations(&obs, Some(&plan), &PathStyle::Csv);
    assert_eq!(
        codes(&p),
        vec![
            ("line 3 › period".into(), Code::DuplicateObservation),
            ("line 4 › note".into(), Code::MissingWithoutReason),
            ("line 5 › value".into(), Code::MissingMismatch),
            ("line 6 › indicator".into(), Code::UnknownIndicator),
            ("line 7 › period".into(), Code::BadPeriod),
            ("line 7 › source".into(), Code::NoSource),
        ]
    );
    assert!(!is_clean(&p));
}

#[test]
fn csv_reports_bad_numbers_statuses_and_headers() {
    let err = parse_observations_csv("indicator,period,value,status,source,published\nfirms,2022,1.2.3,A,x,\nfirms,2023,1,Z,x,\n")
        .expect_err("bad rows");
    assert_eq!(
        codes(&err),
        vec![
            ("line 2 › value".into(), Code::NotANumber),
            ("line 3 › status".into(), Code::UnknownStatus)
        ]
    );
    let err = parse_observations_csv("indicator,period,amount\n").expect_err("bad header");
    assert!(err
        .iter()
        .all(|p| p.code == Code::CsvHeader && p.path == "line 1"));
    assert_eq!(err.len(), 5, "{err:?}");
}

#[test]
fn csv_handles_quotes_bom_crlf_and_not_a_number() {
    let text = "\u{feff}indicator,period,value,status,source,published,note\r\n\
                firms,2022,NaN,A,\"统计局, 年鉴\",2023-03-01,\"说 \"\"初步\"\"\"\r\n";
    let obs = parse_observations_csv(text).expect("parses");
    assert_eq!(obs[0].source, "统计局, 年鉴");
    assert_eq!(obs[0].note.as_deref(), Some("说 \"初步\""));
    let p = validate_observations(&obs, None, &PathStyle::Csv);
    assert_eq!(codes(&p), vec![("line 2 › value".into(), Code::NotFinite)]);
    assert!(parse_observations_csv("a,\"b\n").is_err());
}

#[test]
fn csv_round_trips() {
    let obs = vec![Observation {
        indicator: "firms".into(),
        period: "2023-Q2".into(),
        value: Some(1.5),
        status: ObsStatus::Provisional,
        note: Some("含\"估算\", 待核".into()),
        source: "统计局".into(),
        published: "2023-08-01".into(),
        bound: None,
        url: None,
        title: None,
        quote: None,
    }];
    assert_eq!(parse_observations_csv(&observations_to_csv(&obs)), Ok(obs));
}

#[test]
fn decimals_are_a_small_whole_number() {
    assert_eq!(
        plan_with(|v| v["indicators"][0]["decimals"] = 6.into()),
        vec![]
    );
    let p = plan_with(|v| v["indicators"][0]["decimals"] = 7.into());
    assert_eq!(
        codes(&p),
        vec![("indicators[0].decimals".into(), Code::BadDecimals)]
    );
    assert_eq!(
        p[0].message(Lang::En),
        "decimals must be a whole number from 0 to 6, found 7"
    );
    assert_eq!(p[0].message(Lang::ZhHans), "小数位数须为0至6的整数，现为7");
    assert_eq!(p[0].message(Lang::ZhHant), "小數位數須為0至6的整數，現為7");
    // Negative or fractional precisions do not fit the type: a shape error with the path.
    for bad in [
        serde_json::json!(-1),
        serde_json::json!(1.5),
        serde_json::json!("1"),
    ] {
        let p = plan_with(|v| v["indicators"][0]["decimals"] = bad);
        assert_eq!(
            codes(&p),
            vec![("indicators[0].decimals".into(), Code::JsonShape)]
        );
    }
}

#[test]
fn agency_names_are_for_agencies_the_plan_names_in_known_locales() {
    let p = plan_with(|v| {
        v["tasks"] = serde_json::json!([{"id": "t1", "section": "1", "title": "任务",
            "lead": ["区发改局"], "partners": ["区财政局"]}]);
        v["agencies"] = serde_json::json!({
            "区科技局": {"en": "Science and Technology Bureau", "zh-Hant": "區科技局"},
            "区发改局": {"en": "Development and Reform Bureau"},
            "区财政局": {"en": "Finance Bureau"},
            "某区科技局": {"en": "Issuer"}
        });
    });
    assert_eq!(p, vec![]);
    let p = plan_with(|v| {
        v["agencies"] = serde_json::json!({
            "区科技局": {"fr": "Bureau", "en": ""},
            "区统计局": {"en": "Statistics Bureau"}
        });
    });
    assert_eq!(
        codes(&p),
        vec![
            ("agencies.区科技局.fr".into(), Code::UnknownLocale),
            ("agencies.区科技局.en".into(), Code::Empty),
            ("agencies.区统计局".into(), Code::UnknownAgency),
        ]
    );
    let unknown = p.iter().find(|x| x.code == Code::UnknownAgency);
    assert_eq!(unknown.map(|x| x.severity), Some(Severity::Warning));
    assert!(unknown.is_some_and(|x| x.message(Lang::En).contains("区统计局")));
    assert!(unknown.is_some_and(|x| x.message(Lang::ZhHans).contains("区统计局")));
}

#[test]
fn every_code_has_a_name_and_a_message_in_every_locale() {
    for code in Code::all() {
        assert_eq!(
            serde_json::to_value(code).ok(),
            Some(serde_json::Value::String(code.as_str().into()))
        );
        for lang in Lang::ALL {
            assert!(!code.template(lang).is_empty());
        }
    }
}

#[test]
fn observations_are_read_one_way_whatever_their_form() {
    let plan = parse_plan(MINIMAL).expect("minimal plan");
    let json = r#"{"format":"plan-gauge/9","plan":"demo","observations":[]}"#;
    let (_, problems) = read_observations("obs.json", json, Some(&plan)).expect("parses");
    assert_eq!(codes(&problems), vec![("format".to_string(), Code::Format)]);
    // Without the plan the header is still checked.
    let (_, problems) = read_observations("obs.json", json, None).expect("parses");
    assert_eq!(codes(&problems), vec![("format".to_string(), Code::Format)]);
    // CSV is known by its name or, without one, by its text; it takes the plan's id.
    let csv =
        "\u{feff}indicator,period,value,status,source,published\nfirms,2023,600,A,局,2024-01-01\n";
    for name in ["obs.csv", "data/obs.CSV?v=2", "inline"] {
        let (set, problems) = read_observations(name, csv, Some(&plan)).expect("parses");
        assert_eq!(problems, vec![], "{name}");
        assert_eq!(set.plan, "demo");
        assert_eq!(set.observations.len(), 1);
    }
    assert!(!is_csv("obs.json", "indicator,period"));
    assert!(is_csv("", "indicator,period"));
    assert!(!is_csv("", "\u{feff}  {\"format\":1}"));
}

#[test]
fn links_in_data_are_web_addresses_only() {
    for ok in [
        "https://kjj.ningbo.gov.cn/art/2025/3/13/a.html",
        "HTTP://example.org/x",
    ] {
        assert!(is_web_url(ok), "{ok}");
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,<script>",
        "https://",
        "https://a b",
        "//example.org",
        "https://x\u{202e}",
        "",
    ] {
        assert!(!is_web_url(bad), "{bad}");
    }
    let problems = plan_with(|v| v["source_url"] = "javascript:alert(1)".into());
    assert_eq!(
        codes(&problems),
        vec![("source_url".to_string(), Code::BadUrl)]
    );
}

#[test]
fn csv_carries_bounds_and_sources_and_reads_back_what_it_writes() {
    let text = "indicator,period,value,status,source,published,bound,url,title,quote\n\
                firms,2024,8800,E,市科技局,2025-01-10,more_than,https://kjj.example.gov.cn/a.html,\"年度总结, 2024\",\"预计突破8800家\"\n";
    let obs = parse_observations_csv(text).expect("parses");
    assert_eq!(obs[0].bound, Some(crate::model::Bound::MoreThan));
    assert_eq!(obs[0].title.as_deref(), Some("年度总结, 2024"));
    assert_eq!(parse_observations_csv(&observations_to_csv(&obs)), Ok(obs));
    let bad = "indicator,period,value,status,source,published,bound\nfirms,2024,1,A,局,2025-01-10,about\n";
    let problems = parse_observations_csv(bad).expect_err("unknown bound");
    assert_eq!(
        codes(&problems),
        vec![("line 2 › bound".to_string(), Code::UnknownBound)]
    );
    let bad = "indicator,period,value,status,source,published,url\nfirms,2024,1,A,局,2025-01-10,javascript:x\n";
    let obs = parse_observations_csv(bad).expect("parses");
    let problems = validate_observations(&obs, None, &PathStyle::Csv);
    assert_eq!(
        codes(&problems),
        vec![("line 2 › url".to_string(), Code::BadUrl)]
    );
}

#[test]
fn numbers_are_read_as_spreadsheets_write_them() {
    for (raw, v) in [
        ("1029", 1029.0),
        ("1,029", 1029.0),
        ("12,345,678.5", 12_345_678.5),
        ("-1,234", -1234.0),
        ("3.08%", 3.08),
        (" 3.08 ", 3.08),
        ("３．０８", 3.08),
        ("１，０２９", 1029.0),
        ("1 029", 1029.0),
        ("2e3", 2000.0),
    ] {
        assert_eq!(parse_number(raw), Some(v), "{raw}");
    }
    for raw in [
        "", "1,5", "1,0290", ",029", "abc", "约100", "100家", "1.2.3", "--1",
    ] {
        assert_eq!(parse_number(raw), None, "{raw}");
    }
    // In a CSV file: habits pass, text in a value column and a period that is no date do not.
    let text = "indicator,period,value,status,source,published\n\
                firms,2023,\"1,029\",A,局 ,2024-01-01\n\
                firms,2024,约1100,A,局,2025-01-01\n\
                firms,2O23,5,A,局,2025-01-01\n\
                ,,,,,\n";
    let problems = parse_observations_csv(text).expect_err("text in a value column");
    assert_eq!(
        codes(&problems),
        vec![("line 3 › value".to_string(), Code::NotANumber)]
    );
    let text = text.replace("约1100", "1100");
    let obs = parse_observations_csv(&text).expect("the rest parses");
    assert_eq!(obs[0].value, Some(1029.0));
    assert_eq!(obs[0].source, "局");
    let problems = validate_observations(&obs, None, &PathStyle::Csv);
    assert_eq!(
        codes(&problems),
        vec![("line 4 › period".to_string(), Code::BadPeriod)]
    );
    assert_eq!(obs.len(), 3, "the empty trailing row is not data");
}

#[test]
fn deeply_nested_files_are_refused_before_parsing() {
    assert_eq!(json_depth(MINIMAL), 7);
    assert_eq!(json_depth(r#"{"a": "[[[[{{{{", "b": "\"[["}"#), 1);
    let hostile = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let problems = check_plan_json(&hostile);
    assert_eq!(codes(&problems), vec![(String::new(), Code::TooDeep)]);
    assert!(problems[0].message(Lang::En).contains("10000"));
    // Unbalanced, even deeper, without the closing half: still refused, still no panic.
    assert!(check_depth(&"{\"a\":".repeat(100_000)).is_err());
}
