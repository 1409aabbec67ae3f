//! The portal pages' own words live in the core's locale tables ([`SiteStrings`], one table per
//! locale with the rest of plan-gauge's words); the pages show Chinese and English side by side,
//! so they read a word as a pair. Templates fill `{name}` placeholders.

use plan_gauge_core::i18n::SiteStrings;
use plan_gauge_core::Lang;

/// A pair of page texts: zh-Hans and en.
pub type Pair = (&'static str, &'static str);

/// A word of the site table, named by the field that holds it: `|s| s.nav_home`.
pub type Word = fn(&SiteStrings) -> &'static str;

/// A word in Chinese (zh-Hans) and English.
pub fn word(w: Word) -> Pair {
    (w(Lang::ZhHans.site()), w(Lang::En.site()))
}

/// One link of the site navigation: the page (from the site's root) and its name.
pub struct NavItem {
    pub href: &'static str,
    pub label: Word,
}

/// The site navigation, in order: the generated pages and the hand-written ones in `www/` share it
/// (`crates/cli/src/site/frame.rs` renders it; a test checks the hand-written pages carry it).
pub const NAV: [NavItem; 8] = [
    nav("index.html", |s| s.nav_home),
    nav("generator.html", |s| s.nav_generator),
    nav("author.html", |s| s.nav_author),
    nav("method.html", |s| s.nav_method),
    nav("guide/index.html", |s| s.nav_guide),
    nav("format.html", |s| s.nav_format),
    nav("gallery.html", |s| s.nav_gallery),
    nav("accessibility.html", |s| s.nav_accessibility),
];

const fn nav(href: &'static str, label: Word) -> NavItem {
    NavItem { href, label }
}
