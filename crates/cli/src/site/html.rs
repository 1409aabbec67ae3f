//! Small helpers for the prose the page modules write around the components: picking a page's
//! language from a word pair, both languages side by side, escaping and templates.

use super::words::Pair;
use plan_gauge_core::Lang;

/// The Chinese text for Chinese pages, the English for English ones.
pub fn pick(p: Pair, lang: Lang) -> &'static str {
    if lang.is_chinese() {
        p.0
    } else {
        p.1
    }
}

/// `中文 <span class="en" lang="en">English</span>` for Chinese pages, the English alone for
/// English pages (as the frame's `Both`), for text set inside the page's prose.
pub fn both(p: Pair, lang: Lang) -> String {
    if lang.is_chinese() {
        format!(
            "{} <span class=\"en\" lang=\"en\">{}</span>",
            esc(p.0),
            esc(p.1)
        )
    } else {
        esc(p.1)
    }
}

/// Escapes text for HTML element content and double-quoted attributes, for the prose the page
/// modules write around the components (the frame and the components are escaped by Leptos).
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

pub use plan_gauge_core::i18n::fill;
