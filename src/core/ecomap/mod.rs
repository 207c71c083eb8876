//! The circle as an eco-map: where each relation line runs, and what changed between two visits'
//! circles, as numbers and data. The screen's SVG, the print view and the PDF all draw from here.
//!
//! Rules kept here (tested natively in `tests/ecomap_rules.rs`):
//! - a line runs between the edges of its two ends (the family's disc, a person's token) and keeps
//!   at least [`CLEAR`] from the centre of every other token and out of the family's disc, so it
//!   never runs under someone it does not belong to; tokens are drawn over lines;
//! - a line's route depends only on its two ends and the tokens around it: the straightest clear
//!   curve, else a route along the lanes the layout keeps free (between rows, beside the sector
//!   lines), which is clear by construction;
//! - the change between two circles is matched by person id: joined, left, moved closer or
//!   further, to another group, and lines drawn, changed or taken away.
//!
//! - `lines`: where each relation line runs and how it is dressed;
//! - `changes`: what changed between two circles, and the change picture.

mod changes;
mod lines;

use super::case::{Case, Visit};
use super::date::Date;
use super::network::{KeptCircle, Network};

pub use changes::{
    change_picture, changes, name_in, picture_lines, ChangePicture, Moved, NetworkChanges, PersonChange, TieChange,
};
pub use lines::{
    distance_to, dressed, line_of, route_key, stroke_of, tie_lines, tie_routes, RouteKey, TieLine, ARROW_HALF,
    ARROW_LEN, CLEAR,
};

// ---------------------------------------------------------------------------------------------
// The circle over time: one kept per visit.

/// The circle of one visit: the case's own for the latest visit, else the one kept for it.
pub fn circle_of<'a>(case: &'a Case, visit_id: &str) -> Option<&'a Network> {
    if case.current_visit().is_some_and(|v| v.id == visit_id) {
        return Some(&case.network);
    }
    case.circles.iter().find(|k| k.visit_id == visit_id).map(|k| &k.network)
}

/// Every visit with a circle, oldest first: those kept, and the latest visit's own.
pub fn circle_visits(case: &Case) -> Vec<(&Visit, &Network)> {
    case.visits_by_date().into_iter().filter_map(|v| circle_of(case, &v.id).map(|n| (v, n))).collect()
}

/// Keeps the latest visit's circle when a visit on `date` is about to become the latest one (a
/// visit added before it changes nothing). An empty circle is not kept. Contact preferences
/// are not kept: the earlier circle is for looking back.
pub fn keep_circle(case: &mut Case, date: Date) {
    let Some(current) = case.current_visit() else { return };
    if date < current.date || case.network.people.is_empty() {
        return;
    }
    let kept = KeptCircle { visit_id: current.id.clone(), network: case.network.for_export() };
    match case.circles.iter_mut().find(|k| k.visit_id == kept.visit_id) {
        Some(k) => *k = kept,
        None => case.circles.push(kept),
    }
}

/// The circles' lines, the kept circles and the professionals' meeting refer only to what the
/// case has.
pub fn check_over_time(case: &Case) -> Result<(), String> {
    case.network.check_ties()?;
    for (i, k) in case.circles.iter().enumerate() {
        k.network.check_ties().map_err(|e| format!("kept circle of {:?}: {e}", k.visit_id))?;
        if !case.visits.iter().any(|v| v.id == k.visit_id) {
            return Err(format!("a kept circle names unknown visit {:?}", k.visit_id));
        }
        if case.circles[..i].iter().any(|c| c.visit_id == k.visit_id) {
            return Err(format!("visit {:?} has two kept circles", k.visit_id));
        }
    }
    super::team::check(case)
}
