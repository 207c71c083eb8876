//! The non-colour sign of a scale level, drawn in SVG so every answer is readable without colour.

use crate::core::instrument::{Level, Marker};
use yew::prelude::*;

/// A marker centred at (x, y) fitting a box of `size`. Every marker is one `<path>` with the same
/// attributes, so a spot whose heaviest answer changes gets new attribute values, not new elements
/// (swapping elements costs a tap a removal, three insertions and their style and layout).
pub fn marker_shape(marker: Marker, x: f64, y: f64, size: f64, colour: &str) -> Html {
    let s = size / 2.0;
    let (d, stroked) = marker_path(marker, x, y, s);
    let (fill, stroke) = if stroked { ("none", colour) } else { (colour, "none") };
    html! {
        <path d={d} fill={fill.to_string()} stroke={stroke.to_string()} stroke-width={(size / 7.0).max(1.5).to_string()}
            stroke-linecap="round" stroke-linejoin="round" />
    }
}

/// The marker's outline as path data (half-size `s`), and whether it is drawn as a line.
fn marker_path(marker: Marker, x: f64, y: f64, s: f64) -> (String, bool) {
    let poly = |pts: &[(f64, f64)]| {
        let mut d = String::new();
        for (i, (px, py)) in pts.iter().enumerate() {
            d.push_str(&format!("{}{px:.1} {py:.1} ", if i == 0 { 'M' } else { 'L' }));
        }
        d.push('Z');
        d
    };
    match marker {
        Marker::Star => {
            let pts: Vec<(f64, f64)> = (0..10)
                .map(|i| {
                    let r = if i % 2 == 0 { s } else { s * 0.45 };
                    let a = -std::f64::consts::FRAC_PI_2 + std::f64::consts::PI * f64::from(i) / 5.0;
                    (x + r * a.cos(), y + r * a.sin())
                })
                .collect();
            (poly(&pts), false)
        }
        Marker::Check => (
            format!(
                "M{:.1} {:.1} L{:.1} {:.1} L{:.1} {:.1}",
                x - s * 0.8,
                y,
                x - s * 0.2,
                y + s * 0.6,
                x + s * 0.8,
                y - s * 0.6
            ),
            true,
        ),
        Marker::Dot => (disc(x, y, s * 0.55), false),
        Marker::Exclamation => {
            let (w, h) = (s * 0.36, s * 1.15);
            let bar = poly(&[
                (x - w / 2.0, y - s * 0.9),
                (x + w / 2.0, y - s * 0.9),
                (x + w / 2.0, y - s * 0.9 + h),
                (x - w / 2.0, y - s * 0.9 + h),
            ]);
            (format!("{bar} {}", disc(x, y + s * 0.7, s * 0.2)), false)
        }
        Marker::Circle => (disc(x, y, s * 0.7), true),
        Marker::Square => {
            let h = s * 0.65;
            (poly(&[(x - h, y - h), (x + h, y - h), (x + h, y + h), (x - h, y + h)]), false)
        }
        Marker::Triangle => (poly(&[(x, y - s * 0.8), (x + s * 0.8, y + s * 0.6), (x - s * 0.8, y + s * 0.6)]), false),
        Marker::Diamond => (poly(&[(x, y - s * 0.85), (x + s * 0.85, y), (x, y + s * 0.85), (x - s * 0.85, y)]), false),
    }
}

/// A circle as path data: two half arcs from its left edge to its right and back.
pub(super) fn disc(x: f64, y: f64, r: f64) -> String {
    format!("M{:.1} {y:.1} a{r:.2} {r:.2} 0 1 0 {:.2} 0 a{r:.2} {r:.2} 0 1 0 {:.2} 0 Z", x - r, 2.0 * r, -2.0 * r)
}

/// Dark or light ink, whichever reads better on `hex` (WCAG relative luminance).
pub fn ink_on(hex: &str) -> &'static str {
    let channel = |i: usize| {
        let v = u8::from_str_radix(hex.get(i..i + 2).unwrap_or("80"), 16).unwrap_or(128) as f64 / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    let l = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    // Contrast with #1a1a1a (L = 0.0103) against contrast with white.
    if (l + 0.05) / 0.0603 >= 1.05 / (l + 0.05) {
        "#1a1a1a"
    } else {
        "#ffffff"
    }
}

/// A small swatch: the level's colour with its marker on top, outlined for light colours.
pub fn swatch(level: &Level, size: f64) -> Html {
    let h = size / 2.0;
    html! {
        <svg class="swatch" width={size.to_string()} height={size.to_string()} viewBox={format!("0 0 {size} {size}")} aria-hidden="true" focusable="false">
            <rect x="1" y="1" width={(size - 2.0).to_string()} height={(size - 2.0).to_string()} rx="4"
                fill={level.colour.clone()} stroke="#1a1a1a" stroke-width="1.5" />
            { marker_shape(level.marker, h, h, size * 0.6, ink_on(&level.colour)) }
        </svg>
    }
}
