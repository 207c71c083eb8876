//! Drawings as numbers: where the triangle's corners, theme spots and labels go. The screen's SVG
//! and any later export draw the same picture from these coordinates.

/// A point in drawing units (the SVG viewBox).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Which way a label's text runs from its anchor point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// One theme's place on the figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Spot {
    pub side: usize,
    pub index: usize,
    pub centre: Point,
    pub label: Point,
    pub anchor: Anchor,
}

/// The laid-out figure: a polygon with one side per instrument side (a triangle for three).
#[derive(Debug, Clone, PartialEq)]
pub struct FigureLayout {
    pub width: f64,
    pub height: f64,
    pub corners: Vec<Point>,
    pub radius: f64,
    pub spots: Vec<Spot>,
    /// Where each side's title goes, and its rotation in degrees (parallel to the side).
    pub side_titles: Vec<(Point, f64)>,
}

/// A name or role set in a small space: its words on at most a given number of lines, and the
/// factor to scale the type by so that the longest line still fits. Nothing is ever cut.
#[derive(Debug, Clone, PartialEq)]
pub struct Fitted {
    pub lines: Vec<String>,
    /// 1.0 when the text fits at full size; below 1.0 the type is set smaller by that factor.
    pub scale: f64,
}

/// Wraps `text` at spaces into lines of at most `max_chars` characters and at most `max_lines`
/// lines; when that cannot be done (too many words, or one word longer than a line), the lines
/// are made longer until it can, and the type smaller by as much.
pub fn fit_label(text: &str, max_chars: usize, max_lines: usize) -> Fitted {
    let words: Vec<&str> = text.split_whitespace().collect();
    let max_chars = max_chars.max(1);
    let mut budget = words.iter().map(|w| w.chars().count()).max().unwrap_or(0).max(max_chars);
    // A line as long as the whole text holds it on one line, so this ends.
    loop {
        let lines = greedy(&words, budget);
        if lines.len() <= max_lines.max(1) {
            return Fitted { lines, scale: max_chars as f64 / budget as f64 };
        }
        budget += 1;
    }
}

/// Words on lines of at most `budget` characters (no word is longer), each line as full as it goes.
fn greedy(words: &[&str], budget: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for w in words {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + w.chars().count() <= budget => {
                l.push(' ');
                l.push_str(w);
            }
            _ => lines.push((*w).to_string()),
        }
    }
    lines
}

/// Splits a label into at most two lines at the space nearest its middle, so long theme
/// names do not run into their neighbours.
pub fn wrap_label(text: &str, max_chars: usize) -> Vec<&str> {
    if text.chars().count() <= max_chars {
        return vec![text];
    }
    let mid = text.len() / 2;
    let best = text.char_indices().filter(|(_, c)| *c == ' ').map(|(i, _)| i).min_by_key(|i| i.abs_diff(mid));
    match best {
        Some(i) => vec![&text[..i], &text[i + 1..]],
        None => vec![text],
    }
}

/// Lays out `themes_per_side[i]` spots evenly along side `i`, corners left free.
/// For three sides: the child on the left, parenting on the right, family along the base.
pub fn figure_layout(themes_per_side: &[usize]) -> FigureLayout {
    let (width, height, radius) = (960.0, 700.0, 24.0);
    let n = themes_per_side.len().max(3);
    // A regular polygon pointing up with a horizontal base; corners run clockwise from the top.
    let (cx, cy, r) = (width / 2.0, height * 0.56, height * 0.5);
    let corners: Vec<Point> = (0..n)
        .map(|i| {
            let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * (i as f64) / (n as f64);
            Point { x: cx + r * angle.cos(), y: cy + r * angle.sin() }
        })
        .collect();
    let mut spots = Vec::new();
    for (side, &count) in themes_per_side.iter().enumerate() {
        // Side s runs from corner s-1 to corner s: the left side bottom-up, the right side
        // top-down, the base right to left.
        let (a, b) = (corners[(side + n - 1) % n], corners[side % n]);
        let (dx, dy) = (b.x - a.x, b.y - a.y);
        let len = (dx * dx + dy * dy).sqrt();
        // Outward normal: away from the centre.
        let mid = Point { x: (a.x + b.x) / 2.0, y: (a.y + b.y) / 2.0 };
        let (mut nx, mut ny) = (dy / len, -dx / len);
        if (mid.x + nx - cx).powi(2) + (mid.y + ny - cy).powi(2) < (mid.x - cx).powi(2) + (mid.y - cy).powi(2) {
            nx = -nx;
            ny = -ny;
        }
        for index in 0..count {
            let t = (index as f64 + 1.0) / (count as f64 + 1.0);
            let centre = Point { x: a.x + dx * t, y: a.y + dy * t };
            // Labels on a near-horizontal side alternate between two rows so neighbours don't collide.
            let extra = if nx.abs() < 0.3 && index % 2 == 1 { 44.0 } else { 0.0 };
            let off = radius + 10.0 + extra;
            let label = Point { x: centre.x + nx * off, y: centre.y + ny * off + if ny > 0.7 { 8.0 } else { 4.0 } };
            let anchor = if nx > 0.3 {
                Anchor::Start
            } else if nx < -0.3 {
                Anchor::End
            } else {
                Anchor::Middle
            };
            spots.push(Spot { side, index, centre, label, anchor });
        }
    }
    let side_titles = (0..themes_per_side.len())
        .map(|side| {
            let (a, b) = (corners[(side + n - 1) % n], corners[side % n]);
            let mid = Point { x: (a.x + b.x) / 2.0, y: (a.y + b.y) / 2.0 };
            let (tx, ty) = (cx - mid.x, cy - mid.y);
            let len = (tx * tx + ty * ty).sqrt().max(1.0);
            let at = Point { x: mid.x + tx / len * (radius + 34.0), y: mid.y + ty / len * (radius + 34.0) };
            // Rotate with the side, but never upside down.
            let mut deg = (b.y - a.y).atan2(b.x - a.x).to_degrees();
            if deg > 90.0 {
                deg -= 180.0;
            } else if deg < -90.0 {
                deg += 180.0;
            }
            (at, deg)
        })
        .collect();
    FigureLayout { width, height, corners, radius, spots, side_titles }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn a_long_name_wraps_and_shrinks_but_is_never_cut() {
        let f = fit_label("Familie Ter Horst-van Dijk", 11, 2);
        assert_eq!(f.lines, ["Familie Ter", "Horst-van Dijk"]);
        assert!((f.scale - 11.0 / 14.0).abs() < 1e-9);
        assert_eq!(fit_label("Oma Jet", 10, 2), Fitted { lines: vec!["Oma Jet".into()], scale: 1.0 });
        assert_eq!(fit_label("", 10, 2).lines, Vec::<String>::new());
        let one = fit_label("Zuidervoorstraatbewoner", 10, 2);
        assert_eq!(one.lines, ["Zuidervoorstraatbewoner"]);
        assert!((one.scale - 10.0 / 23.0).abs() < 1e-9);
    }

    proptest! {
        #[test]
        fn fitting_keeps_every_word_in_order_within_the_lines_and_the_scaled_width(
            text in "[a-zA-Z\\u{e9}\\u{627}-]{1,12}( [a-zA-Z\\u{e9}\\u{627}-]{1,12}){0,7}",
            max_chars in 4usize..20,
            max_lines in 1usize..4,
        ) {
            let f = fit_label(&text, max_chars, max_lines);
            prop_assert_eq!(f.lines.join(" "), text.split_whitespace().collect::<Vec<_>>().join(" "));
            prop_assert!(f.lines.len() <= max_lines);
            prop_assert!(f.scale > 0.0 && f.scale <= 1.0);
            let room = (max_chars as f64 / f.scale).round() as usize;
            for l in &f.lines {
                prop_assert!(l.chars().count() <= room, "{:?} longer than {}", l, room);
            }
        }
    }

    #[test]
    fn triangle_spots_lie_inside_the_drawing_and_do_not_overlap() {
        let l = figure_layout(&[7, 7, 7]);
        assert_eq!(l.corners.len(), 3);
        assert_eq!(l.spots.len(), 21);
        for s in &l.spots {
            assert!(s.centre.x > l.radius && s.centre.x < l.width - l.radius, "{s:?}");
            assert!(s.centre.y > l.radius && s.centre.y < l.height - l.radius, "{s:?}");
        }
        for (i, a) in l.spots.iter().enumerate() {
            for b in &l.spots[i + 1..] {
                let d = ((a.centre.x - b.centre.x).powi(2) + (a.centre.y - b.centre.y).powi(2)).sqrt();
                assert!(d > 2.0 * l.radius, "{a:?} {b:?}");
            }
        }
        // The child's side is on the left, parenting on the right, family along the base.
        let avg_x = |side| {
            let v: Vec<f64> = l.spots.iter().filter(|s| s.side == side).map(|s| s.centre.x).collect();
            v.iter().sum::<f64>() / v.len() as f64
        };
        assert!(avg_x(0) < l.width / 2.0 && avg_x(1) > l.width / 2.0);
        assert!(l.spots.iter().filter(|s| s.side == 2).all(|s| s.anchor == Anchor::Middle));
        assert_eq!(l.side_titles.len(), 3);
        assert!(l.side_titles.iter().all(|(_, deg)| deg.abs() <= 90.0));
    }

    #[test]
    fn labels_wrap_at_the_middle_space() {
        assert_eq!(wrap_label("Wonen", 14), vec!["Wonen"]);
        assert_eq!(wrap_label("Relatie en gezinsleven", 14), vec!["Relatie en", "gezinsleven"]);
        assert_eq!(wrap_label("Gezondheidsonderzoeken", 14), vec!["Gezondheidsonderzoeken"]);
    }
}
