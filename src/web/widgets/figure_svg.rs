//! A figure of the document (`export::figure`, `export::chart`) as SVG: the print view's
//! pictures, and the circle's and triangle's pictures over time on screen, so the screen and the
//! PDF draw the same shapes.

use crate::export::figure::{Figure, Shape, Stroke, TextAnchor};
use yew::prelude::*;

fn points(p: &[(f32, f32)]) -> String {
    p.iter().map(|(x, y)| format!("{x:.1},{y:.1}")).collect::<Vec<_>>().join(" ")
}

/// A dashed stroke's pattern, in step with the PDF's (`export::pdf`).
fn dashes(s: &Stroke) -> String {
    if s.dashed {
        format!("{:.1} {:.1}", s.width * 2.5, s.width * 2.0)
    } else {
        "none".into()
    }
}

pub fn shape_svg(s: &Shape) -> Html {
    let stroke_attrs = |st: &Option<Stroke>| match st {
        Some(st) => (st.colour.hex(), st.width.to_string(), dashes(st)),
        None => ("none".into(), "0".into(), "none".into()),
    };
    let fill_of = |f: &Option<crate::export::figure::Rgb>| f.map(|f| f.hex()).unwrap_or_else(|| "none".into());
    match s {
        Shape::Polygon { points: p, fill, stroke } => {
            let (sc, sw, da) = stroke_attrs(stroke);
            html! { <polygon points={points(p)} fill={fill_of(fill)} stroke={sc} stroke-width={sw} stroke-dasharray={da} /> }
        }
        Shape::Circle { cx, cy, r, fill, stroke } => {
            let (sc, sw, da) = stroke_attrs(stroke);
            html! { <circle cx={cx.to_string()} cy={cy.to_string()} r={r.to_string()} fill={fill_of(fill)} stroke={sc} stroke-width={sw} stroke-dasharray={da} /> }
        }
        Shape::Line { points: p, stroke } => html! {
            <polyline points={points(p)} fill="none" stroke={stroke.colour.hex()} stroke-width={stroke.width.to_string()}
                stroke-dasharray={dashes(stroke)} stroke-linecap="round" stroke-linejoin="round" />
        },
        Shape::Text { x, y, size, bold, colour, anchor, rotate, text } => {
            let anchor = match anchor {
                TextAnchor::Start => "start",
                TextAnchor::Middle => "middle",
                TextAnchor::End => "end",
            };
            html! {
                <text x={x.to_string()} y={y.to_string()} font-size={size.to_string()} font-weight={if *bold { "700" } else { "400" }}
                    fill={colour.hex()} text-anchor={anchor} transform={format!("rotate({rotate} {x} {y})")}>{ text.clone() }</text>
            }
        }
    }
}

/// The whole figure as one image, named by its label.
pub fn figure_svg(f: &Figure, class: &'static str) -> Html {
    html! {
        <svg {class} viewBox={format!("0 0 {} {}", f.width, f.height)} role="img" aria-label={f.label.clone()}>
            { for f.shapes.iter().map(shape_svg) }
        </svg>
    }
}
