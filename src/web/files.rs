//! Files in and out: downloads through an object URL, and reading a chosen file's bytes.

use super::browser::describe;
use gloo_timers::callback::Timeout;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// Offers bytes as a download under `file_name` (never while the app is locked).
pub fn download(file_name: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    if !super::session::is_open() {
        return Err("locked".into());
    }
    let parts = Array::of1(&Uint8Array::from(bytes));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &opts).map_err(describe)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: HtmlAnchorElement = doc.create_element("a").map_err(describe)?.unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    a.click();
    // Revoked later: some browsers read the URL after the click has returned.
    Timeout::new(30_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// A file name from a family alias: letters, digits and dashes only.
pub fn safe_name(alias: &str, extension: &str) -> String {
    let mut name: String =
        alias.chars().map(|c| if c.is_alphanumeric() { c } else { '-' }).collect::<String>().trim_matches('-').into();
    if name.is_empty() {
        name = "samenplan".into();
    }
    format!("{name}.{extension}")
}

/// The bytes of a file the user chose.
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buf = JsFuture::from(file.array_buffer()).await.map_err(describe)?;
    Ok(Uint8Array::new(&buf).to_vec())
}

/// An `onchange` for a file input: reads the chosen file as UTF-8 text. `None` when the file is
/// larger than `max_bytes` (not read at all) or is not text.
pub fn on_text_file(max_bytes: usize, cb: yew::Callback<Option<String>>) -> yew::Callback<web_sys::Event> {
    yew::Callback::from(move |e: web_sys::Event| {
        let Some(input) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
        input.set_value("");
        let cb = cb.clone();
        if file.size() > max_bytes as f64 {
            cb.emit(None);
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            cb.emit(read_bytes(&file).await.ok().and_then(|b| String::from_utf8(b).ok()));
        });
    })
}
