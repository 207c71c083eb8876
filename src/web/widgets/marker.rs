//! The non-colour sign of a scale level, drawn in SVG so every answer is readable without colour.

use crate::core::instrument::{Level, Marker};
use yew::prelude::*;

/// A marker centred at (x, y) fitting a box of `size`.
pub fn marker_shape(marker: Marker, x: f64, y: f64, size: f64, colour: &str) -> Html {
    let s = size / 2.0;
    let sw = (size / 7.0).max(1.5).to_string();
    match marker {
        Marker::Star => {
            let pts: Vec<String> = (0..10)
                .map(|i| {
                    let r = if i % 2 == 0 { s } else { s * 0.45 };
                    let a = -std::f64::consts::FRAC_PI_2 + std::f64::consts::PI * f64::from(i) / 5.0;
                    format!("{:.1},{:.1}", x + r * a.cos(), y + r * a.sin())
                })
                .collect();
            html! { <polygon points={pts.join(" ")} fill={colour.to_string()} /> }
        }
        Marker::Check => html! {
            <path d={format!("M{:.1} {:.1} L{:.1} {:.1} L{:.1} {:.1}", x - s * 0.8, y, x - s * 0.2, y + s * 0.6, x + s * 0.8, y - s * 0.6)}
                fill="none" stroke={colour.to_string()} stroke-width={sw} stroke-linecap="round" stroke-linejoin="round" />
        },
        Marker::Dot => {
            html! { <circle cx={x.to_string()} cy={y.to_string()} r={(s * 0.55).to_string()} fill={colour.to_string()} /> }
        }
        Marker::Exclamation => html! {
            <g fill={colour.to_string()}>
                <rect x={(x - s * 0.18).to_string()} y={(y - s * 0.9).to_string()} width={(s * 0.36).to_string()} height={(s * 1.15).to_string()} rx="1" />
                <circle cx={x.to_string()} cy={(y + s * 0.7).to_string()} r={(s * 0.2).to_string()} />
            </g>
        },
        Marker::Circle => html! {
            <circle cx={x.to_string()} cy={y.to_string()} r={(s * 0.7).to_string()} fill="none" stroke={colour.to_string()} stroke-width={sw} />
        },
        Marker::Square => html! {
            <rect x={(x - s * 0.65).to_string()} y={(y - s * 0.65).to_string()} width={(s * 1.3).to_string()} height={(s * 1.3).to_string()} fill={colour.to_string()} />
        },
        Marker::Triangle => html! {
            <polygon points={format!("{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}", x, y - s * 0.8, x + s * 0.8, y + s * 0.6, x - s * 0.8, y + s * 0.6)} fill={colour.to_string()} />
        },
        Marker::Diamond => html! {
            <polygon points={format!("{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}", x, y - s * 0.85, x + s * 0.85, y, x, y + s * 0.85, x - s * 0.85, y)} fill={colour.to_string()} />
        },
    }
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
