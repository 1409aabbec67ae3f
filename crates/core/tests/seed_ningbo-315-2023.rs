//! The seed plan `ningbo-315-2023` and its sample observations: they parse, they are consistent,
//! and they carry facts checked by hand against the source document.

use plan_gauge_core::model::{Comparator, Direction, Indicator, Kind, Plan};

const PLAN: &str = include_str!("../../../seeds/ningbo-315-2023.plan.json");

fn plan() -> Plan {
    serde_json::from_str(PLAN).expect("ningbo-315-2023.plan.json parses as a Plan")
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
    assert_eq!((plan.period.start, plan.period.end), (2023, 2027));
    assert_eq!(plan.issuer, "宁波市人民政府办公厅");
    assert_eq!(plan.doc_number, None);
    assert_eq!(plan.source_url, None);
    // 三、保障措施 has four paragraphs; 二、重点任务 has six 工程 with 19 numbered tasks.
    assert_eq!(plan.sections.len(), 3);
    assert_eq!(plan.sections[2].children.len(), 4);
    assert_eq!(plan.tasks.len(), 19);
    // 列第一位的为牵头单位: the first unit listed leads, the others are partners.
    let t = plan
        .tasks
        .iter()
        .find(|t| t.section == "2.1.2")
        .expect("task 2.1.2");
    assert_eq!(t.lead, ["市甬江科创区建设领导小组办公室"]);
    assert_eq!(t.partners.len(), 4);
    let t = plan
        .tasks
        .iter()
        .find(|t| t.section == "2.6.3")
        .expect("task 2.6.3");
    assert_eq!(t.lead, ["市科协"]);
}

#[test]
fn headline_goals_are_those_of_the_development_goals() {
    let plan = plan();
    let headline = plan.indicators.iter().filter(|i| i.headline).count();
    assert_eq!(headline, 19);

    let rd = indicator(&plan, "rd-intensity");
    assert_eq!(rd.kind, Kind::Share);
    let m = &rd.targets[0].milestones[0];
    assert_eq!((m.year, m.value), (2027, Some(3.75)));

    let firms = indicator(&plan, "high-tech-firms");
    assert_eq!(firms.targets[0].milestones[0].value, Some(13_000.0));
    assert_eq!(firms.targets[0].lead, ["市科技局"]);

    let talent = indicator(&plan, "top-talent");
    assert_eq!(talent.kind, Kind::Cumulative);
    assert_eq!(talent.targets[0].lead, ["市委组织部〔市委人才办〕"]);

    let trade = indicator(&plan, "tech-trade");
    assert_eq!(trade.kind, Kind::GrowthRate);
    assert_eq!(trade.targets[0].milestones[0].value, Some(30.0));
    assert_eq!(
        trade.targets[0].baseline.as_ref().map(|b| b.year),
        Some(2022)
    );

    assert!(indicator(&plan, "choke-point-chains").targets[0].milestones[0].aspirational);
}

#[test]
fn task_targets_keep_their_shapes() {
    let plan = plan();
    let rank = indicator(&plan, "innovative-city-rank");
    assert_eq!(rank.kind, Kind::Rank);
    assert_eq!(rank.direction, Direction::Lower);
    assert_eq!(rank.targets[0].milestones[0].cmp, Comparator::Le);
    let majors = &indicator(&plan, "first-class-majors").targets[0].milestones[0];
    assert_eq!(
        (majors.cmp, majors.value),
        (Comparator::Approx, Some(100.0))
    );
    let smes = &indicator(&plan, "tech-smes").targets[0].milestones[0];
    assert_eq!(
        (smes.cmp, smes.value, smes.aspirational),
        (Comparator::Gt, Some(40_000.0), true)
    );
    assert_eq!(
        indicator(&plan, "annual-rd-projects").kind,
        Kind::AnnualFloor
    );
    assert_eq!(
        indicator(&plan, "digital-core-revenue").targets[0].milestones[0].value,
        Some(12_000.0)
    );
    assert!(indicator(&plan, "fiscal-st-spending").targets[0]
        .lead
        .is_empty());
}
