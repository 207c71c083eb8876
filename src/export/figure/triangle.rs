//! The triangle: a spot per theme in its heaviest answer's colour and marker.

use super::{marker, Figure, Rgb, Shape, Stroke, TextAnchor};
use crate::core::assessment::{heaviest, Assessment};
use crate::core::geometry::{figure_layout, wrap_label, Anchor};
use crate::core::instrument::{Instrument, Level};

/// What a theme spot shows: the heaviest answer, or that it was set aside or is still open.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum SpotState<'a> {
    Rated(&'a Level),
    Skipped,
    Open,
    /// Not part of this way of working.
    Inert,
}

/// The state of one theme in an assessment.
pub fn spot_state<'a>(
    instrument: &'a Instrument,
    assessment: &Assessment,
    theme_id: &str,
    shown: &[&str],
) -> SpotState<'a> {
    if !shown.contains(&theme_id) {
        return SpotState::Inert;
    }
    if let Some(level) = heaviest(instrument, assessment, theme_id) {
        return SpotState::Rated(level);
    }
    let skipped = assessment.answers.iter().any(|a| a.theme_id == theme_id && a.skip.is_some());
    if skipped {
        SpotState::Skipped
    } else {
        SpotState::Open
    }
}

/// The triangle: the frame, side titles, and per theme a spot in its heaviest answer's colour with
/// that level's marker, plus the theme's name. `lang` picks the instrument's texts.
pub fn triangle(instrument: &Instrument, assessment: &Assessment, shown: &[&str], lang: &str) -> Figure {
    let counts: Vec<usize> = instrument.def.sides.iter().map(|s| s.themes.len()).collect();
    let l = figure_layout(&counts);
    let pt = |p: crate::core::geometry::Point| (p.x as f32, p.y as f32);
    let mut shapes = vec![Shape::Polygon {
        points: l.corners.iter().map(|c| pt(*c)).collect(),
        fill: None,
        stroke: Some(Stroke::solid(Rgb::LINE, 3.0)),
    }];
    for (side, (at, deg)) in instrument.def.sides.iter().zip(&l.side_titles) {
        shapes.push(Shape::Text {
            x: at.x as f32,
            y: at.y as f32 + 7.0,
            size: 20.0,
            bold: true,
            colour: Rgb::ACCENT,
            anchor: TextAnchor::Middle,
            rotate: *deg as f32,
            text: side.title.get(lang).to_string(),
        });
    }
    let r = l.radius as f32;
    let mut described = Vec::new();
    for spot in &l.spots {
        let theme = &instrument.def.sides[spot.side].themes[spot.index];
        let (cx, cy) = pt(spot.centre);
        let state = spot_state(instrument, assessment, &theme.id, shown);
        match state {
            SpotState::Rated(level) => {
                let fill = Rgb::parse(&level.colour);
                shapes.push(Shape::Circle { cx, cy, r, fill: Some(fill), stroke: Some(Stroke::solid(Rgb::INK, 1.5)) });
                shapes.extend(marker(level.marker, cx, cy, r * 1.1, fill.ink_on()));
                described.push(format!("{}: {}", theme.title.get(lang), level.label.get(lang)));
            }
            SpotState::Skipped => shapes.push(Shape::Circle {
                cx,
                cy,
                r,
                fill: Some(Rgb::WHITE),
                stroke: Some(Stroke { colour: Rgb::GREY, width: 1.5, dashed: true }),
            }),
            SpotState::Open => shapes.push(Shape::Circle {
                cx,
                cy,
                r,
                fill: Some(Rgb::LIGHT),
                stroke: Some(Stroke::solid(Rgb::LINE, 1.5)),
            }),
            SpotState::Inert => shapes.push(Shape::Circle {
                cx,
                cy,
                r: r * 0.45,
                fill: Some(Rgb::LIGHT),
                stroke: Some(Stroke::solid(Rgb::LINE, 1.0)),
            }),
        }
        let anchor = match spot.anchor {
            Anchor::Start => TextAnchor::Start,
            Anchor::Middle => TextAnchor::Middle,
            Anchor::End => TextAnchor::End,
        };
        let title = theme.title.get(lang);
        let lines = wrap_label(title, 14);
        let size = 17.0;
        let first_dy = if lines.len() > 1 && spot.anchor != Anchor::Middle { -0.5 * size } else { 0.0 };
        for (i, line) in lines.iter().enumerate() {
            shapes.push(Shape::Text {
                x: spot.label.x as f32,
                y: spot.label.y as f32 + first_dy + i as f32 * 1.1 * size,
                size,
                bold: false,
                colour: if state == SpotState::Inert { Rgb::GREY } else { Rgb::INK },
                anchor,
                rotate: 0.0,
                text: (*line).to_string(),
            });
        }
    }
    Figure {
        width: l.width as f32,
        height: l.height as f32 + 30.0,
        shapes,
        label: format!("{}. {}", instrument.def.title.get(lang), described.join("; ")),
    }
}
