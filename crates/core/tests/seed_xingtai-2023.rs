//! The seed plan `xingtai-2023` (加快建设创新型邢台行动方案(2023—2027年), 邢科创领字〔2023〕2号)
//! and its illustrative observations: they parse, they validate, and they carry the facts read by
//! hand from the published text.

use plan_gauge_core::model::{Comparator, Indicator, Kind, ObsStatus, ObservationSet, Plan};
use plan_gauge_core::time::{Date, Period};
use std::collections::BTreeSet;

const PLAN: &str = include_str!("../../../seeds/xingtai-2023.plan.json");
const SAMPLE: &str = include_str!("../../../seeds/xingtai-2023.sample.json");

fn plan() -> Plan {
    match serde_json::from_str(PLAN) {
        Ok(p) => p,
        Err(e) => panic!("xingtai-2023.plan.json does not parse: {e}"),
    }
}

fn sample() -> ObservationSet {
    match serde_json::from_str(SAMPLE) {
        Ok(s) => s,
        Err(e) => panic!("xingtai-2023.sample.json does not parse: {e}"),
    }
}

fn indicator<'a>(plan: &'a Plan, id: &str) -> &'a Indicator {
    match plan.indicators.iter().find(|i| i.id == id) {
        Some(i) => i,
        None => panic!("indicator {id} is missing"),
    }
}

#[test]
fn plan_metadata_matches_the_document() {
    let plan = plan();
    assert_eq!(plan.format, "plan-gauge/1");
    assert_eq!(plan.id, "xingtai-2023");
    assert_eq!(plan.title, "加快建设创新型邢台行动方案(2023—2027年)");
    assert_eq!(plan.issuer, "邢台市科技创新工作领导小组");
    assert_eq!(plan.issued.as_deref(), Some("2023-04-21"));
    assert_eq!(plan.doc_number.as_deref(), Some("邢科创领字〔2023〕2号"));
    assert_eq!((plan.period.start, plan.period.end), (2023, 2027));
    assert_eq!(plan.locale, "zh-Hans");
    assert_eq!(plan.source_url, None);
}

#[test]
fn outline_has_three_parts_eleven_actions_and_every_task_paragraph() {
    let plan = plan();
    let labels: Vec<&str> = plan.sections.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["一、", "二、", "三、"]);
    let actions = plan
        .sections
        .iter()
        .find(|s| s.id == "2")
        .map(|s| s.children.len());
    assert_eq!(actions, Some(11));
    // 53 paragraphs end with (责任单位:…); 三(一) and 三(二) also name who leads.
    assert_eq!(plan.tasks.len(), 55);
    let talent = plan
        .tasks
        .iter()
        .find(|t| t.id == "t-2.11.2")
        .map(|t| t.lead.clone());
    assert_eq!(
        talent,
        Some(vec![
            "市委组织部".to_string(),
            "市人力资源社会保障局".to_string(),
            "市科技局".to_string(),
            "市教育局".to_string()
        ])
    );
}

#[test]
fn headline_goals_are_the_thirteen_of_part_one() {
    let plan = plan();
    let headline: BTreeSet<&str> = plan
        .indicators
        .iter()
        .filter(|i| i.headline)
        .map(|i| i.id.as_str())
        .collect();
    let expected: BTreeSet<&str> = [
        "rd-growth",
        "rd-spending",
        "rd-intensity",
        "rd-personnel",
        "high-tech-firms",
        "tech-smes",
        "tech-leader-firms",
        "provincial-platforms",
        "new-provincial-platforms",
        "hitech-share",
        "tech-contracts",
        "hv-patents",
        "sci-literacy",
    ]
    .into_iter()
    .collect();
    assert_eq!(headline, expected);
}

#[test]
fn hand_checked_targets() {
    let plan = plan();
    // 到2023年…启动关键核心技术攻关项目20项;到2025年…超过60项;到2027年…突破80项
    let projects = indicator(&plan, "key-tech-projects");
    assert_eq!(projects.kind, Kind::Cumulative);
    let steps: Vec<(i32, Option<f64>, Comparator)> = projects
        .targets
        .iter()
        .flat_map(|t| &t.milestones)
        .map(|m| (m.year, m.value, m.cmp))
        .collect();
    assert_eq!(
        steps,
        [
            (2023, Some(20.0), Comparator::Ge),
            (2025, Some(60.0), Comparator::Gt),
            (2027, Some(80.0), Comparator::Gt)
        ]
    );
    // 到2025年,市国资委监管企业研发投入年均增幅不低于20% (责任单位:市国资委、市科技局)
    let soe = indicator(&plan, "soe-rd-growth");
    assert_eq!(soe.kind, Kind::GrowthRate);
    let target = soe
        .targets
        .first()
        .map(|t| (t.milestones.len(), t.lead.clone()));
    assert_eq!(
        target,
        Some((1, vec!["市国资委".to_string(), "市科技局".to_string()]))
    );
    // 到2025年底,每万人口高价值发明专利拥有量达到1件 (责任单位:市市场监管局)
    let patents = indicator(&plan, "hv-patents");
    let last = patents
        .targets
        .first()
        .and_then(|t| t.milestones.last())
        .map(|m| (m.year, m.value));
    assert_eq!(last, Some((2025, Some(1.0))));
    assert_eq!(
        patents.targets.first().map(|t| t.lead.as_slice()),
        Some(&["市市场监管局".to_string()][..])
    );
    // 力争全年新增科技企业贷款规模增加10%
    let loans = indicator(&plan, "tech-loans-growth");
    assert!(loans
        .targets
        .iter()
        .flat_map(|t| &t.milestones)
        .all(|m| m.aspirational));
    // 推动我市高校院所技术转移机构全覆盖
    assert_eq!(indicator(&plan, "univ-tto-coverage").kind, Kind::Coverage);
}

#[test]
fn sample_is_marked_and_shows_every_status_a_citizen_meets() {
    let set = sample();
    assert!(set.sample);
    assert!(set
        .note
        .as_deref()
        .is_some_and(|n| n.starts_with("示例数据")));
    for status in [
        ObsStatus::Normal,
        ObsStatus::Provisional,
        ObsStatus::Estimated,
        ObsStatus::Revised,
        ObsStatus::Missing,
    ] {
        assert!(
            set.observations.iter().any(|o| o.status == status),
            "no {status:?} observation"
        );
    }
    for o in &set.observations {
        assert_eq!(
            o.value.is_none(),
            o.status == ObsStatus::Missing,
            "{} {}",
            o.indicator,
            o.period
        );
        let period = Period::parse(&o.period);
        assert!(
            period.is_some_and(|p| (2022..=2025).contains(&p.year())),
            "{} {}",
            o.indicator,
            o.period
        );
        let published = Date::parse(&o.published).map(Date::decimal_year);
        let end = period.map(Period::end);
        assert!(
            matches!((published, end), (Some(p), Some(e)) if p > e),
            "{} {} published {} before its period ends",
            o.indicator,
            o.period,
            o.published
        );
    }
    assert!(
        set.observations.iter().any(|o| o.period.contains("-Q")),
        "no quarterly observation"
    );
    let plan = plan();
    let observed: BTreeSet<&str> = set
        .observations
        .iter()
        .map(|o| o.indicator.as_str())
        .collect();
    let unobserved: Vec<&str> = plan
        .indicators
        .iter()
        .map(|i| i.id.as_str())
        .filter(|id| !observed.contains(id))
        .collect();
    assert_eq!(
        unobserved,
        ["new-processes-products", "agri-hitech-demo-zone"]
    );
}
