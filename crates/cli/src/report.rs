//! `plan-gauge report PLAN [--observations F] [--as-of DATE] [--method pace|opensdg]
//! [--format text|json|csv|markdown] [--lang zh-Hans|zh-Hant|en]`: a status and its reason for
//! every target of the plan.

use crate::args::{Format, ReportArgs};
use crate::load;
use plan_gauge_core::explain;
use plan_gauge_core::model::{Indicator, Kind, MethodName, Plan};
use plan_gauge_core::progress::{
    self, Assessment, LatestValue, OpensdgBand, ReasonCode, ReasonNote, ResolvedMilestone, Status,
    StatusCounts,
};
use plan_gauge_core::rollup;
use plan_gauge_core::time::Date;
use plan_gauge_core::validate;
use plan_gauge_core::Lang;
use serde::Serialize;
use std::borrow::Cow;
use std::fmt::Write as _;
use std::process::ExitCode;

pub fn run(args: ReportArgs) -> Result<ExitCode, String> {
    let plan_path = &args.plan;
    let (lang, format) = (args.lang, args.format);
    let as_of = args.as_of.unwrap_or_else(crate::clock::today);
    let method = args.method.map(MethodName::from);
    let data = match load::plan_with_observations(
        plan_path,
        args.data.observations.as_deref(),
        args.data.sheet.name.as_deref(),
    ) {
        Ok(d) => d,
        Err(msg) => {
            eprintln!("{msg}");
            return Ok(ExitCode::from(1));
        }
    };
    // Without --lang, speak the plan's own language.
    let lang = lang
        .or_else(|| Lang::parse(&data.plan.locale))
        .unwrap_or_default();
    let mut options = progress::Options::new(as_of);
    options.method = method;
    let assessments = progress::assess_plan(&data.plan, &data.observations, &options);
    let out = match format {
        Format::Json => json(&data.plan, &assessments, as_of, data.sample, lang),
        Format::Csv => csv(&data.plan, &assessments, lang),
        Format::Text | Format::Markdown => {
            text(&data.plan, &assessments, as_of, data.sample, lang, format)
        }
    };
    crate::out::print(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn indicator<'a>(plan: &'a Plan, a: &Assessment) -> Option<&'a Indicator> {
    plan.indicators.iter().find(|i| i.id == a.indicator)
}

fn text(
    plan: &Plan,
    assessments: &[Assessment],
    as_of: Date,
    sample: bool,
    lang: Lang,
    format: Format,
) -> String {
    let s = lang.strings();
    let md = format == Format::Markdown;
    let mut out = String::new();
    let title = explain::plan_title(plan, lang);
    if md {
        let _ = writeln!(out, "# {title}\n");
    } else {
        let _ = writeln!(out, "{title}");
    }
    let c = s.colon;
    let _ = writeln!(
        out,
        "{}{c}{}  ·  {}{c}{}",
        s.report_as_of,
        as_of,
        s.report_issuer,
        explain::agency_name(&plan.agencies, &plan.issuer, lang)
    );
    if sample {
        let _ = writeln!(out, "⚠ {}", s.sample_data);
    }
    let roll = rollup::rollup(plan, assessments);
    let counts: Vec<String> = Status::ALL
        .iter()
        .filter(|st| roll.plan.get(**st) > 0)
        .map(|st| {
            format!(
                "{} {}",
                explain::status_label(*st, lang),
                roll.plan.get(*st)
            )
        })
        .collect();
    let _ = writeln!(out, "{}\n", counts.join(" · "));
    if md {
        let _ = writeln!(
            out,
            "| {} | {} | {} |\n|---|---|---|",
            s.report_indicator, s.report_status, s.report_reason
        );
    }
    for a in assessments {
        let Some(ind) = indicator(plan, a) else {
            continue;
        };
        let label = explain::status_label(a.status, lang);
        let headline = explain::headline(a, ind, lang);
        let reason = explain::reason_sentence(a, ind, lang);
        let lead = plan
            .indicators
            .iter()
            .find(|i| i.id == a.indicator)
            .and_then(|i| i.targets.get(a.target))
            .map(|t| explain::agency_list(&plan.agencies, &t.lead, lang))
            .unwrap_or_default();
        if md {
            let _ = writeln!(
                out,
                "| {} | {} | {} {} ({}{c}{}) |",
                md_cell(&explain::indicator_name(ind, lang)),
                md_cell(label),
                md_cell(&headline),
                md_cell(&reason),
                s.report_lead,
                md_cell(&lead)
            );
        } else {
            let _ = writeln!(
                out,
                "[{label}] {headline}\n    {reason}\n    {}{c}{lead}",
                s.report_lead
            );
        }
    }
    out
}

fn md_cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The document `report --format json` prints: a public format of its own, so the engine's
/// internal types can change without breaking readers.
#[derive(Serialize)]
struct ReportDoc<'a> {
    plan: &'a str,
    title: Cow<'a, str>,
    as_of: String,
    lang: &'static str,
    sample_data: bool,
    rollup: RollupDoc,
    assessments: Vec<AssessmentDoc<'a>>,
}

#[derive(Serialize)]
struct RollupDoc {
    plan: StatusCounts,
    sections: Vec<GroupDoc>,
    /// Lead agencies, grouped by the name as written (`key`); `name` is the name in `lang`.
    leads: Vec<GroupDoc>,
}

#[derive(Serialize)]
struct GroupDoc {
    key: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    counts: StatusCounts,
}

/// One target's assessment as readers of the report see it.
#[derive(Serialize)]
struct AssessmentDoc<'a> {
    indicator: &'a str,
    target: usize,
    name: Cow<'a, str>,
    kind: Kind,
    method: MethodName,
    status: Status,
    status_label: &'static str,
    headline: String,
    reason_text: String,
    reason: ReasonDoc<'a>,
    as_of: &'a str,
    latest: Option<&'a LatestValue>,
    baseline: Option<BaselineDoc>,
    next: Option<&'a ResolvedMilestone>,
    final_target: Option<&'a ResolvedMilestone>,
    progress_next: Option<f64>,
    progress_final: Option<f64>,
    expected_fraction: Option<f64>,
    expected_value: Option<f64>,
    projected_value: Option<f64>,
    projected_year: Option<i32>,
    years_met: Option<YearsMetDoc>,
    provisional: bool,
    lead: Vec<Cow<'a, str>>,
}

#[derive(Serialize)]
struct ReasonDoc<'a> {
    code: ReasonCode,
    /// Open SDG's band, when the opensdg method judged it.
    opensdg_band: Option<OpensdgBand>,
    /// The progress ratio the status rests on (pace, growth or Open SDG's P).
    ratio: Option<f64>,
    notes: &'a [ReasonNote],
}

#[derive(Serialize)]
struct BaselineDoc {
    year: i32,
    value: f64,
}

#[derive(Serialize)]
struct YearsMetDoc {
    met: u32,
    elapsed: u32,
}

fn json(plan: &Plan, assessments: &[Assessment], as_of: Date, sample: bool, lang: Lang) -> String {
    let items = assessments
        .iter()
        .filter_map(|a| {
            let ind = indicator(plan, a)?;
            let lead = ind
                .targets
                .get(a.target)
                .map(|t| {
                    t.lead
                        .iter()
                        .map(|l| explain::agency_name(&plan.agencies, l, lang))
                        .collect()
                })
                .unwrap_or_default();
            Some(AssessmentDoc {
                indicator: &a.indicator,
                target: a.target,
                name: explain::indicator_name(ind, lang),
                kind: a.kind,
                method: a.method,
                status: a.status,
                status_label: explain::status_label(a.status, lang),
                headline: explain::headline(a, ind, lang),
                reason_text: explain::reason_sentence(a, ind, lang),
                reason: ReasonDoc {
                    code: a.reason.code(),
                    opensdg_band: a.reason.band,
                    ratio: a.reason.ratio(),
                    notes: &a.reason.notes,
                },
                as_of: &a.as_of,
                latest: a.latest.as_ref(),
                baseline: a.baseline.map(|(year, value)| BaselineDoc { year, value }),
                next: a.next.as_ref(),
                final_target: a.final_target.as_ref(),
                progress_next: a.progress_next,
                progress_final: a.progress_final,
                expected_fraction: a.expected_fraction,
                expected_value: a.expected_value,
                projected_value: a.projected_value,
                projected_year: a.projected_year,
                years_met: a
                    .years_met
                    .map(|(met, elapsed)| YearsMetDoc { met, elapsed }),
                provisional: a.provisional,
                lead,
            })
        })
        .collect();
    let roll = rollup::rollup(plan, assessments);
    let groups = |groups: Vec<rollup::GroupCounts>, named: bool| -> Vec<GroupDoc> {
        groups
            .into_iter()
            .map(|g| GroupDoc {
                name: named.then(|| explain::agency_name(&plan.agencies, &g.key, lang).to_string()),
                key: g.key,
                counts: g.counts,
            })
            .collect()
    };
    let doc = ReportDoc {
        plan: &plan.id,
        title: explain::plan_title(plan, lang),
        as_of: as_of.to_string(),
        lang: lang.tag(),
        sample_data: sample,
        rollup: RollupDoc {
            plan: roll.plan,
            sections: groups(roll.sections, false),
            leads: groups(roll.leads, true),
        },
        assessments: items,
    };
    serde_json::to_string_pretty(&doc)
        .map(|s| s + "\n")
        .unwrap_or_default()
}

fn csv(plan: &Plan, assessments: &[Assessment], lang: Lang) -> String {
    let mut out = String::from(
        "indicator,target,status,method,latest_period,latest_value,target_year,target_value,progress_final,expected_fraction,headline,reason\n",
    );
    for a in assessments {
        let Some(ind) = indicator(plan, a) else {
            continue;
        };
        let num = |v: Option<f64>| v.map(|x| x.to_string()).unwrap_or_default();
        let fields = [
            a.indicator.clone(),
            a.target.to_string(),
            a.status.as_str().to_string(),
            a.method.as_str().to_string(),
            a.latest
                .as_ref()
                .map(|l| l.period.clone())
                .unwrap_or_default(),
            num(a.latest.as_ref().map(|l| l.value)),
            a.final_target
                .as_ref()
                .map(|m| m.year.to_string())
                .unwrap_or_default(),
            num(a.final_target.as_ref().and_then(|m| m.value)),
            num(a.progress_final),
            num(a.expected_fraction),
            explain::headline(a, ind, lang),
            explain::reason_sentence(a, ind, lang),
        ];
        let line: Vec<String> = fields.iter().map(|f| validate::csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}
