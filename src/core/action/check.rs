//! The checks actions share: names and texts within their limits, lists with room, things that exist.

use super::{CaseError, MAX_NAME, MAX_NOTE};
use crate::core::assessment::{Answer, Assessment};
use crate::core::case::Case;
use crate::core::date::Date;
use crate::core::limits::List;
use crate::core::plan::Review;

pub(super) fn clean_name(s: String) -> Result<String, CaseError> {
    let s = s.trim().to_string();
    if s.is_empty() {
        return Err(CaseError::EmptyName);
    }
    if s.chars().count() > MAX_NAME {
        return Err(CaseError::TooLong { max: MAX_NAME });
    }
    Ok(s)
}

pub(super) fn check_note(s: &str) -> Result<(), CaseError> {
    if s.chars().count() > MAX_NOTE {
        return Err(CaseError::TooLong { max: MAX_NOTE });
    }
    Ok(())
}

pub(super) fn known_child(case: &Case, child_id: &Option<String>) -> Result<(), CaseError> {
    match child_id {
        Some(id) if !case.children.iter().any(|c| &c.id == id) => Err(CaseError::NotFound("child")),
        _ => Ok(()),
    }
}

pub(super) fn review_mut<'a>(case: &'a mut Case, id: &str) -> Result<&'a mut Review, CaseError> {
    case.plan.reviews.iter_mut().find(|r| r.id == id).ok_or(CaseError::NotFound("review"))
}

pub(super) fn plan_text(s: String) -> Result<String, CaseError> {
    check_note(&s)?;
    Ok(s)
}

pub(super) fn assessment_mut<'a>(case: &'a mut Case, id: &str) -> Result<&'a mut Assessment, CaseError> {
    case.assessments.iter_mut().find(|a| a.id == id).map(|a| &mut **a).ok_or(CaseError::NotFound("assessment"))
}

pub(super) fn answering_mut<'a>(
    case: &'a mut Case,
    assessment_id: &str,
    participant_id: &str,
) -> Result<&'a mut Assessment, CaseError> {
    // Network members take part in the plan, not in the assessment.
    if !case.participant(participant_id).is_some_and(|p| p.role.answers()) {
        return Err(CaseError::NotFound("participant"));
    }
    assessment_mut(case, assessment_id)
}

pub(super) fn child_dates(birth: Option<Date>, due: Option<Date>, today: Date) -> Result<(), CaseError> {
    if birth.is_some() && due.is_some() {
        return Err(CaseError::BirthAndDue);
    }
    if birth.is_some_and(|b| b > today) {
        return Err(CaseError::BornInFuture);
    }
    Ok(())
}

/// Refuses a list of `len` items where at most `list.max()` fit.
pub(super) fn fits(len: usize, list: List) -> Result<(), CaseError> {
    if len > list.max() {
        return Err(CaseError::TooMany(list));
    }
    Ok(())
}

/// Refuses one more item in a list of `len` that is full.
pub(super) fn room(len: usize, list: List) -> Result<(), CaseError> {
    fits(len + 1, list)
}

/// The answer of a participant on a theme, made when there is none yet and the assessment has room.
pub(super) fn answer_slot<'a>(
    a: &'a mut Assessment,
    participant_id: &str,
    theme_id: &str,
) -> Result<&'a mut Answer, CaseError> {
    if a.answer(participant_id, theme_id).is_none() {
        room(a.answers.len(), List::Answers)?;
    }
    Ok(a.answer_mut(participant_id, theme_id))
}

/// Removes the item with `id`; refused when there is none.
pub(super) fn remove<T>(
    list: &mut Vec<T>,
    id: &str,
    id_of: impl Fn(&T) -> &String,
    what: &'static str,
) -> Result<(), CaseError> {
    let before = list.len();
    list.retain(|x| id_of(x) != id);
    if list.len() == before {
        return Err(CaseError::NotFound(what));
    }
    Ok(())
}
