//! `plan-gauge check FILES…`: validates plan and observation files; exits 1 on any error.
//!
//! Observation files are checked against the plan they name (JSON) when that plan is among the
//! files; a CSV file is checked against the only plan given, if there is exactly one.

use crate::args::CheckArgs;
use crate::load::{self, LoadError, Loaded};
use plan_gauge_core::model::{Observation, Plan};
use plan_gauge_core::validate::{self, Code, PathStyle, Problem};
use plan_gauge_core::Lang;
use std::path::Path;
use std::process::ExitCode;

pub fn run(args: CheckArgs) -> Result<ExitCode, String> {
    let lang = args.lang;
    let mut plans: Vec<(String, Plan)> = Vec::new();
    let mut obs_files: Vec<(String, Option<String>, Vec<Observation>, bool)> = Vec::new();
    let mut report: Vec<(String, Vec<Problem>)> = Vec::new();
    for file in &args.files {
        match load::read(Path::new(file)) {
            Ok(Loaded::Plan(plan)) => {
                report.push((file.clone(), validate::validate_plan(&plan)));
                plans.push((file.clone(), *plan));
            }
            Ok(Loaded::Observations {
                plan_id,
                observations,
                csv,
                ..
            }) => obs_files.push((file.clone(), plan_id, observations, csv)),
            Err(LoadError::Problems(p)) => report.push((file.clone(), p)),
            Err(LoadError::Io(msg)) => return Err(msg),
        }
    }
    for (file, plan_id, observations, csv) in &obs_files {
        let plan = match plan_id {
            Some(id) => plans.iter().find(|(_, p)| &p.id == id).map(|(_, p)| p),
            None if plans.len() == 1 => plans.first().map(|(_, p)| p),
            None => None,
        };
        let style = if *csv {
            PathStyle::Csv
        } else {
            PathStyle::Json
        };
        let mut problems = validate::validate_observations(observations, plan, &style);
        if let (Some(id), None) = (plan_id, plan) {
            // The plan is not among the files: say so, as a warning, so the unknown-indicator
            // check is not silently skipped.
            problems.insert(
                0,
                Problem::warning("plan", Code::PlanNotGiven).with("value", id),
            );
        }
        report.push((file.clone(), problems));
    }
    let (mut errors, mut warnings) = (0, 0);
    for (file, problems) in &report {
        for p in problems {
            if p.is_error() {
                errors += 1;
            } else {
                warnings += 1;
            }
            crate::out::line(&load::problem_line(file, p, lang))?;
        }
    }
    let summary = |l: Lang| {
        l.strings()
            .check_summary
            .replace("{files}", &report.len().to_string())
            .replace("{errors}", &errors.to_string())
            .replace("{warnings}", &warnings.to_string())
    };
    match lang {
        Some(l) => crate::out::line(&summary(l))?,
        None => crate::out::line(&format!(
            "{} / {}",
            summary(Lang::ZhHans),
            summary(Lang::En)
        ))?,
    }
    Ok(if errors == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
