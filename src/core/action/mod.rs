//! Every change to a case is a [`CaseAction`] applied by [`apply`]: the one place that edits a case.

mod answers;
mod check;
mod error;
mod family;
mod plan;

use super::assessment::Skip;
use super::case::{Case, ConsentTopic, Purpose, Role, WayOfWorking};
use super::cofill::{AnswersPayload, Invitation};
use super::date::Date;
use super::instrument::NoteKind;
use super::matrix::{Severity, SupportKind, Urgency};
use super::money::{Item as MoneyItem, MoneyError, MAX_AMOUNT};
use super::network::{apply_network, NetworkAction};
use super::plan::{Outcome, SupportStep};
use super::team::{apply_team, tidy, TeamAction};

pub use super::limits::{MAX_CHILDREN, MAX_NAME, MAX_NOTE, MAX_PARTICIPANTS};
pub use error::CaseError;

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
    /// What a check concludes about the support (`None`: not said).
    SetReviewSupport {
        review_id: String,
        support: Option<SupportStep>,
    },
    /// Months between checks (`None`: the default, once a quarter).
    SetRhythm(Option<u8>),
    /// One line of the parents' money overview (`None`: removed).
    SetMoney {
        item: MoneyItem,
        amount: Option<u32>,
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

/// Applies one action. On error the case is unchanged.
pub fn apply(case: &mut Case, action: CaseAction) -> Result<(), CaseError> {
    use CaseAction::*;
    match action {
        SetFamilyAlias(_)
        | SetWayOfWorking(_)
        | SetPurpose(_)
        | SetFamilyLanguage(_)
        | AddChild { .. }
        | UpdateChild { .. }
        | RemoveChild { .. }
        | AddParticipant { .. }
        | UpdateParticipant { .. }
        | RemoveParticipant { .. }
        | AddVisit { .. }
        | SetVisitDate { .. }
        | SetConsent { .. } => family::apply(case, action)?,
        StartAssessment { .. }
        | RateTheme { .. }
        | SkipTheme { .. }
        | SkipThemeForAll { .. }
        | ClearAnswer { .. }
        | SetNote { .. }
        | SetFlag { .. }
        | SetNeed { .. }
        | RemoveNeed { .. }
        | SetPrivate { .. }
        | Invite(_)
        | RemoveInvitation { .. }
        | ImportAnswers { .. } => answers::apply(case, action)?,
        SetPlanStrengths(_)
        | AddGoal { .. }
        | RemoveGoal { .. }
        | SetGoalReached { .. }
        | AddAgreement { .. }
        | RemoveAgreement { .. }
        | SetAgreementEnded { .. }
        | SetBackup(_)
        | SetReviewDate(_)
        | Confirm { .. }
        | Unconfirm { .. }
        | StartReview { .. }
        | SetReviewOutcome { .. }
        | SetReviewText { .. }
        | SetReviewNote { .. }
        | SetReviewSupport { .. }
        | SetRhythm(_) => plan::apply(case, action)?,
        SetMoney { item, amount } => {
            if amount.is_some_and(|a| a > MAX_AMOUNT) {
                return Err(CaseError::Money(MoneyError::TooLarge));
            }
            case.money.set(item, amount);
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
        Team(action) => apply_team(case, action)?,
    }
    // Someone who is no longer a professional, or a need that is gone, leaves the team's notes.
    if !case.team.is_empty() {
        tidy(case);
    }
    Ok(())
}
