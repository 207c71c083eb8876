//! Actions on the answers: assessments, answers and notes, needs, and answering apart.

use super::check::{answer_slot, answering_mut, assessment_mut, check_note, fits, remove, room};
use super::{CaseAction, CaseError};
use crate::core::assessment::Assessment;
use crate::core::case::Case;
use crate::core::cofill::merge_answers;
use crate::core::instrument::NoteKind;
use crate::core::limits::List;
use crate::core::matrix::Need;

/// Applies an action on the answers (the caller, [`super::apply`], sends only these).
pub(super) fn apply(case: &mut Case, action: CaseAction) -> Result<(), CaseError> {
    use CaseAction::*;
    match action {
        StartAssessment { id, visit_id, instrument_id, instrument_version } => {
            if !case.visits.iter().any(|v| v.id == visit_id) {
                return Err(CaseError::NotFound("visit"));
            }
            if case.assessments.iter().any(|a| a.id == id) {
                return Err(CaseError::DuplicateId(id));
            }
            // One assessment per instrument per visit: a visit's conversation is never ambiguous.
            if case.assessments.iter().any(|a| a.visit_id == visit_id && a.instrument_id == instrument_id) {
                return Err(CaseError::DuplicateId(format!("{visit_id}/{instrument_id}")));
            }
            room(case.assessments.len(), List::Assessments)?;
            case.assessments
                .push(Assessment { id, visit_id, instrument_id, instrument_version, answers: Vec::new() }.into());
        }
        RateTheme { assessment_id, participant_id, theme_id, level } => {
            let a = answering_mut(case, &assessment_id, &participant_id)?;
            let ans = answer_slot(a, &participant_id, &theme_id)?;
            ans.level = Some(level);
            ans.skip = None;
        }
        SkipTheme { assessment_id, participant_id, theme_id, skip } => {
            let a = answering_mut(case, &assessment_id, &participant_id)?;
            let ans = answer_slot(a, &participant_id, &theme_id)?;
            ans.level = None;
            ans.skip = Some(skip);
        }
        SkipThemeForAll { assessment_id, theme_id, skip, participant_ids } => {
            if participant_ids.iter().any(|id| !case.participant(id).is_some_and(|p| p.role.answers())) {
                return Err(CaseError::NotFound("participant"));
            }
            let a = assessment_mut(case, &assessment_id)?;
            let new = participant_ids.iter().filter(|pid| a.answer(pid, &theme_id).is_none()).count();
            fits(a.answers.len() + new, List::Answers)?;
            for pid in participant_ids {
                let ans = a.answer_mut(&pid, &theme_id);
                ans.level = None;
                ans.skip = Some(skip);
            }
        }
        ClearAnswer { assessment_id, participant_id, theme_id } => {
            let a = answering_mut(case, &assessment_id, &participant_id)?;
            let ans = a.answer_mut(&participant_id, &theme_id);
            ans.level = None;
            ans.skip = None;
            a.prune();
        }
        SetNote { assessment_id, participant_id, theme_id, note, text } => {
            check_note(&text)?;
            if !matches!(note, NoteKind::GoingWell | NoteKind::Worries) {
                return Err(CaseError::WrongNoteKind("a flag"));
            }
            change_answer(case, &assessment_id, &participant_id, &theme_id, |ans| match note {
                NoteKind::GoingWell => ans.going_well = text,
                _ => ans.worries = text,
            })?;
        }
        SetFlag { assessment_id, participant_id, theme_id, note, on } => {
            if !matches!(note, NoteKind::FitsAge | NoteKind::OutsideControl) {
                return Err(CaseError::WrongNoteKind("a text"));
            }
            change_answer(case, &assessment_id, &participant_id, &theme_id, |ans| match note {
                NoteKind::FitsAge => ans.fits_age = on,
                _ => ans.outside_control = on,
            })?;
        }
        SetNeed { id, assessment_id, theme_ids, severity, urgency, support } => {
            if !case.assessments.iter().any(|a| a.id == assessment_id) {
                return Err(CaseError::NotFound("assessment"));
            }
            if theme_ids.is_empty() {
                return Err(CaseError::NotFound("theme"));
            }
            fits(theme_ids.len(), List::NeedThemes)?;
            if !case.needs.iter().any(|n| n.id == id) {
                room(case.needs.len(), List::Needs)?;
            }
            let need = Need { id: id.clone(), assessment_id, theme_ids, severity, urgency, support };
            match case.needs.iter_mut().find(|n| n.id == id) {
                Some(n) => *n = need,
                None => case.needs.push(need),
            }
        }
        RemoveNeed { id } => {
            remove(&mut case.needs, &id, |n| &n.id, "need")?;
            for g in &mut case.plan.goals {
                g.need_ids.retain(|n| *n != id);
            }
        }
        SetPrivate { assessment_id, participant_id, theme_id, on } => {
            let a = answering_mut(case, &assessment_id, &participant_id)?;
            answer_slot(a, &participant_id, &theme_id)?.private = on;
            a.prune();
        }
        Invite(inv) => {
            if !case.participant(&inv.participant_id).is_some_and(|p| p.role.answers()) {
                return Err(CaseError::NotFound("participant"));
            }
            if !case.visits.iter().any(|v| v.id == inv.visit_id) {
                return Err(CaseError::NotFound("visit"));
            }
            if inv.theme_ids.is_empty() {
                return Err(CaseError::NotFound("theme"));
            }
            if case.invitations.iter().any(|i| i.id == inv.id) {
                return Err(CaseError::DuplicateId(inv.id));
            }
            fits(inv.theme_ids.len(), List::InvitationThemes)?;
            room(case.invitations.len(), List::Invitations)?;
            case.invitations.push(inv);
        }
        RemoveInvitation { id } => {
            remove(&mut case.invitations, &id, |i| &i.id, "invitation")?;
        }
        ImportAnswers { payload, now_ms } => {
            merge_answers(case, &payload, now_ms)?;
        }
        _ => unreachable!("apply sends only actions on the answers here"),
    }
    Ok(())
}

/// Changes one participant's answer on a theme (made when missing, within the limit), then drops
/// answers that no longer say anything.
fn change_answer(
    case: &mut Case,
    assessment_id: &str,
    participant_id: &str,
    theme_id: &str,
    change: impl FnOnce(&mut crate::core::assessment::Answer),
) -> Result<(), CaseError> {
    let a = answering_mut(case, assessment_id, participant_id)?;
    change(answer_slot(a, participant_id, theme_id)?);
    a.prune();
    Ok(())
}
