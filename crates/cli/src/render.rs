//! `plan-gauge render`: a component as static HTML (the no-JavaScript fallback and the print
//! view), rendered with the `ssr` feature of plan-gauge-ui. `--stylesheet` prints the CSS the
//! HTML needs; link it as a file (no inline styles anywhere, so a strict CSP holds).

use crate::args::Args;
use crate::load;
use leptos::prelude::*;
use leptos::tachys::view::RenderHtml;
use plan_gauge_core::model::Indicator;
use plan_gauge_core::progress::{assess_plan, Assessment, Options};
use plan_gauge_core::time::Date;
use plan_gauge_core::Lang;
use plan_gauge_ui::{
    BulletBar, GaugeKind, IndicatorCard, PlanDashboard, RadialGauge, Theme, TrendChart,
};
use std::process::ExitCode;

const KNOWN: &[&str] = &[
    "indicator",
    "view",
    "lang",
    "observations",
    "as-of",
    "theme",
    "target",
    "stylesheet",
];

/// What to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewName {
    Card,
    Bar,
    Radial,
    Trend,
    Dashboard,
}

impl ViewName {
    pub fn parse(s: &str) -> Option<ViewName> {
        Some(match s {
            "card" => ViewName::Card,
            "bar" => ViewName::Bar,
            "radial" => ViewName::Radial,
            "trend" => ViewName::Trend,
            "dashboard" => ViewName::Dashboard,
            _ => return None,
        })
    }
}

pub fn run(args: &[String]) -> Result<ExitCode, String> {
    let args = Args::parse(args, &["stylesheet"])?;
    args.only(KNOWN)?;
    if args.flag("stylesheet") {
        crate::out::print(plan_gauge_ui::STYLESHEET)?;
        return Ok(ExitCode::SUCCESS);
    }
    let [plan_path] = args.positional.as_slice() else {
        return Err("render needs one PLAN file (or --stylesheet)".into());
    };
    let view = match args.value("view") {
        None => ViewName::Card,
        Some(v) => ViewName::parse(v)
            .ok_or_else(|| format!("unknown --view {v} (card, bar, radial, trend, dashboard)"))?,
    };
    let lang = match args.value("lang") {
        None => Lang::default(),
        Some(l) => {
            Lang::parse(l).ok_or_else(|| format!("unknown --lang {l} (zh-Hans, zh-Hant, en)"))?
        }
    };
    let theme = match args.value("theme") {
        None => Theme::default(),
        Some(t) => {
            Theme::parse(t).ok_or_else(|| format!("unknown --theme {t} (light, dark, large)"))?
        }
    };
    let as_of = match args.value("as-of") {
        Some(d) => Date::parse(d).ok_or_else(|| format!("--as-of {d} is not a YYYY-MM-DD date"))?,
        None => crate::clock::today(),
    };
    let target: usize = match args.value("target") {
        None => 0,
        Some(t) => t
            .parse()
            .map_err(|_| format!("--target {t} is not a target index"))?,
    };
    let data = load::plan_with_observations(plan_path, args.value("observations"))?;
    let assessments = assess_plan(&data.plan, &data.observations, &Options::new(as_of));
    let html = if view == ViewName::Dashboard {
        let (plan, sample, observations) = (data.plan, data.sample, data.observations);
        render(move || {
            view! { <PlanDashboard plan=plan assessments=assessments lang=lang theme=theme controls=false sample=sample observations=observations /> }
        })
    } else {
        let id = args
            .value("indicator")
            .ok_or("render needs --indicator ID for this view")?;
        let (ind, a) = pick(&data.plan.indicators, &assessments, id, target)?;
        let (obs, sample, agencies) = (data.observations, data.sample, data.plan.agencies);
        render(move || {
            match view {
            ViewName::Bar => view! { <BulletBar assessment=a indicator=ind lang=lang theme=theme /> }.into_any(),
            ViewName::Radial => view! { <RadialGauge assessment=a indicator=ind lang=lang theme=theme /> }.into_any(),
            ViewName::Trend => view! {
                <TrendChart indicator=ind observations=obs assessment=a lang=lang theme=theme />
            }
            .into_any(),
            _ => view! {
                <IndicatorCard assessment=a indicator=ind lang=lang theme=theme gauge=GaugeKind::Bar sample=sample agencies=agencies />
            }
            .into_any(),
        }
        })
    };
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

fn render<V: IntoView + 'static>(f: impl FnOnce() -> V) -> String {
    Owner::new().with(|| f().into_view().to_html())
}

#[cfg(test)]
mod tests {
    use super::*;

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
