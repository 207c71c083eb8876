//! Samenplan: a family and a professional fill in a triangle assessment together and make one
//! shared support plan, entirely in the browser.

pub mod core;
pub mod export;
pub mod i18n;

// The app; the PDF worker module (feature `pdf`) and the QR worker module (feature `qr`) are
// separate wasm builds without it.
#[cfg(all(target_arch = "wasm32", not(feature = "pdf"), not(feature = "qr")))]
mod web;

#[cfg(all(target_arch = "wasm32", feature = "pdf"))]
mod pdf_worker;

// Also native, for its tests.
#[cfg(feature = "qr")]
pub mod qr_worker;
