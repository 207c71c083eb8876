//! Samenplan: a family and a professional fill in a triangle assessment together and make one
//! shared support plan, entirely in the browser.

pub mod core;
pub mod export;
pub mod i18n;

// The app; the PDF worker module (feature `pdf`) is a separate wasm build without it.
#[cfg(all(target_arch = "wasm32", not(feature = "pdf")))]
mod web;

#[cfg(all(target_arch = "wasm32", feature = "pdf"))]
mod pdf_worker;
