//! Where each relation line runs: clear of every token it does not belong to, dressed by its kind
//! (dashes, a zigzag, arrowheads).

use crate::core::geometry::Point;
use crate::core::network::{CircleLayout, Flow, Network, Tie, TieKind, CENTRE_R, ROW, TOKEN_D};
use std::f64::consts::{FRAC_PI_2, PI, TAU};

/// How far a line stays from the centre of every token it does not belong to: the token's disc.
pub const CLEAR: f64 = TOKEN_D / 2.0;
/// An arrowhead's length and half width.
pub const ARROW_LEN: f64 = 17.0;
pub const ARROW_HALF: f64 = 8.5;
/// A stressful line's zigzag: half a wave's length, and how far it swings to each side.
const ZIG_STEP: f64 = 9.0;
const ZIG_AMP: f64 = 6.0;
/// Points per curve when a route is tried.
const SAMPLES: usize = 36;
/// The shortest line worth drawing: enough to show a dash or a zigzag.
const MIN_LEN: f64 = 24.0;

/// How a kind of line is stroked: width in drawing units, dashed or not (the zigzag is in the
/// points themselves). The same for the screen and the PDF.
pub fn stroke_of(kind: TieKind) -> (f64, bool) {
    match kind {
        TieKind::Strong => (6.5, false),
        TieKind::Ordinary => (2.5, false),
        TieKind::Weak => (2.5, true),
        TieKind::Stressful => (2.5, false),
    }
}

/// One relation line, laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct TieLine {
    /// Index of the line in `Network::ties`.
    pub tie: usize,
    pub kind: TieKind,
    /// The route from the `person` end to the other end, clipped to the two ends' edges.
    pub route: Vec<Point>,
    /// What is stroked: the route shortened for its arrowheads, as a zigzag when stressful.
    pub drawn: Vec<Point>,
    /// Arrowheads (tip, one side, the other side) where support arrives.
    pub arrows: Vec<[Point; 3]>,
    /// Halfway along the route, for a mark on the line.
    pub middle: Point,
}

fn p(x: f64, y: f64) -> Point {
    Point { x, y }
}
fn dist(a: Point, b: Point) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}
fn polar(r: f64, a: f64) -> Point {
    p(r * a.cos(), r * a.sin())
}

/// The distance from `c` to the segment a-b.
fn seg_dist(c: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((c.x - a.x) * dx + (c.y - a.y) * dy) / len2).clamp(0.0, 1.0) };
    dist(c, p(a.x + t * dx, a.y + t * dy))
}

/// Something a line must keep out of: a centre and how far to stay from it.
#[derive(Debug, Clone, Copy)]
struct Keep {
    at: Point,
    r: f64,
}

/// Whether the path keeps out of everything in `keep`.
fn keeps_clear(path: &[Point], keep: &[Keep]) -> bool {
    keep.iter().all(|k| {
        path.windows(2).all(|w| {
            // A cheap box test first: most tokens are nowhere near a segment.
            let out_x = k.at.x < w[0].x.min(w[1].x) - k.r || k.at.x > w[0].x.max(w[1].x) + k.r;
            let out_y = k.at.y < w[0].y.min(w[1].y) - k.r || k.at.y > w[0].y.max(w[1].y) + k.r;
            out_x || out_y || seg_dist(k.at, w[0], w[1]) >= k.r - 1e-6
        })
    })
}

fn bezier(a: Point, c: Point, b: Point) -> Vec<Point> {
    (0..=SAMPLES)
        .map(|i| {
            let t = i as f64 / SAMPLES as f64;
            let u = 1.0 - t;
            p(u * u * a.x + 2.0 * u * t * c.x + t * t * b.x, u * u * a.y + 2.0 * u * t * c.y + t * t * b.y)
        })
        .collect()
}

/// An arc at radius `r` from angle `from` to `to` (the short way is the caller's choice).
fn arc(r: f64, from: f64, to: f64) -> Vec<Point> {
    let n = (((to - from).abs() * r) / 8.0).ceil().max(1.0) as usize;
    (0..=n).map(|k| polar(r, from + (to - from) * k as f64 / n as f64)).collect()
}

/// The signed turn from angle `a` to angle `b`, in (-PI, PI].
fn turn(a: f64, b: f64) -> f64 {
    let d = (b - a).rem_euclid(TAU);
    if d > PI {
        d - TAU
    } else {
        d
    }
}

/// The four sector lines' directions.
const AXES: [f64; 4] = [0.0, FRAC_PI_2, PI, 3.0 * FRAC_PI_2];

/// One end of a line: a centre, and the radius of the edge the line starts at.
#[derive(Debug, Clone, Copy)]
struct End {
    at: Point,
    edge: f64,
    /// The free lane just inside a token's row (for the family: its own edge).
    lane: f64,
}

/// Cuts the part of the path inside the two ends' edges away; `None` when nothing is left
/// outside them (two tokens side by side).
fn clip(path: &[Point], a: End, b: End) -> Option<Vec<Point>> {
    let cut_start = |path: &[Point], c: Point, r: f64| -> Option<Vec<Point>> {
        let i = (1..path.len()).find(|i| dist(path[*i], c) >= r)?;
        // Where the segment u-v leaves the circle: |u + t (v - u) - c| = r.
        let (u, v) = (path[i - 1], path[i]);
        let (dx, dy, fx, fy) = (v.x - u.x, v.y - u.y, u.x - c.x, u.y - c.y);
        let (qa, qb, qc) = (dx * dx + dy * dy, 2.0 * (fx * dx + fy * dy), fx * fx + fy * fy - r * r);
        let root = (qb * qb - 4.0 * qa * qc).max(0.0).sqrt();
        let t = if qa > 0.0 { ((-qb + root) / (2.0 * qa)).clamp(0.0, 1.0) } else { 0.0 };
        let mut out = vec![p(u.x + t * dx, u.y + t * dy)];
        out.extend_from_slice(&path[i..]);
        Some(out)
    };
    let mut out = cut_start(path, a.at, a.edge)?;
    out.reverse();
    let mut out = cut_start(&out, b.at, b.edge)?;
    out.reverse();
    // What is left must lie outside both edges, and be long enough to show its kind.
    let outside = out.iter().all(|q| dist(*q, a.at) >= a.edge - 1e-6 && dist(*q, b.at) >= b.edge - 1e-6);
    (outside && length(&out) >= MIN_LEN).then_some(out)
}

/// A route along the lanes the layout keeps free: out of the person's token to the lane inside
/// its row, along that lane to a sector line, along the sector line to the other end's lane (the
/// family's edge, or the lane inside the other person's row), along it, and into the other end.
/// Every part keeps at least [`CLEAR`] from every token: rows are a `ROW` apart and tokens keep
/// `EDGE` from the sector lines.
fn lane_route(a: End, b: End, b_is_family: bool) -> Vec<Point> {
    let (ta, tb) = (a.at.y.atan2(a.at.x), b.at.y.atan2(b.at.x));
    let mut path = vec![a.at];
    if !b_is_family && (a.lane - b.lane).abs() < 1e-6 {
        path.extend(arc(a.lane, ta, ta + turn(ta, tb)));
    } else {
        // The sector line that makes the walk along the lanes shortest.
        let cost = |x: f64| {
            let into_b = if b_is_family { 0.0 } else { turn(x, tb).abs() * b.lane };
            turn(ta, x).abs() * a.lane + into_b
        };
        let axis = AXES.into_iter().min_by(|x, y| cost(*x).total_cmp(&cost(*y))).unwrap_or(0.0);
        path.extend(arc(a.lane, ta, ta + turn(ta, axis)));
        path.push(polar(b.lane, axis));
        if !b_is_family {
            path.extend(arc(b.lane, axis, axis + turn(axis, tb)));
        }
    }
    path.push(b.at);
    path
}

/// The route of one line between two ends, keeping out of `keep`.
fn route(a: End, b: End, b_is_family: bool, keep: &[Keep]) -> Vec<Point> {
    let len = dist(a.at, b.at);
    let mid = p((a.at.x + b.at.x) / 2.0, (a.at.y + b.at.y) / 2.0);
    let (nx, ny) = if len > 0.0 { (-(b.at.y - a.at.y) / len, (b.at.x - a.at.x) / len) } else { (0.0, 0.0) };
    let step = (0.09 * len).max(22.0);
    for k in 0..=12 {
        for side in [1.0, -1.0] {
            if k == 0 && side < 0.0 {
                continue;
            }
            let off = side * step * k as f64;
            let curve = bezier(a.at, p(mid.x + nx * 2.0 * off, mid.y + ny * 2.0 * off), b.at);
            if let Some(clipped) = clip(&curve, a, b).filter(|c| keeps_clear(c, keep)) {
                return clipped;
            }
        }
    }
    let lanes = lane_route(a, b, b_is_family);
    clip(&lanes, a, b).unwrap_or(lanes)
}

/// The path cut back by `by` at its start (`from_start`) or end.
fn shorten(path: &[Point], by: f64, from_start: bool) -> Vec<Point> {
    let mut pts: Vec<Point> = path.to_vec();
    if !from_start {
        pts.reverse();
    }
    let mut left = by;
    while pts.len() >= 2 {
        let d = dist(pts[0], pts[1]);
        if d > left {
            let t = left / d;
            pts[0] = p(pts[0].x + t * (pts[1].x - pts[0].x), pts[0].y + t * (pts[1].y - pts[0].y));
            break;
        }
        left -= d;
        pts.remove(0);
    }
    if !from_start {
        pts.reverse();
    }
    pts
}

/// The point `at` along the path (by length) and the direction there.
fn along(path: &[Point], at: f64) -> (Point, (f64, f64)) {
    let mut left = at.max(0.0);
    let mut last = (path.last().copied().unwrap_or(p(0.0, 0.0)), (1.0, 0.0));
    for w in path.windows(2) {
        let d = dist(w[0], w[1]);
        if d == 0.0 {
            continue;
        }
        let dir = ((w[1].x - w[0].x) / d, (w[1].y - w[0].y) / d);
        if left <= d {
            let t = left / d;
            return (p(w[0].x + t * (w[1].x - w[0].x), w[0].y + t * (w[1].y - w[0].y)), dir);
        }
        left -= d;
        last = (w[1], dir);
    }
    last
}

fn length(path: &[Point]) -> f64 {
    path.windows(2).map(|w| dist(w[0], w[1])).sum()
}

/// An arrowhead with its tip at the path's end (`at_end`) or start.
fn arrow(path: &[Point], at_end: bool) -> [Point; 3] {
    let total = length(path);
    let (tip, (dx, dy)) = if at_end { along(path, total) } else { along(path, 0.0) };
    let (dx, dy) = if at_end { (dx, dy) } else { (-dx, -dy) };
    let base = p(tip.x - dx * ARROW_LEN, tip.y - dy * ARROW_LEN);
    [tip, p(base.x - dy * ARROW_HALF, base.y + dx * ARROW_HALF), p(base.x + dy * ARROW_HALF, base.y - dx * ARROW_HALF)]
}

/// The path as a zigzag of even teeth, starting and ending on the path.
fn zigzag(path: &[Point]) -> Vec<Point> {
    let total = length(path);
    let n = ((total / ZIG_STEP).floor() as usize).max(2);
    let step = total / n as f64;
    (0..=n)
        .map(|i| {
            let (at, (dx, dy)) = along(path, step * i as f64);
            let swing = if i == 0 || i == n {
                0.0
            } else if i % 2 == 1 {
                ZIG_AMP
            } else {
                -ZIG_AMP
            };
            p(at.x - dy * swing, at.y + dx * swing)
        })
        .collect()
}

/// What is drawn of a line: the stroke and its arrowheads.
fn dress(tie: &Tie, route: &[Point]) -> (Vec<Point>, Vec<[Point; 3]>) {
    // Support arrives at the other end when the person gives, at the person when they receive.
    let (to_other, to_person) = match tie.flow {
        Some(Flow::Gives) => (true, false),
        Some(Flow::Receives) => (false, true),
        Some(Flow::Both) => (true, true),
        None => (false, false),
    };
    let mut arrows = Vec::new();
    let mut line = route.to_vec();
    // A short line keeps a stroke between its arrowheads.
    let room = length(route) > ARROW_LEN * 2.5;
    if to_other {
        arrows.push(arrow(route, true));
        if room {
            line = shorten(&line, ARROW_LEN - 2.0, false);
        }
    }
    if to_person {
        arrows.push(arrow(route, false));
        if room {
            line = shorten(&line, ARROW_LEN - 2.0, true);
        }
    }
    if tie.kind == TieKind::Stressful {
        line = zigzag(&line);
    }
    (line, arrows)
}

/// A line along a given route, dressed as its kind and flow say (the legends' samples, and the
/// circle on screen, which keeps its routes from [`tie_routes`]).
pub fn dressed(tie: &Tie, route: Vec<Point>) -> TieLine {
    line_of(0, tie, route)
}

/// Line `n` of the network along its route (from [`tie_routes`]), dressed as its kind and flow say.
pub fn line_of(n: usize, tie: &Tie, route: Vec<Point>) -> TieLine {
    let (drawn, arrows) = dress(tie, &route);
    let middle = along(&route, length(&route) / 2.0).0;
    TieLine { tie: n, kind: tie.kind, route, drawn, arrows, middle }
}

/// Every relation line of the network, laid out over `layout` (the network's own circle layout).
pub fn tie_lines(network: &Network, layout: &CircleLayout) -> Vec<TieLine> {
    tie_routes(network, layout).into_iter().map(|(n, route)| line_of(n, &network.ties[n], route)).collect()
}

/// What [`tie_routes`] depends on: where each person's token is, and which two ends each line
/// joins; not the lines' kinds or flows, nor names. Equal keys give equal routes, so a screen keeps
/// its routes while only kinds and flows change.
#[derive(Debug, Clone, PartialEq)]
pub struct RouteKey {
    tokens: Vec<(String, Point)>,
    ends: Vec<(String, Option<String>)>,
}

pub fn route_key(network: &Network, layout: &CircleLayout) -> RouteKey {
    RouteKey {
        tokens: network.people.iter().zip(&layout.tokens).map(|(p, at)| (p.id.clone(), *at)).collect(),
        ends: network.ties.iter().map(|t| (t.person.clone(), t.other.clone())).collect(),
    }
}

/// Where every relation line runs, as (index in `Network::ties`, route); see [`RouteKey`].
pub fn tie_routes(network: &Network, layout: &CircleLayout) -> Vec<(usize, Vec<Point>)> {
    let index = |id: &str| network.people.iter().position(|q| q.id == id);
    let end_of = |i: usize| {
        let at = layout.tokens[i];
        End { at, edge: CLEAR, lane: at.x.hypot(at.y) - ROW / 2.0 }
    };
    let family = End { at: p(0.0, 0.0), edge: CENTRE_R, lane: CENTRE_R };
    network
        .ties
        .iter()
        .enumerate()
        .filter_map(|(n, tie)| {
            let a = index(&tie.person)?;
            let b = match &tie.other {
                Some(o) => Some(index(o)?),
                None => None,
            };
            let mut keep: Vec<Keep> = layout
                .tokens
                .iter()
                .enumerate()
                .filter(|(i, _)| *i != a && Some(*i) != b)
                .map(|(_, at)| Keep { at: *at, r: CLEAR })
                .collect();
            if b.is_some() {
                keep.push(Keep { at: p(0.0, 0.0), r: CENTRE_R });
            }
            Some((n, route(end_of(a), b.map_or(family, end_of), b.is_none(), &keep)))
        })
        .collect()
}

/// How near a path comes to any of the given points (for tests and checks).
pub fn distance_to(path: &[Point], centres: &[Point]) -> f64 {
    centres.iter().flat_map(|c| path.windows(2).map(move |w| seg_dist(*c, w[0], w[1]))).fold(f64::INFINITY, f64::min)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arcs_turn_the_short_way_and_zigzags_stay_near_their_path() {
        assert!((turn(0.1, -0.1) + 0.2).abs() < 1e-12);
        assert!((turn(3.0, -3.0) - (TAU - 6.0)).abs() < 1e-12);
        let line = vec![p(0.0, 0.0), p(100.0, 0.0)];
        let z = zigzag(&line);
        assert_eq!(z.first(), Some(&p(0.0, 0.0)));
        assert!(z.iter().all(|q| q.y.abs() <= ZIG_AMP + 1e-9));
        assert!(z.iter().any(|q| q.y > 1.0) && z.iter().any(|q| q.y < -1.0));
        let a = arrow(&line, true);
        assert_eq!(a[0], p(100.0, 0.0));
        assert!((a[1].x - (100.0 - ARROW_LEN)).abs() < 1e-9);
        let s = shorten(&line, 10.0, false);
        assert!((s[1].x - 90.0).abs() < 1e-9);
    }
}
