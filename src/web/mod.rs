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

/// Mounts the app into `#samenplan` (or the body when the host page has no such element), once
/// it knows where to start.
#[wasm_bindgen(start)]
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let props = app::AppProps { start: app::decide().await };
        match gloo_utils_root() {
            Some(el) => {
                yew::Renderer::<app::App>::with_root_and_props(el, props).render();
            }
            None => {
                yew::Renderer::<app::App>::with_props(props).render();
            }
        }
    });
}

fn gloo_utils_root() -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id("samenplan")
}
