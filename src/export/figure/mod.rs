//! Drawings as shapes in their own units: the triangle from `core::geometry::figure_layout` (the
//! numbers the screen's SVG uses), with each theme's colour and marker. The layout scales a figure
//! onto the page; the PDF and the print view draw the same shapes.

use crate::core::assessment::{heaviest, Assessment};
use crate::core::ecomap::{picture_lines, stroke_of, tie_lines, Moved, NetworkChanges, TieLine};
use crate::core::geometry::Point;
use crate::core::geometry::{figure_layout, fit_label, wrap_label, Anchor};
use crate::core::instrument::{Instrument, Level, Marker};
use crate::core::network::{
    circle_layout, initial_char, CircleLayout, MeetingRole, Network, Ring, Sector, TieKind, CENTRE_R,
};

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

/// The ink of relation lines: one dark colour for every kind (the kind is in the line's style).
pub const LINE_INK: Rgb = Rgb(0x2f, 0x3b, 0x45);
/// A change mark's ink.
const MARK_INK: Rgb = Rgb(0x1a, 0x1a, 0x1a);

/// The words a circle figure needs: `words(key)` gives a message (ring and sector names, the
/// figure's label), `capitals` puts the initials in capitals.
pub struct CircleWords<'a> {
    pub centre: &'a str,
    pub words: &'a dyn Fn(&str) -> String,
    pub capitals: fn(&str) -> String,
}

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

/// What a change picture marks: per person (by index into the drawn people) and on lines.
struct Marks<'a> {
    changes: &'a NetworkChanges,
    /// People from this index on have left (drawn faded).
    staying: usize,
}

/// The network circle over a layout: rings, sectors (the professionals' quarter marked apart),
/// the family at the centre, the relation lines, then every token over them (so a line never
/// hides anyone); with `marks`, the change marks of a change picture. `scale` enlarges the
/// tokens' words (a small picture on the page).
fn draw_circle(
    network: &Network,
    layout: &CircleLayout,
    lines: &[TieLine],
    alias: &str,
    w: &CircleWords,
    marks: Option<Marks>,
    scale: f32,
) -> Figure {
    let people = &network.people;
    let l = layout;
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
        let word = (w.words)(&format!("circle-ring-{}", ring.key()));
        shapes.push(text(x, y, 14.0, true, Rgb(0x59, 0x59, 0x59), TextAnchor::Middle, word));
    }
    for s in Sector::ALL {
        let title = (w.words)(&format!("circle-sector-{}", s.key()));
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
    shapes.push(text(ox, oy - 8.0, 15.0, false, Rgb::WHITE, TextAnchor::Middle, w.centre.to_string()));
    // The family's name in the centre: wrapped and set smaller when long, never cut.
    let name = fit_label(alias, 11, 2);
    let size = 15.0 * name.scale as f32;
    let top = oy + 16.0 - (name.lines.len().saturating_sub(1)) as f32 * size * 0.5;
    for (k, line) in name.lines.into_iter().enumerate() {
        shapes.push(text(ox, top + k as f32 * size * 1.1, size, true, Rgb::WHITE, TextAnchor::Middle, line));
    }
    // Lines first: every token is drawn over them.
    for line in lines {
        shapes.extend(tie_shapes(line, ox, oy, LINE_INK));
    }
    if let Some(m) = &marks {
        for line in lines {
            let t = &network.ties[line.tie];
            if m.changes.tie_changed(&t.person, t.other.as_deref()) {
                let (x, y) = at(line.middle.x, line.middle.y);
                shapes.extend(mark_shapes(Mark::TieChanged, x, y, 11.0));
            }
        }
    }
    let mut described = Vec::new();
    for (n, (p, t)) in people.iter().zip(&l.tokens).enumerate() {
        let (x, y) = at(t.x, t.y);
        let gone = marks.as_ref().is_some_and(|m| n >= m.staying);
        let dot = match p.sector {
            _ if gone => Rgb(0xf4, 0xf4, 0xf4),
            Sector::Family => Rgb::ACCENT,
            Sector::FriendsNeighbours => Rgb(0x0a, 0x7f, 0x5a),
            Sector::SchoolWorkClubs => Rgb(0x7a, 0x3f, 0x8f),
            Sector::Professionals => Rgb(0x4a, 0x55, 0x61),
        };
        if p.sector.is_formal() || gone {
            let ring = if gone { Rgb::GREY } else { dot };
            shapes.push(Shape::Circle {
                cx: x,
                cy: y,
                r: 46.0,
                fill: None,
                stroke: Some(Stroke { colour: ring, width: 2.0, dashed: true }),
            });
        }
        if p.role == MeetingRole::Mediator && !gone {
            shapes.push(Shape::Circle {
                cx: x,
                cy: y - 18.0,
                r: 25.0,
                fill: None,
                stroke: Some(Stroke::solid(Rgb(0xb8, 0x86, 0x0b), 5.0)),
            });
        }
        let dot_stroke =
            if gone { Stroke { colour: Rgb::GREY, width: 2.0, dashed: true } } else { Stroke::solid(Rgb::WHITE, 2.0) };
        shapes.push(Shape::Circle { cx: x, cy: y - 18.0, r: 18.0, fill: Some(dot), stroke: Some(dot_stroke) });
        let ink = if gone { Rgb::GREY } else { Rgb::INK };
        shapes.push(text(
            x,
            y - 11.0,
            19.0 * scale.min(1.15),
            true,
            if gone { Rgb::GREY } else { Rgb::WHITE },
            TextAnchor::Middle,
            initial_char(&p.name).map(|c| (w.capitals)(&c.to_string())).unwrap_or_default(),
        ));
        // Name and role wrap onto two lines each, and are set smaller when even that is too
        // narrow: never cut (the table below the figure says them in full as well).
        let (name_len, rel_len) = if scale > 1.0 { (9, 11) } else { (10, 13) };
        let name = fit_label(&p.name, name_len, 2);
        let name_size = 15.0 * scale * name.scale as f32;
        let mut baseline = y + 14.0 * scale.min(1.1);
        for line in name.lines {
            shapes.push(text(x, baseline, name_size, true, ink, TextAnchor::Middle, line));
            baseline += name_size * 1.1;
        }
        if !p.relation.is_empty() && scale <= 1.0 {
            let rel = fit_label(&p.relation, rel_len, 2);
            let rel_size = 12.5 * rel.scale as f32;
            baseline += 17.0 - name_size * 1.1;
            for line in rel.lines {
                shapes.push(text(x, baseline, rel_size, false, Rgb(0x40, 0x40, 0x40), TextAnchor::Middle, line));
                baseline += rel_size * 1.1;
            }
        }
        if p.invited && !gone {
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
        if let Some(m) = &marks {
            let len = t.x.hypot(t.y).max(1.0);
            let (ux, uy) = ((t.x / len) as f32, (t.y / len) as f32);
            let mut k = 0.0;
            let mut put = |mark: Mark, shapes: &mut Vec<Shape>| {
                shapes.extend(mark_shapes(mark, x - 24.0 + k, y - 38.0, 12.0));
                k -= 22.0;
            };
            if gone {
                put(Mark::Left, &mut shapes);
            }
            for c in m.changes.of(&p.id) {
                match c {
                    Moved::Joined => put(Mark::Joined, &mut shapes),
                    Moved::Closer { .. } => put(Mark::Toward(-ux, -uy), &mut shapes),
                    Moved::Further { .. } => put(Mark::Toward(ux, uy), &mut shapes),
                    Moved::OtherSector { .. } => put(Mark::OtherSector, &mut shapes),
                    Moved::Left => {}
                }
            }
        }
        described.push(p.name.clone());
    }
    Figure {
        width: 2.0 * half,
        height: 2.0 * half,
        shapes,
        label: format!("{}: {}", (w.words)("circle-figure"), described.join(", ")),
    }
}

/// The network circle as the screen draws it (`core::network::circle_layout`, and the lines of
/// `core::ecomap::tie_lines`): the rings by closeness, the four sectors with professionals (the
/// formal network) marked, the family at the centre, each relation line by its kind with arrows
/// for support, and each person with their initial, name and relation; a check for who is
/// invited and a gold ring for the mediator. `words(key)` gives the ring and sector names.
pub fn circle(
    case: &crate::core::case::Case,
    centre_word: &str,
    words: &dyn Fn(&str) -> String,
    capitals: fn(&str) -> String,
) -> Figure {
    let network = &case.network;
    let layout = circle_layout(&network.people);
    let lines = tie_lines(network, &layout);
    let w = CircleWords { centre: centre_word, words, capitals };
    draw_circle(network, &layout, &lines, &case.family_alias, &w, None, 1.0)
}

/// One picture of the change from `before` to `now`: the later circle with the newcomers,
/// people who moved and lines that changed marked, and those who left put back faded, marked.
pub fn change_picture(before: &Network, now: &Network, alias: &str, w: &CircleWords) -> Figure {
    let pic = crate::core::ecomap::change_picture(before, now);
    let lines = picture_lines(&pic);
    let marks = Marks { changes: &pic.changes, staying: pic.staying };
    draw_circle(&pic.network, &pic.layout, &lines, alias, w, Some(marks), 1.25)
}

/// One circle of a visit, with the words of a small picture (for side by side).
pub fn visit_circle(network: &Network, alias: &str, w: &CircleWords) -> Figure {
    let layout = circle_layout(&network.people);
    let lines = tie_lines(network, &layout);
    draw_circle(network, &layout, &lines, alias, w, None, 1.25)
}

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
