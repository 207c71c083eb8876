//! The network circle: rings, sectors, the family at the centre, lines and people; and the
//! change picture with its marks.

use super::marks::{mark_shapes, tie_shapes, Mark, LINE_INK};
use super::{Figure, Rgb, Shape, Stroke, TextAnchor};
use crate::core::ecomap::{picture_lines, tie_lines, Moved, NetworkChanges, TieLine};
use crate::core::geometry::{fit_label, wrap_label};
use crate::core::network::{circle_layout, initial_char, CircleLayout, MeetingRole, Network, Ring, Sector, CENTRE_R};

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

/// The words a circle figure needs: `words(key)` gives a message (ring and sector names, the
/// figure's label), `capitals` puts the initials in capitals.
pub struct CircleWords<'a> {
    pub centre: &'a str,
    pub words: &'a dyn Fn(&str) -> String,
    pub capitals: fn(&str) -> String,
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
