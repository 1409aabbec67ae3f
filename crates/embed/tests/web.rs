//! Mounting in real Chromium: `wasm-pack test --headless --chrome crates/embed`.
//!
//! The loader fetches; these tests hand the plan text to the exports directly. Run with
//! `--features full` too (the second part): the CSV test is for that build, and the first
//! module's answer for it is checked without it.
#![cfg(target_arch = "wasm32")]

use plan_gauge_embed::{load, render, stats, unmount};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::{Document, Element};

wasm_bindgen_test_configure!(run_in_browser);

const PLAN: &str = r#"{
  "format": "plan-gauge/1", "id": "demo", "title": "示例方案", "issuer": "示例局",
  "period": {"start": 2022, "end": 2025}, "locale": "zh-Hans",
  "sections": [{"id": "1", "label": "一、", "title": "目标"}],
  "agencies": {"区科技局": {"en": "District Science and Technology Bureau", "zh-Hant": "區科技局"}},
  "indicators": [
    {"id": "firms", "name": "高新技术企业数量", "i18n": {"en": "High-tech enterprises"},
     "unit": "家", "kind": "level", "section": "1", "headline": true,
     "targets": [{"milestones": [{"year": 2025, "value": 685}], "lead": ["区科技局"],
                  "citation": {"quote": "到2025年高新技术企业达到685家", "section": "1"}}]}
  ]
}"#;

const FALLBACK: &str = "<p>高新技术企业数量：目标为到2025年达到685家。</p>";

/// Loads `plan` (and observations) under a key of their own and renders `el` from it.
fn show(el: &Element, plan: &str, observations: Option<(&str, &str)>) -> Result<(), String> {
    let key = format!("{plan}\n{observations:?}");
    load(
        key.clone(),
        "plan.json".into(),
        plan.into(),
        observations.map(|o| o.0.to_string()),
        observations.map(|o| o.1.to_string()),
    )?;
    render(el.clone(), &key, id(el))
}

/// The number the loader would give the host: here, one per element, kept on the element.
fn id(el: &Element) -> u32 {
    thread_local!(static NEXT: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    let key = JsValue::from_str("__planGaugeTestId");
    let known = js_sys::Reflect::get(el, &key).ok().and_then(|v| v.as_f64());
    known.map(|n| n as u32).unwrap_or_else(|| {
        let n = NEXT.with(|c| {
            c.set(c.get() + 1);
            c.get()
        });
        js_sys::Reflect::set(el, &key, &JsValue::from(n)).unwrap();
        n
    })
}

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A `<plan-gauge>` host with the fallback inside, attached to the body.
fn host(attrs: &[(&str, &str)]) -> Element {
    let el = document().create_element("plan-gauge").unwrap();
    for (name, value) in attrs {
        el.set_attribute(name, value).unwrap();
    }
    el.set_inner_html(FALLBACK);
    document().body().unwrap().append_child(&el).unwrap();
    el
}

fn shadow_text(el: &Element) -> String {
    el.shadow_root()
        .and_then(|r| r.text_content())
        .unwrap_or_default()
}

fn has_slot(el: &Element) -> bool {
    el.shadow_root()
        .and_then(|r| r.query_selector("slot").ok().flatten())
        .is_some()
}

#[wasm_bindgen_test]
fn renders_the_gauge_into_an_open_shadow_root() {
    let el = host(&[("src", "plan.json"), ("indicator", "firms")]);
    show(&el, PLAN, None).unwrap();
    assert!(!has_slot(&el), "the widget replaced the fallback slot");
    let text = shadow_text(&el);
    assert!(
        text.contains("高新技术企业数量"),
        "shadow root text: {text}"
    );
    assert!(text.contains("685"), "shadow root text: {text}");
    let root = el.shadow_root().unwrap();
    assert_eq!(root.mode(), web_sys::ShadowRootMode::Open);
    assert_eq!(root.adopted_style_sheets().length(), 1);
    assert!(root.query_selector("style").unwrap().is_none());
    assert_eq!(el.inner_html(), FALLBACK, "the light DOM is unchanged");
}

#[wasm_bindgen_test]
fn data_attributes_and_language_work_on_a_div() {
    let el = document().create_element("div").unwrap();
    el.set_attribute("data-plan-gauge", "").unwrap();
    el.set_attribute("data-src", "plan.json").unwrap();
    el.set_attribute("data-lang", "en").unwrap();
    el.set_inner_html(FALLBACK);
    document().body().unwrap().append_child(&el).unwrap();
    show(&el, PLAN, None).unwrap();
    let text = shadow_text(&el);
    assert!(
        text.contains("High-tech enterprises"),
        "shadow root text: {text}"
    );
    assert!(
        text.contains("District Science and Technology Bureau") && !text.contains("区科技局"),
        "the lead agency in English: {text}"
    );
}

#[wasm_bindgen_test]
fn bad_data_keeps_the_fallback_and_names_the_reason() {
    for (plan, reason) in [
        (
            "{ not json".to_string(),
            "plan.json: 数据有误 [bad_json] (detail: ",
        ),
        (
            PLAN.replace("plan-gauge/1", "plan-gauge/0"),
            "plan.json: format: 数据有误 [format] (value: plan-gauge/0)",
        ),
        // The plan is fine, but it has no indicator `nope`.
        (PLAN.to_string(), "plan `demo` has no indicator `nope`"),
    ] {
        let el = host(&[("src", "plan.json"), ("indicator", "nope")]);
        let err = show(&el, &plan, None).unwrap_err();
        assert!(err.starts_with(reason), "{err}");
        assert!(el.shadow_root().is_none(), "nothing attached for {reason}");
        assert_eq!(el.inner_html(), FALLBACK);
    }
}

/// Each element's view is its own: unmounting one leaves the others, and its number names it
/// however many are mounted.
#[wasm_bindgen_test]
fn unmounting_one_element_leaves_the_others() {
    let before = stats().get(2).as_f64().unwrap_or(-1.0);
    let els: Vec<Element> = (0..3).map(|_| host(&[("src", "plan.json")])).collect();
    for el in &els {
        show(el, PLAN, None).unwrap();
    }
    assert_eq!(stats().get(2).as_f64(), Some(before + 3.0));
    unmount(els[1].clone(), id(&els[1]));
    assert!(has_slot(&els[1]));
    for el in [&els[0], &els[2]] {
        assert!(!has_slot(el), "the other elements keep their widget");
    }
    assert_eq!(stats().get(2).as_f64(), Some(before + 2.0));
    for el in [&els[0], &els[2]] {
        unmount(el.clone(), id(el));
    }
    assert_eq!(stats().get(2).as_f64(), Some(before));
}

/// The module reads an object's names as one text joined by a control character; a name with
/// that character in it is still read as itself (here: refused, as an unknown field by that name).
#[wasm_bindgen_test]
fn a_field_name_with_a_control_character_is_read_as_written() {
    let el = host(&[("src", "plan.json")]);
    let plan = PLAN.replacen(r#""id": "demo","#, r#""id": "demo", "a\u0000b": 1,"#, 1);
    assert_ne!(plan, PLAN);
    let err = show(&el, &plan, None).unwrap_err();
    assert!(err.contains("a\u{0}b"), "{err:?}");
}

#[wasm_bindgen_test]
fn rendering_again_replaces_the_widget_and_unmount_restores_the_fallback() {
    let el = host(&[("src", "plan.json")]);
    show(&el, PLAN, None).unwrap();
    el.set_attribute("lang", "en").unwrap();
    show(&el, PLAN, None).unwrap();
    let root = el.shadow_root().unwrap();
    assert_eq!(root.child_element_count(), 1, "one widget, not two");
    assert!(shadow_text(&el).contains("High-tech enterprises"));
    el.set_attribute("indicator", "nope").unwrap();
    assert!(show(&el, PLAN, None).is_err());
    assert!(
        shadow_text(&el).contains("High-tech enterprises"),
        "a failed render leaves the earlier widget"
    );
    unmount(el.clone(), id(&el));
    assert!(has_slot(&el));
    assert_eq!(root.child_element_count(), 1);
    assert_eq!(shadow_text(&el).trim(), "");
}

#[cfg(feature = "full")]
#[wasm_bindgen_test]
fn reads_observations_kept_as_csv() {
    let csv = "indicator,period,value,status,source,published\n\
               firms,2023,540,normal,区科技局,2024-03-01\n";
    let el = host(&[
        ("src", "plan.json"),
        ("observations", "obs.csv"),
        ("view", "trend"),
    ]);
    show(&el, PLAN, Some(("obs.csv", csv))).unwrap();
    let text = shadow_text(&el);
    assert!(text.contains("540"), "the CSV value is shown: {text}");

    let bad = "indicator,period,value,status,source,published\nfirms,2023,lots,normal,区科技局,2024-03-01\n";
    let el = host(&[
        ("src", "plan.json"),
        ("observations", "obs.csv"),
        ("lang", "en"),
    ]);
    let err = show(&el, PLAN, Some(("obs.csv", bad))).unwrap_err();
    assert!(err.starts_with("obs.csv: line 2"), "{err}");
    assert_eq!(el.inner_html(), FALLBACK);
}

/// The first module hands trend charts, dashboards and CSV to the second.
#[cfg(not(feature = "full"))]
#[wasm_bindgen_test]
fn the_first_module_asks_for_the_second_part() {
    use plan_gauge_embed::NEEDS_FULL;
    let csv =
        "indicator,period,value,status,source,published\nfirms,2023,540,,区科技局,2024-03-01\n";
    let el = host(&[("src", "plan.json"), ("observations", "obs.csv")]);
    assert_eq!(
        show(&el, PLAN, Some(("obs.csv", csv))),
        Err(NEEDS_FULL.to_string())
    );
    for view in ["trend", "dashboard"] {
        let el = host(&[("src", "plan.json"), ("view", view)]);
        assert_eq!(show(&el, PLAN, None), Err(NEEDS_FULL.to_string()), "{view}");
        assert_eq!(el.inner_html(), FALLBACK);
    }
}

/// Rendering one element a thousand times from data read once: the module keeps one view per
/// element and does not grow.
#[wasm_bindgen_test]
fn rendering_again_and_again_does_not_grow() {
    let el = host(&[("src", "plan.json")]);
    load("again".into(), "plan.json".into(), PLAN.into(), None, None).unwrap();
    let count = |s: &js_sys::Array, i: u32| s.get(i).as_f64().unwrap_or(-1.0);
    for _ in 0..50 {
        render(el.clone(), "again", id(&el)).unwrap();
    }
    let warm = stats();
    for i in 0..1000 {
        el.set_attribute("lang", if i % 2 == 0 { "en" } else { "zh-Hant" })
            .unwrap();
        render(el.clone(), "again", id(&el)).unwrap();
    }
    let after = stats();
    assert_eq!(count(&after, 0), count(&warm, 0), "memory grew");
    assert_eq!(count(&after, 1), count(&warm, 1), "data keys");
    assert_eq!(count(&after, 2), count(&warm, 2), "mounted views");
    assert!(shadow_text(&el).contains("目標"), "{}", shadow_text(&el));
}
