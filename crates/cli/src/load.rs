//! Reading plan and observation files from disk, for every subcommand.

use plan_gauge_core::model::{Observation, ObservationSet, Plan};
use plan_gauge_core::validate::{self, Code, ObservationsFile, Problem};
use std::path::Path;

/// What a file holds, decided by its name and text ([`validate::is_csv`]) and, for JSON, its
/// top-level fields.
pub enum Loaded {
    Plan(Box<Plan>),
    Observations(ObservationsFile),
}

/// Reads a file; `Err` holds a sentence for an I/O error, or the parse problems.
pub fn read(path: &Path) -> Result<Loaded, LoadError> {
    read_sheet(path, None)
}

/// Reads a file as [`read`] does; for a workbook, the sheet named (else the first).
pub fn read_sheet(path: &Path, sheet: Option<&str>) -> Result<Loaded, LoadError> {
    let io = |e: std::io::Error| LoadError::Io(format!("{}: {e}", path.display()));
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_FILE_BYTES {
        return Err(LoadError::Problems(vec![Problem::error(
            "",
            Code::TooLarge,
        )
        .with("size", size / (1024 * 1024))
        .with("max", MAX_FILE_BYTES / (1024 * 1024))]));
    }
    let bytes = std::fs::read(path).map_err(io)?;
    let is_xlsx = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    if is_xlsx {
        return crate::sheet::read_xlsx(&bytes, sheet)
            .map_err(|p| vec![p])
            .and_then(validate::parse_observation_rows)
            .map(|rows| Loaded::Observations(ObservationsFile::Csv(rows)))
            .map_err(LoadError::Problems);
    }
    let text = decode(&bytes).map_err(|p| LoadError::Problems(vec![p]))?;
    let name = path.to_string_lossy();
    if validate::is_csv(&name, &text) {
        return validate::parse_observations_csv(&text)
            .map(|rows| Loaded::Observations(ObservationsFile::Csv(rows)))
            .map_err(LoadError::Problems);
    }
    if looks_like_observations(&text) {
        validate::parse_observations_json(&text)
            .map(|set| Loaded::Observations(ObservationsFile::Json(set)))
            .map_err(LoadError::Problems)
    } else {
        validate::parse_plan(&text)
            .map(|p| Loaded::Plan(Box::new(p)))
            .map_err(LoadError::Problems)
    }
}

/// The largest data file read: far above any plan's observations, small enough to read at once.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// The text of a data file in whatever encoding editors saved it: UTF-8 (with or without a BOM),
/// UTF-16 or GB18030/GBK ([`validate::decode_text`]).
pub fn decode(bytes: &[u8]) -> Result<String, Problem> {
    validate::decode_text(bytes, None, |b| {
        encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(b)
            .map(|t| t.into_owned())
    })
    .map(|(text, _)| text)
}

fn looks_like_observations(text: &str) -> bool {
    match serde_json::from_str::<serde_json::Value>(validate::strip_bom(text)) {
        Ok(serde_json::Value::Object(map)) => {
            map.contains_key("observations") && !map.contains_key("indicators")
        }
        _ => false,
    }
}

pub enum LoadError {
    Io(String),
    Problems(Vec<Problem>),
}

/// A plan with its observations, checked, ready for the engine.
pub struct PlanData {
    pub plan: Plan,
    pub observations: Vec<Observation>,
    /// True when the observations are illustrative sample data.
    pub sample: bool,
}

/// Loads a plan and, optionally, an observations file (JSON or CSV) for it. Any error-level
/// problem fails, with every message in both Chinese and English.
pub fn plan_with_observations(
    plan_path: &str,
    obs_path: Option<&str>,
    sheet: Option<&str>,
) -> Result<PlanData, String> {
    let plan = checked_plan(plan_path)?;
    let Some(obs_path) = obs_path else {
        return Ok(PlanData {
            plan,
            observations: Vec::new(),
            sample: false,
        });
    };
    let set = observations_for(&plan, obs_path, sheet)?;
    Ok(PlanData {
        plan,
        sample: set.sample,
        observations: set.observations,
    })
}

/// Reads a plan file and checks it; any error-level problem fails, with every message in both
/// Chinese and English.
pub fn checked_plan(plan_path: &str) -> Result<Plan, String> {
    let plan = match read(Path::new(plan_path)) {
        Ok(Loaded::Plan(p)) => *p,
        Ok(Loaded::Observations(_)) => {
            return Err(format!(
            "{plan_path}: 这是观测数据文件,不是规划文件 / this is an observations file, not a plan"
        ))
        }
        Err(e) => return Err(describe(plan_path, e)),
    };
    let problems = validate::validate_plan(&plan);
    if !validate::is_clean(&problems) {
        return Err(describe(plan_path, LoadError::Problems(problems)));
    }
    Ok(plan)
}

/// Reads an observations file (JSON, CSV or a workbook's sheet) and checks it against `plan`.
pub fn observations_for(
    plan: &Plan,
    obs_path: &str,
    sheet: Option<&str>,
) -> Result<ObservationSet, String> {
    let (set, problems) = match read_sheet(Path::new(obs_path), sheet) {
        Ok(Loaded::Observations(file)) => validate::check_observations(file, Some(plan)),
        Ok(Loaded::Plan(_)) => {
            return Err(format!(
                "{obs_path}: 这是规划文件,不是观测数据 / this is a plan, not observations"
            ))
        }
        Err(e) => return Err(describe(obs_path, e)),
    };
    if !validate::is_clean(&problems) {
        return Err(describe(obs_path, LoadError::Problems(problems)));
    }
    Ok(set)
}

/// Formats problems as `file: path: 错误 [code] 中文 / English`, one per line.
pub fn describe(file: &str, e: LoadError) -> String {
    match e {
        LoadError::Io(msg) => msg,
        LoadError::Problems(problems) => problems
            .iter()
            .map(|p| problem_line(file, p, None))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

/// One problem as a line; both languages unless `lang` picks one.
pub fn problem_line(file: &str, p: &Problem, lang: Option<plan_gauge_core::Lang>) -> String {
    use plan_gauge_core::Lang;
    let strings = lang.unwrap_or(Lang::ZhHans).strings();
    let sev = if p.is_error() {
        strings.check_error
    } else {
        strings.check_warning
    };
    let location = if p.path.is_empty() {
        file.to_string()
    } else {
        format!("{file}: {}", p.path)
    };
    match lang {
        Some(l) => format!("{location}: {sev} [{}] {}", p.code.as_str(), p.message(l)),
        None => format!(
            "{location}: {sev} [{}] {}\n    {}",
            p.code.as_str(),
            p.message(Lang::ZhHans),
            p.message(Lang::En)
        ),
    }
}
