//! The rule for each kind of target.
//!
//! * **level, share, coverage** — baseline → milestones trajectory, linear segments. Baseline: the
//!   target's baseline value, else the observation of its base year, else (no baseline given) the
//!   latest yearly observation up to the year before the plan starts, else the one of the start
//!   year; else `cannot_assess` — except under opensdg, which (as Open SDG does) moves a base year
//!   without a value to the next year that has one, and says so. Progress toward the next and the final milestone is
//!   `(latest − base) / (milestone − base)`. Judged by [`super::pace`] or [`super::opensdg`].
//! * **growth_rate** — the realised compound annual growth since the base year (the target's
//!   baseline year, else the year before the plan starts) against the required rate: for a level
//!   series `(latest / base)^(1/years) − 1`, for a rate series the geometric mean of `(1 + r)`.
//!   Pace: `realised / required` with the pace cut-offs; opensdg: the same ratio is Open SDG's P
//!   with its cut-offs. Only yearly values count. A level series also gets the compound trajectory `base·(1+R)^years`, and
//!   reaching the level that trajectory ends at counts as achieved. After the deadline: achieved
//!   if the realised rate through the final year meets the required one.
//! * **annual_floor, annual_range** — every year from `from_year` (else the plan's start) to the
//!   final milestone year is judged against the first milestone due that year or later. Counted
//!   are the years already ended: all met → on track, one missed → at risk, more → off track; a year
//!   without a figure yet is neither met nor missed. After the last year: all met → achieved, any
//!   missed → missed, else no verdict yet. Same rule under both methods.
//! * **cumulative** — the sum of yearly flows from `from_year` (else the plan's start), stopping at
//!   the first year without a figure (a gap is not zero), or a `running_total` series as given;
//!   the trajectory runs linearly from 0 at the start of `from_year` to the total. Judged by pace
//!   under both methods (a CAGR from zero means nothing).
//! * **multiple** — the target level is `multiple × baseline` (baseline from the plan or the
//!   base-year observation; none → `cannot_assess`); then as a level with a compound trajectory,
//!   since 翻番 comes from steady growth.
//! * **binary** — 1 is done → achieved. Not done before the final year: `too_early` (a yes/no
//!   result cannot be foreseen); in the final year: `at_risk`; after the deadline with a 0 for the
//!   final year: `missed`.
//! * **qualitative** — stage 2 (done) → achieved; 1 (in progress) → on track; 0 (not started) →
//!   `too_early` until half the time from the plan's start to the deadline has passed, then
//!   `off_track`; after the deadline without done: `missed`.

use crate::model::{
    Comparator, Direction, Indicator, Kind, MethodName, Milestone, Observation, Plan, Series,
    Target,
};
use crate::progress::cmp::meets;
use crate::progress::opensdg::{self, NotAvailable};
use crate::progress::pace::{self, Judged, Track};
use crate::progress::series::{prepare, Point, Prepared};
use crate::progress::{
    method_for, Assessment, GrowthFigures, Options, Pending, Reason, ReasonNote, ResolvedMilestone,
    RunningTotal, Start, Status, Why, YearsTally,
};
use crate::time::{end_of_year, Period, TIME_SLACK};
use std::cell::Cell;

/// Everything a kind rule needs.
struct Ctx<'a> {
    plan: &'a Plan,
    ind: &'a Indicator,
    target: &'a Target,
    opts: &'a Options,
    method: MethodName,
    as_of: f64,
    series: Series,
    /// Milestones judged (up to the last firm one) and whether only stretch goals were given.
    milestones: Vec<&'a Milestone>,
    aspirational_only: bool,
    /// The break in series the prepared points start at, noted in the reason at the end.
    brk: Cell<Option<Period>>,
    /// (wanted, used) when Open SDG moved a base year without a value to the next one with one.
    moved_base: Cell<Option<(i32, i32)>>,
}

impl Ctx<'_> {
    fn prepare<'o>(&self, rows: &[&'o Observation], sub_year: bool) -> Prepared<'o> {
        let prep = prepare(rows, self.as_of, sub_year);
        self.brk.set(prep.break_at);
        prep
    }

    fn deadline_passed(&self) -> Option<bool> {
        self.milestones
            .last()
            .map(|m| self.as_of >= end_of_year(m.year) - TIME_SLACK)
    }
}

/// Assesses one target.
pub(crate) fn assess(
    plan: &Plan,
    ind: &Indicator,
    index: usize,
    target: &Target,
    rows: &[&Observation],
    opts: &Options,
) -> Assessment {
    let firm_end = target.milestones.iter().rposition(|m| !m.aspirational);
    let (milestones, aspirational_only) = match firm_end {
        Some(i) => (target.milestones.iter().take(i + 1).collect(), false),
        None => (
            target.milestones.iter().collect(),
            !target.milestones.is_empty(),
        ),
    };
    let ctx = Ctx {
        plan,
        ind,
        target,
        opts,
        method: method_for(plan, ind, opts),
        as_of: opts.as_of.decimal_year(),
        series: ind.series.unwrap_or(ind.kind.default_series()),
        milestones,
        aspirational_only,
        brk: Cell::new(None),
        moved_base: Cell::new(None),
    };
    let mut a = blank(&ctx, index);
    if ctx.milestones.is_empty() {
        a.status = Status::CannotAssess;
        a.reason = Reason::new(Why::NotComparable);
        return a;
    }
    match ind.kind {
        Kind::Level
        | Kind::Share
        | Kind::Coverage
        | Kind::Multiple
        | Kind::RelativeChange
        | Kind::PointChange
        | Kind::Rank => level(&ctx, rows, &mut a),
        Kind::GrowthRate => growth(&ctx, rows, &mut a),
        Kind::AnnualFloor | Kind::AnnualRange => annual(&ctx, rows, &mut a),
        Kind::Cumulative => cumulative(&ctx, rows, &mut a),
        Kind::Binary => binary(&ctx, rows, &mut a),
        Kind::Qualitative => qualitative(&ctx, rows, &mut a),
    }
    if let Some(p) = ctx.brk.get() {
        a.reason.notes.push(ReasonNote::SeriesBreak {
            period: p.to_string(),
        });
    }
    if let Some((wanted, used)) = ctx.moved_base.get() {
        a.reason
            .notes
            .push(ReasonNote::BaseYearMoved { wanted, used });
    }
    if ctx.aspirational_only {
        a.reason.notes.push(ReasonNote::Aspirational);
    }
    a
}

fn blank(ctx: &Ctx, index: usize) -> Assessment {
    let resolved: Vec<ResolvedMilestone> = ctx
        .milestones
        .iter()
        .map(|m| resolve(m, ctx.ind.kind, None))
        .collect();
    Assessment {
        next: next_of(&resolved, ctx.as_of),
        final_target: resolved.last().cloned(),
        ..Assessment::new(
            ctx.ind.id.clone(),
            index,
            ctx.ind.kind,
            ctx.method,
            Status::NoData,
            Reason::new(Why::NoObservations),
            ctx.opts.as_of.to_string(),
        )
    }
}

/// A milestone with its value in the observed series. `base` is (base year, value) when known.
fn resolve(m: &Milestone, kind: Kind, base: Option<(i32, f64)>) -> ResolvedMilestone {
    let stated = m.value.filter(|v| v.is_finite());
    let upper = m.upper.filter(|v| v.is_finite());
    let (value, upper) = match kind {
        Kind::Multiple => match base {
            Some((_, b)) => (stated.map(|s| s * b), upper.map(|u| u * b)),
            None => (None, None),
        },
        Kind::RelativeChange => match base {
            Some((_, b)) => {
                let change = |c: f64| b * (1.0 + c / 100.0);
                (stated.map(change), upper.map(change))
            }
            None => (None, None),
        },
        Kind::PointChange => match base {
            Some((_, b)) => (stated.map(|c| b + c), upper.map(|c| b + c)),
            None => (None, None),
        },
        Kind::GrowthRate => match base {
            Some((year, b)) => {
                let years = f64::from(m.year) - f64::from(year);
                let grow = |r: f64| b * (1.0 + r / 100.0).powf(years);
                (
                    stated.map(grow).filter(|v| v.is_finite()),
                    upper.map(grow).filter(|v| v.is_finite()),
                )
            }
            None => (None, None),
        },
        Kind::Qualitative => (None, None),
        _ => (stated, upper),
    };
    ResolvedMilestone {
        year: m.year,
        stated,
        value,
        upper,
        cmp: m.cmp,
        aspirational: m.aspirational,
    }
}

/// The first milestone not yet due at `as_of`, else the last.
fn next_of(resolved: &[ResolvedMilestone], as_of: f64) -> Option<ResolvedMilestone> {
    resolved
        .iter()
        .find(|m| end_of_year(m.year) > as_of)
        .or(resolved.last())
        .cloned()
}

fn set_resolved(ctx: &Ctx, a: &mut Assessment, base: Option<(i32, f64)>) {
    let resolved: Vec<ResolvedMilestone> = ctx
        .milestones
        .iter()
        .map(|m| resolve(m, ctx.ind.kind, base))
        .collect();
    a.next = next_of(&resolved, ctx.as_of);
    a.final_target = resolved.last().cloned();
}

/// The baseline of a level-type target: (year, value, from an observation that is provisional).
/// A baseline before a break in series is replaced by the first value after the break.
fn baseline(ctx: &Ctx, prep: &Prepared) -> Result<(i32, f64, bool), Option<i32>> {
    let found = match &ctx.target.baseline {
        Some(b) => match b.value.filter(|v| v.is_finite()) {
            Some(v) => Some((b.year, v, false)),
            None => prep
                .year(b.year)
                .map(|p| (b.year, p.value, p.is_provisional())),
        },
        None => {
            let start = ctx.plan.period.start;
            prep.points
                .iter()
                .rev()
                .find(|p| p.year().is_some_and(|y| y < start))
                .or_else(|| prep.year(start))
                .and_then(|p| p.year().map(|y| (y, p.value, p.is_provisional())))
        }
    };
    let wanted_year = ctx.target.baseline.as_ref().map(|b| b.year);
    match (prep.break_t(), prep.points.first()) {
        (Some(bt), Some(first)) => {
            let before_break = found.is_none_or(|(y, _, _)| end_of_year(y) < bt - TIME_SLACK);
            if before_break {
                if let Some(y) = first.year() {
                    return Ok((y, first.value, first.is_provisional()));
                }
            }
            found.ok_or(wanted_year)
        }
        _ => found.ok_or(wanted_year),
    }
}

fn no_baseline(a: &mut Assessment, year: Option<i32>) {
    a.status = Status::CannotAssess;
    a.reason = Reason::new(Why::NoBaseline { base_year: year });
}

/// The final verdict once the deadline has passed, judged on the latest value up to the end of the
/// final year: met → achieved; not met and it is the final year's value → missed; otherwise the
/// final year's value is not published yet → cannot assess (no verdict yet).
fn final_verdict(
    ctx: &Ctx,
    prep: &Prepared,
    a: &mut Assessment,
    final_value: Option<f64>,
    upper: Option<f64>,
    cmp: Comparator,
) {
    let Some(fm) = ctx.milestones.last() else {
        return;
    };
    let tf = end_of_year(fm.year);
    let Some(goal) = final_value else {
        a.status = Status::CannotAssess;
        a.reason = Reason::new(Why::NotComparable);
        return;
    };
    let at = prep.at_or_before(tf);
    match at {
        Some(p) if meets(p.value, goal, upper, cmp, ctx.ind.direction) => {
            a.latest = Some(p.latest_value(p.value));
            a.provisional |= p.is_provisional();
            a.status = Status::Achieved;
            a.reason = Reason::new(Why::TargetMet {
                latest: Some(p.value),
            });
        }
        Some(p) if p.t >= tf - TIME_SLACK => {
            a.latest = Some(p.latest_value(p.value));
            a.provisional |= p.is_provisional();
            a.status = Status::Missed;
            a.reason = Reason::new(Why::DeadlinePassed {
                latest: Some(p.value),
            });
        }
        _ => {
            a.status = Status::CannotAssess;
            a.reason = Reason::new(Why::FinalYearPending);
        }
    }
}

fn fractions(a: &mut Assessment, track: &Track, vl: f64) {
    a.progress_final = a
        .final_target
        .as_ref()
        .and_then(|m| m.value)
        .and_then(|g| track.fraction(vl, g));
    a.progress_next = a
        .next
        .as_ref()
        .and_then(|m| m.value)
        .and_then(|g| track.fraction(vl, g));
}

fn apply(a: &mut Assessment, j: Judged) {
    a.status = j.status;
    a.reason = j.reason;
    a.expected_fraction = j.expected_fraction;
    a.expected_value = j.expected_value;
    a.projected_value = j.projected_value;
    a.projected_year = j.projected_year;
}

/// With no figure yet, what the plan expects by the as-of date: the point on the trajectory from
/// the baseline the plan states (value and year) to its milestones, or the final target once its
/// year has ended. Without a stated baseline value nothing is expected (it would be a guess).
fn expected_without_data(ctx: &Ctx, a: &mut Assessment) {
    let Some(b) = ctx.target.baseline.as_ref() else {
        return;
    };
    let Some(base) = b.value.filter(|v| v.is_finite()) else {
        return;
    };
    set_resolved(ctx, a, Some((b.year, base)));
    let (cmp, upper) = a
        .final_target
        .as_ref()
        .map_or((Comparator::Ge, None), |m| (m.cmp, m.upper));
    let track = level_track(ctx, b.year, base, cmp, upper);
    let Some((tf, goal)) = track.final_point() else {
        return;
    };
    if ctx.as_of <= track.t0 {
        return;
    }
    let e = track.expected(ctx.as_of.min(tf));
    a.baseline = Some((b.year, base));
    a.expected_value = Some(e);
    a.expected_fraction = track.fraction(e, goal);
}

/// The expected path of a level-type target from its base (`year`, `value`) through the
/// milestones after it, resolved in the observed series (compound for multiples).
fn level_track(ctx: &Ctx, year: i32, value: f64, cmp: Comparator, upper: Option<f64>) -> Track {
    Track {
        t0: end_of_year(year),
        base: value,
        knots: ctx
            .milestones
            .iter()
            .filter(|m| m.year > year)
            .filter_map(|m| {
                resolve(m, ctx.ind.kind, Some((year, value)))
                    .value
                    .map(|v| (end_of_year(m.year), v))
            })
            .collect(),
        cmp,
        upper,
        dir: ctx.ind.direction,
        compound: ctx.ind.kind == Kind::Multiple,
    }
}

/// Level, share, coverage and multiple targets.
fn level(ctx: &Ctx, rows: &[&Observation], a: &mut Assessment) {
    let prep = ctx.prepare(rows, true);
    let Some(latest) = prep.latest().copied() else {
        expected_without_data(ctx, a);
        return; // no data
    };
    a.latest = Some(latest.latest_value(latest.value));
    a.provisional = latest.is_provisional();
    let mut base = baseline(ctx, &prep);
    if let (Err(wanted), MethodName::Opensdg, false) =
        (base, ctx.method, ctx.ind.kind.needs_base_value())
    {
        // Open SDG: a base year without a value moves to the next year that has one.
        let wanted = wanted.unwrap_or(ctx.plan.period.start.saturating_sub(1));
        let next = prep
            .points
            .iter()
            .find_map(|p| p.year().filter(|y| *y > wanted).map(|y| (y, p)));
        if let Some((y, p)) = next {
            base = Ok((y, p.value, p.is_provisional()));
            ctx.moved_base.set(Some((wanted, y)));
        }
    }
    let base_known = base.ok();
    if ctx.ind.kind.needs_base_value() && base_known.is_none() {
        let year = base.err().flatten();
        no_baseline(a, year);
        return;
    }
    set_resolved(ctx, a, base_known.map(|(y, v, _)| (y, v)));
    if let Some((y, v, prov)) = base_known {
        a.baseline = Some((y, v));
        a.provisional |= prov;
    }
    let (final_value, upper, cmp) = match &a.final_target {
        Some(m) => (m.value, m.upper, m.cmp),
        None => (None, None, Comparator::Ge),
    };
    let track = base_known.map(|(y, b, _)| level_track(ctx, y, b, cmp, upper));
    if let Some(t) = &track {
        fractions(a, t, latest.value);
    }
    // 稳步提升, 持续增长: a level or share target that states only a direction.
    let direction_only = ctx.milestones.last().is_some_and(|m| m.value.is_none());
    if ctx.deadline_passed() == Some(true) {
        // A direction-only target is met when the final value is better than the base value.
        let (goal, cmp) = match (final_value, direction_only, base_known) {
            (None, true, Some((_, b, _))) => (Some(b), Comparator::Gt),
            _ => (final_value, cmp),
        };
        final_verdict(ctx, &prep, a, goal, upper, cmp);
        // Progress is that of the value judged, not of a later one.
        if let (Some(t), Some(l)) = (&track, &a.latest) {
            let v = l.value;
            fractions(a, t, v);
        }
        return;
    }
    if final_value.is_some_and(|g| meets(latest.value, g, upper, cmp, ctx.ind.direction)) {
        a.status = Status::Achieved;
        a.reason = Reason::new(Why::TargetMet {
            latest: Some(latest.value),
        });
        return;
    }
    let (Some(track), Ok((base_year, _, _))) = (track, base) else {
        no_baseline(a, base.err().flatten());
        return;
    };
    let judged = match (ctx.method, final_value) {
        (MethodName::Pace, Some(_)) => {
            pace::judge(&track, latest.t, latest.value, ctx.as_of, &ctx.opts.pace)
        }
        // Without a target value only Open SDG's first method (growth alone) can judge: a
        // direction-only target is judged by it whatever the method.
        (MethodName::Pace, None) if direction_only => {
            judge_opensdg(ctx, &track, &latest, base_year)
        }
        (MethodName::Pace, None) => {
            Judged::plain(Status::CannotAssess, Reason::new(Why::NotComparable))
        }
        (MethodName::Opensdg, _) => judge_opensdg(ctx, &track, &latest, base_year),
    };
    apply(a, judged);
}

fn judge_opensdg(ctx: &Ctx, track: &Track, latest: &Point, base_year: i32) -> Judged {
    let target = track.final_point();
    let final_year = ctx.milestones.last().map_or(base_year, |m| m.year);
    match opensdg::measure(
        track.t0,
        track.base,
        latest.t,
        latest.value,
        target,
        ctx.ind.direction == Direction::Higher,
        &ctx.opts.opensdg,
    ) {
        Ok(m) => {
            let mut j = Judged::plain(m.band.status(), opensdg::reason(&m, base_year, final_year));
            if let Some((tf, goal)) = target {
                let (v, y) = opensdg::project(latest.value, latest.t, m.cagr_observed, tf, goal);
                j.projected_value = v;
                j.projected_year = y;
                let e = track.expected(latest.t);
                j.expected_value = Some(e);
                j.expected_fraction = track.fraction(e, goal);
            }
            j
        }
        Err(e) => {
            let why = match e {
                NotAvailable::TooFewPoints => Why::TooFewPoints,
                NotAvailable::NotComparable => Why::NotComparable,
            };
            let r = Reason {
                band: Some(opensdg::OpensdgBand::NotAvailable),
                ..Reason::new(why)
            };
            Judged::plain(Status::CannotAssess, r)
        }
    }
}

/// Growth-rate targets.
fn growth(ctx: &Ctx, rows: &[&Observation], a: &mut Assessment) {
    let rate_series = ctx.series == Series::Rate;
    // Yearly values only: a quarter of a yearly flow (营业收入) is not a level to grow from.
    let prep = ctx.prepare(rows, false);
    let Some(latest) = prep.latest().copied() else {
        return;
    };
    a.latest = Some(latest.latest_value(latest.value));
    a.provisional = latest.is_provisional();
    let Some(fm) = ctx.milestones.last() else {
        return;
    };
    let Some(required_pct) = fm.value.filter(|v| v.is_finite()) else {
        a.status = Status::CannotAssess;
        a.reason = Reason::new(Why::NotComparable);
        return;
    };
    let required = required_pct / 100.0;
    let tf = end_of_year(fm.year);
    let passed = ctx.deadline_passed() == Some(true);
    // Base year: the target's, else the year before the plan starts; moved to the break if later.
    let mut base_year = stated_base_year(ctx);
    if let Some(y) = prep.break_at.map(|p| p.year()) {
        if y > base_year {
            base_year = y;
        }
    }
    // The point judged: the final year's after the deadline, else the latest.
    let judged_point = if passed {
        match prep.at_or_before(tf) {
            Some(p) if p.t >= tf - TIME_SLACK => *p,
            _ => {
                a.status = Status::CannotAssess;
                a.reason = Reason::new(Why::FinalYearPending);
                return;
            }
        }
    } else {
        latest
    };
    a.latest = Some(judged_point.latest_value(judged_point.value));
    a.provisional = judged_point.is_provisional();
    let t0 = end_of_year(base_year);
    let years = judged_point.t - t0;
    if years < 1.0 - TIME_SLACK {
        // Less than a year after the base year; after the deadline that is a data error.
        if passed {
            a.status = Status::CannotAssess;
            a.reason = Reason::new(Why::TooFewPoints);
        } else {
            a.status = Status::TooEarly;
            a.reason = Reason::new(Why::NotStarted(Start::NoNewValue));
        }
        return;
    }
    let realised = if rate_series {
        let rates: Vec<&Point> = prep
            .points
            .iter()
            .filter(|p| {
                p.year().is_some_and(|y| y > base_year) && p.t <= judged_point.t + TIME_SLACK
            })
            .collect();
        a.provisional = rates.iter().any(|p| p.is_provisional());
        let n = rates.len();
        let product: f64 = rates.iter().map(|p| 1.0 + p.value / 100.0).product();
        if n == 0 || product < 0.0 {
            None
        } else {
            Some(product.powf(1.0 / n as f64) - 1.0)
        }
    } else {
        let stated = ctx.target.baseline.as_ref().and_then(|b| b.value);
        let base = match stated {
            // A stated baseline holds unless a break moved the base year.
            Some(v) if v.is_finite() && base_year == stated_base_year(ctx) => Some((v, false)),
            _ => prep.year(base_year).map(|p| (p.value, p.is_provisional())),
        };
        let Some((b, prov)) = base else {
            no_baseline(a, Some(base_year));
            return;
        };
        a.provisional |= prov;
        a.baseline = Some((base_year, b));
        set_resolved(ctx, a, Some((base_year, b)));
        if b <= 0.0 || judged_point.value < 0.0 {
            a.status = Status::CannotAssess;
            a.reason = Reason::new(Why::NotComparable);
            return;
        }
        opensdg::cagr(judged_point.value, b, judged_point.t, t0)
    };
    let Some(realised) = realised else {
        a.status = Status::CannotAssess;
        a.reason = Reason::new(Why::NotComparable);
        return;
    };
    // Compound trajectory for level series.
    if let (Some((_, b)), false) = (a.baseline, rate_series) {
        let track = Track {
            t0,
            base: b,
            knots: ctx
                .milestones
                .iter()
                .filter_map(|m| {
                    resolve(m, Kind::GrowthRate, Some((base_year, b)))
                        .value
                        .filter(|_| m.year > base_year)
                        .map(|v| (end_of_year(m.year), v))
                })
                .collect(),
            cmp: fm.cmp,
            upper: None,
            dir: ctx.ind.direction,
            compound: true,
        };
        fractions(a, &track, judged_point.value);
        let e = track.expected(judged_point.t);
        a.expected_value = Some(e);
        if let Some((tf, goal)) = track.final_point() {
            a.expected_fraction = track.fraction(e, goal);
            let (v, y) = opensdg::project(judged_point.value, judged_point.t, realised, tf, goal);
            a.projected_value = v;
            a.projected_year = y;
        }
    }
    let ratio = if required == 0.0 {
        f64::NAN
    } else {
        realised / required.abs()
    };
    let mut figures = GrowthFigures {
        base_year,
        realised,
        required,
        ratio: ratio.is_finite().then_some(ratio),
        score: None,
    };
    let mut band = None;
    let met_rate = meets(
        realised * 100.0,
        required_pct,
        fm.upper,
        fm.cmp,
        ctx.ind.direction,
    );
    let level_reached = !rate_series
        && a.final_target
            .as_ref()
            .and_then(|m| m.value)
            .is_some_and(|g| meets(judged_point.value, g, None, fm.cmp, ctx.ind.direction));
    let status = if passed {
        if met_rate {
            Status::Achieved
        } else {
            Status::Missed
        }
    } else if level_reached {
        Status::Achieved
    } else {
        let s = match ctx.method {
            MethodName::Pace => ctx.opts.pace.status(ratio),
            MethodName::Opensdg => {
                let th = &ctx.opts.opensdg;
                let b = opensdg::OpensdgBand::of(ratio, th.high, th.med, th.low);
                band = Some(b);
                figures.score = Some(opensdg::score_with_target(ratio));
                Some(b.status())
            }
        };
        s.unwrap_or(Status::CannotAssess)
    };
    a.status = status;
    a.reason = if status == Status::CannotAssess {
        Reason::new(Why::NotComparable)
    } else {
        Reason {
            band,
            ..Reason::new(Why::GrowthCompared(figures))
        }
    };
}

fn stated_base_year(ctx: &Ctx) -> i32 {
    ctx.target
        .baseline
        .as_ref()
        .map_or(ctx.plan.period.start.saturating_sub(1), |b| b.year)
}

/// Annual floors and ranges.
fn annual(ctx: &Ctx, rows: &[&Observation], a: &mut Assessment) {
    let prep = ctx.prepare(rows, false);
    let Some(last) = ctx.milestones.last() else {
        return;
    };
    let from = ctx.target.from_year.unwrap_or(ctx.plan.period.start);
    let to = last.year;
    // A plan spans a few years; more than 200 would be a data error, judged on its first 200.
    let to = to.min(from.saturating_add(200));
    let (mut met, mut missed, mut elapsed) = (0u32, 0u32, 0u32);
    let mut latest: Option<Point> = None;
    let mut y = from;
    while y <= to {
        if end_of_year(y) > ctx.as_of + TIME_SLACK {
            break;
        }
        elapsed += 1;
        let m = ctx
            .milestones
            .iter()
            .find(|m| m.year >= y)
            .or(ctx.milestones.last());
        let value = year_flow(ctx, &prep, y, from);
        if let (Some((v, p)), Some(m)) = (value, m) {
            latest = Some(p);
            a.provisional |= p.is_provisional();
            match m.value.filter(|v| v.is_finite()) {
                Some(goal) if meets(v, goal, m.upper, m.cmp, ctx.ind.direction) => met += 1,
                Some(_) => missed += 1,
                None => {}
            }
        }
        y += 1;
    }
    if let Some(p) = latest {
        let v = year_flow(ctx, &prep, p.year().unwrap_or(from), from).map_or(p.value, |x| x.0);
        a.latest = Some(p.latest_value(v));
    }
    a.years_met = Some((met, elapsed));
    let unknown = elapsed - met - missed;
    let reason = Reason::new(Why::YearsMet(YearsTally {
        met,
        missed,
        elapsed,
        unknown,
        from_year: from,
    }));
    let passed = ctx.deadline_passed() == Some(true);
    a.status = if elapsed == 0 && passed {
        // The counting starts after the final year: a data error, not a wait.
        a.reason = Reason::new(Why::NotComparable);
        Status::CannotAssess
    } else if elapsed == 0 {
        a.reason = Reason::new(Why::NotStarted(Start::FirstYear { year: from }));
        Status::TooEarly
    } else if met + missed == 0 {
        a.reason = Reason::new(Why::NoObservations);
        Status::NoData
    } else {
        a.reason = reason;
        if passed {
            if missed > 0 {
                Status::Missed
            } else if unknown > 0 {
                a.reason = Reason::new(Why::FinalYearPending);
                Status::CannotAssess
            } else {
                Status::Achieved
            }
        } else {
            match missed {
                0 => Status::OnTrack,
                1 => Status::AtRisk,
                _ => Status::OffTrack,
            }
        }
    };
}

/// The amount of year `y`: the flow, or the difference of running totals.
fn year_flow<'a>(ctx: &Ctx, prep: &Prepared<'a>, y: i32, from: i32) -> Option<(f64, Point<'a>)> {
    let p = *prep.year(y)?;
    match ctx.series {
        Series::RunningTotal if y > from => {
            let prev = prep.year(y.saturating_sub(1))?;
            Some((p.value - prev.value, p))
        }
        _ => Some((p.value, p)),
    }
}

/// Cumulative targets.
fn cumulative(ctx: &Ctx, rows: &[&Observation], a: &mut Assessment) {
    let from = ctx.target.from_year.unwrap_or(ctx.plan.period.start);
    let running = matches!(ctx.series, Series::RunningTotal | Series::Level);
    let prep = ctx.prepare(rows, running);
    // Running totals at the end of each counted year (sums stop at the first gap).
    let mut totals: Vec<Point> = Vec::new();
    if running {
        totals.extend(
            prep.points
                .iter()
                .filter(|p| p.period.year() >= from)
                .copied(),
        );
    } else {
        let mut sum = 0.0;
        let mut y = from;
        while let Some(p) = prep.year(y) {
            sum += p.value;
            let mut q = *p;
            q.value = sum;
            totals.push(q);
            y += 1;
        }
    }
    a.provisional = totals.iter().any(Point::is_provisional);
    let totals = Prepared {
        points: totals,
        break_at: prep.break_at,
    };
    let Some(latest) = totals.latest().copied() else {
        return;
    };
    a.latest = Some(latest.latest_value(latest.value));
    a.baseline = Some((from.saturating_sub(1), 0.0));
    set_resolved(ctx, a, None);
    let (final_value, upper, cmp) = match &a.final_target {
        Some(m) => (m.value, m.upper, m.cmp),
        None => (None, None, Comparator::Ge),
    };
    let track = Track {
        t0: f64::from(from),
        base: 0.0,
        knots: ctx
            .milestones
            .iter()
            .filter_map(|m| m.value.map(|v| (end_of_year(m.year), v)))
            .filter(|(t, _)| *t > f64::from(from))
            .collect(),
        cmp,
        upper,
        dir: ctx.ind.direction,
        compound: false,
    };
    fractions(a, &track, latest.value);
    if ctx.deadline_passed() == Some(true) {
        final_verdict(ctx, &totals, a, final_value, upper, cmp);
        if let Some(v) = a.latest.as_ref().map(|l| l.value) {
            fractions(a, &track, v);
        }
    } else if final_value.is_some_and(|g| meets(latest.value, g, upper, cmp, ctx.ind.direction)) {
        a.status = Status::Achieved;
        a.reason = Reason::new(Why::TargetMet {
            latest: Some(latest.value),
        });
    } else {
        let j = pace::judge(&track, latest.t, latest.value, ctx.as_of, &ctx.opts.pace);
        apply(a, j);
    }
    let sum = a.latest.as_ref().map_or(latest.value, |l| l.value);
    if let Why::PaceCompared(p) = &mut a.reason.why {
        p.total = Some(RunningTotal {
            sum,
            from_year: from,
        });
    }
}

/// Binary targets (零的突破).
fn binary(ctx: &Ctx, rows: &[&Observation], a: &mut Assessment) {
    let prep = ctx.prepare(rows, true);
    let Some(fm) = ctx.milestones.last() else {
        return;
    };
    let tf = end_of_year(fm.year);
    let judged = prep.at_or_before(tf).copied();
    let Some(latest) = prep.latest().copied() else {
        return;
    };
    let done_by_deadline = prep
        .points
        .iter()
        .find(|p| p.t <= tf + TIME_SLACK && p.value >= 0.5);
    a.latest = Some(latest.latest_value(latest.value));
    a.provisional = latest.is_provisional();
    if let Some(p) = done_by_deadline {
        a.latest = Some(p.latest_value(p.value));
        a.provisional = p.is_provisional();
        a.status = Status::Achieved;
        a.reason = Reason::new(Why::TargetMet {
            latest: Some(p.value),
        });
        a.progress_final = Some(1.0);
    } else if ctx.deadline_passed() == Some(true) {
        match judged {
            Some(p) if p.t >= tf - TIME_SLACK => {
                a.latest = Some(p.latest_value(p.value));
                a.status = Status::Missed;
                a.reason = Reason::new(Why::DeadlinePassed {
                    latest: Some(p.value),
                });
            }
            _ => {
                a.status = Status::CannotAssess;
                a.reason = Reason::new(Why::FinalYearPending);
            }
        }
    } else {
        let in_final_year = ctx.as_of >= f64::from(fm.year);
        a.status = if in_final_year {
            Status::AtRisk
        } else {
            Status::TooEarly
        };
        a.reason = Reason::new(Why::NotYetDone(Pending::Binary { in_final_year }));
        a.progress_final = Some(0.0);
    }
}

/// Qualitative tasks: stage 0 not started, 1 in progress, 2 done.
fn qualitative(ctx: &Ctx, rows: &[&Observation], a: &mut Assessment) {
    let prep = ctx.prepare(rows, true);
    let Some(fm) = ctx.milestones.last() else {
        return;
    };
    let tf = end_of_year(fm.year);
    let Some(latest) = prep.latest().copied() else {
        return;
    };
    let stage = |v: f64| {
        if v >= 1.5 {
            2.0
        } else if v >= 0.5 {
            1.0
        } else {
            0.0
        }
    };
    let done_by_deadline = prep
        .points
        .iter()
        .find(|p| p.t <= tf + TIME_SLACK && stage(p.value) >= 2.0);
    a.latest = Some(latest.latest_value(latest.value));
    a.provisional = latest.is_provisional();
    if let Some(p) = done_by_deadline {
        a.latest = Some(p.latest_value(p.value));
        a.status = Status::Achieved;
        a.reason = Reason::new(Why::TargetMet { latest: None });
        a.progress_final = Some(1.0);
        return;
    }
    if ctx.deadline_passed() == Some(true) {
        a.status = Status::Missed;
        a.reason = Reason::new(Why::DeadlinePassed {
            latest: Some(stage(latest.value)),
        });
        return;
    }
    let s = stage(latest.value);
    let start = f64::from(ctx.target.from_year.unwrap_or(ctx.plan.period.start));
    let elapsed = (ctx.as_of - start) / (tf - start);
    a.reason = Reason::new(Why::NotYetDone(Pending::Task { stage: s, elapsed }));
    a.progress_final = Some(s / 2.0);
    a.status = if s >= 1.0 {
        Status::OnTrack
    } else if elapsed.is_finite() && elapsed >= 0.5 {
        Status::OffTrack
    } else {
        Status::TooEarly
    };
}
