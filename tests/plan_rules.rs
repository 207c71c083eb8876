//! The matrix and the support plan, exercised through the public API.
//!
//! - `propose` over assessments built with actions on the bundled triangle: who counts as a rater,
//!   how many worries make a need light, moderate or serious, "fits the age", safety;
//! - `strengths` and `strengths_near`;
//! - `ordered_agreements`: family, then network, then professionals, stable within each;
//! - reviews: starting, outcomes and texts, `review_counts`, ending agreements, reaching goals, and
//!   what removing a need, goal or agreement unlinks;
//! - `timeline`: assessments and reviews by visit date;
//! - migration of version 1 and 2 files, and the version 3 round trip;
//! - what `check_case` (and so `parse_case`) refuses in the matrix and plan.

use samenplan::core::action::ReviewField;
use samenplan::core::assessment::Skip;
use samenplan::core::case::{Purpose, Role, WayOfWorking, SCHEMA_VERSION};
use samenplan::core::conversation::Conversation;
use samenplan::core::date::Date;
use samenplan::core::import::{check_case, parse_case, ImportError};
use samenplan::core::instrument::{Instrument, NoteKind};
use samenplan::core::matrix::{proposals, signals, strengths_near, Severity, Signals, SupportKind, Urgency};
use samenplan::core::migrate::migrate;
use samenplan::core::plan::{ordered_agreements, review_counts, timeline, Carrier, Moment, Outcome, Plan, Review};
use samenplan::core::{Case, CaseAction, CaseError};
use serde_json::{json, Value};

const TRIANGLE: &str = include_str!("../schemas/instruments/triangle.json");
const CASE_V1: &str = include_str!("fixtures/case-v1.json");

fn triangle() -> Instrument {
    Instrument::from_json(TRIANGLE).expect("the built-in triangle loads")
}

fn d(s: &str) -> Date {
    Date::parse(s).unwrap_or_else(|e| panic!("{e}"))
}

fn s(x: &str) -> String {
    x.to_string()
}

fn person(id: &str, name: &str, role: Role) -> CaseAction {
    let child_id = (role == Role::YoungPerson).then(|| s("k1"));
    CaseAction::AddParticipant { id: s(id), name: s(name), role, child_id }
}

fn visit(id: &str, date: &str) -> CaseAction {
    CaseAction::AddVisit { id: s(id), date: d(date), purpose: Purpose::Monitor }
}

fn start(id: &str, visit: &str) -> CaseAction {
    CaseAction::StartAssessment { id: s(id), visit_id: s(visit), instrument_id: s("triangle"), instrument_version: 1 }
}

fn agreement(id: &str, who: &str, what: &str, goal: Option<&str>) -> CaseAction {
    CaseAction::AddAgreement { id: s(id), who: s(who), what: s(what), when: s(""), goal_id: goal.map(s) }
}

fn review(id: &str, visit: &str) -> CaseAction {
    CaseAction::StartReview { id: s(id), visit_id: s(visit) }
}

fn outcome(review: &str, agreement: &str, outcome: Outcome) -> CaseAction {
    CaseAction::SetReviewOutcome { review_id: s(review), agreement_id: s(agreement), outcome }
}

fn review_text(review: &str, agreement: &str, field: ReviewField, text: &str) -> CaseAction {
    CaseAction::SetReviewText { review_id: s(review), agreement_id: s(agreement), field, text: s(text) }
}

fn need(id: &str, themes: &[&str]) -> CaseAction {
    CaseAction::SetNeed {
        id: s(id),
        assessment_id: s("a1"),
        theme_ids: themes.iter().map(|t| s(t)).collect(),
        severity: Severity::Moderate,
        urgency: Urgency::Soon,
        support: None,
    }
}

fn goal(id: &str, text: &str, needs: &[&str]) -> CaseAction {
    CaseAction::AddGoal { id: s(id), text: s(text), need_ids: needs.iter().map(|n| s(n)).collect() }
}

/// A family with every role and an empty assessment `a1` at the first visit (`c1-v1`, 2026-03-01).
fn family() -> Case {
    let mut c = Case::new(s("c1"), s("Familie Zon"), d("2026-03-01"), 1_772_323_200_000.0);
    for action in [
        CaseAction::AddChild {
            id: s("k1"),
            alias: s("Sam"),
            birth_date: Some(d("2019-04-02")),
            due_date: None,
            today: d("2026-06-15"),
        },
        person("p-mum", "Mama", Role::Parent),
        person("p-dad", "Papa", Role::Parent),
        person("p-kid", "Sam", Role::YoungPerson),
        person("p-pro", "Wijkteam", Role::Professional),
        person("p-net", "Oma", Role::NetworkMember),
        start("a1", "c1-v1"),
    ] {
        ok(&mut c, action);
    }
    c
}

fn assessment_of(c: &Case) -> &samenplan::core::assessment::Assessment {
    c.assessments.iter().find(|a| a.id == "a1").expect("a1")
}

/// The conversation of the visit of assessment `a1`, with the triangle as the only instrument.
fn conv<'a>(t: &'a Instrument, c: &'a Case) -> Conversation<'a> {
    Conversation::of(c, &assessment_of(c).visit_id, std::slice::from_ref(t)).expect("the visit")
}

/// The conversation's proposals on the themes asked for, as (theme, severity, urgency).
fn propose(t: &Instrument, c: &Case, themes: &[&str]) -> Vec<(String, Severity, Urgency)> {
    proposals(&conv(t, c))
        .into_iter()
        .filter(|p| themes.contains(&p.theme_id.as_str()))
        .map(|p| (p.theme_id, p.severity, p.urgency))
        .collect()
}

fn signals_of(t: &Instrument, c: &Case, theme: &str) -> Signals {
    signals(&conv(t, c), theme)
}

fn strengths(t: &Instrument, c: &Case) -> Vec<String> {
    conv(t, c).strengths().iter().map(|v| v.theme.id.clone()).collect()
}

// ---------------------------------------------------------------------------------------------
// 1. Proposed severity and urgency
// ---------------------------------------------------------------------------------------------

/// What one participant does with the theme under test.
#[derive(Debug, Clone, Copy)]
enum Says {
    /// Rates it at this level.
    Rates(&'static str),
    /// Rates it at this level and ticks "fits the age".
    RatesFitsAge(&'static str),
    /// Skips it.
    Skips(Skip),
    /// Writes a worry but gives no rating.
    OnlyWrites,
    /// Ticks "fits the age" but gives no rating.
    OnlyTicks,
    /// Rates it at this level and then clears the rating.
    RatesThenClears(&'static str),
    /// Rates it serious first, then changes to this level.
    ChangesTo(&'static str),
}
use Says::*;

#[path = "common/rules.rs"]
mod rules;
use rules::{ok, refused};

fn actions_for(pid: &str, theme: &str, says: Says) -> Vec<CaseAction> {
    let rate = |level: &str| CaseAction::RateTheme {
        assessment_id: s("a1"),
        participant_id: s(pid),
        theme_id: s(theme),
        level: s(level),
    };
    let fits = CaseAction::SetFlag {
        assessment_id: s("a1"),
        participant_id: s(pid),
        theme_id: s(theme),
        note: NoteKind::FitsAge,
        on: true,
    };
    match says {
        Rates(l) => vec![rate(l)],
        RatesFitsAge(l) => vec![rate(l), fits],
        Skips(skip) => {
            vec![CaseAction::SkipTheme { assessment_id: s("a1"), participant_id: s(pid), theme_id: s(theme), skip }]
        }
        OnlyWrites => vec![CaseAction::SetNote {
            assessment_id: s("a1"),
            participant_id: s(pid),
            theme_id: s(theme),
            note: NoteKind::Worries,
            text: s("Maakt zich zorgen"),
        }],
        OnlyTicks => vec![fits],
        RatesThenClears(l) => vec![
            rate(l),
            CaseAction::ClearAnswer { assessment_id: s("a1"), participant_id: s(pid), theme_id: s(theme) },
        ],
        ChangesTo(l) => vec![rate("serious-worries"), rate(l)],
    }
}

/// The family case with answers on `theme`, plus noise: serious worries from everyone on "housing".
fn answered(theme: &str, answers: &[(&str, Says)]) -> Case {
    let mut c = family();
    for (pid, says) in answers {
        for action in actions_for(pid, theme, *says) {
            ok(&mut c, action);
        }
    }
    if theme != "housing" {
        for pid in ["p-mum", "p-dad", "p-kid", "p-pro"] {
            ok(&mut c, actions_for(pid, "housing", Rates("serious-worries")).remove(0));
        }
    }
    c
}

#[test]
fn proposals_from_answers_on_the_triangle() {
    const H: &str = "health";
    const SAFETY: &str = "safety";
    const MUM: &str = "p-mum";
    const DAD: &str = "p-dad";
    const KID: &str = "p-kid";
    const PRO: &str = "p-pro";
    const STRONG: Says = Rates("strength");
    const FINE: Says = Rates("fine");
    const SOME: Says = Rates("some-worries");
    const SER: Says = Rates("serious-worries");
    const SOME_AGE: Says = RatesFitsAge("some-worries");
    const SER_AGE: Says = RatesFitsAge("serious-worries");
    const LIGHT: Option<(Severity, Urgency)> = Some((Severity::Light, Urgency::CanWait));
    const MODERATE: Option<(Severity, Urgency)> = Some((Severity::Moderate, Urgency::Soon));
    const SERIOUS: Option<(Severity, Urgency)> = Some((Severity::Serious, Urgency::Soon));
    const SERIOUS_NOW: Option<(Severity, Urgency)> = Some((Severity::Serious, Urgency::Now));
    type Row = (&'static str, &'static [(&'static str, Says)], Option<(Severity, Urgency)>, &'static str);
    let table: Vec<Row> = vec![
        // How many worry, out of those who rated.
        (H, &[(MUM, SOME), (DAD, FINE), (PRO, FINE)], LIGHT, "one of three some"),
        (H, &[(MUM, SOME), (DAD, SOME), (PRO, FINE)], MODERATE, "two of three some"),
        (H, &[(MUM, SOME), (DAD, SOME), (KID, SOME)], MODERATE, "three of three some"),
        (H, &[(MUM, SOME), (DAD, SOME), (KID, FINE), (PRO, STRONG)], LIGHT, "half is not more than half"),
        (H, &[(MUM, SOME), (DAD, SOME), (KID, SOME), (PRO, STRONG)], MODERATE, "three of four some"),
        (H, &[(KID, SOME)], MODERATE, "the only rater"),
        (H, &[(MUM, SER), (DAD, FINE), (PRO, FINE)], MODERATE, "one serious"),
        (H, &[(MUM, SER), (DAD, SOME), (PRO, STRONG)], MODERATE, "one serious, one some"),
        (H, &[(MUM, SER), (DAD, SER), (PRO, FINE)], SERIOUS, "two serious"),
        (H, &[(MUM, SER), (KID, SER), (DAD, STRONG), (PRO, STRONG)], SERIOUS, "two serious, two strong"),
        // Safety: one serious worry is serious, and urgent now.
        (SAFETY, &[(MUM, SER), (DAD, FINE), (PRO, FINE)], SERIOUS_NOW, "one serious on safety"),
        (SAFETY, &[(MUM, SER), (PRO, SER)], SERIOUS_NOW, "two serious on safety"),
        (SAFETY, &[(MUM, SOME), (DAD, FINE), (PRO, FINE)], LIGHT, "some worries on safety count as usual"),
        (SAFETY, &[(MUM, SOME), (DAD, SOME), (PRO, FINE)], MODERATE, "two of three some on safety"),
        // "Fits the age" from every worried rater: one step lighter, but never on safety.
        (H, &[(MUM, SOME_AGE), (DAD, SOME_AGE), (PRO, FINE)], LIGHT, "moderate to light"),
        (H, &[(MUM, SER_AGE), (DAD, SER_AGE), (PRO, FINE)], MODERATE, "serious to moderate"),
        (H, &[(MUM, SER_AGE), (DAD, FINE)], LIGHT, "one serious to light"),
        (H, &[(MUM, SOME_AGE), (DAD, FINE), (PRO, FINE)], LIGHT, "light stays light"),
        (H, &[(MUM, SOME_AGE), (DAD, SOME), (PRO, FINE)], MODERATE, "not every worried rater ticks it"),
        (H, &[(MUM, SOME_AGE), (DAD, SER_AGE), (KID, FINE), (PRO, STRONG)], LIGHT, "only the worried tick it"),
        (H, &[(MUM, SOME_AGE), (DAD, SOME_AGE), (PRO, FINE), (KID, OnlyTicks)], LIGHT, "a tick without rating"),
        (SAFETY, &[(MUM, SER_AGE), (DAD, SER_AGE)], SERIOUS_NOW, "never lighter on safety"),
        (SAFETY, &[(MUM, SER_AGE), (DAD, FINE)], SERIOUS_NOW, "never lighter on safety, one serious"),
        (SAFETY, &[(MUM, SOME_AGE), (DAD, SOME_AGE), (PRO, FINE)], MODERATE, "never lighter on safety, some"),
        // No worries, no proposal.
        (H, &[(MUM, STRONG), (DAD, STRONG)], None, "strengths only"),
        (H, &[(MUM, FINE), (DAD, FINE), (KID, FINE), (PRO, FINE)], None, "fine only"),
        (SAFETY, &[(MUM, STRONG), (PRO, FINE)], None, "strength and fine"),
        (H, &[], None, "nobody answered"),
        (SAFETY, &[(MUM, Skips(Skip::Later)), (DAD, Skips(Skip::NotDiscussed))], None, "everyone skipped"),
        (H, &[(MUM, OnlyWrites), (DAD, OnlyTicks)], None, "a written worry without rating"),
        (H, &[(MUM, RatesThenClears("serious-worries")), (DAD, FINE)], None, "a cleared worry"),
        (H, &[(MUM, ChangesTo("fine"))], None, "a worry changed to fine"),
        // Skipped and unrated answers are not raters.
        (H, &[(MUM, SOME), (DAD, Skips(Skip::Later)), (PRO, Skips(Skip::NotDiscussed))], MODERATE, "two skipped"),
        (H, &[(MUM, SOME), (DAD, OnlyWrites), (PRO, OnlyTicks)], MODERATE, "two only wrote or ticked"),
        (H, &[(MUM, SOME), (DAD, RatesThenClears("fine"))], MODERATE, "a cleared rating"),
        (H, &[(MUM, SOME), (DAD, FINE), (KID, Skips(Skip::Later))], LIGHT, "one of two after a skip"),
        (H, &[(MUM, ChangesTo("some-worries")), (DAD, FINE), (PRO, FINE)], LIGHT, "a changed rating counts once"),
    ];
    let t = triangle();
    for (theme, answers, want, name) in table {
        let c = answered(theme, answers);
        let got = propose(&t, &c, &[theme]);
        let want: Vec<(String, Severity, Urgency)> =
            want.map(|(severity, urgency)| (s(theme), severity, urgency)).into_iter().collect();
        assert_eq!(got, want, "{name}: {answers:?}");
    }
}

#[test]
fn signals_count_raters_worries_and_ticks() {
    let t = triangle();
    let c = answered(
        "health",
        &[
            ("p-mum", RatesFitsAge("some-worries")),
            ("p-dad", RatesFitsAge("serious-worries")),
            ("p-kid", Skips(Skip::Later)),
            ("p-pro", RatesFitsAge("strength")),
        ],
    );
    let sig = signals_of(&t, &c, "health");
    assert_eq!((sig.some, sig.serious, sig.raters, sig.all_fit_age, sig.safety), (1, 1, 3, true, false));
    let sig = signals_of(&t, &c, "housing");
    assert_eq!((sig.some, sig.serious, sig.raters, sig.all_fit_age, sig.safety), (0, 4, 4, false, false));
    // Nobody worried: "all fit the age" is not claimed.
    let c = answered("safety", &[("p-mum", RatesFitsAge("fine"))]);
    let sig = signals_of(&t, &c, "safety");
    assert_eq!((sig.some, sig.serious, sig.raters, sig.all_fit_age, sig.safety), (0, 0, 1, false, true));
}

#[test]
fn proposals_come_in_the_instruments_order_and_only_for_worries() {
    let t = triangle();
    let mut c = answered("health", &[("p-mum", Rates("some-worries")), ("p-dad", Rates("fine"))]);
    for (pid, theme, level) in [
        ("p-kid", "safety", "serious-worries"),
        ("p-mum", "warmth-bond", "strength"),
        ("p-dad", "life-events", "some-worries"),
        ("p-pro", "routine", "fine"),
    ] {
        ok(&mut c, actions_for(pid, theme, Rates(level)).remove(0));
    }
    let all = t.theme_ids_for(WayOfWorking::Extended);
    let got = propose(&t, &c, &all);
    // Instrument order: health (child), safety (parenting), housing, life-events (family).
    assert_eq!(
        got,
        [
            (s("health"), Severity::Light, Urgency::CanWait),
            (s("safety"), Severity::Serious, Urgency::Now),
            (s("housing"), Severity::Serious, Urgency::Soon),
            (s("life-events"), Severity::Moderate, Urgency::Soon),
        ]
    );
    // Whoever raised it is named, in answer order; themes without worries give nothing.
    let raised: Vec<(String, Vec<String>)> = proposals(&conv(&t, &c))
        .into_iter()
        .map(|p| (p.theme_id, p.raised_by.into_iter().map(|r| r.participant_id).collect()))
        .collect();
    assert_eq!(raised[0], (s("health"), vec![s("p-mum")]));
    assert_eq!(raised[2].1, ["p-mum", "p-dad", "p-kid", "p-pro"]);
    // A way of working with fewer themes drops nothing already said: worries on themes it does
    // not show still reach the matrix.
    ok(&mut c, CaseAction::SetWayOfWorking(WayOfWorking::Screening));
    assert_eq!(propose(&t, &c, &all).len(), 4);
}

#[test]
fn strengths_are_themes_someone_called_a_strength() {
    let t = triangle();
    let mut c = family();
    for (pid, theme, says) in [
        ("p-kid", "identity", Rates("strength")),
        ("p-mum", "health", Rates("strength")),
        ("p-dad", "health", Rates("serious-worries")),
        ("p-mum", "warmth-bond", Rates("strength")),
        ("p-pro", "support-network", Rates("strength")),
        ("p-dad", "routine", Rates("fine")),
        ("p-mum", "housing", Skips(Skip::Later)),
        ("p-dad", "play-together", RatesThenClears("strength")),
        ("p-kid", "family-life", Rates("some-worries")),
    ] {
        for action in actions_for(pid, theme, says) {
            ok(&mut c, action);
        }
    }
    // In the instrument's order, whoever said it, even when someone else worries.
    assert_eq!(strengths(&t, &c), ["health", "identity", "warmth-bond", "support-network"]);
    let cv = conv(&t, &c);
    let near = |theme: &str| -> Vec<String> { strengths_near(&cv, theme).iter().map(|v| v.theme.id.clone()).collect() };
    // Only the same side of the triangle.
    assert_eq!(near("feelings-behaviour"), ["health", "identity"]);
    assert_eq!(near("health"), ["health", "identity"]);
    assert_eq!(near("safety"), ["warmth-bond"]);
    assert_eq!(near("routine"), ["warmth-bond"]);
    assert_eq!(near("housing"), ["support-network"]);
    assert_eq!(near("family-life"), ["support-network"]);
    assert!(near("no-such-theme").is_empty());

    // No strengths at all.
    let c = answered("health", &[("p-mum", Rates("serious-worries")), ("p-dad", Rates("fine"))]);
    assert!(strengths(&t, &c).is_empty());
    assert!(strengths_near(&conv(&t, &c), "health").is_empty());
}

// ---------------------------------------------------------------------------------------------
// 2. Agreement order
// ---------------------------------------------------------------------------------------------

#[test]
fn carriers_by_role() {
    let table = [
        (Role::Parent, Carrier::Family),
        (Role::YoungPerson, Carrier::Family),
        (Role::NetworkMember, Carrier::Network),
        (Role::Professional, Carrier::Professional),
    ];
    for (role, want) in table {
        assert_eq!(Carrier::of(role), want, "{role:?}");
    }
    assert!(Carrier::Family < Carrier::Network && Carrier::Network < Carrier::Professional);
}

#[test]
fn agreements_go_family_then_network_then_professionals_as_added() {
    let mut c = family();
    ok(&mut c, person("p-gp", "Huisarts", Role::Professional));
    ok(&mut c, person("p-buur", "Buurvrouw", Role::NetworkMember));
    for (id, who) in [
        ("pro1", "p-pro"),
        ("net1", "p-net"),
        ("fam1", "p-kid"),
        ("pro2", "p-gp"),
        ("fam2", "p-mum"),
        ("net2", "p-buur"),
        ("fam3", "p-kid"),
        ("pro3", "p-pro"),
        ("fam4", "p-dad"),
        ("net3", "p-net"),
    ] {
        ok(&mut c, agreement(id, who, &format!("Afspraak {id}"), None));
    }
    let order = |c: &Case| -> Vec<(Carrier, String)> {
        ordered_agreements(c).into_iter().map(|(carrier, a)| (carrier, a.id.clone())).collect()
    };
    use Carrier::{Family as F, Network as N, Professional as P};
    let want = |ids: &[(Carrier, &str)]| -> Vec<(Carrier, String)> { ids.iter().map(|(c, i)| (*c, s(i))).collect() };
    assert_eq!(
        order(&c),
        want(&[
            (F, "fam1"),
            (F, "fam2"),
            (F, "fam3"),
            (F, "fam4"),
            (N, "net1"),
            (N, "net2"),
            (N, "net3"),
            (P, "pro1"),
            (P, "pro2"),
            (P, "pro3")
        ])
    );
    // The stored order is untouched.
    let stored: Vec<&str> = c.plan.agreements.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(stored, ["pro1", "net1", "fam1", "pro2", "fam2", "net2", "fam3", "pro3", "fam4", "net3"]);

    // Ended agreements keep their place; a new role moves the agreements; removal closes the gap.
    ok(&mut c, CaseAction::SetAgreementEnded { id: s("fam2"), ended: true });
    ok(
        &mut c,
        CaseAction::UpdateParticipant { id: s("p-gp"), name: s("Huisarts"), role: Role::NetworkMember, child_id: None },
    );
    ok(&mut c, CaseAction::RemoveAgreement { id: s("net1") });
    assert_eq!(
        order(&c),
        want(&[
            (F, "fam1"),
            (F, "fam2"),
            (F, "fam3"),
            (F, "fam4"),
            (N, "pro2"),
            (N, "net2"),
            (N, "net3"),
            (P, "pro1"),
            (P, "pro3")
        ])
    );

    assert!(ordered_agreements(&family()).is_empty());
}

// ---------------------------------------------------------------------------------------------
// 3. Reviews
// ---------------------------------------------------------------------------------------------

/// The family with two needs, three goals and four agreements (ag4 by a network member).
fn with_plan() -> Case {
    let mut c = answered("health", &[("p-mum", Rates("some-worries"))]);
    for action in [
        need("n1", &["health"]),
        need("n2", &["housing"]),
        goal("g1", "Sam slaapt door", &["n1"]),
        goal("g2", "Rust in huis", &["n1", "n2"]),
        goal("g3", "Een groter huis", &["n2"]),
        agreement("ag1", "p-mum", "Vaste bedtijd", Some("g1")),
        agreement("ag2", "p-pro", "Belt de corporatie", Some("g3")),
        agreement("ag3", "p-dad", "Kookt op woensdag", Some("g1")),
        agreement("ag4", "p-net", "Oma past op", None),
    ] {
        ok(&mut c, action);
    }
    c
}

fn the_review<'a>(c: &'a Case, id: &str) -> &'a Review {
    c.plan.reviews.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("no review {id}"))
}

fn counts(c: &Case, id: &str) -> (usize, usize, usize, usize) {
    review_counts(c, the_review(c, id))
}

#[test]
fn a_review_starts_empty_at_a_new_visit() {
    let mut c = with_plan();
    refused(&c, review("r1", "v2"), CaseError::NotFound("visit"));
    ok(&mut c, visit("v2", "2026-04-15"));
    ok(&mut c, review("r1", "v2"));
    let r = the_review(&c, "r1");
    assert_eq!((r.visit_id.as_str(), r.items.len(), r.note.as_str()), ("v2", 0, ""));
    // Every running agreement is "not yet" checked.
    assert_eq!(counts(&c, "r1"), (0, 0, 0, 4));
    refused(&c, review("r1", "c1-v1"), CaseError::DuplicateId(s("r1")));
    assert_eq!(check_case(&c), Ok(()));
}

#[test]
fn outcomes_overwrite_and_texts_stay() {
    let mut c = with_plan();
    ok(&mut c, visit("v2", "2026-04-15"));
    ok(&mut c, review("r1", "v2"));

    ok(&mut c, outcome("r1", "ag1", Outcome::Done));
    assert_eq!(counts(&c, "r1"), (1, 0, 0, 3));
    ok(&mut c, review_text("r1", "ag1", ReviewField::Why, "Elke avond gelukt"));
    ok(&mut c, outcome("r1", "ag1", Outcome::Partly));
    assert_eq!(counts(&c, "r1"), (0, 1, 0, 3));
    ok(&mut c, outcome("r1", "ag1", Outcome::NotDone));
    assert_eq!(counts(&c, "r1"), (0, 0, 1, 3));
    ok(&mut c, review_text("r1", "ag1", ReviewField::Next, "Weer proberen"));
    ok(&mut c, review_text("r1", "ag1", ReviewField::Why, "Te druk"));
    let r = the_review(&c, "r1");
    assert_eq!(r.items.len(), 1, "one item per agreement: {:?}", r.items);
    let i = r.item("ag1").unwrap();
    assert_eq!((i.outcome, i.why.as_str(), i.next.as_str()), (Some(Outcome::NotDone), "Te druk", "Weer proberen"));

    // A text alone does not check an agreement.
    ok(&mut c, review_text("r1", "ag2", ReviewField::Why, "Nog geen antwoord"));
    assert_eq!(the_review(&c, "r1").item("ag2").unwrap().outcome, None);
    assert_eq!(counts(&c, "r1"), (0, 0, 1, 3));

    ok(&mut c, outcome("r1", "ag2", Outcome::Done));
    ok(&mut c, outcome("r1", "ag3", Outcome::Partly));
    ok(&mut c, outcome("r1", "ag4", Outcome::Done));
    assert_eq!(counts(&c, "r1"), (2, 1, 1, 0));
    assert_eq!(the_review(&c, "r1").item("ag2").unwrap().why, "Nog geen antwoord");

    ok(&mut c, CaseAction::SetReviewNote { review_id: s("r1"), text: s("Goed gesprek") });
    ok(&mut c, CaseAction::SetReviewNote { review_id: s("r1"), text: s("Goed gesprek, met Sam") });
    assert_eq!(the_review(&c, "r1").note, "Goed gesprek, met Sam");

    // A second review has its own items.
    ok(&mut c, visit("v3", "2026-06-01"));
    ok(&mut c, review("r2", "v3"));
    ok(&mut c, outcome("r2", "ag1", Outcome::Done));
    assert_eq!(counts(&c, "r2"), (1, 0, 0, 3));
    assert_eq!(counts(&c, "r1"), (2, 1, 1, 0));
    assert_eq!(the_review(&c, "r1").item("ag1").unwrap().outcome, Some(Outcome::NotDone));
    assert_eq!(check_case(&c), Ok(()));
}

#[test]
fn ended_agreements_are_not_waiting_for_a_check() {
    let mut c = with_plan();
    ok(&mut c, visit("v2", "2026-04-15"));
    ok(&mut c, review("r1", "v2"));
    ok(&mut c, outcome("r1", "ag1", Outcome::Done));
    ok(&mut c, CaseAction::SetAgreementEnded { id: s("ag4"), ended: true });
    assert!(c.plan.agreements[3].ended);
    assert_eq!(counts(&c, "r1"), (1, 0, 0, 2));
    // Ending twice is no change; resuming brings it back.
    let before = c.clone();
    ok(&mut c, CaseAction::SetAgreementEnded { id: s("ag4"), ended: true });
    assert_eq!(c, before);
    ok(&mut c, CaseAction::SetAgreementEnded { id: s("ag4"), ended: false });
    assert!(!c.plan.agreements[3].ended);
    assert_eq!(counts(&c, "r1"), (1, 0, 0, 3));
    // The flag only shows in the file while it is set.
    let v = serde_json::to_value(&c).unwrap();
    assert!(v["plan"]["agreements"][3].get("ended").is_none());
    ok(&mut c, CaseAction::SetAgreementEnded { id: s("ag4"), ended: true });
    assert_eq!(serde_json::to_value(&c).unwrap()["plan"]["agreements"][3]["ended"], true);
}

#[test]
fn ending_an_agreement_keeps_the_outcomes_already_recorded() {
    let mut c = with_plan();
    ok(&mut c, visit("v2", "2026-04-15"));
    ok(&mut c, review("r1", "v2"));
    for ag in ["ag1", "ag2", "ag3", "ag4"] {
        ok(&mut c, outcome("r1", ag, Outcome::Done));
    }
    assert_eq!(counts(&c, "r1"), (4, 0, 0, 0));
    // At the next review the family scales down: ag4 is done and ends.
    ok(&mut c, CaseAction::SetAgreementEnded { id: s("ag4"), ended: true });
    assert_eq!(counts(&c, "r1"), (4, 0, 0, 0), "what the first review recorded does not change");
}

#[test]
fn goals_are_reached_and_reopened() {
    let mut c = with_plan();
    ok(&mut c, CaseAction::SetGoalReached { id: s("g2"), reached: Some(d("2026-05-01")) });
    let reached: Vec<Option<Date>> = c.plan.goals.iter().map(|g| g.reached).collect();
    assert_eq!(reached, [None, Some(d("2026-05-01")), None]);
    ok(&mut c, CaseAction::SetGoalReached { id: s("g2"), reached: Some(d("2026-05-08")) });
    assert_eq!(c.plan.goals[1].reached, Some(d("2026-05-08")));
    ok(&mut c, CaseAction::SetGoalReached { id: s("g2"), reached: None });
    assert_eq!(c, with_plan());
}

#[test]
fn removing_an_agreement_removes_its_checks_from_every_review() {
    let mut c = with_plan();
    ok(&mut c, visit("v2", "2026-04-15"));
    ok(&mut c, visit("v3", "2026-06-01"));
    ok(&mut c, review("r1", "v2"));
    ok(&mut c, review("r2", "v3"));
    for (r, ag, o) in [
        ("r1", "ag1", Outcome::Done),
        ("r1", "ag2", Outcome::Partly),
        ("r1", "ag3", Outcome::NotDone),
        ("r2", "ag2", Outcome::Done),
        ("r2", "ag1", Outcome::Done),
    ] {
        ok(&mut c, outcome(r, ag, o));
    }
    ok(&mut c, review_text("r2", "ag2", ReviewField::Next, "Afronden"));
    ok(&mut c, CaseAction::RemoveAgreement { id: s("ag2") });
    let items = |id: &str| -> Vec<(String, Option<Outcome>)> {
        the_review(&c, id).items.iter().map(|i| (i.agreement_id.clone(), i.outcome)).collect()
    };
    assert_eq!(items("r1"), [(s("ag1"), Some(Outcome::Done)), (s("ag3"), Some(Outcome::NotDone))]);
    assert_eq!(items("r2"), [(s("ag1"), Some(Outcome::Done))]);
    assert_eq!(counts(&c, "r1"), (1, 0, 1, 1));
    assert!(c.plan.agreements.iter().all(|a| a.id != "ag2"));
    assert_eq!(check_case(&c), Ok(()));
    // Gone means gone.
    refused(&c, outcome("r1", "ag2", Outcome::Done), CaseError::NotFound("agreement"));
    refused(&c, CaseAction::RemoveAgreement { id: s("ag2") }, CaseError::NotFound("agreement"));
}

#[test]
fn removing_a_goal_unlinks_its_agreements() {
    let mut c = with_plan();
    ok(&mut c, CaseAction::RemoveGoal { id: s("g1") });
    let links: Vec<(&str, Option<&str>)> =
        c.plan.agreements.iter().map(|a| (a.id.as_str(), a.goal_id.as_deref())).collect();
    assert_eq!(links, [("ag1", None), ("ag2", Some("g3")), ("ag3", None), ("ag4", None)]);
    let goals: Vec<&str> = c.plan.goals.iter().map(|g| g.id.as_str()).collect();
    assert_eq!(goals, ["g2", "g3"]);
    assert_eq!(check_case(&c), Ok(()));
    refused(&c, agreement("ag5", "p-mum", "Iets", Some("g1")), CaseError::NotFound("goal"));
}

#[test]
fn removing_a_need_unlinks_its_goals() {
    let mut c = with_plan();
    ok(&mut c, CaseAction::RemoveNeed { id: s("n1") });
    let links: Vec<(&str, Vec<&str>)> =
        c.plan.goals.iter().map(|g| (g.id.as_str(), g.need_ids.iter().map(String::as_str).collect())).collect();
    assert_eq!(links, [("g1", vec![]), ("g2", vec!["n2"]), ("g3", vec!["n2"])]);
    assert_eq!(c.needs.len(), 1);
    assert_eq!(check_case(&c), Ok(()));
    // An unlinked goal leaves no empty list in the file.
    let v = serde_json::to_value(&c).unwrap();
    assert!(v["plan"]["goals"][0].get("needIds").is_none(), "{}", v["plan"]["goals"][0]);
    refused(&c, goal("g4", "Iets", &["n1"]), CaseError::NotFound("need"));
}

// ---------------------------------------------------------------------------------------------
// 4. Timeline
// ---------------------------------------------------------------------------------------------

/// (kind, id, date) of each moment.
fn moments(c: &Case) -> Vec<(&'static str, String, Date)> {
    timeline(c)
        .into_iter()
        .map(|m| match m {
            Moment::Assessment { date, assessment_id, .. } => ("assessment", s(assessment_id), date),
            Moment::Review { date, review_id, .. } => ("review", s(review_id), date),
        })
        .collect()
}

#[test]
fn the_timeline_follows_the_visit_dates() {
    let mut c = with_plan(); // a1 at c1-v1, 2026-03-01
    for action in [
        visit("v4", "2026-09-01"),
        visit("v2", "2026-04-15"),
        visit("v3", "2026-06-01"),
        visit("v3b", "2026-06-01"),
        review("r-sep", "v4"),
        // The review is started before the assessment of the same day, and at its own visit.
        review("r-jun", "v3b"),
        review("r-apr", "v2"),
        start("a-jun", "v3"),
    ] {
        ok(&mut c, action);
    }
    let want = |rows: &[(&'static str, &str, &str)]| -> Vec<(&'static str, String, Date)> {
        rows.iter().map(|(k, id, date)| (*k, s(id), d(date))).collect()
    };
    assert_eq!(
        moments(&c),
        want(&[
            ("assessment", "a1", "2026-03-01"),
            ("review", "r-apr", "2026-04-15"),
            ("assessment", "a-jun", "2026-06-01"),
            ("review", "r-jun", "2026-06-01"),
            ("review", "r-sep", "2026-09-01"),
        ])
    );
    // Each moment names its own visit, and `date()` is the visit's date.
    for m in timeline(&c) {
        let (visit_id, date) = match &m {
            Moment::Assessment { visit_id, date, .. } | Moment::Review { visit_id, date, .. } => (*visit_id, *date),
        };
        assert_eq!(c.visits.iter().find(|v| v.id == visit_id).map(|v| v.date), Some(date));
        assert_eq!(m.date(), date);
    }

    // A review and an assessment at the very same visit: the assessment first, whatever the order added.
    ok(&mut c, review("r-same", "v2"));
    ok(&mut c, start("a-same", "v2"));
    // Moving a visit moves its moments.
    ok(&mut c, CaseAction::SetVisitDate { id: s("v4"), date: d("2026-01-15") });
    assert_eq!(
        moments(&c),
        want(&[
            ("review", "r-sep", "2026-01-15"),
            ("assessment", "a1", "2026-03-01"),
            ("assessment", "a-same", "2026-04-15"),
            ("review", "r-apr", "2026-04-15"),
            ("review", "r-same", "2026-04-15"),
            ("assessment", "a-jun", "2026-06-01"),
            ("review", "r-jun", "2026-06-01"),
        ])
    );
}

#[test]
fn the_timeline_of_a_new_case_is_empty_or_one_assessment() {
    let c = Case::new(s("c1"), s("Familie Zon"), d("2026-03-01"), 0.0);
    assert!(timeline(&c).is_empty());
    let c = family();
    assert_eq!(moments(&c), [("assessment", s("a1"), d("2026-03-01"))]);
}

// ---------------------------------------------------------------------------------------------
// 5. Migration and the round trip of a case with a plan
// ---------------------------------------------------------------------------------------------

#[test]
fn version_2_gains_an_empty_matrix_and_plan() {
    // A version 2 file: the version 1 fixture with an assessment, as version 2 wrote it.
    let mut v2: Value = serde_json::from_str(CASE_V1).unwrap();
    v2["schemaVersion"] = 2.into();
    v2["assessments"] = json!([{
        "id": "a1",
        "visitId": "v1",
        "instrumentId": "triangle",
        "instrumentVersion": 1,
        "answers": [
            {"participantId": "p-eva", "themeId": "health", "level": "some-worries", "fitsAge": true},
            {"participantId": "p-joris", "themeId": "safety", "skip": "later"}
        ]
    }]);
    let text = serde_json::to_string_pretty(&v2).unwrap();
    let c = parse_case(&text).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.schema_version, SCHEMA_VERSION);
    assert!(c.needs.is_empty());
    assert_eq!(*c.plan, Plan::default());
    assert_eq!(c.assessments.len(), 1);
    assert_eq!(c.assessments[0].answers.len(), 2);
    assert!(c.assessments[0].answers[0].fits_age);
    assert_eq!(c.participants.len(), 4);
    // And the triangle's proposal still works on what came in.
    let t = triangle();
    let got: Vec<(String, Severity, Urgency)> =
        proposals(&Conversation::of(&c, &c.assessments[0].visit_id, std::slice::from_ref(&t)).expect("visit"))
            .into_iter()
            .map(|p| (p.theme_id, p.severity, p.urgency))
            .collect();
    assert_eq!(got, [(s("health"), Severity::Light, Urgency::CanWait)]);

    // migrate() itself says where the file came from.
    let mut raw = v2.clone();
    assert_eq!(migrate(&mut raw), Ok(2));
    assert_eq!(raw["needs"], json!([]));
    assert_eq!(raw["plan"], json!({}));
    assert_eq!(raw["schemaVersion"], SCHEMA_VERSION);
}

#[test]
fn version_2_made_from_a_case_comes_back_as_that_case() {
    // A case with answers but no plan, written as version 2 wrote it (no needs, no plan).
    let c = answered("health", &[("p-mum", Rates("some-worries")), ("p-dad", OnlyWrites)]);
    let v2 = as_version(&c, 2);
    assert!(v2.get("needs").is_none() && v2.get("plan").is_none());
    assert_eq!(parse_case(&v2.to_string()), Ok(c));
}

#[test]
fn version_1_comes_in_with_an_empty_plan() {
    let c = parse_case(CASE_V1).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(c.schema_version, SCHEMA_VERSION);
    assert!(c.assessments.is_empty() && c.needs.is_empty());
    assert_eq!(*c.plan, Plan::default());
}

/// The top-level fields of a case file up to version 2 (version 1 lacked only `assessments`).
const V2_FIELDS: [&str; 14] = [
    "$schema",
    "format",
    "schemaVersion",
    "id",
    "familyAlias",
    "created",
    "updatedMs",
    "wayOfWorking",
    "purpose",
    "children",
    "participants",
    "visits",
    "consent",
    "assessments",
];

/// A case written as an older version wrote it: only the fields that version had.
fn as_version(c: &Case, version: u32) -> Value {
    let mut v = serde_json::to_value(c).unwrap();
    let obj = v.as_object_mut().unwrap();
    obj.retain(|k, _| V2_FIELDS.contains(&k.as_str()) || (version >= 3 && (k == "needs" || k == "plan")));
    obj.insert(s("schemaVersion"), version.into());
    v
}

/// A case using every part of the matrix and plan.
fn full_case() -> Case {
    let mut c = with_plan();
    for action in [
        CaseAction::SetNeed {
            id: s("n3"),
            assessment_id: s("a1"),
            theme_ids: vec![s("safety"), s("rules-limits")],
            severity: Severity::Serious,
            urgency: Urgency::Now,
            support: Some(SupportKind::LightProfessional),
        },
        CaseAction::SetPlanStrengths(s("Oma woont om de hoek.\nWe praten veel — \"altijd\".")),
        CaseAction::SetBackup(s("Bij ruzie: Oma bellen")),
        CaseAction::SetReviewDate(Some(d("2026-06-01"))),
        CaseAction::Confirm { participant_id: s("p-mum"), date: d("2026-03-01") },
        CaseAction::Confirm { participant_id: s("p-net"), date: d("2026-03-02") },
        CaseAction::AddAgreement {
            id: s("ag5"),
            who: s("p-kid"),
            what: s("Zegt het als het niet goed gaat"),
            when: s("meteen"),
            goal_id: Some(s("g2")),
        },
        CaseAction::SetAgreementEnded { id: s("ag2"), ended: true },
        CaseAction::SetGoalReached { id: s("g3"), reached: Some(d("2026-05-20")) },
        visit("v2", "2026-04-15"),
        review("r1", "v2"),
        outcome("r1", "ag1", Outcome::Done),
        outcome("r1", "ag3", Outcome::NotDone),
        review_text("r1", "ag3", ReviewField::Why, "Geen tijd"),
        review_text("r1", "ag3", ReviewField::Next, "Op zaterdag"),
        review_text("r1", "ag4", ReviewField::Why, "Nog niet besproken"),
        CaseAction::SetReviewNote { review_id: s("r1"), text: s("Sam was erbij") },
    ] {
        ok(&mut c, action);
    }
    c
}

#[test]
fn a_case_with_a_plan_round_trips() {
    let c = full_case();
    assert_eq!(check_case(&c), Ok(()));
    for text in [serde_json::to_string(&c).unwrap(), serde_json::to_string_pretty(&c).unwrap()] {
        let back = parse_case(&text).unwrap_or_else(|e| panic!("refused: {e}\n{text}"));
        assert_eq!(back, c);
        assert_eq!(serde_json::to_string(&back).unwrap(), serde_json::to_string(&c).unwrap());
    }
    // Written as version 3 wrote it, it comes back the same (any later additions start empty).
    let v3 = as_version(&c, 3);
    assert_eq!(v3["plan"], serde_json::to_value(&c.plan).unwrap());
    assert_eq!(parse_case(&serde_json::to_string_pretty(&v3).unwrap()), Ok(c.clone()));

    // The file's names and values, as the schema spells them.
    let v = serde_json::to_value(&c).unwrap();
    assert_eq!(v["schemaVersion"], SCHEMA_VERSION);
    assert_eq!(
        v["needs"][2],
        json!({"id": "n3", "assessmentId": "a1", "themeIds": ["safety", "rules-limits"], "severity": "serious",
               "urgency": "now", "support": "lightProfessional"})
    );
    assert_eq!(
        v["needs"][0],
        json!({"id": "n1", "assessmentId": "a1", "themeIds": ["health"], "severity": "moderate", "urgency": "soon"})
    );
    let p = &v["plan"];
    assert_eq!(
        p["goals"][2],
        json!({"id": "g3", "text": "Een groter huis", "needIds": ["n2"], "reached": "2026-05-20"})
    );
    assert_eq!(
        p["agreements"][1],
        json!({"id": "ag2", "who": "p-pro", "what": "Belt de corporatie", "goalId": "g3", "ended": true})
    );
    assert_eq!(p["agreements"][3], json!({"id": "ag4", "who": "p-net", "what": "Oma past op"}));
    assert_eq!(p["reviewDate"], "2026-06-01");
    assert_eq!(p["confirmations"][1], json!({"participantId": "p-net", "date": "2026-03-02"}));
    assert_eq!(
        p["reviews"][0],
        json!({"id": "r1", "visitId": "v2", "note": "Sam was erbij", "items": [
            {"agreementId": "ag1", "outcome": "done"},
            {"agreementId": "ag3", "outcome": "notDone", "why": "Geen tijd", "next": "Op zaterdag"},
            {"agreementId": "ag4", "why": "Nog niet besproken"}
        ]})
    );
    // An empty plan is written with its lists only.
    let v = serde_json::to_value(family()).unwrap();
    assert_eq!(v["needs"], json!([]));
    assert_eq!(v["plan"], json!({"goals": [], "agreements": [], "confirmations": [], "reviews": []}));
    // A current file may leave the matrix and plan out.
    let mut bare = v.clone();
    bare.as_object_mut().unwrap().remove("needs");
    bare.as_object_mut().unwrap().remove("plan");
    assert_eq!(parse_case(&bare.to_string()), Ok(family()));
}

// ---------------------------------------------------------------------------------------------
// 6. What the reader refuses in the matrix and plan
// ---------------------------------------------------------------------------------------------

type Edit = fn(&mut Value);

/// Applies each edit to the full case's JSON; returns, per edit, what `parse_case` said.
fn read_edited(edits: Vec<(&'static str, Edit)>) -> Vec<(&'static str, Result<Case, ImportError>)> {
    let base = serde_json::to_value(full_case()).unwrap();
    assert!(parse_case(&base.to_string()).is_ok());
    edits
        .into_iter()
        .map(|(name, edit)| {
            let mut v = base.clone();
            edit(&mut v);
            assert_ne!(v, base, "{name}: the edit must change the file");
            (name, parse_case(&v.to_string()))
        })
        .collect()
}

#[test]
fn agreements_naming_unknown_participants_are_refused() {
    // What check_case does today (and should): the reader refuses, and says which agreement.
    let mut c = full_case();
    c.plan.agreements[0].who = s("p-9");
    let err = check_case(&c).unwrap_err();
    assert!(matches!(&err, ImportError::Invalid(m) if m.contains("\"ag1\"") && m.contains("\"p-9\"")), "{err}");
    assert_eq!(parse_case(&serde_json::to_string(&c).unwrap()), Err(err));
    // A network member is a known participant and may carry an agreement.
    let mut c = full_case();
    c.plan.agreements[0].who = s("p-net");
    assert_eq!(check_case(&c), Ok(()));
}

#[test]
fn broken_references_in_the_plan_are_refused_and_named() {
    let edits: Vec<(&'static str, Edit)> = vec![
        ("agreement by unknown participant", |v| v["plan"]["agreements"][2]["who"] = "p-9".into()),
        ("agreement by a removed participant", |v| {
            let ps = v["participants"].as_array_mut().unwrap();
            ps.retain(|p| p["id"] != "p-net");
            v["plan"]["confirmations"].as_array_mut().unwrap().retain(|x| x["participantId"] != "p-net");
        }),
        ("agreement for unknown goal", |v| v["plan"]["agreements"][0]["goalId"] = "g9".into()),
        ("goal for unknown need", |v| v["plan"]["goals"][1]["needIds"] = json!(["n1", "n9"])),
        ("need from unknown assessment", |v| v["needs"][0]["assessmentId"] = "a9".into()),
        ("confirmation by unknown participant", |v| v["plan"]["confirmations"][0]["participantId"] = "p-9".into()),
        ("review at unknown visit", |v| v["plan"]["reviews"][0]["visitId"] = "v9".into()),
        ("review of unknown agreement", |v| v["plan"]["reviews"][0]["items"][0]["agreementId"] = "ag9".into()),
        ("need id twice", |v| v["needs"][1]["id"] = "n1".into()),
        ("goal id twice", |v| v["plan"]["goals"][2]["id"] = "g1".into()),
        ("agreement id twice", |v| v["plan"]["agreements"][3]["id"] = "ag1".into()),
        ("review id twice", |v| {
            let r = v["plan"]["reviews"][0].clone();
            v["plan"]["reviews"].as_array_mut().unwrap().push(r);
        }),
        ("unknown outcome", |v| v["plan"]["reviews"][0]["items"][0]["outcome"] = "maybe".into()),
        ("unknown severity", |v| v["needs"][0]["severity"] = "extreme".into()),
        ("unknown field in the plan", |v| v["plan"]["owner"] = "p-pro".into()),
    ];
    let mut failures = Vec::new();
    for (name, got) in read_edited(edits) {
        match got {
            Err(ImportError::Invalid(_)) => {}
            other => failures.push(format!("{name}: {other:?}")),
        }
    }
    assert!(failures.is_empty(), "accepted or refused for the wrong reason:\n{}", failures.join("\n"));
}

#[test]
fn the_reader_keeps_the_limits_apply_keeps() {
    let edits: Vec<(&'static str, Edit)> = vec![
        ("empty goal text", |v| v["plan"]["goals"][0]["text"] = "".into()),
        ("blank goal text", |v| v["plan"]["goals"][0]["text"] = "   ".into()),
        ("empty agreement", |v| v["plan"]["agreements"][0]["what"] = "".into()),
        ("blank agreement", |v| v["plan"]["agreements"][0]["what"] = " \n ".into()),
        ("need without themes", |v| v["needs"][0]["themeIds"] = json!([])),
        ("long goal", |v| v["plan"]["goals"][0]["text"] = "x".repeat(4001).into()),
        ("long agreement", |v| v["plan"]["agreements"][0]["what"] = "x".repeat(4001).into()),
        ("long when", |v| v["plan"]["agreements"][0]["when"] = "x".repeat(4001).into()),
        ("long strengths", |v| v["plan"]["strengths"] = "x".repeat(4001).into()),
        ("long backup", |v| v["plan"]["backup"] = "x".repeat(4001).into()),
        ("long review note", |v| v["plan"]["reviews"][0]["note"] = "x".repeat(4001).into()),
        ("long why", |v| v["plan"]["reviews"][0]["items"][1]["why"] = "x".repeat(4001).into()),
        ("long next", |v| v["plan"]["reviews"][0]["items"][1]["next"] = "x".repeat(4001).into()),
    ];
    let accepted: Vec<&str> = read_edited(edits).into_iter().filter(|(_, got)| got.is_ok()).map(|(n, _)| n).collect();
    assert!(accepted.is_empty(), "parse_case accepts: {accepted:?}");
}

#[test]
fn the_reader_keeps_one_check_per_agreement_and_one_confirmation_per_participant() {
    let edits: Vec<(&'static str, Edit)> = vec![
        ("agreement checked twice in one review", |v| {
            let items = v["plan"]["reviews"][0]["items"].as_array_mut().unwrap();
            items.push(json!({"agreementId": "ag1", "outcome": "notDone"}));
        }),
        ("participant confirms twice", |v| {
            let cs = v["plan"]["confirmations"].as_array_mut().unwrap();
            cs.push(json!({"participantId": "p-mum", "date": "2026-04-01"}));
        }),
    ];
    let accepted: Vec<&str> = read_edited(edits).into_iter().filter(|(_, got)| got.is_ok()).map(|(n, _)| n).collect();
    assert!(accepted.is_empty(), "parse_case accepts: {accepted:?}");
}
