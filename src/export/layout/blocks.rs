//! The blocks that are more than lines of text: legends, tables, figures and notes.

use super::wrap::printable;
use super::{wrap, Flow, Style, BODY, CELL, CELL_HEAD, CONTENT_BOTTOM, CONTENT_W, HINT, LEADING, MARGIN_TOP, MARGIN_X};
use crate::export::content::{Cell, Swatch, Table};
use crate::export::figure::{Figure, Rgb, Shape, Stroke, TextAnchor};

pub(super) fn legend(f: &mut Flow, entries: &[(Swatch, String)]) {
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

pub(super) const PAD: f32 = 4.0;
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

pub(super) fn table(f: &mut Flow, t: &Table) {
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
pub(super) fn figure_size(fig: &Figure) -> (f32, f32, f32) {
    let max_h = (CONTENT_BOTTOM - MARGIN_TOP) * 0.6;
    let scale = (CONTENT_W / fig.width.max(1.0)).min(max_h / fig.height.max(1.0));
    (fig.width * scale, fig.height * scale, scale)
}

pub(super) fn figure(f: &mut Flow, fig: &Figure) {
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

pub(super) fn note(f: &mut Flow, title: &str, text: &str) {
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
