//! Every seed plan in `seeds/` and its sample observations: clean under validation, consistent,
//! and marked as sample data. Facts checked by hand against each source document are in the
//! `seed_<id>.rs` files.

use plan_gauge_core::model::{ObservationSet, Plan};
use plan_gauge_core::validate::{self, Severity};
use std::path::PathBuf;

fn seeds() -> Vec<(String, Plan, ObservationSet)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut plans: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("seeds/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".plan.json"))
        .collect();
    plans.sort();
    plans
        .into_iter()
        .map(|path| {
            let name = path.to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).expect("read plan");
            let plan = validate::parse_plan(&text).unwrap_or_else(|p| panic!("{name}: {p:?}"));
            let sample_path = name.replace(".plan.json", ".sample.json");
            let text = std::fs::read_to_string(&sample_path).expect("every plan has a sample file");
            let set = validate::parse_observations_json(&text)
                .unwrap_or_else(|p| panic!("{sample_path}: {p:?}"));
            (name, plan, set)
        })
        .collect()
}

#[test]
fn there_are_five_seed_plans() {
    let ids: Vec<String> = seeds().into_iter().map(|(_, p, _)| p.id).collect();
    assert_eq!(
        ids,
        [
            "ningbo-315-2023",
            "panjin-2017",
            "wanzhou-2023",
            "xingtai-2023",
            "zhenhai-2022"
        ]
    );
}

#[test]
fn every_seed_and_sample_validates_without_errors() {
    for (name, plan, set) in seeds() {
        let errors: Vec<_> = validate::validate_plan(&plan)
            .into_iter()
            .chain(validate::validate_observation_set(&set, Some(&plan)))
            .filter(|p| p.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
}

#[test]
fn samples_are_marked_and_belong_to_their_plan() {
    for (name, plan, set) in seeds() {
        assert!(set.sample, "{name}: sample observations must say so");
        assert_eq!(set.plan, plan.id, "{name}");
        assert!(
            set.note.as_deref().is_some_and(|n| n.contains("示例数据")),
            "{name}: note names 示例数据"
        );
    }
}

#[test]
fn every_indicator_has_a_section_and_a_short_citation() {
    for (name, plan, _) in seeds() {
        for ind in &plan.indicators {
            assert!(ind.section.is_some(), "{name}: {} has no section", ind.id);
            for t in &ind.targets {
                let len = t.citation.quote.chars().count();
                assert!(
                    (1..=80).contains(&len),
                    "{name}: {} quote has {len} characters",
                    ind.id
                );
            }
        }
    }
}

/// Every agency a seed names (leads and partners of targets and tasks, and the issuer) has an
/// English name and a name in the other Chinese script, and every name is for an agency the plan
/// names.
#[test]
fn every_agency_is_named_in_english_and_the_other_script() {
    for (name, plan, _) in seeds() {
        let other = if plan.locale == "zh-Hant" {
            "zh-Hans"
        } else {
            "zh-Hant"
        };
        let mut named: Vec<&String> = vec![&plan.issuer];
        for t in &plan.tasks {
            named.extend(t.lead.iter().chain(&t.partners));
        }
        for ind in &plan.indicators {
            for t in &ind.targets {
                named.extend(t.lead.iter().chain(&t.partners));
            }
        }
        for agency in &named {
            let names = plan.agencies.get(*agency);
            for tag in ["en", other] {
                assert!(
                    names
                        .and_then(|n| n.get(tag))
                        .is_some_and(|n| !n.trim().is_empty()),
                    "{name}: {agency} has no {tag} name"
                );
            }
            let en = names.and_then(|n| n.get("en")).map_or("", String::as_str);
            assert!(
                en.is_ascii() && !en.contains("  "),
                "{name}: {agency} → {en:?} is not plain English"
            );
        }
        let unknown: Vec<_> = validate::validate_plan(&plan)
            .into_iter()
            .filter(|p| p.code == validate::Code::UnknownAgency)
            .collect();
        assert!(unknown.is_empty(), "{name}: {unknown:?}");
    }
}

/// The published figures kept in `seeds/<id>.observations.json`: each is checked against its
/// plan, is not sample data, and names the page it was read from and the source's own words.
#[test]
fn published_observations_cite_their_source() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut found = 0;
    for (name, plan, _) in seeds() {
        let path = name.replace(".plan.json", ".observations.json");
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        let (set, problems) = validate::read_observations(&path, &text, Some(&plan))
            .unwrap_or_else(|p| panic!("{path}: {p:?}"));
        assert!(validate::is_clean(&problems), "{path}: {problems:?}");
        assert!(!set.sample, "{path}: published figures are not sample data");
        for o in &set.observations {
            let url = o.url.as_deref().unwrap_or_default();
            assert!(validate::is_web_url(url), "{path}: {o:?}");
            let quote = o.quote.as_deref().unwrap_or_default();
            assert!(!quote.trim().is_empty(), "{path}: {o:?}");
            assert!(!o.source.trim().is_empty(), "{path}: {o:?}");
            found += 1;
        }
    }
    assert!(dir.is_dir());
    assert!(found >= 16, "published figures for the seeds: {found}");
}
