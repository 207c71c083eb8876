//! The thin printpdf part: the laid-out pages become PDF operations, with an embedded font
//! (DejaVu Sans, subset to the glyphs used) so text stays selectable and extractable in every
//! language the app writes. Built only with the `pdf` feature (the PDF worker module).

use super::content::document;
use super::figure::{Rgb, Shape, Stroke};
use super::layout::{layout, Measure, Page, PAGE_H, PAGE_W};
use super::{ExportError, PdfOptions};
use crate::core::case::Case;
use crate::core::instrument::Instrument;
use printpdf::{
    Color, FontId, Line, LineDashPattern, LinePoint, Mm, OffsetDateTime, Op, PaintMode, ParsedFont, PdfDocument,
    PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon, PolygonRing, Pt, TextItem, TextMatrix, WindingOrder,
};

/// Shown instead of a character the font has no glyph for (never a blank or a broken glyph).
const REPLACEMENT: char = '\u{FFFD}';

struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
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
}

impl Measure for Fonts {
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let f = self.face(bold);
        let upem = f32::from(f.pdf_font_metrics.units_per_em.max(1));
        let missing = f.lookup_glyph_index(REPLACEMENT as u32).unwrap_or(0);
        let units: u32 = text
            .chars()
            .map(|c| u32::from(f.get_horizontal_advance(f.lookup_glyph_index(c as u32).unwrap_or(missing))))
            .sum();
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
                ops.push(Op::ShowText { items: vec![TextItem::Text(fonts.printable(text, *bold))] });
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
    let fonts = Fonts { regular, bold };

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
