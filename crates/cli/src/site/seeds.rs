//! The seed plans the portal shows: read from a folder, checked and assessed.

use crate::load::{self, PlanData};
use plan_gauge_core::progress::{assess_plan, Assessment, Options};
use plan_gauge_core::time::Date;
use std::fs;
use std::path::Path;

/// One seed plan, checked and assessed.
pub struct SitePlan {
    pub data: PlanData,
    pub assessments: Vec<Assessment>,
    /// Base name of the observations file in `data/`, when there is one.
    pub sample_file: Option<String>,
}

/// Reads and assesses every `*.plan.json` in `dir` (sorted by name), with its `*.sample.json`.
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
            let sample_name = format!("{stem}.sample.json");
            let sample_path = dir.join(&sample_name);
            let sample_file = sample_path.is_file().then_some(sample_name);
            let plan_path = dir.join(name);
            let data = load::plan_with_observations(
                &plan_path.to_string_lossy(),
                sample_file
                    .as_ref()
                    .map(|_| sample_path.to_string_lossy())
                    .as_deref(),
                None,
            )?;
            if format!("{}.plan.json", data.plan.id) != *name {
                return Err(format!(
                    "{}: the plan's id is `{}`; name the file {}.plan.json",
                    plan_path.display(),
                    data.plan.id,
                    data.plan.id
                ));
            }
            let assessments = assess_plan(&data.plan, &data.observations, &Options::new(as_of));
            Ok(SitePlan {
                data,
                assessments,
                sample_file,
            })
        })
        .collect()
}
