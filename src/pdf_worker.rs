use wasm_bindgen::prelude::*;
#[wasm_bindgen]
pub fn make_pdf(font: &[u8], text: &str) -> Vec<u8> {
    crate::export::pdf::make(font, text)
}
