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
