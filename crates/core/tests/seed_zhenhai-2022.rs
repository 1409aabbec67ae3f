//! The seed plan `zhenhai-2022` and its sample observations: they parse, they are consistent,
//! and they carry facts checked by hand against the source document.

use plan_gauge_core::model::{Comparator, Indicator, Kind, Plan};

const PLAN: &str = include_str!("../../../seeds/zhenhai-2022.plan.json");

fn plan() -> Plan {
    serde_json::from_str(PLAN).expect("zhenhai-2022.plan.json parses as a Plan")
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
    assert_eq!(plan.period.start, 2022);
    assert_eq!(plan.period.end, 2025);
    assert_eq!(plan.issued.as_deref(), Some("2022-07-22"));
    // 三个一级标题;二、重点任务 有六个(一)…(六),共19个编号任务,每个都写明牵头单位。
    assert_eq!(plan.sections.len(), 3);
    assert_eq!(plan.sections[1].children.len(), 6);
    assert_eq!(plan.tasks.len(), 19);
    assert!(plan.tasks.iter().all(|t| !t.lead.is_empty()));
    let t16 = plan
        .tasks
        .iter()
        .find(|t| t.section == "2.5.3")
        .expect("task 16");
    assert_eq!(t16.lead, ["区发改局"]);
    let t17 = plan
        .tasks
        .iter()
        .find(|t| t.section == "2.6.1")
        .expect("task 17");
    assert_eq!(t17.lead, ["区委人才办", "区科技局"]);
}

#[test]
fn headline_goals_are_the_ten_indicators_of_the_main_goals() {
    let plan = plan();
    let headline: Vec<&str> = plan
        .indicators
        .iter()
        .filter(|i| i.headline)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(headline.len(), 10, "十大重要指标: {headline:?}");

    let firms = indicator(&plan, "high-tech-firms");
    assert_eq!(firms.kind, Kind::Level);
    let m = &firms.targets[0].milestones[0];
    assert_eq!((m.year, m.value), (2025, Some(685.0)));
    assert_eq!(firms.targets[0].lead, ["区科技局"]);

    // 突破2200家 / 超400亿元 / 超过200家 are strict.
    for id in ["tech-smes", "high-tech-value-added", "rd-institutions"] {
        assert_eq!(
            indicator(&plan, id).targets[0].milestones[0].cmp,
            Comparator::Gt,
            "{id}"
        );
    }
    // 均较“十三五”规划目标增长1倍以上: a doubling whose base is another plan's target.
    let doubling = indicator(&plan, "tech-smes-doubling");
    assert_eq!(doubling.kind, Kind::Multiple);
    assert_eq!(doubling.targets[0].milestones[0].value, Some(2.0));
    let base = doubling.targets[0].baseline.as_ref().expect("baseline");
    assert_eq!((base.year, base.value), (2020, None));
    assert!(base.source.is_some());
    let invest = indicator(&plan, "high-tech-investment");
    assert_eq!(invest.kind, Kind::Cumulative);
    assert_eq!(invest.targets[0].from_year, Some(2022));
}

#[test]
fn the_patent_figure_stated_twice_is_flagged_as_a_conflict() {
    let plan = plan();
    let patents = indicator(&plan, "invention-patents");
    let values: Vec<Option<f64>> = patents
        .targets
        .iter()
        .map(|t| t.milestones[0].value)
        .collect();
    assert_eq!(values, [Some(5500.0), Some(5200.0)]);
    assert!(patents.targets.iter().all(|t| t.conflict.is_some()));
    assert!(plan
        .notes
        .iter()
        .any(|n| n.kind == "conflict" && n.indicators == ["invention-patents"]));
    assert_eq!(
        plan.notes.iter().filter(|n| n.kind == "omission").count(),
        1
    );
}

#[test]
fn task_targets_keep_their_shapes() {
    let plan = plan();
    let range = &indicator(&plan, "tech-special-projects").targets[0].milestones[0];
    assert_eq!(
        (range.cmp, range.value, range.upper),
        (Comparator::Range, Some(3.0), Some(5.0))
    );
    let floor = indicator(&plan, "pool-tech-smes");
    assert_eq!(floor.kind, Kind::AnnualFloor);
    assert_eq!(floor.targets[0].milestones[0].value, Some(250.0));
    let growth = indicator(&plan, "fiscal-st-spending");
    assert_eq!(growth.kind, Kind::GrowthRate);
    assert_eq!(growth.targets[0].milestones[0].value, Some(15.0));
    assert_eq!(growth.targets[0].lead, ["区发改局"]);
    assert_eq!(indicator(&plan, "star-market-listing").kind, Kind::Binary);
    assert_eq!(
        indicator(&plan, "digital-reform-coverage").kind,
        Kind::Coverage
    );
    assert!(indicator(&plan, "national-tech-centres").targets[0].milestones[0].aspirational);
}

/// 全社会R&D经费支出占GDP比重达到3.0%: the headline shows the target as the plan writes it.
#[test]
fn rd_intensity_headline_reads_three_point_zero_percent() {
    use plan_gauge_core::explain::headline;
    use plan_gauge_core::progress::{assess_plan, Options};
    use plan_gauge_core::time::Date;
    use plan_gauge_core::Lang;
    let plan = plan();
    let rd = indicator(&plan, "rd-intensity");
    assert!(rd.targets[0].citation.quote.contains("达到3.0%"));
    assert_eq!(rd.decimals, Some(1));
    let set: plan_gauge_core::model::ObservationSet =
        serde_json::from_str(include_str!("../../../seeds/zhenhai-2022.sample.json"))
            .expect("sample parses");
    let as_of = Date::parse("2025-06-30").expect("date");
    let assessments = assess_plan(&plan, &set.observations, &Options::new(as_of));
    let a = assessments
        .iter()
        .find(|a| a.indicator == "rd-intensity")
        .expect("rd-intensity is assessed");
    let zh = headline(a, rd, Lang::ZhHans);
    assert!(zh.contains("目标是2025年达到3.0%"), "{zh}");
    let en = headline(a, rd, Lang::En);
    assert!(en.contains("at least 3.0% by 2025"), "{en}");
}
