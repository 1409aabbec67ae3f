//! The seed plan `wanzhou-2023` and its sample observations: they parse, they are consistent,
//! and they carry facts checked by hand against the source document (万州府办发〔2023〕28号).

use plan_gauge_core::model::{Comparator, Indicator, Kind, ObsStatus, ObservationSet, Plan};

const PLAN: &str = include_str!("../../../seeds/wanzhou-2023.plan.json");
const SAMPLE: &str = include_str!("../../../seeds/wanzhou-2023.sample.json");

fn plan() -> Plan {
    serde_json::from_str(PLAN).expect("wanzhou-2023.plan.json parses as a Plan")
}

fn sample() -> ObservationSet {
    serde_json::from_str(SAMPLE).expect("wanzhou-2023.sample.json parses as an ObservationSet")
}

fn indicator<'a>(plan: &'a Plan, id: &str) -> &'a Indicator {
    plan.indicators
        .iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("indicator {id} exists"))
}

#[test]
fn outline_and_tasks_match_the_document() {
    let plan = plan();
    assert_eq!(plan.locale, "zh-Hans");
    assert_eq!((plan.period.start, plan.period.end), (2023, 2027));
    assert_eq!(plan.issued.as_deref(), Some("2023-06-28"));
    assert_eq!(plan.doc_number.as_deref(), Some("万州府办发〔2023〕28号"));
    // 三个一级标题;二、重点任务 有四个(一)…(四),12个编号任务;三、保障措施四段也列责任单位。
    assert_eq!(plan.sections.len(), 3);
    assert_eq!(plan.sections[1].children.len(), 4);
    assert_eq!(plan.tasks.len(), 16);
    assert!(plan.tasks.iter().all(|t| !t.lead.is_empty()));
    let t10 = plan
        .tasks
        .iter()
        .find(|t| t.section == "2.4.2")
        .expect("task 10");
    assert_eq!(t10.lead.first().map(String::as_str), Some("区金融办"));
    assert_eq!(t10.lead.len(), 8);
    let t8 = plan
        .tasks
        .iter()
        .find(|t| t.section == "2.3.2")
        .expect("task 8");
    assert_eq!(t8.lead, ["区教委", "区科技局", "区人力社保局"]);
}

#[test]
fn headline_goals_are_the_two_counts_and_their_doubling() {
    let plan = plan();
    let headline: Vec<&str> = plan
        .indicators
        .iter()
        .filter(|i| i.headline)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(
        headline,
        [
            "high-tech-firms",
            "tech-firms",
            "high-tech-firms-doubling",
            "tech-firms-doubling"
        ]
    );
    // 到2025年突破160家、超过1200家;到2027年分别超过200家和1600家:all strict.
    for (id, v2025, v2027) in [
        ("high-tech-firms", 160.0, 200.0),
        ("tech-firms", 1200.0, 1600.0),
    ] {
        let ms: Vec<_> = indicator(&plan, id).targets[0]
            .milestones
            .iter()
            .map(|m| (m.year, m.value, m.cmp))
            .collect();
        assert_eq!(
            ms,
            [
                (2025, Some(v2025), Comparator::Gt),
                (2027, Some(v2027), Comparator::Gt)
            ],
            "{id}"
        );
    }
    // 在2022年的基础上实现“双倍增”: base year given, base value not.
    for id in ["high-tech-firms-doubling", "tech-firms-doubling"] {
        let ind = indicator(&plan, id);
        assert_eq!(ind.kind, Kind::Multiple);
        assert_eq!(ind.targets[0].milestones[0].value, Some(2.0));
        let base = ind.targets[0].baseline.as_ref().expect("baseline");
        assert_eq!((base.year, base.value), (2022, None));
    }
    assert_eq!(
        indicator(&plan, "tech-firms").targets[0]
            .lead
            .first()
            .map(String::as_str),
        Some("区科技局")
    );
}

#[test]
fn full_coverage_targets_fall_due_at_the_end_of_the_plan() {
    let plan = plan();
    for id in ["industrial-rd-coverage", "hte-patent-coverage"] {
        let ind = indicator(&plan, id);
        assert_eq!(ind.kind, Kind::Coverage);
        let m = &ind.targets[0].milestones[0];
        assert_eq!((m.year, m.value), (2027, Some(100.0)), "{id}");
    }
    assert_eq!(
        indicator(&plan, "hte-patent-coverage").targets[0]
            .lead
            .first()
            .map(String::as_str),
        Some("区市场监管局")
    );
    assert_eq!(
        plan.notes.iter().filter(|n| n.kind == "omission").count(),
        1
    );
    assert!(plan.notes.iter().all(|n| n.kind != "conflict"));
}

#[test]
fn quotes_are_short() {
    let plan = plan();
    for ind in &plan.indicators {
        for t in &ind.targets {
            let q = &t.citation.quote;
            assert!(q.chars().count() <= 80, "{}: {q}", ind.id);
        }
    }
}

#[test]
fn sample_exercises_every_observation_status_but_break() {
    let set = sample();
    for status in [
        ObsStatus::Normal,
        ObsStatus::Provisional,
        ObsStatus::Estimated,
        ObsStatus::Revised,
        ObsStatus::Missing,
    ] {
        assert!(
            set.observations.iter().any(|o| o.status == status),
            "{status:?}"
        );
    }
    assert!(set.observations.iter().any(|o| o.period.contains("-Q")));
    for o in &set.observations {
        assert_eq!(o.value.is_none(), o.status == ObsStatus::Missing);
    }
}
