//! The family group plan circle: the family's network, by closeness (rings) and sector, the people
//! in it with what they can offer, the circle meeting, and the circle's drawing as numbers.
//!
//! Rules kept here (tested natively in `tests/network_rules.rs`):
//! - at most [`MAX_PEOPLE`] people; names and relations 1 to 80 characters, texts up to 4000;
//! - at most one mediator: appointing a second one moves the role to the new person;
//! - the mediator comes from the family's own network (never the professionals sector), and only
//!   professionals inform; no role decides on the family's behalf (there is no such state);
//! - each person has a slot in its ring-sector cell and keeps it: adding someone never moves
//!   anyone else, unless the new person opens a new row in a ring; then only the people in the
//!   rings outside it move, straight outward by one row (see [`circle_layout`]);
//! - a relation line joins a person to the family or to one other person, at most one line per
//!   pair, with a kind and optionally the way support flows; a person's lines go when they leave.

mod action;
mod circle;
mod layout;
mod person;
mod tie;

use super::case::Case;
use super::plan::Agreement;

pub use super::limits::{MAX_PEOPLE, MAX_TIES};
pub use action::{apply_network, NetworkAction, NetworkError};
pub use circle::{KeptCircle, Meeting, Network, CHECK_AFTER_WEEKS};
pub use layout::{circle_layout, snap, CircleLayout, CENTRE_R, HUB, ROW, TOKEN_D};
pub use person::{ChildrenJoin, Level, MeetingRole, Offer, Person, Ring, Scale, Sector, TextField};
pub use tie::{Flow, Tie, TieKind};

/// One step of widening the circle: a question and the sector its answers go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prompt {
    pub key: &'static str,
    pub sector: Sector,
}

/// The "who else?" walk: family first, then outward; professionals last.
pub const PROMPTS: [Prompt; 9] = [
    Prompt { key: "family", sector: Sector::Family },
    Prompt { key: "friends", sector: Sector::FriendsNeighbours },
    Prompt { key: "neighbours", sector: Sector::FriendsNeighbours },
    Prompt { key: "school", sector: Sector::SchoolWorkClubs },
    Prompt { key: "sport", sector: Sector::SchoolWorkClubs },
    Prompt { key: "clubs", sector: Sector::SchoolWorkClubs },
    Prompt { key: "work", sector: Sector::SchoolWorkClubs },
    Prompt { key: "faith", sector: Sector::SchoolWorkClubs },
    Prompt { key: "professionals", sector: Sector::Professionals },
];

/// The first letter or digit of a name, as typed, for the token (shown in capitals: the app has
/// the browser make them, the PDF Rust).
pub fn initial_char(name: &str) -> Option<char> {
    name.chars().find(|c| c.is_alphanumeric())
}

// ---------------------------------------------------------------------------------------------
// Who carries an agreement: a participant or a network person.

/// Everyone who can carry an agreement: the participants (by name), then the network people
/// ("name (relation)"), as (id, label).
pub fn who_options(case: &Case) -> Vec<(String, String)> {
    let participants = case.participants.iter().map(|p| (p.id.clone(), p.name.clone()));
    let network = case.network.people.iter().map(|p| {
        let label = if p.relation.is_empty() { p.name.clone() } else { format!("{} ({})", p.name, p.relation) };
        (p.id.clone(), label)
    });
    participants.chain(network).collect()
}

/// The name of whoever an agreement's `who` names.
pub fn who_name(case: &Case, id: &str) -> Option<String> {
    case.participant(id).map(|p| p.name.clone()).or_else(|| case.network.person(id).map(|p| p.name.clone()))
}

/// The agreements of the plan a network person carries.
pub fn agreements_of<'a>(case: &'a Case, id: &'a str) -> impl Iterator<Item = &'a Agreement> + 'a {
    case.plan.agreements.iter().filter(move |a| a.who == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initial() {
        assert_eq!(initial_char(" élise"), Some('é'));
        assert_eq!(initial_char("?"), None);
    }
}
