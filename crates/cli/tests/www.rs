//! The hand-written JavaScript side of the portal offers exactly the views and themes
//! plan-gauge-ui defines (`ViewName::ALL`, `Theme::ALL`), so the two cannot drift apart.

use plan_gauge_ui::{Theme, ViewName};
use std::path::Path;

fn www(file: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../www")
        .join(file);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `value="…"` of every tag in `html` that starts with `prefix`, in order.
fn values(html: &str, prefix: &str) -> Vec<String> {
    html.match_indices(prefix)
        .filter_map(|(i, _)| {
            let tag = &html[i..i + html[i..].find('>')?];
            let v = tag.split("value=\"").nth(1)?;
            Some(v[..v.find('"')?].to_string())
        })
        .collect()
}

#[test]
fn the_generator_offers_every_view_and_every_theme() {
    let page = www("generator.html");
    let views: Vec<String> = ViewName::ALL.iter().map(|v| v.as_str().into()).collect();
    assert_eq!(
        values(&page, "<input type=\"radio\" name=\"view\""),
        views,
        "www/generator.html: the view radios are ViewName::ALL in plan-gauge-ui"
    );
    let select = page
        .split("<select id=\"g-theme\"")
        .nth(1)
        .and_then(|s| s.split("</select>").next())
        .expect("the theme select");
    let themes: Vec<String> = Theme::ALL.iter().map(|t| t.as_str().into()).collect();
    assert_eq!(
        values(select, "<option"),
        themes,
        "www/generator.html: the theme options are Theme::ALL in plan-gauge-ui"
    );
}

#[test]
fn the_generator_script_names_only_known_views() {
    let script = www("generator.js");
    for (i, _) in script
        .match_indices("view === '")
        .chain(script.match_indices("view !== '"))
    {
        let rest = &script[i + "view === '".len()..];
        let name = &rest[..rest.find('\'').expect("a closing quote")];
        assert!(
            name.parse::<ViewName>().is_ok(),
            "www/generator.js compares the view with `{name}`, which plan-gauge-ui does not know"
        );
    }
}
