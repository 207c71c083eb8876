//! The app's side of QR codes (`www/qr.js`): drawing a code as SVG and reading codes with the
//! camera, for co-filling from a family member's phone without a server.
//!
//! How the app reaches `qr.js`: `www/app.js` defines `window.samenplanQr()`, which imports
//! `./qr.js` on its first call and returns the module. Not `#[wasm_bindgen(module = ...)]`: that
//! makes the app's glue import the file statically, so it would be fetched with every start (and
//! moved into `pkg/snippets/`, away from the worker it starts). A dynamic `import()` of a file of
//! the app's own origin needs no inline script and no eval, so the CSP stays as it is; the QR
//! worker and its wasm are fetched later still, by `qr.js`, when a code is drawn or a browser
//! without BarcodeDetector scans.

use super::browser::describe;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlVideoElement;
use yew::Callback;

#[wasm_bindgen]
extern "C" {
    /// `window.samenplanQr()` (www/app.js): a promise of the `qr.js` module.
    #[wasm_bindgen(catch, js_name = samenplanQr)]
    fn load_qr_module() -> Result<Promise, JsValue>;

    /// The `qr.js` module.
    type QrModule;
    #[wasm_bindgen(method, catch, js_name = qrSvg)]
    fn qr_svg(this: &QrModule, text: &str) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method, catch, js_name = startScanner)]
    fn start_scanner(this: &QrModule, video: &HtmlVideoElement, on_text: &Function) -> Result<Promise, JsValue>;

    /// What `startScanner` resolves to.
    type Scanner;
    #[wasm_bindgen(method)]
    fn stop(this: &Scanner);
}

async fn module() -> Result<QrModule, JsValue> {
    let module = JsFuture::from(load_qr_module()?).await?;
    Ok(module.unchecked_into())
}

/// The QR code for `text` (error correction level M, a quiet zone of 4 modules) as an SVG
/// document. Fails (described) when the module cannot be loaded or the text does not fit.
pub async fn qr_svg(text: &str) -> Result<String, String> {
    let module = module().await.map_err(describe)?;
    let svg = JsFuture::from(module.qr_svg(text).map_err(describe)?).await.map_err(describe)?;
    svg.as_string().ok_or_else(|| "no SVG".to_string())
}

/// Why the camera could not be used to scan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScanError {
    /// The device or the browser has no camera.
    NoCamera,
    /// The person (or the browser's settings) did not allow the camera.
    Denied,
    /// Anything else, described.
    Other(String),
}

/// A running scan: the camera stays open while this lives and is closed when it is dropped.
pub struct ScanHandle {
    scanner: Scanner,
    // qr.js calls this for every new text until the scan is stopped.
    _on_text: Closure<dyn FnMut(JsValue)>,
}

impl Drop for ScanHandle {
    fn drop(&mut self) {
        self.scanner.stop();
    }
}

/// Opens the rear camera into `video` and reads QR codes in it; `on_text` gets each distinct text
/// once per scan. The camera closes when the handle is dropped.
pub async fn start_scanner(video: &HtmlVideoElement, on_text: Callback<String>) -> Result<ScanHandle, ScanError> {
    let other = |e: JsValue| ScanError::Other(describe(e));
    let module = module().await.map_err(other)?;
    let closure = Closure::<dyn FnMut(JsValue)>::new(move |text: JsValue| {
        if let Some(text) = text.as_string() {
            on_text.emit(text);
        }
    });
    let started = module.start_scanner(video, closure.as_ref().unchecked_ref()).map_err(other)?;
    match JsFuture::from(started).await {
        Ok(scanner) => Ok(ScanHandle { scanner: scanner.unchecked_into(), _on_text: closure }),
        Err(e) => {
            let name = Reflect::get(&e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default();
            Err(match name.as_str() {
                "NoCamera" => ScanError::NoCamera,
                "Denied" => ScanError::Denied,
                _ => ScanError::Other(describe(e)),
            })
        }
    }
}
