//! `plan-gauge check FILES…`: validates plan and observation files; exits 1 on any error.
//!
//! Observation files are checked against the plan they name (JSON) when that plan is among the
//! files; a CSV file is checked against the only plan given, if there is exactly one.

use crate::args::CheckArgs;
use crate::load::{self, LoadError, Loaded};
use plan_gauge_core::model::Plan;
use plan_gauge_core::validate::{self, Code, ObservationsFile, Problem};
use plan_gauge_core::{i18n, Lang};
use std::path::Path;
use std::process::ExitCode;

pub fn run(args: CheckArgs) -> Result<ExitCode, String> {
    let lang = args.lang;
    let mut plans: Vec<(String, Plan)> = Vec::new();
    let mut obs_files: Vec<(String, ObservationsFile)> = Vec::new();
    let mut report: Vec<(String, Vec<Problem>)> = Vec::new();
    for file in &args.files {
        match load::read_sheet(Path::new(file), args.sheet.name.as_deref()) {
            Ok(Loaded::Plan(plan)) => {
                let mut problems = validate::validate_plan(&plan);
                problems.extend(validate::invisible_controls(&plan));
                report.push((file.clone(), problems));
                plans.push((file.clone(), *plan));
            }
            Ok(Loaded::Observations(obs)) => obs_files.push((file.clone(), obs)),
            Err(LoadError::Problems(p)) => report.push((file.clone(), p)),
            Err(LoadError::Io(msg)) => return Err(msg),
        }
    }
    for (file, obs) in obs_files {
        let plan_id = obs.plan_id().map(str::to_string);
        let plan = match &plan_id {
            Some(id) => plans.iter().find(|(_, p)| &p.id == id).map(|(_, p)| p),
            None if plans.len() == 1 => plans.first().map(|(_, p)| p),
            None => None,
        };
        let (set, mut problems) = validate::check_observations(obs, plan);
        problems.extend(validate::invisible_controls(&set));
        if let (Some(id), None) = (plan_id, plan) {
            // The plan is not among the files: say so, as a warning, so the unknown-indicator
            // check is not silently skipped.
            problems.insert(
                0,
                Problem::warning("plan", Code::PlanNotGiven).with("value", id),
            );
        }
        report.push((file, problems));
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
        i18n::fill(
            l.strings().check_summary,
            &[
                ("files", &report.len().to_string()),
                ("errors", &errors.to_string()),
                ("warnings", &warnings.to_string()),
            ],
        )
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
