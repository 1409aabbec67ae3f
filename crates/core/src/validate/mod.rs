//! Reading and checking plan-gauge files.
//!
//! Every problem is a [`Problem`] value: where it is (a path such as `indicators[3].targets[0]
//! .milestones[1].value`, or `line 5 › value` in CSV), a stable [`Code`], and the facts needed to
//! write the message in any locale ([`Problem::message`]). Nothing here panics, whatever the input.

use crate::i18n::Lang;
use serde::Serialize;

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

mod csv;
mod json;
mod observations;
mod plan;
#[cfg(test)]
mod tests;

pub use csv::{csv_field, observations_to_csv, parse_observations_csv, CSV_COLUMNS};
pub use json::{parse_observations_json, parse_plan};
pub use observations::{
    check_observations, is_csv, read_observations, validate_observation_set, validate_observations,
    ObservationsFile, PathStyle,
};
pub use plan::validate_plan;

/// The text without the byte-order mark that some editors write at the start.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
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
