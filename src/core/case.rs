//! The case file: the one document a visit adds to. It is also the JSON file format
//! (`schemas/case.schema.json`), so field names here are the file's names.

use super::assessment::Assessment;
use super::cofill::Invitation;
use super::date::{Age, Date};
use super::matrix::Need;
use super::money::Money;
use super::network::{KeptCircle, Network};
use super::plan::Plan;
use super::team::Team;
use serde::{Deserialize, Serialize};

/// The current version of the case file format; `migrate` upgrades older files to it.
pub const SCHEMA_VERSION: u32 = 8;
/// The `format` marker that tells a case file from any other JSON.
pub const FORMAT: &str = "samenplan-case";

/// How the visit is organised (GIZ's three ways of working).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum WayOfWorking {
    /// Short, a few themes, to notice early.
    Screening,
    /// All themes.
    #[default]
    Extended,
    /// Several professionals and the family together.
    Multidisciplinary,
    /// Expecting and new parents making their own plan: time, money and parenting, the partner
    /// conversation and a check every quarter (new in version 8).
    NewParents,
}

impl WayOfWorking {
    pub const ALL: [WayOfWorking; 4] = [Self::Screening, Self::Extended, Self::Multidisciplinary, Self::NewParents];
    pub fn key(self) -> &'static str {
        match self {
            Self::Screening => "screening",
            Self::Extended => "extended",
            Self::Multidisciplinary => "multidisciplinary",
            Self::NewParents => "newParents",
        }
    }
}

/// Why the family and the professional fill it in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum Purpose {
    Notice,
    #[default]
    Assess,
    Monitor,
    Evaluate,
}

impl Purpose {
    pub const ALL: [Purpose; 4] = [Self::Notice, Self::Assess, Self::Monitor, Self::Evaluate];
    pub fn key(self) -> &'static str {
        match self {
            Self::Notice => "notice",
            Self::Assess => "assess",
            Self::Monitor => "monitor",
            Self::Evaluate => "evaluate",
        }
    }
}

/// A participant's place in the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
pub enum Role {
    #[default]
    Parent,
    YoungPerson,
    Professional,
    NetworkMember,
}

impl Role {
    pub const ALL: [Role; 4] = [Self::Parent, Self::YoungPerson, Self::Professional, Self::NetworkMember];
    pub fn key(self) -> &'static str {
        match self {
            Self::Parent => "parent",
            Self::YoungPerson => "youngPerson",
            Self::Professional => "professional",
            Self::NetworkMember => "networkMember",
        }
    }
    /// Whether this role answers the assessment's questions (network members do not).
    pub fn answers(self) -> bool {
        !matches!(self, Self::NetworkMember)
    }
}

/// A child of the family; age comes from the birth date, or the due date before birth.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Child {
    pub id: String,
    pub alias: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_date: Option<Date>,
}

/// How old a child is on a given day, as the UI words it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChildAge {
    /// Not yet born: weeks until the due date.
    Expected {
        weeks_to_go: i64,
    },
    Born(Age),
    Unknown,
}

impl Child {
    pub fn age_on(&self, today: Date) -> ChildAge {
        match (self.birth_date, self.due_date) {
            (Some(b), _) => ChildAge::Born(b.age_on(today)),
            (None, Some(due)) => {
                ChildAge::Expected { weeks_to_go: ((due.days_since_epoch() - today.days_since_epoch()) / 7).max(0) }
            }
            (None, None) => ChildAge::Unknown,
        }
    }
}

/// Someone who takes part: a parent, the young person, a professional, a network member.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Participant {
    pub id: String,
    pub name: String,
    pub role: Role,
    /// For a young person: which child they are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child_id: Option<String>,
}

/// A home visit or meeting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Visit {
    pub id: String,
    pub date: Date,
    pub purpose: Purpose,
}

/// What the family agreed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ConsentTopic {
    /// Keeping the record on this device.
    RecordOnDevice,
    /// Sharing the plan with the organisation's record system.
    ShareWithOrganisation,
    /// Contacting people in the family's network.
    ContactNetwork,
}

impl ConsentTopic {
    pub const ALL: [ConsentTopic; 3] = [Self::RecordOnDevice, Self::ShareWithOrganisation, Self::ContactNetwork];
    pub fn key(self) -> &'static str {
        match self {
            Self::RecordOnDevice => "recordOnDevice",
            Self::ShareWithOrganisation => "shareWithOrganisation",
            Self::ContactNetwork => "contactNetwork",
        }
    }
}

/// One consent decision and when it was made.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Consent {
    pub topic: ConsentTopic,
    pub given: bool,
    pub date: Date,
}

/// The whole case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Case {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub format: String,
    pub schema_version: u32,
    pub id: String,
    pub family_alias: String,
    pub created: Date,
    /// Milliseconds since 1970 of the last change; orders the case list.
    pub updated_ms: f64,
    pub way_of_working: WayOfWorking,
    pub purpose: Purpose,
    /// The language the family reads best, when it is not the interface's (a language code).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_language: Option<String>,
    #[serde(default)]
    pub children: Vec<Child>,
    #[serde(default)]
    pub participants: Vec<Participant>,
    #[serde(default)]
    pub visits: Vec<Visit>,
    #[serde(default)]
    pub consent: Vec<Consent>,
    #[serde(default)]
    pub assessments: Vec<crate::core::shared::Shared<Assessment>>,
    /// The matrix rows the family and professional agreed on.
    #[serde(default)]
    pub needs: Vec<Need>,
    /// Shared between copies of the case like the assessments: a change elsewhere (every answer)
    /// does not copy the plan's agreements or the circle's people.
    #[serde(default)]
    pub plan: crate::core::shared::Shared<Plan>,
    /// The family's network (the circle).
    #[serde(default)]
    pub network: crate::core::shared::Shared<Network>,
    /// Invitations to answer on one's own phone (new in version 6).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invitations: Vec<Invitation>,
    /// The circle as it was at each earlier visit; `network` is the latest visit's (new in
    /// version 7).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub circles: Vec<KeptCircle>,
    /// The professionals' meeting, for the multidisciplinary way of working (new in version 7).
    #[serde(default, skip_serializing_if = "Team::is_empty")]
    pub team: Team,
    /// The parents' own monthly money overview (new in version 8).
    #[serde(default, skip_serializing_if = "Money::is_empty")]
    pub money: Money,
}

impl Case {
    /// A new, empty case with a first visit today.
    pub fn new(id: String, family_alias: String, today: Date, now_ms: f64) -> Case {
        Case {
            schema: None,
            format: FORMAT.to_string(),
            schema_version: SCHEMA_VERSION,
            visits: vec![Visit { id: format!("{id}-v1"), date: today, purpose: Purpose::Assess }],
            id,
            family_alias,
            created: today,
            updated_ms: now_ms,
            way_of_working: WayOfWorking::default(),
            purpose: Purpose::default(),
            family_language: None,
            children: Vec::new(),
            participants: Vec::new(),
            consent: Vec::new(),
            assessments: Vec::new(),
            needs: Vec::new(),
            plan: Default::default(),
            network: Default::default(),
            invitations: Vec::new(),
            circles: Vec::new(),
            team: Team::default(),
            money: Money::default(),
        }
    }

    pub fn participant(&self, id: &str) -> Option<&Participant> {
        self.participants.iter().find(|p| p.id == id)
    }

    /// The participants who answer the assessment, in the order they were added.
    /// The case as every PDF and print shows it: answers marked "only for our conversation" left out,
    /// and no invitation keys.
    pub fn for_print(&self) -> Case {
        let mut c = self.clone();
        for a in &mut c.assessments {
            a.answers.retain(|x| !x.private);
        }
        c.invitations.clear();
        c
    }

    /// A young person's age in whole years on `day`, from the child they are.
    pub fn years_of(&self, participant_id: &str, day: Date) -> Option<u32> {
        let child_id = self.participant(participant_id)?.child_id.as_deref()?;
        match self.children.iter().find(|c| c.id == child_id)?.age_on(day) {
            ChildAge::Born(age) => Some(age.years),
            _ => None,
        }
    }

    pub fn respondents(&self) -> impl Iterator<Item = &Participant> {
        self.participants.iter().filter(|p| p.role.answers())
    }

    /// Visits by date, oldest first (the order of the timeline).
    pub fn visits_by_date(&self) -> Vec<&Visit> {
        let mut v: Vec<&Visit> = self.visits.iter().collect();
        v.sort_by_key(|v| v.date);
        v
    }

    /// The latest visit, which new answers belong to.
    pub fn current_visit(&self) -> Option<&Visit> {
        self.visits_by_date().last().copied()
    }

    pub fn consent_for(&self, topic: ConsentTopic) -> Option<&Consent> {
        self.consent.iter().find(|c| c.topic == topic)
    }

    /// Whether the family's latest decision on `topic` was yes. What it controls: sharing with
    /// the organisation (the JSON file, events to a host page) and contacting the network
    /// (inviting people to the circle meeting).
    pub fn consented(&self, topic: ConsentTopic) -> bool {
        self.consent_for(topic).is_some_and(|c| c.given)
    }

    /// The short line the case list shows.
    pub fn summary(&self) -> CaseSummary {
        CaseSummary {
            id: self.id.clone(),
            family_alias: self.family_alias.clone(),
            children: self.children.len(),
            participants: self.participants.len(),
            updated_ms: self.updated_ms,
            last_visit: self.current_visit().map(|v| v.date),
        }
    }
}

/// What the start screen lists per case.
#[derive(Debug, Clone, PartialEq)]
pub struct CaseSummary {
    pub id: String,
    pub family_alias: String,
    pub children: usize,
    pub participants: usize,
    pub updated_ms: f64,
    pub last_visit: Option<Date>,
}
