//! What is drawn on a circle's lines and people: a relation line's stroke and arrows, and the
//! marks of a change.

use super::{Rgb, Shape, Stroke};
use crate::core::ecomap::{stroke_of, TieLine};
use crate::core::geometry::Point;

/// The ink of relation lines: one dark colour for every kind (the kind is in the line's style).
pub const LINE_INK: Rgb = Rgb(0x2f, 0x3b, 0x45);
/// A change mark's ink.
const MARK_INK: Rgb = Rgb(0x1a, 0x1a, 0x1a);

/// A relation line as shapes: its stroke (by kind) and its arrowheads, offset by (ox, oy).
pub fn tie_shapes(line: &TieLine, ox: f32, oy: f32, ink: Rgb) -> Vec<Shape> {
    let (w, dashed) = stroke_of(line.kind);
    let pt = |q: &Point| (ox + q.x as f32, oy + q.y as f32);
    let mut v = vec![Shape::Line {
        points: line.drawn.iter().map(pt).collect(),
        stroke: Stroke { colour: ink, width: w as f32, dashed },
    }];
    for a in &line.arrows {
        v.push(Shape::Polygon { points: a.iter().map(pt).collect(), fill: Some(ink), stroke: None });
    }
    v
}

/// A change mark in a small white disc at (x, y): a plus, a minus, an arrow toward `dir` (a unit
/// vector: closer, further), a double arrow (another group), or a diamond (a changed line).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Mark {
    Joined,
    Left,
    Toward(f32, f32),
    OtherSector,
    TieChanged,
}

pub fn mark_shapes(mark: Mark, x: f32, y: f32, r: f32) -> Vec<Shape> {
    let ring =
        Shape::Circle { cx: x, cy: y, r, fill: Some(Rgb::WHITE), stroke: Some(Stroke::solid(MARK_INK, r / 5.0)) };
    let w = r / 3.2;
    let line = |pts: Vec<(f32, f32)>| Shape::Line { points: pts, stroke: Stroke::solid(MARK_INK, w) };
    let k = r * 0.55;
    let arrow = |dx: f32, dy: f32| {
        // A shaft and a head pointing along (dx, dy).
        let (tip, tail) = ((x + dx * k, y + dy * k), (x - dx * k, y - dy * k));
        let base = (x + dx * k * 0.1, y + dy * k * 0.1);
        vec![
            line(vec![tail, base]),
            Shape::Polygon {
                points: vec![
                    tip,
                    (base.0 - dy * k * 0.7, base.1 + dx * k * 0.7),
                    (base.0 + dy * k * 0.7, base.1 - dx * k * 0.7),
                ],
                fill: Some(MARK_INK),
                stroke: None,
            },
        ]
    };
    let mut v = vec![ring];
    match mark {
        Mark::Joined => {
            v.push(line(vec![(x - k, y), (x + k, y)]));
            v.push(line(vec![(x, y - k), (x, y + k)]));
        }
        Mark::Left => v.push(line(vec![(x - k, y), (x + k, y)])),
        Mark::Toward(dx, dy) => v.extend(arrow(dx, dy)),
        Mark::OtherSector => {
            v.push(line(vec![(x - k * 0.55, y), (x + k * 0.55, y)]));
            for s in [-1.0, 1.0] {
                let tip = x + s * k;
                v.push(Shape::Polygon {
                    points: vec![(tip, y), (tip - s * k * 0.6, y - k * 0.6), (tip - s * k * 0.6, y + k * 0.6)],
                    fill: Some(MARK_INK),
                    stroke: None,
                });
            }
        }
        Mark::TieChanged => {
            v[0] = Shape::Polygon {
                points: vec![(x, y - r), (x + r, y), (x, y + r), (x - r, y)],
                fill: Some(Rgb::WHITE),
                stroke: Some(Stroke::solid(MARK_INK, r / 5.0)),
            };
            v.push(Shape::Circle { cx: x, cy: y, r: r * 0.3, fill: Some(MARK_INK), stroke: None });
        }
    }
    v
}
