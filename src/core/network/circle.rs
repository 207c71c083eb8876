//! The network as one whole (people, lines and the circle meeting) and the rules a file must
//! keep before it is accepted, so nothing read can break what `apply_network` guarantees.

use super::{ChildrenJoin, MeetingRole, NetworkError, Offer, Person, Ring, Sector, Tie};
use super::{MAX_PEOPLE, MAX_TIES};
use crate::core::date::Date;
use crate::core::limits::{MAX_NAME, MAX_NOTE};
use serde::{Deserialize, Deserializer, Serialize};

/// The circle meeting (kringgesprek): when and where, the family's question, whether the
/// children join, and the first check afterwards.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Meeting {
    /// The question the family puts to its network.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub question: String,
    /// The family's decision on whether the children join.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children_join: Option<ChildrenJoin>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub children_note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// Where it is held, in the family's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// The first check after the meeting (about four weeks later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_date: Option<Date>,
}

/// Weeks from the circle meeting to its first check, as the method suggests.
pub const CHECK_AFTER_WEEKS: i64 = 4;

impl Meeting {
    /// The check date the method suggests for a meeting on `date`.
    pub fn suggested_check(date: Date) -> Date {
        date.add_days(7 * CHECK_AFTER_WEEKS)
    }
}

/// The family's network as drawn in the circle.
#[derive(Debug, Clone, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Network {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// The relation lines (new in case version 7).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ties: Vec<Tie>,
    /// Boxed: the case stays small where it is moved around whole.
    #[serde(skip_serializing_if = "no_meeting")]
    pub meeting: Box<Meeting>,
}

/// The circle as it was at an earlier visit, kept when the next visit began.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct KeptCircle {
    pub visit_id: String,
    pub network: Network,
}

fn no_meeting(m: &Meeting) -> bool {
    *m == Meeting::default()
}

/// Reading checks the network's own rules, so a file can never hold what `apply_network` refuses.
impl<'de> Deserialize<'de> for Network {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        struct Raw {
            #[serde(default)]
            people: Vec<Person>,
            #[serde(default)]
            ties: Vec<Tie>,
            #[serde(default)]
            meeting: Box<Meeting>,
        }
        let raw = Raw::deserialize(d)?;
        let n = Network { people: raw.people, ties: raw.ties, meeting: raw.meeting };
        n.check().map_err(serde::de::Error::custom)?;
        Ok(n)
    }
}

impl Network {
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The mediator, if the family appointed one.
    pub fn mediator(&self) -> Option<&Person> {
        self.people.iter().find(|p| p.role == MeetingRole::Mediator)
    }

    /// The line between `a` and `b` (`None`: the family), if there is one.
    pub fn tie(&self, a: &str, b: Option<&str>) -> Option<&Tie> {
        self.ties.iter().find(|t| t.joins(a, b))
    }

    /// Everyone invited to the circle meeting, and of them who came.
    pub fn attendance(&self) -> (Vec<&Person>, Vec<&Person>) {
        let invited: Vec<&Person> = self.people.iter().filter(|p| p.invited).collect();
        let came = invited.iter().copied().filter(|p| p.came).collect();
        (invited, came)
    }

    /// A copy fit for leaving the device: contact preferences are removed.
    pub fn for_export(&self) -> Network {
        let mut n = self.clone();
        for p in &mut n.people {
            p.contact.clear();
        }
        n
    }

    /// The network's own rules, as a file is read: lengths, unique ids and places, references,
    /// roles. The message names the person.
    pub fn check(&self) -> Result<(), String> {
        if self.people.len() > MAX_PEOPLE {
            return Err(format!("the network has more than {MAX_PEOPLE} people"));
        }
        let long = |s: &str, max: usize| s.chars().count() > max;
        let m = &self.meeting;
        if long(&m.question, MAX_NOTE) || long(&m.children_note, MAX_NOTE) || long(&m.place, MAX_NAME) {
            return Err(format!("a meeting text is longer than {MAX_NOTE} characters (the place {MAX_NAME})"));
        }
        for (i, p) in self.people.iter().enumerate() {
            let bad = |what: &str| Err(format!("network person {:?}: {what}", p.id));
            if self.people[..i].iter().any(|q| q.id == p.id) {
                return bad("id is used twice");
            }
            if p.name.trim().is_empty() || long(&p.name, MAX_NAME) || long(&p.relation, MAX_NAME) {
                return bad("name and relation must be 1 to 80 characters");
            }
            if [&p.offer, &p.contact, &p.can_do, &p.cannot_do].iter().any(|s| long(s, MAX_NOTE)) {
                return bad("a text is longer than 4000 characters");
            }
            if p.slot as usize >= MAX_PEOPLE {
                return bad("slot is out of range");
            }
            if self.people[..i].iter().any(|q| (q.ring, q.sector, q.slot) == (p.ring, p.sector, p.slot)) {
                return bad("shares its place with someone else");
            }
            if tags_repeat(&p.tags) {
                return bad("a tag is given twice");
            }
            if let Some(by) = &p.suggested_by {
                if by == &p.id || self.person(by).is_none() {
                    return bad("suggestedBy names nobody else in the network");
                }
            }
            if !p.role.fits(p.sector) {
                return bad("role does not fit the sector (the mediator is informal, only professionals inform)");
            }
            if p.role == MeetingRole::Mediator && self.people[..i].iter().any(|q| q.role == MeetingRole::Mediator) {
                return bad("is a second mediator");
            }
        }
        if self.ties.len() > MAX_TIES {
            return Err(format!("the network has more than {MAX_TIES} relation lines"));
        }
        Ok(())
    }

    /// The lines' references: both ends in the network, two different ends, one line per pair.
    /// Checked with the whole case (`import::check_case`), like every other reference.
    pub fn check_ties(&self) -> Result<(), String> {
        for (i, t) in self.ties.iter().enumerate() {
            let bad = |what: &str| Err(format!("relation line of {:?}: {what}", t.person));
            if self.person(&t.person).is_none() || t.other.as_deref().is_some_and(|o| self.person(o).is_none()) {
                return bad("names nobody in the network");
            }
            if t.other.as_deref() == Some(t.person.as_str()) {
                return bad("joins a person to themselves");
            }
            if self.ties[..i].iter().any(|u| u.joins(&t.person, t.other.as_deref())) {
                return bad("is drawn twice");
            }
        }
        Ok(())
    }

    /// The lowest slot in a cell nobody else (other than `except`) has.
    pub(super) fn free_slot(&self, ring: Ring, sector: Sector, except: &str) -> u32 {
        (0..MAX_PEOPLE as u32).find(|k| !self.taken(ring, sector, *k, except)).unwrap_or(0)
    }

    pub(super) fn taken(&self, ring: Ring, sector: Sector, slot: u32, except: &str) -> bool {
        self.people.iter().any(|p| p.id != except && (p.ring, p.sector, p.slot) == (ring, sector, slot))
    }

    pub(super) fn person_mut(&mut self, id: &str) -> Result<&mut Person, NetworkError> {
        self.people.iter_mut().find(|p| p.id == id).ok_or(NetworkError::NotFound)
    }
}

fn tags_repeat(tags: &[Offer]) -> bool {
    tags.iter().enumerate().any(|(i, t)| tags[..i].contains(t))
}
