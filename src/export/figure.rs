//! Drawings as shapes in their own units: the triangle from `core::geometry::figure_layout` (the
//! numbers the screen's SVG uses), with each theme's colour and marker. The layout scales a figure
//! onto the page; the PDF and the print view draw the same shapes.

use crate::core::assessment::{heaviest, Assessment};
use crate::core::geometry::{figure_layout, wrap_label, Anchor};
use crate::core::instrument::{Instrument, Level, Marker};

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

/// An arc (or a full circle) as a polyline, angles in radians from the x axis, clockwise (y down).
fn arc(cx: f32, cy: f32, r: f32, from: f32, to: f32) -> Vec<(f32, f32)> {
    let n = (((to - from).abs() / std::f32::consts::TAU) * 72.0).ceil().max(4.0) as usize;
    (0..=n)
        .map(|k| {
            let a = from + (to - from) * k as f32 / n as f32;
            (cx + r * a.cos(), cy + r * a.sin())
        })
        .collect()
}

/// The network circle as the screen draws it (`core::network::circle_layout`): the rings by
/// closeness, the four sectors with professionals (the formal network) marked, the family at the
/// centre, and each person with their initial, name and relation; a check for who is invited and a
/// gold ring for the mediator. `words(ring_or_sector_key)` gives the ring and sector names.
pub fn circle(
    case: &crate::core::case::Case,
    centre_word: &str,
    words: &dyn Fn(&str) -> String,
    capitals: fn(&str) -> String,
) -> Figure {
    use crate::core::network::{circle_layout, clip, initial_char, MeetingRole, Ring, Sector, CENTRE_R};
    let people = &case.network.people;
    let l = circle_layout(people);
    let (r, half) = (l.radius as f32, l.half as f32);
    let (ox, oy) = (half, half);
    let at = |x: f64, y: f64| (ox + x as f32, oy + y as f32);
    let text = |x: f32, y: f32, size: f32, bold: bool, colour: Rgb, anchor: TextAnchor, t: String| Shape::Text {
        x,
        y,
        size,
        bold,
        colour,
        anchor,
        rotate: 0.0,
        text: t,
    };
    let band_line = Stroke::solid(Rgb(0x8f, 0xa3, 0xb5), 2.0);
    let mut shapes = Vec::new();
    for (i, fill) in [(2usize, Rgb(0xf6, 0xf9, 0xfc)), (1, Rgb(0xe8, 0xf0, 0xf7)), (0, Rgb(0xd7, 0xe5, 0xf1))] {
        shapes.push(Shape::Circle {
            cx: ox,
            cy: oy,
            r: l.bands[i].1 as f32,
            fill: Some(fill),
            stroke: Some(band_line),
        });
    }
    // The professionals' quarter (bottom left), striped on screen: here shaded and dashed.
    let mut quarter = vec![(ox, oy)];
    quarter.extend(arc(ox, oy, r, std::f32::consts::FRAC_PI_2, std::f32::consts::PI));
    shapes.push(Shape::Polygon {
        points: quarter,
        fill: Some(Rgb(0xdd, 0xe2, 0xe7)),
        stroke: Some(Stroke { colour: Rgb(0x51, 0x60, 0x6e), width: 2.0, dashed: true }),
    });
    for i in 0..3 {
        shapes.push(Shape::Line {
            points: arc(ox, oy, l.bands[i].1 as f32, 0.0, std::f32::consts::TAU),
            stroke: band_line,
        });
    }
    shapes.push(Shape::Line { points: vec![(ox - r, oy), (ox + r, oy)], stroke: band_line });
    shapes.push(Shape::Line { points: vec![(ox, oy - r), (ox, oy + r)], stroke: band_line });
    for ring in Ring::ALL {
        let (a, b) = l.bands[ring.index()];
        let (x, y) = at(-(a + b) / 2.0, 5.0);
        shapes.push(text(
            x,
            y,
            14.0,
            true,
            Rgb(0x59, 0x59, 0x59),
            TextAnchor::Middle,
            words(&format!("circle-ring-{}", ring.key())),
        ));
    }
    for s in Sector::ALL {
        let title = words(&format!("circle-sector-{}", s.key()));
        let lines = wrap_label(&title, 18);
        let right = matches!(s, Sector::FriendsNeighbours | Sector::SchoolWorkClubs);
        let bottom = matches!(s, Sector::SchoolWorkClubs | Sector::Professionals);
        let x = if right { 2.0 * half - 10.0 } else { 10.0 };
        let first = if bottom { 2.0 * half - 14.0 - 24.0 * (lines.len() - 1) as f32 } else { 26.0 };
        for (k, line) in lines.iter().enumerate() {
            shapes.push(text(
                x,
                first + 24.0 * k as f32,
                19.0,
                true,
                if s.is_formal() { Rgb(0x3d, 0x49, 0x54) } else { Rgb::ACCENT },
                if right { TextAnchor::End } else { TextAnchor::Start },
                (*line).to_string(),
            ));
        }
    }
    shapes.push(Shape::Circle { cx: ox, cy: oy, r: CENTRE_R as f32, fill: Some(Rgb::ACCENT), stroke: None });
    shapes.push(text(ox, oy - 8.0, 15.0, false, Rgb::WHITE, TextAnchor::Middle, centre_word.to_string()));
    shapes.push(text(ox, oy + 16.0, 15.0, true, Rgb::WHITE, TextAnchor::Middle, clip(&case.family_alias, 11)));
    let mut described = Vec::new();
    for (p, t) in people.iter().zip(&l.tokens) {
        let (x, y) = at(t.x, t.y);
        let dot = match p.sector {
            Sector::Family => Rgb::ACCENT,
            Sector::FriendsNeighbours => Rgb(0x0a, 0x7f, 0x5a),
            Sector::SchoolWorkClubs => Rgb(0x7a, 0x3f, 0x8f),
            Sector::Professionals => Rgb(0x4a, 0x55, 0x61),
        };
        if p.sector.is_formal() {
            shapes.push(Shape::Circle {
                cx: x,
                cy: y,
                r: 46.0,
                fill: None,
                stroke: Some(Stroke { colour: dot, width: 2.0, dashed: true }),
            });
        }
        if p.role == MeetingRole::Mediator {
            shapes.push(Shape::Circle {
                cx: x,
                cy: y - 18.0,
                r: 25.0,
                fill: None,
                stroke: Some(Stroke::solid(Rgb(0xb8, 0x86, 0x0b), 5.0)),
            });
        }
        shapes.push(Shape::Circle {
            cx: x,
            cy: y - 18.0,
            r: 18.0,
            fill: Some(dot),
            stroke: Some(Stroke::solid(Rgb::WHITE, 2.0)),
        });
        shapes.push(text(
            x,
            y - 11.0,
            19.0,
            true,
            Rgb::WHITE,
            TextAnchor::Middle,
            initial_char(&p.name).map(|c| capitals(&c.to_string())).unwrap_or_default(),
        ));
        shapes.push(text(x, y + 14.0, 15.0, true, Rgb::INK, TextAnchor::Middle, clip(&p.name, 10)));
        if !p.relation.is_empty() {
            shapes.push(text(
                x,
                y + 31.0,
                12.5,
                false,
                Rgb(0x40, 0x40, 0x40),
                TextAnchor::Middle,
                clip(&p.relation, 13),
            ));
        }
        if p.invited {
            shapes.push(Shape::Circle {
                cx: x + 19.0,
                cy: y - 32.0,
                r: 9.0,
                fill: Some(Rgb(0x0a, 0x7f, 0x5a)),
                stroke: Some(Stroke::solid(Rgb::WHITE, 2.0)),
            });
            shapes.push(Shape::Line {
                points: vec![(x + 14.5, y - 32.0), (x + 17.5, y - 28.5), (x + 23.5, y - 35.5)],
                stroke: Stroke::solid(Rgb::WHITE, 2.5),
            });
        }
        described.push(p.name.clone());
    }
    Figure {
        width: 2.0 * half,
        height: 2.0 * half,
        shapes,
        label: format!("{}: {}", words("circle-figure"), described.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_and_pick_readable_ink() {
        assert_eq!(Rgb::parse("#24527a"), Rgb(0x24, 0x52, 0x7a));
        assert_eq!(Rgb::parse("green"), Rgb(0x80, 0x80, 0x80));
        assert_eq!(Rgb(0x24, 0x52, 0x7a).hex(), "#24527a");
        assert_eq!(Rgb::WHITE.ink_on(), Rgb::INK);
        assert_eq!(Rgb(0x10, 0x30, 0x60).ink_on(), Rgb::WHITE);
    }

    #[test]
    fn every_marker_has_shapes_inside_its_box() {
        for m in [
            Marker::Star,
            Marker::Check,
            Marker::Dot,
            Marker::Exclamation,
            Marker::Circle,
            Marker::Square,
            Marker::Triangle,
            Marker::Diamond,
        ] {
            let shapes = marker(m, 50.0, 50.0, 20.0, Rgb::INK);
            assert!(!shapes.is_empty(), "{m:?}");
            for s in shapes {
                let pts: Vec<(f32, f32)> = match s {
                    Shape::Polygon { points, .. } | Shape::Line { points, .. } => points,
                    Shape::Circle { cx, cy, r, .. } => vec![(cx - r, cy - r), (cx + r, cy + r)],
                    Shape::Text { .. } => unreachable!(),
                };
                assert!(pts.iter().all(|(x, y)| (39.0..=61.0).contains(x) && (39.0..=61.0).contains(y)), "{m:?}");
            }
        }
    }
}
