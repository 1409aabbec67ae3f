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
            "zh-hant" | "zh-tw" | "zh-hk" | "zh-mo" | "zh-hant-tw" | "zh-hant-hk" => Some(Lang::ZhHant),
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
}
