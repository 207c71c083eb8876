//! Small wrappers around browser APIs the screens need: time, ids, fetch, preferences.

use crate::core::date::Date;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Today's date on this device's clock.
pub fn today() -> Date {
    date_at(now_ms())
}

/// The local calendar day of a moment in milliseconds since 1970.
pub fn date_at(ms: f64) -> Date {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    Date::new(d.get_full_year() as i32, (d.get_month() + 1) as u8, d.get_date() as u8).unwrap_or(Date {
        year: 2026,
        month: 1,
        day: 1,
    })
}

/// Milliseconds since 1970.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

fn performance() -> Option<JsValue> {
    js_sys::Reflect::get(&web_sys::window()?.into(), &"performance".into()).ok().filter(|p| !p.is_undefined())
}

/// The page's high-resolution clock (ms since the page started), for measuring.
pub fn perf_now() -> f64 {
    performance()
        .and_then(|p| {
            let now = js_sys::Reflect::get(&p, &"now".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
            now.call0(&p).ok()?.as_f64()
        })
        .unwrap_or_else(now_ms)
}

/// Adds a `performance.measure` entry from `start` until now, with `{ main, bytes }` as its
/// detail (for scripts/bench); `clear_first` drops the earlier entries of that name.
pub fn perf_measure(name: &str, start: f64, main_ms: f64, bytes: usize, clear_first: bool) {
    let Some(p) = performance() else { return };
    let call = |method: &str, args: &js_sys::Array| {
        if let Some(f) =
            js_sys::Reflect::get(&p, &method.into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        {
            let _ = f.apply(&p, args);
        }
    };
    if clear_first {
        call("clearMeasures", &js_sys::Array::of1(&name.into()));
    }
    let detail = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&detail, &"main".into(), &main_ms.into());
    let _ = js_sys::Reflect::set(&detail, &"bytes".into(), &(bytes as f64).into());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"start".into(), &start.into());
    let _ = js_sys::Reflect::set(&options, &"end".into(), &perf_now().into());
    let _ = js_sys::Reflect::set(&options, &"detail".into(), &detail);
    call("measure", &js_sys::Array::of2(&name.into(), &options));
}

/// A fresh random id (96 bits from the platform's random source) with a readable prefix.
pub fn new_id(prefix: &str) -> String {
    let mut bytes = [0u8; 12];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .and_then(|c| c.get_random_values_with_u8_array(&mut bytes).ok())
        .is_some();
    if !filled {
        for b in bytes.iter_mut() {
            *b = (js_sys::Math::random() * 256.0) as u8;
        }
    }
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{prefix}-{hex}")
}

/// GETs one of the app's own files as text.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let resp = JsFuture::from(window.fetch_with_str(url)).await.map_err(describe)?;
    let resp: web_sys::Response = resp.dyn_into().map_err(describe)?;
    if !resp.ok() {
        return Err(format!("HTTP {}", resp.status()));
    }
    let text = JsFuture::from(resp.text().map_err(describe)?).await.map_err(describe)?;
    text.as_string().ok_or_else(|| "not text".into())
}

/// A short description of a JavaScript error value.
pub fn describe(v: JsValue) -> String {
    if let Some(e) = v.dyn_ref::<js_sys::Error>() {
        return String::from(e.message());
    }
    if let Some(e) = v.dyn_ref::<web_sys::DomException>() {
        return e.name();
    }
    v.as_string().unwrap_or_else(|| "unknown error".into())
}

/// Whether the page URL has `?name` (or `&name`) in its query.
pub fn has_query_flag(name: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| web_sys::UrlSearchParams::new_with_str(&s).ok())
        .is_some_and(|p| p.has(name))
}

const LANG_KEY: &str = "samenplan.lang";

/// The interface language chosen earlier on this device (not case data).
pub fn saved_lang() -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(LANG_KEY).ok()?
}

pub fn save_lang(code: &str) {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.set_item(LANG_KEY, code);
    }
}

/// Sets `<html lang dir>` so screen readers, hyphenation and the layout's direction follow the
/// interface language.
pub fn set_document_lang(code: &str, rtl: bool) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", code);
        let _ = el.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
    }
}

/// A text in capitals by the browser (String.toUpperCase, the same Unicode mapping as Rust's):
/// Rust's case tables would add some 20 KB to the app's first load for the few texts that need it.
pub fn capitals(text: &str) -> String {
    js_sys::JsString::from(text).to_upper_case().into()
}

/// Tells the loader (www/app.js) that the first screen stands: the rest of the app's code loads
/// then, not while the first screen is being made.
pub fn announce_first_screen() {
    if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new("samenplan-first-screen")) {
        let _ = w.dispatch_event(&e);
    }
}

/// Waits for the rest of the app's code (www/split.js, through app.js's `samenplanRest`): the
/// first screens call this before anything that is not theirs runs. At once in a build that is
/// not split; Err when the rest could not be loaded (offline before it was ever cached).
pub async fn rest_of_app() -> Result<(), ()> {
    wait_for_loader("samenplanRest").await
}

/// The same for work that can wait: not before the first screen is painted (app.js's
/// `samenplanRestLater`), so it never starts the rest's download while that screen is made.
pub async fn rest_of_app_later() -> Result<(), ()> {
    wait_for_loader("samenplanRestLater").await
}

async fn wait_for_loader(name: &str) -> Result<(), ()> {
    let Some(w) = web_sys::window() else { return Ok(()) };
    let Some(load) = js_sys::Reflect::get(&w, &name.into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return Ok(());
    };
    let promise = load.call0(&w).map_err(|_| ())?.dyn_into::<js_sys::Promise>().map_err(|_| ())?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}

/// Moves focus once the next render has happened (the element may not exist yet).
pub fn focus_id_later(id: impl Into<String>) {
    let id = id.into();
    gloo_timers::callback::Timeout::new(0, move || focus_id(&id)).forget();
}

/// Moves keyboard focus to the element with this id, if present.
pub fn focus_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
