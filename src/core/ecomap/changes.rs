//! What changed between two circles, matched by person id, and the picture that shows it.

use super::lines::{tie_lines, TieLine};
use crate::core::network::{circle_layout, CircleLayout, Network, Person, Ring, Sector, Tie};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moved {
    Joined,
    Left,
    Closer { from: Ring, to: Ring },
    Further { from: Ring, to: Ring },
    OtherSector { from: Sector, to: Sector },
}

/// One person's change, by id and with their name (from the later circle, or the earlier one
/// for someone who left).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonChange {
    pub id: String,
    pub name: String,
    pub change: Moved,
}

/// A line drawn, taken away or changed between two people still in the circle (or a newcomer).
#[derive(Debug, Clone, PartialEq)]
pub struct TieChange {
    /// The line as it was, and as it is (`None`: not there).
    pub before: Option<Tie>,
    pub now: Option<Tie>,
}

impl TieChange {
    /// The line's two ends (the second `None` for the family).
    pub fn ends(&self) -> (&str, Option<&str>) {
        let t = self.now.as_ref().or(self.before.as_ref()).expect("a change has a line");
        (t.person.as_str(), t.other.as_deref())
    }
}

/// Everything that changed from one circle to the next.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkChanges {
    /// Newcomers, people closer, people further, other groups, then who left.
    pub people: Vec<PersonChange>,
    pub ties: Vec<TieChange>,
}

impl NetworkChanges {
    pub fn is_empty(&self) -> bool {
        self.people.is_empty() && self.ties.is_empty()
    }
    /// The change of one person, if any (the first: joined, closer, further or other group).
    pub fn of<'a>(&'a self, id: &'a str) -> impl Iterator<Item = &'a Moved> + 'a {
        self.people.iter().filter(move |c| c.id == id).map(|c| &c.change)
    }
    /// Whether the line between these ends changed (drawn or changed).
    pub fn tie_changed(&self, a: &str, b: Option<&str>) -> bool {
        self.ties.iter().any(|c| c.now.as_ref().is_some_and(|t| t.joins(a, b)))
    }
}

/// What changed from `before` to `now`, matched by person id.
pub fn changes(before: &Network, now: &Network) -> NetworkChanges {
    let change = |p: &Person, change: Moved| PersonChange { id: p.id.clone(), name: p.name.clone(), change };
    let mut joined = Vec::new();
    let (mut closer, mut further, mut sector) = (Vec::new(), Vec::new(), Vec::new());
    for p in &now.people {
        match before.person(&p.id) {
            None => joined.push(change(p, Moved::Joined)),
            Some(b) => {
                if p.ring.index() < b.ring.index() {
                    closer.push(change(p, Moved::Closer { from: b.ring, to: p.ring }));
                } else if p.ring.index() > b.ring.index() {
                    further.push(change(p, Moved::Further { from: b.ring, to: p.ring }));
                }
                if p.sector != b.sector {
                    sector.push(change(p, Moved::OtherSector { from: b.sector, to: p.sector }));
                }
            }
        }
    }
    let left: Vec<PersonChange> =
        before.people.iter().filter(|b| now.person(&b.id).is_none()).map(|b| change(b, Moved::Left)).collect();
    let people = [joined, closer, further, sector, left].concat();

    let mut ties = Vec::new();
    for t in &now.ties {
        match before.tie(&t.person, t.other.as_deref()) {
            None => ties.push(TieChange { before: None, now: Some(t.clone()) }),
            Some(b) if b.kind != t.kind || b.flow_from(&t.person) != t.flow => {
                ties.push(TieChange { before: Some(b.clone()), now: Some(t.clone()) })
            }
            _ => {}
        }
    }
    // A line that went with someone who left is said by their leaving.
    for b in &before.ties {
        let stayed = now.person(&b.person).is_some() && b.other.as_deref().is_none_or(|o| now.person(o).is_some());
        if stayed && now.tie(&b.person, b.other.as_deref()).is_none() {
            ties.push(TieChange { before: Some(b.clone()), now: None });
        }
    }
    NetworkChanges { people, ties }
}

/// The name of a person in either circle (the later one first).
pub fn name_in<'a>(before: &'a Network, now: &'a Network, id: &str) -> Option<&'a str> {
    now.person(id).or_else(|| before.person(id)).map(|p| p.name.as_str())
}

/// One picture of the change: the later circle with those who left put back at their old
/// place (marked as gone), laid out together.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangePicture {
    /// The later circle's people, then those who left, with the later circle's lines.
    pub network: Network,
    /// How many of `network.people` are the later circle's (the rest left).
    pub staying: usize,
    pub layout: CircleLayout,
    pub changes: NetworkChanges,
}

pub fn change_picture(before: &Network, now: &Network) -> ChangePicture {
    let changes = changes(before, now);
    let mut network = now.clone();
    network.people.extend(before.people.iter().filter(|b| now.person(&b.id).is_none()).cloned());
    let layout = circle_layout(&network.people);
    ChangePicture { staying: now.people.len(), network, layout, changes }
}

/// The lines of a change picture: the later circle's lines over the picture's layout (the
/// people who left count as tokens to keep clear of).
pub fn picture_lines(picture: &ChangePicture) -> Vec<TieLine> {
    tie_lines(&picture.network, &picture.layout)
}
