//! plan-gauge-embed: the WebAssembly module behind `<script src="plan-gauge.js">`.
//!
//! The loader (`plan-gauge.js`, written by `plan-gauge build`) defines the `<plan-gauge>` element,
//! finds `[data-plan-gauge]` hosts, gives each an open shadow root whose `<slot>` shows the
//! element's light-DOM content (the static fallback), starts when a host nears the viewport,
//! fetches each data URL once (or reads inline `<script type="application/json">` data), and then
//! calls [`render`] synchronously. Rendering parses and checks the data, assesses it, and only then
//! replaces the slot with the widget, styled by `adoptedStyleSheets`. On any failure the fallback
//! stays and one `console.warn("plan-gauge: …")` says why.
//!
//! This file holds the parts that do not need a browser (they are tested natively); the browser
//! side lives in `web.rs` and is compiled for wasm32 only, so the crate builds natively as well.

use plan_gauge_core::model::{Indicator, Observation, ObservationSet, Plan};
use plan_gauge_core::progress::{assess_plan, Assessment, Options};
use plan_gauge_core::time::Date;
use plan_gauge_core::validate::{self, Code, ObservationsFile, Problem};
use plan_gauge_core::Lang;
pub use plan_gauge_ui::ViewName;
use plan_gauge_ui::{Theme, Widget};

#[cfg(target_arch = "wasm32")]
mod web;

/// talc instead of the standard dlmalloc: a smaller module, and the page has one thread.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the module runs on the page's one thread (no wasm threads are used).
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };

pub use plan_gauge_ui::{NEEDS_FULL, NEEDS_WORDS};
#[cfg(target_arch = "wasm32")]
pub use web::*;

/// What a host element asks for: `<plan-gauge src indicator view lang observations theme>`, or the
/// same names with a `data-` prefix on a `<div data-plan-gauge>`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    pub src: Option<String>,
    pub indicator: Option<String>,
    pub view: Option<String>,
    pub lang: Option<String>,
    pub observations: Option<String>,
    pub theme: Option<String>,
}

impl Config {
    /// Reads the options through `attr` (an attribute getter); `name` wins over `data-name`.
    pub fn read(attr: impl Fn(&str) -> Option<String>) -> Config {
        let get = |name: &str| {
            attr(name)
                .or_else(|| attr(&format!("data-{name}")))
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        Config {
            src: get("src"),
            indicator: get("indicator"),
            view: get("view"),
            lang: get("lang"),
            observations: get("observations"),
            theme: get("theme"),
        }
    }

    /// The display language: the `lang` option if it names a known locale, else zh-Hans.
    pub fn lang(&self) -> Lang {
        self.lang
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or_default()
    }

    /// The theme's name: `light` (default), `dark` or `large` ([`Theme::as_str`]).
    pub fn theme(&self) -> &'static str {
        self.theme_value().as_str()
    }

    /// The theme the `theme` option names exactly; any other value is the default.
    pub fn theme_value(&self) -> Theme {
        self.theme
            .as_deref()
            .and_then(|t| t.parse().ok())
            .unwrap_or_default()
    }
}

/// Why an element's data cannot be shown: the first error of the file with its path and code,
/// and how many more the file has. Written in each element's own language ([`DataError::line`]).
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    /// The file, as the element names it.
    pub what: String,
    pub problem: Problem,
    pub more: usize,
}

impl DataError {
    pub(crate) fn new(what: &str, problem: Problem) -> DataError {
        DataError {
            what: what.to_string(),
            problem,
            more: 0,
        }
    }

    /// The first error among `problems`, if any.
    fn first(what: &str, problems: Vec<Problem>) -> Option<DataError> {
        let more = problems
            .iter()
            .filter(|p| p.is_error())
            .count()
            .checked_sub(1)?;
        let problem = problems.into_iter().find(Problem::is_error)?;
        Some(DataError {
            more,
            ..DataError::new(what, problem)
        })
    }

    /// One line for the console in `lang`: `file: path: data problem [code] (facts) (and N more)
    /// — where to read more`. The code names the problem and the format page explains it; the
    /// full message of each code is `plan-gauge check`'s and the authoring page's, so that the
    /// widget carries no message templates.
    pub fn line(&self, lang: Lang) -> String {
        let s = lang.strings();
        let mut out = String::new();
        for part in [self.what.as_str(), self.problem.path.as_str()] {
            if !part.is_empty() {
                out.push_str(part);
                out.push_str(": ");
            }
        }
        out.push_str(s.data_error);
        out.push_str(&format!(" [{}]", self.problem.code.as_str()));
        let facts: Vec<String> = (self.problem.params.iter())
            .map(|(name, value)| format!("{name}: {value}"))
            .collect();
        if !facts.is_empty() {
            out.push_str(&format!(" ({})", facts.join("; ")));
        }
        if self.more > 0 {
            let count = self.more.to_string();
            out.push_str(&format!(
                " ({})",
                plan_gauge_core::i18n::fill(s.data_error_more, &[("count", &count)])
            ));
        }
        out.push_str(" — ");
        out.push_str(s.data_error_hint);
        out
    }
}

/// What went wrong while reading an element's data.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file has a problem (the same check as `plan-gauge check`).
    Data(DataError),
    /// Only the second module reads this file (observations as CSV).
    NeedsFull,
}

impl From<DataError> for LoadError {
    fn from(e: DataError) -> LoadError {
        LoadError::Data(e)
    }
}

/// Parses a JSON text into the tree the readers take: the browser's `JSON.parse` in the
/// module, serde_json natively. A file nested deeper than the core allows is refused before
/// parsing (a hostile file would otherwise exhaust the stack).
fn parse<R>(
    what: &str,
    json: &str,
    read: impl FnOnce(Json) -> Result<R, Problem>,
) -> Result<R, DataError> {
    let json = validate::strip_bom(json);
    validate::check_depth(json).map_err(|p| DataError::new(what, p))?;
    let tree = parse_json(json).map_err(|detail| {
        DataError::new(
            what,
            Problem::error("", Code::BadJson).with("detail", detail),
        )
    })?;
    read(tree).map_err(|p| DataError::new(what, p))
}

#[cfg(not(target_arch = "wasm32"))]
type Json = serde_json::Value;

#[cfg(not(target_arch = "wasm32"))]
fn parse_json(json: &str) -> Result<Json, String> {
    serde_json::from_str(json).map_err(|e| e.to_string())
}

#[cfg(target_arch = "wasm32")]
use web::{parse_json, Json};

/// Parses and checks a plan file.
pub fn load_plan(what: &str, json: &str) -> Result<Plan, DataError> {
    checked(what, parse(what, json, validate::read_plan)?)
}

/// `plan` if it passes the checks of `plan-gauge check`; else its first error.
fn checked(what: &str, plan: Plan) -> Result<Plan, DataError> {
    match DataError::first(what, validate::validate_plan(&plan)) {
        Some(e) => Err(e),
        None => Ok(plan),
    }
}

/// Parses and checks an observations file against its plan, JSON or CSV as
/// [`validate::is_csv`] decides, with the same checks as `plan-gauge check`
/// ([`validate::check_observations`]).
pub fn load_observations(what: &str, text: &str, plan: &Plan) -> Result<ObservationSet, LoadError> {
    let file = if validate::is_csv(what, text) {
        csv_file(what, text)?
    } else {
        ObservationsFile::Json(parse(what, text, validate::read_observation_set)?)
    };
    let (set, problems) = validate::check_observations(file, Some(plan));
    match DataError::first(what, problems) {
        Some(e) => Err(e.into()),
        None => Ok(set),
    }
}

#[cfg(feature = "full")]
fn csv_file(what: &str, text: &str) -> Result<ObservationsFile, LoadError> {
    let rows = validate::parse_observations_csv(text).map_err(|problems| {
        DataError::first(what, problems).unwrap_or_else(|| {
            DataError::new(what, Problem::error("", Code::CsvRow).with("detail", "?"))
        })
    })?;
    Ok(ObservationsFile::Csv(rows))
}

/// CSV observations are read by the second module.
#[cfg(not(feature = "full"))]
fn csv_file(_: &str, _: &str) -> Result<ObservationsFile, LoadError> {
    Err(LoadError::NeedsFull)
}

/// One data file pair, read, checked and assessed once for every element that names it.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub plan: Plan,
    pub observations: ObservationSet,
    pub assessments: Vec<Assessment>,
    pub as_of: Date,
}

impl Prepared {
    /// Assesses `plan` with its observations (none: an empty set) at `as_of`.
    pub fn new(plan: Plan, observations: Option<ObservationSet>, as_of: Date) -> Prepared {
        let observations =
            observations.unwrap_or_else(|| ObservationSet::for_plan(&plan.id, Vec::new()));
        let mut prepared = Prepared {
            plan,
            observations,
            assessments: Vec::new(),
            as_of,
        };
        prepared.assess();
        prepared
    }

    /// The same data assessed at another date (a page left open past midnight).
    pub fn at(&mut self, as_of: Date) {
        if as_of != self.as_of {
            self.as_of = as_of;
            self.assess();
        }
    }

    fn assess(&mut self) {
        let options = Options::new(self.as_of);
        self.assessments = assess_plan(&self.plan, &self.observations.observations, &options);
    }
}

/// How many indicators one step of [`Reading`] reads: a plan of thousands is read across several
/// tasks of the page, none of them long.
pub const BATCH: usize = 500;

/// A data key's files being read: the plan without its indicators, and the indicators' trees
/// still to read, a [`BATCH`] at a time ([`Reading::step`]); then [`Reading::finish`] checks the
/// plan and the observations and assesses them.
pub struct Reading {
    what: String,
    plan: Plan,
    rest: std::iter::Enumerate<std::vec::IntoIter<Json>>,
    observations: Option<(String, String)>,
}

impl Reading {
    /// Parses the plan text and reads all of it but its indicators.
    pub fn begin(
        plan_what: &str,
        plan_text: &str,
        observations: Option<(&str, &str)>,
    ) -> Result<Reading, DataError> {
        let (plan, items) = parse(plan_what, plan_text, validate::read_plan_deferred)?;
        Ok(Reading {
            what: plan_what.to_string(),
            plan: Plan {
                indicators: Vec::with_capacity(items.len()),
                ..plan
            },
            rest: items.into_iter().enumerate(),
            observations: observations.map(|(w, t)| (w.to_string(), t.to_string())),
        })
    }

    /// How many indicators are still to read.
    pub fn left(&self) -> usize {
        self.rest.len()
    }

    /// Reads up to [`BATCH`] more indicators.
    pub fn step(&mut self) -> Result<(), DataError> {
        for (i, tree) in self.rest.by_ref().take(BATCH) {
            let indicator =
                validate::read_indicator(i, tree).map_err(|p| DataError::new(&self.what, p))?;
            self.plan.indicators.push(indicator);
        }
        Ok(())
    }

    /// Checks the plan (as `plan-gauge check` does), reads and checks the observations, and
    /// assesses them at `as_of`.
    pub fn finish(self, as_of: Date) -> Result<Prepared, LoadError> {
        let plan = checked(&self.what, self.plan)?;
        let observations = match &self.observations {
            Some((what, text)) => Some(load_observations(what, text, &plan)?),
            None => None,
        };
        Ok(Prepared::new(plan, observations, as_of))
    }
}

/// Reads, checks and assesses a plan and its observations (the texts of one element's files)
/// in one go.
pub fn prepare_data(
    plan_what: &str,
    plan_text: &str,
    observations: Option<(&str, &str)>,
    as_of: Date,
) -> Result<Prepared, LoadError> {
    let mut reading = Reading::begin(plan_what, plan_text, observations)?;
    while reading.left() > 0 {
        reading.step()?;
    }
    reading.finish(as_of)
}

/// What the element asks for, from data read once: the ui's [`Widget`] with only what its view
/// shows (a card does not carry the plan's other indicators), with the live dashboard's filters
/// on. `Err(None)`: the view is in the second module only.
pub fn widget(config: &Config, data: &Prepared) -> Result<Widget, Option<String>> {
    let view = match config.view.as_deref() {
        None => ViewName::default(),
        Some(v) => v.parse().map_err(Some)?,
    };
    if view.needs_full() && !cfg!(feature = "full") {
        return Err(None);
    }
    let plan = &data.plan;
    let (plan, assessments, observations, focus) = if view == ViewName::Dashboard {
        (
            plan.clone(),
            data.assessments.clone(),
            data.observations.observations.clone(),
            None,
        )
    } else {
        let ind = find_indicator(plan, config.indicator.as_deref()).map_err(Some)?;
        let a = data
            .assessments
            .iter()
            .find(|a| a.indicator == ind.id && a.target == 0)
            .ok_or_else(|| Some(format!("indicator `{}` has no target to show", ind.id)))?;
        let observations = if view == ViewName::Trend {
            let of = |o: &&Observation| o.indicator == ind.id;
            data.observations
                .observations
                .iter()
                .filter(of)
                .cloned()
                .collect()
        } else {
            Vec::new()
        };
        // The card names the lead agency in the reader's language: the plan's agency names
        // are all it needs of the plan, and the other views need none of it. (Copying the
        // names and the plan's translations for each of 200 radial gauges was a tenth of their
        // drawing time.)
        let plan = Plan {
            format: plan.format.clone(),
            id: plan.id.clone(),
            title: plan.title.clone(),
            i18n: Default::default(),
            issuer: plan.issuer.clone(),
            issued: plan.issued.clone(),
            doc_number: plan.doc_number.clone(),
            period: plan.period,
            locale: plan.locale.clone(),
            source_url: plan.source_url.clone(),
            method: plan.method,
            sections: Vec::new(),
            tasks: Vec::new(),
            indicators: Vec::new(),
            agencies: if view == ViewName::Card {
                plan.agencies.clone()
            } else {
                Default::default()
            },
            notes: Vec::new(),
        };
        (
            plan,
            Vec::new(),
            observations,
            Some((ind.clone(), a.clone())),
        )
    };
    Ok(Widget {
        view,
        lang: config.lang(),
        theme: config.theme_value(),
        plan,
        sample: data.observations.sample,
        observations,
        assessments,
        focus,
        controls: true,
        trends: false,
    })
}

/// The indicator the element names; without an `indicator` option, the plan's first headline
/// indicator (or its first indicator).
pub fn find_indicator<'a>(plan: &'a Plan, id: Option<&str>) -> Result<&'a Indicator, String> {
    match id {
        Some(id) => plan
            .indicators
            .iter()
            .find(|i| i.id == id)
            .ok_or_else(|| format!("plan `{}` has no indicator `{id}`", plan.id)),
        None => plan
            .indicators
            .iter()
            .find(|i| i.headline)
            .or_else(|| plan.indicators.first())
            .ok_or_else(|| format!("plan `{}` has no indicators", plan.id)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = r#"{
      "format": "plan-gauge/1", "id": "demo", "title": "示例方案", "issuer": "示例局",
      "period": {"start": 2022, "end": 2025}, "locale": "zh-Hans",
      "sections": [{"id": "1", "label": "一、", "title": "目标"}],
      "indicators": [
        {"id": "a", "name": "甲", "unit": "家", "kind": "level", "section": "1",
         "targets": [{"milestones": [{"year": 2025, "value": 10}], "lead": ["甲局"],
                      "citation": {"quote": "到2025年甲达到10家", "section": "1"}}]},
        {"id": "b", "name": "乙", "i18n": {"en": "B"}, "unit": "家", "kind": "level",
         "section": "1", "headline": true,
         "targets": [{"milestones": [{"year": 2025, "value": 5}], "lead": ["乙局"],
                      "citation": {"quote": "到2025年乙达到5家", "section": "1"}}]}
      ]
    }"#;

    #[test]
    fn reads_attributes_and_data_attributes() {
        let cfg = Config::read(|n| match n {
            "src" => Some("plan.json".into()),
            "data-src" => Some("other.json".into()),
            "data-indicator" => Some(" b ".into()),
            "lang" => Some("".into()),
            "data-theme" => Some("dark".into()),
            _ => None,
        });
        assert_eq!(cfg.src.as_deref(), Some("plan.json"));
        assert_eq!(cfg.indicator.as_deref(), Some("b"));
        assert_eq!(cfg.lang, None);
        assert_eq!(cfg.lang(), Lang::ZhHans);
        assert_eq!(cfg.theme(), "dark");
        let en = Config::read(|n| (n == "lang").then(|| "en-GB".to_string()));
        assert_eq!(en.lang(), Lang::En);
        assert_eq!(en.theme(), "light");
    }

    /// The element's options are the ones plan-gauge-ui names (the loader watches the same).
    #[test]
    fn reads_exactly_the_element_options() {
        let asked = std::cell::RefCell::new(Vec::new());
        Config::read(|n| {
            asked.borrow_mut().push(n.to_string());
            None
        });
        let want: Vec<String> = plan_gauge_ui::ELEMENT_OPTIONS
            .iter()
            .flat_map(|o| [o.to_string(), format!("data-{o}")])
            .collect();
        assert_eq!(asked.into_inner(), want);
    }

    #[test]
    fn finds_the_named_or_the_headline_indicator() {
        let plan = load_plan("demo.json", PLAN).unwrap();
        assert_eq!(find_indicator(&plan, Some("a")).unwrap().id, "a");
        assert_eq!(find_indicator(&plan, None).unwrap().id, "b");
        let err = find_indicator(&plan, Some("zz")).unwrap_err();
        assert_eq!(err, "plan `demo` has no indicator `zz`");
        let b = find_indicator(&plan, None).unwrap();
        assert_eq!(plan_gauge_core::explain::indicator_name(b, Lang::En), "B");
        assert_eq!(
            plan_gauge_core::explain::indicator_name(b, Lang::ZhHant),
            "乙"
        );
    }

    #[test]
    fn bad_data_is_an_error_with_a_path_and_code_in_the_elements_language() {
        let err = load_plan("x.json", "{").unwrap_err();
        assert_eq!(err.problem.code, Code::BadJson);
        assert!(
            err.line(Lang::En)
                .starts_with("x.json: data problem [bad_json] (detail: "),
            "{err:?}"
        );
        let wrong_format = PLAN.replace("plan-gauge/1", "plan-gauge/9");
        let err = load_plan("x.json", &wrong_format).unwrap_err();
        let line = err.line(Lang::En);
        assert!(
            line.starts_with("x.json: format: data problem [format] (value: plan-gauge/9)"),
            "{line}"
        );
        assert!(
            line.contains("[format]") && line.contains("plan-gauge check"),
            "{line}"
        );
        let zh = err.line(Lang::ZhHans);
        assert!(
            zh.starts_with("x.json: format: 数据有误 [format]")
                && zh.contains("运行 plan-gauge check"),
            "{zh}"
        );

        let mistyped = PLAN.replace(
            r#""year": 2025, "value": 10"#,
            r#""year": "2025", "value": 10"#,
        );
        let err = load_plan("x.json", &mistyped).unwrap_err();
        assert_eq!(
            err.problem.path,
            "indicators[0].targets[0].milestones[0].year"
        );
        assert_eq!(err.problem.code, Code::WrongShape);
        let two_bad = PLAN.replace("\"section\": \"1\",", "\"section\": \"9\",");
        let err = load_plan("x.json", &two_bad).unwrap_err();
        assert_eq!(err.more, 1, "{err:?}");
        assert!(err.line(Lang::En).contains("(and 1 more)"));
    }

    #[test]
    fn observations_must_belong_to_the_plan() {
        let plan = load_plan("demo.json", PLAN).unwrap();
        let good = r#"{"format": "plan-gauge/1", "plan": "demo",
            "observations": [{"indicator": "a", "period": "2023", "value": 4}]}"#;
        assert_eq!(
            load_observations("o.json", good, &plan)
                .unwrap()
                .observations
                .len(),
            1
        );
        let other = good.replace("\"demo\"", "\"other\"");
        assert!(load_observations("o.json", &other, &plan).is_err());
    }

    #[test]
    fn a_plan_nested_thousands_deep_is_refused_without_parsing() {
        let hostile = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
        let err = load_plan("deep.json", &hostile).unwrap_err();
        assert!(err.line(Lang::En).contains("10000"), "{err:?}");
    }

    #[test]
    fn observations_of_another_format_version_are_refused_as_check_refuses_them() {
        let plan = load_plan("p.json", PLAN).unwrap();
        let obs = format!(
            r#"{{"format":"plan-gauge/9","plan":"{}","observations":[]}}"#,
            plan.id
        );
        let Err(LoadError::Data(err)) = load_observations("o.json", &obs, &plan) else {
            panic!("accepted");
        };
        assert!(err.line(Lang::En).contains("plan-gauge/9"), "{err:?}");
    }

    #[cfg(feature = "full")]
    #[test]
    fn observations_may_be_csv() {
        let plan = load_plan("demo.json", PLAN).unwrap();
        let csv = "\u{feff}indicator,period,value,status,source,published,note\n\
                   a,2023,4,provisional,甲局,2024-02-01,\n\
                   b,2024,,missing,乙局,2025-02-01,统计口径调整\n";
        let set = load_observations("o.csv", csv, &plan).unwrap();
        assert_eq!(set.plan, "demo");
        assert_eq!(set.observations.len(), 2);
        assert!(!set.sample);

        let line = |text: &str| match load_observations("o.csv", text, &plan) {
            Err(LoadError::Data(e)) => e.line(Lang::En),
            other => panic!("{other:?}"),
        };
        let header = line("indicator,value\na,4\n");
        assert!(header.starts_with("o.csv: line 1: "), "{header}");
        let err = line(&csv.replace("a,2023", "zzz,2023"));
        assert!(
            err.contains("line 2 › indicator") && err.contains("zzz"),
            "{err}"
        );
    }

    /// The first module leaves CSV to the second.
    #[cfg(not(feature = "full"))]
    #[test]
    fn csv_observations_ask_for_the_second_module() {
        let plan = load_plan("demo.json", PLAN).unwrap();
        let csv = "indicator,period,value,status,source,published\na,2023,4,,甲局,2024-02-01\n";
        assert_eq!(
            load_observations("o.csv", csv, &plan).unwrap_err(),
            LoadError::NeedsFull
        );
    }

    #[test]
    fn prepares_the_data_once_and_each_element_its_view() {
        let obs = r#"{"format": "plan-gauge/1", "plan": "demo", "sample": true,
            "observations": [{"indicator": "a", "period": "2022", "value": 4},
                             {"indicator": "a", "period": "2023", "value": 10}]}"#;
        let as_of = Date::new(2024, 6, 1).unwrap();
        let data = prepare_data("demo.json", PLAN, Some(("o.json", obs)), as_of).unwrap();
        assert_eq!(
            data.assessments.len(),
            2,
            "one per target of every indicator"
        );
        let config = Config {
            indicator: Some("a".into()),
            ..Config::default()
        };
        let w = widget(&config, &data).unwrap();
        assert_eq!(w.view, ViewName::Card);
        assert!(w.sample);
        let (ind, a) = w.focus.unwrap();
        assert_eq!((ind.id.as_str(), a.indicator.as_str()), ("a", "a"));
        assert_eq!(a.latest.map(|l| l.value), Some(10.0));
        assert!(
            w.plan.indicators.is_empty() && w.assessments.is_empty(),
            "a card carries its own"
        );

        let dashboard = Config {
            view: Some("dashboard".into()),
            ..Config::default()
        };
        let full = cfg!(feature = "full");
        match widget(&dashboard, &data) {
            Ok(w) => {
                assert!(full, "the first module has no dashboard");
                assert!(w.focus.is_none());
                assert_eq!(w.assessments.len(), 2);
            }
            Err(e) => assert!(e.is_none() && !full, "{e:?}"),
        }
        let bad_view = Config {
            view: Some("pie".into()),
            ..Config::default()
        };
        assert!(matches!(widget(&bad_view, &data), Err(Some(_))));
    }

    #[test]
    fn a_new_day_reassesses_the_same_data() {
        let obs = r#"{"format": "plan-gauge/1", "plan": "demo",
            "observations": [{"indicator": "a", "period": "2022", "value": 4}]}"#;
        let early = Date::new(2023, 1, 10).unwrap();
        let mut data = prepare_data("demo.json", PLAN, Some(("o.json", obs)), early).unwrap();
        let before = data.assessments.clone();
        data.at(Date::new(2025, 12, 31).unwrap());
        assert_ne!(before, data.assessments);
        assert_eq!(
            data.assessments,
            Prepared::new(
                data.plan.clone(),
                Some(data.observations.clone()),
                data.as_of
            )
            .assessments
        );
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_large_plan_is_read_a_batch_at_a_time() {
        let mut v: serde_json::Value = serde_json::from_str(PLAN).unwrap();
        let model = v["indicators"][0].clone();
        v["indicators"] = (0..1234)
            .map(|i| {
                let mut m = model.clone();
                m["id"] = format!("i{i}").into();
                m
            })
            .collect();
        let text = v.to_string();
        let mut reading = Reading::begin("big.json", &text, None).unwrap();
        let mut lefts = vec![reading.left()];
        while reading.left() > 0 {
            reading.step().unwrap();
            lefts.push(reading.left());
        }
        assert_eq!(lefts, [1234, 734, 234, 0]);
        let as_of = Date::new(2024, 6, 1).unwrap();
        let data = reading.finish(as_of).unwrap();
        assert_eq!(data.plan, load_plan("big.json", &text).unwrap());
        assert_eq!(data.assessments.len(), 1234);

        v["indicators"][500]["kind"] = "lvl".into();
        let bad = v.to_string();
        let mut reading = Reading::begin("big.json", &bad, None).unwrap();
        reading.step().unwrap();
        let err = reading.step().unwrap_err();
        assert_eq!(err.problem.path, "indicators[500].kind", "{err:?}");
    }
}
