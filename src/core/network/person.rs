//! The people in the circle and the words that place them: ring, sector, what they offer, how
//! they are seen on the small scales, and their role at the circle meeting.

use serde::{Deserialize, Serialize};
use std::f64::consts::PI;

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
    /// Support during the pregnancy (a doula, a friend who went through it, a maternity nurse).
    Pregnancy,
}

impl Offer {
    pub const ALL: [Offer; 7] = [
        Self::Practical,
        Self::Childcare,
        Self::Listening,
        Self::Transport,
        Self::Money,
        Self::Knowledge,
        Self::Pregnancy,
    ];
    pub fn key(self) -> &'static str {
        match self {
            Self::Practical => "practical",
            Self::Childcare => "childcare",
            Self::Listening => "listening",
            Self::Transport => "transport",
            Self::Money => "money",
            Self::Knowledge => "knowledge",
            Self::Pregnancy => "pregnancy",
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
    /// organisation) must leave it out; see [`Network::for_export`](super::Network::for_export).
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
