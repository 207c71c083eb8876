//! The shared support plan: goals in the family's words, agreements (who does what, when),
//! a backup plan, a review date, confirmations, and reviews over time.

use super::case::{Case, Role};
use super::date::Date;
use serde::{Deserialize, Serialize};

/// A goal as the family words it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Goal {
    pub id: String,
    pub text: String,
    /// The matrix needs this goal answers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub need_ids: Vec<String>,
    /// When the family said the goal was reached.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached: Option<Date>,
}

/// Who does what, when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Agreement {
    pub id: String,
    /// A participant of the case, or a person in the family's network (the circle).
    pub who: String,
    pub what: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub when: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal_id: Option<String>,
    /// Ended at a review, for example when support is scaled down.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub ended: bool,
}

/// A participant's confirmation of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Confirmation {
    pub participant_id: String,
    pub date: Date,
}

/// How an agreement went, as recorded at a review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    Done,
    Partly,
    NotDone,
}

impl Outcome {
    pub const ALL: [Outcome; 3] = [Self::Done, Self::Partly, Self::NotDone];
    pub fn key(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Partly => "partly",
            Self::NotDone => "notDone",
        }
    }
}

/// One agreement's check at a review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ReviewItem {
    pub agreement_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub why: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub next: String,
}

/// A review visit: plan, do, check, adjust.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Review {
    pub id: String,
    pub visit_id: String,
    #[serde(default)]
    pub items: Vec<ReviewItem>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Whether the support can be scaled down, as the check concluded (new in version 8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support: Option<SupportStep>,
}

/// What a check concludes about the support around the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum SupportStep {
    /// Less help is needed: some agreements can end.
    Less,
    Same,
    More,
}

impl SupportStep {
    pub const ALL: [SupportStep; 3] = [Self::Less, Self::Same, Self::More];
    pub fn key(self) -> &'static str {
        match self {
            Self::Less => "less",
            Self::Same => "same",
            Self::More => "more",
        }
    }
}

/// Months between checks unless the family chooses otherwise: once a quarter.
pub const DEFAULT_RHYTHM: u8 = 3;
/// The rhythms the plan offers, in months.
pub const RHYTHMS: [u8; 5] = [1, 2, 3, 6, 12];

impl Review {
    pub fn item(&self, agreement_id: &str) -> Option<&ReviewItem> {
        self.items.iter().find(|i| i.agreement_id == agreement_id)
    }
    pub fn item_mut(&mut self, agreement_id: &str) -> &mut ReviewItem {
        let pos = self.items.iter().position(|i| i.agreement_id == agreement_id).unwrap_or_else(|| {
            self.items.push(ReviewItem {
                agreement_id: agreement_id.into(),
                outcome: None,
                why: String::new(),
                next: String::new(),
            });
            self.items.len() - 1
        });
        &mut self.items[pos]
    }
}

/// The plan. It belongs to the family: everything in it is visible to them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Plan {
    /// What makes the family strong, in their words (besides the strengths of the triangle).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub strengths: String,
    #[serde(default)]
    pub goals: Vec<Goal>,
    #[serde(default)]
    pub agreements: Vec<Agreement>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub backup: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_date: Option<Date>,
    #[serde(default)]
    pub confirmations: Vec<Confirmation>,
    #[serde(default)]
    pub reviews: Vec<Review>,
    /// Months between checks (plan, do, check, adjust); [`DEFAULT_RHYTHM`] when not set (new in
    /// version 8).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rhythm_months: Option<u8>,
}

impl Plan {
    pub fn rhythm(&self) -> u8 {
        self.rhythm_months.unwrap_or(DEFAULT_RHYTHM)
    }
}

/// Where the next check stands on `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CheckDue {
    /// No agreements yet: nothing to check.
    Nothing,
    Upcoming {
        date: Date,
        days: i64,
    },
    /// Today, or within the coming week.
    Soon {
        date: Date,
        days: i64,
    },
    Overdue {
        date: Date,
        days: i64,
    },
}

/// The visit date a check is counted from: the latest check's, else the case's first visit.
fn checked_from(case: &Case) -> Option<Date> {
    let date_of = |visit_id: &str| case.visits.iter().find(|v| v.id == visit_id).map(|v| v.date);
    case.plan
        .reviews
        .iter()
        .filter_map(|r| date_of(&r.visit_id))
        .max()
        .or_else(|| case.visits.iter().map(|v| v.date).min())
}

/// The next check: the date the family set, else one rhythm after the last check (or the first
/// visit). A date they chose stands on its own; the reckoned one waits for agreements to check.
pub fn next_check(case: &Case) -> Option<Date> {
    if let Some(d) = case.plan.review_date {
        return Some(d);
    }
    if case.plan.agreements.is_empty() {
        return None;
    }
    checked_from(case).map(|d| d.add_months(i32::from(case.plan.rhythm())))
}

pub fn check_due(case: &Case, today: Date) -> CheckDue {
    let Some(date) = next_check(case) else { return CheckDue::Nothing };
    let days = date.days_since_epoch() - today.days_since_epoch();
    match days {
        d if d < 0 => CheckDue::Overdue { date, days: -d },
        d if d <= 7 => CheckDue::Soon { date, days: d },
        d => CheckDue::Upcoming { date, days: d },
    }
}

/// A check held on `held` moves the next one on by the rhythm, unless the family already set a
/// later date.
pub fn after_check(plan: &mut Plan, held: Date) {
    if plan.review_date.is_none_or(|d| d <= held) {
        plan.review_date = Some(held.add_months(i32::from(plan.rhythm())));
    }
}

/// Whose turn an agreement is: the family first, then the network, then professionals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Carrier {
    Family,
    Network,
    Professional,
}

impl Carrier {
    pub const ALL: [Carrier; 3] = [Self::Family, Self::Network, Self::Professional];
    pub fn of(role: Role) -> Carrier {
        match role {
            Role::Parent | Role::YoungPerson => Carrier::Family,
            Role::NetworkMember => Carrier::Network,
            Role::Professional => Carrier::Professional,
        }
    }
    pub fn key(self) -> &'static str {
        match self {
            Self::Family => "family",
            Self::Network => "network",
            Self::Professional => "professional",
        }
    }
}

/// Who carries an agreement: a participant by role; a network person is the network, except
/// people in the professionals sector of the circle.
pub fn carrier_of(case: &Case, who: &str) -> Carrier {
    match (case.participant(who), case.network.person(who)) {
        (Some(p), _) => Carrier::of(p.role),
        (None, Some(n)) if !n.sector.is_formal() => Carrier::Network,
        _ => Carrier::Professional,
    }
}

/// The agreements in plan order: family, then network, then professionals; within each, as added.
pub fn ordered_agreements(case: &Case) -> Vec<(Carrier, &Agreement)> {
    let mut v: Vec<(Carrier, &Agreement)> =
        case.plan.agreements.iter().map(|a| (carrier_of(case, &a.who), a)).collect();
    v.sort_by_key(|(c, _)| *c);
    v
}

/// One moment on the case's timeline.
#[derive(Debug, Clone, PartialEq)]
pub enum Moment<'a> {
    Assessment { date: Date, visit_id: &'a str, assessment_id: &'a str },
    Review { date: Date, visit_id: &'a str, review_id: &'a str },
}

impl Moment<'_> {
    pub fn date(&self) -> Date {
        match self {
            Moment::Assessment { date, .. } | Moment::Review { date, .. } => *date,
        }
    }
}

/// Assessments and reviews by date, oldest first; on the same day the assessment comes first.
pub fn timeline(case: &Case) -> Vec<Moment<'_>> {
    let date_of = |visit_id: &str| case.visits.iter().find(|v| v.id == visit_id).map(|v| v.date);
    let mut v: Vec<Moment> = Vec::new();
    for a in &case.assessments {
        if let Some(date) = date_of(&a.visit_id) {
            v.push(Moment::Assessment { date, visit_id: &a.visit_id, assessment_id: &a.id });
        }
    }
    for r in &case.plan.reviews {
        if let Some(date) = date_of(&r.visit_id) {
            v.push(Moment::Review { date, visit_id: &r.visit_id, review_id: &r.id });
        }
    }
    v.sort_by_key(|m| (m.date(), matches!(m, Moment::Review { .. })));
    v
}

/// Counts of a review's outcomes: (done, partly, not done, not yet checked).
pub fn review_counts(case: &Case, review: &Review) -> (usize, usize, usize, usize) {
    let mut c = (0, 0, 0, 0);
    // Agreements ended later still count in the reviews that checked them.
    for a in case.plan.agreements.iter().filter(|a| !a.ended || review.item(&a.id).is_some()) {
        match review.item(&a.id).and_then(|i| i.outcome) {
            Some(Outcome::Done) => c.0 += 1,
            Some(Outcome::Partly) => c.1 += 1,
            Some(Outcome::NotDone) => c.2 += 1,
            None => c.3 += 1,
        }
    }
    c
}

/// Whether everyone taking part has confirmed the plan (the moment a host page hears
/// `plan-confirmed`).
pub fn everyone_confirmed(case: &Case) -> bool {
    !case.participants.is_empty()
        && case.participants.iter().all(|p| case.plan.confirmations.iter().any(|c| c.participant_id == p.id))
}
