//! The browser shell: Yew components, storage and browser APIs. It shows, listens and stores;
//! every decision is made by `crate::core`.

mod app;
mod browser;
mod cofill;
mod crypto;
mod embed;
mod files;
mod org;
mod pdf_client;
mod qr_client;
mod saver;
mod screens;
mod session;
mod speech;
mod state;
mod storage;
mod vault;
mod widgets;

use wasm_bindgen::prelude::*;

/// Mounts the app into `#samenplan` (or the body when the host page has no such element).
#[wasm_bindgen(start)]
pub fn start() {
    let root = gloo_utils_root();
    match root {
        Some(el) => {
            yew::Renderer::<app::App>::with_root(el).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}

fn gloo_utils_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("samenplan")
}
