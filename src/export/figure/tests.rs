use super::*;
use crate::core::instrument::Marker;

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
