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

use plan_gauge_core::model::{Indicator, ObservationSet, Plan};
use plan_gauge_core::progress::{assess_plan, Options};
use plan_gauge_core::time::Date;
use plan_gauge_core::validate::{self, ObservationsFile, Problem};
use plan_gauge_core::Lang;
pub use plan_gauge_ui::ViewName;
use plan_gauge_ui::{Theme, Widget};

#[cfg(target_arch = "wasm32")]
mod web;
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

/// The first error among `problems`, as one line: `path: message`.
fn first_error(what: &str, problems: &[Problem]) -> Option<String> {
    let p = problems.iter().find(|p| p.is_error())?;
    let more = problems.iter().filter(|p| p.is_error()).count() - 1;
    let tail = if more > 0 {
        format!(" (and {more} more; run `plan-gauge check`)")
    } else {
        String::new()
    };
    Some(format!(
        "{what} is not valid: {}: {}{tail}",
        p.path,
        p.message(Lang::En)
    ))
}

/// Told after a shape error: the module does not track the path, `plan-gauge check` does.
const CHECK_HINT: &str = " (`plan-gauge check` names the field)";

/// Parses JSON without `validate::parse_plan`'s path tracking (serde_path_to_error), which would
/// add about a tenth to the module.
fn parse<T: serde::de::DeserializeOwned>(what: &str, json: &str) -> Result<T, String> {
    let json = validate::strip_bom(json);
    // A hostile file nested thousands deep would exhaust the stack while it is mapped.
    validate::check_depth(json)
        .map_err(|p| format!("{what} is not valid: {}", p.message(Lang::En)))?;
    read_json(json).map_err(|detail| format!("{what} is not valid: {detail}"))
}

/// Natively serde_json reads the text; in the browser the browser's own `JSON.parse` does and
/// serde-wasm-bindgen maps the result onto the model, which keeps a JSON parser out of the module.
#[cfg(not(target_arch = "wasm32"))]
fn read_json<T: serde::de::DeserializeOwned>(json: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| format!("{e}{CHECK_HINT}"))
}

#[cfg(target_arch = "wasm32")]
use web::read_json;

/// Parses and checks a plan file. The error names the first problem (and its path, once parsed).
pub fn load_plan(what: &str, json: &str) -> Result<Plan, String> {
    let plan: Plan = parse(what, json)?;
    match first_error(what, &validate::validate_plan(&plan)) {
        Some(e) => Err(e),
        None => Ok(plan),
    }
}

/// Parses and checks an observations file against its plan, JSON or CSV as
/// [`validate::is_csv`] decides, with the same checks as `plan-gauge check`
/// ([`validate::check_observations`]).
pub fn load_observations(what: &str, text: &str, plan: &Plan) -> Result<ObservationSet, String> {
    let file = if validate::is_csv(what, text) {
        let rows = validate::parse_observations_csv(text).map_err(|problems| {
            first_error(what, &problems).unwrap_or_else(|| format!("{what} is not valid CSV"))
        })?;
        ObservationsFile::Csv(rows)
    } else {
        ObservationsFile::Json(parse(what, text)?)
    };
    let (set, problems) = validate::check_observations(file, Some(plan));
    match first_error(what, &problems) {
        Some(e) => Err(e),
        None => Ok(set),
    }
}

/// Assesses the plan at `as_of` and picks what the element asked for: the ui's [`Widget`] with
/// the live dashboard's filters on.
pub fn prepare(
    config: &Config,
    plan: Plan,
    observations: Option<ObservationSet>,
    as_of: Date,
) -> Result<Widget, String> {
    let view = match config.view.as_deref() {
        None => ViewName::default(),
        Some(v) => v.parse()?,
    };
    let observations =
        observations.unwrap_or_else(|| ObservationSet::for_plan(&plan.id, Vec::new()));
    let assessments = assess_plan(&plan, &observations.observations, &Options::new(as_of));
    let focus = if view == ViewName::Dashboard {
        None
    } else {
        let ind = find_indicator(&plan, config.indicator.as_deref())?;
        let a = assessments
            .iter()
            .find(|a| a.indicator == ind.id && a.target == 0)
            .ok_or_else(|| format!("indicator `{}` has no target to show", ind.id))?;
        Some((ind.clone(), a.clone()))
    };
    Ok(Widget {
        view,
        lang: config.lang(),
        theme: config.theme_value(),
        plan,
        sample: observations.sample,
        observations: observations.observations,
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
    fn bad_data_is_an_error_with_a_path() {
        let err = load_plan("x.json", "{").unwrap_err();
        assert!(err.starts_with("x.json is not valid: "), "{err}");
        let wrong_format = PLAN.replace("plan-gauge/1", "plan-gauge/9");
        let err = load_plan("x.json", &wrong_format).unwrap_err();
        assert!(err.starts_with("x.json is not valid: format: "), "{err}");
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
        assert!(err.contains("10000"), "{err}");
    }

    #[test]
    fn observations_of_another_format_version_are_refused_as_check_refuses_them() {
        let plan = load_plan("p.json", PLAN).unwrap();
        let obs = format!(
            r#"{{"format":"plan-gauge/9","plan":"{}","observations":[]}}"#,
            plan.id
        );
        let err = load_observations("o.json", &obs, &plan).unwrap_err();
        assert!(err.contains("plan-gauge/9"), "{err}");
    }

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

        let header = load_observations("o.csv", "indicator,value\na,4\n", &plan).unwrap_err();
        assert!(
            header.starts_with("o.csv is not valid: line 1: "),
            "{header}"
        );
        let unknown = csv.replace("a,2023", "zzz,2023");
        let err = load_observations("o.csv", &unknown, &plan).unwrap_err();
        assert!(err.starts_with("o.csv is not valid: "), "{err}");
        assert!(err.contains("line 2 › indicator"), "{err}");
        assert!(err.contains("zzz"), "{err}");
    }

    #[test]
    fn prepares_the_assessment_of_the_chosen_indicator() {
        let plan = load_plan("demo.json", PLAN).unwrap();
        let obs = r#"{"format": "plan-gauge/1", "plan": "demo", "sample": true,
            "observations": [{"indicator": "a", "period": "2022", "value": 4},
                             {"indicator": "a", "period": "2023", "value": 10}]}"#;
        let set = load_observations("o.json", obs, &plan).unwrap();
        let config = Config {
            indicator: Some("a".into()),
            ..Config::default()
        };
        let as_of = Date::new(2024, 6, 1).unwrap();
        let w = prepare(&config, plan.clone(), Some(set), as_of).unwrap();
        assert_eq!(w.view, ViewName::Card);
        assert!(w.sample);
        assert_eq!(w.assessments.len(), 2, "one per target of every indicator");
        let (ind, a) = w.focus.unwrap();
        assert_eq!((ind.id.as_str(), a.indicator.as_str()), ("a", "a"));
        assert_eq!(a.latest.map(|l| l.value), Some(10.0));

        let dashboard = Config {
            view: Some("dashboard".into()),
            ..Config::default()
        };
        assert!(prepare(&dashboard, plan.clone(), None, as_of)
            .unwrap()
            .focus
            .is_none());
        let bad_view = Config {
            view: Some("pie".into()),
            ..Config::default()
        };
        assert!(prepare(&bad_view, plan, None, as_of).is_err());
    }
}
