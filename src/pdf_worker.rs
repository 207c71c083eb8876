//! The PDF worker module's entry (feature `pdf`, a wasm build of its own): `www/pdf-worker.js`
//! loads it in a Web Worker and calls [`make_pdf`] with the case, the request and the fonts it
//! fetched, so the app's first load carries neither printpdf nor the fonts.

use crate::core::date::Date;
use crate::core::import::parse_case;
use crate::core::instrument::{Instrument, InstrumentFile};
use crate::export::pdf::export_pdf;
use crate::export::{DocOptions, ExportError, PdfOptions, Version};
use crate::i18n::{I18n, Lang, Table};
use serde::Deserialize;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// What the app asks for, as JSON.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Request {
    version: Version,
    lang: String,
    today: Date,
    now_ms: f64,
    /// The organisation's safety next steps in `lang`, when it has its own.
    #[serde(default)]
    safety_next_steps: Option<String>,
    /// The organisation's local money help in `lang`, one line per service.
    #[serde(default)]
    money_help: Vec<String>,
}

fn fail(e: &ExportError) -> JsValue {
    let kind = match e {
        ExportError::Font => "font",
        ExportError::Request(_) => "request",
        ExportError::Case(_) => "case",
    };
    JsValue::from_str(&serde_json::json!({ "kind": kind, "detail": e.to_string() }).to_string())
}

/// Makes one PDF. `instruments_json` is a JSON array of instrument definitions; `messages_json`
/// the compiled message table of the request's language (the app's `i18n/<lang>.json`; empty for
/// Dutch, which is built in); the fonts are the TrueType files' bytes. Throws `{"kind", "detail"}`
/// as a JSON string when it cannot.
#[wasm_bindgen]
pub fn make_pdf(
    case_json: &str,
    request_json: &str,
    instruments_json: &str,
    messages_json: &str,
    font_regular: &[u8],
    font_bold: &[u8],
) -> Result<Vec<u8>, JsValue> {
    let request: Request =
        serde_json::from_str(request_json).map_err(|e| fail(&ExportError::Request(e.to_string())))?;
    let lang = Lang::from_code(&request.lang)
        .ok_or_else(|| fail(&ExportError::Request(format!("unknown language {:?}", request.lang))))?;
    if lang != Lang::Nl {
        let table = Table::from_json(messages_json)
            .ok_or_else(|| fail(&ExportError::Request(format!("no message table for {:?}", request.lang))))?;
        I18n::register(lang, Rc::new(table));
    }
    let case = parse_case(case_json).map_err(|e| fail(&ExportError::Case(e)))?;
    let defs: Vec<InstrumentFile> =
        serde_json::from_str(instruments_json).map_err(|e| fail(&ExportError::Request(e.to_string())))?;
    let instruments: Vec<Instrument> = defs.into_iter().filter_map(|d| Instrument::check(d).ok()).collect();
    let options = PdfOptions {
        doc: DocOptions {
            version: request.version,
            lang,
            today: request.today,
            safety_next_steps: request.safety_next_steps,
            money_help: request.money_help,
            capitals: crate::export::std_capitals,
        },
        now_ms: request.now_ms,
        font_regular: font_regular.to_vec(),
        font_bold: font_bold.to_vec(),
    };
    export_pdf(&case, &instruments, &options).map_err(|e| fail(&e))
}
