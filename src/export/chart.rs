//! The triangle over time as small charts ("distance travelled"): one per theme, each
//! participant's answer at every visit, strength at the top. Participants differ by line style
//! (width and dashes), levels by their colour and marker: never by colour alone. The screen, the
//! print view and the PDF draw the same shapes.

use super::figure::{swatch, Figure, Rgb, Shape, Stroke, TextAnchor};
use crate::core::geometry::fit_label;
use crate::core::instrument::Instrument;
use crate::core::travel::ThemeTravel;

/// One chart's size in drawing units.
pub const CHART_W: f32 = 300.0;
pub const CHART_H: f32 = 210.0;
const LEFT: f32 = 58.0;
const RIGHT: f32 = 286.0;
const TOP: f32 = 62.0;
const BOTTOM: f32 = 178.0;

/// How participant `i`'s line is drawn.
pub fn track_stroke(i: usize) -> Stroke {
    const STYLES: [(f32, bool); 6] = [(4.0, false), (3.5, true), (2.0, false), (2.0, true), (6.0, false), (5.5, true)];
    let (width, dashed) = STYLES[i % STYLES.len()];
    Stroke { colour: Rgb(0x2f, 0x3b, 0x45), width, dashed }
}

fn x_of(visit: usize, visits: usize) -> f32 {
    if visits <= 1 {
        (LEFT + RIGHT) / 2.0
    } else {
        LEFT + (RIGHT - LEFT) * visit as f32 / (visits - 1) as f32
    }
}

/// One theme's chart. `style` gives each participant's line style (their place in the key,
/// see [`track_stroke`]) and `names` their name, by id; `lang` picks the instrument's texts;
/// `not_rated` is the word for a visit without an answer (in the label).
pub fn travel_chart(
    instrument: &Instrument,
    theme: &ThemeTravel,
    visits: usize,
    style: &dyn Fn(&str) -> usize,
    names: &dyn Fn(&str) -> String,
    lang: &str,
    not_rated: &str,
) -> Figure {
    let mut scale: Vec<_> = instrument.def.scale.iter().collect();
    scale.sort_by_key(|l| l.weight);
    let rows = scale.len().max(2);
    let y_of = |weight: i8| {
        let i = scale.iter().position(|l| l.weight == weight).unwrap_or(0);
        TOP + (BOTTOM - TOP) * i as f32 / (rows - 1) as f32
    };
    let title = instrument.theme(&theme.theme_id).map(|(_, t)| t.title.get(lang)).unwrap_or("");
    let mut shapes = vec![Shape::Polygon {
        points: vec![(0.0, 0.0), (CHART_W, 0.0), (CHART_W, CHART_H), (0.0, CHART_H)],
        fill: Some(Rgb::WHITE),
        stroke: Some(Stroke::solid(Rgb::LINE, 1.5)),
    }];
    let heading = fit_label(title, 24, 2);
    let size = 18.0 * heading.scale as f32;
    for (k, line) in heading.lines.iter().enumerate() {
        shapes.push(Shape::Text {
            x: 12.0,
            y: 24.0 + 20.0 * k as f32,
            size,
            bold: true,
            colour: Rgb::INK,
            anchor: TextAnchor::Start,
            rotate: 0.0,
            text: (*line).to_string(),
        });
    }
    for level in &scale {
        let y = y_of(level.weight);
        shapes.push(Shape::Line {
            points: vec![(LEFT - 10.0, y), (RIGHT + 8.0, y)],
            stroke: Stroke::solid(Rgb::LINE, 1.0),
        });
        shapes.extend(swatch(level, 24.0, y, 20.0));
    }
    for v in 0..visits {
        shapes.push(Shape::Text {
            x: x_of(v, visits),
            y: BOTTOM + 26.0,
            size: 15.0,
            bold: false,
            colour: Rgb::GREY,
            anchor: TextAnchor::Middle,
            rotate: 0.0,
            text: (v + 1).to_string(),
        });
    }
    let n = theme.tracks.len();
    let mut said = Vec::new();
    for (i, track) in theme.tracks.iter().enumerate() {
        // Side by side where answers meet, so every line stays in sight.
        let jitter = (i as f32 - (n as f32 - 1.0) / 2.0) * 5.0;
        let points: Vec<Option<(f32, f32)>> =
            track.weights.iter().enumerate().map(|(v, w)| w.map(|w| (x_of(v, visits) + jitter, y_of(w)))).collect();
        // A visit without an answer breaks the line.
        for run in points.split(Option::is_none) {
            let run: Vec<(f32, f32)> = run.iter().flatten().copied().collect();
            if run.len() >= 2 {
                shapes.push(Shape::Line { points: run, stroke: track_stroke(style(&track.participant_id)) });
            }
        }
        for (v, level) in track.levels.iter().enumerate() {
            if let (Some(l), Some((x, y))) = (level.as_deref().and_then(|l| instrument.level(l)), points[v]) {
                shapes.extend(swatch(l, x, y, 15.0));
            }
        }
        let words: Vec<String> = track
            .levels
            .iter()
            .map(|l| {
                l.as_deref()
                    .and_then(|l| instrument.level(l))
                    .map_or(not_rated.to_string(), |l| l.label.get(lang).to_string())
            })
            .collect();
        said.push(format!("{}: {}", names(&track.participant_id), words.join(" → ")));
    }
    Figure { width: CHART_W, height: CHART_H, shapes, label: format!("{title}. {}", said.join("; ")) }
}

/// The key to the participants' lines: a sample (by style index) and a name each, in one row.
pub fn tracks_key(entries: &[(usize, String)], rtl: bool) -> Figure {
    let step = 250.0;
    let mut shapes = Vec::new();
    let count = entries.len();
    let mut height: f32 = 36.0;
    for (i, (style, name)) in entries.iter().enumerate() {
        let slot = if rtl { count - 1 - i } else { i };
        let x = step * slot as f32;
        shapes.push(Shape::Line { points: vec![(x, 18.0), (x + 56.0, 18.0)], stroke: track_stroke(*style) });
        // A long name takes a second line, and smaller type only beyond that: never cut.
        let name = fit_label(name, 15, 2);
        let size = 20.0 * name.scale as f32;
        for (k, line) in name.lines.into_iter().enumerate() {
            let y = 25.0 + k as f32 * size * 1.15;
            height = height.max(y + 11.0);
            shapes.push(Shape::Text {
                x: x + 66.0,
                y,
                size,
                bold: false,
                colour: Rgb::INK,
                anchor: TextAnchor::Start,
                rotate: 0.0,
                text: line,
            });
        }
    }
    let label = entries.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(", ");
    Figure { width: (step * count as f32).max(step), height, shapes, label }
}

/// Charts in a grid of `cols` columns, with the participants' key below (mirrored for a
/// right-to-left document).
pub fn chart_grid(charts: &[Figure], key: &Figure, cols: usize, rtl: bool) -> Figure {
    let (gap, cols) = (20.0, cols.max(1));
    let mut shapes = Vec::new();
    let rows = charts.len().div_ceil(cols);
    let width = cols as f32 * CHART_W + (cols as f32 - 1.0) * gap;
    for (i, c) in charts.iter().enumerate() {
        let (col, row) = (i % cols, i / cols);
        let col = if rtl { cols - 1 - col } else { col };
        let (dx, dy) = (col as f32 * (CHART_W + gap), row as f32 * (CHART_H + gap));
        shapes.extend(c.shapes.iter().map(|s| moved(s, dx, dy)));
    }
    let top = rows as f32 * (CHART_H + gap) + 6.0;
    let kx = if rtl { width - key.width } else { 0.0 };
    shapes.extend(key.shapes.iter().map(|s| moved(s, kx, top)));
    let label = charts.iter().map(|c| c.label.as_str()).collect::<Vec<_>>().join(" ");
    Figure { width, height: top + key.height, shapes, label }
}

fn moved(s: &Shape, dx: f32, dy: f32) -> Shape {
    let p = |(x, y): &(f32, f32)| (x + dx, y + dy);
    match s {
        Shape::Polygon { points, fill, stroke } => {
            Shape::Polygon { points: points.iter().map(p).collect(), fill: *fill, stroke: *stroke }
        }
        Shape::Circle { cx, cy, r, fill, stroke } => {
            Shape::Circle { cx: cx + dx, cy: cy + dy, r: *r, fill: *fill, stroke: *stroke }
        }
        Shape::Line { points, stroke } => Shape::Line { points: points.iter().map(p).collect(), stroke: *stroke },
        Shape::Text { x, y, size, bold, colour, anchor, rotate, text } => Shape::Text {
            x: x + dx,
            y: y + dy,
            size: *size,
            bold: *bold,
            colour: *colour,
            anchor: *anchor,
            rotate: *rotate,
            text: text.clone(),
        },
    }
}
