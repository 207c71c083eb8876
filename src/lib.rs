//! Samenplan: a family and a professional fill in a triangle assessment together and make one
//! shared support plan, entirely in the browser.

pub mod core;
pub mod i18n;

#[cfg(target_arch = "wasm32")]
mod web;
