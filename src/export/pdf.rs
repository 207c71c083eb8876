//! The thin printpdf part: the laid-out pages become PDF operations, with an embedded font
//! (DejaVu Sans, subset to the glyphs used) so text stays selectable and extractable in every
//! language the app writes. Built only with the `pdf` feature (the PDF worker module).
//!
//! Right-to-left text (Arabic): the layout has wrapped every line in logical order and placed it
//! (right-aligned in a right-to-left document); here each line is split into bidi runs
//! (`unicode-bidi`), the runs are put in visual order, and each right-to-left run is shaped with
//! the font's OpenType tables (azul-layout, printpdf's text engine) so the letters join, then
//! drawn right to left. Every glyph carries the text it stands for, so a PDF reader extracts the
//! words as they were written. Lines without right-to-left letters are written as plain text.

use super::content::document;
use super::figure::{Rgb, Shape, Stroke};
use super::layout::{layout, Measure, Page, PAGE_H, PAGE_W};
use super::{ExportError, PdfOptions};
use crate::core::case::Case;
use crate::core::instrument::Instrument;
use azul_layout::text3::cache::{BidiDirection, Glyph, StyleProperties};
use azul_layout::text3::default::shape_text_for_parsed_font;
use azul_layout::text3::script::{Language, Script};
use printpdf::{
    Codepoint, Color, FontId, Line, LineDashPattern, LinePoint, Mm, OffsetDateTime, Op, PaintMode, ParsedFont,
    PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, TextItem, TextMatrix,
    WindingOrder,
};
use unicode_bidi::{bidi_class, BidiClass, BidiInfo, Level};

/// Shown instead of a character the font has no glyph for (never a blank or a broken glyph).
const REPLACEMENT: char = '\u{FFFD}';

struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
    /// The document reads right to left: a line with right-to-left letters gets a right-to-left
    /// base direction (a line with none stays left to right, like a page number).
    rtl: bool,
}

/// A right-to-left letter (Arabic, Hebrew, Syriac, Thaana, …).
fn is_rtl_char(c: char) -> bool {
    matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// Brackets and the like point the other way inside right-to-left text (Unicode's mirrored pairs
/// that the font cannot be asked for).
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

impl Fonts {
    fn face(&self, bold: bool) -> &ParsedFont {
        if bold {
            &self.bold
        } else {
            &self.regular
        }
    }
    /// The text as the font can show it.
    fn printable(&self, text: &str, bold: bool) -> String {
        let f = self.face(bold);
        text.chars().map(|c| if f.lookup_glyph_index(c as u32).is_some() { c } else { REPLACEMENT }).collect()
    }

    /// One line as glyphs from left to right on the page, each with the text it stands for.
    /// Only for text with right-to-left letters; other text goes out as plain characters.
    fn visual_glyphs(&self, text: &str, bold: bool) -> Vec<Codepoint> {
        let f = self.face(bold);
        let text = self.printable(text, bold);
        let base = if self.rtl { Level::rtl() } else { Level::ltr() };
        let info = BidiInfo::new(&text, Some(base));
        let mut out = Vec::new();
        for para in &info.paragraphs {
            let (levels, runs) = info.visual_runs(para, para.range.clone());
            for run in runs {
                let part = &text[run.clone()];
                if !levels[run.start].is_rtl() {
                    for c in part.chars().filter(|c| !is_mark(*c)) {
                        out.push(Codepoint::with_cid(f.lookup_glyph_index(c as u32).unwrap_or(0), 0.0, c.to_string()));
                    }
                    continue;
                }
                let part: String = part.chars().filter(|c| !is_mark(*c)).map(mirrored).collect();
                match shape_text_for_parsed_font(
                    f,
                    &part,
                    Script::Arabic,
                    Language::EnglishUS,
                    BidiDirection::Rtl,
                    &StyleProperties::default(),
                ) {
                    Ok(glyphs) => {
                        let sources = glyph_sources(&part, &glyphs);
                        out.extend(glyphs.iter().zip(sources).rev().map(|(g, source)| {
                            if source.is_empty() {
                                Codepoint::new(g.glyph_id, 0.0)
                            } else {
                                // A ligature (lam-alef) stands for its letters in the order they
                                // are drawn, like every other glyph of the line: readers reverse
                                // the whole line.
                                Codepoint::with_cid(g.glyph_id, 0.0, source.chars().rev().collect())
                            }
                        }))
                    }
                    // Unshaped but still right to left.
                    Err(_) => {
                        out.extend(part.chars().rev().map(|c| {
                            Codepoint::with_cid(f.lookup_glyph_index(c as u32).unwrap_or(0), 0.0, c.to_string())
                        }))
                    }
                }
            }
        }
        out
    }
}

/// The text each shaped glyph stands for (empty for a glyph the shaping added), glyphs in logical
/// order. A ligature's letters need not be next to each other in the text: a vowel mark may sit
/// between lam and alef (the mark is a glyph of its own), so the letters are collected here
/// rather than taken as one span of the text.
fn glyph_sources(text: &str, glyphs: &[Glyph]) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut used = vec![false; chars.len()];
    glyphs
        .iter()
        .map(|g| {
            let n = text
                .get(g.logical_byte_index..g.logical_byte_index + g.logical_byte_len)
                .map_or(0, |s| s.chars().count());
            if n == 0 {
                return String::new();
            }
            let Some(first) = (0..chars.len()).find(|&i| !used[i] && chars[i] == g.codepoint) else {
                return g.codepoint.to_string();
            };
            used[first] = true;
            let mut source = String::from(chars[first]);
            let mut taken = 1;
            for i in first + 1..chars.len() {
                if taken == n {
                    break;
                }
                if !used[i] && bidi_class(chars[i]) != BidiClass::NSM {
                    used[i] = true;
                    source.push(chars[i]);
                    taken += 1;
                }
            }
            source
        })
        .collect()
}

/// Direction marks: they steer the order of the line and are not drawn.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}')
}

fn has_rtl(text: &str) -> bool {
    text.chars().any(is_rtl_char)
}

impl Measure for Fonts {
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let f = self.face(bold);
        let upem = f32::from(f.pdf_font_metrics.units_per_em.max(1));
        let units: u32 = if has_rtl(text) {
            // Joined letters have other widths than the letters alone.
            self.visual_glyphs(text, bold).iter().map(|g| u32::from(f.get_horizontal_advance(g.gid))).sum()
        } else {
            let missing = f.lookup_glyph_index(REPLACEMENT as u32).unwrap_or(0);
            text.chars()
                .map(|c| u32::from(f.get_horizontal_advance(f.lookup_glyph_index(c as u32).unwrap_or(missing))))
                .sum()
        };
        units as f32 / upem * size
    }
}

fn colour(c: Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r: f32::from(c.0) / 255.0,
        g: f32::from(c.1) / 255.0,
        b: f32::from(c.2) / 255.0,
        icc_profile: None,
    })
}

/// Page coordinates (y down from the top) to PDF points (y up from the bottom).
fn point(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(PAGE_H - y) }
}

fn stroke_ops(ops: &mut Vec<Op>, s: &Stroke) {
    ops.push(Op::SetOutlineColor { col: colour(s.colour) });
    ops.push(Op::SetOutlineThickness { pt: Pt(s.width) });
    let dash =
        if s.dashed { LineDashPattern::new(0.0, &[s.width * 2.5, s.width * 2.0]) } else { LineDashPattern::solid() };
    ops.push(Op::SetLineDashPattern { dash });
}

fn path(ops: &mut Vec<Op>, points: Vec<LinePoint>, fill: Option<Rgb>, stroke: Option<&Stroke>) {
    let mode = match (fill, stroke) {
        (Some(_), Some(_)) => PaintMode::FillStroke,
        (Some(_), None) => PaintMode::Fill,
        (None, Some(_)) => PaintMode::Stroke,
        (None, None) => return,
    };
    if let Some(f) = fill {
        ops.push(Op::SetFillColor { col: colour(f) });
    }
    if let Some(s) = stroke {
        stroke_ops(ops, s);
    }
    ops.push(Op::DrawPolygon {
        polygon: Polygon { rings: vec![PolygonRing { points }], mode, winding_order: WindingOrder::NonZero },
    });
}

/// A circle as four Bézier arcs.
fn circle_points(cx: f32, cy: f32, r: f32) -> Vec<LinePoint> {
    const K: f32 = 0.552_284_8;
    let k = r * K;
    let p = |x: f32, y: f32, bezier: bool| LinePoint { p: point(x, y), bezier };
    vec![
        p(cx + r, cy, false),
        p(cx + r, cy + k, true),
        p(cx + k, cy + r, true),
        p(cx, cy + r, false),
        p(cx - k, cy + r, true),
        p(cx - r, cy + k, true),
        p(cx - r, cy, false),
        p(cx - r, cy - k, true),
        p(cx - k, cy - r, true),
        p(cx, cy - r, false),
        p(cx + k, cy - r, true),
        p(cx + r, cy - k, true),
        p(cx + r, cy, false),
    ]
}

fn page_ops(page: &Page, fonts: &Fonts, regular: &FontId, bold_id: &FontId) -> Vec<Op> {
    let mut ops = Vec::new();
    for shape in &page.shapes {
        match shape {
            Shape::Polygon { points, fill, stroke } => {
                let pts = points.iter().map(|(x, y)| LinePoint { p: point(*x, *y), bezier: false }).collect();
                path(&mut ops, pts, *fill, stroke.as_ref());
            }
            Shape::Circle { cx, cy, r, fill, stroke } => {
                path(&mut ops, circle_points(*cx, *cy, *r), *fill, stroke.as_ref());
            }
            Shape::Line { points, stroke } => {
                stroke_ops(&mut ops, stroke);
                ops.push(Op::DrawLine {
                    line: Line {
                        points: points.iter().map(|(x, y)| LinePoint { p: point(*x, *y), bezier: false }).collect(),
                        is_closed: false,
                    },
                });
            }
            Shape::Text { x, y, size, bold, colour: c, rotate, text, .. } => {
                let id = if *bold { bold_id } else { regular };
                let (sin, cos) = rotate.to_radians().sin_cos();
                let at = point(*x, *y);
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFont { font: PdfFontHandle::External(id.clone()), size: Pt(*size) });
                ops.push(Op::SetFillColor { col: colour(*c) });
                // Clockwise on the page (y down) is counter-clockwise negated in PDF space.
                ops.push(Op::SetTextMatrix { matrix: TextMatrix::Raw([cos, -sin, sin, cos, at.x.0, at.y.0]) });
                let item = if has_rtl(text) {
                    TextItem::GlyphIds(fonts.visual_glyphs(text, *bold))
                } else {
                    TextItem::Text(fonts.printable(text, *bold))
                };
                ops.push(Op::ShowText { items: vec![item] });
                ops.push(Op::EndTextSection);
            }
        }
    }
    ops
}

/// Makes the PDF of one version of the plan.
pub fn export_pdf(case: &Case, instruments: &[Instrument], options: &PdfOptions) -> Result<Vec<u8>, ExportError> {
    let mut warnings = Vec::new();
    let regular = ParsedFont::from_bytes(&options.font_regular, 0, &mut warnings).ok_or(ExportError::Font)?;
    let bold = ParsedFont::from_bytes(&options.font_bold, 0, &mut warnings).ok_or(ExportError::Font)?;
    let fonts = Fonts { regular, bold, rtl: options.doc.lang.rtl() };

    let doc = document(case, instruments, &options.doc);
    let pages = layout(&doc, &fonts);

    let mut pdf = PdfDocument::new(&doc.title);
    let regular_id = pdf.add_font(&fonts.regular);
    let bold_id = pdf.add_font(&fonts.bold);
    let when = OffsetDateTime::from_unix_timestamp((options.now_ms / 1000.0) as i64)
        .unwrap_or_else(|_| OffsetDateTime::from_unix_timestamp(0).expect("the epoch"));
    let info = &mut pdf.metadata.info;
    info.creation_date = when;
    info.modification_date = when;
    info.metadata_date = when;
    info.subject = doc.subject.clone();
    info.creator = "Samenplan".into();
    info.producer = "Samenplan (printpdf)".into();
    info.keywords = vec![doc.subject.clone()];
    let pdf_pages: Vec<PdfPage> = pages
        .iter()
        .map(|p| PdfPage::new(Mm::from(Pt(PAGE_W)), Mm::from(Pt(PAGE_H)), page_ops(p, &fonts, &regular_id, &bold_id)))
        .collect();
    pdf.pages = pdf_pages;

    let save = PdfSaveOptions { optimize: true, subset_fonts: true, secure: true, image_optimization: None };
    let mut out_warnings = Vec::new();
    let mut lo = printpdf::serialize::to_lopdf_doc(&pdf, &save, &mut out_warnings);
    // The document's language (for screen readers and text extraction), and its title in the
    // viewer's title bar rather than the file name.
    if let Ok(catalog) = lo.catalog_mut() {
        catalog.set("Lang", lopdf::Object::string_literal(doc.lang));
        catalog.set("ViewerPreferences", lopdf::dictionary! { "DisplayDocTitle" => true });
    }
    lo.compress();
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes).map_err(|e| ExportError::Request(e.to_string()))?;
    Ok(bytes)
}
