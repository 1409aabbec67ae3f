//! Mounting in real Chromium: `wasm-pack test --headless --chrome crates/embed`.
//!
//! Data URLs stand in for served files, so the tests need no server.
#![cfg(target_arch = "wasm32")]

use plan_gauge_embed::mount_element;
use wasm_bindgen_test::*;
use web_sys::{Document, Element};

wasm_bindgen_test_configure!(run_in_browser);

const PLAN: &str = r#"{
  "format": "plan-gauge/1", "id": "demo", "title": "示例方案", "issuer": "示例局",
  "period": {"start": 2022, "end": 2025}, "locale": "zh-Hans",
  "sections": [{"id": "1", "label": "一、", "title": "目标"}],
  "indicators": [
    {"id": "firms", "name": "高新技术企业数量", "i18n": {"en": "High-tech enterprises"},
     "unit": "家", "kind": "level", "section": "1", "headline": true,
     "targets": [{"milestones": [{"year": 2025, "value": 685}], "lead": ["区科技局"],
                  "citation": {"quote": "到2025年高新技术企业达到685家", "section": "1"}}]}
  ]
}"#;

const FALLBACK: &str = "<p>高新技术企业数量：目标为到2025年达到685家。</p>";

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A `data:` URL holding `text`, usable as a `src` attribute.
fn data_url(text: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(text).into();
    format!("data:application/json;charset=utf-8,{encoded}")
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

/// Waits (up to ~5 s) until `done` holds, letting fetches and renders run.
async fn until(mut done: impl FnMut() -> bool) -> bool {
    for _ in 0..100 {
        if done() {
            return true;
        }
        sleep_ms(50).await;
    }
    done()
}

async fn sleep_ms(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
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
async fn mounts_the_gauge_into_an_open_shadow_root() {
    let src = data_url(PLAN);
    let el = host(&[("src", &src), ("indicator", "firms")]);
    mount_element(el.clone());
    assert!(
        until(|| !has_slot(&el)).await,
        "the widget never replaced the fallback slot"
    );
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
async fn data_attributes_and_language_work_on_a_div() {
    let src = data_url(PLAN);
    let el = document().create_element("div").unwrap();
    el.set_attribute("data-plan-gauge", "").unwrap();
    el.set_attribute("data-src", &src).unwrap();
    el.set_attribute("data-lang", "en").unwrap();
    el.set_inner_html(FALLBACK);
    document().body().unwrap().append_child(&el).unwrap();
    mount_element(el.clone());
    assert!(
        until(|| !has_slot(&el)).await,
        "the widget never replaced the fallback slot"
    );
    let text = shadow_text(&el);
    assert!(
        text.contains("High-tech enterprises"),
        "shadow root text: {text}"
    );
}

#[wasm_bindgen_test]
async fn bad_data_keeps_the_fallback() {
    for src in [
        data_url("{ not json"),
        data_url(&PLAN.replace("plan-gauge/1", "plan-gauge/0")),
        data_url(PLAN),
    ] {
        // The last case names an indicator the plan does not have.
        let el = host(&[("src", &src), ("indicator", "nope")]);
        mount_element(el.clone());
        // Let the same fetch settle, then give the widget ample time to (wrongly) render.
        let settled = web_sys::window().unwrap().fetch_with_str(&src);
        let _ = wasm_bindgen_futures::JsFuture::from(settled).await;
        sleep_ms(300).await;
        assert!(has_slot(&el), "the fallback slot must stay for {src}");
        assert_eq!(
            shadow_text(&el).trim(),
            "",
            "nothing but the slot for {src}"
        );
        assert_eq!(el.inner_html(), FALLBACK);
    }
}

#[wasm_bindgen_test]
async fn a_missing_src_keeps_the_fallback_and_mounting_twice_is_harmless() {
    let el = host(&[]);
    mount_element(el.clone());
    mount_element(el.clone());
    sleep_ms(100).await;
    assert!(has_slot(&el));
    let src = data_url(PLAN);
    let ok = host(&[("src", &src)]);
    mount_element(ok.clone());
    mount_element(ok.clone());
    assert!(until(|| !has_slot(&ok)).await);
    let root = ok.shadow_root().unwrap();
    assert_eq!(root.child_element_count(), 1, "one widget, not two");
}
