//! Locales and the string tables: every word a user reads, in one table per locale (`zh_hans.rs`,
//! `zh_hant.rs`, `en.rs`), in several tables ([`Strings`] and one per area). The structs are declared with `words!`,
//! which writes each struct and its list of fields together, so adding a field makes the compiler
//! ask for it in all three locales and the parity test checks its placeholders; adding a
//! validation code is one line in `codes.rs` and one message per locale. Templates mark facts as
//! `{name}`, filled in by [`fill`]. This module imports nothing from the modules that use it.

#[macro_use]
mod table;
mod codes;
mod en;
mod engine;
mod numbers;
#[cfg(feature = "site")]
mod site;
mod zh_hans;
mod zh_hant;

pub use codes::{Code, ErrorStrings};
pub use engine::{EngineStrings, MethodStrings};
pub use numbers::{FormatStrings, UnitWords};
#[cfg(feature = "site")]
pub use site::SiteStrings;
pub use table::fill;

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

/// The static `$table` of `lang`'s locale file. Each table is its own static, reached by its own
/// accessor, so a module links only the tables it reads.
macro_rules! in_locale {
    ($lang:expr, $table:ident) => {
        match $lang {
            Lang::ZhHans => &zh_hans::$table,
            Lang::ZhHant => &zh_hant::$table,
            Lang::En => &en::$table,
        }
    };
}

#[cfg(not(feature = "lazy-locales"))]
macro_rules! widget_table {
    ($lang:expr, $table:ident, $field:ident) => {
        in_locale!($lang, $table)
    };
}

/// With `lazy-locales`, a widget table of another locale than simplified Chinese is the one read
/// from its words file ([`words::load`]); before that, the simplified Chinese one (the widget
/// asks [`Lang::available`] first).
#[cfg(feature = "lazy-locales")]
macro_rules! widget_table {
    ($lang:expr, $table:ident, $field:ident) => {
        match words::get($lang) {
            Some(tables) => &tables.$field,
            None => &zh_hans::$table,
        }
    };
}

pub mod words;

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

    /// The method page's paragraphs in this locale.
    pub fn method(self) -> &'static MethodStrings {
        in_locale!(self, METHOD)
    }

    /// The message templates of validation problems in this locale.
    pub fn errors(self) -> &'static ErrorStrings {
        in_locale!(self, ERRORS)
    }

    /// The engine's words in this locale: status labels, reason and headline templates, method
    /// names ([`crate::explain`] fills them in).
    pub fn engine(self) -> &'static EngineStrings {
        widget_table!(self, ENGINE, engine)
    }

    /// The words and patterns of [`crate::format`] in this locale: scales, units, periods, dates.
    pub fn format(self) -> &'static FormatStrings {
        in_locale!(self, FORMAT)
    }

    /// The portal pages' own words in this locale (`plan-gauge site`; feature `site`).
    #[cfg(feature = "site")]
    pub fn site(self) -> &'static SiteStrings {
        in_locale!(self, SITE)
    }

    /// This locale's own words ([`Strings`]). The other tables have an accessor each, so that a
    /// module links only the tables it reads: the widget carries no method page, no portal
    /// words and, in its first module, no validation messages.
    pub fn strings(self) -> &'static Strings {
        widget_table!(self, STRINGS, strings)
    }

    /// Whether this module has this locale's widget tables: always, but with `lazy-locales` only
    /// simplified Chinese until the locale's words file is read ([`words::load`]).
    pub fn available(self) -> bool {
        #[cfg(feature = "lazy-locales")]
        return self == Lang::ZhHans || words::get(self).is_some();
        #[cfg(not(feature = "lazy-locales"))]
        true
    }

    /// This locale's widget tables as one text, for a words file beside the widget's modules
    /// ([`words`]).
    pub fn pack_words(self) -> String {
        words::pack(in_locale!(self, STRINGS), in_locale!(self, ENGINE), self)
    }
}

words! {
    /// The words of one locale that belong to no other table: labels of the widget, the reports
    /// and the templates. The engine, validation messages, number formatting, the method page and
    /// the portal have tables of their own (`Lang::engine`, `errors`, `format`, `method`, `site`).
    pub struct Strings {
        /// The language's own name, for language pickers.
        language_name,
        /// Label that marks illustrative sample data.
        sample_data,
        /// A widget's data problem, in the browser's console: what it is (the code and the
        /// facts follow; the full messages are `plan-gauge check`'s), how many more problems the
        /// file has (`{count}`), and where to read about them.
        data_error,
        data_error_more,
        data_error_hint,
        /// "error" / "warning" labels and the check summary.
        check_error,
        check_warning,
        /// `{errors}` and `{warnings}` are counts, `{files}` the number of files.
        check_summary,
        report_as_of,
        report_issuer,
        report_indicator,
        report_status,
        report_reason,
        report_lead,
        /// The colon after a label: "：" in Chinese, ": " in English.
        colon,
        ui_latest,
        ui_target,
        ui_baseline,
        ui_actual,
        ui_expected,
        ui_projection,
        ui_milestone,
        ui_progress_of_way,
        ui_expected_of_way,
        ui_years_met,
        ui_times,
        ui_aspirational,
        ui_source,
        ui_lead,
        ui_updated,
        ui_data_notes,
        ui_obs_provisional,
        ui_obs_estimated,
        ui_obs_revised,
        ui_obs_break,
        ui_obs_missing,
        ui_no_value,
        ui_indicator,
        ui_period,
        ui_value,
        ui_status,
        ui_note,
        ui_summary,
        ui_count,
        ui_filter_status,
        ui_filter_lead,
        ui_all,
        ui_show_table,
        ui_details,
        ui_shown,
        /// The dashboard's paging: the list's label, its buttons and where the reader is.
        ui_pages,
        ui_page_prev,
        ui_page_next,
        ui_page_of,
        ui_trend_caption,
        ui_other_section,
        ui_as_of,
        ui_table_caption,
        /// A header cell of an observations template: `{label}` in this language, `{key}` the
        /// column's name that plan-gauge reads.
        column_header,
        column_indicator,
        column_name,
        column_unit,
        column_period,
        column_value,
        column_status,
        column_source,
        column_published,
        column_note,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The `{placeholders}` of a template, sorted.
    fn keys(t: &str) -> Vec<&str> {
        let mut k: Vec<&str> = t
            .split('{')
            .skip(1)
            .filter_map(|s| s.split_once('}').map(|(k, _)| k))
            .collect();
        k.sort_unstable();
        k
    }

    fn tables(lang: Lang) -> Vec<(&'static str, &'static str)> {
        let f = lang.format();
        let mut all = lang.strings().fields();
        all.extend(lang.method().fields());
        all.extend(lang.errors().fields());
        all.extend(lang.engine().fields());
        #[cfg(feature = "site")]
        all.extend(lang.site().fields());
        all.extend([
            ("format.year", f.year),
            ("format.quarter", f.quarter),
            ("format.month", f.month),
            ("format.date", f.date),
        ]);
        all
    }

    #[test]
    fn every_locale_has_every_word_with_the_same_placeholders() {
        let base = tables(Lang::ZhHans);
        for lang in Lang::ALL {
            let table = tables(lang);
            assert_eq!(table.len(), base.len());
            for ((name, text), (base_name, zh)) in table.iter().zip(&base) {
                assert_eq!(name, base_name);
                assert!(!text.trim().is_empty(), "{name} is empty in {lang:?}");
                assert_eq!(keys(text), keys(zh), "{name} in {lang:?}");
            }
        }
    }

    #[test]
    fn every_code_has_its_own_message_named_as_the_code() {
        let names: Vec<&str> = Lang::ZhHans
            .errors()
            .fields()
            .iter()
            .map(|(n, _)| *n)
            .collect();
        let codes: Vec<&str> = Code::all().map(Code::as_str).collect();
        assert_eq!(names, codes);
    }

    #[test]
    fn fill_leaves_unknown_keys_and_never_rescans_values() {
        assert_eq!(fill("{a}{b}{", &[("a", "{b}")]), "{b}{b}{");
        assert_eq!(
            fill("{name}达到{value}", &[("name", "企业"), ("value", "685家")]),
            "企业达到685家"
        );
    }
}
