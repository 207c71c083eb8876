//! Drawings as shapes in their own units: the triangle from `core::geometry::figure_layout` (the
//! numbers the screen's SVG uses), with each theme's colour and marker. The layout scales a figure
//! onto the page; the PDF and the print view draw the same shapes.
//! - `triangle`: the triangle's spots and titles;
//! - `circle`: the network circle and its change picture;
//! - `marks`: relation lines and change marks;
//! - `key`: figures side by side, with a key, and the keys themselves.

mod circle;
mod key;
mod marks;
mod triangle;

use crate::core::instrument::{Level, Marker};

pub use circle::{change_picture, circle, visit_circle, CircleWords};
pub use key::{change_key, line_sample, lines_key, side_by_side, with_key};
pub use marks::{mark_shapes, tie_shapes, Mark, LINE_INK};
pub use triangle::{spot_state, triangle, SpotState};

/// A colour, from the instrument's `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const INK: Rgb = Rgb(0x1a, 0x1a, 0x1a);
    pub const GREY: Rgb = Rgb(0x55, 0x55, 0x55);
    pub const LIGHT: Rgb = Rgb(0xf4, 0xf4, 0xf4);
    pub const LINE: Rgb = Rgb(0xb0, 0xb0, 0xb0);
    pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
    pub const ACCENT: Rgb = Rgb(0x24, 0x52, 0x7a);

    /// `#1a2b3c`; anything else is mid grey (instrument colours are checked on load).
    pub fn parse(hex: &str) -> Rgb {
        let part = |i: usize| hex.get(i..i + 2).and_then(|s| u8::from_str_radix(s, 16).ok()).unwrap_or(0x80);
        if hex.len() == 7 && hex.starts_with('#') {
            Rgb(part(1), part(3), part(5))
        } else {
            Rgb(0x80, 0x80, 0x80)
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Dark or white ink, whichever reads better on this colour (WCAG relative luminance).
    pub fn ink_on(self) -> Rgb {
        let ch = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.039_28 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        let l = 0.2126 * ch(self.0) + 0.7152 * ch(self.1) + 0.0722 * ch(self.2);
        if (l + 0.05) / 0.0603 >= 1.05 / (l + 0.05) {
            Rgb::INK
        } else {
            Rgb::WHITE
        }
    }
}

/// How a shape's outline is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Stroke {
    pub colour: Rgb,
    pub width: f32,
    pub dashed: bool,
}

impl Stroke {
    pub fn solid(colour: Rgb, width: f32) -> Stroke {
        Stroke { colour, width, dashed: false }
    }
}

/// Which way text runs from its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextAnchor {
    Start,
    Middle,
    End,
}

/// One thing to draw. Coordinates have y pointing down (as in SVG); `y` of text is its baseline.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Polygon { points: Vec<(f32, f32)>, fill: Option<Rgb>, stroke: Option<Stroke> },
    Circle { cx: f32, cy: f32, r: f32, fill: Option<Rgb>, stroke: Option<Stroke> },
    Line { points: Vec<(f32, f32)>, stroke: Stroke },
    Text { x: f32, y: f32, size: f32, bold: bool, colour: Rgb, anchor: TextAnchor, rotate: f32, text: String },
}

/// A drawing with its own size; the layout scales it to the page.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub width: f32,
    pub height: f32,
    pub shapes: Vec<Shape>,
    /// What the figure shows, in words (the print view's `aria-label`).
    pub label: String,
}

/// A level's marker as shapes, centred at (x, y) in a box of `size` (as on the screen).
pub fn marker(marker: Marker, x: f32, y: f32, size: f32, colour: Rgb) -> Vec<Shape> {
    let s = size / 2.0;
    let w = (size / 7.0).max(0.6);
    let poly = |points: Vec<(f32, f32)>| Shape::Polygon { points, fill: Some(colour), stroke: None };
    match marker {
        Marker::Star => vec![poly(
            (0..10)
                .map(|i| {
                    let r = if i % 2 == 0 { s } else { s * 0.45 };
                    let a = -std::f32::consts::FRAC_PI_2 + std::f32::consts::PI * i as f32 / 5.0;
                    (x + r * a.cos(), y + r * a.sin())
                })
                .collect(),
        )],
        Marker::Check => vec![Shape::Line {
            points: vec![(x - s * 0.8, y), (x - s * 0.2, y + s * 0.6), (x + s * 0.8, y - s * 0.6)],
            stroke: Stroke::solid(colour, w),
        }],
        Marker::Dot => vec![Shape::Circle { cx: x, cy: y, r: s * 0.55, fill: Some(colour), stroke: None }],
        Marker::Exclamation => vec![
            poly(vec![
                (x - s * 0.18, y - s * 0.9),
                (x + s * 0.18, y - s * 0.9),
                (x + s * 0.18, y + s * 0.25),
                (x - s * 0.18, y + s * 0.25),
            ]),
            Shape::Circle { cx: x, cy: y + s * 0.7, r: s * 0.2, fill: Some(colour), stroke: None },
        ],
        Marker::Circle => {
            vec![Shape::Circle { cx: x, cy: y, r: s * 0.7, fill: None, stroke: Some(Stroke::solid(colour, w)) }]
        }
        Marker::Square => vec![poly(vec![
            (x - s * 0.65, y - s * 0.65),
            (x + s * 0.65, y - s * 0.65),
            (x + s * 0.65, y + s * 0.65),
            (x - s * 0.65, y + s * 0.65),
        ])],
        Marker::Triangle => vec![poly(vec![(x, y - s * 0.8), (x + s * 0.8, y + s * 0.6), (x - s * 0.8, y + s * 0.6)])],
        Marker::Diamond => vec![poly(vec![(x, y - s * 0.85), (x + s * 0.85, y), (x, y + s * 0.85), (x - s * 0.85, y)])],
    }
}

/// A small swatch for a scale level: its colour with its marker on top (legends, tables).
pub fn swatch(level: &Level, x: f32, y: f32, size: f32) -> Vec<Shape> {
    let fill = Rgb::parse(&level.colour);
    let mut v = vec![Shape::Circle {
        cx: x,
        cy: y,
        r: size / 2.0,
        fill: Some(fill),
        stroke: Some(Stroke::solid(Rgb::INK, 0.5)),
    }];
    v.extend(marker(level.marker, x, y, size * 0.62, fill.ink_on()));
    v
}

#[cfg(test)]
mod tests;
