//! The rules of the pure core, exercised through its public API.
//!
//! - `apply`: every `CaseAction` variant (the triangle's and the matrix and plan's) changes exactly
//!   what it should, and every refusal returns the right `CaseError` and leaves the case unchanged;
//! - network members take part in the plan but give no answers;
//! - rating rules: rating, skipping and clearing keep one consistent answer per participant and theme;
//! - `compare`, `heaviest` and `change` on the built-in triangle's scale;
//! - which themes each way of working shows;
//! - the case helpers (visit order, respondents, children's ages);
//! - a case built by actions survives a JSON round trip through `parse_case`.

use samenplan::core::action::ReviewField;
use samenplan::core::assessment::{change, compare, heaviest, Agreement, Answer, Assessment, Change, Position, Skip};
use samenplan::core::case::{Child, ChildAge, Consent, ConsentTopic, Participant, Purpose, Role, Visit, WayOfWorking};
use samenplan::core::cofill::{AnswersPayload, CoFillError, Invitation};
use samenplan::core::date::{Age, Date};
use samenplan::core::import::{check_case, parse_case};
use samenplan::core::instrument::{Instrument, NoteKind};
use samenplan::core::limits::List;
use samenplan::core::matrix::{Need, Severity, SupportKind, Urgency};
use samenplan::core::plan::{Agreement as Deal, Confirmation, Goal, Outcome, Review, ReviewItem};
use samenplan::core::shared::Shared;
use samenplan::core::{apply, Case, CaseAction, CaseError};
use std::collections::BTreeSet;

const TRIANGLE: &str = include_str!("../schemas/instruments/triangle.json");

fn triangle() -> Instrument {
    Instrument::from_json(TRIANGLE).expect("the built-in triangle loads")
}

/// The day the actions of these tests happen: every birth date in them lies before it.
const TODAY: &str = "2026-06-15";

fn d(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

fn s(x: &str) -> String {
    x.to_string()
}

fn child(id: &str, alias: &str, birth: Option<&str>, due: Option<&str>) -> CaseAction {
    CaseAction::AddChild { id: s(id), alias: s(alias), birth_date: birth.map(d), due_date: due.map(d), today: d(TODAY) }
}

fn person(id: &str, name: &str, role: Role, child_id: Option<&str>) -> CaseAction {
    CaseAction::AddParticipant { id: s(id), name: s(name), role, child_id: child_id.map(s) }
}

fn rate(assessment: &str, participant: &str, theme: &str, level: &str) -> CaseAction {
    CaseAction::RateTheme {
        assessment_id: s(assessment),
        participant_id: s(participant),
        theme_id: s(theme),
        level: s(level),
    }
}

fn skip(assessment: &str, participant: &str, theme: &str, skip: Skip) -> CaseAction {
    CaseAction::SkipTheme { assessment_id: s(assessment), participant_id: s(participant), theme_id: s(theme), skip }
}

fn clear(assessment: &str, participant: &str, theme: &str) -> CaseAction {
    CaseAction::ClearAnswer { assessment_id: s(assessment), participant_id: s(participant), theme_id: s(theme) }
}

fn note(assessment: &str, participant: &str, theme: &str, kind: NoteKind, text: &str) -> CaseAction {
    CaseAction::SetNote {
        assessment_id: s(assessment),
        participant_id: s(participant),
        theme_id: s(theme),
        note: kind,
        text: s(text),
    }
}

fn flag(assessment: &str, participant: &str, theme: &str, kind: NoteKind, on: bool) -> CaseAction {
    CaseAction::SetFlag {
        assessment_id: s(assessment),
        participant_id: s(participant),
        theme_id: s(theme),
        note: kind,
        on,
    }
}

fn start(id: &str, visit: &str) -> CaseAction {
    CaseAction::StartAssessment { id: s(id), visit_id: s(visit), instrument_id: s("triangle"), instrument_version: 1 }
}

fn empty_case() -> Case {
    Case::new(s("c1"), s("Familie Zon"), d("2026-03-01"), 1_772_323_200_000.0)
}

/// A case with two children, all four roles, a consent and one assessment with answers.
///
/// Answers of `a1`, in this order: p-mum/health fine + going-well note, p-dad/health some-worries +
/// outside-control flag, p-kid/health skipped for later, p-kid/safety strength.
fn rich_case() -> Case {
    let mut c = empty_case();
    for action in [
        child("k1", "Sam", Some("2019-04-02"), None),
        child("k2", "Baby", None, Some("2026-06-01")),
        person("p-mum", "Mama", Role::Parent, None),
        person("p-dad", "Papa", Role::Parent, None),
        person("p-kid", "Sam", Role::YoungPerson, Some("k1")),
        person("p-pro", "Wijkteam", Role::Professional, None),
        person("p-net", "Oma", Role::NetworkMember, None),
        CaseAction::SetConsent { topic: ConsentTopic::RecordOnDevice, given: true, date: d("2026-03-01") },
        start("a1", "c1-v1"),
        rate("a1", "p-mum", "health", "fine"),
        rate("a1", "p-dad", "health", "some-worries"),
        skip("a1", "p-kid", "health", Skip::Later),
        rate("a1", "p-kid", "safety", "strength"),
        note("a1", "p-mum", "health", NoteKind::GoingWell, "Slaapt goed"),
        flag("a1", "p-dad", "health", NoteKind::OutsideControl, true),
    ] {
        ok(&mut c, action);
    }
    c
}

fn assessment<'a>(c: &'a Case, id: &str) -> &'a Assessment {
    c.assessments.iter().find(|a| a.id == id).unwrap_or_else(|| panic!("no assessment {id}"))
}

/// The stored answer, for building the expected case by hand.
fn answer_at<'a>(c: &'a mut Case, assessment_id: &str, participant_id: &str, theme_id: &str) -> &'a mut Answer {
    c.assessments
        .iter_mut()
        .find(|a| a.id == assessment_id)
        .and_then(|a| a.answers.iter_mut().find(|x| x.participant_id == participant_id && x.theme_id == theme_id))
        .unwrap_or_else(|| panic!("no answer {assessment_id}/{participant_id}/{theme_id}"))
}

fn new_answer(participant_id: &str, theme_id: &str) -> Answer {
    Answer { participant_id: s(participant_id), theme_id: s(theme_id), ..Answer::default() }
}

/// The variant's name; the match has no wildcard, so a new variant must be added to the tables below.
fn variant(a: &CaseAction) -> &'static str {
    use CaseAction::*;
    match a {
        SetFamilyAlias(_) => "SetFamilyAlias",
        SetWayOfWorking(_) => "SetWayOfWorking",
        SetPurpose(_) => "SetPurpose",
        SetFamilyLanguage(_) => "SetFamilyLanguage",
        AddChild { .. } => "AddChild",
        UpdateChild { .. } => "UpdateChild",
        RemoveChild { .. } => "RemoveChild",
        AddParticipant { .. } => "AddParticipant",
        UpdateParticipant { .. } => "UpdateParticipant",
        RemoveParticipant { .. } => "RemoveParticipant",
        AddVisit { .. } => "AddVisit",
        SetVisitDate { .. } => "SetVisitDate",
        SetConsent { .. } => "SetConsent",
        StartAssessment { .. } => "StartAssessment",
        RateTheme { .. } => "RateTheme",
        SkipTheme { .. } => "SkipTheme",
        SkipThemeForAll { .. } => "SkipThemeForAll",
        ClearAnswer { .. } => "ClearAnswer",
        SetNote { .. } => "SetNote",
        SetFlag { .. } => "SetFlag",
        SetNeed { .. } => "SetNeed",
        RemoveNeed { .. } => "RemoveNeed",
        SetPlanStrengths(_) => "SetPlanStrengths",
        AddGoal { .. } => "AddGoal",
        RemoveGoal { .. } => "RemoveGoal",
        SetGoalReached { .. } => "SetGoalReached",
        AddAgreement { .. } => "AddAgreement",
        RemoveAgreement { .. } => "RemoveAgreement",
        SetAgreementEnded { .. } => "SetAgreementEnded",
        SetBackup(_) => "SetBackup",
        SetReviewDate(_) => "SetReviewDate",
        Confirm { .. } => "Confirm",
        Unconfirm { .. } => "Unconfirm",
        StartReview { .. } => "StartReview",
        SetReviewOutcome { .. } => "SetReviewOutcome",
        SetReviewText { .. } => "SetReviewText",
        SetReviewNote { .. } => "SetReviewNote",
        SetReviewSupport { .. } => "SetReviewSupport",
        SetRhythm(_) => "SetRhythm",
        SetMoney { .. } => "SetMoney",
        // `NetworkAction` has no variants yet, so no happy path can be built: count it once it has.
        Network(_) => "Network",
        SetPrivate { .. } => "SetPrivate",
        Invite(_) => "Invite",
        RemoveInvitation { .. } => "RemoveInvitation",
        ImportAnswers { .. } => "ImportAnswers",
        Team(_) => "Team",
    }
}
const VARIANTS: usize = 45;

/// An invitation for the young person `p-kid` to answer health and safety on their own phone.
fn invitation(id: &str) -> Invitation {
    Invitation {
        id: s(id),
        participant_id: s("p-kid"),
        visit_id: s("c1-v1"),
        instrument_id: s("triangle"),
        instrument_version: 1,
        theme_ids: vec![s("health"), s("safety")],
        created_ms: 1_000.0,
        expires_ms: 9_000.0,
        key: "ab".repeat(32),
        answered_ms: None,
    }
}

fn phone_answers(invitation_id: &str, answers: Vec<Answer>) -> CaseAction {
    CaseAction::ImportAnswers {
        payload: AnswersPayload { v: 1, invitation_id: s(invitation_id), sent_ms: 2_000.0, answers },
        now_ms: 3_000.0,
    }
}

fn set_need(id: &str, assessment: &str, themes: &[&str], severity: Severity, urgency: Urgency) -> CaseAction {
    CaseAction::SetNeed {
        id: s(id),
        assessment_id: s(assessment),
        theme_ids: themes.iter().map(|t| s(t)).collect(),
        severity,
        urgency,
        support: None,
    }
}

fn add_goal(id: &str, text: &str, needs: &[&str]) -> CaseAction {
    CaseAction::AddGoal { id: s(id), text: s(text), need_ids: needs.iter().map(|n| s(n)).collect() }
}

fn add_agreement(id: &str, who: &str, what: &str, when: &str, goal: Option<&str>) -> CaseAction {
    CaseAction::AddAgreement { id: s(id), who: s(who), what: s(what), when: s(when), goal_id: goal.map(s) }
}

fn outcome(review: &str, agreement: &str, outcome: Outcome) -> CaseAction {
    CaseAction::SetReviewOutcome { review_id: s(review), agreement_id: s(agreement), outcome }
}

fn review_text(review: &str, agreement: &str, field: ReviewField, text: &str) -> CaseAction {
    CaseAction::SetReviewText { review_id: s(review), agreement_id: s(agreement), field, text: s(text) }
}

/// The rich case with a matrix and a plan, as the plan screens build it:
///
/// - needs `n1` (health) and `n2` (housing + work-money, informal support), both from `a1`;
/// - goals `g1` (for `n1`) and `g2` (for `n1` and `n2`);
/// - agreements `ag1` (p-mum, goal g1), `ag2` (p-net, goal g2), `ag3` (p-pro, no goal, no when);
/// - strengths, backup, a review date, confirmations by p-mum and p-pro;
/// - review `r1` at visit `v-review` (2026-04-15): ag1 done, with a why; a note.
fn planned_case() -> Case {
    let mut c = rich_case();
    for action in [
        CaseAction::AddVisit { id: s("v-review"), date: d("2026-04-15"), purpose: Purpose::Evaluate },
        set_need("n1", "a1", &["health"], Severity::Light, Urgency::CanWait),
        CaseAction::SetNeed {
            id: s("n2"),
            assessment_id: s("a1"),
            theme_ids: vec![s("housing"), s("work-money")],
            severity: Severity::Moderate,
            urgency: Urgency::Soon,
            support: Some(SupportKind::Informal),
        },
        add_goal("g1", "Sam slaapt door", &["n1"]),
        add_goal("g2", "Een rustiger huis", &["n1", "n2"]),
        add_agreement("ag1", "p-mum", "Vaste bedtijd", "elke avond", Some("g1")),
        add_agreement("ag2", "p-net", "Oma haalt Sam op", "dinsdag", Some("g2")),
        add_agreement("ag3", "p-pro", "Belt de woningcorporatie", "", None),
        CaseAction::SetPlanStrengths(s("We lachen veel samen")),
        CaseAction::SetBackup(s("Oma bellen")),
        CaseAction::SetReviewDate(Some(d("2026-04-15"))),
        CaseAction::Confirm { participant_id: s("p-mum"), date: d("2026-03-01") },
        CaseAction::Confirm { participant_id: s("p-pro"), date: d("2026-03-02") },
        CaseAction::StartReview { id: s("r1"), visit_id: s("v-review") },
        outcome("r1", "ag1", Outcome::Done),
        review_text("r1", "ag1", ReviewField::Why, "Iedereen hield zich eraan"),
        CaseAction::SetReviewNote { review_id: s("r1"), text: s("Fijn gesprek") },
        CaseAction::Invite(invitation("inv1")),
    ] {
        ok(&mut c, action);
    }
    c
}

fn item(agreement_id: &str) -> ReviewItem {
    ReviewItem { agreement_id: s(agreement_id), outcome: None, why: String::new(), next: String::new() }
}

// ---------------------------------------------------------------------------------------------
// 1. apply: happy paths and refusals
// ---------------------------------------------------------------------------------------------

#[test]
fn rich_case_is_what_the_tests_assume() {
    let c = rich_case();
    assert_eq!(c.children.len(), 2);
    assert_eq!(c.participants.len(), 5);
    assert_eq!(c.visits.len(), 1);
    assert_eq!(c.visits[0].id, "c1-v1");
    let a1 = assessment(&c, "a1");
    let keys: Vec<(&str, &str)> = a1.answers.iter().map(|a| (a.participant_id.as_str(), a.theme_id.as_str())).collect();
    assert_eq!(keys, [("p-mum", "health"), ("p-dad", "health"), ("p-kid", "health"), ("p-kid", "safety")]);
    assert_eq!(check_case(&c), Ok(()));
}

#[test]
fn planned_case_is_what_the_tests_assume() {
    let c = planned_case();
    let mut expected = rich_case();
    expected.visits.push(Visit { id: s("v-review"), date: d("2026-04-15"), purpose: Purpose::Evaluate });
    expected.needs = vec![
        Need {
            id: s("n1"),
            assessment_id: s("a1"),
            theme_ids: vec![s("health")],
            severity: Severity::Light,
            urgency: Urgency::CanWait,
            support: None,
        },
        Need {
            id: s("n2"),
            assessment_id: s("a1"),
            theme_ids: vec![s("housing"), s("work-money")],
            severity: Severity::Moderate,
            urgency: Urgency::Soon,
            support: Some(SupportKind::Informal),
        },
    ];
    let p = &mut expected.plan;
    p.goals = vec![
        Goal { id: s("g1"), text: s("Sam slaapt door"), need_ids: vec![s("n1")], reached: None },
        Goal { id: s("g2"), text: s("Een rustiger huis"), need_ids: vec![s("n1"), s("n2")], reached: None },
    ];
    p.agreements = vec![
        Deal {
            id: s("ag1"),
            who: s("p-mum"),
            what: s("Vaste bedtijd"),
            when: s("elke avond"),
            goal_id: Some(s("g1")),
            ended: false,
        },
        Deal {
            id: s("ag2"),
            who: s("p-net"),
            what: s("Oma haalt Sam op"),
            when: s("dinsdag"),
            goal_id: Some(s("g2")),
            ended: false,
        },
        Deal {
            id: s("ag3"),
            who: s("p-pro"),
            what: s("Belt de woningcorporatie"),
            when: s(""),
            goal_id: None,
            ended: false,
        },
    ];
    p.strengths = s("We lachen veel samen");
    p.backup = s("Oma bellen");
    // The review held on the planned day moved the next one on by the rhythm (a quarter).
    p.review_date = Some(d("2026-07-15"));
    p.confirmations = vec![
        Confirmation { participant_id: s("p-mum"), date: d("2026-03-01") },
        Confirmation { participant_id: s("p-pro"), date: d("2026-03-02") },
    ];
    p.reviews = vec![Review {
        id: s("r1"),
        visit_id: s("v-review"),
        items: vec![ReviewItem { outcome: Some(Outcome::Done), why: s("Iedereen hield zich eraan"), ..item("ag1") }],
        note: s("Fijn gesprek"),
        support: None,
    }];
    expected.invitations = vec![invitation("inv1")];
    assert_eq!(c, expected);
    assert_eq!(check_case(&c), Ok(()));
}

#[test]
fn every_action_changes_exactly_what_it_should() {
    type Edit = fn(&mut Case);
    let table: Vec<(CaseAction, Edit)> = vec![
        (CaseAction::SetFamilyAlias(s("  Familie Maan \t")), |c| c.family_alias = s("Familie Maan")),
        (CaseAction::SetWayOfWorking(WayOfWorking::Screening), |c| c.way_of_working = WayOfWorking::Screening),
        (CaseAction::SetPurpose(Purpose::Evaluate), |c| c.purpose = Purpose::Evaluate),
        (CaseAction::SetFamilyLanguage(Some(s("ar"))), |c| c.family_language = Some(s("ar"))),
        (child("k3", "  Noor ", Some("2022-01-15"), None), |c| {
            c.children.push(Child { id: s("k3"), alias: s("Noor"), birth_date: Some(d("2022-01-15")), due_date: None })
        }),
        (
            CaseAction::UpdateChild {
                id: s("k2"),
                alias: s(" Mia "),
                birth_date: Some(d("2026-05-28")),
                due_date: None,
                today: d(TODAY),
            },
            |c| {
                c.children[1] =
                    Child { id: s("k2"), alias: s("Mia"), birth_date: Some(d("2026-05-28")), due_date: None }
            },
        ),
        (CaseAction::RemoveChild { id: s("k1") }, |c| {
            c.children.remove(0);
            c.participants[2].child_id = None;
        }),
        (person("p-gp", " Huisarts ", Role::Professional, None), |c| {
            c.participants.push(Participant {
                id: s("p-gp"),
                name: s("Huisarts"),
                role: Role::Professional,
                child_id: None,
            })
        }),
        (
            CaseAction::UpdateParticipant {
                id: s("p-kid"),
                name: s("Sammie "),
                role: Role::YoungPerson,
                child_id: None,
            },
            |c| {
                c.participants[2] =
                    Participant { id: s("p-kid"), name: s("Sammie"), role: Role::YoungPerson, child_id: None }
            },
        ),
        (CaseAction::RemoveParticipant { id: s("p-dad") }, |c| {
            c.participants.remove(1);
            c.assessments[0].answers.remove(1);
        }),
        (CaseAction::AddVisit { id: s("v2"), date: d("2026-04-01"), purpose: Purpose::Monitor }, |c| {
            c.visits.push(Visit { id: s("v2"), date: d("2026-04-01"), purpose: Purpose::Monitor })
        }),
        (CaseAction::SetVisitDate { id: s("c1-v1"), date: d("2026-02-27") }, |c| c.visits[0].date = d("2026-02-27")),
        (CaseAction::SetConsent { topic: ConsentTopic::RecordOnDevice, given: false, date: d("2026-03-02") }, |c| {
            c.consent[0] = Consent { topic: ConsentTopic::RecordOnDevice, given: false, date: d("2026-03-02") }
        }),
        // A second instrument at the same visit (a young person's own triangle).
        (
            CaseAction::StartAssessment {
                id: s("a2"),
                visit_id: s("c1-v1"),
                instrument_id: s("youth"),
                instrument_version: 1,
            },
            |c| {
                c.assessments.push(
                    Assessment {
                        id: s("a2"),
                        visit_id: s("c1-v1"),
                        instrument_id: s("youth"),
                        instrument_version: 1,
                        answers: Vec::new(),
                    }
                    .into(),
                )
            },
        ),
        // Re-rating keeps the answer's flag; rating a new theme appends an answer.
        (rate("a1", "p-dad", "health", "serious-worries"), |c| {
            answer_at(c, "a1", "p-dad", "health").level = Some(s("serious-worries"))
        }),
        (rate("a1", "p-pro", "housing", "some-worries"), |c| {
            c.assessments[0]
                .answers
                .push(Answer { level: Some(s("some-worries")), ..new_answer("p-pro", "housing") }.into())
        }),
        // Skipping drops the rating but keeps the note.
        (skip("a1", "p-mum", "health", Skip::NotDiscussed), |c| {
            let a = answer_at(c, "a1", "p-mum", "health");
            a.level = None;
            a.skip = Some(Skip::NotDiscussed);
        }),
        (
            CaseAction::SkipThemeForAll {
                assessment_id: s("a1"),
                theme_id: s("safety"),
                skip: Skip::NotDiscussed,
                participant_ids: ["p-mum", "p-dad", "p-kid", "p-pro"].map(s).to_vec(),
            },
            |c| {
                let kid = answer_at(c, "a1", "p-kid", "safety");
                kid.level = None;
                kid.skip = Some(Skip::NotDiscussed);
                // New answers in respondent order; p-kid's existing answer is reused, p-net gets none.
                for pid in ["p-mum", "p-dad", "p-pro"] {
                    c.assessments[0]
                        .answers
                        .push(Answer { skip: Some(Skip::NotDiscussed), ..new_answer(pid, "safety") }.into());
                }
            },
        ),
        (clear("a1", "p-kid", "safety"), |c| {
            c.assessments[0].answers.remove(3);
        }),
        (note("a1", "p-dad", "health", NoteKind::Worries, "Veel ruzie"), |c| {
            answer_at(c, "a1", "p-dad", "health").worries = s("Veel ruzie")
        }),
        (flag("a1", "p-mum", "health", NoteKind::FitsAge, true), |c| {
            answer_at(c, "a1", "p-mum", "health").fits_age = true
        }),
        // The matrix: a new need is appended, an existing id is replaced in place.
        (
            CaseAction::SetNeed {
                id: s("n3"),
                assessment_id: s("a1"),
                theme_ids: vec![s("safety")],
                severity: Severity::Serious,
                urgency: Urgency::Now,
                support: Some(SupportKind::Specialised),
            },
            |c| {
                c.needs.push(Need {
                    id: s("n3"),
                    assessment_id: s("a1"),
                    theme_ids: vec![s("safety")],
                    severity: Severity::Serious,
                    urgency: Urgency::Now,
                    support: Some(SupportKind::Specialised),
                })
            },
        ),
        (set_need("n2", "a1", &["work-money"], Severity::Light, Urgency::CanWait), |c| {
            c.needs[1] = Need {
                id: s("n2"),
                assessment_id: s("a1"),
                theme_ids: vec![s("work-money")],
                severity: Severity::Light,
                urgency: Urgency::CanWait,
                support: None,
            }
        }),
        // Removing a need unlinks it from every goal; the goals stay.
        (CaseAction::RemoveNeed { id: s("n1") }, |c| {
            c.needs.remove(0);
            c.plan.goals[0].need_ids.clear();
            c.plan.goals[1].need_ids = vec![s("n2")];
        }),
        // Plan texts are kept as written.
        (CaseAction::SetPlanStrengths(s("Opa kookt graag\nWe zijn eerlijk")), |c| {
            c.plan.strengths = s("Opa kookt graag\nWe zijn eerlijk")
        }),
        (CaseAction::SetPlanStrengths(s("")), |c| c.plan.strengths.clear()),
        // Goals are trimmed.
        (add_goal("g3", "  Rust in huis \n", &["n2"]), |c| {
            c.plan.goals.push(Goal { id: s("g3"), text: s("Rust in huis"), need_ids: vec![s("n2")], reached: None })
        }),
        (add_goal("g3", "Vaker samen spelen", &[]), |c| {
            c.plan.goals.push(Goal { id: s("g3"), text: s("Vaker samen spelen"), need_ids: vec![], reached: None })
        }),
        // Removing a goal unlinks its agreements; the agreements stay.
        (CaseAction::RemoveGoal { id: s("g1") }, |c| {
            c.plan.goals.remove(0);
            c.plan.agreements[0].goal_id = None;
        }),
        (CaseAction::SetGoalReached { id: s("g2"), reached: Some(d("2026-04-15")) }, |c| {
            c.plan.goals[1].reached = Some(d("2026-04-15"))
        }),
        // Agreements are trimmed; any participant (a network member too) can carry one.
        (add_agreement("ag4", "p-dad", "  Kookt op woensdag ", " woensdag ", Some("g1")), |c| {
            c.plan.agreements.push(Deal {
                id: s("ag4"),
                who: s("p-dad"),
                what: s("Kookt op woensdag"),
                when: s("woensdag"),
                goal_id: Some(s("g1")),
                ended: false,
            })
        }),
        (add_agreement("ag4", "p-net", "Past op", "", None), |c| {
            c.plan.agreements.push(Deal {
                id: s("ag4"),
                who: s("p-net"),
                what: s("Past op"),
                when: s(""),
                goal_id: None,
                ended: false,
            })
        }),
        // Removing an agreement removes its checks from every review.
        (CaseAction::RemoveAgreement { id: s("ag1") }, |c| {
            c.plan.agreements.remove(0);
            c.plan.reviews[0].items.clear();
        }),
        (CaseAction::SetAgreementEnded { id: s("ag2"), ended: true }, |c| c.plan.agreements[1].ended = true),
        (CaseAction::SetBackup(s("De buurvrouw bellen")), |c| c.plan.backup = s("De buurvrouw bellen")),
        (CaseAction::SetReviewDate(None), |c| c.plan.review_date = None),
        (CaseAction::SetReviewDate(Some(d("2026-06-01"))), |c| c.plan.review_date = Some(d("2026-06-01"))),
        (CaseAction::Confirm { participant_id: s("p-net"), date: d("2026-03-03") }, |c| {
            c.plan.confirmations.push(Confirmation { participant_id: s("p-net"), date: d("2026-03-03") })
        }),
        (CaseAction::Unconfirm { participant_id: s("p-mum") }, |c| {
            c.plan.confirmations.remove(0);
        }),
        // A review may start at any visit, also the assessment's.
        (CaseAction::StartReview { id: s("r2"), visit_id: s("c1-v1") }, |c| {
            c.plan.reviews.push(Review { id: s("r2"), visit_id: s("c1-v1"), items: vec![], note: s(""), support: None })
        }),
        // A new outcome overwrites the old one and keeps the texts; a first one adds an item.
        (outcome("r1", "ag1", Outcome::Partly), |c| c.plan.reviews[0].items[0].outcome = Some(Outcome::Partly)),
        (outcome("r1", "ag3", Outcome::NotDone), |c| {
            c.plan.reviews[0].items.push(ReviewItem { outcome: Some(Outcome::NotDone), ..item("ag3") })
        }),
        (review_text("r1", "ag1", ReviewField::Next, "Ook in het weekend"), |c| {
            c.plan.reviews[0].items[0].next = s("Ook in het weekend")
        }),
        (review_text("r1", "ag2", ReviewField::Why, "Oma was ziek"), |c| {
            c.plan.reviews[0].items.push(ReviewItem { why: s("Oma was ziek"), ..item("ag2") })
        }),
        (CaseAction::SetReviewNote { review_id: s("r1"), text: s("Volgende keer met Sam erbij") }, |c| {
            c.plan.reviews[0].note = s("Volgende keer met Sam erbij")
        }),
        (
            CaseAction::SetReviewSupport {
                review_id: s("r1"),
                support: Some(samenplan::core::plan::SupportStep::Less),
            },
            |c| c.plan.reviews[0].support = Some(samenplan::core::plan::SupportStep::Less),
        ),
        (CaseAction::SetRhythm(Some(6)), |c| c.plan.rhythm_months = Some(6)),
        (CaseAction::SetMoney { item: samenplan::core::money::Item::Housing, amount: Some(950) }, |c| {
            c.money
                .lines
                .push(samenplan::core::money::Line { item: samenplan::core::money::Item::Housing, amount: 950 })
        }),
        (
            CaseAction::SetPrivate {
                assessment_id: s("a1"),
                participant_id: s("p-mum"),
                theme_id: s("health"),
                on: true,
            },
            |c| answer_at(c, "a1", "p-mum", "health").private = true,
        ),
        (CaseAction::Invite(invitation("inv2")), |c| c.invitations.push(invitation("inv2"))),
        // The professionals' meeting: who is already involved with a need.
        (
            CaseAction::Team(samenplan::core::team::TeamAction::SetInvolved {
                need_id: s("n2"),
                who: s("p-pro"),
                on: true,
            }),
            |c| c.team.involved.push(samenplan::core::team::Involved { need_id: s("n2"), who: vec![s("p-pro")] }),
        ),
        (CaseAction::RemoveInvitation { id: s("inv1") }, |c| c.invitations.clear()),
        // The phone's answer replaces the young person's own earlier one, and nobody else's.
        (
            phone_answers(
                "inv1",
                vec![Answer { level: Some(s("fine")), going_well: s("Voetbal"), ..new_answer("p-mum", "health") }],
            ),
            |c| {
                *answer_at(c, "a1", "p-kid", "health") =
                    Answer { level: Some(s("fine")), going_well: s("Voetbal"), ..new_answer("p-kid", "health") };
                c.invitations[0].answered_ms = Some(3_000.0);
            },
        ),
    ];
    let names: BTreeSet<&str> = table.iter().map(|(a, _)| variant(a)).collect();
    assert_eq!(names.len(), VARIANTS, "every CaseAction variant has a happy path: {names:?}");

    // The plan's base, so the triangle's actions are also seen to leave the matrix and plan alone.
    let base = planned_case();
    for (action, edit) in table {
        let shown = format!("{action:?}");
        let mut expected = base.clone();
        edit(&mut expected);
        assert_ne!(expected, base, "{shown}: the expected edit must change something");
        let mut got = base.clone();
        ok(&mut got, action);
        assert_eq!(got, expected, "{shown}");
        assert_eq!(check_case(&got), Ok(()), "{shown}: the result must still be a valid case file");
    }
}

#[test]
fn refusals_name_the_reason_and_change_nothing() {
    let long_name = "n".repeat(81);
    let long_note = "x".repeat(4001);
    let a1 = "a1";
    let table: Vec<(CaseAction, CaseError)> = vec![
        // Names.
        (CaseAction::SetFamilyAlias(s("")), CaseError::EmptyName),
        (CaseAction::SetFamilyAlias(s(" \t\n ")), CaseError::EmptyName),
        (CaseAction::SetFamilyAlias(long_name.clone()), CaseError::TooLong { max: 80 }),
        (child("k3", "   ", Some("2020-01-01"), None), CaseError::EmptyName),
        (child("k3", &long_name, None, None), CaseError::TooLong { max: 80 }),
        (
            CaseAction::UpdateChild { id: s("k1"), alias: s(""), birth_date: None, due_date: None, today: d(TODAY) },
            CaseError::EmptyName,
        ),
        (person("p-new", "", Role::Parent, None), CaseError::EmptyName),
        (person("p-new", &long_name, Role::Parent, None), CaseError::TooLong { max: 80 }),
        (
            CaseAction::UpdateParticipant { id: s("p-mum"), name: s("  "), role: Role::Parent, child_id: None },
            CaseError::EmptyName,
        ),
        (
            CaseAction::UpdateParticipant {
                id: s("p-mum"),
                name: long_name.clone(),
                role: Role::Parent,
                child_id: None,
            },
            CaseError::TooLong { max: 80 },
        ),
        // Duplicate ids.
        (child("k1", "Tweede", None, None), CaseError::DuplicateId(s("k1"))),
        (person("p-dad", "Andere papa", Role::Parent, None), CaseError::DuplicateId(s("p-dad"))),
        (
            CaseAction::AddVisit { id: s("c1-v1"), date: d("2026-05-01"), purpose: Purpose::Monitor },
            CaseError::DuplicateId(s("c1-v1")),
        ),
        (start("a1", "c1-v1"), CaseError::DuplicateId(s("a1"))),
        // Birth and due date together.
        (child("k3", "Tweeling", Some("2026-01-01"), Some("2026-02-01")), CaseError::BirthAndDue),
        (
            CaseAction::UpdateChild {
                id: s("k2"),
                alias: s("Baby"),
                birth_date: Some(d("2026-05-30")),
                due_date: Some(d("2026-06-01")),
                today: d(TODAY),
            },
            CaseError::BirthAndDue,
        ),
        // Unknown ids.
        (
            CaseAction::UpdateChild {
                id: s("k9"),
                alias: s("Niemand"),
                birth_date: None,
                due_date: None,
                today: d(TODAY),
            },
            CaseError::NotFound("child"),
        ),
        (CaseAction::RemoveChild { id: s("k9") }, CaseError::NotFound("child")),
        (
            CaseAction::UpdateParticipant { id: s("p-9"), name: s("Niemand"), role: Role::Parent, child_id: None },
            CaseError::NotFound("participant"),
        ),
        (CaseAction::RemoveParticipant { id: s("p-9") }, CaseError::NotFound("participant")),
        (CaseAction::SetVisitDate { id: s("v9"), date: d("2026-05-01") }, CaseError::NotFound("visit")),
        (CaseAction::SetFamilyLanguage(Some(s("Arabisch"))), CaseError::NotFound("language")),
        (start("a2", "v9"), CaseError::NotFound("visit")),
        // One assessment per instrument per visit: the visit's conversation is never ambiguous.
        (start("a2", "c1-v1"), CaseError::DuplicateId(s("c1-v1/triangle"))),
        (rate("a9", "p-mum", "health", "fine"), CaseError::NotFound("assessment")),
        (rate(a1, "p-9", "health", "fine"), CaseError::NotFound("participant")),
        (skip("a9", "p-mum", "health", Skip::Later), CaseError::NotFound("assessment")),
        (skip(a1, "p-9", "health", Skip::Later), CaseError::NotFound("participant")),
        (
            CaseAction::SkipThemeForAll {
                assessment_id: s("a9"),
                theme_id: s("health"),
                skip: Skip::Later,
                participant_ids: vec![s("p-mum")],
            },
            CaseError::NotFound("assessment"),
        ),
        (clear("a9", "p-mum", "health"), CaseError::NotFound("assessment")),
        (clear(a1, "p-9", "health"), CaseError::NotFound("participant")),
        (note("a9", "p-mum", "health", NoteKind::Worries, "x"), CaseError::NotFound("assessment")),
        (note(a1, "p-9", "health", NoteKind::Worries, "x"), CaseError::NotFound("participant")),
        (flag("a9", "p-mum", "health", NoteKind::FitsAge, true), CaseError::NotFound("assessment")),
        (flag(a1, "p-9", "health", NoteKind::FitsAge, true), CaseError::NotFound("participant")),
        // Notes: length and kind.
        (note(a1, "p-mum", "health", NoteKind::Worries, &long_note), CaseError::TooLong { max: 4000 }),
        (note(a1, "p-mum", "health", NoteKind::GoingWell, &long_note), CaseError::TooLong { max: 4000 }),
        (note(a1, "p-mum", "health", NoteKind::FitsAge, "ja"), CaseError::WrongNoteKind("a flag")),
        (note(a1, "p-mum", "health", NoteKind::OutsideControl, "ja"), CaseError::WrongNoteKind("a flag")),
        (flag(a1, "p-mum", "health", NoteKind::GoingWell, true), CaseError::WrongNoteKind("a text")),
        (flag(a1, "p-mum", "health", NoteKind::Worries, false), CaseError::WrongNoteKind("a text")),
        // The same refusals where no answer exists yet must not leave an empty one behind.
        (note(a1, "p-pro", "housing", NoteKind::Worries, &long_note), CaseError::TooLong { max: 4000 }),
        (note(a1, "p-pro", "housing", NoteKind::FitsAge, "ja"), CaseError::WrongNoteKind("a flag")),
        (flag(a1, "p-pro", "housing", NoteKind::GoingWell, true), CaseError::WrongNoteKind("a text")),
        (rate(a1, "p-9", "housing", "fine"), CaseError::NotFound("participant")),
        (skip(a1, "p-9", "housing", Skip::Later), CaseError::NotFound("participant")),
        (clear(a1, "p-9", "housing"), CaseError::NotFound("participant")),
        // Young persons name a child of the case.
        (person("p-new", "Lotte", Role::YoungPerson, Some("k9")), CaseError::NotFound("child")),
        (
            CaseAction::UpdateParticipant {
                id: s("p-kid"),
                name: s("Sam"),
                role: Role::YoungPerson,
                child_id: Some(s("k9")),
            },
            CaseError::NotFound("child"),
        ),
        // Network members take part in the plan, not in the assessment.
        (rate(a1, "p-net", "health", "fine"), CaseError::NotFound("participant")),
        (rate(a1, "p-net", "support-network", "strength"), CaseError::NotFound("participant")),
        (skip(a1, "p-net", "health", Skip::Later), CaseError::NotFound("participant")),
        (clear(a1, "p-net", "health"), CaseError::NotFound("participant")),
        (note(a1, "p-net", "health", NoteKind::GoingWell, "Gaat goed"), CaseError::NotFound("participant")),
        (flag(a1, "p-net", "health", NoteKind::FitsAge, true), CaseError::NotFound("participant")),
        // The matrix.
        (set_need("n3", "a9", &["health"], Severity::Light, Urgency::CanWait), CaseError::NotFound("assessment")),
        (set_need("n1", "a9", &["health"], Severity::Light, Urgency::CanWait), CaseError::NotFound("assessment")),
        (set_need("n3", a1, &[], Severity::Light, Urgency::CanWait), CaseError::NotFound("theme")),
        (set_need("n1", a1, &[], Severity::Serious, Urgency::Now), CaseError::NotFound("theme")),
        (CaseAction::RemoveNeed { id: s("n9") }, CaseError::NotFound("need")),
        // Plan texts.
        (CaseAction::SetPlanStrengths(long_note.clone()), CaseError::TooLong { max: 4000 }),
        (CaseAction::SetBackup(long_note.clone()), CaseError::TooLong { max: 4000 }),
        // Goals.
        (add_goal("g3", "", &[]), CaseError::EmptyName),
        (add_goal("g3", " \n\t ", &["n1"]), CaseError::EmptyName),
        (add_goal("g3", &long_note, &[]), CaseError::TooLong { max: 4000 }),
        (add_goal("g1", "Nog een doel", &[]), CaseError::DuplicateId(s("g1"))),
        (add_goal("g3", "Rust", &["n9"]), CaseError::NotFound("need")),
        (add_goal("g3", "Rust", &["n1", "n9"]), CaseError::NotFound("need")),
        (CaseAction::RemoveGoal { id: s("g9") }, CaseError::NotFound("goal")),
        (CaseAction::SetGoalReached { id: s("g9"), reached: Some(d("2026-04-15")) }, CaseError::NotFound("goal")),
        (CaseAction::SetGoalReached { id: s("g9"), reached: None }, CaseError::NotFound("goal")),
        // Agreements.
        (add_agreement("ag4", "p-mum", "", "morgen", None), CaseError::EmptyName),
        (add_agreement("ag4", "p-mum", "   ", "morgen", None), CaseError::EmptyName),
        (add_agreement("ag4", "p-mum", &long_note, "", None), CaseError::TooLong { max: 4000 }),
        (add_agreement("ag4", "p-mum", "Koken", &long_note, None), CaseError::TooLong { max: 4000 }),
        (add_agreement("ag4", "p-9", "Koken", "", None), CaseError::NotFound("participant")),
        (add_agreement("ag4", "p-mum", "Koken", "", Some("g9")), CaseError::NotFound("goal")),
        (add_agreement("ag1", "p-dad", "Koken", "", None), CaseError::DuplicateId(s("ag1"))),
        (CaseAction::RemoveAgreement { id: s("ag9") }, CaseError::NotFound("agreement")),
        (CaseAction::SetAgreementEnded { id: s("ag9"), ended: true }, CaseError::NotFound("agreement")),
        // Confirmations.
        (CaseAction::Confirm { participant_id: s("p-9"), date: d("2026-03-03") }, CaseError::NotFound("participant")),
        // Reviews.
        (CaseAction::StartReview { id: s("r2"), visit_id: s("v9") }, CaseError::NotFound("visit")),
        (CaseAction::StartReview { id: s("r1"), visit_id: s("c1-v1") }, CaseError::DuplicateId(s("r1"))),
        (outcome("r9", "ag1", Outcome::Done), CaseError::NotFound("review")),
        (outcome("r1", "ag9", Outcome::Done), CaseError::NotFound("agreement")),
        (review_text("r9", "ag1", ReviewField::Why, "x"), CaseError::NotFound("review")),
        (review_text("r1", "ag9", ReviewField::Next, "x"), CaseError::NotFound("agreement")),
        (review_text("r1", "ag1", ReviewField::Why, &long_note), CaseError::TooLong { max: 4000 }),
        (review_text("r1", "ag2", ReviewField::Next, &long_note), CaseError::TooLong { max: 4000 }),
        (CaseAction::SetReviewNote { review_id: s("r9"), text: s("x") }, CaseError::NotFound("review")),
        (CaseAction::SetReviewNote { review_id: s("r1"), text: long_note.clone() }, CaseError::TooLong { max: 4000 }),
        // Answering apart and on one's own phone.
        (
            CaseAction::SetPrivate {
                assessment_id: s("a1"),
                participant_id: s("p-net"),
                theme_id: s("health"),
                on: true,
            },
            CaseError::NotFound("participant"),
        ),
        (CaseAction::Invite(invitation("inv1")), CaseError::DuplicateId(s("inv1"))),
        (
            CaseAction::Invite(Invitation { participant_id: s("p-net"), ..invitation("inv2") }),
            CaseError::NotFound("participant"),
        ),
        (CaseAction::Invite(Invitation { visit_id: s("v9"), ..invitation("inv2") }), CaseError::NotFound("visit")),
        (CaseAction::Invite(Invitation { theme_ids: vec![], ..invitation("inv2") }), CaseError::NotFound("theme")),
        (CaseAction::RemoveInvitation { id: s("inv9") }, CaseError::NotFound("invitation")),
        (phone_answers("inv9", vec![]), CaseError::CoFill(CoFillError::OtherCase)),
        (
            phone_answers("inv1", vec![Answer { level: Some(s("fine")), ..new_answer("p-kid", "housing") }]),
            CaseError::CoFill(CoFillError::Damaged),
        ),
    ];
    let base = planned_case();
    for (action, want) in table {
        refused(&base, action, want);
    }
}

#[test]
fn limits_count_characters_after_trimming() {
    let mut c = rich_case();
    // 80 two-byte characters (160 bytes) with spaces around: accepted, trimmed.
    let eighty = "é".repeat(80);
    ok(&mut c, CaseAction::SetFamilyAlias(format!("  {eighty}  ")));
    assert_eq!(c.family_alias, eighty);
    refused(&c, CaseAction::SetFamilyAlias("é".repeat(81)), CaseError::TooLong { max: 80 });
    ok(&mut c, person("p-long", &eighty, Role::Parent, None));
    assert_eq!(c.participant("p-long").unwrap().name, eighty);

    let note_4000 = "ë".repeat(4000);
    ok(&mut c, note("a1", "p-mum", "health", NoteKind::Worries, &note_4000));
    assert_eq!(assessment(&c, "a1").answer("p-mum", "health").unwrap().worries, note_4000);
    refused(&c, note("a1", "p-mum", "health", NoteKind::Worries, &"ë".repeat(4001)), CaseError::TooLong { max: 4000 });
}

#[test]
fn at_most_twelve_participants_and_twelve_children() {
    let mut c = rich_case();
    let have = c.participants.len();
    for i in have..12 {
        ok(&mut c, person(&format!("p{i}"), &format!("Persoon {i}"), Role::NetworkMember, None));
    }
    assert_eq!(c.participants.len(), 12);
    refused(&c, person("p13", "Dertien", Role::Parent, None), CaseError::TooMany(List::Participants));
    // Removing one makes room again.
    ok(&mut c, CaseAction::RemoveParticipant { id: s("p-net") });
    ok(&mut c, person("p13", "Dertien", Role::Parent, None));
    assert_eq!(c.participants.len(), 12);

    let have = c.children.len();
    for i in have..12 {
        ok(&mut c, child(&format!("k{i}x"), &format!("Kind {i}"), None, None));
    }
    assert_eq!(c.children.len(), 12);
    refused(&c, child("k13", "Dertien", Some("2025-01-01"), None), CaseError::TooMany(List::Children));
}

#[test]
fn consent_keeps_one_decision_per_topic_in_a_fixed_order() {
    let mut c = empty_case();
    for (topic, given, date) in [
        (ConsentTopic::ShareWithOrganisation, true, "2026-03-01"),
        (ConsentTopic::ContactNetwork, true, "2026-03-01"),
        (ConsentTopic::RecordOnDevice, true, "2026-03-01"),
        (ConsentTopic::ShareWithOrganisation, false, "2026-03-05"),
    ] {
        ok(&mut c, CaseAction::SetConsent { topic, given, date: d(date) });
    }
    let topics: Vec<ConsentTopic> = c.consent.iter().map(|x| x.topic).collect();
    assert_eq!(topics, ConsentTopic::ALL);
    let share = c.consent_for(ConsentTopic::ShareWithOrganisation).unwrap();
    assert_eq!((share.given, share.date), (false, d("2026-03-05")));
    assert!(c.consent_for(ConsentTopic::ContactNetwork).unwrap().given);
}

#[test]
fn participants_cannot_name_an_unknown_child() {
    let base = rich_case();
    refused(&base, person("p-new", "Lotte", Role::YoungPerson, Some("k9")), CaseError::NotFound("child"));
    refused(
        &base,
        CaseAction::UpdateParticipant {
            id: s("p-kid"),
            name: s("Sam"),
            role: Role::YoungPerson,
            child_id: Some(s("k9")),
        },
        CaseError::NotFound("child"),
    );
    // A known child is fine, and so is the reader.
    let mut c = base.clone();
    ok(&mut c, person("p-new", "Baby", Role::YoungPerson, Some("k2")));
    ok(
        &mut c,
        CaseAction::UpdateParticipant { id: s("p-kid"), name: s("Sam"), role: Role::YoungPerson, child_id: None },
    );
    assert_eq!(c.participant("p-new").unwrap().child_id.as_deref(), Some("k2"));
    assert_eq!(check_case(&c), Ok(()));
}

#[test]
fn plan_texts_may_be_as_long_as_a_note() {
    let mut c = planned_case();
    let at_limit = "ë".repeat(4000);
    let over = "ë".repeat(4001);
    let texts: Vec<fn(String) -> CaseAction> = vec![
        CaseAction::SetPlanStrengths,
        CaseAction::SetBackup,
        |t| CaseAction::SetReviewNote { review_id: s("r1"), text: t },
        |t| review_text("r1", "ag1", ReviewField::Why, &t),
        |t| review_text("r1", "ag1", ReviewField::Next, &t),
        |t| add_goal("g-long", &t, &[]),
        |t| add_agreement("ag-long", "p-mum", &t, "", None),
        |t| add_agreement("ag-long2", "p-mum", "Koken", &t, None),
    ];
    for make in texts {
        refused(&c, make(over.clone()), CaseError::TooLong { max: 4000 });
        ok(&mut c, make(at_limit.clone()));
    }
    let p = &c.plan;
    assert_eq!((p.strengths.chars().count(), p.backup.chars().count()), (4000, 4000));
    assert_eq!(p.reviews[0].note, at_limit);
    assert_eq!((p.reviews[0].items[0].why.as_str(), p.reviews[0].items[0].next.as_str()), (&*at_limit, &*at_limit));
    assert_eq!(p.goals.last().unwrap().text, at_limit);
    assert_eq!(p.agreements[3].what, at_limit);
    assert_eq!(p.agreements[4].when, at_limit);
    assert_eq!(check_case(&c), Ok(()));
    assert_eq!(parse_case(&serde_json::to_string(&c).unwrap()), Ok(c));
}

#[test]
fn one_confirmation_per_participant() {
    let mut c = planned_case();
    ok(&mut c, CaseAction::Confirm { participant_id: s("p-mum"), date: d("2026-04-15") });
    let mut got: Vec<(&str, Date)> = c.plan.confirmations.iter().map(|x| (x.participant_id.as_str(), x.date)).collect();
    got.sort();
    assert_eq!(got, [("p-mum", d("2026-04-15")), ("p-pro", d("2026-03-02"))]);

    // Unconfirming someone who has not confirmed is no refusal and changes nothing.
    let before = c.clone();
    ok(&mut c, CaseAction::Unconfirm { participant_id: s("p-dad") });
    ok(&mut c, CaseAction::Unconfirm { participant_id: s("p-9") });
    assert_eq!(c, before);
    ok(&mut c, CaseAction::Unconfirm { participant_id: s("p-mum") });
    ok(&mut c, CaseAction::Unconfirm { participant_id: s("p-mum") });
    assert_eq!(c.plan.confirmations, [Confirmation { participant_id: s("p-pro"), date: d("2026-03-02") }]);
}

/// An action that is accepted must leave a case the reader accepts; one that is refused must
/// change nothing. Either is fine here: the bug is accepting and leaving a broken case.
fn stays_readable(base: &Case, action: CaseAction) -> Case {
    let shown = format!("{action:?}");
    let mut c = base.clone();
    match apply(&mut c, action) {
        Ok(()) => assert_eq!(check_case(&c), Ok(()), "{shown} was accepted but left a case the reader refuses"),
        Err(_) => assert_eq!(&c, base, "{shown} was refused but changed the case"),
    }
    c
}

#[test]
fn removing_a_participant_leaves_no_plan_item_naming_them() {
    let base = planned_case();
    for id in ["p-mum", "p-net", "p-pro"] {
        let c = stays_readable(&base, CaseAction::RemoveParticipant { id: s(id) });
        if c.participant(id).is_none() {
            assert!(c.plan.agreements.iter().all(|a| a.who != id), "{id}");
            assert!(c.plan.confirmations.iter().all(|x| x.participant_id != id), "{id}");
        }
    }
}

#[test]
fn becoming_a_network_member_leaves_no_answers_behind() {
    let base = planned_case();
    let c = stays_readable(
        &base,
        CaseAction::UpdateParticipant { id: s("p-dad"), name: s("Papa"), role: Role::NetworkMember, child_id: None },
    );
    if c.participant("p-dad").is_some_and(|p| p.role == Role::NetworkMember) {
        assert!(c.assessments.iter().all(|a| a.answers.iter().all(|x| x.participant_id != "p-dad")));
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Rating rules
// ---------------------------------------------------------------------------------------------

fn only_answer<'a>(c: &'a Case, pid: &str, tid: &str) -> &'a Answer {
    let a1 = assessment(c, "a1");
    let n = a1.answers.iter().filter(|a| a.participant_id == pid && a.theme_id == tid).count();
    assert_eq!(n, 1, "exactly one answer for {pid}/{tid}");
    a1.answer(pid, tid).unwrap()
}

#[test]
fn rating_and_skipping_replace_each_other() {
    let mut c = rich_case();
    ok(&mut c, rate("a1", "p-pro", "housing", "some-worries"));
    let a = only_answer(&c, "p-pro", "housing");
    assert_eq!((a.level.as_deref(), a.skip), (Some("some-worries"), None));

    ok(&mut c, skip("a1", "p-pro", "housing", Skip::Later));
    let a = only_answer(&c, "p-pro", "housing");
    assert_eq!((a.level.as_deref(), a.skip), (None, Some(Skip::Later)));

    ok(&mut c, skip("a1", "p-pro", "housing", Skip::NotDiscussed));
    let a = only_answer(&c, "p-pro", "housing");
    assert_eq!((a.level.as_deref(), a.skip), (None, Some(Skip::NotDiscussed)));

    ok(&mut c, rate("a1", "p-pro", "housing", "fine"));
    let a = only_answer(&c, "p-pro", "housing");
    assert_eq!((a.level.as_deref(), a.skip), (Some("fine"), None));

    // p-kid's health was skipped in the rich case; rating it clears the skip.
    ok(&mut c, rate("a1", "p-kid", "health", "strength"));
    let a = only_answer(&c, "p-kid", "health");
    assert_eq!((a.level.as_deref(), a.skip), (Some("strength"), None));
}

#[test]
fn clearing_prunes_empty_answers_but_keeps_notes() {
    let mut c = rich_case();
    let before = assessment(&c, "a1").answers.len();

    // A rating and nothing else: the answer disappears.
    ok(&mut c, rate("a1", "p-pro", "routine", "serious-worries"));
    assert_eq!(assessment(&c, "a1").answers.len(), before + 1);
    ok(&mut c, clear("a1", "p-pro", "routine"));
    assert_eq!(assessment(&c, "a1").answer("p-pro", "routine"), None);
    assert_eq!(assessment(&c, "a1").answers.len(), before);

    // A skip and nothing else: likewise.
    ok(&mut c, clear("a1", "p-kid", "health"));
    assert_eq!(assessment(&c, "a1").answer("p-kid", "health"), None);

    // A rating with a note: the rating goes, the note stays.
    ok(&mut c, clear("a1", "p-mum", "health"));
    let a = only_answer(&c, "p-mum", "health");
    assert_eq!((a.level.as_deref(), a.skip, a.going_well.as_str()), (None, None, "Slaapt goed"));
    // Emptying the note as well prunes it.
    ok(&mut c, note("a1", "p-mum", "health", NoteKind::GoingWell, ""));
    assert_eq!(assessment(&c, "a1").answer("p-mum", "health"), None);

    // A rating with a flag: turning the flag off keeps the rating; clearing then prunes.
    ok(&mut c, flag("a1", "p-dad", "health", NoteKind::OutsideControl, false));
    assert_eq!(only_answer(&c, "p-dad", "health").level.as_deref(), Some("some-worries"));
    ok(&mut c, clear("a1", "p-dad", "health"));
    assert_eq!(assessment(&c, "a1").answer("p-dad", "health"), None);

    // Clearing what was never said leaves no trace.
    let snapshot = c.clone();
    ok(&mut c, clear("a1", "p-pro", "identity"));
    ok(&mut c, flag("a1", "p-pro", "identity", NoteKind::FitsAge, false));
    assert_eq!(c, snapshot);
}

#[test]
fn skip_for_all_reaches_everyone_answering_but_no_network_member() {
    let mut c = rich_case();
    let answering: Vec<String> = c.respondents().map(|p| p.id.clone()).collect();
    // A network member does not answer: naming one is refused and changes nothing.
    let mut with_network = answering.clone();
    with_network.push(s("p-net"));
    refused(
        &c,
        CaseAction::SkipThemeForAll {
            assessment_id: s("a1"),
            theme_id: s("health"),
            skip: Skip::NotDiscussed,
            participant_ids: with_network,
        },
        CaseError::NotFound("participant"),
    );
    ok(
        &mut c,
        CaseAction::SkipThemeForAll {
            assessment_id: s("a1"),
            theme_id: s("health"),
            skip: Skip::NotDiscussed,
            participant_ids: answering,
        },
    );
    let a1 = assessment(&c, "a1");
    for p in &c.participants {
        let got = a1.answer(&p.id, "health");
        if p.role == Role::NetworkMember {
            assert_eq!(got, None, "{}", p.id);
        } else {
            let got = got.unwrap_or_else(|| panic!("{} has no answer", p.id));
            assert_eq!((got.level.as_deref(), got.skip), (None, Some(Skip::NotDiscussed)), "{}", p.id);
        }
    }
    // Notes and flags on the skipped theme stay.
    assert_eq!(a1.answer("p-mum", "health").unwrap().going_well, "Slaapt goed");
    assert!(a1.answer("p-dad", "health").unwrap().outside_control);
    // Other themes are untouched.
    assert_eq!(a1.answer("p-kid", "safety").unwrap().level.as_deref(), Some("strength"));
    // One answer per (participant, theme).
    let keys: BTreeSet<(&str, &str)> =
        a1.answers.iter().map(|a| (a.participant_id.as_str(), a.theme_id.as_str())).collect();
    assert_eq!(keys.len(), a1.answers.len());
    assert_eq!(check_case(&c), Ok(()));
}

// A tap copies the case and changes one answer: the copy shares every other answer, the plan and
// the circle with the case before it (copying and comparing hundreds of answers whole made a large case's taps slow), and
// the case before it keeps its own answer.
#[test]
fn a_change_to_one_answer_copies_only_that_answer() {
    let mut c = rich_case();
    ok(&mut c, note("a1", "p-dad", "housing", NoteKind::Worries, "Te klein"));
    let before = c.clone();
    ok(&mut c, rate("a1", "p-dad", "housing", "serious-worries"));
    let (old, new) = (&before.assessments[0], &c.assessments[0]);
    assert_eq!(old.answers.len(), new.answers.len());
    let mut copied = 0;
    for (x, y) in old.answers.iter().zip(&new.answers) {
        if std::ptr::eq(&**x, &**y) {
            assert_eq!(x, y);
        } else {
            copied += 1;
            assert_eq!((x.participant_id.as_str(), x.theme_id.as_str()), ("p-dad", "housing"));
            assert_eq!(y.worries, "Te klein", "the note stays with the new level");
            assert_eq!(y.level.as_deref(), Some("serious-worries"));
            assert_ne!(x.level.as_deref(), Some("serious-worries"), "the case before keeps its answer");
        }
    }
    assert_eq!(copied, 1);
    assert!(old.answers.len() > 1, "the case has other answers to share");
    assert!(std::ptr::eq(&*before.plan, &*c.plan), "an answer leaves the plan shared");
    assert!(std::ptr::eq(&*before.network, &*c.network), "an answer leaves the circle shared");
}

#[test]
fn removing_a_participant_removes_their_answers_everywhere() {
    let mut c = rich_case();
    ok(&mut c, CaseAction::AddVisit { id: s("v2"), date: d("2026-06-01"), purpose: Purpose::Monitor });
    ok(&mut c, start("a2", "v2"));
    ok(&mut c, rate("a2", "p-dad", "health", "fine"));
    ok(&mut c, note("a2", "p-dad", "housing", NoteKind::Worries, "Te klein"));
    ok(&mut c, rate("a2", "p-mum", "health", "fine"));
    let others_before: Vec<Vec<Shared<Answer>>> = c
        .assessments
        .iter()
        .map(|a| a.answers.iter().filter(|x| x.participant_id != "p-dad").cloned().collect())
        .collect();

    ok(&mut c, CaseAction::RemoveParticipant { id: s("p-dad") });
    assert!(c.participant("p-dad").is_none());
    for a in &c.assessments {
        assert!(a.answers.iter().all(|x| x.participant_id != "p-dad"), "{} still has p-dad's answers", a.id);
    }
    let others_after: Vec<Vec<Shared<Answer>>> = c.assessments.iter().map(|a| a.answers.clone()).collect();
    assert_eq!(others_after, others_before);
    assert_eq!(check_case(&c), Ok(()));
}

#[test]
fn removing_a_child_unlinks_only_its_young_persons() {
    let mut c = rich_case();
    ok(&mut c, person("p-kid2", "Sam ook", Role::YoungPerson, Some("k1")));
    ok(&mut c, person("p-baby", "Baby", Role::YoungPerson, Some("k2")));
    ok(&mut c, CaseAction::RemoveChild { id: s("k1") });
    let links: Vec<(&str, Option<&str>)> =
        c.participants.iter().map(|p| (p.id.as_str(), p.child_id.as_deref())).collect();
    assert_eq!(
        links,
        [
            ("p-mum", None),
            ("p-dad", None),
            ("p-kid", None),
            ("p-pro", None),
            ("p-net", None),
            ("p-kid2", None),
            ("p-baby", Some("k2")),
        ]
    );
    // The young person stays, with their answers.
    assert_eq!(assessment(&c, "a1").answer("p-kid", "safety").unwrap().level.as_deref(), Some("strength"));
    assert_eq!(check_case(&c), Ok(()));
}

// ---------------------------------------------------------------------------------------------
// 3.–5. compare, heaviest, change
// ---------------------------------------------------------------------------------------------

/// One participant's answer on the theme under test.
#[derive(Debug, Clone, Copy)]
enum P {
    /// Rated with this level id.
    R(&'static str),
    /// Skipped.
    S(Skip),
    /// No answer.
    O,
}
use P::{O, R, S};

#[path = "common/rules.rs"]
mod rules;
use rules::{ok, refused};

/// The triangle's scale, written out so the tests do not trust the instrument to grade itself.
fn weight(level: &str) -> Option<i8> {
    match level {
        "strength" => Some(-1),
        "fine" => Some(0),
        "some-worries" => Some(1),
        "serious-worries" => Some(2),
        _ => None,
    }
}

#[test]
fn triangle_scale_is_the_four_step_scale() {
    let t = triangle();
    let scale: Vec<(&str, i8)> = t.def.scale.iter().map(|l| (l.id.as_str(), l.weight)).collect();
    assert_eq!(scale, [("strength", -1), ("fine", 0), ("some-worries", 1), ("serious-worries", 2)]);
    for (id, w) in scale {
        assert_eq!(weight(id), Some(w));
    }
}

const PIDS: [&str; 6] = ["p1", "p2", "p3", "p4", "p5", "p6"];

/// An assessment with the given positions on `theme` (answers stored in reverse order), plus noise:
/// serious worries on another theme by everyone, and by a participant who is not compared.
fn assessment_with(theme: &str, positions: &[P]) -> Assessment {
    let mut answers = Vec::new();
    for (pid, p) in PIDS.iter().zip(positions).rev() {
        match p {
            R(l) => answers.push(Answer { level: Some(s(l)), ..new_answer(pid, theme) }),
            S(k) => answers.push(Answer { skip: Some(*k), ..new_answer(pid, theme) }),
            // An open participant may still have written a note.
            O => answers.push(Answer { worries: s("nog niet over gehad"), ..new_answer(pid, theme) }),
        }
    }
    for pid in PIDS {
        answers.push(Answer { level: Some(s("serious-worries")), ..new_answer(pid, "noise") });
    }
    answers.push(Answer { level: Some(s("serious-worries")), ..new_answer("outsider", theme) });
    let answers = answers.into_iter().map(Shared::new).collect();
    Assessment { id: s("a1"), visit_id: s("v1"), instrument_id: s("triangle"), instrument_version: 1, answers }
}

// Answers grouped by theme find, for every participant and theme, the answer `answer` finds: the
// first one, even where an imported file holds two for the same participant and theme.
#[test]
fn answers_by_theme_find_what_answer_finds() {
    let mut a = assessment_with("health", &[R("fine"), S(Skip::Later), O, R("strength")]);
    a.answers.push(Answer { level: Some(s("strength")), ..new_answer("p1", "health") }.into());
    let by_theme = a.by_theme();
    assert_eq!(by_theme.values().map(Vec::len).sum::<usize>(), a.answers.len());
    for theme in ["health", "noise", "absent"] {
        for pid in PIDS.iter().copied().chain(["outsider", "nobody"]) {
            let grouped = by_theme.get(theme).and_then(|here| here.iter().copied().find(|x| x.participant_id == pid));
            assert_eq!(
                grouped.map(|x| x as *const Answer),
                a.answer(pid, theme).map(|x| x as *const Answer),
                "{pid} on {theme}"
            );
        }
    }
    assert_eq!(a.answer("p1", "health").unwrap().level.as_deref(), Some("fine"));
}

fn expected_position(p: P) -> Position {
    match p {
        R(l) => match weight(l) {
            Some(w) => Position::Rated { level: s(l), weight: w },
            None => Position::Open,
        },
        S(k) => Position::Skipped(k),
        O => Position::Open,
    }
}

#[test]
fn compare_finds_agreement_among_rated_participants_only() {
    use Agreement::{Differ, NoneRated, Same, Single};
    use Skip::{Later, NotDiscussed};
    let table: Vec<(&[P], Agreement)> = vec![
        // One participant.
        (&[O], NoneRated),
        (&[S(Later)], NoneRated),
        (&[R("fine")], Single),
        (&[R("purple")], NoneRated),
        // Two.
        (&[O, O], NoneRated),
        (&[S(Later), S(NotDiscussed)], NoneRated),
        (&[R("fine"), R("fine")], Same),
        (&[R("strength"), R("serious-worries")], Differ { spread: 3 }),
        (&[R("serious-worries"), R("strength")], Differ { spread: 3 }),
        (&[R("fine"), R("some-worries")], Differ { spread: 1 }),
        (&[R("strength"), S(Later)], Single),
        (&[R("purple"), R("fine")], Single),
        (&[R("purple"), R("violet")], NoneRated),
        // Three.
        (&[R("fine"), R("some-worries"), R("fine")], Differ { spread: 1 }),
        (&[R("fine"), S(NotDiscussed), O], Single),
        (&[R("strength"), R("strength"), O], Same),
        (&[R("strength"), R("fine"), R("purple")], Differ { spread: 1 }),
        // Four.
        (&[R("strength"), S(Later), R("some-worries"), O], Differ { spread: 2 }),
        (&[S(Later), S(Later), S(NotDiscussed), O], NoneRated),
        // Five.
        (&[R("fine"), R("fine"), R("fine"), R("fine"), S(Later)], Same),
        (&[R("some-worries"), O, O, O, R("serious-worries")], Differ { spread: 1 }),
        // Six.
        (&[R("some-worries"); 6], Same),
        (
            &[R("strength"), R("fine"), R("some-worries"), R("serious-worries"), R("fine"), R("strength")],
            Differ { spread: 3 },
        ),
        (&[R("serious-worries"), R("serious-worries"), S(Later), O, R("purple"), R("serious-worries")], Same),
        (&[O, O, O, O, O, R("fine")], Single),
    ];
    let t = triangle();
    for (positions, want) in table {
        let n = positions.len();
        let a = assessment_with("health", positions);
        let got = compare(&t, &a, &["health"], &PIDS[..n]);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].theme_id, "health");
        assert_eq!(got[0].agreement, want, "{positions:?}");
        let expected: Vec<(String, Position)> =
            PIDS[..n].iter().zip(positions).map(|(pid, p)| (s(pid), expected_position(*p))).collect();
        assert_eq!(got[0].positions, expected, "{positions:?}");
    }
}

#[test]
fn compare_keeps_the_participant_order_given_and_the_theme_order_given() {
    let t = triangle();
    let a = assessment_with("health", &[R("strength"), S(Skip::Later), O, R("serious-worries")]);
    let order = ["p4", "p2", "p1", "p3"];
    let got = compare(&t, &a, &["noise", "health", "safety"], &order);
    let themes: Vec<&str> = got.iter().map(|c| c.theme_id.as_str()).collect();
    assert_eq!(themes, ["noise", "health", "safety"]);

    let health = &got[1];
    let ids: Vec<&str> = health.positions.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(ids, order);
    assert_eq!(
        health.positions.iter().map(|(_, p)| p.clone()).collect::<Vec<_>>(),
        [
            Position::Rated { level: s("serious-worries"), weight: 2 },
            Position::Skipped(Skip::Later),
            Position::Rated { level: s("strength"), weight: -1 },
            Position::Open,
        ]
    );
    assert_eq!(health.agreement, Agreement::Differ { spread: 3 });
    assert_eq!(got[0].agreement, Agreement::Same);
    assert_eq!(got[2].agreement, Agreement::NoneRated);
    assert!(got[2].positions.iter().all(|(_, p)| *p == Position::Open));

    // No participants: nothing rated.
    let none = compare(&t, &a, &["health"], &[]);
    assert_eq!((none[0].positions.len(), none[0].agreement), (0, Agreement::NoneRated));
}

#[test]
fn compare_works_on_answers_made_by_actions() {
    let t = triangle();
    let mut c = rich_case();
    ok(&mut c, rate("a1", "p-pro", "health", "serious-worries"));
    let ids: Vec<&str> = c.respondents().map(|p| p.id.as_str()).collect();
    let got = compare(&t, assessment(&c, "a1"), &["health", "safety"], &ids);
    // fine (0), some-worries (1), skipped, serious-worries (2).
    assert_eq!(got[0].agreement, Agreement::Differ { spread: 2 });
    assert_eq!(got[0].positions[2], (s("p-kid"), Position::Skipped(Skip::Later)));
    assert_eq!(got[1].agreement, Agreement::Single);
}

#[test]
fn heaviest_is_the_highest_weight_rated() {
    let table: Vec<(&[P], Option<&str>)> = vec![
        (&[], None),
        (&[O, S(Skip::Later)], None),
        (&[R("purple")], None),
        (&[R("fine")], Some("fine")),
        (&[R("strength")], Some("strength")),
        (&[R("strength"), R("strength")], Some("strength")),
        (&[R("strength"), R("fine")], Some("fine")),
        (&[R("fine"), R("strength")], Some("fine")),
        (&[R("serious-worries"), R("fine"), R("some-worries")], Some("serious-worries")),
        (&[R("some-worries"), S(Skip::NotDiscussed), R("purple"), O, R("strength"), R("fine")], Some("some-worries")),
    ];
    let t = triangle();
    for (positions, want) in table {
        let mut a = assessment_with("health", positions);
        // Drop the outsider so that only the table's participants rate "health".
        a.answers.retain(|x| x.participant_id != "outsider");
        let got = heaviest(&t, &a, "health");
        assert_eq!(got.map(|l| l.id.as_str()), want, "{positions:?}");
        if let (Some(level), Some(id)) = (got, want) {
            assert_eq!(Some(level.weight), weight(id));
        }
    }
    // The other theme's serious worries never leak in.
    let a = assessment_with("health", &[R("fine")]);
    assert_eq!(heaviest(&t, &a, "noise").map(|l| l.id.as_str()), Some("serious-worries"));
    assert_eq!(heaviest(&t, &a, "safety"), None);
}

#[test]
fn change_compares_one_participants_rating_across_visits() {
    use Change::{Better, Heavier, NotComparable};
    let table: Vec<(P, P, Change)> = vec![
        (R("some-worries"), R("fine"), Better),
        (R("serious-worries"), R("strength"), Better),
        (R("fine"), R("fine"), Change::Same),
        (R("strength"), R("strength"), Change::Same),
        (R("fine"), R("some-worries"), Heavier),
        (R("strength"), R("serious-worries"), Heavier),
        (O, R("fine"), NotComparable),
        (R("fine"), O, NotComparable),
        (S(Skip::Later), R("fine"), NotComparable),
        (R("fine"), S(Skip::NotDiscussed), NotComparable),
        (R("purple"), R("fine"), NotComparable),
        (R("fine"), R("purple"), NotComparable),
        (O, O, NotComparable),
    ];
    let t = triangle();
    for (before, now, want) in table {
        // p1 is the participant followed; p2 rates the opposite way to show it does not leak in.
        let b = assessment_with("health", &[before, R("strength")]);
        let n = assessment_with("health", &[now, R("serious-worries")]);
        assert_eq!(change(&t, &b, &n, "p1", "health"), want, "{before:?} -> {now:?}");
    }
    let b = assessment_with("health", &[R("fine"), R("strength")]);
    let n = assessment_with("health", &[R("fine"), R("serious-worries")]);
    assert_eq!(change(&t, &b, &n, "p2", "health"), Change::Heavier);
    assert_eq!(change(&t, &n, &b, "p2", "health"), Change::Better);
    assert_eq!(change(&t, &b, &n, "p2", "safety"), Change::NotComparable);
}

// ---------------------------------------------------------------------------------------------
// 6. Which themes a way of working shows
// ---------------------------------------------------------------------------------------------

#[test]
fn screening_is_a_small_subset_covering_every_side() {
    let t = triangle();
    let screening = t.theme_ids_for(WayOfWorking::Screening);
    assert_eq!(screening.len(), 6, "{screening:?}");
    assert!(screening.contains(&"safety"), "{screening:?}");
    let sides: BTreeSet<&str> = screening.iter().map(|id| t.theme(id).expect("known theme").0.id.as_str()).collect();
    let all_sides: BTreeSet<&str> = t.def.sides.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(all_sides.len(), 3);
    assert_eq!(sides, all_sides);
    // In the instrument's order, without repeats.
    let order: Vec<&str> = t.themes().map(|(_, th)| th.id.as_str()).filter(|id| screening.contains(id)).collect();
    assert_eq!(screening, order);
}

#[test]
fn extended_shows_all_themes_in_instrument_order() {
    let t = triangle();
    let all: Vec<&str> = t.themes().map(|(_, th)| th.id.as_str()).collect();
    assert_eq!(all.len(), 21);
    assert_eq!(t.theme_ids_for(WayOfWorking::Extended), all);
    assert_eq!(all.iter().collect::<BTreeSet<_>>().len(), 21, "theme ids are unique");
}

#[test]
fn always_shown_themes_appear_in_every_way_of_working() {
    let t = triangle();
    let always: Vec<&str> = t.themes().filter(|(_, th)| th.always_shown).map(|(_, th)| th.id.as_str()).collect();
    assert!(always.contains(&"safety"), "{always:?}");
    for way in WayOfWorking::ALL {
        let ids = t.theme_ids_for(way);
        for id in &always {
            assert!(ids.contains(id), "{id} missing from {way:?}");
        }
    }

    // The rule, not just the data: an extended-only theme marked always shown joins screening,
    // and an always-shown theme with no ways at all is still shown.
    let mut v: serde_json::Value = serde_json::from_str(TRIANGLE).unwrap();
    let themes = v["sides"][0]["themes"].as_array_mut().unwrap();
    let identity = themes.iter_mut().find(|th| th["id"] == "identity").expect("identity theme");
    assert_eq!(identity["ways"], serde_json::json!(["extended", "multidisciplinary"]));
    identity["alwaysShown"] = true.into();
    identity["ways"] = serde_json::json!([]);
    let changed = Instrument::from_json(&v.to_string()).expect("still a valid instrument");
    for way in WayOfWorking::ALL {
        assert!(changed.theme_ids_for(way).contains(&"identity"), "{way:?}");
    }
    let screening = changed.theme_ids_for(WayOfWorking::Screening);
    assert_eq!(screening.len(), 7);
    assert!(!t.theme_ids_for(WayOfWorking::Screening).contains(&"identity"));
}

// ---------------------------------------------------------------------------------------------
// 7. Case helpers
// ---------------------------------------------------------------------------------------------

#[test]
fn visits_are_ordered_by_date_and_the_latest_is_current() {
    let mut c = empty_case(); // c1-v1 on 2026-03-01
    for (id, date) in [("v3", "2026-05-10"), ("v0", "2025-12-01"), ("v2", "2026-04-01")] {
        ok(&mut c, CaseAction::AddVisit { id: s(id), date: d(date), purpose: Purpose::Monitor });
    }
    let order: Vec<&str> = c.visits_by_date().iter().map(|v| v.id.as_str()).collect();
    assert_eq!(order, ["v0", "c1-v1", "v2", "v3"]);
    // Stored order is untouched.
    let stored: Vec<&str> = c.visits.iter().map(|v| v.id.as_str()).collect();
    assert_eq!(stored, ["c1-v1", "v3", "v0", "v2"]);
    assert_eq!(c.current_visit().map(|v| v.id.as_str()), Some("v3"));
    assert_eq!(c.summary().last_visit, Some(d("2026-05-10")));

    // Moving the oldest visit into the future makes it current.
    ok(&mut c, CaseAction::SetVisitDate { id: s("v0"), date: d("2027-01-01") });
    assert_eq!(c.current_visit().map(|v| v.id.as_str()), Some("v0"));
    let order: Vec<&str> = c.visits_by_date().iter().map(|v| v.id.as_str()).collect();
    assert_eq!(order, ["c1-v1", "v2", "v3", "v0"]);

    c.visits.clear();
    assert!(c.visits_by_date().is_empty());
    assert_eq!(c.current_visit(), None);
}

#[test]
fn respondents_are_everyone_but_network_members_in_order() {
    let mut c = rich_case();
    ok(&mut c, person("p-buur", "Buurvrouw", Role::NetworkMember, None));
    ok(&mut c, person("p-gp", "Huisarts", Role::Professional, None));
    let ids: Vec<&str> = c.respondents().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["p-mum", "p-dad", "p-kid", "p-pro", "p-gp"]);
    for role in Role::ALL {
        assert_eq!(role.answers(), role != Role::NetworkMember, "{role:?}");
    }
}

#[test]
fn child_age_from_birth_or_due_date() {
    let today = d("2026-03-01");
    let kid = |birth: Option<&str>, due: Option<&str>| Child {
        id: s("k"),
        alias: s("K"),
        birth_date: birth.map(d),
        due_date: due.map(d),
    };
    let table: Vec<(Child, ChildAge)> = vec![
        (kid(Some("2019-04-02"), None), ChildAge::Born(Age { years: 6, months: 10 })),
        (kid(Some("2025-03-01"), None), ChildAge::Born(Age { years: 1, months: 0 })),
        (kid(Some("2026-03-01"), None), ChildAge::Born(Age { years: 0, months: 0 })),
        (kid(Some("2026-02-02"), None), ChildAge::Born(Age { years: 0, months: 0 })),
        // A birth date later than today (a typing slip) is not a negative age.
        (kid(Some("2026-04-01"), None), ChildAge::Born(Age { years: 0, months: 0 })),
        // Due in 92 days: 13 whole weeks.
        (kid(None, Some("2026-06-01")), ChildAge::Expected { weeks_to_go: 13 }),
        (kid(None, Some("2026-03-08")), ChildAge::Expected { weeks_to_go: 1 }),
        (kid(None, Some("2026-03-07")), ChildAge::Expected { weeks_to_go: 0 }),
        (kid(None, Some("2026-03-01")), ChildAge::Expected { weeks_to_go: 0 }),
        // Overdue: never negative.
        (kid(None, Some("2026-02-28")), ChildAge::Expected { weeks_to_go: 0 }),
        (kid(None, Some("2026-01-01")), ChildAge::Expected { weeks_to_go: 0 }),
        (kid(None, Some("2025-03-01")), ChildAge::Expected { weeks_to_go: 0 }),
        (kid(None, None), ChildAge::Unknown),
    ];
    for (k, want) in table {
        assert_eq!(k.age_on(today), want, "{k:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// 8. JSON round trip
// ---------------------------------------------------------------------------------------------

#[test]
fn a_case_built_by_actions_round_trips_through_parse_case() {
    let mut c = empty_case();
    for action in [
        CaseAction::SetFamilyAlias(s("Familie Ster")),
        CaseAction::SetWayOfWorking(WayOfWorking::Multidisciplinary),
        CaseAction::SetPurpose(Purpose::Monitor),
        child("k1", "Daan", Some("2017-09-30"), None),
        child("k2", "Nog geen naam", None, Some("2026-08-15")),
        person("p-mum", "Mama \"Ans\" — é ü 中", Role::Parent, None),
        person("p-daan", "Daan", Role::YoungPerson, Some("k1")),
        person("p-pro", "Wijkteam", Role::Professional, None),
        CaseAction::SetConsent { topic: ConsentTopic::RecordOnDevice, given: true, date: d("2026-03-01") },
        CaseAction::SetConsent { topic: ConsentTopic::ContactNetwork, given: false, date: d("2026-03-01") },
        CaseAction::AddVisit { id: s("v2"), date: d("2026-04-12"), purpose: Purpose::Evaluate },
        start("a1", "c1-v1"),
        rate("a1", "p-mum", "health", "fine"),
        rate("a1", "p-daan", "health", "serious-worries"),
        skip("a1", "p-pro", "health", Skip::NotDiscussed),
        rate("a1", "p-pro", "safety", "some-worries"),
        note("a1", "p-mum", "health", NoteKind::GoingWell, "Eet goed.\nSlaapt door."),
        note("a1", "p-daan", "health", NoteKind::Worries, "Buikpijn voor school"),
        flag("a1", "p-daan", "health", NoteKind::FitsAge, true),
        flag("a1", "p-mum", "housing", NoteKind::OutsideControl, true),
        CaseAction::SkipThemeForAll {
            assessment_id: s("a1"),
            theme_id: s("work-money"),
            skip: Skip::Later,
            participant_ids: ["p-mum", "p-daan", "p-pro"].map(s).to_vec(),
        },
        start("a2", "v2"),
        rate("a2", "p-daan", "health", "some-worries"),
    ] {
        ok(&mut c, action);
    }
    assert_eq!(c.children.len(), 2);
    assert_eq!(c.participants.len(), 3);
    assert!(assessment(&c, "a1").answers.len() >= 6);

    for text in [serde_json::to_string(&c).unwrap(), serde_json::to_string_pretty(&c).unwrap()] {
        let back = parse_case(&text).unwrap_or_else(|e| panic!("refused: {e}\n{text}"));
        assert_eq!(back, c);
        assert_eq!(serde_json::to_string(&back).unwrap(), serde_json::to_string(&c).unwrap());
    }

    // The file holds only what was said: no empty notes, false flags or null levels.
    let v: serde_json::Value = serde_json::to_value(&c).unwrap();
    let skipped = v["assessments"][0]["answers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["participantId"] == "p-pro" && a["themeId"] == "health")
        .unwrap();
    assert_eq!(skipped, &serde_json::json!({"participantId": "p-pro", "themeId": "health", "skip": "notDiscussed"}));

    // And what the round trip brings back still compares the same way.
    let t = triangle();
    let back = parse_case(&serde_json::to_string(&c).unwrap()).unwrap();
    let ids: Vec<&str> = back.respondents().map(|p| p.id.as_str()).collect();
    let cmp = compare(&t, assessment(&back, "a1"), &["health"], &ids);
    assert_eq!(cmp[0].agreement, Agreement::Differ { spread: 2 });
    assert_eq!(change(&t, assessment(&back, "a1"), assessment(&back, "a2"), "p-daan", "health"), Change::Better);
}

#[test]
fn nobody_who_carries_an_agreement_leaves_the_case_or_the_circle() {
    use samenplan::core::network::{NetworkAction, Ring, Sector};
    let mut c = planned_case();
    let mum = c.participants.iter().find(|p| p.id == "p-mum").unwrap().name.clone();
    refused(&c, CaseAction::RemoveParticipant { id: s("p-mum") }, CaseError::CarriesAgreements { name: mum });
    let henk = NetworkAction::Add {
        id: s("np-henk"),
        name: s("Opa Henk"),
        relation: s("opa"),
        ring: Ring::Close,
        sector: Sector::Family,
        suggested_by: None,
    };
    ok(&mut c, CaseAction::Network(henk));
    ok(&mut c, add_agreement("ag9", "np-henk", "Haalt Sam op", "vrijdag", None));
    let leave = || CaseAction::Network(NetworkAction::Remove { id: s("np-henk") });
    refused(&c, leave(), CaseError::CarriesAgreements { name: s("Opa Henk") });
    // Once the agreement has gone, so may he.
    ok(&mut c, CaseAction::RemoveAgreement { id: s("ag9") });
    ok(&mut c, leave());
    assert!(c.network.person("np-henk").is_none());
}
