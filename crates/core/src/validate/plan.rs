//! Checks of a plan that its types cannot express: ids, periods, sections, units and comparators
//! that fit each kind, milestones in order, baselines and agencies.

use super::{Code, Problem};
use crate::i18n::Lang;
use crate::model::{
    Comparator, Direction, Indicator, Kind, Plan, Section, Series, FORMAT_V1, MAX_DECIMALS,
};
use crate::time::Date;
use std::collections::{BTreeMap, BTreeSet};

fn id_ok(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_' || b == b'.'
        })
}

const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Checks everything about a plan that its types cannot say.
pub fn validate_plan(plan: &Plan) -> Vec<Problem> {
    let mut out = Vec::new();
    if plan.format != FORMAT_V1 {
        out.push(Problem::error("format", Code::Format).with("value", &plan.format));
    }
    if !id_ok(&plan.id) {
        out.push(Problem::error("id", Code::IdSyntax).with("value", &plan.id));
    }
    for (field, text) in [("title", &plan.title), ("issuer", &plan.issuer)] {
        if text.trim().is_empty() {
            out.push(Problem::error(field, Code::Empty));
        }
    }
    if let Some(url) = plan.source_url.as_deref().filter(|u| !super::is_web_url(u)) {
        out.push(Problem::error("source_url", Code::BadUrl).with("value", url));
    }
    if let Some(issued) = plan.issued.as_deref().filter(|d| Date::parse(d).is_none()) {
        out.push(Problem::error("issued", Code::BadDate).with("value", issued));
    }
    let period = plan.period;
    let period_ok = period.start <= period.end
        && YEAR_RANGE.contains(&period.start)
        && YEAR_RANGE.contains(&period.end);
    if !period_ok {
        out.push(
            Problem::error("period", Code::PlanPeriod)
                .with("start", period.start)
                .with("end", period.end),
        );
    }
    if Lang::parse(&plan.locale).is_none() {
        out.push(Problem::error("locale", Code::UnknownLocale).with("value", &plan.locale));
    }
    check_i18n_keys(&plan.i18n, "i18n", &mut out);

    let mut sections = BTreeSet::new();
    check_sections(&plan.sections, "sections", &mut sections, &mut out);
    let section_ref = |id: &str, path: String, out: &mut Vec<Problem>| {
        if !sections.contains(id) {
            out.push(Problem::error(path, Code::UnknownSection).with("value", id));
        }
    };

    let mut task_ids = BTreeSet::new();
    for (i, t) in plan.tasks.iter().enumerate() {
        let p = format!("tasks[{i}]");
        if !id_ok(&t.id) {
            out.push(Problem::error(format!("{p}.id"), Code::IdSyntax).with("value", &t.id));
        } else if !task_ids.insert(t.id.as_str()) {
            out.push(Problem::error(format!("{p}.id"), Code::DuplicateId).with("value", &t.id));
        }
        section_ref(&t.section, format!("{p}.section"), &mut out);
        if t.title.trim().is_empty() {
            out.push(Problem::error(format!("{p}.title"), Code::Empty));
        }
    }

    let mut ind_ids = BTreeSet::new();
    for (i, ind) in plan.indicators.iter().enumerate() {
        let p = format!("indicators[{i}]");
        if !id_ok(&ind.id) {
            out.push(Problem::error(format!("{p}.id"), Code::IdSyntax).with("value", &ind.id));
        } else if !ind_ids.insert(ind.id.as_str()) {
            out.push(Problem::error(format!("{p}.id"), Code::DuplicateId).with("value", &ind.id));
        }
        if ind.name.trim().is_empty() {
            out.push(Problem::error(format!("{p}.name"), Code::Empty));
        }
        check_i18n_keys(&ind.i18n, &format!("{p}.i18n"), &mut out);
        if let Some(s) = &ind.section {
            section_ref(s, format!("{p}.section"), &mut out);
        }
        validate_indicator(ind, &p, plan, period_ok, &mut out);
        for (t, target) in ind.targets.iter().enumerate() {
            section_ref(
                &target.citation.section,
                format!("{p}.targets[{t}].citation.section"),
                &mut out,
            );
        }
    }
    check_agencies(plan, &mut out);
    for (i, note) in plan.notes.iter().enumerate() {
        for (j, id) in note.indicators.iter().enumerate() {
            if !plan.indicators.iter().any(|ind| &ind.id == id) {
                out.push(
                    Problem::error(
                        format!("notes[{i}].indicators[{j}]"),
                        Code::UnknownIndicator,
                    )
                    .with("value", id),
                );
            }
        }
    }
    out
}

/// `agencies`: every key an agency the plan names (a lead or partner of a target or task, or the
/// issuer), every name keyed by a known locale and not empty.
fn check_agencies(plan: &Plan, out: &mut Vec<Problem>) {
    let named = |name: &str| {
        plan.issuer == name
            || plan
                .tasks
                .iter()
                .any(|t| t.lead.iter().chain(&t.partners).any(|a| a == name))
            || plan.indicators.iter().any(|ind| {
                ind.targets
                    .iter()
                    .any(|t| t.lead.iter().chain(&t.partners).any(|a| a == name))
            })
    };
    for (agency, names) in &plan.agencies {
        let p = format!("agencies.{agency}");
        if !named(agency) {
            out.push(Problem::warning(p.clone(), Code::UnknownAgency).with("value", agency));
        }
        check_i18n_keys(names, &p, out);
        for (tag, name) in names {
            if name.trim().is_empty() {
                out.push(Problem::error(format!("{p}.{tag}"), Code::Empty));
            }
        }
    }
}

fn check_i18n_keys(map: &BTreeMap<String, String>, path: &str, out: &mut Vec<Problem>) {
    for key in map.keys() {
        if Lang::parse(key).is_none() {
            out.push(
                Problem::error(format!("{path}.{key}"), Code::UnknownLocale).with("value", key),
            );
        }
    }
}

fn check_sections<'a>(
    list: &'a [Section],
    path: &str,
    seen: &mut BTreeSet<&'a str>,
    out: &mut Vec<Problem>,
) {
    for (i, s) in list.iter().enumerate() {
        let p = format!("{path}[{i}]");
        if s.id.trim().is_empty() {
            out.push(Problem::error(format!("{p}.id"), Code::Empty));
        } else if !seen.insert(s.id.as_str()) {
            out.push(Problem::error(format!("{p}.id"), Code::DuplicateId).with("value", &s.id));
        }
        check_i18n_keys(&s.i18n, &format!("{p}.i18n"), out);
        check_sections(&s.children, &format!("{p}.children"), seen, out);
    }
}

/// The unit a kind requires, if any: `Some("%")` for shares and coverage, `Some("")` for kinds
/// that have no unit.
fn required_unit(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::Share | Kind::Coverage | Kind::PointChange => Some("%"),
        Kind::Binary | Kind::Qualitative => Some(""),
        _ => None,
    }
}

fn comparator_fits(kind: Kind, cmp: Comparator) -> bool {
    match kind {
        Kind::AnnualRange => cmp == Comparator::Range,
        Kind::Binary | Kind::Coverage | Kind::Qualitative | Kind::Multiple => cmp == Comparator::Ge,
        Kind::AnnualFloor => cmp != Comparator::Range,
        Kind::RelativeChange | Kind::PointChange => {
            matches!(
                cmp,
                Comparator::Ge | Comparator::Gt | Comparator::Approx | Comparator::Range
            )
        }
        Kind::Level | Kind::Share | Kind::GrowthRate | Kind::Cumulative | Kind::Rank => true,
    }
}

fn series_fits(kind: Kind, series: Series) -> bool {
    match kind {
        Kind::Level
        | Kind::Share
        | Kind::Coverage
        | Kind::Binary
        | Kind::Multiple
        | Kind::RelativeChange
        | Kind::PointChange
        | Kind::Rank => series == Series::Level,
        Kind::GrowthRate => matches!(series, Series::Level | Series::Rate),
        Kind::AnnualFloor | Kind::AnnualRange => series == Series::Flow,
        Kind::Cumulative => matches!(series, Series::Flow | Series::RunningTotal),
        Kind::Qualitative => series == Series::Stage,
    }
}

fn validate_indicator(
    ind: &Indicator,
    p: &str,
    plan: &Plan,
    period_ok: bool,
    out: &mut Vec<Problem>,
) {
    let kind = ind.kind;
    if let Some(d) = ind.decimals.filter(|d| *d > MAX_DECIMALS) {
        out.push(
            Problem::error(format!("{p}.decimals"), Code::BadDecimals)
                .with("value", d)
                .with("max", MAX_DECIMALS),
        );
    }
    if let Some(unit) = required_unit(kind) {
        if ind.unit.trim() != unit {
            out.push(
                Problem::error(format!("{p}.unit"), Code::UnitMismatch)
                    .with("value", &ind.unit)
                    .with("kind", kind.as_str())
                    .with("expected", if unit.is_empty() { "\"\"" } else { unit }),
            );
        }
    } else if ind.unit.trim().is_empty() {
        out.push(Problem::error(format!("{p}.unit"), Code::Empty));
    }
    if let Some(series) = ind.series {
        if !series_fits(kind, series) {
            out.push(
                Problem::error(format!("{p}.series"), Code::SeriesMismatch)
                    .with("kind", kind.as_str()),
            );
        }
    }
    if ind.direction == Direction::Lower
        && matches!(
            kind,
            Kind::Binary | Kind::Coverage | Kind::Qualitative | Kind::Multiple
        )
    {
        out.push(
            Problem::error(format!("{p}.direction"), Code::ComparatorMismatch)
                .with("kind", kind.as_str()),
        );
    }
    if ind.targets.is_empty() {
        out.push(Problem::error(format!("{p}.targets"), Code::NoTarget));
    }
    let period = plan.period;
    for (t, target) in ind.targets.iter().enumerate() {
        let tp = format!("{p}.targets[{t}]");
        if target.lead.iter().all(|l| l.trim().is_empty()) {
            out.push(Problem::warning(format!("{tp}.lead"), Code::NoLeadAgency));
        }
        if target.citation.quote.trim().is_empty() {
            out.push(Problem::error(format!("{tp}.citation.quote"), Code::Empty));
        }
        if target.milestones.is_empty() {
            out.push(Problem::error(
                format!("{tp}.milestones"),
                Code::NoMilestone,
            ));
        }
        let mut last_year = None;
        for (m, ms) in target.milestones.iter().enumerate() {
            let mp = format!("{tp}.milestones[{m}]");
            if let Some(prev) = last_year {
                if ms.year <= prev {
                    out.push(
                        Problem::error(format!("{mp}.year"), Code::MilestonesOutOfOrder)
                            .with("year", ms.year)
                            .with("previous", prev),
                    );
                }
            }
            last_year = Some(ms.year);
            if period_ok && (ms.year < period.start || ms.year > period.end) {
                out.push(
                    Problem::error(format!("{mp}.year"), Code::YearOutsidePeriod)
                        .with("year", ms.year)
                        .with("start", period.start)
                        .with("end", period.end),
                );
            }
            validate_milestone_value(kind, ms, &mp, out);
            if let Some(expected) = ms.value.and_then(|v| direction_of(kind, v)) {
                if ind.direction != expected {
                    out.push(
                        Problem::error(format!("{p}.direction"), Code::DirectionMismatch)
                            .with("kind", kind.as_str())
                            .with("value", ms.value.unwrap_or_default())
                            .with(
                                "expected",
                                match expected {
                                    Direction::Higher => "higher",
                                    Direction::Lower => "lower",
                                },
                            ),
                    );
                }
            }
            if !comparator_fits(kind, ms.cmp) {
                out.push(
                    Problem::error(format!("{mp}.cmp"), Code::ComparatorMismatch)
                        .with("kind", kind.as_str())
                        .with("value", ms.cmp.symbol()),
                );
            }
            match (ms.cmp, ms.upper) {
                (Comparator::Range, None) => {
                    out.push(Problem::error(format!("{mp}.upper"), Code::ValueRequired))
                }
                (Comparator::Range, Some(u)) => {
                    if !u.is_finite() {
                        out.push(Problem::error(format!("{mp}.upper"), Code::NotFinite));
                    } else if ms.value.is_some_and(|v| u < v) {
                        out.push(
                            Problem::error(format!("{mp}.upper"), Code::OutOfRange)
                                .with("value", u),
                        );
                    }
                }
                (_, Some(_)) => out.push(
                    Problem::error(format!("{mp}.upper"), Code::ComparatorMismatch)
                        .with("kind", kind.as_str())
                        .with("value", ms.cmp.symbol()),
                ),
                (_, None) => {}
            }
        }
        if let Some(from) = target.from_year {
            if period_ok && (from < period.start || from > period.end) {
                out.push(
                    Problem::error(format!("{tp}.from_year"), Code::YearOutsidePeriod)
                        .with("year", from)
                        .with("start", period.start)
                        .with("end", period.end),
                );
            }
        }
        match &target.baseline {
            Some(b) => {
                if let Some(v) = b.value {
                    if !v.is_finite() {
                        out.push(Problem::error(
                            format!("{tp}.baseline.value"),
                            Code::NotFinite,
                        ));
                    }
                }
                if let Some(first) = target.milestones.first() {
                    if b.year >= first.year {
                        out.push(
                            Problem::error(format!("{tp}.baseline.year"), Code::BaselineOrder)
                                .with("year", b.year)
                                .with("first", first.year),
                        );
                    }
                }
                if !YEAR_RANGE.contains(&b.year) {
                    out.push(
                        Problem::error(format!("{tp}.baseline.year"), Code::OutOfRange)
                            .with("value", b.year),
                    );
                }
            }
            None if kind.needs_base_value() => out.push(Problem::error(
                format!("{tp}.baseline"),
                Code::BaselineRequired,
            )),
            None => {}
        }
    }
}

/// The direction a target's own value implies: a rank is better lower; a change is better in the
/// direction it is stated (下降 → lower, 增长/提高 → higher).
fn direction_of(kind: Kind, v: f64) -> Option<Direction> {
    match kind {
        Kind::Rank => Some(Direction::Lower),
        Kind::RelativeChange | Kind::PointChange if v < 0.0 => Some(Direction::Lower),
        Kind::RelativeChange | Kind::PointChange if v > 0.0 => Some(Direction::Higher),
        _ => None,
    }
}

fn validate_milestone_value(
    kind: Kind,
    ms: &crate::model::Milestone,
    mp: &str,
    out: &mut Vec<Problem>,
) {
    let vp = format!("{mp}.value");
    let Some(v) = ms.value else {
        // Level and share targets may state only a direction (稳步提升, 持续增长).
        if !matches!(kind, Kind::Qualitative | Kind::Level | Kind::Share) {
            out.push(Problem::error(vp, Code::ValueRequired).with("kind", kind.as_str()));
        }
        return;
    };
    if kind == Kind::Qualitative {
        out.push(Problem::error(vp, Code::ValueForbidden).with("kind", kind.as_str()));
        return;
    }
    if !v.is_finite() {
        out.push(Problem::error(vp, Code::NotFinite));
        return;
    }
    let ok = match kind {
        Kind::Share => (0.0..=100.0).contains(&v),
        Kind::Coverage => v > 0.0 && v <= 100.0,
        Kind::Binary => v == 1.0,
        Kind::Multiple => v > 1.0,
        Kind::GrowthRate => v > -100.0,
        Kind::AnnualFloor | Kind::AnnualRange | Kind::Cumulative => v >= 0.0,
        Kind::RelativeChange => v > -100.0 && v != 0.0,
        Kind::PointChange => v != 0.0 && v.abs() <= 100.0,
        Kind::Rank => v >= 1.0,
        Kind::Level | Kind::Qualitative => true,
    };
    if !ok {
        out.push(
            Problem::error(vp, Code::OutOfRange)
                .with("value", v)
                .with("kind", kind.as_str()),
        );
    }
}
