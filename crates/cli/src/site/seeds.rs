//! The seed plans the portal shows: read from a folder, checked and assessed.

use crate::load::{self, PlanData};
use plan_gauge_core::progress::{assess_plan, Assessment, Options};
use plan_gauge_core::time::Date;
use plan_gauge_core::Lang;
use std::fs;
use std::path::Path;

/// One seed plan, checked and assessed.
pub struct SitePlan {
    pub data: PlanData,
    pub assessments: Vec<Assessment>,
    /// Base name of the observations file in `data/` the widgets load, when there is one: the
    /// published figures (`<id>.observations.json`) on a plan's pages, the illustrative sample
    /// (`<id>.sample.json`) on its demonstration pages.
    pub obs_file: Option<String>,
    /// The same plan with its illustrative sample observations, for the labelled demonstration
    /// pages; `None` on those pages themselves.
    pub demo: Option<Box<SitePlan>>,
}

impl SitePlan {
    /// The page file of this plan's page in `lang`: `<id>.html`, `<id>.en.html`, and
    /// `<id>.demo.html`, `<id>.demo.en.html` for the demonstration with sample data.
    pub fn page_file(&self, lang: Lang) -> String {
        let demo = if self.data.sample { ".demo" } else { "" };
        let en = if lang.is_chinese() { "" } else { ".en" };
        format!("{}{demo}{en}.html", self.data.plan.id)
    }
}

/// Reads and assesses every `*.plan.json` in `dir` (sorted by name) with its published figures
/// (`*.observations.json`, when any were found) and its sample (`*.sample.json`) for the demo.
pub fn load_seeds(dir: &Path, as_of: Date) -> Result<Vec<SitePlan>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".plan.json"))
        .collect();
    names.sort();
    names
        .iter()
        .map(|name| {
            let stem = name.trim_end_matches(".plan.json");
            let plan_path = dir.join(name);
            let plan = load::checked_plan(&plan_path.to_string_lossy())?;
            // The plan with the observations of `obs_name`, when that file exists.
            let with = |obs_name: &str| -> Result<Option<SitePlan>, String> {
                let obs_path = dir.join(obs_name);
                if !obs_path.is_file() {
                    return Ok(None);
                }
                let set = load::observations_for(&plan, &obs_path.to_string_lossy(), None)?;
                Ok(Some(site_plan(
                    PlanData {
                        plan: plan.clone(),
                        sample: set.sample,
                        observations: set.observations,
                    },
                    Some(obs_name.to_string()),
                    as_of,
                )))
            };
            let demo = with(&format!("{stem}.sample.json"))?.map(Box::new);
            // No published figure found yet: the plan's targets alone.
            let published = match with(&format!("{stem}.observations.json"))? {
                Some(p) => p,
                None => site_plan(
                    PlanData {
                        plan: plan.clone(),
                        observations: Vec::new(),
                        sample: false,
                    },
                    None,
                    as_of,
                ),
            };
            if format!("{}.plan.json", published.data.plan.id) != *name {
                return Err(format!(
                    "{}: the plan's id is `{}`; name the file {}.plan.json",
                    plan_path.display(),
                    published.data.plan.id,
                    published.data.plan.id
                ));
            }
            Ok(SitePlan { demo, ..published })
        })
        .collect()
}

/// A plan with its observations, assessed at `as_of`.
fn site_plan(data: PlanData, obs_file: Option<String>, as_of: Date) -> SitePlan {
    let assessments = assess_plan(&data.plan, &data.observations, &Options::new(as_of));
    SitePlan {
        data,
        assessments,
        obs_file,
        demo: None,
    }
}
