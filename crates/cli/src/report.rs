//! `plan-gauge report PLAN [--observations F] [--as-of DATE] [--method pace|opensdg]
//! [--format text|json|csv|markdown] [--lang zh-Hans|zh-Hant|en]`: a status and its reason for
//! every target of the plan.

use crate::args::{Format, ReportArgs};
use crate::load;
use plan_gauge_core::explain;
use plan_gauge_core::model::{Indicator, MethodName, Plan};
use plan_gauge_core::progress::{self, Assessment, Status};
use plan_gauge_core::rollup;
use plan_gauge_core::time::Date;
use plan_gauge_core::Lang;
use std::fmt::Write as _;
use std::process::ExitCode;

pub fn run(args: ReportArgs) -> Result<ExitCode, String> {
    let plan_path = &args.plan;
    let (lang, format) = (args.lang, args.format);
    let as_of = args.as_of.unwrap_or_else(crate::clock::today);
    let method = args.method.map(MethodName::from);
    let data = match load::plan_with_observations(plan_path, args.observations.as_deref()) {
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

fn plan_title(plan: &Plan, lang: Lang) -> &str {
    plan.i18n
        .get(lang.tag())
        .map(String::as_str)
        .unwrap_or(&plan.title)
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
    let title = plan_title(plan, lang);
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
                md_cell(explain::indicator_name(ind, lang)),
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

fn json(plan: &Plan, assessments: &[Assessment], as_of: Date, sample: bool, lang: Lang) -> String {
    let items: Vec<serde_json::Value> = assessments
        .iter()
        .filter_map(|a| {
            let ind = indicator(plan, a)?;
            let mut v = serde_json::to_value(a).ok()?;
            if let Some(obj) = v.as_object_mut() {
                obj.insert("name".into(), explain::indicator_name(ind, lang).into());
                obj.insert(
                    "status_label".into(),
                    explain::status_label(a.status, lang).into(),
                );
                obj.insert("headline".into(), explain::headline(a, ind, lang).into());
                obj.insert(
                    "reason_text".into(),
                    explain::reason_sentence(a, ind, lang).into(),
                );
                let lead = ind
                    .targets
                    .get(a.target)
                    .map(|t| {
                        t.lead
                            .iter()
                            .map(|l| explain::agency_name(&plan.agencies, l, lang))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default();
                obj.insert("lead".into(), lead.into());
            }
            Some(v)
        })
        .collect();
    // Lead agencies are grouped by the name as written (`key`); `name` is the name in `lang`.
    let mut roll = serde_json::to_value(rollup::rollup(plan, assessments)).unwrap_or_default();
    if let Some(leads) = roll.get_mut("leads").and_then(|l| l.as_array_mut()) {
        for g in leads.iter_mut() {
            let name = g
                .get("key")
                .and_then(|k| k.as_str())
                .map(|k| explain::agency_name(&plan.agencies, k, lang).to_string());
            if let (Some(obj), Some(name)) = (g.as_object_mut(), name) {
                obj.insert("name".into(), name.into());
            }
        }
    }
    let doc = serde_json::json!({
        "plan": plan.id,
        "title": plan_title(plan, lang),
        "as_of": as_of.to_string(),
        "lang": lang.tag(),
        "sample_data": sample,
        "rollup": roll,
        "assessments": items,
    });
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
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}
