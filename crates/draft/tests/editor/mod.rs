//! A drafted plan as the authoring page grows it: the indicators an editor adds (suggestions, or
//! what a selection reads) go in with the sections they need and widen the plan's period, and the
//! plan is checked as the page checks it. Shared by `tests/props.rs` and `tests/selection.rs`.
#![allow(dead_code)]

use plan_gauge_core::model::{Indicator, Plan, Section};

/// Adds `indicators` to `plan` as the page adds them: first the `sections` the plan lacks, then
/// each indicator, the period widened to its years.
pub fn add(plan: &mut Plan, sections: &[Section], indicators: impl IntoIterator<Item = Indicator>) {
    for section in sections {
        if plan.sections.iter().all(|s| s.id != section.id) {
            plan.sections.insert(0, section.clone());
        }
    }
    for ind in indicators {
        for m in ind.targets.iter().flat_map(|t| &t.milestones) {
            plan.period.start = plan.period.start.min(m.year);
            plan.period.end = plan.period.end.max(m.year);
        }
        plan.indicators.push(ind);
    }
}

/// The errors the core finds in `plan` (`path code`), but an empty title or issuer, which the
/// editor gives on the page when the text names none.
pub fn errors(plan: &Plan) -> Vec<String> {
    plan_gauge_core::validate::validate_plan(plan)
        .into_iter()
        .filter(|p| p.is_error())
        .filter(|p| !(matches!(p.path.as_str(), "issuer" | "title") && p.code.as_str() == "empty"))
        .map(|p| format!("{} {}", p.path, p.code.as_str()))
        .collect()
}
