//! The circle's drawing as numbers: ring bands, rows and each token's place, shared by the
//! screen and the PDF so both draw the same circle.

use super::{Network, Person, Ring, Sector};
use crate::core::geometry::Point;
use std::f64::consts::{FRAC_PI_2, PI};

/// The footprint of a token (initial, name and relation): tokens' centres are at least this far apart.
pub const TOKEN_D: f64 = 92.0;
/// The radius of the family at the centre.
pub const CENTRE_R: f64 = 84.0;
/// Room between the family and the inner ring: a line to someone very close is still long
/// enough to show its kind and its arrow.
pub const HUB: f64 = 44.0;
/// The depth of one row of tokens in a ring.
pub const ROW: f64 = 100.0;
/// How far a token's centre stays from the sector lines (leaves a lane for the ring labels).
const EDGE: f64 = TOKEN_D / 2.0 + 8.0;
/// Room around the circle for the sector titles in the corners.
const PAD: f64 = 24.0;

/// The circle laid out; the family's centre is (0, 0), y points down.
#[derive(Debug, Clone, PartialEq)]
pub struct CircleLayout {
    /// Inner and outer radius of each ring.
    pub bands: [(f64, f64); 3],
    /// The circle's outer radius.
    pub radius: f64,
    /// The drawing runs from -half to half on both axes.
    pub half: f64,
    /// Each person's token centre, in the order of `Network::people`.
    pub tokens: Vec<Point>,
}

/// A row's radius when every ring inside it has one row; spacing is computed there, so a row
/// pushed outward keeps its angles (and only gets roomier).
fn nominal(ring: usize, row: usize) -> f64 {
    CENTRE_R + HUB + ROW * ((ring + row) as f64 + 0.5)
}

/// How many tokens a row holds, and the angle between neighbours.
fn row_capacity(ring: usize, row: usize) -> (u32, f64) {
    let r = nominal(ring, row);
    let step = 2.0 * (TOKEN_D / 2.0 / r).asin();
    let span = FRAC_PI_2 - 2.0 * (EDGE / r).asin();
    (1 + (span / step).floor() as u32, step)
}

/// A slot's row, and its angle from the sector's middle. A row's places are fixed and filled
/// from the middle out, alternately clockwise and anticlockwise, so nobody moves as it fills.
fn slot_place(ring: usize, slot: u32) -> (usize, f64) {
    let (mut row, mut k) = (0, slot);
    loop {
        let (cap, step) = row_capacity(ring, row);
        if k < cap {
            let side = if k % 2 == 1 { 1.0 } else { -1.0 };
            // An odd row has a place in the middle; an even one two places beside it.
            let from_middle = if cap % 2 == 1 { f64::from(k.div_ceil(2)) } else { f64::from(k / 2) + 0.5 };
            return (row, side * from_middle * step);
        }
        k -= cap;
        row += 1;
    }
}

/// How many slots the first `rows` rows of a ring hold.
fn slots_in_rows(ring: usize, rows: usize) -> u32 {
    (0..rows).map(|r| row_capacity(ring, r).0).sum()
}

/// Each person's slot as drawn: their own, or (for a file holding two people in one place)
/// the lowest free one.
fn drawn_slots(people: &[Person]) -> Vec<u32> {
    let mut out: Vec<u32> = Vec::with_capacity(people.len());
    for (i, p) in people.iter().enumerate() {
        let used = |k: u32| people[..i].iter().zip(&out).any(|(q, s)| (q.ring, q.sector, *s) == (p.ring, p.sector, k));
        let slot = if used(p.slot) { (0..).find(|k| !used(*k)).unwrap_or(0) } else { p.slot };
        out.push(slot);
    }
    out
}

fn point_at(bands: &[(f64, f64); 3], ring: Ring, sector: Sector, slot: u32) -> Point {
    let (row, offset) = slot_place(ring.index(), slot);
    let r = bands[ring.index()].0 + ROW * (row as f64 + 0.5);
    let a = sector.angle() + offset;
    Point { x: r * a.cos(), y: r * a.sin() }
}

/// Lays out the circle. Each ring has as many rows as its fullest sector needs (at least one);
/// a person's place depends only on their ring, sector and slot and on the rows of the rings
/// inside theirs.
pub fn circle_layout(people: &[Person]) -> CircleLayout {
    let slots = drawn_slots(people);
    let mut rows = [1usize; 3];
    for (p, s) in people.iter().zip(&slots) {
        let i = p.ring.index();
        rows[i] = rows[i].max(slot_place(i, *s).0 + 1);
    }
    let mut bands = [(0.0, 0.0); 3];
    let mut r = CENTRE_R + HUB;
    for (band, n) in bands.iter_mut().zip(rows) {
        *band = (r, r + ROW * n as f64);
        r = band.1;
    }
    let tokens = people.iter().zip(&slots).map(|(p, s)| point_at(&bands, p.ring, p.sector, *s)).collect();
    CircleLayout { bands, radius: r, half: r + PAD, tokens }
}

/// Where a token dropped at `at` lands: the ring and sector under it, and the free slot there
/// nearest to it (a slot in the ring's existing rows when one is free).
pub fn snap(network: &Network, layout: &CircleLayout, id: &str, at: Point) -> (Ring, Sector, u32) {
    let r = at.x.hypot(at.y);
    let ring = Ring::ALL[layout.bands.iter().take(2).filter(|b| r >= b.1).count()];
    let turn = (at.y.atan2(at.x) - PI).rem_euclid(2.0 * PI);
    let sector = Sector::ALL[((turn / (PI / 2.0)) as usize).min(3)];
    let rows = ((layout.bands[ring.index()].1 - layout.bands[ring.index()].0) / ROW).round() as usize;
    let free = |k: &u32| !network.taken(ring, sector, *k, id);
    let nearest = (0..slots_in_rows(ring.index(), rows)).filter(free).min_by(|a, b| {
        let d = |k: u32| {
            let p = point_at(&layout.bands, ring, sector, k);
            (p.x - at.x).hypot(p.y - at.y)
        };
        d(*a).total_cmp(&d(*b))
    });
    (ring, sector, nearest.unwrap_or_else(|| network.free_slot(ring, sector, id)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_fill_from_the_middle_and_hold_more_further_out() {
        assert_eq!(row_capacity(0, 0).0, 2);
        assert!(row_capacity(1, 0).0 >= 3);
        assert!(row_capacity(2, 0).0 >= row_capacity(1, 0).0);
        // An odd row (the outer ring's second) has a place in the middle, then one either side.
        let first = row_capacity(2, 0).0;
        assert_eq!(row_capacity(2, 1).0 % 2, 1);
        assert_eq!(slot_place(2, first), (1, 0.0));
        let (_, a) = slot_place(2, first + 1);
        let (_, b) = slot_place(2, first + 2);
        assert!(a > 0.0 && (a + b).abs() < 1e-9);
        assert_eq!(slot_place(0, 2).0, 1);
        // Two in the inner row sit either side of the sector's middle.
        let (_, a) = slot_place(0, 0);
        let (_, b) = slot_place(0, 1);
        assert!(a < 0.0 && (a + b).abs() < 1e-9);
    }
}
