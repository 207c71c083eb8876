//! Every change to the network goes through `apply_network`, which refuses what would break the
//! circle's rules and leaves the network unchanged when it does.

use super::{
    ChildrenJoin, Flow, Level, MeetingRole, Network, Offer, Person, Ring, Scale, Sector, TextField, Tie, TieKind,
};
use super::{MAX_PEOPLE, MAX_TIES};
use crate::core::date::Date;
use crate::core::limits::{MAX_NAME, MAX_NOTE};

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
