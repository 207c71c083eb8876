//! The QR worker module's entry (feature `qr`, a wasm build of its own): `www/qr-worker.js` loads it
//! in a Web Worker and calls [`encode_svg`] to draw a code and [`decode_luma`] to read codes in a
//! camera frame, so the app's first load carries neither the encoder nor the decoder. The app
//! reaches it through `www/qr.js` (see `src/web/qr_client.rs`).
//!
//! Native builds with the feature compile the same functions for the tests (`tests/qr_roundtrip.rs`).

use qrcode::{Color, EcLevel, QrCode};
use std::fmt::Write;

/// Light modules around the code, as the QR standard asks.
pub const QUIET_ZONE: usize = 4;
/// CSS pixels per module in the SVG's intrinsic size: a code of 1,500 bytes (version 32 at level M,
/// 145 modules) is then 612 px wide with its quiet zone, fits a tablet screen and is still easy for
/// a phone camera; a short one stays small. The page may scale it (the SVG has a viewBox).
pub const MODULE_PX: usize = 4;

/// The modules of the code for `text` (byte mode, error correction level M), row by row, `true`
/// for dark, without the quiet zone; `None` when the text does not fit in one code.
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M).ok()?;
    let width = code.width();
    Some((width, code.to_colors().into_iter().map(|c| c == Color::Dark).collect()))
}

/// The code for `text` as an SVG document: black modules on a white square with the quiet zone,
/// one unit per module in the viewBox, crisp edges. `None` when the text does not fit.
pub fn svg(text: &str) -> Option<String> {
    let (width, dark) = modules(text)?;
    let size = width + 2 * QUIET_ZONE;
    let px = size * MODULE_PX;
    let mut out = String::with_capacity(width * width * 2);
    let _ = write!(
        out,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{px}" height="{px}" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d=""##
    );
    // One rectangle per run of dark modules in a row.
    for (y, row) in dark.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if !row[x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] {
                x += 1;
            }
            let _ = write!(out, "M{} {}h{}v1h-{}z", start + QUIET_ZONE, y + QUIET_ZONE, x - start, x - start);
        }
    }
    out.push_str(r#""/></svg>"#);
    Some(out)
}

/// Every QR code text found in a greyscale image (`luma`: `width * height` bytes, row by row).
/// Codes that are found but cannot be read, and images whose size does not match, give nothing.
pub fn decode(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
    if width == 0 || height == 0 || width.checked_mul(height) != Some(luma.len()) {
        return Vec::new();
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]);
    let mut texts: Vec<String> = Vec::new();
    for grid in image.detect_grids() {
        if let Ok((_, text)) = grid.decode() {
            if !texts.contains(&text) {
                texts.push(text);
            }
        }
    }
    texts
}

#[cfg(target_arch = "wasm32")]
mod bindings {
    use wasm_bindgen::prelude::*;

    /// The code for `text` as an SVG document (see [`super::svg`]). Throws "too long" when the text
    /// does not fit in one code.
    #[wasm_bindgen]
    pub fn encode_svg(text: &str) -> Result<String, JsValue> {
        super::svg(text).ok_or_else(|| JsValue::from_str("too long"))
    }

    /// Every QR code text found in a greyscale image (see [`super::decode`]).
    #[wasm_bindgen]
    pub fn decode_luma(width: usize, height: usize, luma: &[u8]) -> Vec<String> {
        super::decode(width, height, luma)
    }
}
