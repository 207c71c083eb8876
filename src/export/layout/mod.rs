//! A simple flow layout onto A4 pages: text wrapped at spaces (never cut), headings kept with what
//! follows, tables split between rows (repeating their header) and, only when one row is taller
//! than a page, between lines; a footer with the page number on every page. Pure: text widths come
//! from a [`Measure`] (the real font in the PDF, a fixed width in tests).
//!
//! A right-to-left document is the mirror image: every line right-aligned, labels, bullets and
//! swatches on the right, a table's first column on the right, the page number on the left. Lines
//! are wrapped in logical order; putting each line's runs in visual order is the PDF writer's job.
//! Figures are pictures and are not mirrored.

mod blocks;
mod wrap;

use super::content::{Block, Document, Swatch};
use super::figure::{marker, Rgb, Shape, Stroke, TextAnchor};
use blocks::{figure, figure_size, legend, note, table};
use wrap::{is_rtl_letter, rtl_marked};

pub use wrap::wrap;

/// A4 in points.
pub const PAGE_W: f32 = 595.28;
pub const PAGE_H: f32 = 841.89;
pub const MARGIN_X: f32 = 56.0;
pub const MARGIN_TOP: f32 = 56.0;
/// Where the content ends; the footer sits below it.
pub const CONTENT_BOTTOM: f32 = PAGE_H - 64.0;
const FOOTER_Y: f32 = PAGE_H - 34.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;
const LEADING: f32 = 1.35;

/// Text widths in points.
pub trait Measure {
    fn width(&self, text: &str, size: f32, bold: bool) -> f32;
}

/// Every character half an em wide (bold a little wider): for tests and as a fallback.
pub struct FixedWidth;

impl Measure for FixedWidth {
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        text.chars().count() as f32 * size * if bold { 0.56 } else { 0.5 }
    }
}

/// One page: shapes in points, y pointing down from the top edge; text is anchored at its start.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub shapes: Vec<Shape>,
}

impl Page {
    /// The page's text runs in drawing order (for tests and checks).
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.shapes.iter().filter_map(|s| match s {
            Shape::Text { text, .. } => Some(text.as_str()),
            _ => None,
        })
    }
}

struct Style {
    size: f32,
    bold: bool,
    colour: Rgb,
}

const BODY: Style = Style { size: 10.5, bold: false, colour: Rgb::INK };
const HINT: Style = Style { size: 9.5, bold: false, colour: Rgb::GREY };
const TITLE: Style = Style { size: 24.0, bold: true, colour: Rgb::ACCENT };
const HEADING: Style = Style { size: 15.0, bold: true, colour: Rgb::ACCENT };
const SUBHEADING: Style = Style { size: 11.5, bold: true, colour: Rgb::INK };
const CELL: Style = Style { size: 9.5, bold: false, colour: Rgb::INK };
const CELL_HEAD: Style = Style { size: 9.5, bold: true, colour: Rgb::INK };

struct Flow<'a> {
    m: &'a dyn Measure,
    pages: Vec<Page>,
    y: f32,
    rtl: bool,
}

impl Flow<'_> {
    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("a page")
    }
    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = MARGIN_TOP;
    }
    fn at_top(&self) -> bool {
        self.y <= MARGIN_TOP + 0.1
    }
    /// Starts a new page unless `h` more points fit on this one.
    fn ensure(&mut self, h: f32) {
        if self.y + h > CONTENT_BOTTOM && !self.at_top() {
            self.new_page();
        }
    }
    fn gap(&mut self, h: f32) {
        if !self.at_top() {
            self.y += h;
        }
    }
    /// Text that starts at `x` in a left-to-right document, and in a right-to-left one ends at
    /// the mirror image of `x`.
    fn text(&mut self, x: f32, baseline: f32, style: &Style, text: String) {
        if text.is_empty() {
            return;
        }
        let x = if self.rtl { PAGE_W - x - self.m.width(&text, style.size, style.bold) } else { x };
        self.page().shapes.push(Shape::Text {
            x,
            y: baseline,
            size: style.size,
            bold: style.bold,
            colour: style.colour,
            anchor: TextAnchor::Start,
            rotate: 0.0,
            text,
        });
    }
    /// Wrapped lines at `x`, `width` wide, breaking pages between lines.
    fn lines(&mut self, x: f32, width: f32, style: &Style, text: &str) {
        let lh = style.size * LEADING;
        for line in self.wrap(text, width, style) {
            self.ensure(lh);
            let baseline = self.y + style.size;
            self.text(x, baseline, style, line);
            self.y += lh;
        }
    }
    /// A swatch centred at `x` (mirrored in a right-to-left document).
    fn swatch(&mut self, s: &Swatch, x: f32, y: f32, size: f32) {
        let x = if self.rtl { PAGE_W - x } else { x };
        let shapes = swatch_shapes(s, x, y, size);
        self.page().shapes.extend(shapes);
    }
    /// [`wrap`], and in a right-to-left document every line of a paragraph with right-to-left
    /// letters marked as right to left, so a line of only Latin words in it keeps the paragraph's
    /// direction (its full stop on the left).
    fn wrap(&self, text: &str, width: f32, style: &Style) -> Vec<String> {
        let lines = wrap(text, width, style.size, style.bold, self.m);
        rtl_marked(lines, self.rtl && text.chars().any(is_rtl_letter))
    }
    fn height_of(&self, text: &str, width: f32, style: &Style) -> f32 {
        wrap(text, width, style.size, style.bold, self.m).len() as f32 * style.size * LEADING
    }
}

fn swatch_shapes(s: &Swatch, x: f32, y: f32, size: f32) -> Vec<Shape> {
    let stroke =
        if s.dashed { Stroke { colour: Rgb::GREY, width: 0.8, dashed: true } } else { Stroke::solid(Rgb::INK, 0.5) };
    let mut v = vec![Shape::Circle { cx: x, cy: y, r: size / 2.0, fill: Some(s.fill), stroke: Some(stroke) }];
    if let Some(mk) = s.marker {
        v.extend(marker(mk, x, y, size * 0.62, s.fill.ink_on()));
    }
    v
}

/// Lays the document out on pages and numbers them.
pub fn layout(doc: &Document, m: &dyn Measure) -> Vec<Page> {
    let mut f = Flow { m, pages: vec![Page::default()], y: MARGIN_TOP, rtl: doc.rtl };
    let blocks = &doc.blocks;
    for (n, block) in blocks.iter().enumerate() {
        // How much of what follows a heading must be on the heading's page.
        let keep = match blocks.get(n + 1) {
            Some(Block::Heading(_)) | None => 0.0,
            Some(Block::Figure(fig)) => figure_size(fig).1,
            Some(_) => 60.0,
        };
        match block {
            Block::Title(t) => {
                f.lines(MARGIN_X, CONTENT_W, &TITLE, t);
                f.y += 6.0;
            }
            Block::Heading(t) => {
                f.gap(14.0);
                // Keep the heading with at least a few lines of what follows.
                let h = f.height_of(t, CONTENT_W, &HEADING);
                f.ensure(h + keep);
                f.lines(MARGIN_X, CONTENT_W, &HEADING, t);
                let y = f.y;
                f.page().shapes.push(Shape::Line {
                    points: vec![(MARGIN_X, y), (MARGIN_X + CONTENT_W, y)],
                    stroke: Stroke::solid(Rgb::ACCENT, 0.8),
                });
                f.y += 6.0;
            }
            Block::Subheading(t) => {
                f.gap(6.0);
                let h = f.height_of(t, CONTENT_W, &SUBHEADING);
                // A figure's title stays on the figure's page (a young person's own triangle).
                let with_figure = matches!(blocks.get(n + 1), Some(Block::Figure(_)));
                f.ensure(h + if with_figure { keep } else { keep.min(36.0) });
                f.lines(MARGIN_X, CONTENT_W, &SUBHEADING, t);
                f.y += 2.0;
            }
            Block::Para(t) => {
                f.lines(MARGIN_X, CONTENT_W, &BODY, t);
                f.y += 6.0;
            }
            Block::Hint(t) => {
                f.lines(MARGIN_X, CONTENT_W, &HINT, t);
                f.y += 4.0;
            }
            Block::Bullets(items) => {
                for item in items {
                    let lh = BODY.size * LEADING;
                    f.ensure(lh);
                    let baseline = f.y + BODY.size;
                    f.text(MARGIN_X + 2.0, baseline, &BODY, "•".into());
                    f.lines(MARGIN_X + 14.0, CONTENT_W - 14.0, &BODY, item);
                    f.y += 2.0;
                }
                f.y += 4.0;
            }
            Block::Fields(fields) => {
                let label_w = fields
                    .iter()
                    .map(|(l, _)| m.width(&format!("{l}:"), BODY.size, true))
                    .fold(0.0f32, f32::max)
                    .min(CONTENT_W * 0.38)
                    + 10.0;
                let label_style = Style { bold: true, ..BODY };
                for (label, value) in fields {
                    let label = format!("{label}:");
                    let lh = BODY.size * LEADING;
                    let lh_label = f.height_of(&label, label_w - 10.0, &label_style);
                    let lh_value = f.height_of(value, CONTENT_W - label_w, &BODY);
                    f.ensure(lh_label.max(lh));
                    if f.y + lh_label.max(lh_value) <= CONTENT_BOTTOM {
                        // Side by side on this page.
                        let top = f.y;
                        f.lines(MARGIN_X, label_w - 10.0, &label_style, &label);
                        f.y = top;
                        f.lines(MARGIN_X + label_w, CONTENT_W - label_w, &BODY, value);
                        f.y = top + lh_label.max(lh_value);
                    } else {
                        // Too long for what is left of the page: the value flows below its label.
                        f.lines(MARGIN_X, CONTENT_W, &label_style, &label);
                        f.lines(MARGIN_X, CONTENT_W, &BODY, value);
                    }
                    f.y += 3.0;
                }
                f.y += 4.0;
            }
            Block::Legend(entries) => legend(&mut f, entries),
            Block::Table(t) => table(&mut f, t),
            Block::Figure(fig) => figure(&mut f, fig),
            Block::Note { title, text } => note(&mut f, title, text),
            Block::PageBreak => {
                if !f.at_top() {
                    f.new_page();
                }
            }
        }
    }
    let total = f.pages.len();
    for (i, page) in f.pages.iter_mut().enumerate() {
        let number = format!("{} / {total}", i + 1);
        let w = m.width(&number, 8.5, false);
        let footer = wrap(&doc.footer, CONTENT_W - w - 20.0, 8.5, false, m).into_iter().next().unwrap_or_default();
        page.shapes.push(Shape::Line {
            points: vec![(MARGIN_X, FOOTER_Y - 12.0), (MARGIN_X + CONTENT_W, FOOTER_Y - 12.0)],
            stroke: Stroke::solid(Rgb::LINE, 0.5),
        });
        let footer_w = m.width(&footer, 8.5, false);
        let places = if doc.rtl {
            [(MARGIN_X + CONTENT_W - footer_w, footer), (MARGIN_X, number)]
        } else {
            [(MARGIN_X, footer), (MARGIN_X + CONTENT_W - w, number)]
        };
        for (x, text) in places {
            page.shapes.push(Shape::Text {
                x,
                y: FOOTER_Y,
                size: 8.5,
                bold: false,
                colour: Rgb::GREY,
                anchor: TextAnchor::Start,
                rotate: 0.0,
                text,
            });
        }
    }
    f.pages
}

#[cfg(test)]
mod tests;
