//! Actions on the plan: strengths, goals, agreements, confirmations and reviews.

use super::check::{fits, plan_text, remove, review_mut, room};
use super::{CaseAction, CaseError, ReviewField};
use crate::core::case::Case;
use crate::core::limits::List;
use crate::core::plan::{after_check, Agreement, Confirmation, Goal, Review, RHYTHMS};

/// Applies an action on the plan (the caller, [`super::apply`], sends only these).
pub(super) fn apply(case: &mut Case, action: CaseAction) -> Result<(), CaseError> {
    use CaseAction::*;
    match action {
        SetPlanStrengths(text) => case.plan.strengths = plan_text(text)?,
        AddGoal { id, text, need_ids } => {
            let text = plan_text(text)?;
            if text.trim().is_empty() {
                return Err(CaseError::EmptyName);
            }
            if case.plan.goals.iter().any(|g| g.id == id) {
                return Err(CaseError::DuplicateId(id));
            }
            if need_ids.iter().any(|n| !case.needs.iter().any(|x| &x.id == n)) {
                return Err(CaseError::NotFound("need"));
            }
            room(case.plan.goals.len(), List::Goals)?;
            fits(need_ids.len(), List::GoalNeeds)?;
            case.plan.goals.push(Goal { id, text: text.trim().to_string(), need_ids, reached: None });
        }
        RemoveGoal { id } => {
            remove(&mut case.plan.goals, &id, |g| &g.id, "goal")?;
            for a in &mut case.plan.agreements {
                if a.goal_id.as_deref() == Some(id.as_str()) {
                    a.goal_id = None;
                }
            }
        }
        SetGoalReached { id, reached } => {
            case.plan.goals.iter_mut().find(|g| g.id == id).ok_or(CaseError::NotFound("goal"))?.reached = reached;
        }
        AddAgreement { id, who, what, when, goal_id } => {
            let (what, when) = (plan_text(what)?, plan_text(when)?);
            if what.trim().is_empty() {
                return Err(CaseError::EmptyName);
            }
            if case.participant(&who).is_none() && case.network.person(&who).is_none() {
                return Err(CaseError::NotFound("participant"));
            }
            if goal_id.as_ref().is_some_and(|g| !case.plan.goals.iter().any(|x| &x.id == g)) {
                return Err(CaseError::NotFound("goal"));
            }
            if case.plan.agreements.iter().any(|a| a.id == id) {
                return Err(CaseError::DuplicateId(id));
            }
            room(case.plan.agreements.len(), List::Agreements)?;
            let (what, when) = (what.trim().to_string(), when.trim().to_string());
            case.plan.agreements.push(Agreement { id, who, what, when, goal_id, ended: false });
        }
        RemoveAgreement { id } => {
            remove(&mut case.plan.agreements, &id, |a| &a.id, "agreement")?;
            for r in &mut case.plan.reviews {
                r.items.retain(|i| i.agreement_id != id);
            }
        }
        SetAgreementEnded { id, ended } => {
            case.plan.agreements.iter_mut().find(|a| a.id == id).ok_or(CaseError::NotFound("agreement"))?.ended = ended;
        }
        SetBackup(text) => case.plan.backup = plan_text(text)?,
        SetReviewDate(date) => case.plan.review_date = date,
        Confirm { participant_id, date } => {
            if case.participant(&participant_id).is_none() {
                return Err(CaseError::NotFound("participant"));
            }
            case.plan.confirmations.retain(|c| c.participant_id != participant_id);
            case.plan.confirmations.push(Confirmation { participant_id, date });
        }
        Unconfirm { participant_id } => case.plan.confirmations.retain(|c| c.participant_id != participant_id),
        StartReview { id, visit_id } => {
            if !case.visits.iter().any(|v| v.id == visit_id) {
                return Err(CaseError::NotFound("visit"));
            }
            if case.plan.reviews.iter().any(|r| r.id == id) {
                return Err(CaseError::DuplicateId(id));
            }
            room(case.plan.reviews.len(), List::Reviews)?;
            let held = case.visits.iter().find(|v| v.id == visit_id).map(|v| v.date);
            case.plan.reviews.push(Review { id, visit_id, items: Vec::new(), note: String::new(), support: None });
            if let Some(held) = held {
                after_check(&mut case.plan, held);
            }
        }
        SetReviewOutcome { review_id, agreement_id, outcome } => {
            if !case.plan.agreements.iter().any(|a| a.id == agreement_id) {
                return Err(CaseError::NotFound("agreement"));
            }
            review_mut(case, &review_id)?.item_mut(&agreement_id).outcome = Some(outcome);
        }
        SetReviewText { review_id, agreement_id, field, text } => {
            let text = plan_text(text)?;
            if !case.plan.agreements.iter().any(|a| a.id == agreement_id) {
                return Err(CaseError::NotFound("agreement"));
            }
            let item = review_mut(case, &review_id)?.item_mut(&agreement_id);
            match field {
                ReviewField::Why => item.why = text,
                ReviewField::Next => item.next = text,
            }
        }
        SetReviewNote { review_id, text } => {
            let text = plan_text(text)?;
            review_mut(case, &review_id)?.note = text;
        }
        SetReviewSupport { review_id, support } => review_mut(case, &review_id)?.support = support,
        SetRhythm(months) => {
            if months.is_some_and(|m| !RHYTHMS.contains(&m)) {
                return Err(CaseError::NotFound("rhythm"));
            }
            case.plan.rhythm_months = months;
        }
        _ => unreachable!("apply sends only actions on the plan here"),
    }
    Ok(())
}
