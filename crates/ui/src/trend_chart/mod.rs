//! `TrendChart`: the observations of one indicator over time as an SVG line, with the target
//! and milestone values, the core's projection to the deadline, and gaps where data are missing
//! (a missing value is never drawn as zero and never bridged). A table of the same values sits
//! under the chart.

use crate::geometry::axis::nice_ticks;
use crate::geometry::{fmt2, EPSILON};
use crate::legend::{legend, KeyLine, LegendItem};
use crate::text;
use crate::theme::{root_class, Theme};
use leptos::either::Either;
use leptos::prelude::*;
use plan_gauge_core::model::{Indicator, Kind, ObsStatus, Observation, Series};
use plan_gauge_core::progress::{Assessment, ResolvedMilestone};
use plan_gauge_core::time::{end_of_year, Period};
use plan_gauge_core::Lang;

const W: f64 = 320.0;
const H: f64 = 180.0;
const LEFT: f64 = 48.0;
const RIGHT: f64 = 308.0;
const TOP: f64 = 12.0;
const BOTTOM: f64 = 148.0;

/// One observation placed in time: `None` as value marks a gap.
#[derive(Debug, Clone, PartialEq)]
pub struct TrendPoint {
    pub period: String,
    /// The end of the period in decimal years.
    pub x: f64,
    pub value: Option<f64>,
    pub status: ObsStatus,
    pub note: Option<String>,
}

/// The indicator's observations in time order; unparsable periods are left out.
pub fn points(ind: &Indicator, obs: &[Observation]) -> Vec<TrendPoint> {
    let mut pts: Vec<TrendPoint> = obs
        .iter()
        .filter(|o| o.indicator == ind.id)
        .filter_map(|o| {
            let p = Period::parse(&o.period)?;
            Some(TrendPoint {
                period: o.period.clone(),
                x: p.end(),
                value: o
                    .value
                    .filter(|v| v.is_finite() && o.status != ObsStatus::Missing),
                status: o.status,
                note: o.note.clone(),
            })
        })
        .collect();
    pts.sort_by(|a, b| a.x.total_cmp(&b.x));
    pts
}

/// Runs of points joined by a line: a missing value, a break in series or a skipped year ends a run.
pub fn segments(pts: &[TrendPoint]) -> Vec<Vec<(f64, f64)>> {
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut run: Vec<(f64, f64)> = Vec::new();
    let mut last_x: Option<f64> = None;
    for p in pts {
        let skipped = last_x.is_some_and(|lx| p.x - lx > 1.0 + EPSILON);
        if (p.value.is_none() || p.status == ObsStatus::Break || skipped) && !run.is_empty() {
            out.push(std::mem::take(&mut run));
        }
        if let Some(v) = p.value {
            run.push((p.x, v));
            last_x = Some(p.x);
        } else {
            last_x = None;
        }
    }
    if !run.is_empty() {
        out.push(run);
    }
    out
}

/// Whether milestone and projected values are values of the plotted series (not of a sum of it).
fn targets_comparable(ind: &Indicator) -> bool {
    let series = ind.series.unwrap_or(ind.kind.default_series());
    !matches!(ind.kind, Kind::Binary | Kind::Qualitative) && series != Series::Flow
        || matches!(ind.kind, Kind::AnnualFloor | Kind::AnnualRange)
}

struct Frame {
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
}

impl Frame {
    fn x(&self, x: f64) -> f64 {
        LEFT + (x - self.x0) / (self.x1 - self.x0) * (RIGHT - LEFT)
    }
    fn y(&self, y: f64) -> f64 {
        BOTTOM - (y - self.y0) / (self.y1 - self.y0) * (BOTTOM - TOP)
    }
}

fn path(frame: &Frame, run: &[(f64, f64)]) -> String {
    run.iter()
        .enumerate()
        .map(|(i, (x, y))| {
            format!(
                "{}{} {}",
                if i == 0 { "M" } else { "L" },
                fmt2(frame.x(*x)),
                fmt2(frame.y(*y))
            )
        })
        .collect()
}

#[component]
pub fn TrendChart(
    indicator: Indicator,
    observations: Vec<Observation>,
    #[prop(optional)] assessment: Option<Assessment>,
    #[prop(optional)] lang: Lang,
    #[prop(optional)] theme: Theme,
    #[prop(optional)] nested: bool,
) -> impl IntoView {
    let t = lang.strings();
    let name = text::indicator_name(&indicator, lang);
    let pts = points(&indicator, &observations);
    let comparable = targets_comparable(&indicator);
    let milestones: Vec<ResolvedMilestone> = match &assessment {
        Some(a) if comparable => {
            let mut ms: Vec<ResolvedMilestone> = a
                .next
                .iter()
                .chain(a.final_target.iter())
                .cloned()
                .collect();
            ms.dedup_by(|m, n| m.year == n.year);
            ms.into_iter()
                .filter(|m| m.value.is_some_and(f64::is_finite))
                .collect()
        }
        _ => Vec::new(),
    };
    let final_year = assessment
        .as_ref()
        .and_then(|a| a.final_target.as_ref())
        .map(|m| m.year);
    let projection = match (&assessment, final_year) {
        (Some(a), Some(y))
            if comparable && !matches!(indicator.kind, Kind::AnnualFloor | Kind::AnnualRange) =>
        {
            a.projected_value
                .filter(|v| v.is_finite())
                .map(|v| (end_of_year(y), v))
        }
        _ => None,
    };
    let last = pts.iter().rev().find_map(|p| p.value.map(|v| (p.x, v)));
    let baseline = assessment
        .as_ref()
        .and_then(|a| a.baseline)
        .filter(|_| comparable);

    // The frame spans every point, milestone, baseline and the projection.
    let mut xs: Vec<f64> = pts.iter().map(|p| p.x).collect();
    let mut ys: Vec<f64> = pts.iter().filter_map(|p| p.value).collect();
    for m in &milestones {
        xs.push(end_of_year(m.year));
        ys.extend(m.value);
    }
    if let Some((x, y)) = projection {
        xs.push(x);
        ys.push(y);
    }
    if let Some((by, bv)) = baseline {
        xs.push(end_of_year(by));
        ys.push(bv);
    }
    let xmin = xs.iter().copied().fold(f64::INFINITY, f64::min);
    let xmax = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let ymin = ys.iter().copied().fold(f64::INFINITY, f64::min);
    let ymax = ys.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let ymin = if ymin > 0.0 && ymin < ymax * 0.5 {
        0.0
    } else {
        ymin
    };
    let ticks = nice_ticks(ymin, ymax);
    let has_frame = xs.iter().all(|x| x.is_finite()) && !xs.is_empty() && !ticks.is_empty();
    let frame = Frame {
        x0: if xmax > xmin { xmin - 0.3 } else { xmin - 1.0 },
        x1: if xmax > xmin { xmax + 0.3 } else { xmin + 1.0 },
        y0: ticks.first().copied().unwrap_or(0.0),
        y1: ticks.last().copied().unwrap_or(1.0),
    };

    let caption = text::fill(t.ui_trend_caption, &[("name", &name)]);
    let chart = has_frame.then(|| {
        let grid = ticks
            .iter()
            .map(|v| {
                let y = fmt2(frame.y(*v));
                view! {
                    <line class="pg-trend-grid" x1=fmt2(LEFT) x2=fmt2(RIGHT) y1=y.clone() y2=y.clone()></line>
                    <text class="pg-trend-label" x=fmt2(LEFT - 4.0) y=y dy="0.35em" text-anchor="end" direction="ltr">
                        {text::number(*v, lang)}
                    </text>
                }
            })
            .collect_view();
        let mut years: Vec<i32> = pts.iter().filter_map(|p| Period::parse(&p.period).map(Period::year)).collect();
        years.extend(milestones.iter().map(|m| m.year));
        years.sort_unstable();
        years.dedup();
        let every = years.len().div_ceil(6).max(1);
        let xlabels = years
            .iter()
            .enumerate()
            .filter(|(i, _)| i % every == 0 || *i + 1 == years.len())
            .map(|(_, y)| {
                view! {
                    <text class="pg-trend-label" x=fmt2(frame.x(end_of_year(*y))) y=fmt2(BOTTOM + 16.0) text-anchor="middle" direction="ltr">
                        {y.to_string()}
                    </text>
                }
            })
            .collect_view();
        let lines = segments(&pts)
            .iter()
            .map(|run| view! { <path class="pg-trend-line" d=path(&frame, run)></path> })
            .collect_view();
        let dots = pts
            .iter()
            .map(|p| match p.value {
                Some(v) => {
                    let hollow = matches!(p.status, ObsStatus::Provisional | ObsStatus::Estimated);
                    Either::Left(view! {
                        <circle
                            class=if hollow { "pg-trend-dot pg-trend-dot-provisional" } else { "pg-trend-dot" }
                            cx=fmt2(frame.x(p.x))
                            cy=fmt2(frame.y(v))
                            r="3.5"
                        ></circle>
                    })
                }
                None => {
                    let x = frame.x(p.x);
                    Either::Right(view! {
                        <path
                            class="pg-trend-gap"
                            d=format!("M{} {}l6 6m0 -6l-6 6", fmt2(x - 3.0), fmt2(BOTTOM - 10.0))
                        ></path>
                    })
                }
            })
            .collect_view();
        let targets = milestones
            .iter()
            .map(|m| {
                let y = fmt2(frame.y(m.value.unwrap_or_default()));
                let x = frame.x(end_of_year(m.year));
                view! {
                    <line class="pg-trend-target" x1=fmt2(LEFT) x2=fmt2(RIGHT) y1=y.clone() y2=y.clone()></line>
                    <path
                        class="pg-trend-milestone"
                        d=format!("M{} {}l5 5l-5 5l-5 -5z", fmt2(x), fmt2(frame.y(m.value.unwrap_or_default()) - 5.0))
                    ></path>
                }
            })
            .collect_view();
        let proj = match (projection, last) {
            (Some((px, pv)), Some((lx, lv))) if px > lx => Some(view! {
                <path
                    class="pg-trend-projection"
                    d=format!("M{} {}L{} {}", fmt2(frame.x(lx)), fmt2(frame.y(lv)), fmt2(frame.x(px)), fmt2(frame.y(pv)))
                ></path>
            }),
            _ => None,
        };
        let base = baseline.map(|(by, bv)| {
            view! {
                <rect
                    class="pg-trend-baseline"
                    x=fmt2(frame.x(end_of_year(by)) - 3.5)
                    y=fmt2(frame.y(bv) - 3.5)
                    width="7"
                    height="7"
                ></rect>
            }
        });
        view! {
            <svg class="pg-trend-svg" viewBox=format!("0 0 {W} {H}") role="img" aria-label=text::attr(&caption) focusable="false">
                <g aria-hidden="true">
                    {grid}
                    <line class="pg-trend-axis" x1=fmt2(LEFT) x2=fmt2(RIGHT) y1=fmt2(BOTTOM) y2=fmt2(BOTTOM)></line>
                    {xlabels}
                    {targets}
                    {proj}
                    {lines}
                    {base}
                    {dots}
                </g>
            </svg>
        }
    });

    // The legend names every kind of mark drawn.
    let mut items: Vec<LegendItem> = Vec::new();
    if let Some((_, v)) = last {
        items.push((
            "pg-key-actual",
            t.ui_actual,
            text::indicator_value(&indicator, v, lang),
        ));
    }
    if let Some(m) = milestones.last() {
        items.push((
            "pg-key-target",
            t.ui_target,
            text::milestone_with_year(m, &indicator, lang),
        ));
    }
    if milestones.len() > 1 {
        if let Some(m) = milestones.first() {
            items.push((
                "pg-key-milestone",
                t.ui_milestone,
                text::milestone_with_year(m, &indicator, lang),
            ));
        }
    }
    if let (Some((_, v)), Some(y)) = (projection, final_year) {
        items.push((
            "pg-key-projection",
            t.ui_projection,
            text::paren(
                &text::indicator_value(&indicator, v, lang),
                &text::year(y, lang),
                lang,
            ),
        ));
    }
    if let Some((y, v)) = baseline {
        items.push((
            "pg-key-baseline",
            t.ui_baseline,
            text::paren(
                &text::indicator_value(&indicator, v, lang),
                &text::year(y, lang),
                lang,
            ),
        ));
    }
    if pts.iter().any(|p| p.value.is_none()) {
        items.push(("pg-key-gap", t.ui_obs_missing, String::new()));
    }

    let rows = pts
        .iter()
        .map(|p| {
            let value = match p.value {
                Some(v) => text::indicator_value(&indicator, v, lang),
                None => "—".to_string(),
            };
            let word = text::obs_status(p.status, lang).unwrap_or_default();
            let note = p
                .note
                .as_deref()
                .map(|n| plan_gauge_core::bidi::shown(n).into_owned());
            view! {
                <tr>
                    <th scope="row">{text::figure(text::period(&p.period, lang))}</th>
                    <td>{text::figure(value)}</td>
                    <td>{word}{(!word.is_empty() && note.is_some()).then_some(" ")}{note.map(text::data)}</td>
                </tr>
            }
        })
        .collect_view();

    let class = if nested {
        "pg-trend".to_string()
    } else {
        root_class(theme, "pg-trend")
    };
    view! {
        <figure class=class lang=(!nested).then(|| lang.tag()) dir="ltr" data-indicator=indicator.id.clone()>
            <figcaption class="pg-trend-caption">{caption.clone()}</figcaption>
            {chart}
            {(!has_frame).then(|| view! { <p>{t.ui_no_value}</p> })}
            {legend(items, KeyLine::Level)}
            <details class="pg-trend-data">
                <summary>{t.ui_show_table}</summary>
                <div class="pg-table-wrap" tabindex="0" role="region" aria-label=text::attr(&caption)>
                    <table class="pg-table">
                        <caption>{caption.clone()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.ui_period}</th>
                                <th scope="col">{t.ui_value}</th>
                                <th scope="col">{t.ui_note}</th>
                            </tr>
                        </thead>
                        <tbody>{rows}</tbody>
                    </table>
                </div>
            </details>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(period: &str, value: Option<f64>, status: ObsStatus) -> TrendPoint {
        TrendPoint {
            period: period.into(),
            x: Period::parse(period).map(Period::end).unwrap_or(0.0),
            value,
            status,
            note: None,
        }
    }

    #[test]
    fn gaps_breaks_and_skipped_years_end_a_line() {
        let pts = vec![
            p("2019", Some(1.0), ObsStatus::Normal),
            p("2020", Some(2.0), ObsStatus::Normal),
            p("2021", None, ObsStatus::Missing),
            p("2022", Some(3.0), ObsStatus::Normal),
            p("2023", Some(4.0), ObsStatus::Break),
            p("2025", Some(5.0), ObsStatus::Normal),
        ];
        let runs = segments(&pts);
        assert_eq!(
            runs,
            vec![
                vec![(2020.0, 1.0), (2021.0, 2.0)],
                vec![(2023.0, 3.0)],
                vec![(2024.0, 4.0)],
                vec![(2026.0, 5.0)],
            ]
        );
    }
}
