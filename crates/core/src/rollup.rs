//! Counts of statuses for the plan, each section and each lead agency.
//!
//! * **Plan**: every assessment counts once.
//! * **Sections**: an assessment counts in its indicator's section (else the section its target's
//!   citation stands in) and in every ancestor of that section: a target in `2.1` counts in `2.1` and in `2`.
//!   Sections are listed in outline order (depth first), each once; a section id that is not in the
//!   outline is listed after them, so nothing is lost.
//! * **Lead agencies**: an assessment counts once for each distinct lead agency of its target, in
//!   order of first appearance; a target without a lead counts under none.

use crate::model::{Indicator, Plan, Section};
use crate::progress::{Assessment, StatusCounts};
use serde::Serialize;
use std::collections::BTreeMap;

/// Status counts for one section or one lead agency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GroupCounts {
    /// Section id, or the agency's name.
    pub key: String,
    pub counts: StatusCounts,
}

/// Status counts of a plan.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Rollup {
    pub plan: StatusCounts,
    pub sections: Vec<GroupCounts>,
    pub leads: Vec<GroupCounts>,
}

impl Rollup {
    pub fn section(&self, id: &str) -> Option<&StatusCounts> {
        self.sections
            .iter()
            .find(|g| g.key == id)
            .map(|g| &g.counts)
    }

    pub fn lead(&self, agency: &str) -> Option<&StatusCounts> {
        self.leads
            .iter()
            .find(|g| g.key == agency)
            .map(|g| &g.counts)
    }
}

/// Counts the assessments of `plan` by status, for the plan, each section and each lead agency.
pub fn rollup(plan: &Plan, assessments: &[Assessment]) -> Rollup {
    // Outline order and each section's ancestors (id → parent ids, nearest first).
    let mut outline: Vec<(String, Vec<String>)> = Vec::new();
    fn walk(sections: &[Section], parents: &mut Vec<String>, out: &mut Vec<(String, Vec<String>)>) {
        for s in sections {
            if out.iter().any(|(id, _)| *id == s.id) {
                continue;
            }
            out.push((s.id.clone(), parents.iter().rev().cloned().collect()));
            parents.push(s.id.clone());
            walk(&s.children, parents, out);
            parents.pop();
        }
    }
    walk(&plan.sections, &mut Vec::new(), &mut outline);

    let mut r = Rollup {
        sections: outline
            .iter()
            .map(|(id, _)| GroupCounts {
                key: id.clone(),
                counts: StatusCounts::default(),
            })
            .collect(),
        ..Rollup::default()
    };
    // Indicators by id (the first of two with one id, as a search from the start finds it): a
    // plan of 10,000 indicators takes 10,000 look-ups, not 10,000².
    let mut by_id: BTreeMap<&str, &Indicator> = BTreeMap::new();
    for ind in plan.indicators.iter().rev() {
        by_id.insert(ind.id.as_str(), ind);
    }
    for a in assessments {
        r.plan.add(a.status);
        let ind = by_id.get(a.indicator.as_str()).copied();
        let target = ind.and_then(|i| i.targets.get(a.target));
        let section = ind
            .and_then(|i| i.section.as_deref())
            .or_else(|| target.map(|t| t.citation.section.as_str()))
            .filter(|s| !s.is_empty());
        if let Some(sec) = section {
            let ancestors = outline
                .iter()
                .find(|(id, _)| id == sec)
                .map(|(_, p)| p.clone())
                .unwrap_or_default();
            for id in std::iter::once(sec).chain(ancestors.iter().map(String::as_str)) {
                group(&mut r.sections, id).add(a.status);
            }
        }
        if let Some(t) = target {
            let mut seen: Vec<&str> = Vec::new();
            for lead in &t.lead {
                if !seen.contains(&lead.as_str()) {
                    seen.push(lead);
                    group(&mut r.leads, lead).add(a.status);
                }
            }
        }
    }
    r
}

fn group<'a>(groups: &'a mut Vec<GroupCounts>, key: &str) -> &'a mut StatusCounts {
    let i = match groups.iter().position(|g| g.key == key) {
        Some(i) => i,
        None => {
            groups.push(GroupCounts {
                key: key.to_string(),
                counts: StatusCounts::default(),
            });
            groups.len() - 1
        }
    };
    // `i` is a valid index: found above or just pushed.
    &mut groups[i].counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Plan;
    use crate::progress::{assess_plan, Options, Status};
    use crate::time::Date;

    fn plan() -> Plan {
        serde_json::from_value(serde_json::json!({
            "format": "plan-gauge/1", "id": "t", "title": "t", "issuer": "t",
            "period": {"start": 2023, "end": 2025}, "locale": "zh-Hans",
            "sections": [
                {"id": "1", "label": "一、", "title": "目标", "children": [
                    {"id": "1.1", "label": "(一)", "title": "甲", "children": [
                        {"id": "1.1.1", "label": "1.", "title": "子"}]}]},
                {"id": "2", "label": "二、", "title": "任务"}],
            "indicators": [
                {"id": "a", "name": "a", "kind": "binary", "section": "1.1.1", "targets": [
                    {"milestones": [{"year": 2025, "value": 1}], "lead": ["科技局", "科技局", "财政局"],
                     "citation": {"quote": "q", "section": "1.1.1"}},
                    {"milestones": [{"year": 2025, "value": 1}], "lead": ["财政局"],
                     "citation": {"quote": "q", "section": "2"}}]},
                {"id": "b", "name": "b", "kind": "binary", "targets": [
                    {"milestones": [{"year": 2025, "value": 1}], "lead": [],
                     "citation": {"quote": "q", "section": "2"}}]},
                {"id": "c", "name": "c", "kind": "binary", "section": "9", "targets": [
                    {"milestones": [{"year": 2025, "value": 1}], "lead": ["科技局"],
                     "citation": {"quote": "q", "section": "9"}}]}
            ]
        }))
        .expect("plan")
    }

    #[test]
    fn counts_roll_up_through_ancestors_and_agencies() {
        let p = plan();
        let Some(d) = Date::new(2024, 6, 1) else {
            panic!("date")
        };
        // No observations: every target is no_data.
        let all = assess_plan(&p, &[], &Options::new(d));
        assert_eq!(all.len(), 4);
        let r = rollup(&p, &all);
        assert_eq!(r.plan.get(Status::NoData), 4);
        // a's two targets sit in 1.1.1 (the indicator's section), so 1.1.1, 1.1 and 1 count 2;
        // b has no section of its own: its citation puts it in 2; c's section 9 is not in the outline.
        let total = |id: &str| r.section(id).map(StatusCounts::total);
        assert_eq!(total("1.1.1"), Some(2));
        assert_eq!(total("1.1"), Some(2));
        assert_eq!(total("1"), Some(2));
        assert_eq!(total("2"), Some(1));
        assert_eq!(total("9"), Some(1));
        let keys: Vec<&str> = r.sections.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["1", "1.1", "1.1.1", "2", "9"]);
        // 科技局 once for a's first target (listed twice) and once for c; 财政局 for both of a's.
        assert_eq!(r.lead("科技局").map(StatusCounts::total), Some(2));
        assert_eq!(r.lead("财政局").map(StatusCounts::total), Some(2));
        assert_eq!(r.leads.len(), 2);
    }
}
