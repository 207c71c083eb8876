//! A simple flow layout onto A4 pages: text wrapped at spaces (never cut), headings kept with what
//! follows, tables split between rows (repeating their header) and, only when one row is taller
//! than a page, between lines; a footer with the page number on every page. Pure: text widths come
//! from a [`Measure`] (the real font in the PDF, a fixed width in tests).
//!
//! A right-to-left document is the mirror image: every line right-aligned, labels, bullets and
//! swatches on the right, a table's first column on the right, the page number on the left. Lines
//! are wrapped in logical order; putting each line's runs in visual order is the PDF writer's job.
//! Figures are pictures and are not mirrored.

use super::content::{Block, Cell, Document, Swatch, Table};
use super::figure::{marker, Figure, Rgb, Shape, Stroke, TextAnchor};

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

/// The right-to-left mark: an invisible right-to-left letter (Unicode's bidi class R).
const RLM: char = '\u{200f}';

/// A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their
/// presentation forms).
fn is_rtl_letter(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{fefe}')
}

/// Lines of a right-to-left paragraph: the ones without right-to-left letters get a mark so the
/// PDF writer orders them right to left too.
fn rtl_marked(lines: Vec<String>, rtl: bool) -> Vec<String> {
    if !rtl {
        return lines;
    }
    lines
        .into_iter()
        .map(|l| if l.is_empty() || l.chars().any(is_rtl_letter) { l } else { format!("{RLM}{l}") })
        .collect()
}

/// Characters that would do harm or nothing in a PDF text run: controls and direction overrides.
fn printable(c: char) -> bool {
    !(c.is_control() || ('\u{202a}'..='\u{202e}').contains(&c) || ('\u{2066}'..='\u{2069}').contains(&c))
}

/// Splits text into lines no wider than `width`: at spaces, and inside a word only when the word
/// alone is too wide. Line breaks in the text are kept; nothing is dropped except controls.
pub fn wrap(text: &str, width: f32, size: f32, bold: bool, m: &dyn Measure) -> Vec<String> {
    let mut out = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        for word in para.split_whitespace() {
            let word: String = word.chars().filter(|c| printable(*c)).collect();
            if word.is_empty() {
                continue;
            }
            let candidate = if line.is_empty() { word.clone() } else { format!("{line} {word}") };
            if m.width(&candidate, size, bold) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                out.push(std::mem::take(&mut line));
            }
            if m.width(&word, size, bold) <= width {
                line = word;
            } else {
                // A word wider than the line: break it between characters.
                for c in word.chars() {
                    let mut next = line.clone();
                    next.push(c);
                    if !line.is_empty() && m.width(&next, size, bold) > width {
                        out.push(std::mem::replace(&mut line, c.to_string()));
                    } else {
                        line = next;
                    }
                }
            }
        }
        out.push(line);
    }
    // Blank lines only between paragraphs, never at the end.
    while out.len() > 1 && out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
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

fn legend(f: &mut Flow, entries: &[(Swatch, String)]) {
    let lh = HINT.size * LEADING + 3.0;
    let mut x = MARGIN_X;
    f.ensure(lh);
    for (sw, label) in entries {
        let w = 14.0 + f.m.width(label, HINT.size, false).min(CONTENT_W - 14.0) + 14.0;
        if x > MARGIN_X && x + w > MARGIN_X + CONTENT_W {
            x = MARGIN_X;
            f.y += lh;
            f.ensure(lh);
        }
        let cy = f.y + HINT.size * 0.6;
        f.swatch(sw, x + 5.0, cy, 10.0);
        let label = wrap(label, CONTENT_W - 14.0, HINT.size, false, f.m).join(" ");
        let baseline = f.y + HINT.size;
        f.text(x + 14.0, baseline, &Style { colour: Rgb::INK, ..HINT }, label);
        x += w;
    }
    f.y += lh + 4.0;
}

const PAD: f32 = 4.0;
const SWATCH_INDENT: f32 = 13.0;

/// A filled rectangle across the text column, `h` high from `top` (a table's header, a note).
fn band(top: f32, h: f32, fill: Rgb, stroke: Option<Stroke>) -> Shape {
    Shape::Polygon {
        points: vec![
            (MARGIN_X, top),
            (MARGIN_X + CONTENT_W, top),
            (MARGIN_X + CONTENT_W, top + h),
            (MARGIN_X, top + h),
        ],
        fill: Some(fill),
        stroke,
    }
}

fn cell_lines(f: &Flow, cell: &Cell, width: f32, style: &Style) -> Vec<String> {
    let indent = if cell.swatch.is_some() { SWATCH_INDENT } else { 0.0 };
    let mut v = f.wrap(&cell.text, width - 2.0 * PAD - indent, style);
    if v.is_empty() {
        v.push(String::new());
    }
    v
}

fn table(f: &mut Flow, t: &Table) {
    let total: f32 = t.widths.iter().sum::<f32>().max(0.01);
    let widths: Vec<f32> = t.widths.iter().map(|w| w / total * CONTENT_W).collect();
    let lh = CELL.size * LEADING;
    let header: Vec<Cell> = t.header.iter().map(Cell::text).collect();
    let header_lines: Vec<Vec<String>> =
        header.iter().zip(&widths).map(|(c, w)| cell_lines(f, c, *w, &CELL_HEAD)).collect();
    let header_h = header_lines.iter().map(Vec::len).max().unwrap_or(1) as f32 * lh + 2.0 * PAD;

    let draw_row = |f: &mut Flow, cells: &[Cell], lines: &[Vec<String>], style: &Style, head: bool, first: bool| {
        let n = lines.iter().map(Vec::len).max().unwrap_or(1);
        let h = n as f32 * lh + 2.0 * PAD;
        let top = f.y;
        if head {
            f.page().shapes.push(band(top, h, Rgb(0xe9, 0xef, 0xf5), None));
        }
        let mut x = MARGIN_X;
        for ((cell, ls), w) in cells.iter().zip(lines).zip(&widths) {
            let mut tx = x + PAD;
            if let (Some(sw), true) = (&cell.swatch, first) {
                f.swatch(sw, tx + 4.5, top + PAD + style.size * 0.6, 9.0);
            }
            if cell.swatch.is_some() {
                tx += SWATCH_INDENT;
            }
            for (k, line) in ls.iter().enumerate() {
                let baseline = top + PAD + style.size + k as f32 * lh;
                f.text(tx, baseline, style, line.clone());
            }
            x += w;
        }
        f.y = top + h;
        let y = f.y;
        f.page().shapes.push(Shape::Line {
            points: vec![(MARGIN_X, y), (MARGIN_X + CONTENT_W, y)],
            stroke: Stroke::solid(Rgb::LINE, 0.5),
        });
    };

    f.ensure(header_h + lh + 2.0 * PAD);
    draw_row(f, &header, &header_lines, &CELL_HEAD, true, true);
    for row in &t.rows {
        let mut lines: Vec<Vec<String>> = row.iter().zip(&widths).map(|(c, w)| cell_lines(f, c, *w, &CELL)).collect();
        let n = lines.iter().map(Vec::len).max().unwrap_or(1);
        let h = n as f32 * lh + 2.0 * PAD;
        let page_room = CONTENT_BOTTOM - MARGIN_TOP - header_h;
        if f.y + h > CONTENT_BOTTOM && h <= page_room {
            f.new_page();
            draw_row(f, &header, &header_lines, &CELL_HEAD, true, true);
        }
        // Normally one pass; a row taller than a page continues on the next, line by line.
        let mut first = true;
        loop {
            let room = ((CONTENT_BOTTOM - f.y - 2.0 * PAD) / lh).floor().max(0.0) as usize;
            let left = lines.iter().map(Vec::len).max().unwrap_or(0);
            if room == 0 {
                f.new_page();
                draw_row(f, &header, &header_lines, &CELL_HEAD, true, true);
                continue;
            }
            let take = room.min(left);
            let chunk: Vec<Vec<String>> = lines.iter_mut().map(|ls| ls.drain(..take.min(ls.len())).collect()).collect();
            draw_row(f, row, &chunk, &CELL, false, first);
            first = false;
            if lines.iter().all(Vec::is_empty) {
                break;
            }
            f.new_page();
            draw_row(f, &header, &header_lines, &CELL_HEAD, true, true);
        }
    }
    f.y += 8.0;
}

/// A figure's width and height on the page, and its scale: the content width at most, and at most
/// six tenths of the page's height.
fn figure_size(fig: &Figure) -> (f32, f32, f32) {
    let max_h = (CONTENT_BOTTOM - MARGIN_TOP) * 0.6;
    let scale = (CONTENT_W / fig.width.max(1.0)).min(max_h / fig.height.max(1.0));
    (fig.width * scale, fig.height * scale, scale)
}

fn figure(f: &mut Flow, fig: &Figure) {
    let (w, h, scale) = figure_size(fig);
    f.ensure(h);
    let (ox, oy) = (MARGIN_X + (CONTENT_W - w) / 2.0, f.y);
    let p = |(x, y): (f32, f32)| (ox + x * scale, oy + y * scale);
    let m = f.m;
    let scaled: Vec<Shape> = fig
        .shapes
        .iter()
        .map(|s| match s {
            Shape::Polygon { points, fill, stroke } => Shape::Polygon {
                points: points.iter().map(|q| p(*q)).collect(),
                fill: *fill,
                stroke: stroke.map(|st| Stroke { width: st.width * scale, ..st }),
            },
            Shape::Circle { cx, cy, r, fill, stroke } => {
                let (x, y) = p((*cx, *cy));
                Shape::Circle {
                    cx: x,
                    cy: y,
                    r: r * scale,
                    fill: *fill,
                    stroke: stroke.map(|st| Stroke { width: st.width * scale, ..st }),
                }
            }
            Shape::Line { points, stroke } => Shape::Line {
                points: points.iter().map(|q| p(*q)).collect(),
                stroke: Stroke { width: stroke.width * scale, ..*stroke },
            },
            Shape::Text { x, y, size, bold, colour, anchor, rotate, text } => {
                let size = size * scale;
                let w = m.width(text, size, *bold);
                let back = match anchor {
                    TextAnchor::Start => 0.0,
                    TextAnchor::Middle => w / 2.0,
                    TextAnchor::End => w,
                };
                let (sx, sy) = p((*x, *y));
                let rad = rotate.to_radians();
                Shape::Text {
                    x: sx - back * rad.cos(),
                    y: sy - back * rad.sin(),
                    size,
                    bold: *bold,
                    colour: *colour,
                    anchor: TextAnchor::Start,
                    rotate: *rotate,
                    text: text.chars().filter(|c| printable(*c)).collect(),
                }
            }
        })
        .collect();
    f.page().shapes.extend(scaled);
    f.y += h + 6.0;
}

fn note(f: &mut Flow, title: &str, text: &str) {
    let inner = CONTENT_W - 2.0 * 10.0;
    let title_style = Style { bold: true, ..BODY };
    let h = f.height_of(title, inner, &title_style) + f.height_of(text, inner, &BODY) + 16.0;
    f.ensure(h);
    let top = f.y;
    if top + h <= CONTENT_BOTTOM {
        let border = Stroke::solid(Rgb(0xb3, 0x6b, 0x00), 1.0);
        f.page().shapes.push(band(top, h, Rgb(0xfd, 0xf3, 0xe7), Some(border)));
    }
    f.y += 8.0;
    f.lines(MARGIN_X + 10.0, inner, &title_style, title);
    f.lines(MARGIN_X + 10.0, inner, &BODY, text);
    f.y += 14.0;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn squash(s: &str) -> String {
        s.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn wrapping_keeps_every_word_and_respects_the_width() {
        let text = "Oma haalt Noor op woensdag van school, en neemt haar mee naar zwemles.\nDaarna eten ze samen.";
        let lines = wrap(text, 120.0, 10.0, false, &FixedWidth);
        assert!(lines.len() > 3, "{lines:?}");
        assert!(lines.iter().all(|l| FixedWidth.width(l, 10.0, false) <= 120.0), "{lines:?}");
        assert_eq!(squash(&lines.join(" ")), squash(text));
        // A word longer than the line is broken, not cut.
        let long = "Gezondheidsonderzoeksafspraak".repeat(3);
        let lines = wrap(&long, 50.0, 10.0, false, &FixedWidth);
        assert_eq!(lines.concat(), long);
        assert!(lines.iter().all(|l| FixedWidth.width(l, 10.0, false) <= 50.0));
        // Controls and direction overrides are dropped; nothing else.
        assert_eq!(wrap("a\u{202e}b\u{7}c ż", 500.0, 10.0, false, &FixedWidth), vec!["abc ż"]);
        assert_eq!(wrap("", 100.0, 10.0, false, &FixedWidth), vec![""]);
    }

    fn doc(blocks: Vec<Block>) -> Document {
        Document {
            title: "t".into(),
            subject: "s".into(),
            lang: "nl",
            rtl: false,
            footer: "Familie Zon · Plan".into(),
            blocks,
        }
    }

    fn all_text(pages: &[Page]) -> String {
        pages.iter().flat_map(|p| p.texts().map(str::to_string).collect::<Vec<_>>()).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn long_content_paginates_within_the_margins_and_numbers_every_page() {
        let rows: Vec<Vec<Cell>> = (0..80)
            .map(|i| {
                vec![
                    Cell::text(format!("Persoon {i}")),
                    Cell::text(format!("afspraak-{i} met wat uitleg erbij")),
                    Cell::text("elke week"),
                ]
            })
            .collect();
        let mut blocks = vec![Block::Title("Het plan van Familie Zon".into()), Block::Heading("Afspraken".into())];
        blocks.push(Block::Table(Table {
            header: vec!["Wie".into(), "Wat".into(), "Wanneer".into()],
            widths: vec![1.0, 2.0, 1.0],
            rows,
        }));
        blocks.push(Block::Bullets((0..60).map(|i| format!("punt-{i} {}", "tekst ".repeat(i % 7 + 1))).collect()));
        let pages = layout(&doc(blocks), &FixedWidth);
        assert!(pages.len() >= 3, "{}", pages.len());
        let text = all_text(&pages);
        for i in 0..80 {
            assert!(text.contains(&format!("afspraak-{i} ")), "agreement {i} lost");
        }
        for i in 0..60 {
            assert!(text.contains(&format!("punt-{i} ")), "bullet {i} lost");
        }
        for (n, page) in pages.iter().enumerate() {
            let number = format!("{} / {}", n + 1, pages.len());
            assert!(page.texts().any(|t| t == number), "page {n} has no number");
            for s in &page.shapes {
                if let Shape::Text { x, y, size, bold, text, .. } = s {
                    assert!(
                        *x >= MARGIN_X - 0.01 && x + FixedWidth.width(text, *size, *bold) <= PAGE_W - MARGIN_X + 0.5,
                        "{text} sticks out"
                    );
                    assert!(*y > MARGIN_TOP && *y <= PAGE_H - 30.0, "{text} at {y}");
                    if *y < CONTENT_BOTTOM + 1.0 {
                        assert!(*y <= CONTENT_BOTTOM, "{text} below the content");
                    }
                }
            }
        }
        // The table's header comes back on the pages it continues on.
        let headed = pages.iter().filter(|p| p.texts().any(|t| t == "Wanneer")).count();
        assert!(headed >= 2, "{headed}");
    }

    #[test]
    fn a_row_taller_than_a_page_continues_on_the_next_page() {
        let huge = (0..400).map(|i| format!("woord{i}")).collect::<Vec<_>>().join(" ");
        let t = Table {
            header: vec!["A".into(), "B".into()],
            widths: vec![1.0, 1.0],
            rows: vec![vec![Cell::text("x"), Cell::text(huge.clone())]],
        };
        let pages = layout(&doc(vec![Block::Table(t)]), &FixedWidth);
        assert!(pages.len() >= 2);
        let words: std::collections::BTreeSet<String> =
            all_text(&pages).split_whitespace().map(str::to_string).collect();
        for i in 0..400 {
            assert!(words.contains(&format!("woord{i}")), "word {i} lost");
        }
    }

    #[test]
    fn a_right_to_left_document_is_the_mirror_image() {
        let t = Table {
            header: vec!["أولاً".into(), "ثانياً".into()],
            widths: vec![1.0, 1.0],
            rows: vec![vec![Cell::text("واحد"), Cell::text("اثنان")]],
        };
        let para = format!("كلمة {}", "word ".repeat(40));
        let mut d = doc(vec![Block::Title("خطة".into()), Block::Para(para), Block::Table(t)]);
        d.rtl = true;
        let pages = layout(&d, &FixedWidth);
        let place = |want: &str| {
            pages[0]
                .shapes
                .iter()
                .find_map(|s| match s {
                    Shape::Text { x, size, bold, text, .. } if text.trim_start_matches(RLM) == want => {
                        Some((*x, x + FixedWidth.width(text, *size, *bold)))
                    }
                    _ => None,
                })
                .unwrap_or_else(|| panic!("{want} not on the page"))
        };
        let right = PAGE_W - MARGIN_X;
        // Right-aligned, and the table's first column on the right.
        assert!((place("خطة").1 - right).abs() < 0.01);
        assert!((place("أولاً").1 - (right - PAD)).abs() < 0.01);
        assert!(place("اثنان").1 < PAGE_W / 2.0);
        // A line of only Latin words in a right-to-left paragraph is marked right to left.
        let texts: Vec<&str> = pages[0].texts().collect();
        assert!(texts.iter().any(|t| t.starts_with(RLM) && t.contains("word")), "{texts:?}");
        // The page number on the left.
        assert!((place("1 / 1").0 - MARGIN_X).abs() < 0.01);
    }

    #[test]
    fn a_heading_is_never_left_alone_at_the_bottom_of_a_page() {
        let mut blocks = vec![Block::Para("regel ".repeat(700))];
        blocks.push(Block::Heading("Doelen".into()));
        blocks.push(Block::Para("Het eerste doel".into()));
        let pages = layout(&doc(blocks), &FixedWidth);
        let page = pages.iter().find(|p| p.texts().any(|t| t == "Doelen")).unwrap();
        assert!(page.texts().any(|t| t == "Het eerste doel"));
    }

    #[test]
    fn a_figures_title_stays_on_the_figures_page() {
        let instrument =
            crate::core::instrument::Instrument::from_json(include_str!("../../../schemas/instruments/youth.json"))
                .unwrap();
        let empty = crate::core::assessment::Assessment {
            id: "a".into(),
            visit_id: "v".into(),
            instrument_id: "youth".into(),
            instrument_version: 1,
            answers: Vec::new(),
        };
        let fig = crate::export::figure::triangle(&instrument, &empty, &[], "nl");
        // Fill the page until only a little more than a subheading's room is left.
        for lines in [600, 640, 680, 720] {
            let mut blocks = vec![Block::Para("regel ".repeat(lines))];
            blocks.push(Block::Subheading("Eigen driehoek van Lies".into()));
            blocks.push(Block::Figure(fig.clone()));
            let pages = layout(&doc(blocks), &FixedWidth);
            let page = pages.iter().find(|p| p.texts().any(|t| t == "Eigen driehoek van Lies")).unwrap();
            assert!(page.texts().any(|t| t == "Om mij heen"), "{lines}: the title was left without its figure");
        }
    }
}
