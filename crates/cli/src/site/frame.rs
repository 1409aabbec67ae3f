//! The frame of every portal page, as an ssr Leptos component: head, skip link, site header with
//! the navigation ([`NAV`]), the page's own content in `<main>`, and the footer. Leptos escapes
//! every text and attribute.

use super::html::pick;
use super::words::{word, Pair, NAV};
use leptos::either::Either;
use leptos::prelude::*;
use plan_gauge_core::Lang;
use plan_gauge_ui::render_html;

/// `中文 <span class="en" lang="en">English</span>` on Chinese pages, the English alone on English
/// pages.
#[component]
pub fn Both(words: Pair, lang: Lang) -> impl IntoView {
    if lang.is_chinese() {
        Either::Left(view! { {format!("{} ", words.0)}<span class="en" lang="en">{words.1}</span> })
    } else {
        Either::Right(words.1)
    }
}

/// The site navigation, with `aria-current` on the page at `current` (a path from the site's
/// root); `root` leads from the page to the site's root (`""`, `"../"`).
#[component]
pub fn SiteNav(lang: Lang, root: &'static str, current: &'static str) -> impl IntoView {
    // An array, not a `Vec`: a list would end with a `<!>` marker.
    let items = NAV.each_ref().map(|item| {
        let aria = (item.href == current).then_some("page");
        view! { <li><a href=format!("{root}{}", item.href) aria-current=aria><Both words=word(item.label) lang=lang /></a></li> }
    });
    view! { <nav aria-label=pick(word(|s| s.nav_label), lang)><ul class="site-nav">{items}</ul></nav> }
}

/// The footer: what the site is, and the accessibility statement and the guide.
#[component]
pub fn SiteFooter(lang: Lang, root: &'static str) -> impl IntoView {
    view! {
        <footer>"\n"
        <p><Both words=word(|s| s.footer_note) lang=lang /></p>"\n"
        <p><a href=format!("{root}accessibility.html")><Both words=word(|s| s.nav_accessibility) lang=lang /></a>" · "<a href=format!("{root}guide/index.html")><Both words=word(|s| s.nav_guide) lang=lang /></a></p>"\n"
        </footer>
    }
}

/// A whole page around `body` (HTML made by the page modules).
#[component]
pub fn Page(
    title: String,
    lang: Lang,
    /// From the page to the site's root: `""` or `"../"`.
    root: &'static str,
    /// The page's path from the site's root, for `aria-current` (empty: not in the navigation).
    current: &'static str,
    /// Loads the embed's script (the page has live widgets).
    live: bool,
    body: String,
) -> impl IntoView {
    let html_lang = if lang.is_chinese() { "zh-Hans" } else { "en" };
    let (skip_zh, skip_en) = word(|s| s.skip);
    let skip = format!("{skip_zh} / {skip_en}");
    // The line after the stylesheets, with the script when there is one (an empty branch would
    // leave a `<!>` marker in the page).
    let script = if live {
        Either::Left(
            view! { "\n"<script src=format!("{root}dist/plan-gauge.js") async></script>"\n" },
        )
    } else {
        Either::Right("\n")
    };
    view! {
        <html lang=html_lang>"\n"
        <head>"\n"
        <meta charset="utf-8" />"\n"
        <meta name="viewport" content="width=device-width, initial-scale=1" />"\n"
        <title>{title}</title>"\n"
        <link rel="icon" href=format!("{root}favicon.svg") type="image/svg+xml" />"\n"
        <link rel="stylesheet" href=format!("{root}site.css") />"\n"
        <link rel="stylesheet" href=format!("{root}plans/plan-gauge.css") />
        {script}
        </head>"\n"
        <body>"\n"
        <a class="skip" href="#main">{skip}</a>"\n"
        <header class="site-header">"\n"
        <p class="site-name"><a href=format!("{root}index.html")>{pick(word(|s| s.site_name), lang)}</a></p>"\n"
        <SiteNav lang=lang root=root current=current />"\n"
        </header>"\n"
        <main id="main" inner_html=body></main>"\n"
        <SiteFooter lang=lang root=root />"\n"
        </body>"\n"
        </html>
    }
}

/// The page as a document: `<!doctype html>` and the [`Page`].
pub fn document(
    title: String,
    lang: Lang,
    root: &'static str,
    current: &'static str,
    live: bool,
    body: String,
) -> String {
    let page = render_html(move || {
        view! { <Page title=title lang=lang root=root current=current live=live body=body /> }
    });
    format!("<!doctype html>\n{page}\n")
}

/// The navigation as it stands in a page at `current` (for the hand-written pages' test).
#[cfg(test)]
pub fn nav_html(lang: Lang, root: &'static str, current: &'static str) -> String {
    render_html(move || view! { <SiteNav lang=lang root=root current=current /> })
}

/// The footer as it stands in a page under `root` (for the hand-written pages' test).
#[cfg(test)]
pub fn footer_html(lang: Lang, root: &'static str) -> String {
    render_html(move || view! { <SiteFooter lang=lang root=root /> })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn www() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../www")
    }

    /// The hand-written pages with the site's header and footer: (file, root, current).
    const HAND_WRITTEN: [(&str, &str, &str); 5] = [
        ("index.html", "", "index.html"),
        ("generator.html", "", "generator.html"),
        ("author.html", "", "author.html"),
        ("accessibility.html", "", "accessibility.html"),
        ("guide/index.html", "../", "guide/index.html"),
    ];

    /// The block of `page` from `start` to the end of `end`.
    fn block<'a>(page: &'a str, start: &str, end: &str) -> Option<&'a str> {
        let i = page.find(start)?;
        let j = page[i..].find(end)? + i + end.len();
        Some(&page[i..j])
    }

    /// The hand-written pages carry the navigation and the footer the generated pages get from
    /// [`NAV`]. `PLAN_GAUGE_WRITE_NAV=1 cargo test -p plan-gauge-cli hand_written` rewrites them.
    #[test]
    fn hand_written_pages_carry_the_site_navigation() {
        let write = std::env::var_os("PLAN_GAUGE_WRITE_NAV").is_some();
        let nav_start = format!("<nav aria-label=\"{}\">", word(|s| s.nav_label).0);
        for (file, root, current) in HAND_WRITTEN {
            let path = www().join(file);
            let mut page = std::fs::read_to_string(&path).expect("page exists");
            for (start, end, want) in [
                (
                    nav_start.as_str(),
                    "</nav>",
                    nav_html(Lang::ZhHans, root, current),
                ),
                ("<footer>", "</footer>", footer_html(Lang::ZhHans, root)),
            ] {
                let have = block(&page, start, end)
                    .unwrap_or_else(|| panic!("{file} has no {start}"))
                    .to_string();
                if write {
                    page = page.replace(&have, &want);
                } else {
                    assert_eq!(
                        have, want,
                        "www/{file}: the site navigation is NAV in crates/cli/src/site/words.rs"
                    );
                }
            }
            if write {
                std::fs::write(&path, page).expect("write");
            }
        }
    }

    /// Every page the navigation names is in `www/` (by hand) or written by `plan-gauge site`.
    #[test]
    fn every_page_in_the_navigation_exists() {
        for item in NAV {
            let generated = item.href == "method.html";
            assert!(
                generated || www().join(item.href).is_file(),
                "{} is in the navigation but not in www/",
                item.href
            );
        }
    }
}
