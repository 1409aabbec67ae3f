//! Reading and checking plan-gauge files.
//!
//! Every problem is a [`Problem`] value: where it is (a path such as `indicators[3].targets[0]
//! .milestones[1].value`, or `line 5 › value` in CSV), a stable [`Code`], and the facts needed to
//! write the message in any locale ([`Problem::message`]). Nothing here panics, whatever the input.

use crate::i18n::Lang;
use crate::model::{
    Comparator, Direction, Indicator, Kind, ObsStatus, Observation, ObservationSet, Plan, Section,
    Series, FORMAT_V1, MAX_DECIMALS,
};
use crate::time::{Date, Period};
use serde::de::DeserializeOwned;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// How serious a problem is. Errors make `plan-gauge check` fail; warnings are printed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// What is wrong. Each code has a message template in every locale table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    /// The text is not valid JSON.
    JsonSyntax,
    /// Valid JSON, but a field has the wrong type, is missing or is unknown.
    JsonShape,
    /// `format` is not `plan-gauge/1`.
    Format,
    /// An id has characters other than lowercase ASCII letters, digits, `-` and `_`.
    IdSyntax,
    DuplicateId,
    /// A required text is empty.
    Empty,
    BadDate,
    BadPeriod,
    /// The plan's period ends before it starts or lies outside 1900–2100.
    PlanPeriod,
    UnknownLocale,
    UnknownSection,
    UnknownIndicator,
    /// Observations name another plan.
    PlanMismatch,
    /// An indicator other than a qualitative task has no target.
    NoTarget,
    NoMilestone,
    MilestonesOutOfOrder,
    /// A year lies outside the plan's period.
    YearOutsidePeriod,
    /// A value is missing where the kind needs one, or present where it must not be.
    ValueRequired,
    ValueForbidden,
    /// NaN or infinity.
    NotFinite,
    /// The unit does not fit the kind (shares and coverage are in %, …).
    UnitMismatch,
    /// A value is out of the range the kind allows (a share above 100%, a binary value of 2 …).
    OutOfRange,
    /// The comparator does not fit the kind, or `upper` is used without `range`.
    ComparatorMismatch,
    /// The series does not fit the kind.
    SeriesMismatch,
    /// A multiple target needs a baseline year.
    BaselineRequired,
    /// The baseline is not before the first milestone.
    BaselineOrder,
    DuplicateObservation,
    /// A missing observation has a value, or a value is absent without the missing status.
    MissingMismatch,
    /// A missing observation does not say why.
    MissingWithoutReason,
    UnknownStatus,
    NotANumber,
    /// CSV: a required column is absent or an unknown column is present.
    CsvHeader,
    /// CSV: wrong number of fields or an unclosed quote.
    CsvRow,
    /// A target names no lead agency.
    NoLeadAgency,
    /// An observation names no source.
    NoSource,
    /// Observations name a plan that was not given, so their indicators could not be checked.
    PlanNotGiven,
    // decimals and agency names (data2)
    /// An indicator's `decimals` is above [`MAX_DECIMALS`].
    BadDecimals,
    /// `agencies` names an agency that no target or task of the plan names (nor the issuer).
    UnknownAgency,
}

impl Code {
    /// Every code, in documentation order.
    pub fn all() -> impl Iterator<Item = Code> {
        CODE_NAMES.iter().map(|(c, _)| *c)
    }

    /// The snake_case name used in JSON output and documentation.
    pub fn as_str(self) -> &'static str {
        CODE_NAMES
            .iter()
            .find(|(c, _)| *c == self)
            .map(|(_, n)| *n)
            .unwrap_or("unknown")
    }
}

const CODE_NAMES: &[(Code, &str)] = &[
    (Code::JsonSyntax, "json_syntax"),
    (Code::JsonShape, "json_shape"),
    (Code::Format, "format"),
    (Code::IdSyntax, "id_syntax"),
    (Code::DuplicateId, "duplicate_id"),
    (Code::Empty, "empty"),
    (Code::BadDate, "bad_date"),
    (Code::BadPeriod, "bad_period"),
    (Code::PlanPeriod, "plan_period"),
    (Code::UnknownLocale, "unknown_locale"),
    (Code::UnknownSection, "unknown_section"),
    (Code::UnknownIndicator, "unknown_indicator"),
    (Code::PlanMismatch, "plan_mismatch"),
    (Code::NoTarget, "no_target"),
    (Code::NoMilestone, "no_milestone"),
    (Code::MilestonesOutOfOrder, "milestones_out_of_order"),
    (Code::YearOutsidePeriod, "year_outside_period"),
    (Code::ValueRequired, "value_required"),
    (Code::ValueForbidden, "value_forbidden"),
    (Code::NotFinite, "not_finite"),
    (Code::UnitMismatch, "unit_mismatch"),
    (Code::OutOfRange, "out_of_range"),
    (Code::ComparatorMismatch, "comparator_mismatch"),
    (Code::SeriesMismatch, "series_mismatch"),
    (Code::BaselineRequired, "baseline_required"),
    (Code::BaselineOrder, "baseline_order"),
    (Code::DuplicateObservation, "duplicate_observation"),
    (Code::MissingMismatch, "missing_mismatch"),
    (Code::MissingWithoutReason, "missing_without_reason"),
    (Code::UnknownStatus, "unknown_status"),
    (Code::NotANumber, "not_a_number"),
    (Code::CsvHeader, "csv_header"),
    (Code::CsvRow, "csv_row"),
    (Code::NoLeadAgency, "no_lead_agency"),
    (Code::NoSource, "no_source"),
    (Code::PlanNotGiven, "plan_not_given"),
    (Code::BadDecimals, "bad_decimals"),
    (Code::UnknownAgency, "unknown_agency"),
];

/// One problem found in a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    /// Where: `indicators[3].targets[0].value`, `observations[12].period`, `line 5 › value`.
    pub path: String,
    pub code: Code,
    /// The facts the message is made of, by name (`{value}`, `{kind}` …).
    pub params: Vec<(&'static str, String)>,
}

impl Problem {
    pub fn error(path: impl Into<String>, code: Code) -> Problem {
        Problem {
            severity: Severity::Error,
            path: path.into(),
            code,
            params: Vec::new(),
        }
    }

    pub fn warning(path: impl Into<String>, code: Code) -> Problem {
        Problem {
            severity: Severity::Warning,
            path: path.into(),
            code,
            params: Vec::new(),
        }
    }

    pub fn with(mut self, name: &'static str, value: impl ToString) -> Problem {
        self.params.push((name, value.to_string()));
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message in `lang`, with the facts filled in.
    pub fn message(&self, lang: Lang) -> String {
        let mut text = lang.strings().error_template(self.code).to_string();
        for (name, value) in &self.params {
            text = text.replace(&format!("{{{name}}}"), value);
        }
        text
    }
}

/// True when none of the problems is an error.
pub fn is_clean(problems: &[Problem]) -> bool {
    !problems.iter().any(Problem::is_error)
}

// ---------------------------------------------------------------------------------------------
// Parsing

/// Parses a plan file. Syntax and shape errors come back with their path and line.
pub fn parse_plan(json: &str) -> Result<Plan, Vec<Problem>> {
    parse_json(json)
}

/// Parses an observations file in JSON.
pub fn parse_observations_json(json: &str) -> Result<ObservationSet, Vec<Problem>> {
    parse_json(json)
}

fn parse_json<T: DeserializeOwned>(json: &str) -> Result<T, Vec<Problem>> {
    let json = json.strip_prefix('\u{feff}').unwrap_or(json);
    let mut de = serde_json::Deserializer::from_str(json);
    let parsed: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    let value = match parsed {
        Ok(v) => v,
        Err(e) => {
            let path = e.path().to_string();
            let inner = e.into_inner();
            let code = if inner.is_syntax() || inner.is_eof() {
                Code::JsonSyntax
            } else {
                Code::JsonShape
            };
            let path = if path == "." || code == Code::JsonSyntax {
                String::new()
            } else {
                path
            };
            return Err(vec![Problem::error(path, code)
                .with("line", inner.line())
                .with("column", inner.column())
                .with("detail", strip_position(&inner.to_string()))]);
        }
    };
    match de.end() {
        Ok(()) => Ok(value),
        Err(e) => Err(vec![Problem::error("", Code::JsonSyntax)
            .with("line", e.line())
            .with("column", e.column())
            .with("detail", strip_position(&e.to_string()))]),
    }
}

fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

/// The columns of an observations CSV file, in the order we write them.
pub const CSV_COLUMNS: [&str; 6] = [
    "indicator",
    "period",
    "value",
    "status",
    "source",
    "published",
];

/// Parses observations kept as CSV (`indicator,period,value,status,source,published[,note]`).
///
/// Columns may come in any order; `note` is optional. An empty value is a missing observation;
/// qualitative stages may be written `not_started`, `in_progress`, `done`. Status accepts names
/// (`provisional`) and SDMX codes (`P`). Problems carry `line N › column`.
pub fn parse_observations_csv(text: &str) -> Result<Vec<Observation>, Vec<Problem>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rows = match csv_rows(text) {
        Ok(rows) => rows,
        Err(line) => {
            return Err(vec![
                Problem::error(format!("line {line}"), Code::CsvRow).with("detail", "quote")
            ])
        }
    };
    let mut rows = rows
        .into_iter()
        .filter(|(_, r)| !(r.len() == 1 && r[0].trim().is_empty()));
    let Some((_, header)) = rows.next() else {
        return Err(vec![
            Problem::error("line 1", Code::CsvHeader).with("column", CSV_COLUMNS.join(","))
        ]);
    };
    let header: Vec<String> = header
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let mut problems = Vec::new();
    let col = |name: &str| header.iter().position(|h| h == name);
    for name in CSV_COLUMNS {
        if col(name).is_none() {
            problems.push(Problem::error("line 1", Code::CsvHeader).with("column", name));
        }
    }
    for h in &header {
        if !CSV_COLUMNS.contains(&h.as_str()) && h != "note" {
            problems.push(Problem::error("line 1", Code::CsvHeader).with("column", h));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let note_col = col("note");
    let mut out = Vec::new();
    for (line, row) in rows {
        if row.len() != header.len() {
            problems.push(
                Problem::error(format!("line {line}"), Code::CsvRow)
                    .with("detail", format!("{} / {}", row.len(), header.len())),
            );
            continue;
        }
        let field = |name: &str| {
            col(name)
                .and_then(|i| row.get(i))
                .map(|s| s.trim())
                .unwrap_or("")
        };
        let at = |name: &str| format!("line {line} › {name}");
        let status = match ObsStatus::parse(field("status")) {
            Some(s) => s,
            None => {
                problems.push(
                    Problem::error(at("status"), Code::UnknownStatus)
                        .with("value", field("status")),
                );
                continue;
            }
        };
        let raw = field("value");
        let value = if raw.is_empty() {
            None
        } else if let Some(stage) = stage_word(raw) {
            Some(stage)
        } else {
            match raw.parse::<f64>() {
                Ok(v) => Some(v),
                Err(_) => {
                    problems.push(Problem::error(at("value"), Code::NotANumber).with("value", raw));
                    continue;
                }
            }
        };
        let note = note_col
            .and_then(|i| row.get(i))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty());
        out.push(Observation {
            indicator: field("indicator").to_string(),
            period: field("period").to_string(),
            value,
            status,
            note,
            source: field("source").to_string(),
            published: field("published").to_string(),
        });
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    }
}

fn stage_word(s: &str) -> Option<f64> {
    match s {
        "not_started" => Some(0.0),
        "in_progress" => Some(1.0),
        "done" => Some(2.0),
        _ => None,
    }
}

/// Splits CSV text into rows of fields (RFC 4180: quotes, doubled quotes, CRLF), each with the
/// line it starts on. An unclosed quote gives `Err(line)`.
fn csv_rows(text: &str) -> Result<Vec<(usize, Vec<String>)>, usize> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut line = 1;
    let mut row_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.trim().is_empty() => {
                field.clear();
                in_quotes = true;
            }
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                rows.push((row_line, std::mem::take(&mut row)));
                line += 1;
                row_line = line;
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(row_line);
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push((row_line, row));
    }
    Ok(rows)
}

/// Writes observations as CSV with the standard columns plus `note`.
pub fn observations_to_csv(obs: &[Observation]) -> String {
    let mut out = String::from("indicator,period,value,status,source,published,note\n");
    for o in obs {
        let value = o.value.map(|v| v.to_string()).unwrap_or_default();
        let fields = [
            o.indicator.as_str(),
            o.period.as_str(),
            value.as_str(),
            o.status.as_str(),
            o.source.as_str(),
            o.published.as_str(),
            o.note.as_deref().unwrap_or(""),
        ];
        let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&line.join(","));
        out.push('\n');
    }
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

// ---------------------------------------------------------------------------------------------
// Checking

/// Parses and checks a plan file; all problems, or none.
pub fn check_plan_json(json: &str) -> Vec<Problem> {
    match parse_plan(json) {
        Ok(plan) => validate_plan(&plan),
        Err(p) => p,
    }
}

/// Parses and checks an observations JSON file on its own (without its plan).
pub fn check_observations_json(json: &str) -> Vec<Problem> {
    match parse_observations_json(json) {
        Ok(set) => validate_observation_set(&set, None),
        Err(p) => p,
    }
}

/// Parses and checks an observations CSV file on its own (without its plan).
pub fn check_observations_csv(text: &str) -> Vec<Problem> {
    match parse_observations_csv(text) {
        Ok(obs) => validate_observations(&obs, None, &PathStyle::Csv),
        Err(p) => p,
    }
}

fn id_ok(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_' || b == b'.'
        })
}

const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Checks everything about a plan that its types cannot say.
pub fn validate_plan(plan: &Plan) -> Vec<Problem> {
    let mut out = Vec::new();
    if plan.format != FORMAT_V1 {
        out.push(Problem::error("format", Code::Format).with("value", &plan.format));
    }
    if !id_ok(&plan.id) {
        out.push(Problem::error("id", Code::IdSyntax).with("value", &plan.id));
    }
    for (field, text) in [("title", &plan.title), ("issuer", &plan.issuer)] {
        if text.trim().is_empty() {
            out.push(Problem::error(field, Code::Empty));
        }
    }
    if let Some(issued) = plan.issued.as_deref().filter(|d| Date::parse(d).is_none()) {
        out.push(Problem::error("issued", Code::BadDate).with("value", issued));
    }
    let period = plan.period;
    let period_ok = period.start <= period.end
        && YEAR_RANGE.contains(&period.start)
        && YEAR_RANGE.contains(&period.end);
    if !period_ok {
        out.push(
            Problem::error("period", Code::PlanPeriod)
                .with("start", period.start)
                .with("end", period.end),
        );
    }
    if Lang::parse(&plan.locale).is_none() {
        out.push(Problem::error("locale", Code::UnknownLocale).with("value", &plan.locale));
    }
    check_i18n_keys(&plan.i18n, "i18n", &mut out);

    let mut sections = BTreeSet::new();
    check_sections(&plan.sections, "sections", &mut sections, &mut out);
    let section_ref = |id: &str, path: String, out: &mut Vec<Problem>| {
        if !sections.contains(id) {
            out.push(Problem::error(path, Code::UnknownSection).with("value", id));
        }
    };

    let mut task_ids = HashSet::new();
    for (i, t) in plan.tasks.iter().enumerate() {
        let p = format!("tasks[{i}]");
        if !id_ok(&t.id) {
            out.push(Problem::error(format!("{p}.id"), Code::IdSyntax).with("value", &t.id));
        } else if !task_ids.insert(t.id.as_str()) {
            out.push(Problem::error(format!("{p}.id"), Code::DuplicateId).with("value", &t.id));
        }
        section_ref(&t.section, format!("{p}.section"), &mut out);
        if t.title.trim().is_empty() {
            out.push(Problem::error(format!("{p}.title"), Code::Empty));
        }
    }

    let mut ind_ids = HashSet::new();
    for (i, ind) in plan.indicators.iter().enumerate() {
        let p = format!("indicators[{i}]");
        if !id_ok(&ind.id) {
            out.push(Problem::error(format!("{p}.id"), Code::IdSyntax).with("value", &ind.id));
        } else if !ind_ids.insert(ind.id.as_str()) {
            out.push(Problem::error(format!("{p}.id"), Code::DuplicateId).with("value", &ind.id));
        }
        if ind.name.trim().is_empty() {
            out.push(Problem::error(format!("{p}.name"), Code::Empty));
        }
        check_i18n_keys(&ind.i18n, &format!("{p}.i18n"), &mut out);
        if let Some(s) = &ind.section {
            section_ref(s, format!("{p}.section"), &mut out);
        }
        validate_indicator(ind, &p, plan, period_ok, &mut out);
        for (t, target) in ind.targets.iter().enumerate() {
            section_ref(
                &target.citation.section,
                format!("{p}.targets[{t}].citation.section"),
                &mut out,
            );
        }
    }
    check_agencies(plan, &mut out);
    for (i, note) in plan.notes.iter().enumerate() {
        for (j, id) in note.indicators.iter().enumerate() {
            if !plan.indicators.iter().any(|ind| &ind.id == id) {
                out.push(
                    Problem::error(
                        format!("notes[{i}].indicators[{j}]"),
                        Code::UnknownIndicator,
                    )
                    .with("value", id),
                );
            }
        }
    }
    out
}

/// `agencies`: every key an agency the plan names (a lead or partner of a target or task, or the
/// issuer), every name keyed by a known locale and not empty.
fn check_agencies(plan: &Plan, out: &mut Vec<Problem>) {
    let named = |name: &str| {
        plan.issuer == name
            || plan
                .tasks
                .iter()
                .any(|t| t.lead.iter().chain(&t.partners).any(|a| a == name))
            || plan.indicators.iter().any(|ind| {
                ind.targets
                    .iter()
                    .any(|t| t.lead.iter().chain(&t.partners).any(|a| a == name))
            })
    };
    for (agency, names) in &plan.agencies {
        let p = format!("agencies.{agency}");
        if !named(agency) {
            out.push(Problem::warning(p.clone(), Code::UnknownAgency).with("value", agency));
        }
        check_i18n_keys(names, &p, out);
        for (tag, name) in names {
            if name.trim().is_empty() {
                out.push(Problem::error(format!("{p}.{tag}"), Code::Empty));
            }
        }
    }
}

fn check_i18n_keys(map: &BTreeMap<String, String>, path: &str, out: &mut Vec<Problem>) {
    for key in map.keys() {
        if Lang::parse(key).is_none() {
            out.push(
                Problem::error(format!("{path}.{key}"), Code::UnknownLocale).with("value", key),
            );
        }
    }
}

fn check_sections<'a>(
    list: &'a [Section],
    path: &str,
    seen: &mut BTreeSet<&'a str>,
    out: &mut Vec<Problem>,
) {
    for (i, s) in list.iter().enumerate() {
        let p = format!("{path}[{i}]");
        if s.id.trim().is_empty() {
            out.push(Problem::error(format!("{p}.id"), Code::Empty));
        } else if !seen.insert(s.id.as_str()) {
            out.push(Problem::error(format!("{p}.id"), Code::DuplicateId).with("value", &s.id));
        }
        check_i18n_keys(&s.i18n, &format!("{p}.i18n"), out);
        check_sections(&s.children, &format!("{p}.children"), seen, out);
    }
}

/// The unit a kind requires, if any: `Some("%")` for shares and coverage, `Some("")` for kinds
/// that have no unit.
fn required_unit(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::Share | Kind::Coverage => Some("%"),
        Kind::Binary | Kind::Qualitative => Some(""),
        _ => None,
    }
}

fn comparator_fits(kind: Kind, cmp: Comparator) -> bool {
    match kind {
        Kind::AnnualRange => cmp == Comparator::Range,
        Kind::Binary | Kind::Coverage | Kind::Qualitative | Kind::Multiple => cmp == Comparator::Ge,
        Kind::AnnualFloor => cmp != Comparator::Range,
        Kind::Level | Kind::Share | Kind::GrowthRate | Kind::Cumulative => true,
    }
}

fn series_fits(kind: Kind, series: Series) -> bool {
    match kind {
        Kind::Level | Kind::Share | Kind::Coverage | Kind::Binary | Kind::Multiple => {
            series == Series::Level
        }
        Kind::GrowthRate => matches!(series, Series::Level | Series::Rate),
        Kind::AnnualFloor | Kind::AnnualRange => series == Series::Flow,
        Kind::Cumulative => matches!(series, Series::Flow | Series::RunningTotal),
        Kind::Qualitative => series == Series::Stage,
    }
}

fn validate_indicator(
    ind: &Indicator,
    p: &str,
    plan: &Plan,
    period_ok: bool,
    out: &mut Vec<Problem>,
) {
    let kind = ind.kind;
    if let Some(d) = ind.decimals.filter(|d| *d > MAX_DECIMALS) {
        out.push(
            Problem::error(format!("{p}.decimals"), Code::BadDecimals)
                .with("value", d)
                .with("max", MAX_DECIMALS),
        );
    }
    if let Some(unit) = required_unit(kind) {
        if ind.unit.trim() != unit {
            out.push(
                Problem::error(format!("{p}.unit"), Code::UnitMismatch)
                    .with("value", &ind.unit)
                    .with("kind", kind.as_str())
                    .with("expected", if unit.is_empty() { "\"\"" } else { unit }),
            );
        }
    } else if ind.unit.trim().is_empty() {
        out.push(Problem::error(format!("{p}.unit"), Code::Empty));
    }
    if let Some(series) = ind.series {
        if !series_fits(kind, series) {
            out.push(
                Problem::error(format!("{p}.series"), Code::SeriesMismatch)
                    .with("kind", kind.as_str()),
            );
        }
    }
    if ind.direction == Direction::Lower
        && matches!(
            kind,
            Kind::Binary | Kind::Coverage | Kind::Qualitative | Kind::Multiple
        )
    {
        out.push(
            Problem::error(format!("{p}.direction"), Code::ComparatorMismatch)
                .with("kind", kind.as_str()),
        );
    }
    if ind.targets.is_empty() {
        out.push(Problem::error(format!("{p}.targets"), Code::NoTarget));
    }
    let period = plan.period;
    for (t, target) in ind.targets.iter().enumerate() {
        let tp = format!("{p}.targets[{t}]");
        if target.lead.iter().all(|l| l.trim().is_empty()) {
            out.push(Problem::warning(format!("{tp}.lead"), Code::NoLeadAgency));
        }
        if target.citation.quote.trim().is_empty() {
            out.push(Problem::error(format!("{tp}.citation.quote"), Code::Empty));
        }
        if target.milestones.is_empty() {
            out.push(Problem::error(
                format!("{tp}.milestones"),
                Code::NoMilestone,
            ));
        }
        let mut last_year = None;
        for (m, ms) in target.milestones.iter().enumerate() {
            let mp = format!("{tp}.milestones[{m}]");
            if let Some(prev) = last_year {
                if ms.year <= prev {
                    out.push(
                        Problem::error(format!("{mp}.year"), Code::MilestonesOutOfOrder)
                            .with("year", ms.year)
                            .with("previous", prev),
                    );
                }
            }
            last_year = Some(ms.year);
            if period_ok && (ms.year < period.start || ms.year > period.end) {
                out.push(
                    Problem::error(format!("{mp}.year"), Code::YearOutsidePeriod)
                        .with("year", ms.year)
                        .with("start", period.start)
                        .with("end", period.end),
                );
            }
            validate_milestone_value(kind, ms, &mp, out);
            if !comparator_fits(kind, ms.cmp) {
                out.push(
                    Problem::error(format!("{mp}.cmp"), Code::ComparatorMismatch)
                        .with("kind", kind.as_str())
                        .with("value", ms.cmp.symbol()),
                );
            }
            match (ms.cmp, ms.upper) {
                (Comparator::Range, None) => {
                    out.push(Problem::error(format!("{mp}.upper"), Code::ValueRequired))
                }
                (Comparator::Range, Some(u)) => {
                    if !u.is_finite() {
                        out.push(Problem::error(format!("{mp}.upper"), Code::NotFinite));
                    } else if ms.value.is_some_and(|v| u < v) {
                        out.push(
                            Problem::error(format!("{mp}.upper"), Code::OutOfRange)
                                .with("value", u),
                        );
                    }
                }
                (_, Some(_)) => out.push(
                    Problem::error(format!("{mp}.upper"), Code::ComparatorMismatch)
                        .with("kind", kind.as_str())
                        .with("value", ms.cmp.symbol()),
                ),
                (_, None) => {}
            }
        }
        if let Some(from) = target.from_year {
            if period_ok && (from < period.start || from > period.end) {
                out.push(
                    Problem::error(format!("{tp}.from_year"), Code::YearOutsidePeriod)
                        .with("year", from)
                        .with("start", period.start)
                        .with("end", period.end),
                );
            }
        }
        match &target.baseline {
            Some(b) => {
                if let Some(v) = b.value {
                    if !v.is_finite() {
                        out.push(Problem::error(
                            format!("{tp}.baseline.value"),
                            Code::NotFinite,
                        ));
                    }
                }
                if let Some(first) = target.milestones.first() {
                    if b.year >= first.year {
                        out.push(
                            Problem::error(format!("{tp}.baseline.year"), Code::BaselineOrder)
                                .with("year", b.year)
                                .with("first", first.year),
                        );
                    }
                }
                if !YEAR_RANGE.contains(&b.year) {
                    out.push(
                        Problem::error(format!("{tp}.baseline.year"), Code::OutOfRange)
                            .with("value", b.year),
                    );
                }
            }
            None if kind == Kind::Multiple => out.push(Problem::error(
                format!("{tp}.baseline"),
                Code::BaselineRequired,
            )),
            None => {}
        }
    }
}

fn validate_milestone_value(
    kind: Kind,
    ms: &crate::model::Milestone,
    mp: &str,
    out: &mut Vec<Problem>,
) {
    let vp = format!("{mp}.value");
    let Some(v) = ms.value else {
        if kind != Kind::Qualitative {
            out.push(Problem::error(vp, Code::ValueRequired).with("kind", kind.as_str()));
        }
        return;
    };
    if kind == Kind::Qualitative {
        out.push(Problem::error(vp, Code::ValueForbidden).with("kind", kind.as_str()));
        return;
    }
    if !v.is_finite() {
        out.push(Problem::error(vp, Code::NotFinite));
        return;
    }
    let ok = match kind {
        Kind::Share => (0.0..=100.0).contains(&v),
        Kind::Coverage => v > 0.0 && v <= 100.0,
        Kind::Binary => v == 1.0,
        Kind::Multiple => v > 1.0,
        Kind::GrowthRate => v > -100.0,
        Kind::AnnualFloor | Kind::AnnualRange | Kind::Cumulative => v >= 0.0,
        Kind::Level | Kind::Qualitative => true,
    };
    if !ok {
        out.push(
            Problem::error(vp, Code::OutOfRange)
                .with("value", v)
                .with("kind", kind.as_str()),
        );
    }
}

/// How paths into observations are written.
pub enum PathStyle {
    /// `observations[3].value`
    Json,
    /// `line 4 › value` (the header is line 1; assumes one line per row).
    Csv,
}

impl PathStyle {
    fn at(&self, i: usize, field: &str) -> String {
        match self {
            PathStyle::Json => format!("observations[{i}].{field}"),
            PathStyle::Csv => format!("line {} › {field}", i + 2),
        }
    }
}

/// Checks an observations file, against its plan when given.
pub fn validate_observation_set(set: &ObservationSet, plan: Option<&Plan>) -> Vec<Problem> {
    let mut out = Vec::new();
    if set.format != FORMAT_V1 {
        out.push(Problem::error("format", Code::Format).with("value", &set.format));
    }
    if let Some(plan) = plan {
        if set.plan != plan.id {
            out.push(
                Problem::error("plan", Code::PlanMismatch)
                    .with("value", &set.plan)
                    .with("expected", &plan.id),
            );
        }
    }
    out.extend(validate_observations(
        &set.observations,
        plan,
        &PathStyle::Json,
    ));
    out
}

/// Checks observations: periods, values against the missing status, duplicates, and — with the
/// plan — unknown indicators and values the indicator's kind cannot take.
pub fn validate_observations(
    obs: &[Observation],
    plan: Option<&Plan>,
    style: &PathStyle,
) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let by_id: std::collections::HashMap<&str, &Indicator> = plan
        .map(|p| {
            p.indicators
                .iter()
                .map(|ind| (ind.id.as_str(), ind))
                .collect()
        })
        .unwrap_or_default();
    for (i, o) in obs.iter().enumerate() {
        let indicator = plan.map(|_| by_id.get(o.indicator.as_str()).copied());
        if let Some(None) = indicator {
            out.push(
                Problem::error(style.at(i, "indicator"), Code::UnknownIndicator)
                    .with("value", &o.indicator),
            );
        }
        let period = Period::parse(&o.period);
        match period {
            None => out.push(
                Problem::error(style.at(i, "period"), Code::BadPeriod).with("value", &o.period),
            ),
            Some(p) => {
                if !seen.insert((o.indicator.as_str(), p)) {
                    out.push(
                        Problem::error(style.at(i, "period"), Code::DuplicateObservation)
                            .with("indicator", &o.indicator)
                            .with("value", &o.period),
                    );
                }
                if let Some(plan) = plan {
                    let (start, end) = (plan.period.start, plan.period.end);
                    if p.year() < start - 10 || p.year() > end + 10 {
                        out.push(
                            Problem::warning(style.at(i, "period"), Code::YearOutsidePeriod)
                                .with("year", p.year())
                                .with("start", start)
                                .with("end", end),
                        );
                    }
                }
            }
        }
        match (o.value, o.status == ObsStatus::Missing) {
            (Some(_), true) | (None, false) => {
                out.push(
                    Problem::error(style.at(i, "value"), Code::MissingMismatch)
                        .with("status", o.status.as_str()),
                );
            }
            (None, true) => {
                if o.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
                    out.push(Problem::error(
                        style.at(i, "note"),
                        Code::MissingWithoutReason,
                    ));
                }
            }
            (Some(v), false) => {
                if !v.is_finite() {
                    out.push(Problem::error(style.at(i, "value"), Code::NotFinite));
                } else if let Some(Some(ind)) = indicator {
                    if let Some(problem) = observation_range(ind, v) {
                        out.push(
                            Problem::error(style.at(i, "value"), problem)
                                .with("value", v)
                                .with("kind", ind.kind.as_str()),
                        );
                    }
                }
            }
        }
        if !o.published.is_empty() && Date::parse(&o.published).is_none() {
            out.push(
                Problem::error(style.at(i, "published"), Code::BadDate).with("value", &o.published),
            );
        }
        if o.source.trim().is_empty() {
            out.push(Problem::warning(style.at(i, "source"), Code::NoSource));
        }
    }
    out
}

fn observation_range(ind: &Indicator, v: f64) -> Option<Code> {
    let series = ind.series.unwrap_or(ind.kind.default_series());
    let ok = match (ind.kind, series) {
        (Kind::Share | Kind::Coverage, _) => (0.0..=100.0).contains(&v),
        (Kind::Binary, _) => v == 0.0 || v == 1.0,
        (_, Series::Stage) => v == 0.0 || v == 1.0 || v == 2.0,
        (_, Series::Rate) => v > -100.0,
        _ => true,
    };
    (!ok).then_some(Code::OutOfRange)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(problems: &[Problem]) -> Vec<(String, Code)> {
        problems.iter().map(|p| (p.path.clone(), p.code)).collect()
    }

    const MINIMAL: &str = r#"{
      "format": "plan-gauge/1", "id": "demo", "title": "示例方案", "issuer": "某区科技局",
      "issued": "2022-07-22", "period": {"start": 2022, "end": 2025}, "locale": "zh-Hans",
      "sections": [{"id": "1", "label": "一、", "title": "主要目标"}],
      "indicators": [{
        "id": "firms", "name": "高新技术企业数量", "unit": "家", "kind": "level",
        "targets": [{"milestones": [{"year": 2025, "value": 685}], "lead": ["区科技局"],
                     "citation": {"quote": "高新技术企业数量达到685家", "section": "1"}}]
      }]
    }"#;

    fn plan_with(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<Problem> {
        let mut v: serde_json::Value =
            serde_json::from_str(MINIMAL).expect("fixture is valid JSON");
        edit(&mut v);
        check_plan_json(&v.to_string())
    }

    #[test]
    fn minimal_plan_is_clean() {
        assert_eq!(check_plan_json(MINIMAL), vec![]);
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let p = check_plan_json("{\n  \"format\": ,\n}");
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].code, Code::JsonSyntax);
        assert!(
            p[0].message(Lang::En).contains("line 2"),
            "{}",
            p[0].message(Lang::En)
        );
        assert!(
            p[0].message(Lang::ZhHans).contains("第2行"),
            "{}",
            p[0].message(Lang::ZhHans)
        );
    }

    #[test]
    fn shape_errors_carry_the_path() {
        let p = plan_with(|v| {
            v["indicators"][0]["targets"][0]["milestones"][0]["value"] = "685".into()
        });
        assert_eq!(
            codes(&p),
            vec![(
                "indicators[0].targets[0].milestones[0].value".into(),
                Code::JsonShape
            )]
        );
        let p = plan_with(|v| v["indicators"][0]["kind"] = "speed".into());
        assert_eq!(
            codes(&p),
            vec![("indicators[0].kind".into(), Code::JsonShape)]
        );
    }

    #[test]
    fn duplicate_ids_and_unknown_sections_are_found() {
        let p = plan_with(|v| {
            let ind = v["indicators"][0].clone();
            v["indicators"].as_array_mut().expect("array").push(ind);
            v["indicators"][1]["section"] = "9".into();
        });
        assert_eq!(
            codes(&p),
            vec![
                ("indicators[1].id".into(), Code::DuplicateId),
                ("indicators[1].section".into(), Code::UnknownSection),
            ]
        );
    }

    #[test]
    fn milestones_must_be_ordered_and_inside_the_period() {
        let p = plan_with(|v| {
            v["indicators"][0]["targets"][0]["milestones"] = serde_json::json!([{"year": 2024, "value": 600}, {"year": 2023, "value": 650}, {"year": 2030, "value": 700}]);
        });
        assert_eq!(
            codes(&p),
            vec![
                (
                    "indicators[0].targets[0].milestones[1].year".into(),
                    Code::MilestonesOutOfOrder
                ),
                (
                    "indicators[0].targets[0].milestones[2].year".into(),
                    Code::YearOutsidePeriod
                ),
            ]
        );
    }

    #[test]
    fn unit_and_comparator_must_fit_the_kind() {
        let p = plan_with(|v| {
            v["indicators"][0]["kind"] = "share".into();
            v["indicators"][0]["targets"][0]["milestones"][0]["cmp"] = "range".into();
        });
        assert_eq!(
            codes(&p),
            vec![
                ("indicators[0].unit".into(), Code::UnitMismatch),
                (
                    "indicators[0].targets[0].milestones[0].value".into(),
                    Code::OutOfRange
                ),
                (
                    "indicators[0].targets[0].milestones[0].upper".into(),
                    Code::ValueRequired
                ),
            ]
        );
        let p = plan_with(|v| {
            v["indicators"][0]["kind"] = "binary".into();
            v["indicators"][0]["unit"] = "".into();
            v["indicators"][0]["targets"][0]["milestones"][0] =
                serde_json::json!({"year": 2025, "value": 1, "cmp": "<="});
        });
        assert_eq!(
            codes(&p),
            vec![(
                "indicators[0].targets[0].milestones[0].cmp".into(),
                Code::ComparatorMismatch
            )]
        );
    }

    #[test]
    fn multiples_need_a_baseline_before_the_first_milestone() {
        let p = plan_with(|v| {
            v["indicators"][0]["kind"] = "multiple".into();
            v["indicators"][0]["targets"][0]["milestones"][0]["value"] = 1.into();
        });
        assert_eq!(
            codes(&p),
            vec![
                (
                    "indicators[0].targets[0].milestones[0].value".into(),
                    Code::OutOfRange
                ),
                (
                    "indicators[0].targets[0].baseline".into(),
                    Code::BaselineRequired
                ),
            ]
        );
        let p = plan_with(|v| {
            v["indicators"][0]["kind"] = "multiple".into();
            v["indicators"][0]["targets"][0]["milestones"][0]["value"] = 2.into();
            v["indicators"][0]["targets"][0]["baseline"] = serde_json::json!({"year": 2025});
        });
        assert_eq!(
            codes(&p),
            vec![(
                "indicators[0].targets[0].baseline.year".into(),
                Code::BaselineOrder
            )]
        );
    }

    #[test]
    fn observations_check_missing_values_duplicates_and_indicators() {
        let plan = parse_plan(MINIMAL).expect("fixture parses");
        let csv = "indicator,period,value,status,source,published,note\n\
                   firms,2022,500,A,统计局,2023-03-01,\n\
                   firms,2022,510,P,统计局,2023-03-01,\n\
                   firms,2023,,M,统计局,2024-03-01,\n\
                   firms,2024,0,M,统计局,2025-03-01,尚未发布\n\
                   patents,2023,9,A,统计局,2024-03-01,\n\
                   firms,2025-Q5,1,A,,2026-03-01,\n";
        let obs = parse_observations_csv(csv).expect("csv parses");
        let p = validate_observations(&obs, Some(&plan), &PathStyle::Csv);
        assert_eq!(
            codes(&p),
            vec![
                ("line 3 › period".into(), Code::DuplicateObservation),
                ("line 4 › note".into(), Code::MissingWithoutReason),
                ("line 5 › value".into(), Code::MissingMismatch),
                ("line 6 › indicator".into(), Code::UnknownIndicator),
                ("line 7 › period".into(), Code::BadPeriod),
                ("line 7 › source".into(), Code::NoSource),
            ]
        );
        assert!(!is_clean(&p));
    }

    #[test]
    fn csv_reports_bad_numbers_statuses_and_headers() {
        let err = parse_observations_csv("indicator,period,value,status,source,published\nfirms,2022,1.2.3,A,x,\nfirms,2023,1,Z,x,\n")
            .expect_err("bad rows");
        assert_eq!(
            codes(&err),
            vec![
                ("line 2 › value".into(), Code::NotANumber),
                ("line 3 › status".into(), Code::UnknownStatus)
            ]
        );
        let err = parse_observations_csv("indicator,period,amount\n").expect_err("bad header");
        assert!(err
            .iter()
            .all(|p| p.code == Code::CsvHeader && p.path == "line 1"));
        assert_eq!(err.len(), 5, "{err:?}");
    }

    #[test]
    fn csv_handles_quotes_bom_crlf_and_not_a_number() {
        let text = "\u{feff}indicator,period,value,status,source,published,note\r\n\
                    firms,2022,NaN,A,\"统计局, 年鉴\",2023-03-01,\"说 \"\"初步\"\"\"\r\n";
        let obs = parse_observations_csv(text).expect("parses");
        assert_eq!(obs[0].source, "统计局, 年鉴");
        assert_eq!(obs[0].note.as_deref(), Some("说 \"初步\""));
        let p = validate_observations(&obs, None, &PathStyle::Csv);
        assert_eq!(codes(&p), vec![("line 2 › value".into(), Code::NotFinite)]);
        assert!(parse_observations_csv("a,\"b\n").is_err());
    }

    #[test]
    fn csv_round_trips() {
        let obs = vec![Observation {
            indicator: "firms".into(),
            period: "2023-Q2".into(),
            value: Some(1.5),
            status: ObsStatus::Provisional,
            note: Some("含\"估算\", 待核".into()),
            source: "统计局".into(),
            published: "2023-08-01".into(),
        }];
        assert_eq!(parse_observations_csv(&observations_to_csv(&obs)), Ok(obs));
    }

    #[test]
    fn decimals_are_a_small_whole_number() {
        assert_eq!(
            plan_with(|v| v["indicators"][0]["decimals"] = 6.into()),
            vec![]
        );
        let p = plan_with(|v| v["indicators"][0]["decimals"] = 7.into());
        assert_eq!(
            codes(&p),
            vec![("indicators[0].decimals".into(), Code::BadDecimals)]
        );
        assert_eq!(
            p[0].message(Lang::En),
            "decimals must be a whole number from 0 to 6, found 7"
        );
        assert_eq!(p[0].message(Lang::ZhHans), "小数位数须为0至6的整数，现为7");
        assert_eq!(p[0].message(Lang::ZhHant), "小數位數須為0至6的整數，現為7");
        // Negative or fractional precisions do not fit the type: a shape error with the path.
        for bad in [
            serde_json::json!(-1),
            serde_json::json!(1.5),
            serde_json::json!("1"),
        ] {
            let p = plan_with(|v| v["indicators"][0]["decimals"] = bad);
            assert_eq!(
                codes(&p),
                vec![("indicators[0].decimals".into(), Code::JsonShape)]
            );
        }
    }

    #[test]
    fn agency_names_are_for_agencies_the_plan_names_in_known_locales() {
        let p = plan_with(|v| {
            v["tasks"] = serde_json::json!([{"id": "t1", "section": "1", "title": "任务",
                "lead": ["区发改局"], "partners": ["区财政局"]}]);
            v["agencies"] = serde_json::json!({
                "区科技局": {"en": "Science and Technology Bureau", "zh-Hant": "區科技局"},
                "区发改局": {"en": "Development and Reform Bureau"},
                "区财政局": {"en": "Finance Bureau"},
                "某区科技局": {"en": "Issuer"}
            });
        });
        assert_eq!(p, vec![]);
        let p = plan_with(|v| {
            v["agencies"] = serde_json::json!({
                "区科技局": {"fr": "Bureau", "en": ""},
                "区统计局": {"en": "Statistics Bureau"}
            });
        });
        assert_eq!(
            codes(&p),
            vec![
                ("agencies.区科技局.fr".into(), Code::UnknownLocale),
                ("agencies.区科技局.en".into(), Code::Empty),
                ("agencies.区统计局".into(), Code::UnknownAgency),
            ]
        );
        let unknown = p.iter().find(|x| x.code == Code::UnknownAgency);
        assert_eq!(unknown.map(|x| x.severity), Some(Severity::Warning));
        assert!(unknown.is_some_and(|x| x.message(Lang::En).contains("区统计局")));
        assert!(unknown.is_some_and(|x| x.message(Lang::ZhHans).contains("区统计局")));
    }

    #[test]
    fn every_code_has_a_name_and_a_message_in_every_locale() {
        for (code, name) in CODE_NAMES {
            assert_eq!(
                serde_json::to_value(code).ok(),
                Some(serde_json::Value::String((*name).into()))
            );
            for lang in Lang::ALL {
                assert!(!lang.strings().error_template(*code).is_empty());
            }
        }
    }
}
