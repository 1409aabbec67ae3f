//! Locales and the string tables. There is one table per locale (`zh_hans.rs`, `zh_hant.rs`,
//! `en.rs`), each a value of [`Strings`]: adding a field makes the compiler ask for it in all three.

mod en;
mod zh_hans;
mod zh_hant;

use serde::{Deserialize, Serialize};

/// A display language. Simplified Chinese is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "zh-Hans")]
    ZhHans,
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "en")]
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

    /// Reads a BCP 47 tag as pages and users write it: `zh-Hans`, `zh-CN`, `zh`, `zh-Hant`,
    /// `zh-TW`, `zh-HK`, `en`, `en-GB` … (case-insensitive). Unknown tags give `None`.
    pub fn parse(tag: &str) -> Option<Lang> {
        let t = tag.trim().to_ascii_lowercase().replace('_', "-");
        match t.as_str() {
            "zh" | "zh-hans" | "zh-cn" | "zh-sg" | "zh-hans-cn" => Some(Lang::ZhHans),
            "zh-hant" | "zh-tw" | "zh-hk" | "zh-mo" | "zh-hant-tw" | "zh-hant-hk" => {
                Some(Lang::ZhHant)
            }
            _ if t == "en" || t.starts_with("en-") => Some(Lang::En),
            _ => None,
        }
    }

    /// The tag for the HTML `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
            Lang::En => "en",
        }
    }

    pub fn is_chinese(self) -> bool {
        !matches!(self, Lang::En)
    }

    /// The string table of this locale.
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::ZhHans => &zh_hans::STRINGS,
            Lang::ZhHant => &zh_hant::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }
}

/// Every user-facing string of plan-gauge in one locale.
#[derive(Debug)]
pub struct Strings {
    /// The language's own name, for language pickers.
    pub language_name: &'static str,
    /// Label that marks illustrative sample data.
    pub sample_data: &'static str,
    // validation (lead)
    /// Message templates of validation problems; `{name}` marks a fact filled in.
    pub errors: ErrorStrings,
    /// "error" / "warning" labels and the check summary.
    pub check_error: &'static str,
    pub check_warning: &'static str,
    /// `{errors}` and `{warnings}` are counts, `{files}` the number of files.
    pub check_summary: &'static str,
    // report (lead)
    pub report_as_of: &'static str,
    pub report_issuer: &'static str,
    pub report_indicator: &'static str,
    pub report_status: &'static str,
    pub report_reason: &'static str,
    pub report_lead: &'static str,
    /// The colon after a label: "：" in Chinese, ": " in English.
    pub colon: &'static str,
    // engine (progress explanations and method text)
    /// Status labels, reason and headline templates, and the method page; see [`crate::explain`].
    pub engine: crate::explain::EngineStrings,
    // number formatting (format helper)
    /// Words and patterns of [`crate::format`]: scales, units, periods, dates.
    pub format: crate::format::FormatStrings,
    // ui (components; `{name}` marks a fact filled in)
    pub ui_latest: &'static str,
    pub ui_target: &'static str,
    pub ui_baseline: &'static str,
    pub ui_actual: &'static str,
    pub ui_expected: &'static str,
    pub ui_projection: &'static str,
    pub ui_milestone: &'static str,
    pub ui_progress_of_way: &'static str,
    pub ui_expected_of_way: &'static str,
    pub ui_years_met: &'static str,
    pub ui_times: &'static str,
    pub ui_aspirational: &'static str,
    pub ui_source: &'static str,
    pub ui_lead: &'static str,
    pub ui_updated: &'static str,
    pub ui_data_notes: &'static str,
    pub ui_obs_provisional: &'static str,
    pub ui_obs_estimated: &'static str,
    pub ui_obs_revised: &'static str,
    pub ui_obs_break: &'static str,
    pub ui_obs_missing: &'static str,
    pub ui_no_value: &'static str,
    pub ui_indicator: &'static str,
    pub ui_period: &'static str,
    pub ui_value: &'static str,
    pub ui_status: &'static str,
    pub ui_note: &'static str,
    pub ui_summary: &'static str,
    pub ui_count: &'static str,
    pub ui_filter_status: &'static str,
    pub ui_filter_lead: &'static str,
    pub ui_all: &'static str,
    pub ui_show_table: &'static str,
    pub ui_details: &'static str,
    pub ui_shown: &'static str,
    pub ui_trend_caption: &'static str,
    pub ui_other_section: &'static str,
    pub ui_as_of: &'static str,
    pub ui_table_caption: &'static str,
}

/// One message template per [`crate::validate::Code`].
#[derive(Debug)]
pub struct ErrorStrings {
    pub json_syntax: &'static str,
    pub json_shape: &'static str,
    pub format: &'static str,
    pub id_syntax: &'static str,
    pub duplicate_id: &'static str,
    pub empty: &'static str,
    pub bad_date: &'static str,
    pub bad_period: &'static str,
    pub plan_period: &'static str,
    pub unknown_locale: &'static str,
    pub unknown_section: &'static str,
    pub unknown_indicator: &'static str,
    pub plan_mismatch: &'static str,
    pub no_target: &'static str,
    pub no_milestone: &'static str,
    pub milestones_out_of_order: &'static str,
    pub year_outside_period: &'static str,
    pub value_required: &'static str,
    pub value_forbidden: &'static str,
    pub not_finite: &'static str,
    pub unit_mismatch: &'static str,
    pub out_of_range: &'static str,
    pub comparator_mismatch: &'static str,
    pub series_mismatch: &'static str,
    pub baseline_required: &'static str,
    pub baseline_order: &'static str,
    pub duplicate_observation: &'static str,
    pub missing_mismatch: &'static str,
    pub missing_without_reason: &'static str,
    pub unknown_status: &'static str,
    pub not_a_number: &'static str,
    pub csv_header: &'static str,
    pub csv_row: &'static str,
    pub no_lead_agency: &'static str,
    pub no_source: &'static str,
    pub plan_not_given: &'static str,
    // decimals and agency names (data2)
    pub bad_decimals: &'static str,
    pub unknown_agency: &'static str,
}

impl Strings {
    /// The message template of a validation problem.
    pub fn error_template(&self, code: crate::validate::Code) -> &'static str {
        use crate::validate::Code;
        let e = &self.errors;
        match code {
            Code::JsonSyntax => e.json_syntax,
            Code::JsonShape => e.json_shape,
            Code::Format => e.format,
            Code::IdSyntax => e.id_syntax,
            Code::DuplicateId => e.duplicate_id,
            Code::Empty => e.empty,
            Code::BadDate => e.bad_date,
            Code::BadPeriod => e.bad_period,
            Code::PlanPeriod => e.plan_period,
            Code::UnknownLocale => e.unknown_locale,
            Code::UnknownSection => e.unknown_section,
            Code::UnknownIndicator => e.unknown_indicator,
            Code::PlanMismatch => e.plan_mismatch,
            Code::NoTarget => e.no_target,
            Code::NoMilestone => e.no_milestone,
            Code::MilestonesOutOfOrder => e.milestones_out_of_order,
            Code::YearOutsidePeriod => e.year_outside_period,
            Code::ValueRequired => e.value_required,
            Code::ValueForbidden => e.value_forbidden,
            Code::NotFinite => e.not_finite,
            Code::UnitMismatch => e.unit_mismatch,
            Code::OutOfRange => e.out_of_range,
            Code::ComparatorMismatch => e.comparator_mismatch,
            Code::SeriesMismatch => e.series_mismatch,
            Code::BaselineRequired => e.baseline_required,
            Code::BaselineOrder => e.baseline_order,
            Code::DuplicateObservation => e.duplicate_observation,
            Code::MissingMismatch => e.missing_mismatch,
            Code::MissingWithoutReason => e.missing_without_reason,
            Code::UnknownStatus => e.unknown_status,
            Code::NotANumber => e.not_a_number,
            Code::CsvHeader => e.csv_header,
            Code::CsvRow => e.csv_row,
            Code::NoLeadAgency => e.no_lead_agency,
            Code::NoSource => e.no_source,
            Code::PlanNotGiven => e.plan_not_given,
            Code::BadDecimals => e.bad_decimals,
            Code::UnknownAgency => e.unknown_agency,
        }
    }
}
