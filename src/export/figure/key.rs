//! Figures put together: two circles side by side, a figure with a key beside it, and the keys
//! to the lines and to a change picture's marks.

use super::marks::{mark_shapes, tie_shapes, Mark, LINE_INK};
use super::{Figure, Rgb, Shape, Stroke, TextAnchor};
use crate::core::geometry::{wrap_label, Point};
use crate::core::network::TieKind;

/// Shapes moved by (dx, dy) and scaled by k around the origin.
fn placed(shapes: &[Shape], dx: f32, dy: f32, k: f32) -> Vec<Shape> {
    let p = |(x, y): (f32, f32)| (dx + x * k, dy + y * k);
    let st = |s: &Stroke| Stroke { width: s.width * k, ..*s };
    shapes
        .iter()
        .map(|s| match s {
            Shape::Polygon { points, fill, stroke } => Shape::Polygon {
                points: points.iter().map(|q| p(*q)).collect(),
                fill: *fill,
                stroke: stroke.as_ref().map(st),
            },
            Shape::Circle { cx, cy, r, fill, stroke } => {
                let (x, y) = p((*cx, *cy));
                Shape::Circle { cx: x, cy: y, r: r * k, fill: *fill, stroke: stroke.as_ref().map(st) }
            }
            Shape::Line { points, stroke } => {
                Shape::Line { points: points.iter().map(|q| p(*q)).collect(), stroke: st(stroke) }
            }
            Shape::Text { x, y, size, bold, colour, anchor, rotate, text } => {
                let (x, y) = p((*x, *y));
                Shape::Text {
                    x,
                    y,
                    size: size * k,
                    bold: *bold,
                    colour: *colour,
                    anchor: *anchor,
                    rotate: *rotate,
                    text: text.clone(),
                }
            }
        })
        .collect()
}

/// Two circles side by side at the same height, each under its caption (mirrored for a
/// right-to-left document: the earlier one on the right).
pub fn side_by_side(first: &Figure, second: &Figure, captions: [&str; 2], rtl: bool) -> Figure {
    let h = first.height.max(second.height);
    let gap = 40.0;
    let top = 44.0;
    let mut shapes = Vec::new();
    let order = if rtl { [second, first] } else { [first, second] };
    let caps = if rtl { [captions[1], captions[0]] } else { captions };
    let mut x = 0.0;
    for (f, cap) in order.iter().zip(caps) {
        let k = h / f.height.max(1.0);
        shapes.push(Shape::Text {
            x: x + f.width * k / 2.0,
            y: 30.0,
            size: 28.0,
            bold: true,
            colour: Rgb::INK,
            anchor: TextAnchor::Middle,
            rotate: 0.0,
            text: cap.to_string(),
        });
        shapes.extend(placed(&f.shapes, x, top, k));
        x += f.width * k + gap;
    }
    Figure { width: x - gap, height: h + top, shapes, label: format!("{}. {}", first.label, second.label) }
}

/// A key beside a figure: rows of a sample (drawn in a 60 by 30 box around its middle) and
/// words, in a column to the right (to the left when right to left). Long words take two lines.
pub fn with_key(main: &Figure, key: Vec<(Vec<Shape>, String)>, rtl: bool) -> Figure {
    let (col, size, row) = (460.0, 24.0, 58.0);
    let mut shapes = Vec::new();
    let (main_x, key_x) = if rtl { (col + 30.0, 0.0) } else { (0.0, main.width + 30.0) };
    shapes.extend(placed(&main.shapes, main_x, 0.0, 1.0));
    let top = (main.height - row * key.len() as f32).max(0.0) / 2.0;
    for (i, (sample, words)) in key.into_iter().enumerate() {
        let cy = top + row * (i as f32 + 0.5);
        let sx = if rtl { key_x + col - 70.0 } else { key_x };
        shapes.extend(placed(&sample, sx, cy, 1.0));
        let lines = wrap_label(&words, 24);
        let (tx, anchor) = if rtl { (key_x + col - 84.0, TextAnchor::End) } else { (key_x + 84.0, TextAnchor::Start) };
        let first = cy + 8.0 - 14.0 * (lines.len() - 1) as f32;
        for (k, l) in lines.iter().enumerate() {
            shapes.push(Shape::Text {
                x: tx,
                y: first + 28.0 * k as f32,
                size,
                bold: false,
                colour: Rgb::INK,
                anchor,
                rotate: 0.0,
                text: (*l).to_string(),
            });
        }
    }
    Figure { width: main.width + col + 30.0, height: main.height, shapes, label: main.label.clone() }
}

/// A line sample of a kind, with an arrow when `arrow`, in the key's 60 by 30 box.
pub fn line_sample(kind: TieKind, arrow: bool) -> Vec<Shape> {
    let mut tie = crate::core::network::Tie { person: String::new(), other: None, kind, flow: None };
    if arrow {
        tie.flow = Some(crate::core::network::Flow::Gives);
    }
    let route = vec![Point { x: 0.0, y: 0.0 }, Point { x: 64.0, y: 0.0 }];
    let line = crate::core::ecomap::dressed(&tie, route);
    tie_shapes(&line, 0.0, 0.0, LINE_INK)
}

/// The key to the lines: their four kinds and the arrow, as a figure of two columns.
pub fn lines_key(words: &dyn Fn(&str) -> String, rtl: bool) -> Figure {
    let entries: Vec<(Vec<Shape>, String)> = TieKind::ALL
        .iter()
        .map(|k| (line_sample(*k, false), words(&format!("eco-legend-{}", k.key()))))
        .chain(std::iter::once((line_sample(TieKind::Ordinary, true), words("eco-legend-arrow"))))
        .collect();
    let (colw, row) = (500.0, 46.0);
    let mut shapes = Vec::new();
    for (i, (sample, text)) in entries.iter().enumerate() {
        let (c, r) = (i % 2, i / 2);
        let c = if rtl { 1 - c } else { c };
        let y = 24.0 + row * r as f32;
        let x0 = colw * c as f32;
        let (sx, tx, anchor) = if rtl {
            (x0 + colw - 70.0, x0 + colw - 84.0, TextAnchor::End)
        } else {
            (x0, x0 + 84.0, TextAnchor::Start)
        };
        shapes.extend(placed(sample, sx, y, 1.0));
        shapes.push(Shape::Text {
            x: tx,
            y: y + 8.0,
            size: 22.0,
            bold: false,
            colour: Rgb::INK,
            anchor,
            rotate: 0.0,
            text: text.clone(),
        });
    }
    let rows = entries.len().div_ceil(2) as f32;
    Figure {
        width: 2.0 * colw,
        height: row * rows + 4.0,
        shapes,
        label: entries.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join(". "),
    }
}

/// The key to a change picture's marks, for [`with_key`].
pub fn change_key(words: &dyn Fn(&str) -> String) -> Vec<(Vec<Shape>, String)> {
    let mark = |m: Mark| mark_shapes(m, 30.0, 0.0, 16.0);
    vec![
        (mark(Mark::Joined), words("eco-mark-joined")),
        (mark(Mark::Left), words("eco-mark-left")),
        (mark(Mark::Toward(0.0, -1.0)), words("eco-mark-closer")),
        (mark(Mark::Toward(0.0, 1.0)), words("eco-mark-further")),
        (mark(Mark::OtherSector), words("eco-mark-sector")),
        (mark(Mark::TieChanged), words("eco-mark-tie")),
    ]
}
