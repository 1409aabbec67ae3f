//! The browser side: rendering into host elements (wasm32 only).
//!
//! The loader does everything that waits (finding hosts, lazy start, fetching data once per URL,
//! inline data, time-outs) and calls these exports synchronously inside `try/catch`, so that a
//! panic (which traps: `panic = "abort"`) can never escape to the host page. Each export either
//! finishes or leaves the element exactly as it was.

use crate::{widget, Config, LoadError, Prepared, Reading, NEEDS_FULL, NEEDS_WORDS};
use plan_gauge_core::time::Date;
use plan_gauge_core::validate::{Shape, Tree};
use plan_gauge_ui::{widget_view, STYLESHEET_MIN};
use std::any::Any;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

thread_local! {
    /// One constructed stylesheet, adopted by every shadow root.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    /// The mounted views, one per host element by the number the loader gives it (comparing
    /// elements would cross into JavaScript once per mounted view); dropping a handle unmounts
    /// its view.
    static MOUNTS: RefCell<Vec<(u32, Box<dyn Any>)>> = const { RefCell::new(Vec::new()) };
    /// Each data key's files, read, checked and assessed once (or why they cannot be shown), or
    /// still being read.
    static DATA: RefCell<Vec<(String, Entry)>> = const { RefCell::new(Vec::new()) };
}

/// The embed's own rules, before the components' sheet: the host element's box
/// ([`plan_gauge_ui::host_css`]: the page's rules win, `hidden` hides, size containment does not
/// collapse it), then the container, which resets everything the host page could pass down by
/// inheritance (`all: initial`, which host rules cannot reach; `direction`, which `all` leaves
/// alone, is set apart so that a right-to-left page does not mirror the widget), with sizes that
/// follow the reader's default font size instead of the host page's root font size.
const CONTAINER_CSS: &str =
    ".pg-embed{all:initial;display:block;direction:ltr;unicode-bidi:isolate;\
font-family:inherit;font-size:medium;line-height:normal}";

/// A data key's files: read (or why they cannot be shown), or still being read.
enum Entry {
    Ready(Box<Result<Prepared, LoadError>>),
    Reading(Box<Reading>),
}

/// Starts reading the files of one data key (the loader's name for a plan URL and an
/// observations URL), read, checked and assessed once for every element that names it. A plan
/// of more than [`crate::BATCH`] indicators is read further by [`load_more`] while
/// [`pending`] says so, one short task at a time. A problem is kept with the key and told by
/// [`render`] to each element in its own language.
#[wasm_bindgen]
pub fn load(
    key: String,
    plan_what: String,
    plan: String,
    observations_what: Option<String>,
    observations: Option<String>,
) -> Result<(), String> {
    let observations = observations_what.as_deref().zip(observations.as_deref());
    let entry = match Reading::begin(&plan_what, &plan, observations) {
        Ok(reading) => next(reading)?,
        Err(e) => Entry::Ready(Box::new(Err(e.into()))),
    };
    DATA.with(|d| {
        let mut d = d.borrow_mut();
        d.retain(|(k, _)| *k != key);
        d.push((key, entry));
    });
    Ok(())
}

/// One more step of reading `key`'s files (see [`load`]).
#[wasm_bindgen]
pub fn load_more(key: &str) -> Result<(), String> {
    let taken = DATA.with(|d| {
        let mut d = d.borrow_mut();
        let i = d
            .iter()
            .position(|(k, e)| k == key && matches!(e, Entry::Reading(_)))?;
        Some(d.swap_remove(i))
    });
    let Some((key, Entry::Reading(reading))) = taken else {
        return Ok(());
    };
    let entry = next(*reading)?;
    DATA.with(|d| d.borrow_mut().push((key, entry)));
    Ok(())
}

/// How many indicators of `key`'s plan are still to read (0 once it is read).
#[wasm_bindgen]
pub fn pending(key: &str) -> u32 {
    DATA.with(|d| {
        d.borrow()
            .iter()
            .find(|(k, _)| k == key)
            .map_or(0, |(_, e)| match e {
                Entry::Reading(r) => u32::try_from(r.left().max(1)).unwrap_or(u32::MAX),
                Entry::Ready(_) => 0,
            })
    })
}

/// Reads one batch; when nothing is left, checks and assesses.
fn next(mut reading: Reading) -> Result<Entry, String> {
    if reading.left() > 0 {
        if let Err(e) = reading.step() {
            return Ok(Entry::Ready(Box::new(Err(e.into()))));
        }
    }
    if reading.left() > 0 {
        return Ok(Entry::Reading(Box::new(reading)));
    }
    Ok(Entry::Ready(Box::new(reading.finish(today()?))))
}

/// Renders the widget `el` asks for (its attributes) from the data of `key` (read by [`load`]).
/// On success the shadow root shows the widget (replacing any earlier one); on failure nothing
/// changes and the error is the reason, one line in the element's language. Elements this
/// module cannot draw get [`NEEDS_FULL`]; elements in a language whose words the module has
/// not read yet get [`NEEDS_WORDS`] and the language's tag. `id` is the element's own number,
/// given by the loader, the same at every render and unmount of the element.
#[wasm_bindgen]
pub fn render(el: Element, key: &str, id: u32) -> Result<(), String> {
    let config = Config::read(|name| el.get_attribute(name));
    let lang = config.lang();
    let as_of = today()?;
    let widget = DATA.with(|d| {
        let mut d = d.borrow_mut();
        let entry = d.iter_mut().find(|(k, _)| k == key);
        let ready = entry.and_then(|(_, e)| match e {
            Entry::Ready(r) => Some(r.as_mut()),
            Entry::Reading(_) => None,
        });
        let needs_words = || format!("{NEEDS_WORDS}{}", lang.tag());
        match ready {
            None => Err(format!("{key}: not read yet")),
            Some(Err(LoadError::Data(_))) if !lang.available() => Err(needs_words()),
            Some(Err(LoadError::Data(e))) => Err(e.line(lang)),
            Some(Err(LoadError::NeedsFull)) => Err(NEEDS_FULL.to_string()),
            Some(Ok(data)) => {
                data.at(as_of);
                let widget = widget(&config, data)
                    .map_err(|e| e.unwrap_or_else(|| NEEDS_FULL.to_string()))?;
                // Only an element this module draws asks for its language's words.
                if lang.available() {
                    Ok(widget)
                } else {
                    Err(needs_words())
                }
            }
        }
    })?;

    let shadow = shadow_root(&el)?;
    adopt_stylesheet(&shadow)?;
    // Build the view in a detached container first: if anything fails (or panics) on the way, the
    // element still shows what it showed before.
    let container = create_element("div")?;
    container.set_class_name("pg-embed");
    container
        .set_attribute("dir", "ltr")
        .map_err(|_| "cannot set dir")?;
    let html: HtmlElement = container.clone().unchecked_into();
    let handle = mount(html, widget);
    forget_mount(id);
    shadow.replace_children_with_node_1(&container);
    MOUNTS.with(|m| m.borrow_mut().push((id, handle)));
    Ok(())
}

/// Mounts the widget's view in `container`; dropping the handle unmounts it. The second part's
/// dashboard has live filters, so it runs under a reactive owner (`mount_to`).
#[cfg(feature = "full")]
fn mount(container: HtmlElement, widget: plan_gauge_ui::Widget) -> Box<dyn Any> {
    Box::new(leptos::mount::mount_to(container, move || {
        widget_view(widget)
    }))
}

/// Mounts the widget's view in `container`; dropping the handle unmounts it. The first module's
/// cards, radial gauges and bars hold no signal, effect or handler, so their views are built and
/// mounted by Leptos' renderer (tachys) without a reactive owner or an async executor: neither
/// is then in the module (about 3 KB gzip).
#[cfg(not(feature = "full"))]
fn mount(container: HtmlElement, widget: plan_gauge_ui::Widget) -> Box<dyn Any> {
    use leptos::prelude::IntoView;
    use leptos::tachys::view::{Mountable, Render};
    /// A mounted view, unmounted when dropped.
    struct Mounted<S: Mountable>(S);
    impl<S: Mountable> Drop for Mounted<S> {
        fn drop(&mut self) {
            self.0.unmount();
        }
    }
    let mut state = widget_view(widget).into_view().build();
    state.mount(&container, None);
    Box::new(Mounted(state))
}

/// Reads the words file of language `tag` (`plan-gauge-words.<tag>.<hash>.txt`, which
/// `plan-gauge build` writes beside the modules): from then on the module draws elements in that
/// language. A file of another version or language, or a damaged one, is refused with the reason.
#[cfg(feature = "lazy-locales")]
#[wasm_bindgen]
pub fn add_words(text: String, tag: &str) -> Result<(), String> {
    let lang = plan_gauge_core::i18n::words::load(text)?;
    if lang.tag() == tag {
        Ok(())
    } else {
        Err(format!(
            "the words file of {tag} holds the words of {}",
            lang.tag()
        ))
    }
}

/// How much the module holds: its memory in bytes, the data keys read and the views mounted
/// (`PlanGauge.stats()`; the tests check that re-rendering does not make them grow).
#[wasm_bindgen]
pub fn stats() -> js_sys::Array {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    let bytes = memory
        .buffer()
        .unchecked_into::<js_sys::ArrayBuffer>()
        .byte_length();
    let keys = DATA.with(|d| d.borrow().len());
    let mounts = MOUNTS.with(|m| m.borrow().len());
    js_sys::Array::of3(
        &JsValue::from(bytes),
        &JsValue::from(keys as u32),
        &JsValue::from(mounts as u32),
    )
}

/// The text of a data file's bytes as editors save them (UTF-8 with or without a BOM, UTF-16,
/// GB18030/GBK), decided by the core's one rule ([`plan_gauge_core::validate::decode_text`])
/// with the server's `charset` when it sent one; GB18030 is decoded by the browser's own
/// `TextDecoder`. A file that is not text is an error naming its encoding and line.
#[wasm_bindgen]
pub fn decode(bytes: &[u8], charset: Option<String>) -> Result<String, String> {
    plan_gauge_core::validate::decode_text(bytes, charset.as_deref(), |b| {
        let options = web_sys::TextDecoderOptions::new();
        options.set_fatal(true);
        let decoder = web_sys::TextDecoder::new_with_label_and_options("gb18030", &options).ok()?;
        decoder.decode_with_u8_array(b).ok()
    })
    .map(|(text, _)| text)
    // The module's own language: every module carries its words.
    .map_err(|p| crate::DataError::new("", p).line(plan_gauge_core::Lang::ZhHans))
}

/// Removes the widget from `el`, showing the light-DOM fallback again.
#[wasm_bindgen]
pub fn unmount(el: Element, id: u32) {
    forget_mount(id);
    if let Some(shadow) = el.shadow_root() {
        if let Ok(slot) = create_element("slot") {
            shadow.replace_children_with_node_1(&slot);
        }
    }
}

/// Panics on purpose, so that the end-to-end tests can check what the loader does when the module
/// traps. Never called by the loader.
#[doc(hidden)]
#[wasm_bindgen(js_name = "__trap")]
pub fn trap() {
    panic!("deliberate panic (test)");
}

/// Drops the view mounted in element `id`, if any (outside the borrow: unmounting runs
/// component code).
fn forget_mount(id: u32) {
    let old = MOUNTS.with(|m| {
        let mut m = m.borrow_mut();
        let i = m.iter().position(|(e, _)| *e == id)?;
        Some(m.swap_remove(i))
    });
    drop(old);
}

/// The element's open shadow root (the loader attaches it with a `<slot>` for the fallback).
fn shadow_root(el: &Element) -> Result<ShadowRoot, String> {
    if let Some(shadow) = el.shadow_root() {
        return Ok(shadow);
    }
    el.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .map_err(|_| {
            format!(
                "cannot attach a shadow root to <{}>; use <plan-gauge> or a <div>",
                el.tag_name().to_ascii_lowercase()
            )
        })
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

/// A node of the browser's `JSON.parse` result, read as own properties only
/// (`Object.keys`, `Object.values`): properties a page adds to `Object.prototype` or
/// `Array.prototype` never become fields of a plan. Each look into JavaScript is a call across
/// the module's edge, so the likeliest shapes are asked first (a plan is mostly strings), and an
/// object's names come back as one text.
pub(crate) struct Json(JsValue);

/// Joins an object's names into one text for [`Json::shape`] (a text control character; an
/// object with a name that holds it is read name by name).
const NAME_SEPARATOR: &str = "\u{0}";

impl Tree for Json {
    fn shape(self) -> Shape<Json> {
        let v = self.0;
        if let Some(s) = v.as_string() {
            Shape::String(s)
        } else if let Some(n) = v.as_f64() {
            Shape::Number(n)
        } else if let Some(b) = v.as_bool() {
            Shape::Bool(b)
        } else if js_sys::Array::is_array(&v) {
            let items: js_sys::Array = v.unchecked_into();
            Shape::Array(items.iter().map(Json).collect())
        } else if v.is_object() {
            let object: &js_sys::Object = v.unchecked_ref();
            let values = js_sys::Object::values(object);
            if values.length() == 0 {
                return Shape::Object(Vec::new());
            }
            let names = String::from(js_sys::Object::keys(object).join(NAME_SEPARATOR));
            let names: Vec<&str> = names.split(NAME_SEPARATOR).collect();
            if names.len() == values.length() as usize {
                let entries = names
                    .into_iter()
                    .map(String::from)
                    .zip(values.iter().map(Json));
                Shape::Object(entries.collect())
            } else {
                // A name with the separator in it: each name on its own.
                let pairs = js_sys::Object::entries(object);
                let entries = pairs.iter().filter_map(|pair| {
                    let pair: js_sys::Array = pair.unchecked_into();
                    Some((pair.get(0).as_string()?, Json(pair.get(1))))
                });
                Shape::Object(entries.collect())
            }
        } else {
            Shape::Null
        }
    }

    fn is_null(&self) -> bool {
        self.0.is_null() || self.0.is_undefined()
    }
}

/// Parses with the browser's own `JSON.parse`, which keeps a JSON parser out of the module.
pub(crate) fn parse_json(json: &str) -> Result<Json, String> {
    js_sys::JSON::parse(json).map(Json).map_err(|e| {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "syntax error".to_string())
    })
}

fn create_element(tag: &str) -> Result<Element, String> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?
        .create_element(tag)
        .map_err(|_| format!("cannot create <{tag}>"))
}

/// Adopts the widget sheet in place of the loader's (which only reserved the box).
fn adopt_stylesheet(shadow: &ShadowRoot) -> Result<(), String> {
    let sheet = SHEET.with(|cell| -> Result<CssStyleSheet, String> {
        if let Some(sheet) = cell.borrow().as_ref() {
            return Ok(sheet.clone());
        }
        let sheet =
            CssStyleSheet::new().map_err(|_| "constructable stylesheets are not supported")?;
        // In a guest, `rem` would follow the host page's root font size; `em` follows the
        // container, which starts at the reader's default size.
        let css = format!(
            "{}{CONTAINER_CSS}{}",
            plan_gauge_ui::host_css("contain-intrinsic-block-size"),
            STYLESHEET_MIN.replace("rem", "em")
        );
        sheet
            .replace_sync(&css)
            .map_err(|_| "cannot parse the widget stylesheet")?;
        *cell.borrow_mut() = Some(sheet.clone());
        Ok(sheet)
    })?;
    shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    Ok(())
}
