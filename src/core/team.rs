//! The multidisciplinary way of working: several professionals and the family structure one
//! meeting. Each professional's view is kept as their own perspective (beside their answers in
//! the triangle), each need says who is already involved, and one coordinator is named in the
//! plan. The circle already draws the formal network apart.
//!
//! Rules kept here (tested natively in `tests/over_time_rules.rs`):
//! - only professionals take part here: participants in the professional role, and people in
//!   the circle's professionals sector;
//! - at most one coordinator; a view and a need's list name each professional once;
//! - when someone stops being a professional (removed, another role, another sector) or a need
//!   is removed, what named them goes too ([`tidy`]).

use super::case::{Case, Role};
use super::limits::MAX_NOTE;
use serde::{Deserialize, Serialize};

/// One professional's own view, in their words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct View {
    pub who: String,
    pub text: String,
}

/// Who is already involved with one of the matrix's needs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Involved {
    pub need_id: String,
    pub who: Vec<String>,
}

/// The professionals' meeting with the family (new in case version 7).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Team {
    /// The one professional who keeps the overview and is the family's first contact.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinator: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub views: Vec<View>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub involved: Vec<Involved>,
}

impl Team {
    pub fn is_empty(&self) -> bool {
        *self == Team::default()
    }
    pub fn view_of(&self, who: &str) -> Option<&str> {
        self.views.iter().find(|v| v.who == who).map(|v| v.text.as_str())
    }
    /// The professionals already involved with a need, in the order they were named.
    pub fn involved_in(&self, need_id: &str) -> &[String] {
        self.involved.iter().find(|i| i.need_id == need_id).map_or(&[], |i| i.who.as_slice())
    }
}

/// Everyone who takes part as a professional: the participants in that role, then the circle's
/// professionals, as (id, name).
pub fn professionals(case: &Case) -> Vec<(String, String)> {
    let participants =
        case.participants.iter().filter(|p| p.role == Role::Professional).map(|p| (p.id.clone(), p.name.clone()));
    let circle = case.network.people.iter().filter(|p| p.sector.is_formal()).map(|p| {
        let label = if p.relation.is_empty() { p.name.clone() } else { format!("{} ({})", p.name, p.relation) };
        (p.id.clone(), label)
    });
    participants.chain(circle).collect()
}

pub fn is_professional(case: &Case, id: &str) -> bool {
    case.participant(id).is_some_and(|p| p.role == Role::Professional)
        || case.network.person(id).is_some_and(|p| p.sector.is_formal())
}

/// Why a change to the team was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TeamError {
    #[error("only professionals take part in the professionals' meeting")]
    NotAProfessional,
    #[error("no need with that id")]
    NoNeed,
    #[error("text is too long (at most {MAX_NOTE} characters)")]
    TooLong,
}

/// A change to the professionals' meeting.
#[derive(Debug, Clone, PartialEq)]
pub enum TeamAction {
    SetCoordinator(Option<String>),
    /// An empty text removes the view.
    SetView {
        who: String,
        text: String,
    },
    SetInvolved {
        need_id: String,
        who: String,
        on: bool,
    },
}

/// Applies one change; on error the case is unchanged.
pub fn apply_team(case: &mut Case, action: TeamAction) -> Result<(), TeamError> {
    match action {
        TeamAction::SetCoordinator(who) => {
            if who.as_deref().is_some_and(|w| !is_professional(case, w)) {
                return Err(TeamError::NotAProfessional);
            }
            case.team.coordinator = who;
        }
        TeamAction::SetView { who, text } => {
            if !is_professional(case, &who) {
                return Err(TeamError::NotAProfessional);
            }
            if text.chars().count() > MAX_NOTE {
                return Err(TeamError::TooLong);
            }
            let views = &mut case.team.views;
            match views.iter_mut().find(|v| v.who == who) {
                _ if text.trim().is_empty() => views.retain(|v| v.who != who),
                Some(v) => v.text = text,
                None => views.push(View { who, text }),
            }
        }
        TeamAction::SetInvolved { need_id, who, on } => {
            if !is_professional(case, &who) {
                return Err(TeamError::NotAProfessional);
            }
            if !case.needs.iter().any(|n| n.id == need_id) {
                return Err(TeamError::NoNeed);
            }
            let list = &mut case.team.involved;
            let at = list.iter().position(|i| i.need_id == need_id).unwrap_or_else(|| {
                list.push(Involved { need_id: need_id.clone(), who: Vec::new() });
                list.len() - 1
            });
            list[at].who.retain(|w| *w != who);
            if on {
                list[at].who.push(who);
            }
            list.retain(|i| !i.who.is_empty());
        }
    }
    Ok(())
}

/// Drops what names someone who is no longer a professional, or a need that is gone.
pub fn tidy(case: &mut Case) {
    let mut team = std::mem::take(&mut case.team);
    if team.coordinator.as_deref().is_some_and(|c| !is_professional(case, c)) {
        team.coordinator = None;
    }
    team.views.retain(|v| is_professional(case, &v.who));
    for i in &mut team.involved {
        i.who.retain(|w| is_professional(case, w));
    }
    team.involved.retain(|i| !i.who.is_empty() && case.needs.iter().any(|n| n.id == i.need_id));
    case.team = team;
}

/// The team's references, as a file is read.
pub fn check(case: &Case) -> Result<(), String> {
    let t = &case.team;
    if let Some(c) = t.coordinator.as_deref().filter(|c| !is_professional(case, c)) {
        return Err(format!("team coordinator {c:?} is not a professional of the case"));
    }
    for (i, v) in t.views.iter().enumerate() {
        if !is_professional(case, &v.who) || t.views[..i].iter().any(|w| w.who == v.who) {
            return Err(format!("team view of {:?} names no professional, or is given twice", v.who));
        }
        if v.text.chars().count() > MAX_NOTE {
            return Err(format!("team view of {:?} is longer than {MAX_NOTE} characters", v.who));
        }
    }
    for (i, inv) in t.involved.iter().enumerate() {
        if !case.needs.iter().any(|n| n.id == inv.need_id) || t.involved[..i].iter().any(|x| x.need_id == inv.need_id) {
            return Err(format!("team involvement names unknown need {:?}, or twice", inv.need_id));
        }
        for (k, w) in inv.who.iter().enumerate() {
            if !is_professional(case, w) || inv.who[..k].contains(w) {
                return Err(format!("need {:?}: {w:?} is no professional of the case, or named twice", inv.need_id));
            }
        }
    }
    Ok(())
}
