//! The app's side of the PDF worker (`www/pdf-worker.js`): started on the first PDF, kept for the
//! next ones, so the PDF module and the fonts are fetched only when someone asks for a PDF and the
//! page stays responsive while it is made.

use super::browser::describe;
use js_sys::{Function, Promise, Reflect, Uint8Array};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker};
use yew::Callback;

/// Where a PDF is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Fetching the PDF module and the fonts (the first time only).
    Loading,
    Making,
}

/// Why no PDF came back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfFailure {
    /// The fonts could not be fetched or read.
    Font,
    /// Anything else, described for the message.
    Other(String),
}

/// A finished PDF and how long the worker took to make it.
pub struct Made {
    pub bytes: Vec<u8>,
    pub ms: f64,
}

struct Pending {
    resolve: Function,
    reject: Function,
    progress: Callback<Stage>,
}

struct Client {
    worker: Worker,
    pending: Rc<RefCell<BTreeMap<u32, Pending>>>,
    next: u32,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

thread_local! {
    static CLIENT: RefCell<Option<Client>> = const { RefCell::new(None) };
}

fn field(v: &JsValue, name: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED)
}

fn start() -> Result<Client, String> {
    let worker = Worker::new("pdf-worker.js").map_err(describe)?;
    let pending: Rc<RefCell<BTreeMap<u32, Pending>>> = Rc::default();
    let on_message = {
        let pending = pending.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let data = e.data();
            let Some(id) = field(&data, "id").as_f64().map(|n| n as u32) else { return };
            let kind = field(&data, "type").as_string().unwrap_or_default();
            if kind == "progress" {
                if let Some(p) = pending.borrow().get(&id) {
                    let stage = if field(&data, "stage").as_string().as_deref() == Some("making") {
                        Stage::Making
                    } else {
                        Stage::Loading
                    };
                    p.progress.emit(stage);
                }
                return;
            }
            let Some(p) = pending.borrow_mut().remove(&id) else { return };
            let _ = if kind == "done" {
                p.resolve.call1(&JsValue::NULL, &data)
            } else {
                p.reject.call1(&JsValue::NULL, &data)
            };
        })
    };
    let on_error = {
        let pending = pending.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
            e.prevent_default();
            // The worker script itself failed: every waiting PDF fails, the next try starts afresh.
            let failed = std::mem::take(&mut *pending.borrow_mut());
            let why = js_sys::Object::new();
            let _ = Reflect::set(&why, &"kind".into(), &"load".into());
            let _ = Reflect::set(&why, &"detail".into(), &"pdf-worker.js".into());
            for p in failed.into_values() {
                let _ = p.reject.call1(&JsValue::NULL, &why);
            }
            CLIENT.with(|c| c.borrow_mut().take());
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Client { worker, pending, next: 1, _on_message: on_message, _on_error: on_error })
}

/// Asks the worker for a PDF. `case_json` is the case file, `request_json` the version, language
/// and dates, `instruments_json` a JSON array of instrument definitions.
pub async fn make_pdf(
    case_json: String,
    request_json: String,
    instruments_json: String,
    progress: Callback<Stage>,
) -> Result<Made, PdfFailure> {
    let mut posted: Result<Promise, String> = Err(String::new());
    CLIENT.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            match start() {
                Ok(c) => *slot = Some(c),
                Err(e) => {
                    posted = Err(e);
                    return;
                }
            }
        }
        let Some(client) = slot.as_mut() else { return };
        let id = client.next;
        client.next += 1;
        let pending = client.pending.clone();
        let progress = progress.clone();
        let promise = Promise::new(&mut |resolve, reject| {
            pending.borrow_mut().insert(id, Pending { resolve, reject, progress: progress.clone() });
        });
        let msg = js_sys::Object::new();
        let _ = Reflect::set(&msg, &"id".into(), &JsValue::from(id));
        let _ = Reflect::set(&msg, &"caseJson".into(), &JsValue::from_str(&case_json));
        let _ = Reflect::set(&msg, &"request".into(), &JsValue::from_str(&request_json));
        let _ = Reflect::set(&msg, &"instruments".into(), &JsValue::from_str(&instruments_json));
        posted = match client.worker.post_message(&msg) {
            Ok(()) => Ok(promise),
            Err(e) => {
                client.pending.borrow_mut().remove(&id);
                Err(describe(e))
            }
        };
    });
    let promise = posted.map_err(PdfFailure::Other)?;
    match JsFuture::from(promise).await {
        Ok(data) => {
            let bytes =
                field(&data, "bytes").dyn_into::<Uint8Array>().map_err(|_| PdfFailure::Other("no bytes".into()))?;
            Ok(Made { bytes: bytes.to_vec(), ms: field(&data, "ms").as_f64().unwrap_or(0.0) })
        }
        Err(why) => {
            let kind = field(&why, "kind").as_string().unwrap_or_default();
            let detail = field(&why, "detail").as_string().unwrap_or_else(|| describe(why.clone()));
            Err(if kind == "font" { PdfFailure::Font } else { PdfFailure::Other(detail) })
        }
    }
}
