//! What leaves the device when the family or the professional asks for it: the plan as a PDF (two
//! versions), the whole case as a JSON file, and the reading of such a file back in.
//!
//! Everything here is pure and tested natively, except `pdf.rs` (printpdf calls, feature `pdf`),
//! which runs in its own wasm module inside a Web Worker so the app's first load stays small.
//! - `content`: the case as a document (blocks of text, tables and figures) in the chosen words;
//! - `figure`: the triangle and the circle (its lines and changes) as shapes, from the same
//!   numbers as the screen (`core::geometry`, `core::network`, `core::ecomap`);
//! - `chart`: the triangle over time, a small chart per theme;
//! - `sentences`: the circle's lines and its changes over time in words;
//! - `layout`: blocks flowed onto A4 pages: wrapped lines, page breaks, page numbers;
//! - `file`: JSON export, reading a chosen file, safe file names.

pub mod chart;
pub mod content;
pub mod figure;
pub mod file;
pub mod layout;
#[cfg(feature = "pdf")]
pub mod pdf;
pub mod sentences;

use crate::core::date::Date;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

/// Which PDF: the family's plan or the professional's full record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Version {
    /// Plain language, strengths first, without the professional's guidance texts.
    Family,
    /// Everything recorded: every answer and note, the matrix, safety next steps, consent.
    Full,
}

impl Version {
    pub fn key(self) -> &'static str {
        match self {
            Version::Family => "family",
            Version::Full => "full",
        }
    }
}

/// What the document says and in which words; the fonts come with [`PdfOptions`].
#[derive(Debug, Clone)]
pub struct DocOptions {
    pub version: Version,
    pub lang: Lang,
    /// The day the document is made (on the cover and in the metadata).
    pub today: Date,
    /// The organisation's own safety next steps (configuration), in the document's language;
    /// without them the full record has the app's general text.
    pub safety_next_steps: Option<String>,
    /// The organisation's local help with money, one line per service in the document's language
    /// ([`crate::core::config::Service::line`]); listed when the money overview is short or tight.
    pub money_help: Vec<String>,
    /// Puts a text in capitals (the initials in the circle figure): [`std_capitals`], or in the
    /// app the browser's, which spares its first load Rust's Unicode case tables.
    pub capitals: fn(&str) -> String,
}

/// Capitals by Rust's own Unicode tables.
pub fn std_capitals(text: &str) -> String {
    text.to_uppercase()
}

/// Everything [`pdf::export_pdf`] needs besides the case and the instruments.
#[derive(Debug, Clone)]
pub struct PdfOptions {
    pub doc: DocOptions,
    /// Milliseconds since 1970 when the PDF is made (the PDF's creation date).
    pub now_ms: f64,
    /// A TrueType font with Latin Extended and Cyrillic (DejaVu Sans), and its bold face.
    pub font_regular: Vec<u8>,
    pub font_bold: Vec<u8>,
}

/// Why a PDF could not be made. The UI words it; core never builds sentences.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error("the font could not be read")]
    Font,
    #[error("the request is not valid: {0}")]
    Request(String),
    #[error("the case could not be read: {0}")]
    Case(#[from] crate::core::import::ImportError),
}
