//! Every change to a case is a [`CaseAction`] applied by [`apply`]: the one place that edits a case.

use super::assessment::{Answer, Assessment, Skip};
use super::case::{Case, Child, Consent, ConsentTopic, Participant, Purpose, Role, Visit, WayOfWorking};
use super::cofill::{merge_answers, AnswersPayload, CoFillError, Invitation};
use super::date::Date;
use super::instrument::NoteKind;
use super::matrix::{Need, Severity, SupportKind, Urgency};
use super::network::{apply_network, NetworkAction, NetworkError};
use super::plan::{Agreement, Confirmation, Goal, Outcome, Review};
use super::team::{apply_team, tidy, TeamAction, TeamError};

use super::limits::List;
pub use super::limits::{MAX_CHILDREN, MAX_NAME, MAX_NOTE, MAX_PARTICIPANTS};

/// A change to the case, as the screens ask for it. Ids of new items come from the caller.
#[derive(Debug, Clone, PartialEq)]
pub enum CaseAction {
    SetFamilyAlias(String),
    SetWayOfWorking(WayOfWorking),
    SetPurpose(Purpose),
    /// The family's own language (`None`: the interface's), e.g. `"ar"`.
    SetFamilyLanguage(Option<String>),
    /// `today` bounds the birth date: a child not born yet has a due date instead.
    AddChild {
        id: String,
        alias: String,
        birth_date: Option<Date>,
        due_date: Option<Date>,
        today: Date,
    },
    UpdateChild {
        id: String,
        alias: String,
        birth_date: Option<Date>,
        due_date: Option<Date>,
        today: Date,
    },
    RemoveChild {
        id: String,
    },
    AddParticipant {
        id: String,
        name: String,
        role: Role,
        child_id: Option<String>,
    },
    UpdateParticipant {
        id: String,
        name: String,
        role: Role,
        child_id: Option<String>,
    },
    RemoveParticipant {
        id: String,
    },
    AddVisit {
        id: String,
        date: Date,
        purpose: Purpose,
    },
    SetVisitDate {
        id: String,
        date: Date,
    },
    SetConsent {
        topic: ConsentTopic,
        given: bool,
        date: Date,
    },
    StartAssessment {
        id: String,
        visit_id: String,
        instrument_id: String,
        instrument_version: u32,
    },
    RateTheme {
        assessment_id: String,
        participant_id: String,
        theme_id: String,
        level: String,
    },
    SkipTheme {
        assessment_id: String,
        participant_id: String,
        theme_id: String,
        skip: Skip,
    },
    /// The family sets a theme aside at once for everyone answering this triangle (the people
    /// on screen: a young person with a triangle of their own is not asked in the family's).
    SkipThemeForAll {
        assessment_id: String,
        theme_id: String,
        skip: Skip,
        participant_ids: Vec<String>,
    },
    ClearAnswer {
        assessment_id: String,
        participant_id: String,
        theme_id: String,
    },
    SetNote {
        assessment_id: String,
        participant_id: String,
        theme_id: String,
        note: NoteKind,
        text: String,
    },
    SetFlag {
        assessment_id: String,
        participant_id: String,
        theme_id: String,
        note: NoteKind,
        on: bool,
    },
    /// Adds or replaces a matrix row.
    SetNeed {
        id: String,
        assessment_id: String,
        theme_ids: Vec<String>,
        severity: Severity,
        urgency: Urgency,
        support: Option<SupportKind>,
    },
    RemoveNeed {
        id: String,
    },
    SetPlanStrengths(String),
    AddGoal {
        id: String,
        text: String,
        need_ids: Vec<String>,
    },
    RemoveGoal {
        id: String,
    },
    SetGoalReached {
        id: String,
        reached: Option<Date>,
    },
    AddAgreement {
        id: String,
        who: String,
        what: String,
        when: String,
        goal_id: Option<String>,
    },
    RemoveAgreement {
        id: String,
    },
    /// Ends (or resumes) an agreement, for example when support is scaled down.
    SetAgreementEnded {
        id: String,
        ended: bool,
    },
    SetBackup(String),
    SetReviewDate(Option<Date>),
    Confirm {
        participant_id: String,
        date: Date,
    },
    Unconfirm {
        participant_id: String,
    },
    /// A review at a visit (the visit is added first).
    StartReview {
        id: String,
        visit_id: String,
    },
    SetReviewOutcome {
        review_id: String,
        agreement_id: String,
        outcome: Outcome,
    },
    SetReviewText {
        review_id: String,
        agreement_id: String,
        field: ReviewField,
        text: String,
    },
    SetReviewNote {
        review_id: String,
        text: String,
    },
    /// A change to the family's network (the circle).
    Network(NetworkAction),
    /// A change to the professionals' meeting (multidisciplinary).
    Team(TeamAction),
    /// Marks an answer as only for the conversation (left out of the PDF), or not.
    SetPrivate {
        assessment_id: String,
        participant_id: String,
        theme_id: String,
        on: bool,
    },
    /// Keeps an invitation to answer on one's own phone.
    Invite(Invitation),
    RemoveInvitation {
        id: String,
    },
    /// Brings in a phone's opened answers ([`merge_answers`]).
    ImportAnswers {
        payload: AnswersPayload,
        now_ms: f64,
    },
}

/// The free-text parts of a review item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewField {
    /// Why it went as it went.
    Why,
    /// What changes now.
    Next,
}

/// Why an action was refused; the UI says each kind in plain words (`web::widgets::error_text`).
/// More kinds may come with new actions.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CaseError {
    /// A name (of a family, child, participant or goal) was empty after trimming.
    #[error("a name is required")]
    EmptyName,
    /// A text is longer than its limit.
    #[error("text is too long (at most {max} characters)")]
    TooLong { max: usize },
    /// The action names something the case does not have: the screen was out of date.
    #[error("no {0} with that id")]
    NotFound(&'static str),
    /// A new item got an id the case already uses: the screen made it twice.
    #[error("id {0:?} is already used")]
    DuplicateId(String),
    /// A list of the case is full (`core::limits`).
    #[error("too many {} (at most {})", .0.field(), .0.max())]
    TooMany(List),
    #[error("a child has a birth date or a due date, not both")]
    BirthAndDue,
    #[error("a birth date cannot be in the future (a child not born yet has a due date)")]
    BornInFuture,
    /// A note was written to a kind its theme does not ask for.
    #[error("{0} is not a note of that kind")]
    WrongNoteKind(&'static str),
    /// The circle refused (`core::network`).
    #[error(transparent)]
    Network(#[from] NetworkError),
    /// Answering apart refused (`core::cofill`).
    #[error(transparent)]
    CoFill(#[from] CoFillError),
    /// The professionals' meeting refused (`core::team`).
    #[error(transparent)]
    Team(#[from] TeamError),
    /// The person (named as the case knows them) still carries agreements of the plan: those
    /// change first, so nobody leaves with a promise nobody keeps.
    #[error("{name} still carries agreements of the plan")]
    CarriesAgreements { name: String },
    /// Someone who answered cannot become a role that does not answer: the answers would be orphaned.
    #[error("still in use by the answers")]
    InUse,
    /// The family has not given the consent this needs (for example contacting their network).
    #[error("the family has not consented to {0:?}")]
    NoConsent(ConsentTopic),
}

fn clean_name(s: String) -> Result<String, CaseError> {
    let s = s.trim().to_string();
    if s.is_empty() {
        return Err(CaseError::EmptyName);
    }
    if s.chars().count() > MAX_NAME {
        return Err(CaseError::TooLong { max: MAX_NAME });
    }
    Ok(s)
}

fn check_note(s: &str) -> Result<(), CaseError> {
    if s.chars().count() > MAX_NOTE {
        return Err(CaseError::TooLong { max: MAX_NOTE });
    }
    Ok(())
}

fn known_child(case: &Case, child_id: &Option<String>) -> Result<(), CaseError> {
    match child_id {
        Some(id) if !case.children.iter().any(|c| &c.id == id) => Err(CaseError::NotFound("child")),
        _ => Ok(()),
    }
}

fn review_mut<'a>(case: &'a mut Case, id: &str) -> Result<&'a mut Review, CaseError> {
    case.plan.reviews.iter_mut().find(|r| r.id == id).ok_or(CaseError::NotFound("review"))
}

fn plan_text(s: String) -> Result<String, CaseError> {
    check_note(&s)?;
    Ok(s)
}

fn assessment_mut<'a>(case: &'a mut Case, id: &str) -> Result<&'a mut Assessment, CaseError> {
    case.assessments.iter_mut().find(|a| a.id == id).ok_or(CaseError::NotFound("assessment"))
}

fn answering_mut<'a>(
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

fn child_dates(birth: Option<Date>, due: Option<Date>, today: Date) -> Result<(), CaseError> {
    if birth.is_some() && due.is_some() {
        return Err(CaseError::BirthAndDue);
    }
    if birth.is_some_and(|b| b > today) {
        return Err(CaseError::BornInFuture);
    }
    Ok(())
}

/// Refuses a list of `len` items where at most `list.max()` fit.
fn fits(len: usize, list: List) -> Result<(), CaseError> {
    if len > list.max() {
        return Err(CaseError::TooMany(list));
    }
    Ok(())
}

/// Refuses one more item in a list of `len` that is full.
fn room(len: usize, list: List) -> Result<(), CaseError> {
    fits(len + 1, list)
}

/// The answer of a participant on a theme, made when there is none yet and the assessment has room.
fn answer_slot<'a>(a: &'a mut Assessment, participant_id: &str, theme_id: &str) -> Result<&'a mut Answer, CaseError> {
    if a.answer(participant_id, theme_id).is_none() {
        room(a.answers.len(), List::Answers)?;
    }
    Ok(a.answer_mut(participant_id, theme_id))
}

/// Applies one action. On error the case is unchanged.
pub fn apply(case: &mut Case, action: CaseAction) -> Result<(), CaseError> {
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
            let before = case.children.len();
            case.children.retain(|c| c.id != id);
            if case.children.len() == before {
                return Err(CaseError::NotFound("child"));
            }
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
            let before = case.participants.len();
            case.participants.retain(|p| p.id != id);
            if case.participants.len() == before {
                return Err(CaseError::NotFound("participant"));
            }
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
            super::ecomap::keep_circle(case, date);
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
            case.assessments.push(Assessment { id, visit_id, instrument_id, instrument_version, answers: Vec::new() });
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
            let a = answering_mut(case, &assessment_id, &participant_id)?;
            let ans = answer_slot(a, &participant_id, &theme_id)?;
            match note {
                NoteKind::GoingWell => ans.going_well = text,
                _ => ans.worries = text,
            }
            a.prune();
        }
        SetFlag { assessment_id, participant_id, theme_id, note, on } => {
            if !matches!(note, NoteKind::FitsAge | NoteKind::OutsideControl) {
                return Err(CaseError::WrongNoteKind("a text"));
            }
            let a = answering_mut(case, &assessment_id, &participant_id)?;
            let ans = answer_slot(a, &participant_id, &theme_id)?;
            match note {
                NoteKind::FitsAge => ans.fits_age = on,
                _ => ans.outside_control = on,
            }
            a.prune();
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
            let before = case.needs.len();
            case.needs.retain(|n| n.id != id);
            if case.needs.len() == before {
                return Err(CaseError::NotFound("need"));
            }
            for g in &mut case.plan.goals {
                g.need_ids.retain(|n| *n != id);
            }
        }
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
            let before = case.plan.goals.len();
            case.plan.goals.retain(|g| g.id != id);
            if case.plan.goals.len() == before {
                return Err(CaseError::NotFound("goal"));
            }
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
            let before = case.plan.agreements.len();
            case.plan.agreements.retain(|a| a.id != id);
            if case.plan.agreements.len() == before {
                return Err(CaseError::NotFound("agreement"));
            }
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
            case.plan.reviews.push(Review { id, visit_id, items: Vec::new(), note: String::new() });
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
        Network(action) => {
            // Inviting someone from the family's network needs the family's consent to contact them.
            let invites = matches!(
                action,
                NetworkAction::SetInvited { invited: true, .. } | NetworkAction::SetCame { came: true, .. }
            );
            if invites && !case.consented(ConsentTopic::ContactNetwork) {
                return Err(CaseError::NoConsent(ConsentTopic::ContactNetwork));
            }
            // Someone who carries agreements cannot leave the circle unnoticed.
            if let NetworkAction::Remove { id } = &action {
                if case.plan.agreements.iter().any(|a| &a.who == id) {
                    let name = case.network.person(id).map(|p| p.name.clone()).unwrap_or_default();
                    return Err(CaseError::CarriesAgreements { name });
                }
            }
            apply_network(&mut case.network, action)?
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
            let before = case.invitations.len();
            case.invitations.retain(|i| i.id != id);
            if case.invitations.len() == before {
                return Err(CaseError::NotFound("invitation"));
            }
        }
        ImportAnswers { payload, now_ms } => {
            merge_answers(case, &payload, now_ms)?;
        }
        Team(action) => apply_team(case, action)?,
    }
    // Someone who is no longer a professional, or a need that is gone, leaves the team's notes.
    if !case.team.is_empty() {
        tidy(case);
    }
    Ok(())
}
