//! `plan-gauge render`: a component as static HTML (the no-JavaScript fallback and the print
//! view), rendered with the `ssr` feature of plan-gauge-ui. `--stylesheet` prints the CSS the
//! HTML needs; link it as a file (no inline styles anywhere, so a strict CSP holds).

use crate::args::RenderArgs;
use crate::load;
use plan_gauge_core::model::Indicator;
use plan_gauge_core::progress::{assess_plan, Assessment, Options};
use plan_gauge_ui::{ViewName, Widget};
use std::process::ExitCode;

pub fn run(args: RenderArgs) -> Result<ExitCode, String> {
    if args.stylesheet {
        crate::out::print(plan_gauge_ui::STYLESHEET)?;
        return Ok(ExitCode::SUCCESS);
    }
    let plan_path = args
        .plan
        .as_deref()
        .ok_or("render needs one PLAN file (or --stylesheet)")?;
    let lang = args.lang.unwrap_or_default();
    let as_of = args.as_of.unwrap_or_else(crate::clock::today);
    let data = load::plan_with_observations(
        plan_path,
        args.data.observations.as_deref(),
        args.data.sheet.name.as_deref(),
    )?;
    let assessments = assess_plan(&data.plan, &data.observations, &Options::new(as_of));
    let focus = if args.view == ViewName::Dashboard {
        None
    } else {
        let id = args
            .indicator
            .as_deref()
            .ok_or("render needs --indicator ID for this view")?;
        Some(pick(&data.plan.indicators, &assessments, id, args.target)?)
    };
    let html = plan_gauge_ui::to_html(Widget {
        view: args.view,
        lang,
        theme: args.theme,
        plan: data.plan,
        observations: data.observations,
        sample: data.sample,
        assessments,
        focus,
        controls: false,
        trends: true,
    });
    crate::out::line(&html)?;
    Ok(ExitCode::SUCCESS)
}

/// The indicator `id` and the assessment of its target number `target`.
fn pick(
    indicators: &[Indicator],
    assessments: &[Assessment],
    id: &str,
    target: usize,
) -> Result<(Indicator, Assessment), String> {
    let ind = indicators
        .iter()
        .find(|i| i.id == id)
        .ok_or_else(|| format!("indicator {id} is not in the plan"))?;
    let a = assessments
        .iter()
        .find(|a| a.indicator == id && a.target == target)
        .ok_or_else(|| format!("indicator {id} has no target {target}"))?;
    Ok((ind.clone(), a.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::args::{parse, Command};

    /// Parses `args` as `plan-gauge render` does and runs it.
    fn run(args: &[String]) -> Result<ExitCode, String> {
        match parse("render", args)? {
            Command::Render(args) => super::run(args),
            other => panic!("{other:?}"),
        }
    }

    fn seed(name: &str) -> String {
        format!("{}/../../seeds/{name}", env!("CARGO_MANIFEST_DIR"))
    }

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn every_view_renders_a_seed_plan_in_every_language() {
        let (plan, obs) = (
            seed("zhenhai-2022.plan.json"),
            seed("zhenhai-2022.sample.json"),
        );
        for view in ["card", "bar", "radial", "trend", "dashboard"] {
            for lang in ["zh-CN", "zh-TW", "en"] {
                let a = args(&[
                    &plan,
                    "--observations",
                    &obs,
                    "--indicator",
                    "high-tech-firms",
                    "--view",
                    view,
                    "--lang",
                    lang,
                    "--as-of",
                    "2025-06-30",
                ]);
                assert_eq!(run(&a), Ok(ExitCode::SUCCESS), "{view} {lang}");
            }
        }
    }

    #[test]
    fn bad_options_are_refused_with_a_reason() {
        let plan = seed("zhenhai-2022.plan.json");
        let cases = [
            args(&[&plan, "--indicator", "high-tech-firms", "--view", "pie"]),
            args(&[&plan, "--indicator", "high-tech-firms", "--lang", "fr"]),
            args(&[
                &plan,
                "--indicator",
                "high-tech-firms",
                "--as-of",
                "2025-13-01",
            ]),
            args(&[&plan, "--indicator", "no-such-indicator"]),
            args(&[&plan, "--view", "card"]),
            args(&[&plan, "--colour", "red"]),
            args(&[]),
        ];
        for a in cases {
            assert!(run(&a).is_err(), "{a:?}");
        }
    }
}
