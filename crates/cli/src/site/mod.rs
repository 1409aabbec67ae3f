//! `plan-gauge site [--seeds DIR] [--out DIR] [--as-of DATE]`: the demo portal's generated pages.
//!
//! For every `DIR/*.plan.json` (with its `*.sample.json`, when there is one) it writes, under
//! `--out` (default `www`):
//! - `plans/<id>.html` (Chinese) and `plans/<id>.en.html`: the plan's facts (title, issuer,
//!   document number, date, period — "未载明 / not stated" when the plan leaves one out), its
//!   `PlanDashboard` as a live `<plan-gauge view="dashboard">` whose light DOM is the static
//!   dashboard, and a short news-style article with indicator cards set in its flow, all drawn
//!   from the published figures (`<id>.observations.json`) with their sources;
//! - `plans/<id>.demo.html` and `.demo.en.html`: the same pages over the illustrative sample
//!   data, clearly labelled, for a webmaster to see every status;
//! - `data/fallback/<id>.<lang>.json`: the static fallback of every indicator's card and of the
//!   dashboard, which the embed-code generator puts into the snippets it writes;
//! - `data/plans.json`: the plans and indicators the generator offers;
//! - `data/<id>.plan.json`, `.observations.json` and `.sample.json`: copies of the seeds the
//!   elements load;
//! - `plans/plan-gauge.css`: the components' stylesheet, linked by the pages as a file;
//! - `method.html`: how progress and status are computed, from the core's constants and texts.
//!
//! The HTML comes from the same ssr components as `plan-gauge render`, the sentences from the
//! core's `explain`; no style attributes and no inline script, so the pages hold under a strict CSP.
//!
//! One module per product: [`frame`] (the `Page` component around every page, with the site
//! navigation), [`plan_page`], [`generator_data`] (the fallbacks and the plan list) and
//! [`method_page`]; the pages' own words are in [`words`], the seed plans are read by [`seeds`]
//! and [`html`] holds the prose helpers. The parent only writes the files: no child imports it.

pub mod frame;
pub mod generator_data;
pub mod html;
pub mod method_page;
pub mod plan_page;
pub mod seeds;
pub mod words;

use crate::args::SiteArgs;
use generator_data::{catalog, fallbacks};
use method_page::method_page;
use plan_gauge_core::Lang;
use plan_page::plan_page;
use seeds::load_seeds;
use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(args: SiteArgs) -> Result<ExitCode, String> {
    let (seeds, out) = (args.seeds, args.out);
    let as_of = args.as_of.unwrap_or_else(crate::clock::today);
    let plans = load_seeds(&seeds, as_of)?;
    if plans.is_empty() {
        return Err(format!("no *.plan.json in {}", seeds.display()));
    }
    let data = out.join("data");
    let pages = out.join("plans");
    for dir in [&data, &data.join("fallback"), &pages] {
        fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    let mut written = 0usize;
    let mut write = |path: PathBuf, text: &str| -> Result<(), String> {
        fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written += 1;
        Ok(())
    };
    for p in &plans {
        let id = &p.data.plan.id;
        let obs_files = std::iter::once(&p.obs_file)
            .chain(p.demo.iter().map(|d| &d.obs_file))
            .flatten()
            .cloned();
        for file in std::iter::once(format!("{id}.plan.json")).chain(obs_files) {
            let (from, to) = (seeds.join(&file), data.join(&file));
            fs::copy(&from, &to)
                .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))?;
        }
        for page in std::iter::once(p).chain(p.demo.as_deref()) {
            for lang in [Lang::ZhHans, Lang::En] {
                write(
                    pages.join(page.page_file(lang)),
                    &plan_page(page, p, lang, as_of),
                )?;
            }
        }
        for lang in Lang::ALL {
            let json = serde_json::to_string(&fallbacks(p, lang, as_of))
                .map_err(|e| format!("cannot write the fallback of {id}: {e}"))?;
            write(
                data.join("fallback")
                    .join(format!("{id}.{}.json", lang.tag())),
                &json,
            )?;
        }
    }
    let catalog = serde_json::to_string_pretty(&catalog(&plans))
        .map_err(|e| format!("cannot write the plan list: {e}"))?;
    write(data.join("plans.json"), &catalog)?;
    write(pages.join("plan-gauge.css"), plan_gauge_ui::STYLESHEET)?;
    write(out.join("method.html"), &method_page())?;
    crate::out::line(&format!(
        "plan-gauge: wrote {written} files for {} plans under {} (as of {as_of})",
        plans.len(),
        out.display()
    ))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::html::esc;
    use super::method_page::{pct, two};
    use super::seeds::SitePlan;
    use super::*;
    use crate::load::PlanData;
    use plan_gauge_core::explain;
    use plan_gauge_core::progress::opensdg::OpensdgThresholds;
    use plan_gauge_core::progress::pace::PaceThresholds;
    use plan_gauge_core::progress::Status;
    use plan_gauge_core::progress::{assess_plan, Options};
    use plan_gauge_core::time::Date;
    use plan_gauge_core::validate;

    const PLAN: &str = r#"{
      "format": "plan-gauge/1", "id": "demo", "title": "示例方案", "issuer": "示例局",
      "period": {"start": 2022, "end": 2025}, "locale": "zh-Hans",
      "sections": [{"id": "1", "label": "一、", "title": "目标"}],
      "indicators": [
        {"id": "a", "name": "甲", "unit": "家", "kind": "level", "section": "1",
         "targets": [{"milestones": [{"year": 2025, "value": 10}], "lead": ["甲局"],
                      "citation": {"quote": "到2025年甲达到10家", "section": "1"}}]},
        {"id": "b", "name": "乙", "i18n": {"en": "B"}, "unit": "家", "kind": "level",
         "section": "1", "headline": true,
         "targets": [{"milestones": [{"year": 2025, "value": 5}], "lead": ["乙局"],
                      "citation": {"quote": "到2025年乙达到5家", "section": "1"}}]}
      ]
    }"#;

    fn site_plan(json: &str) -> SitePlan {
        let plan = validate::parse_plan(json).unwrap_or_else(|_| panic!("fixture parses"));
        let as_of = Date::new(2024, 6, 1).unwrap();
        let assessments = assess_plan(&plan, &[], &Options::new(as_of));
        SitePlan {
            data: PlanData {
                plan,
                observations: Vec::new(),
                sample: true,
            },
            assessments,
            obs_file: None,
            demo: None,
        }
    }

    #[test]
    fn plan_page_says_not_stated_instead_of_inventing() {
        let p = site_plan(PLAN);
        let html = plan_page(&p, &p, Lang::ZhHans, Date::new(2024, 6, 1).unwrap());
        // No document number, no date, no source: each is said to be absent, in both languages.
        assert_eq!(
            html.matches("未载明 <span class=\"en\" lang=\"en\">not stated</span>")
                .count(),
            3
        );
        assert!(html.contains("示例局"));
        let with_doc = PLAN.replace(
            "\"issuer\": \"示例局\",",
            "\"issuer\": \"示例局\", \"doc_number\": \"示政办发〔2022〕1号\", \"issued\": \"2022-07-22\",",
        );
        let html = plan_page(
            &site_plan(&with_doc),
            &site_plan(&with_doc),
            Lang::ZhHans,
            Date::new(2024, 6, 1).unwrap(),
        );
        assert_eq!(
            html.matches("not stated").count(),
            1,
            "only the source is missing now"
        );
        assert!(html.contains("示政办发〔2022〕1号") && html.contains("2022年7月22日"));
    }

    /// English pages name the issuer and lead agencies in English (the plan's `agencies`);
    /// Chinese pages keep the names as the plan writes them.
    #[test]
    fn english_pages_name_agencies_in_english() {
        let with_names = PLAN.replace(
            "\"indicators\": [",
            "\"agencies\": {\"示例局\": {\"en\": \"Demo Bureau\"}, \"乙局\": {\"en\": \"Bureau B\"}},\n\"indicators\": [",
        );
        let p = site_plan(&with_names);
        let as_of = Date::new(2024, 6, 1).unwrap();
        let en = plan_page(&p, &p, Lang::En, as_of);
        assert!(en.contains("Lead: Bureau B."), "{en}");
        assert!(en.contains("<dd>Demo Bureau</dd>"), "{en}");
        assert!(en.contains("Demo Bureau issued"), "{en}");
        assert!(
            en.contains("<dd><bdi>Bureau B</bdi></dd>"),
            "the card's lead agency row"
        );
        assert!(!en.contains("乙局"), "{en}");
        let zh = plan_page(&p, &p, Lang::ZhHans, as_of);
        assert!(
            zh.contains("牵头单位：<span lang=\"zh-Hans\">乙局</span>"),
            "{zh}"
        );
        assert!(!zh.contains("Bureau B"), "{zh}");
    }

    #[test]
    fn plan_page_shows_every_indicator_live_and_static_without_inline_style() {
        let p = site_plan(PLAN);
        for lang in [Lang::ZhHans, Lang::En] {
            let html = plan_page(&p, &p, lang, Date::new(2024, 6, 1).unwrap());
            for id in ["a", "b"] {
                assert!(
                    html.contains(&format!("data-indicator=\"{id}\"")),
                    "{id} in the dashboard fallback ({lang:?})"
                );
            }
            assert!(html.contains("<plan-gauge view=\"dashboard\" src=\"../data/demo.plan.json\""));
            assert!(
                html.contains("<plan-gauge view=\"card\" indicator=\"b\""),
                "the headline indicator is featured"
            );
            assert!(html.contains("class=\"sample-banner\""));
            assert!(!html.contains("style="), "no style attributes");
            assert!(!html.contains("<style"), "no style elements");
            assert_eq!(html.matches("<script").count(), 1, "only the loader");
        }
    }

    #[test]
    fn fallbacks_cover_every_indicator() {
        let p = site_plan(PLAN);
        let fb = fallbacks(&p, Lang::En, Date::new(2024, 6, 1).unwrap());
        let cards = fb["cards"].as_object().map(|m| m.len());
        assert_eq!(cards, Some(2));
        assert!(fb["cards"]["b"]
            .as_str()
            .is_some_and(|h| h.contains("pg-card")));
        assert!(fb["dashboard"]
            .as_str()
            .is_some_and(|h| h.contains("data-indicator=\"a\"")));
    }

    #[test]
    fn method_page_carries_the_cores_texts_and_thresholds() {
        let html = method_page();
        for lang in [Lang::ZhHans, Lang::En] {
            for paragraph in explain::method_text(lang) {
                assert!(html.contains(&esc(paragraph)), "missing: {paragraph}");
            }
        }
        for s in Status::ALL {
            assert!(html.contains(explain::status_label(s, Lang::ZhHans)));
            assert!(html.contains(explain::status_label(s, Lang::En)));
        }
        let pace = PaceThresholds::DEFAULT;
        let sdg = OpensdgThresholds::DEFAULT;
        for needle in [
            format!("≥ {}", two(pace.on_track)),
            format!("≥ {}", two(pace.at_risk)),
            format!("≥ {}", two(sdg.high)),
            format!("{} – {}", two(sdg.med), two(sdg.high)),
            format!("≥ {}", pct(sdg.high_no_target)),
            format!("{} – {}", pct(sdg.med_no_target), pct(sdg.high_no_target)),
        ] {
            assert!(html.contains(&needle), "missing threshold {needle}");
        }
    }

    /// The method paragraphs are prose in the locale tables; they must state the same cut-offs as
    /// the constants the engine uses.
    #[test]
    fn method_prose_states_the_engines_constants() {
        let pace = PaceThresholds::DEFAULT;
        let sdg = OpensdgThresholds::DEFAULT;
        for lang in [Lang::ZhHans, Lang::ZhHant, Lang::En] {
            let e = lang.method();
            for n in [pct(pace.on_track), pct(pace.at_risk), pct(pace.min_elapsed)] {
                assert!(e.method_pace.contains(&n), "{lang:?} pace text lacks {n}");
            }
            for n in [
                two(sdg.high),
                two(sdg.med),
                pct(sdg.high_no_target),
                pct(sdg.med_no_target),
            ] {
                assert!(
                    e.method_opensdg.contains(&n),
                    "{lang:?} Open SDG text lacks {n}"
                );
            }
        }
    }

    /// Data is text wherever a page sets it: a title, issuer, document number, name, agency or
    /// quote that holds markup stays text, a comment end stays text, a right-to-left override is
    /// dropped, and a source address that is not http(s) is no link.
    #[test]
    fn hostile_data_stays_text_on_the_pages() {
        let evil = "x--></h1><script>alert(1)</script><img src=x onerror=alert(2)>\"'\u{202e}";
        let json = PLAN
            .replace("\"示例方案\"", &serde_json::to_string(evil).unwrap_or_default())
            .replace(
                "\"issuer\": \"示例局\",",
                &format!(
                    "\"issuer\": {e}, \"doc_number\": {e}, \"source_url\": \"javascript:alert(3)\",",
                    e = serde_json::to_string(evil).unwrap_or_default()
                ),
            )
            .replace("\"甲\"", &serde_json::to_string(evil).unwrap_or_default())
            .replace("\"乙局\"", &serde_json::to_string(evil).unwrap_or_default())
            .replace("到2025年乙达到5家", "到2025年乙达到5家</p><script>alert(4)</script>");
        let p = site_plan(&json);
        assert!(
            p.data.plan.title.contains("<script>"),
            "the fixture carries the markup"
        );
        let as_of = Date::new(2024, 6, 1).unwrap();
        for lang in [Lang::ZhHans, Lang::En] {
            let html = plan_page(&p, &p, lang, as_of);
            assert_eq!(
                html.matches("<script").count(),
                1,
                "only the loader: {html}"
            );
            assert!(
                !html.contains("<img") && !html.contains("alert(1)</script>"),
                "{html}"
            );
            assert!(!html.contains("javascript:"), "no link but http(s): {html}");
            assert!(
                html.contains("&lt;script&gt;alert(1)"),
                "the title is shown as text"
            );
            assert!(!html.contains('\u{202e}'), "no override reaches the page");
        }
        let plans = catalog(std::slice::from_ref(&p)).to_string();
        assert!(
            !plans.contains('\u{202e}'),
            "the generator's list shows no override"
        );
        let fb = fallbacks(&p, Lang::En, as_of);
        let dashboard = fb["dashboard"].as_str().unwrap_or_default();
        assert!(
            !dashboard.contains("<script") && !dashboard.contains("<img"),
            "{dashboard}"
        );
    }

    #[test]
    fn escapes_text_and_attributes() {
        assert_eq!(
            esc("<a href=\"x\">&'"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&#39;"
        );
    }
}
