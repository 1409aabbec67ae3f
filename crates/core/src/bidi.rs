//! Text from data, made safe to lay out next to the widget's own words and figures.
//!
//! A name, unit or agency is typed or pasted by an editor. Two things in it could make the
//! widget's own text read wrongly: an invisible bidirectional control (a right-to-left override,
//! U+202E, pasted into a name turns the following "2025" into "5202"), and letters of a
//! right-to-left script (Uyghur, Arabic, Hebrew), which pull the neighbouring figures into
//! their run. So every data string the core hands out for display goes through [`shown`]: the
//! controls are dropped, and a string holding right-to-left letters is wrapped in
//! FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069), the plain-text form of
//! `<bdi>`. Chinese and English data come out unchanged.
//!
//! Pages add their own isolation around whole data strings (`<bdi>`); attributes, which have
//! no elements, use [`without_controls`].

use std::borrow::Cow;

/// FIRST STRONG ISOLATE: opens an isolated run whose direction is that of its first letter.
pub const FSI: char = '\u{2068}';
/// POP DIRECTIONAL ISOLATE: closes the run [`FSI`] opened.
pub const PDI: char = '\u{2069}';

/// True for the invisible characters that reorder text (U+061C, U+200E–U+200F, U+202A–U+202E,
/// U+2066–U+2069): pasted into data, they could make a figure read backwards.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// True for a letter (or digit) of a script written right to left: Hebrew, Arabic (and the
/// Uyghur, Persian and Urdu written in it), Syriac, Thaana, N'Ko and the others in those blocks.
pub fn is_rtl_char(c: char) -> bool {
    matches!(c,
        '\u{0590}'..='\u{08ff}'
        | '\u{fb1d}'..='\u{fdff}'
        | '\u{fe70}'..='\u{feff}'
        | '\u{10800}'..='\u{10fff}'
        | '\u{1e800}'..='\u{1efff}')
        && !is_bidi_control(c)
        && c != '\u{feff}'
}

/// The text without bidirectional controls (for attributes, and before [`shown`] isolates it).
pub fn without_controls(s: &str) -> Cow<'_, str> {
    if s.chars().any(is_bidi_control) {
        Cow::Owned(s.chars().filter(|c| !is_bidi_control(*c)).collect())
    } else {
        Cow::Borrowed(s)
    }
}

/// A data string as the widget shows it: without bidirectional controls and, when it holds
/// right-to-left letters, isolated with [`FSI`] … [`PDI`] so that it cannot move the text and
/// figures around it. Text without either comes back borrowed and unchanged.
pub fn shown(s: &str) -> Cow<'_, str> {
    let clean = without_controls(s);
    if clean.chars().any(is_rtl_char) {
        Cow::Owned(format!("{FSI}{clean}{PDI}"))
    } else {
        clean
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_and_english_data_come_out_unchanged_and_borrowed() {
        for s in ["高新技术企业数量", "R&D spending (%)", "", "家"] {
            assert!(matches!(shown(s), Cow::Borrowed(t) if t == s));
        }
    }

    #[test]
    fn controls_are_dropped() {
        assert_eq!(shown("指标\u{202e}名称"), "指标名称");
        assert_eq!(shown("\u{202b}a\u{2067}b\u{2069}\u{200f}"), "ab");
        assert_eq!(without_controls("x\u{061c}y\u{200e}"), "xy");
    }

    #[test]
    fn right_to_left_letters_are_isolated_once() {
        assert_eq!(shown("ئاھالە"), "\u{2068}ئاھالە\u{2069}");
        assert_eq!(shown("\u{202e}עברית 2025"), "\u{2068}עברית 2025\u{2069}");
        // Already isolated data is not isolated twice: its own isolates are dropped first.
        assert_eq!(shown(&shown("ئا")), shown("ئا"));
    }

    #[test]
    fn no_control_survives_any_input() {
        for s in [
            "\u{202e}",
            "a\u{202a}\u{202b}\u{202c}\u{202d}\u{202e}b",
            "\u{2066}\u{2067}\u{2068}\u{2069}",
        ] {
            let out = shown(s);
            assert!(!out.chars().any(is_bidi_control), "{out:?}");
        }
    }
}
