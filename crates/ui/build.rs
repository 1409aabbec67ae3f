//! Joins the components' stylesheets (each in its component's folder) into `$OUT_DIR/plan-gauge.css`,
//! and writes it without comments and spare whitespace as `plan-gauge.min.css` for the embed
//! ([`css_min`]). Without the `full` feature, the card's, the radial gauge's and the bar's only.

#[path = "src/css_min.rs"]
mod css_min;

/// The components whose rules the first module needs, then those only the full crate has.
const FIRST: [&str; 5] = [
    "theme",
    "status_badge",
    "radial_gauge",
    "bullet_bar",
    "indicator_card",
];
const FULL: [&str; 3] = ["trend_chart", "data_table", "plan_dashboard"];

fn main() {
    let full = std::env::var_os("CARGO_FEATURE_FULL").is_some();
    let mut css = String::new();
    for folder in FIRST.iter().chain(if full { &FULL[..] } else { &[] }) {
        let path = format!("src/{folder}/style.css");
        println!("cargo:rerun-if-changed={path}");
        match std::fs::read_to_string(&path) {
            Ok(text) => css.push_str(&text),
            Err(e) => panic!("cannot read {path}: {e}"),
        }
    }
    println!("cargo:rerun-if-changed=src/css_min.rs");
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let write = |name: &str, text: &str| {
        if let Err(e) = std::fs::write(out.join(name), text) {
            panic!("cannot write {name}: {e}");
        }
    };
    write("plan-gauge.css", &css);
    write("plan-gauge.min.css", &css_min::minify(&css));
}
