//! Actions on the family: its name and way of working, children, participants, visits, consent.

use super::check::{child_dates, clean_name, known_child, remove, room};
use super::{CaseAction, CaseError};
use crate::core::case::{Case, Child, Consent, ConsentTopic, Participant, Visit};
use crate::core::limits::List;

/// Applies an action on the family (the caller, [`super::apply`], sends only these).
pub(super) fn apply(case: &mut Case, action: CaseAction) -> Result<(), CaseError> {
    use CaseAction::*;
    match action {
        SetFamilyAlias(alias) => case.family_alias = clean_name(alias)?,
        SetWayOfWorking(w) => case.way_of_working = w,
        SetPurpose(p) => case.purpose = p,
        SetFamilyLanguage(code) => {
            if code
                .as_deref()
                .is_some_and(|c| !(2..=3).contains(&c.len()) || !c.bytes().all(|b| b.is_ascii_lowercase()))
            {
                return Err(CaseError::NotFound("language"));
            }
            case.family_language = code;
        }
        AddChild { id, alias, birth_date, due_date, today } => {
            child_dates(birth_date, due_date, today)?;
            room(case.children.len(), List::Children)?;
            if case.children.iter().any(|c| c.id == id) {
                return Err(CaseError::DuplicateId(id));
            }
            case.children.push(Child { id, alias: clean_name(alias)?, birth_date, due_date });
        }
        UpdateChild { id, alias, birth_date, due_date, today } => {
            child_dates(birth_date, due_date, today)?;
            let alias = clean_name(alias)?;
            let c = case.children.iter_mut().find(|c| c.id == id).ok_or(CaseError::NotFound("child"))?;
            *c = Child { id, alias, birth_date, due_date };
        }
        RemoveChild { id } => {
            remove(&mut case.children, &id, |c| &c.id, "child")?;
            for p in &mut case.participants {
                if p.child_id.as_deref() == Some(id.as_str()) {
                    p.child_id = None;
                }
            }
        }
        AddParticipant { id, name, role, child_id } => {
            known_child(case, &child_id)?;
            room(case.participants.len(), List::Participants)?;
            if case.participants.iter().any(|p| p.id == id) {
                return Err(CaseError::DuplicateId(id));
            }
            case.participants.push(Participant { id, name: clean_name(name)?, role, child_id });
        }
        UpdateParticipant { id, name, role, child_id } => {
            known_child(case, &child_id)?;
            // Someone who answered cannot quietly become a network member: their answers would be orphaned.
            if !role.answers() && case.assessments.iter().any(|a| a.answers.iter().any(|x| x.participant_id == id)) {
                return Err(CaseError::InUse);
            }
            let name = clean_name(name)?;
            let p = case.participants.iter_mut().find(|p| p.id == id).ok_or(CaseError::NotFound("participant"))?;
            *p = Participant { id, name, role, child_id };
        }
        RemoveParticipant { id } => {
            if case.plan.agreements.iter().any(|a| a.who == id) {
                let name = case.participants.iter().find(|p| p.id == id).map(|p| p.name.clone()).unwrap_or_default();
                return Err(CaseError::CarriesAgreements { name });
            }
            remove(&mut case.participants, &id, |p| &p.id, "participant")?;
            for a in &mut case.assessments {
                a.answers.retain(|x| x.participant_id != id);
            }
            case.plan.confirmations.retain(|c| c.participant_id != id);
        }
        AddVisit { id, date, purpose } => {
            room(case.visits.len(), List::Visits)?;
            if case.visits.iter().any(|v| v.id == id) {
                return Err(CaseError::DuplicateId(id));
            }
            // The circle stays as it was at the visit that ends here.
            crate::core::ecomap::keep_circle(case, date);
            case.visits.push(Visit { id, date, purpose });
        }
        SetVisitDate { id, date } => {
            case.visits.iter_mut().find(|v| v.id == id).ok_or(CaseError::NotFound("visit"))?.date = date;
        }
        SetConsent { topic, given, date } => {
            case.consent.retain(|c| c.topic != topic);
            case.consent.push(Consent { topic, given, date });
            case.consent.sort_by_key(|c| ConsentTopic::ALL.iter().position(|t| *t == c.topic));
        }
        _ => unreachable!("apply sends only actions on the family here"),
    }
    Ok(())
}
