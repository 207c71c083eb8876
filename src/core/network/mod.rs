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

use super::case::Case;
use super::date::Date;
use super::geometry::Point;
use super::limits::{MAX_NAME, MAX_NOTE};
use super::plan::Agreement;
use serde::{Deserialize, Deserializer, Serialize};
use std::f64::consts::{FRAC_PI_2, PI};

pub use super::limits::{MAX_PEOPLE, MAX_TIES};

/// How close someone is to the family: the rings, from the centre outward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Ring {
    VeryClose,
    Close,
    Further,
}

impl Ring {
    pub const ALL: [Ring; 3] = [Self::VeryClose, Self::Close, Self::Further];
    pub fn key(self) -> &'static str {
        match self {
            Self::VeryClose => "veryClose",
            Self::Close => "close",
            Self::Further => "further",
        }
    }
    pub fn index(self) -> usize {
        self as usize
    }
    /// One ring closer to the family, if there is one.
    pub fn inward(self) -> Option<Ring> {
        self.index().checked_sub(1).map(|i| Self::ALL[i])
    }
    /// One ring further out, if there is one.
    pub fn outward(self) -> Option<Ring> {
        Self::ALL.get(self.index() + 1).copied()
    }
}

/// Where someone belongs: three informal sectors and the formal network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Sector {
    Family,
    FriendsNeighbours,
    /// School, work, sport, clubs, faith.
    SchoolWorkClubs,
    /// The formal network.
    Professionals,
}

impl Sector {
    /// Clockwise from the top left: the drawing's order, and the order of the arrow keys.
    pub const ALL: [Sector; 4] = [Self::Family, Self::FriendsNeighbours, Self::SchoolWorkClubs, Self::Professionals];
    pub fn key(self) -> &'static str {
        match self {
            Self::Family => "family",
            Self::FriendsNeighbours => "friendsNeighbours",
            Self::SchoolWorkClubs => "schoolWorkClubs",
            Self::Professionals => "professionals",
        }
    }
    pub fn index(self) -> usize {
        self as usize
    }
    /// The next sector clockwise (wrapping).
    pub fn next(self) -> Sector {
        Self::ALL[(self.index() + 1) % 4]
    }
    /// The previous sector (wrapping).
    pub fn previous(self) -> Sector {
        Self::ALL[(self.index() + 3) % 4]
    }
    pub fn is_formal(self) -> bool {
        self == Self::Professionals
    }
    /// The sector's middle direction in the drawing, in radians (y points down): top left first.
    pub fn angle(self) -> f64 {
        (1.25 + 0.5 * self.index() as f64) * PI
    }
}

/// Kinds of support someone can offer, besides the free text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Offer {
    Practical,
    Childcare,
    Listening,
    Transport,
    Money,
    Knowledge,
}

impl Offer {
    pub const ALL: [Offer; 6] =
        [Self::Practical, Self::Childcare, Self::Listening, Self::Transport, Self::Money, Self::Knowledge];
    pub fn key(self) -> &'static str {
        match self {
            Self::Practical => "practical",
            Self::Childcare => "childcare",
            Self::Listening => "listening",
            Self::Transport => "transport",
            Self::Money => "money",
            Self::Knowledge => "knowledge",
        }
    }
}

/// A step on one of the small scales (how often, how reliable, how lasting).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Level {
    Low,
    Medium,
    High,
}

impl Level {
    pub const ALL: [Level; 3] = [Self::Low, Self::Medium, Self::High];
    pub fn key(self) -> &'static str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }
}

/// Which small scale: as the family sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scale {
    Often,
    Reliable,
    Lasting,
}

impl Scale {
    pub const ALL: [Scale; 3] = [Self::Often, Self::Reliable, Self::Lasting];
}

/// Someone's role at the circle meeting. Nobody decides for the family: there is no such role,
/// and a professional's only role besides coordinating is to inform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum MeetingRole {
    #[default]
    None,
    /// Appointed by the family from its own network; at most one.
    Mediator,
    /// Coordinator or (volunteer) coach.
    Coordinator,
    /// A professional who says what they can and cannot do, and does not decide.
    Informs,
}

impl MeetingRole {
    pub const ALL: [MeetingRole; 4] = [Self::None, Self::Mediator, Self::Coordinator, Self::Informs];
    pub fn key(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Mediator => "mediator",
            Self::Coordinator => "coordinator",
            Self::Informs => "informs",
        }
    }
    fn is_none(&self) -> bool {
        *self == Self::None
    }
    /// The mediator comes from the informal network; only professionals inform.
    pub fn fits(self, sector: Sector) -> bool {
        match self {
            Self::Mediator => !sector.is_formal(),
            Self::Informs => sector.is_formal(),
            _ => true,
        }
    }
}

/// Whether the children join the circle meeting: the family decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ChildrenJoin {
    Yes,
    No,
    Some,
}

impl ChildrenJoin {
    pub const ALL: [ChildrenJoin; 3] = [Self::Yes, Self::No, Self::Some];
    pub fn key(self) -> &'static str {
        match self {
            Self::Yes => "yes",
            Self::No => "no",
            Self::Some => "some",
        }
    }
}

/// The free-text fields of a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    Name,
    Relation,
    Offer,
    Contact,
    CanDo,
    CannotDo,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// One person in the family's network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Person {
    pub id: String,
    /// Name or alias.
    pub name: String,
    /// Who they are to the family, in the family's words ("grandma", "neighbour").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub relation: String,
    pub ring: Ring,
    pub sector: Sector,
    /// Place within its ring-sector cell; kept when others come and go.
    pub slot: u32,
    /// What they can offer, in the family's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub offer: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<Offer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub often: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reliable: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lasting: Option<Level>,
    /// How they like to be contacted. Kept on this device only: every export (PDF, JSON for an
    /// organisation) must leave it out; see [`Network::for_export`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contact: String,
    /// Invited to the circle meeting.
    #[serde(default, skip_serializing_if = "is_false")]
    pub invited: bool,
    /// Came to the circle meeting.
    #[serde(default, skip_serializing_if = "is_false")]
    pub came: bool,
    #[serde(default, skip_serializing_if = "MeetingRole::is_none")]
    pub role: MeetingRole,
    /// For a professional who informs: what I can do.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub can_do: String,
    /// For a professional who informs: what I cannot do.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub cannot_do: String,
    /// The person who suggested them ("who else could think along?").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested_by: Option<String>,
}

impl Person {
    pub fn level(&self, scale: Scale) -> Option<Level> {
        match scale {
            Scale::Often => self.often,
            Scale::Reliable => self.reliable,
            Scale::Lasting => self.lasting,
        }
    }
    pub fn text(&self, field: TextField) -> &str {
        match field {
            TextField::Name => &self.name,
            TextField::Relation => &self.relation,
            TextField::Offer => &self.offer,
            TextField::Contact => &self.contact,
            TextField::CanDo => &self.can_do,
            TextField::CannotDo => &self.cannot_do,
        }
    }
}

/// What a relation is like, drawn the way eco-maps draw it: by the line's style, never by
/// colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum TieKind {
    /// A thick solid line.
    Strong,
    /// A thin solid line.
    Ordinary,
    /// A dashed line.
    Weak,
    /// A zigzag line: the relation costs energy.
    Stressful,
}

impl TieKind {
    pub const ALL: [TieKind; 4] = [Self::Strong, Self::Ordinary, Self::Weak, Self::Stressful];
    pub fn key(self) -> &'static str {
        match self {
            Self::Strong => "strong",
            Self::Ordinary => "ordinary",
            Self::Weak => "weak",
            Self::Stressful => "stressful",
        }
    }
}

/// Which way support flows along a line, seen from the line's `person`: they give to the other
/// end (the family, or the other person), receive from it, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Flow {
    Gives,
    Receives,
    Both,
}

impl Flow {
    pub const ALL: [Flow; 3] = [Self::Gives, Self::Receives, Self::Both];
    pub fn key(self) -> &'static str {
        match self {
            Self::Gives => "gives",
            Self::Receives => "receives",
            Self::Both => "both",
        }
    }
    /// The same flow seen from the other end.
    pub fn reversed(self) -> Flow {
        match self {
            Self::Gives => Self::Receives,
            Self::Receives => Self::Gives,
            Self::Both => Self::Both,
        }
    }
}

/// A relation line: from a network person to the family, or to another person in the circle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Tie {
    pub person: String,
    /// The other end: another network person; absent for the family.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other: Option<String>,
    pub kind: TieKind,
    /// Seen from `person`; absent when nobody said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow: Option<Flow>,
}

impl Tie {
    /// Whether this line joins `a` and `b` (`None`: the family), in either direction.
    pub fn joins(&self, a: &str, b: Option<&str>) -> bool {
        match (self.other.as_deref(), b) {
            (None, None) => self.person == a,
            (Some(o), Some(b)) => (self.person == a && o == b) || (self.person == b && o == a),
            _ => false,
        }
    }
    /// Whether `id` is at either end.
    pub fn touches(&self, id: &str) -> bool {
        self.person == id || self.other.as_deref() == Some(id)
    }
    /// The flow seen from `id` (one of the line's people).
    pub fn flow_from(&self, id: &str) -> Option<Flow> {
        if self.person == id {
            self.flow
        } else {
            self.flow.map(Flow::reversed)
        }
    }
}

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
    fn free_slot(&self, ring: Ring, sector: Sector, except: &str) -> u32 {
        (0..MAX_PEOPLE as u32).find(|k| !self.taken(ring, sector, *k, except)).unwrap_or(0)
    }

    fn taken(&self, ring: Ring, sector: Sector, slot: u32, except: &str) -> bool {
        self.people.iter().any(|p| p.id != except && (p.ring, p.sector, p.slot) == (ring, sector, slot))
    }

    fn person_mut(&mut self, id: &str) -> Result<&mut Person, NetworkError> {
        self.people.iter_mut().find(|p| p.id == id).ok_or(NetworkError::NotFound)
    }
}

fn tags_repeat(tags: &[Offer]) -> bool {
    tags.iter().enumerate().any(|(i, t)| tags[..i].contains(t))
}

/// A change to the network.
#[derive(Debug, Clone, PartialEq)]
pub enum NetworkAction {
    /// Adds someone at the lowest free slot of the cell.
    Add {
        id: String,
        name: String,
        relation: String,
        ring: Ring,
        sector: Sector,
        suggested_by: Option<String>,
    },
    SetText {
        id: String,
        field: TextField,
        text: String,
    },
    SetOffer {
        id: String,
        offer: Offer,
        on: bool,
    },
    SetLevel {
        id: String,
        scale: Scale,
        level: Option<Level>,
    },
    SetSuggestedBy {
        id: String,
        by: Option<String>,
    },
    /// Moves someone to a cell: to `slot` when it is free there, else to the lowest free slot.
    Move {
        id: String,
        ring: Ring,
        sector: Sector,
        slot: Option<u32>,
    },
    Remove {
        id: String,
    },
    /// Not invited also means not came.
    SetInvited {
        id: String,
        invited: bool,
    },
    /// Came also means invited.
    SetCame {
        id: String,
        came: bool,
    },
    /// A second mediator takes the role over from the first.
    SetRole {
        id: String,
        role: MeetingRole,
    },
    SetQuestion(String),
    SetChildrenJoin(Option<ChildrenJoin>),
    SetChildrenNote(String),
    /// Draws, changes or (with `kind: None`) removes the line between `person` and `other`
    /// (`None`: the family). A new line has no flow yet.
    SetTieKind {
        person: String,
        other: Option<String>,
        kind: Option<TieKind>,
    },
    /// The way support flows on an existing line, seen from `person`.
    SetTieFlow {
        person: String,
        other: Option<String>,
        flow: Option<Flow>,
    },
    SetMeetingDate(Option<Date>),
    SetMeetingPlace(String),
    SetCheckDate(Option<Date>),
}

/// Why a network change was refused; the UI says each in plain words. More kinds may come.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NetworkError {
    /// A person's name was empty after trimming.
    #[error("a name is required")]
    EmptyName,
    /// A name, relation or note is longer than its limit.
    #[error("text is too long (at most {max} characters)")]
    TooLong { max: usize },
    /// The circle holds [`MAX_PEOPLE`] already.
    #[error("the circle has {MAX_PEOPLE} people already")]
    TooMany,
    /// The action names nobody in the circle: the screen was out of date.
    #[error("nobody with that id in the network")]
    NotFound,
    /// A new person got an id the circle already uses.
    #[error("id {0:?} is already used")]
    DuplicateId(String),
    /// "Who else?" named the person being added as the one who suggested them.
    #[error("someone cannot suggest themselves")]
    SelfSuggested,
    /// The circle meeting's mediator must come from the family's own network.
    #[error("the mediator comes from the family's own network, not from the professionals")]
    MediatorIsInformal,
    /// Informing the meeting is a professional's role.
    #[error("only professionals have the role of informing")]
    OnlyProfessionalsInform,
    /// A relation line from someone to themselves.
    #[error("a line joins two different people")]
    SelfTie,
    /// The circle holds [`MAX_TIES`] lines already.
    #[error("the circle has {MAX_TIES} lines already")]
    TooManyTies,
    /// A direction of support for a line that is not drawn.
    #[error("there is no line there yet")]
    NoTie,
}

/// Checks a text against its limit; names and relations (limit MAX_NAME) are trimmed, notes kept as typed.
fn clean(s: String, max: usize, required: bool) -> Result<String, NetworkError> {
    let s = if max == MAX_NAME { s.trim().to_string() } else { s };
    if required && s.trim().is_empty() {
        return Err(NetworkError::EmptyName);
    }
    if s.chars().count() > max {
        return Err(NetworkError::TooLong { max });
    }
    Ok(s)
}

fn role_error(role: MeetingRole) -> NetworkError {
    if role == MeetingRole::Mediator {
        NetworkError::MediatorIsInformal
    } else {
        NetworkError::OnlyProfessionalsInform
    }
}

/// Applies one change; on error the network is unchanged.
pub fn apply_network(network: &mut Network, action: NetworkAction) -> Result<(), NetworkError> {
    use NetworkAction::*;
    let known = |n: &Network, by: &Option<String>, id: &str| match by {
        Some(b) if b == id => Err(NetworkError::SelfSuggested),
        Some(b) if n.person(b).is_none() => Err(NetworkError::NotFound),
        _ => Ok(()),
    };
    match action {
        Add { id, name, relation, ring, sector, suggested_by } => {
            let (name, relation) = (clean(name, MAX_NAME, true)?, clean(relation, MAX_NAME, false)?);
            if network.people.len() >= MAX_PEOPLE {
                return Err(NetworkError::TooMany);
            }
            if id.is_empty() || network.person(&id).is_some() {
                return Err(NetworkError::DuplicateId(id));
            }
            known(network, &suggested_by, &id)?;
            let slot = network.free_slot(ring, sector, &id);
            network.people.push(Person {
                id,
                name,
                relation,
                ring,
                sector,
                slot,
                offer: String::new(),
                tags: Vec::new(),
                often: None,
                reliable: None,
                lasting: None,
                contact: String::new(),
                invited: false,
                came: false,
                role: MeetingRole::None,
                can_do: String::new(),
                cannot_do: String::new(),
                suggested_by,
            });
        }
        SetText { id, field, text } => {
            let max = if matches!(field, TextField::Name | TextField::Relation) { MAX_NAME } else { MAX_NOTE };
            let text = clean(text, max, field == TextField::Name)?;
            let p = network.person_mut(&id)?;
            *match field {
                TextField::Name => &mut p.name,
                TextField::Relation => &mut p.relation,
                TextField::Offer => &mut p.offer,
                TextField::Contact => &mut p.contact,
                TextField::CanDo => &mut p.can_do,
                TextField::CannotDo => &mut p.cannot_do,
            } = text;
        }
        SetOffer { id, offer, on } => {
            let p = network.person_mut(&id)?;
            p.tags.retain(|t| *t != offer);
            if on {
                p.tags.push(offer);
                p.tags.sort_by_key(|t| *t as u8);
            }
        }
        SetLevel { id, scale, level } => {
            let p = network.person_mut(&id)?;
            *match scale {
                Scale::Often => &mut p.often,
                Scale::Reliable => &mut p.reliable,
                Scale::Lasting => &mut p.lasting,
            } = level;
        }
        SetSuggestedBy { id, by } => {
            known(network, &by, &id)?;
            network.person_mut(&id)?.suggested_by = by;
        }
        Move { id, ring, sector, slot } => {
            let role = network.person(&id).ok_or(NetworkError::NotFound)?.role;
            if !role.fits(sector) {
                return Err(role_error(role));
            }
            let slot = match slot {
                Some(k) if (k as usize) < MAX_PEOPLE && !network.taken(ring, sector, k, &id) => k,
                _ => network.free_slot(ring, sector, &id),
            };
            let p = network.person_mut(&id)?;
            (p.ring, p.sector, p.slot) = (ring, sector, slot);
        }
        Remove { id } => {
            network.person(&id).ok_or(NetworkError::NotFound)?;
            network.people.retain(|p| p.id != id);
            network.ties.retain(|t| !t.touches(&id));
            for p in &mut network.people {
                if p.suggested_by.as_deref() == Some(id.as_str()) {
                    p.suggested_by = None;
                }
            }
        }
        SetInvited { id, invited } => {
            let p = network.person_mut(&id)?;
            p.invited = invited;
            p.came &= invited;
        }
        SetCame { id, came } => {
            let p = network.person_mut(&id)?;
            p.came = came;
            p.invited |= came;
        }
        SetRole { id, role } => {
            let sector = network.person(&id).ok_or(NetworkError::NotFound)?.sector;
            if !role.fits(sector) {
                return Err(role_error(role));
            }
            if role == MeetingRole::Mediator {
                for p in network.people.iter_mut().filter(|p| p.role == MeetingRole::Mediator) {
                    p.role = MeetingRole::None;
                }
            }
            network.person_mut(&id)?.role = role;
        }
        SetQuestion(text) => network.meeting.question = clean(text, MAX_NOTE, false)?,
        SetChildrenJoin(decision) => network.meeting.children_join = decision,
        SetChildrenNote(text) => network.meeting.children_note = clean(text, MAX_NOTE, false)?,
        SetTieKind { person, other, kind } => {
            network.person(&person).ok_or(NetworkError::NotFound)?;
            if let Some(o) = &other {
                if *o == person {
                    return Err(NetworkError::SelfTie);
                }
                network.person(o).ok_or(NetworkError::NotFound)?;
            }
            let at = network.ties.iter().position(|t| t.joins(&person, other.as_deref()));
            match (at, kind) {
                (Some(i), Some(k)) => network.ties[i].kind = k,
                (Some(i), None) => {
                    network.ties.remove(i);
                }
                (None, Some(kind)) => {
                    if network.ties.len() >= MAX_TIES {
                        return Err(NetworkError::TooManyTies);
                    }
                    network.ties.push(Tie { person, other, kind, flow: None });
                }
                (None, None) => {}
            }
        }
        SetTieFlow { person, other, flow } => {
            let t = network.ties.iter_mut().find(|t| t.joins(&person, other.as_deref())).ok_or(NetworkError::NoTie)?;
            t.flow = if t.person == person { flow } else { flow.map(Flow::reversed) };
        }
        SetMeetingDate(date) => network.meeting.date = date,
        SetMeetingPlace(text) => network.meeting.place = clean(text, MAX_NAME, false)?,
        SetCheckDate(date) => network.meeting.check_date = date,
    }
    Ok(())
}

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

// ---------------------------------------------------------------------------------------------
// The drawing as numbers.

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

    #[test]
    fn initial() {
        assert_eq!(initial_char(" élise"), Some('é'));
        assert_eq!(initial_char("?"), None);
    }
}
