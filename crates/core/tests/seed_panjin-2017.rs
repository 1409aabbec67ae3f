//! The seed plan `panjin-2017` and its sample observations: they parse, they are consistent,
//! and they carry facts checked by hand against the source document (盤政辦發〔2017〕16號).

use plan_gauge_core::model::{Comparator, Indicator, Kind, ObsStatus, ObservationSet, Plan};

const PLAN: &str = include_str!("../../../seeds/panjin-2017.plan.json");
const SAMPLE: &str = include_str!("../../../seeds/panjin-2017.sample.json");

fn plan() -> Plan {
    serde_json::from_str(PLAN).expect("panjin-2017.plan.json parses as a Plan")
}

fn sample() -> ObservationSet {
    serde_json::from_str(SAMPLE).expect("panjin-2017.sample.json parses as an ObservationSet")
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
    assert_eq!(plan.locale, "zh-Hant");
    assert_eq!((plan.period.start, plan.period.end), (2017, 2019));
    assert_eq!(plan.issued.as_deref(), Some("2017-02-13"));
    assert_eq!(plan.doc_number.as_deref(), Some("盤政辦發〔2017〕16號"));
    // 三個一級標題;二、重點任務 有六項工程,共24個編號任務,每個都寫明牽頭單位。
    assert_eq!(plan.sections.len(), 3);
    assert_eq!(plan.sections[1].children.len(), 6);
    assert_eq!(plan.tasks.len(), 24);
    assert!(plan.tasks.iter().all(|t| !t.lead.is_empty()));
    let t8 = plan
        .tasks
        .iter()
        .find(|t| t.section == "2.2.5")
        .expect("task 8");
    assert_eq!(
        t8.lead,
        ["市科技局", "市財政局", "市國稅局", "市地稅局", "市統計局"]
    );
    let t21 = plan
        .tasks
        .iter()
        .find(|t| t.section == "2.6.2")
        .expect("task 21");
    assert_eq!(t21.lead, ["市發改委(市大數據中心)"]);
}

#[test]
fn headline_goals_carry_their_milestones() {
    let plan = plan();
    let headline = plan.indicators.iter().filter(|i| i.headline).count();
    assert_eq!(headline, 17, "工作目標四段中的目標");

    let giants = indicator(&plan, "little-giants");
    let m = &giants.targets[0].milestones[0];
    assert_eq!((m.year, m.value), (2019, Some(230.0)));
    // 2017年總數達到45家;到2019年累計總數超過80家.
    let hte = &indicator(&plan, "high-tech-firms").targets[0];
    let ms: Vec<_> = hte
        .milestones
        .iter()
        .map(|m| (m.year, m.value, m.cmp))
        .collect();
    assert_eq!(
        ms,
        [
            (2017, Some(45.0), Comparator::Ge),
            (2019, Some(80.0), Comparator::Gt)
        ]
    );
    assert_eq!(hte.lead, ["市科技局", "市國稅局", "市地稅局"]);
    let rd = indicator(&plan, "rd-intensity");
    assert_eq!(rd.kind, Kind::Share);
    assert_eq!(rd.targets[0].milestones[0].value, Some(1.6));
    assert_eq!(rd.targets[0].milestones[1].value, Some(2.5));
    let cov = indicator(&plan, "rd-centre-coverage");
    assert_eq!(cov.kind, Kind::Coverage);
    assert_eq!(cov.targets[0].milestones[1].value, Some(100.0));
    let skills = indicator(&plan, "high-skill-talent");
    assert_eq!(skills.unit, "萬人");
    assert_eq!(skills.targets[0].milestones[0].cmp, Comparator::Gt);
}

#[test]
fn task_targets_keep_their_shapes() {
    let plan = plan();
    for (id, value) in [
        ("key-tech-projects", 20.0),
        ("entrepreneur-training", 100.0),
        ("intl-tech-exchange", 1.0),
    ] {
        let ind = indicator(&plan, id);
        assert_eq!(ind.kind, Kind::AnnualFloor, "{id}");
        assert_eq!(ind.targets[0].milestones[0].value, Some(value), "{id}");
        assert_eq!(ind.targets[0].from_year, Some(2017), "{id}");
    }
    let talent = indicator(&plan, "urgent-talent");
    assert_eq!(talent.kind, Kind::Cumulative);
    let values: Vec<_> = talent.targets[0]
        .milestones
        .iter()
        .map(|m| m.value)
        .collect();
    assert_eq!(values, [Some(500.0), Some(2000.0)]);
    // 力爭 / 爭取 are stretch goals.
    for id in [
        "innovation-platforms",
        "innovation-alliances",
        "listed-firms",
    ] {
        assert!(
            indicator(&plan, id).targets[0]
                .milestones
                .iter()
                .all(|m| m.aspirational),
            "{id}"
        );
    }
    assert_eq!(indicator(&plan, "ip-pledge-fund").kind, Kind::Qualitative);
    assert_eq!(
        indicator(&plan, "ip-pledge-fund").targets[0].milestones[0].year,
        2017
    );
    assert_eq!(
        plan.notes.iter().filter(|n| n.kind == "omission").count(),
        1
    );
    assert!(plan.notes.iter().all(|n| n.kind != "conflict"));
}

#[test]
fn quotes_are_short_and_in_the_plan_script() {
    let plan = plan();
    for ind in &plan.indicators {
        for t in &ind.targets {
            let q = &t.citation.quote;
            assert!(q.chars().count() <= 80, "{}: {q}", ind.id);
            // Traditional script: no Simplified forms of the plan's common characters.
            assert!(!q.contains(['业', '术', '级', '发']), "{}: {q}", ind.id);
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
