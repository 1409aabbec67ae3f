//! A locale's widget tables as one text, and back. The widget's modules carry the simplified
//! Chinese tables only (feature `lazy-locales`) and read another locale's from a file beside
//! them the first time an element asks for that language: `plan-gauge build` writes the files
//! with [`pack`], a module reads one with [`load`].
//!
//! The text is a first line `plan-gauge-words <version> <tag> <bytes>`, then the words in
//! `bytes` bytes, separated by U+001F (the unit separator, which no word contains): the
//! locale's [`Strings`] and [`EngineStrings`], each in the order its struct declares them. (The
//! number formats, [`super::FormatStrings`], are small and stay built in.) A module reads only a
//! text of its own version, so the words always land in the fields they were written from.

use super::{EngineStrings, Lang, Strings};

const MAGIC: &str = "plan-gauge-words";
const SEPARATOR: char = '\u{1f}';
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The tables a widget reads in one locale.
#[derive(Debug)]
pub struct Tables {
    pub strings: Strings,
    pub engine: EngineStrings,
}

/// `lang`'s widget tables as one text (see the module's documentation).
pub fn pack(strings: &Strings, engine: &EngineStrings, lang: Lang) -> String {
    let words: Vec<&str> = (strings.fields().into_iter())
        .chain(engine.fields())
        .map(|(_, w)| w)
        .collect();
    let body = words.join(&SEPARATOR.to_string());
    format!("{MAGIC} {VERSION} {} {}\n{body}", lang.tag(), body.len())
}

/// Reads a text written by [`pack`] (of this version): its locale and tables.
pub fn unpack(text: &'static str) -> Result<(Lang, Tables), String> {
    let bad = || "not a plan-gauge words file, or a damaged one".to_string();
    let (head, body) = text.split_once('\n').ok_or_else(bad)?;
    let mut head = head.split(' ');
    if head.next() != Some(MAGIC) {
        return Err(bad());
    }
    let version = head.next().unwrap_or_default();
    if version != VERSION {
        return Err(format!(
            "the words file is of plan-gauge {version}, the module of {VERSION}: copy the whole folder that `plan-gauge build` wrote"
        ));
    }
    let lang = head.next().and_then(Lang::parse).ok_or_else(bad)?;
    if head.next().and_then(|b| b.parse::<usize>().ok()) != Some(body.len()) {
        return Err(bad());
    }
    let mut words = body.split(SEPARATOR);
    let tables = read(&mut words)
        .filter(|_| words.next().is_none())
        .ok_or_else(bad)?;
    Ok((lang, tables))
}

fn read(words: &mut impl Iterator<Item = &'static str>) -> Option<Tables> {
    Some(Tables {
        strings: Strings::from_words(words)?,
        engine: EngineStrings::from_words(words)?,
    })
}

#[cfg(feature = "lazy-locales")]
mod loaded {
    use super::{Lang, Tables};
    use std::sync::OnceLock;

    static ZH_HANT: OnceLock<Tables> = OnceLock::new();
    static EN: OnceLock<Tables> = OnceLock::new();

    fn slot(lang: Lang) -> Option<&'static OnceLock<Tables>> {
        match lang {
            Lang::ZhHans => None,
            Lang::ZhHant => Some(&ZH_HANT),
            Lang::En => Some(&EN),
        }
    }

    /// `lang`'s tables, once [`load`]ed (simplified Chinese is built in: `None`).
    pub(crate) fn get(lang: Lang) -> Option<&'static Tables> {
        slot(lang)?.get()
    }

    /// Reads a words file (see [`super::unpack`]) and keeps its tables for the module's life:
    /// the locale it gave. Reading a locale again keeps the first tables.
    pub fn load(text: String) -> Result<Lang, String> {
        let (lang, tables) = super::unpack(String::leak(text))?;
        if let Some(slot) = slot(lang) {
            let _ = slot.set(tables);
        }
        Ok(lang)
    }
}

#[cfg(feature = "lazy-locales")]
pub(crate) use loaded::get;
#[cfg(feature = "lazy-locales")]
pub use loaded::load;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word of the tables in one list.
    fn all(strings: &Strings, engine: &EngineStrings) -> Vec<String> {
        let mut out: Vec<String> = strings.fields().iter().map(|w| w.1.to_string()).collect();
        out.extend(engine.fields().iter().map(|w| w.1.to_string()));
        out
    }

    fn read_back(lang: Lang) -> Vec<String> {
        let (_, t) = unpack(String::leak(lang.pack_words())).expect("a packed locale reads back");
        all(&t.strings, &t.engine)
    }

    #[test]
    fn every_locale_reads_back_word_for_word() {
        for lang in Lang::ALL {
            let text = lang.pack_words();
            assert!(text.starts_with(&format!("plan-gauge-words {VERSION} {} ", lang.tag())));
            let (read_lang, _) = unpack(String::leak(text)).expect("reads back");
            assert_eq!(read_lang, lang);
            let built_in = all(lang.strings(), lang.engine());
            assert!(built_in.len() > 100);
            assert_eq!(read_back(lang), built_in, "{lang:?}");
        }
    }

    #[test]
    fn no_word_contains_the_separator() {
        for lang in Lang::ALL {
            assert!(read_back(lang).iter().all(|w| !w.contains(SEPARATOR)));
        }
    }

    #[test]
    fn a_damaged_file_is_refused_with_a_reason_and_never_panics() {
        let good = Lang::En.pack_words();
        let cases = [
            String::new(),
            "plan-gauge-words".to_string(),
            good.replacen("plan-gauge-words", "plan-gauge-wordz", 1),
            good.replacen(VERSION, "0.0.0-other", 1),
            good.replacen(" en ", " xx ", 1),
            good[..good.len() / 2].to_string(),
            format!("{good}\u{1f}extra"),
        ];
        for text in cases {
            let e = unpack(String::leak(text.clone())).expect_err(&text[..text.len().min(40)]);
            assert!(!e.is_empty());
        }
        assert!(
            unpack(String::leak(good.replacen(VERSION, "0.0.0-other", 1)))
                .expect_err("another version")
                .contains("0.0.0-other")
        );
        // Cut anywhere, on a character boundary: refused, no panic.
        for (i, _) in good.char_indices().step_by(97) {
            assert!(unpack(String::leak(good[..i].to_string())).is_err());
        }
    }
}
