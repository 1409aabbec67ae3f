//! The browser side: mounting into host elements (wasm32 only).

use crate::{load_observations, load_plan, prepare, Config, ViewName, Widget};
use leptos::prelude::*;
use plan_gauge_core::time::Date;
use plan_gauge_ui::{
    BulletBar, GaugeKind, IndicatorCard, PlanDashboard, RadialGauge, Theme, TrendChart, STYLESHEET,
};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Once;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, spawn_local, JsFuture};
use web_sys::{
    CssStyleSheet, Element, HtmlElement, Response, ShadowRoot, ShadowRootInit, ShadowRootMode,
};

thread_local! {
    /// One fetch per absolute URL: the promise of the response text, shared by every element.
    static FETCHES: RefCell<HashMap<String, js_sys::Promise>> = RefCell::new(HashMap::new());
    /// One constructed stylesheet, adopted by every shadow root.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// Logs `plan-gauge: {msg}` as a console warning.
fn warn(msg: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("plan-gauge: {msg}")));
}

/// A panic becomes one console warning (then the previous hook runs, e.g. the test runner's).
/// The element whose mount panicked keeps its fallback: content enters the shadow root only after
/// the view was fully built.
fn install_panic_hook() {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            warn(&format!("internal error, showing the fallback: {info}"));
            previous(info);
        }));
    });
}

/// Mounts the widget into `el` (a `<plan-gauge>` or `[data-plan-gauge]` host). Returns at once;
/// fetching and rendering continue asynchronously. Calling it again for the same element does
/// nothing.
#[wasm_bindgen]
pub fn mount_element(el: Element) {
    install_panic_hook();
    if el.shadow_root().is_some() {
        return;
    }
    // The shadow root starts with a <slot>, so the light-DOM fallback stays visible until the
    // widget replaces it.
    let init = ShadowRootInit::new(ShadowRootMode::Open);
    let shadow = match el.attach_shadow(&init) {
        Ok(s) => s,
        Err(_) => {
            warn(&format!(
                "cannot attach a shadow root to <{}>; use <plan-gauge> or a <div>",
                el.tag_name().to_ascii_lowercase()
            ));
            return;
        }
    };
    let slot = match create_element("slot") {
        Ok(s) => s,
        Err(e) => return warn(&e),
    };
    if shadow.append_child(&slot).is_err() {
        return warn("cannot prepare the shadow root");
    }
    let config = Config::read(|name| el.get_attribute(name));
    spawn_local(async move {
        if let Err(msg) = render(&shadow, &slot, config).await {
            warn(&msg);
        }
    });
}

async fn render(shadow: &ShadowRoot, slot: &Element, config: Config) -> Result<(), String> {
    let src = config
        .src
        .as_deref()
        .ok_or("the element has no src attribute (the URL of a plan-gauge/1 plan)")?;
    let plan = load_plan(src, &fetch_text(src).await?)?;
    let observations = match config.observations.as_deref() {
        Some(url) => Some(load_observations(url, &fetch_text(url).await?, &plan)?),
        None => None,
    };
    let widget = prepare(&config, plan, observations, today()?)?;

    adopt_stylesheet(shadow)?;
    let container = create_element("div")?;
    let html: HtmlElement = container.clone().unchecked_into();
    leptos::mount::mount_to(html, move || widget_view(widget)).forget();
    slot.remove();
    shadow
        .append_child(&container)
        .map_err(|_| "cannot insert the widget".to_string())?;
    Ok(())
}

/// Today's date in the reader's time zone: the as-of date of the assessment.
fn today() -> Result<Date, String> {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    i32::try_from(y)
        .ok()
        .zip(u8::try_from(m).ok())
        .zip(u8::try_from(d).ok())
        .and_then(|((y, m), d)| Date::new(y, m, d))
        .ok_or_else(|| "cannot read today's date".to_string())
}

/// The component the element asked for, from plan-gauge-ui.
fn widget_view(w: Widget) -> AnyView {
    let theme = Theme::parse(w.theme).unwrap_or_default();
    let lang = w.lang;
    let sample = w.observations.sample;
    match (w.view, w.focus) {
        (ViewName::Card, Some((ind, a))) => view! {
            <IndicatorCard assessment=a indicator=ind lang=lang theme=theme gauge=GaugeKind::Bar sample=sample />
        }
        .into_any(),
        (ViewName::Radial, Some((ind, a))) => {
            view! { <RadialGauge assessment=a indicator=ind lang=lang theme=theme /> }.into_any()
        }
        (ViewName::Bar, Some((ind, a))) => {
            view! { <BulletBar assessment=a indicator=ind lang=lang theme=theme /> }.into_any()
        }
        (ViewName::Trend, Some((ind, a))) => view! {
            <TrendChart indicator=ind observations=w.observations.observations assessment=a lang=lang theme=theme />
        }
        .into_any(),
        (_, _) => view! {
            <PlanDashboard plan=w.plan assessments=w.assessments lang=lang theme=theme sample=sample />
        }
        .into_any(),
    }
}

fn create_element(tag: &str) -> Result<Element, String> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?
        .create_element(tag)
        .map_err(|_| format!("cannot create <{tag}>"))
}

fn adopt_stylesheet(shadow: &ShadowRoot) -> Result<(), String> {
    let sheet = SHEET.with(|cell| -> Result<CssStyleSheet, String> {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet =
            CssStyleSheet::new().map_err(|_| "constructable stylesheets are not supported")?;
        sheet
            .replace_sync(STYLESHEET)
            .map_err(|_| "cannot parse the widget stylesheet")?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    Ok(())
}

/// The text at `url` (relative to the page), fetched once per absolute URL.
async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let base = window
        .document()
        .and_then(|d| d.base_uri().ok().flatten())
        .unwrap_or_default();
    let absolute = web_sys::Url::new_with_base(url, &base)
        .map(|u| u.href())
        .map_err(|_| format!("{url}: not a valid URL"))?;
    let promise = FETCHES.with(|cell| {
        cell.borrow_mut()
            .entry(absolute.clone())
            .or_insert_with(|| {
                let target = absolute.clone();
                future_to_promise(async move { fetch_uncached(&target).await })
            })
            .clone()
    });
    let text = JsFuture::from(promise).await.map_err(|e| {
        e.as_string()
            .unwrap_or_else(|| format!("{url}: cannot load"))
    })?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}

/// The response text as a JS string, or an error message as a JS string.
async fn fetch_uncached(url: &str) -> Result<JsValue, JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let response: Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| JsValue::from_str(&format!("{url}: cannot load (network error)")))?
        .unchecked_into();
    if !response.ok() {
        return Err(JsValue::from_str(&format!(
            "{url}: cannot load (HTTP {})",
            response.status()
        )));
    }
    let text = response
        .text()
        .map_err(|_| JsValue::from_str(&format!("{url}: cannot read the body")))?;
    JsFuture::from(text)
        .await
        .map_err(|_| JsValue::from_str(&format!("{url}: cannot read the body")))
}
