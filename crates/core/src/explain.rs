//! Sentences a citizen can read, built from an [`Assessment`] and the locale tables.
//!
//! Every word comes from [`EngineStrings`](crate::i18n::EngineStrings) (`lang.engine()`), every number from
//! [`crate::format`]. Nothing here judges anything: the sentences say what the engine computed.

use crate::bidi;
use crate::format;
use crate::i18n::{fill, Lang};
use crate::model::{AgencyNames, Bound, Comparator, Direction, Indicator, Kind, ObsStatus, Plan};
use crate::progress::cmp::effective;
use crate::progress::{
    Assessment, LatestValue, OpensdgBand, Pending, ReasonNote, ResolvedMilestone, Start, Status,
    Why,
};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The label of a status: `进度正常` / `On track`.
pub fn status_label(s: Status, lang: Lang) -> &'static str {
    let e = lang.engine();
    match s {
        Status::Achieved => e.status_achieved,
        Status::OnTrack => e.status_on_track,
        Status::AtRisk => e.status_at_risk,
        Status::OffTrack => e.status_off_track,
        Status::Missed => e.status_missed,
        Status::NoData => e.status_no_data,
        Status::TooEarly => e.status_too_early,
        Status::CannotAssess => e.status_cannot_assess,
    }
}

/// A text of the plan in `lang` (from its `i18n` map), else `own`, as the plan writes it; as
/// [`bidi::shown`] shows data (no bidirectional controls, right-to-left letters isolated).
pub fn localized<'a>(i18n: &'a BTreeMap<String, String>, own: &'a str, lang: Lang) -> Cow<'a, str> {
    bidi::shown(i18n.get(lang.tag()).map(String::as_str).unwrap_or(own))
}

/// The plan's title in `lang`, else as the plan writes it; see [`localized`].
pub fn plan_title(plan: &Plan, lang: Lang) -> Cow<'_, str> {
    localized(&plan.i18n, &plan.title, lang)
}

/// The indicator's name in `lang`, else as the plan writes it; see [`localized`].
pub fn indicator_name(ind: &Indicator, lang: Lang) -> Cow<'_, str> {
    localized(&ind.i18n, &ind.name, lang)
}

/// A value of the indicator (target, baseline or observation) in its unit, written with the
/// precision the plan gives it ([`Indicator::decimals`]): `3.0%`, `685家`, `CNY 3.4 billion`.
pub fn indicator_value(ind: &Indicator, v: f64, lang: Lang) -> String {
    format::value_with_precision(v, &ind.unit, ind.decimals, lang)
}

/// A published value as the source gives it: `612家`, or with its bound `至少8800家`,
/// `more than 8,800`; for binary results and task stages, the words (`已实现`, `推进中`).
pub fn observed_value(l: &LatestValue, ind: &Indicator, lang: Lang) -> String {
    let e = lang.engine();
    // Binary results and task stages are words, never a bare 1 or 2.
    match ind.kind {
        Kind::Binary if l.value >= 0.5 => return e.headline_state_yes.to_string(),
        Kind::Binary => return e.headline_state_no.to_string(),
        Kind::Qualitative if l.value >= 1.5 => return e.headline_state_done.to_string(),
        Kind::Qualitative if l.value >= 0.5 => return e.headline_state_in_progress.to_string(),
        Kind::Qualitative => return e.headline_state_not_started.to_string(),
        _ => {}
    }
    let value = indicator_value(ind, l.value, lang);
    let template = match l.bound {
        None => return value,
        Some(Bound::AtLeast) => e.value_at_least,
        Some(Bound::MoreThan) => e.value_more_than,
        Some(Bound::AtMost) => e.value_at_most,
        Some(Bound::LessThan) => e.value_less_than,
    };
    fill(template, &[("value", &value)])
}

/// An agency's name in `lang` ([`Plan::agencies`](crate::model::Plan::agencies)), else as the
/// plan writes it: `区科技局` → `Zhenhai District Science and Technology Bureau` in English;
/// as [`bidi::shown`] shows data.
pub fn agency_name<'a>(agencies: &'a AgencyNames, name: &'a str, lang: Lang) -> Cow<'a, str> {
    bidi::shown(
        agencies
            .get(name)
            .and_then(|names| names.get(lang.tag()))
            .map(String::as_str)
            .filter(|n| !n.trim().is_empty())
            .unwrap_or(name),
    )
}

/// Agencies in `lang`, joined as the locale lists names: `区科技局、区财政局`,
/// `Science and Technology Bureau, Finance Bureau`.
pub fn agency_list(agencies: &AgencyNames, names: &[String], lang: Lang) -> String {
    let sep = if lang.is_chinese() { "、" } else { ", " };
    names
        .iter()
        .map(|n| agency_name(agencies, n, lang))
        .collect::<Vec<_>>()
        .join(sep)
}

/// One sentence: the indicator, its latest value and period, the target and its year, and the
/// status in words. `高新技术企业数量2024年为612家（初步数），目标是2025年达到685家：进度正常。`
pub fn headline(a: &Assessment, ind: &Indicator, lang: Lang) -> String {
    let e = lang.engine();
    let name = indicator_name(ind, lang);
    let status = status_label(a.status, lang);
    let year = a
        .final_target
        .as_ref()
        .map(|m| format::year(m.year, lang))
        .unwrap_or_default();
    let target = a
        .final_target
        .as_ref()
        .map(|m| target_phrase(m, a, ind, lang))
        .unwrap_or_default();
    match a.kind {
        Kind::Binary | Kind::Qualitative => {
            let state = match &a.latest {
                None => e.headline_state_unknown,
                Some(l) if a.kind == Kind::Binary => {
                    if l.value >= 0.5 {
                        e.headline_state_yes
                    } else {
                        e.headline_state_no
                    }
                }
                Some(l) if l.value >= 1.5 => e.headline_state_done,
                Some(l) if l.value >= 0.5 => e.headline_state_in_progress,
                Some(_) => e.headline_state_not_started,
            };
            fill(
                e.headline_task,
                &[
                    ("name", &name),
                    ("state", state),
                    ("year", &year),
                    ("status", status),
                ],
            )
        }
        _ => {
            let Some(l) = &a.latest else {
                return fill(
                    e.headline_no_value,
                    &[
                        ("name", &name),
                        ("year", &year),
                        ("target", &target),
                        ("status", status),
                    ],
                );
            };
            let value = observed_value(l, ind, lang);
            let period = format::period(&l.period, lang);
            let flag = flag(l.status, lang);
            let template = match a.kind {
                Kind::AnnualFloor | Kind::AnnualRange => e.headline_annual,
                Kind::Cumulative => e.headline_cumulative,
                _ => e.headline_value,
            };
            let from = a
                .baseline
                .map(|(y, _)| format::year(y.saturating_add(1), lang))
                .unwrap_or_default();
            fill(
                template,
                &[
                    ("name", &name),
                    ("period", &period),
                    ("value", &value),
                    ("flag", flag),
                    ("year", &year),
                    ("target", &target),
                    ("from", &from),
                    ("status", status),
                ],
            )
        }
    }
}

/// The words for an observation status (`（初步数）`), empty for normal values.
pub fn flag(s: ObsStatus, lang: Lang) -> &'static str {
    let e = lang.engine();
    match s {
        ObsStatus::Provisional => e.headline_flag_provisional,
        ObsStatus::Estimated => e.headline_flag_estimated,
        ObsStatus::Revised => e.headline_flag_revised,
        ObsStatus::Break => e.headline_flag_break,
        ObsStatus::Normal | ObsStatus::Missing => "",
    }
}

/// A target in words: `达到685家`, `年均增长达到15%`, `达到800亿元（2022年基数的2倍）`.
pub fn target_phrase(m: &ResolvedMilestone, a: &Assessment, ind: &Indicator, lang: Lang) -> String {
    let e = lang.engine();
    let cmp = effective(m.cmp, ind.direction);
    let phrase = |v: f64, upper: Option<f64>, unit: &str| {
        let template = match cmp {
            Comparator::Ge => e.reason_cmp_ge,
            Comparator::Gt => e.reason_cmp_gt,
            Comparator::Le => e.reason_cmp_le,
            Comparator::Lt => e.reason_cmp_lt,
            Comparator::Approx => e.reason_cmp_approx,
            Comparator::Range => e.reason_cmp_range,
        };
        let value = format::value_with_precision(v, unit, ind.decimals, lang);
        let upper = upper
            .map(|u| format::value_with_precision(u, unit, ind.decimals, lang))
            .unwrap_or_default();
        fill(template, &[("value", &value), ("upper", &upper)])
    };
    match a.kind {
        Kind::GrowthRate => match m.stated {
            Some(r) => fill(
                e.reason_growth_target,
                &[("target", &phrase(r, m.upper, "%"))],
            ),
            None => String::new(),
        },
        Kind::Multiple => {
            let multiple = m
                .stated
                .map(|s| format::number(s, lang))
                .unwrap_or_default();
            match (m.value, a.baseline) {
                (Some(v), Some((year, _))) => fill(
                    e.reason_multiple_target,
                    &[
                        ("target", &phrase(v, m.upper, &ind.unit)),
                        ("multiple", &multiple),
                        ("year", &format::year(year, lang)),
                    ],
                ),
                _ => fill(e.reason_times, &[("multiple", &multiple)]),
            }
        }
        Kind::RelativeChange | Kind::PointChange => {
            let Some(c) = m.stated else {
                return String::new();
            };
            let (words, amount) = match a.kind {
                Kind::RelativeChange => (
                    if c < 0.0 {
                        e.reason_change_down
                    } else {
                        e.reason_change_up
                    },
                    format::value_with_precision(c.abs(), "%", ind.decimals, lang),
                ),
                _ => (
                    if c < 0.0 {
                        e.reason_points_down
                    } else {
                        e.reason_points_up
                    },
                    format::number(c.abs(), lang),
                ),
            };
            let change = fill(words, &[("value", &amount)]);
            let base_year = a.baseline.map(|(y, _)| y).or_else(|| {
                ind.targets
                    .get(a.target)
                    .and_then(|t| t.baseline.as_ref())
                    .map(|b| b.year)
            });
            match (m.value, base_year) {
                (Some(v), Some(y)) => fill(
                    e.reason_change_target,
                    &[
                        ("target", &phrase(v, m.upper, &ind.unit)),
                        ("change", &change),
                        ("year", &format::year(y, lang)),
                    ],
                ),
                (None, Some(y)) => fill(
                    e.reason_change_alone,
                    &[("change", &change), ("year", &format::year(y, lang))],
                ),
                (_, None) => change,
            }
        }
        Kind::Rank => match m.value.or(m.stated) {
            Some(v) => fill(
                e.reason_rank_target,
                &[("value", &indicator_value(ind, v, lang))],
            ),
            None => String::new(),
        },
        _ => match m.value.or(m.stated) {
            Some(v) => phrase(v, m.upper, &ind.unit),
            // 稳步提升: a target that states only a direction.
            None => match ind.direction {
                Direction::Higher => e.reason_trend_up.to_string(),
                Direction::Lower => e.reason_trend_down.to_string(),
            },
        },
    }
}

/// Why the status was given, in one or two sentences:
/// `按时间进度应完成62%，实际完成48%，进度滞后。`
pub fn reason_sentence(a: &Assessment, ind: &Indicator, lang: Lang) -> String {
    let e = lang.engine();
    let r = &a.reason;
    let yr = |y: i32| format::year(y, lang);
    let value = |v: f64| indicator_value(ind, v, lang);
    let pct = |v: f64| format::percent(v, lang);
    let latest = a
        .latest
        .as_ref()
        .map(|l| observed_value(l, ind, lang))
        .unwrap_or_default();
    let final_year = a.final_target.as_ref().map(|m| m.year);
    let final_year_text = final_year.map(yr).unwrap_or_default();
    let final_year_bare = final_year.map(|y| y.to_string()).unwrap_or_default();
    let target = a
        .final_target
        .as_ref()
        .map(|m| target_phrase(m, a, ind, lang))
        .unwrap_or_default();
    // "达到500亿元" reads as a total only with "累计" in front.
    let total_target = if a.kind == Kind::Cumulative {
        fill(e.reason_cumulative_target, &[("target", &target)])
    } else {
        target.clone()
    };
    let verdict = match a.status {
        Status::OnTrack => e.reason_verdict_on_track,
        Status::AtRisk => e.reason_verdict_at_risk,
        _ => e.reason_verdict_off_track,
    };
    let band = match r.band {
        Some(OpensdgBand::TargetAchieved) => e.reason_band_target_achieved,
        Some(OpensdgBand::Substantial) => e.reason_band_substantial,
        Some(OpensdgBand::Moderate) => e.reason_band_moderate,
        Some(OpensdgBand::Limited) => e.reason_band_limited,
        Some(OpensdgBand::Deterioration) => e.reason_band_deterioration,
        Some(OpensdgBand::NotAvailable) | None => "",
    };
    let mut out = match &r.why {
        Why::TargetMet { .. } if matches!(a.kind, Kind::Binary | Kind::Qualitative) => {
            let template = if a.kind == Kind::Binary {
                e.reason_binary_done
            } else {
                e.reason_stage_done
            };
            let period = a
                .latest
                .as_ref()
                .map(|l| format::period(&l.period, lang))
                .unwrap_or_default();
            fill(template, &[("period", &period)])
        }
        Why::TargetMet { .. } => fill(
            e.reason_target_met,
            &[
                ("latest", &latest),
                ("year", &final_year_text),
                ("target", &total_target),
            ],
        ),
        Why::PaceCompared(p) => {
            let pace = fill(
                e.reason_pace_compared,
                &[
                    ("expected", &pct(p.expected_fraction)),
                    ("actual", &pct(p.actual_fraction)),
                    ("verdict", verdict),
                ],
            );
            match (a.kind, p.total) {
                (Kind::Cumulative, Some(t)) => {
                    let total = fill(
                        e.reason_cumulative_total,
                        &[
                            ("from", &yr(t.from_year)),
                            ("sum", &value(t.sum)),
                            ("target", &target),
                        ],
                    );
                    format!("{total}{}{pace}", sep(lang))
                }
                _ => pace,
            }
        }
        Why::Cagr(c) => match c.required {
            Some(required) => fill(
                e.reason_cagr_ratio,
                &[
                    ("from", &yr(c.base_year)),
                    ("observed", &pct(c.observed)),
                    ("year", &final_year_text),
                    ("required", &pct(required)),
                    ("ratio", &ratio(c.ratio, lang)),
                    ("band", band),
                ],
            ),
            None => fill(
                e.reason_cagr_no_target,
                &[
                    ("from", &yr(c.base_year)),
                    ("observed", &pct(c.observed)),
                    ("band", band),
                ],
            ),
        },
        Why::GrowthCompared(g) => {
            let verdict = match a.status {
                Status::Achieved => e.reason_band_target_achieved,
                Status::Missed => e.status_missed,
                _ if !band.is_empty() => band,
                _ => verdict,
            };
            fill(
                e.reason_growth_compared,
                &[
                    ("from", &yr(g.base_year)),
                    ("realised", &pct(g.realised)),
                    ("required", &pct(g.required)),
                    ("verdict", verdict),
                ],
            )
        }
        Why::YearsMet(y) => {
            let mut s = fill(
                e.reason_years_met,
                &[
                    ("met", &y.met.to_string()),
                    ("elapsed", &y.elapsed.to_string()),
                ],
            );
            if y.unknown > 0 {
                s.push_str(sep(lang));
                s.push_str(&fill(
                    e.reason_years_unknown,
                    &[("unknown", &y.unknown.to_string())],
                ));
            }
            s
        }
        Why::NotYetDone(Pending::Binary { in_final_year }) => {
            let template = if *in_final_year {
                e.reason_binary_final_year
            } else {
                e.reason_binary_not_yet
            };
            fill(template, &[("year", &final_year_bare)])
        }
        Why::NotYetDone(Pending::Task { stage, .. }) => {
            let template = if *stage >= 1.0 {
                e.reason_stage_in_progress
            } else if a.status == Status::OffTrack {
                e.reason_stage_not_started_late
            } else {
                e.reason_stage_not_started
            };
            fill(template, &[("year", &final_year_bare)])
        }
        Why::DeadlinePassed { .. } => match a.kind {
            Kind::Binary | Kind::Qualitative => {
                fill(e.reason_not_done_deadline, &[("year", &final_year_bare)])
            }
            _ => fill(
                e.reason_deadline_passed,
                &[
                    ("year", &final_year_text),
                    ("target", &total_target),
                    ("latest", &latest),
                ],
            ),
        },
        Why::FinalYearPending => fill(
            e.reason_final_pending,
            &[("year", &final_year_bare), ("latest", &latest)],
        ),
        Why::NoObservations => match a.expected_value.filter(|v| v.is_finite()) {
            // What the plan expects by now, when its baseline says where the path starts.
            Some(v) => format!(
                "{}{}{}",
                e.reason_no_observations,
                sep(lang),
                fill(
                    e.reason_expected_by_now,
                    &[
                        ("date", &format::date(&a.as_of, lang)),
                        ("value", &value(v))
                    ]
                )
            ),
            None => e.reason_no_observations.to_string(),
        },
        Why::NotStarted(Start::FirstYear { year }) => {
            fill(e.reason_not_started_year, &[("year", &yr(*year))])
        }
        Why::NotStarted(Start::Elapsed { elapsed }) => {
            fill(e.reason_not_started_elapsed, &[("elapsed", &pct(*elapsed))])
        }
        Why::NotStarted(Start::NoNewValue) => e.reason_not_started_no_new.to_string(),
        Why::NoBaseline { base_year: Some(y) } => {
            fill(e.reason_no_baseline_year, &[("year", &yr(*y))])
        }
        Why::NoBaseline { base_year: None } => e.reason_no_baseline.to_string(),
        Why::TooFewPoints => e.reason_too_few_points.to_string(),
        Why::NotComparable => e.reason_not_comparable.to_string(),
    };
    for note in &r.notes {
        out.push_str(sep(lang));
        match note {
            ReasonNote::SeriesBreak { period } => out.push_str(&fill(
                e.reason_note_break,
                &[("period", &format::period(period, lang))],
            )),
            ReasonNote::Aspirational => out.push_str(e.reason_note_aspirational),
            ReasonNote::BaseYearMoved { wanted, used } => out.push_str(&fill(
                e.reason_note_base_moved,
                &[
                    ("wanted", &format::year(*wanted, lang)),
                    ("used", &format::year(*used, lang)),
                ],
            )),
        }
    }
    if a.provisional {
        out.push_str(sep(lang));
        out.push_str(e.reason_note_provisional);
    }
    out
}

/// The method page for citizens, one paragraph per rule, in `lang`.
pub fn method_text(lang: Lang) -> [&'static str; 12] {
    let e = lang.method();
    [
        e.method_pace,
        e.method_opensdg,
        e.method_level,
        e.method_growth_rate,
        e.method_annual,
        e.method_cumulative,
        e.method_multiple,
        e.method_binary,
        e.method_qualitative,
        e.method_comparators,
        e.method_final,
        e.method_data,
    ]
}

/// The name of a method: `按时间进度` / `Time-elapsed pace`.
pub fn method_name(m: crate::model::MethodName, lang: Lang) -> &'static str {
    let e = lang.engine();
    match m {
        crate::model::MethodName::Pace => e.method_pace_name,
        crate::model::MethodName::Opensdg => e.method_opensdg_name,
    }
}

/// A ratio with two decimals: `1.04`.
fn ratio(v: f64, lang: Lang) -> String {
    format::number((v * 100.0).round() / 100.0, lang)
}

/// Between two sentences: nothing in Chinese (the full stop ends it), a space in English.
fn sep(lang: Lang) -> &'static str {
    if lang.is_chinese() {
        ""
    } else {
        " "
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Comparator, Kind, MethodName};
    use crate::progress::{LatestValue, Reason};

    fn pace(expected_fraction: f64, actual_fraction: f64) -> Why {
        Why::PaceCompared(crate::progress::PaceFigures {
            expected_fraction,
            actual_fraction,
            expected_value: 0.0,
            elapsed: 0.5,
            ratio: Some(actual_fraction / expected_fraction),
            total: None,
        })
    }

    fn ind() -> Indicator {
        let mut ind: Indicator = serde_json::from_value(serde_json::json!({
            "id": "hte", "name": "高新技术企业数量", "unit": "家", "kind": "level", "targets": []
        }))
        .expect("indicator");
        ind.i18n.insert("en".into(), "High-tech enterprises".into());
        ind
    }

    fn assessment(status: Status, reason: Reason) -> Assessment {
        let m = ResolvedMilestone {
            year: 2025,
            stated: Some(685.0),
            value: Some(685.0),
            upper: None,
            cmp: Comparator::Ge,
            aspirational: false,
        };
        Assessment {
            latest: Some(LatestValue {
                period: "2024".into(),
                value: 612.0,
                status: ObsStatus::Provisional,
                source: "统计局".into(),
                published: "2025-03-01".into(),
                bound: None,
                url: None,
            }),
            baseline: Some((2020, 400.0)),
            next: Some(m.clone()),
            final_target: Some(m),
            ..Assessment::new(
                "hte".into(),
                0,
                Kind::Level,
                MethodName::Pace,
                status,
                reason,
                "2025-06-30".into(),
            )
        }
    }

    #[test]
    fn pace_sentence_reads_like_the_brief() {
        let r = Reason::new(pace(0.62, 0.48));
        let a = assessment(Status::AtRisk, r);
        assert_eq!(
            reason_sentence(&a, &ind(), Lang::ZhHans),
            "按时间进度应完成62%，实际完成48%，进度滞后。"
        );
        assert_eq!(
            reason_sentence(&a, &ind(), Lang::ZhHant),
            "按時間進度應完成62%，實際完成48%，進度滯後。"
        );
        assert_eq!(
            reason_sentence(&a, &ind(), Lang::En),
            "62% of the way was expected by now; 48% has been achieved: behind schedule."
        );
    }

    #[test]
    fn headline_names_value_period_flag_target_and_status() {
        let a = assessment(Status::OnTrack, Reason::new(pace(0.62, 0.48)));
        assert_eq!(
            headline(&a, &ind(), Lang::ZhHans),
            "高新技术企业数量2024年为612家（初步数），目标是2025年达到685家：进度正常。"
        );
        assert_eq!(
            headline(&a, &ind(), Lang::En),
            "High-tech enterprises: 612 in 2024 (provisional); the target is at least 685 by 2025: On track."
        );
    }

    #[test]
    fn notes_follow_the_reason() {
        let mut r = Reason::new(Why::TargetMet {
            latest: Some(612.0),
        });
        r.notes.push(ReasonNote::SeriesBreak {
            period: "2022".into(),
        });
        r.notes.push(ReasonNote::Aspirational);
        let mut a = assessment(Status::Achieved, r);
        a.provisional = true;
        assert_eq!(
            reason_sentence(&a, &ind(), Lang::ZhHans),
            "最新值为612家，已实现2025年达到685家的目标。2022年起统计口径有变化，此前数据不可比，未予使用。这是力争目标。所用数据含初步数或估计值，可能修订。"
        );
    }

    #[test]
    fn cumulative_and_multiple_targets_say_what_they_count() {
        let mut a = assessment(
            Status::Missed,
            Reason::new(Why::DeadlinePassed {
                latest: Some(612.0),
            }),
        );
        a.kind = Kind::Cumulative;
        assert_eq!(
            reason_sentence(&a, &ind(), Lang::ZhHans),
            "目标是2025年累计达到685家，最终值为612家，未实现。"
        );
        a.kind = Kind::Multiple;
        a.baseline = None;
        a.final_target = a.final_target.take().map(|mut m| {
            m.stated = Some(2.0);
            m.value = None;
            m
        });
        a.status = Status::CannotAssess;
        assert_eq!(
            headline(&a, &ind(), Lang::En),
            "High-tech enterprises: 612 in 2024 (provisional); the target is 2× the baseline by 2025: Cannot assess."
        );
    }

    /// 达到3.0%: the plan's figure as written, not `3%`; observed values keep their own digits.
    #[test]
    fn figures_keep_the_precision_the_plan_writes() {
        let mut rd: Indicator = serde_json::from_value(serde_json::json!({
            "id": "rd", "name": "全社会R&D经费支出占GDP比重", "unit": "%", "kind": "share",
            "decimals": 1, "targets": []
        }))
        .expect("indicator");
        rd.i18n
            .insert("en".into(), "R&D spending as a share of GDP".into());
        let mut a = assessment(Status::OnTrack, Reason::new(pace(0.62, 0.48)));
        a.kind = Kind::Share;
        a.final_target = a.final_target.take().map(|mut m| {
            m.stated = Some(3.0);
            m.value = Some(3.0);
            m
        });
        a.latest = a.latest.take().map(|mut l| {
            l.value = 2.0;
            l
        });
        assert_eq!(
            headline(&a, &rd, Lang::ZhHans),
            "全社会R&D经费支出占GDP比重2024年为2.0%（初步数），目标是2025年达到3.0%：进度正常。"
        );
        assert_eq!(
            headline(&a, &rd, Lang::En),
            "R&D spending as a share of GDP: 2.0% in 2024 (provisional); the target is at least 3.0% by 2025: On track."
        );
        a.latest = a.latest.take().map(|mut l| {
            l.value = 2.88;
            l
        });
        a.status = Status::Missed;
        a.reason = Reason::new(Why::DeadlinePassed { latest: Some(2.88) });
        assert_eq!(
            reason_sentence(&a, &rd, Lang::ZhHans),
            "目标是2025年达到3.0%，最终值为2.88%，未实现。"
        );
        // Without `decimals`, trailing zeros are dropped as before.
        rd.decimals = None;
        assert_eq!(
            reason_sentence(&a, &rd, Lang::ZhHans),
            "目标是2025年达到3%，最终值为2.88%，未实现。"
        );
    }

    #[test]
    fn agencies_are_named_in_the_readers_language_else_as_written() {
        let mut agencies = AgencyNames::new();
        agencies.insert(
            "区科技局".into(),
            [
                (
                    "en".to_string(),
                    "Zhenhai District Science and Technology Bureau".to_string(),
                ),
                ("zh-Hant".to_string(), "區科技局".to_string()),
            ]
            .into(),
        );
        agencies.insert(
            "区财政局".into(),
            [("en".to_string(), " ".to_string())].into(),
        );
        assert_eq!(
            agency_name(&agencies, "区科技局", Lang::En),
            "Zhenhai District Science and Technology Bureau"
        );
        assert_eq!(agency_name(&agencies, "区科技局", Lang::ZhHant), "區科技局");
        assert_eq!(agency_name(&agencies, "区科技局", Lang::ZhHans), "区科技局");
        // Unknown agencies and blank names fall back to the name as written.
        assert_eq!(agency_name(&agencies, "区发改局", Lang::En), "区发改局");
        assert_eq!(agency_name(&agencies, "区财政局", Lang::En), "区财政局");
        let leads = ["区科技局".to_string(), "区发改局".to_string()];
        assert_eq!(
            agency_list(&agencies, &leads, Lang::En),
            "Zhenhai District Science and Technology Bureau, 区发改局"
        );
        assert_eq!(
            agency_list(&agencies, &leads, Lang::ZhHant),
            "區科技局、区发改局"
        );
    }
}
