//! The portal shows the truth first: a plan's pages draw only published figures, each with its
//! source; sample data appears only on the labelled demonstration pages.

use plan_gauge_core::explain;
use plan_gauge_core::progress::{assess_plan, Options};
use plan_gauge_core::time::Date;
use plan_gauge_core::validate;
use plan_gauge_core::Lang;
use std::path::{Path, PathBuf};
use std::process::Command;

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

const AS_OF: &str = "2026-11-29";

/// The demo portal written for the seeds into a fresh folder.
fn site() -> PathBuf {
    let out = std::env::temp_dir().join(format!("pg-truth-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).expect("temp dir");
    let st = Command::new(env!("CARGO_BIN_EXE_plan-gauge"))
        .arg("site")
        .arg("--seeds")
        .arg(seeds())
        .arg("--out")
        .arg(&out)
        .args(["--as-of", AS_OF])
        .output()
        .expect("runs");
    assert!(
        st.status.success(),
        "{}",
        String::from_utf8_lossy(&st.stderr)
    );
    out
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn plan_pages_show_published_figures_with_sources_and_samples_only_in_the_demonstration() {
    let out = site();
    let as_of = Options::new(Date::parse(AS_OF).expect("date"));
    let mut shown = 0;
    for id in [
        "ningbo-315-2023",
        "panjin-2017",
        "wanzhou-2023",
        "xingtai-2023",
        "zhenhai-2022",
    ] {
        let plan = validate::parse_plan(&read(&seeds().join(format!("{id}.plan.json"))))
            .expect("seed plan");
        let published = seeds().join(format!("{id}.observations.json"));
        let published = match std::fs::read_to_string(&published) {
            Ok(text) => {
                validate::read_observations("o.json", &text, Some(&plan))
                    .expect("published figures")
                    .0
                    .observations
            }
            Err(_) => Vec::new(),
        };
        let sample =
            validate::parse_observations_json(&read(&seeds().join(format!("{id}.sample.json"))))
                .expect("sample")
                .observations;
        let real = assess_plan(&plan, &published, &as_of);
        let made_up = assess_plan(&plan, &sample, &as_of);
        for (page, lang) in [
            (format!("{id}.html"), Lang::ZhHans),
            (format!("{id}.en.html"), Lang::En),
        ] {
            let html = read(&out.join("plans").join(&page));
            let widget_lang = if lang.is_chinese() {
                Lang::parse(&plan.locale).unwrap_or_default()
            } else {
                Lang::En
            };
            assert!(!html.contains(".sample.json"), "{page} loads sample data");
            assert!(
                !html.contains("sample-banner"),
                "{page} is labelled as sample"
            );
            for a in &real {
                let Some(l) = &a.latest else { continue };
                // Every value shown as real is a published figure with its source page.
                let source = published
                    .iter()
                    .find(|o| o.indicator == a.indicator && o.value == Some(l.value))
                    .unwrap_or_else(|| {
                        panic!("{page}: {} {} is not published", a.indicator, l.value)
                    });
                let url = source.url.as_deref().unwrap_or_default();
                assert!(validate::is_web_url(url), "{page}: {source:?}");
                let ind = plan
                    .indicators
                    .iter()
                    .find(|i| i.id == a.indicator)
                    .expect("indicator");
                let headline = explain::headline(a, ind, widget_lang);
                assert!(
                    html.contains(&escape(&headline)),
                    "{page} does not show {headline}"
                );
                assert!(html.contains(&escape(url)), "{page} does not link {url}");
                shown += 1;
            }
            // No sample figure reads as real: the sample's sentences are not on the page.
            for a in made_up.iter().filter(|a| a.latest.is_some()) {
                let ind = plan
                    .indicators
                    .iter()
                    .find(|i| i.id == a.indicator)
                    .expect("indicator");
                let headline = explain::headline(a, ind, widget_lang);
                let same_as_real = real.iter().any(|r| {
                    r.indicator == a.indicator && explain::headline(r, ind, widget_lang) == headline
                });
                assert!(
                    same_as_real || !html.contains(&escape(&headline)),
                    "{page} shows the sample's \"{headline}\""
                );
            }
            // The demonstration exists, loads the sample and says so first.
            let demo_page = if lang.is_chinese() {
                format!("{id}.demo.html")
            } else {
                format!("{id}.demo.en.html")
            };
            let demo = read(&out.join("plans").join(demo_page));
            assert!(demo.contains(".sample.json") && demo.contains("sample-banner"));
        }
    }
    assert!(shown >= 16, "published figures shown: {shown}");
}

/// Text as the pages escape it.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}
