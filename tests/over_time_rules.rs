//! Over time and with several professionals: the circle kept per visit, the triangle's answers
//! over every visit ("distance travelled", strengths that grew first), and the professionals'
//! meeting of the multidisciplinary way of working, with the file rules that go with them; the
//! previous assessment of a visit and the timeline's change counts.

use samenplan::core::assessment::{Assessment, Skip};
use samenplan::core::case::{Case, Purpose, Role};
use samenplan::core::conversation::{filled, previous_assessment, Filled, Whose};
use samenplan::core::date::Date;
use samenplan::core::ecomap::{changes, circle_of, circle_visits, Moved};
use samenplan::core::import::{check_case, parse_case};
use samenplan::core::instrument::Instrument;
use samenplan::core::matrix::{Severity, Urgency};
use samenplan::core::network::{NetworkAction, Ring, Sector, TieKind};
use samenplan::core::team::{TeamAction, TeamError};
use samenplan::core::travel::travel;
use samenplan::core::{apply, CaseAction, CaseError};
use samenplan::export::file::case_json;

#[path = "common/rules.rs"]
mod rules;
use rules::ok;

const TRIANGLE: &str = include_str!("../schemas/instruments/triangle.json");

fn s(x: &str) -> String {
    x.to_string()
}
fn d(x: &str) -> Date {
    Date::parse(x).unwrap()
}
fn net(c: &mut Case, a: NetworkAction) {
    ok(c, CaseAction::Network(a));
}
fn add(c: &mut Case, id: &str, ring: Ring, sector: Sector) {
    net(c, NetworkAction::Add { id: s(id), name: s(id), relation: s(""), ring, sector, suggested_by: None });
}
fn tie(c: &mut Case, id: &str, kind: TieKind) {
    net(c, NetworkAction::SetTieKind { person: s(id), other: None, kind: Some(kind) });
}

fn case() -> Case {
    let mut c = Case::new(s("c1"), s("Familie Zon"), d("2026-03-01"), 0.0);
    for (id, name, role) in
        [("p-mum", "Mama", Role::Parent), ("p-dad", "Papa", Role::Parent), ("p-pro", "Inge", Role::Professional)]
    {
        ok(&mut c, CaseAction::AddParticipant { id: s(id), name: s(name), role, child_id: None });
    }
    c
}

#[test]
fn each_visit_keeps_its_circle_and_the_next_visit_starts_from_it() {
    let mut c = case();
    // A first visit without anyone in the circle keeps nothing.
    ok(&mut c, CaseAction::AddVisit { id: s("v0"), date: d("2026-03-01"), purpose: Purpose::Assess });
    assert!(c.circles.is_empty());
    for id in ["oma", "buur", "juf"] {
        add(&mut c, id, Ring::Close, Sector::Family);
    }
    tie(&mut c, "oma", TieKind::Stressful);
    net(
        &mut c,
        NetworkAction::SetText { id: s("oma"), field: samenplan::core::network::TextField::Contact, text: s("bellen") },
    );
    let first = c.network.clone();
    let current = c.current_visit().unwrap().id.clone();
    ok(&mut c, CaseAction::AddVisit { id: s("v2"), date: d("2026-06-01"), purpose: Purpose::Monitor });
    assert_eq!(c.circles.len(), 1);
    assert_eq!(c.circles[0].visit_id, current);
    // Kept as it was, without the contact preference (that stays with today's circle only).
    assert_eq!(c.circles[0].network, first.for_export());
    assert_eq!(c.network, first, "the new visit starts from the same circle");
    // Two join, one leaves, oma's line turns strong: the earlier circle does not change.
    add(&mut c, "opa", Ring::Close, Sector::Family);
    add(&mut c, "coach", Ring::Further, Sector::SchoolWorkClubs);
    net(&mut c, NetworkAction::Remove { id: s("juf") });
    tie(&mut c, "oma", TieKind::Strong);
    assert_eq!(circle_of(&c, &current).unwrap(), &first.for_export());
    assert_eq!(circle_of(&c, "v2").unwrap(), &*c.network);
    let visits: Vec<&str> = circle_visits(&c).iter().map(|(v, _)| v.id.as_str()).collect();
    assert_eq!(visits, [current.as_str(), "v2"]);
    let ch = changes(circle_of(&c, &current).unwrap(), &c.network);
    let joined = ch.people.iter().filter(|p| p.change == Moved::Joined).count();
    let left = ch.people.iter().filter(|p| p.change == Moved::Left).count();
    assert_eq!((joined, left, ch.ties.len()), (2, 1, 1));
    // A visit added before the latest one keeps nothing (the latest circle is not its).
    ok(&mut c, CaseAction::AddVisit { id: s("v-early"), date: d("2026-04-01"), purpose: Purpose::Monitor });
    assert_eq!(c.circles.len(), 1);
    // The file holds the kept circles and reads back the same.
    let back = parse_case(&case_json(&c)).unwrap();
    assert_eq!(back.circles, c.circles);
}

#[test]
fn a_file_with_kept_circles_must_name_its_visits() {
    let mut c = case();
    add(&mut c, "oma", Ring::Close, Sector::Family);
    ok(&mut c, CaseAction::AddVisit { id: s("v2"), date: d("2026-06-01"), purpose: Purpose::Monitor });
    assert_eq!(check_case(&c), Ok(()));
    let mut bad = c.clone();
    bad.circles[0].visit_id = s("nowhere");
    assert!(check_case(&bad).unwrap_err().to_string().contains("unknown visit"));
    let mut twice = c.clone();
    twice.circles.push(twice.circles[0].clone());
    assert!(check_case(&twice).unwrap_err().to_string().contains("two kept circles"));
    // A kept circle is read with the network's own rules.
    let mut v: serde_json::Value = serde_json::from_str(&case_json(&c)).unwrap();
    v["circles"][0]["network"]["ties"] = serde_json::json!([{"person": "nobody", "kind": "weak"}]);
    assert!(parse_case(&v.to_string()).unwrap_err().to_string().contains("names nobody"));
    // And so is today's.
    let mut v: serde_json::Value = serde_json::from_str(&case_json(&c)).unwrap();
    v["network"]["ties"] = serde_json::json!([{"person": "oma", "other": "oma", "kind": "weak"}]);
    assert!(parse_case(&v.to_string()).unwrap_err().to_string().contains("themselves"));
}

fn assessment(id: &str, visit: &str, answers: &[(&str, &str, &str)]) -> Assessment {
    let mut a = Assessment {
        id: s(id),
        visit_id: s(visit),
        instrument_id: s("triangle"),
        instrument_version: 1,
        answers: Vec::new(),
    };
    for (pid, theme, level) in answers {
        a.answer_mut(pid, theme).level = Some(s(level));
    }
    a
}

#[test]
fn distance_travelled_per_theme_with_grown_strengths_first() {
    let triangle = Instrument::from_json(TRIANGLE).unwrap();
    let v1 = assessment(
        "a1",
        "v1",
        &[
            ("mum", "health", "fine"),
            ("mum", "housing", "serious-worries"),
            ("dad", "housing", "some-worries"),
            ("mum", "routine", "some-worries"),
            ("mum", "safety", "fine"),
        ],
    );
    let v2 = assessment(
        "a2",
        "v2",
        &[
            ("mum", "health", "fine"),
            ("mum", "housing", "some-worries"),
            ("dad", "housing", "some-worries"),
            ("mum", "routine", "fine"),
            ("mum", "safety", "some-worries"),
        ],
    );
    let v3 = assessment(
        "a3",
        "v3",
        &[
            ("mum", "health", "fine"),
            ("mum", "housing", "strength"),
            ("dad", "housing", "fine"),
            ("mum", "routine", "strength"),
            ("mum", "safety", "some-worries"),
        ],
    );
    // Given in any order; the visits are put in date order.
    let visits = [(d("2026-09-01"), &v3), (d("2026-03-01"), &v1), (d("2026-06-01"), &v2)];
    let themes = ["health", "safety", "routine", "housing", "identity"];
    let t = travel(&triangle, &visits, &["mum", "dad"], &themes);
    assert_eq!(t.dates, [d("2026-03-01"), d("2026-06-01"), d("2026-09-01")]);
    // Housing grew most (mum 3 steps, dad 1), then routine (2); the rest in the instrument's
    // order (health is on the child's side, safety on parenting); identity was never rated.
    let order: Vec<&str> = t.themes.iter().map(|x| x.theme_id.as_str()).collect();
    assert_eq!(order, ["housing", "routine", "health", "safety"]);
    assert_eq!(t.grown().map(|x| x.theme_id.as_str()).collect::<Vec<_>>(), ["housing", "routine"]);
    let housing = &t.themes[0];
    assert_eq!(housing.gain, 4);
    assert_eq!(housing.tracks[0].levels, [Some(s("serious-worries")), Some(s("some-worries")), Some(s("strength"))]);
    assert_eq!(housing.tracks[1].weights.len(), 3);
    let safety = t.themes.iter().find(|x| x.theme_id == "safety").unwrap();
    assert!(safety.moved() && !safety.grown && safety.gain < 0);
    let health = t.themes.iter().find(|x| x.theme_id == "health").unwrap();
    assert!(!health.moved(), "the same answer three times");
    // Only mum rated health: dad has no track there.
    assert_eq!(health.tracks.len(), 1);
    // A visit where someone did not answer leaves a gap, not a zero.
    let v4 = assessment("a4", "v4", &[("dad", "health", "strength")]);
    let t = travel(&triangle, &[(d("2026-03-01"), &v1), (d("2026-12-01"), &v4)], &["mum", "dad"], &["health"]);
    let tracks = &t.themes[0].tracks;
    assert_eq!(tracks[0].levels, [Some(s("fine")), None]);
    assert_eq!(tracks[1].levels, [None, Some(s("strength"))]);
    assert!(!tracks[1].comparable() && tracks[1].gain() == 0);
}

fn team(c: &mut Case, a: TeamAction) -> Result<(), CaseError> {
    apply(c, CaseAction::Team(a))
}

#[test]
fn the_professionals_meeting_names_professionals_only_and_forgets_who_leaves() {
    let mut c = case();
    add(&mut c, "mirjam", Ring::Close, Sector::Professionals);
    add(&mut c, "oma", Ring::Close, Sector::Family);
    ok(
        &mut c,
        CaseAction::StartAssessment {
            id: s("a1"),
            visit_id: s("c1-v1"),
            instrument_id: s("triangle"),
            instrument_version: 1,
        },
    );
    ok(
        &mut c,
        CaseAction::SetNeed {
            id: s("n1"),
            assessment_id: s("a1"),
            theme_ids: vec![s("housing")],
            severity: Severity::Moderate,
            urgency: Urgency::Soon,
            support: None,
        },
    );
    let pros: Vec<String> = samenplan::core::team::professionals(&c).into_iter().map(|(id, _)| id).collect();
    assert_eq!(pros, ["p-pro", "mirjam"], "professional participants, then the circle's professionals");
    team(&mut c, TeamAction::SetCoordinator(Some(s("mirjam")))).unwrap();
    team(&mut c, TeamAction::SetView { who: s("p-pro"), text: s("Het gezin zoekt zelf al een huis.") }).unwrap();
    team(&mut c, TeamAction::SetView { who: s("mirjam"), text: s("Schulden zijn in beeld.") }).unwrap();
    team(&mut c, TeamAction::SetInvolved { need_id: s("n1"), who: s("mirjam"), on: true }).unwrap();
    team(&mut c, TeamAction::SetInvolved { need_id: s("n1"), who: s("p-pro"), on: true }).unwrap();
    assert_eq!(c.team.involved_in("n1"), ["mirjam", "p-pro"]);
    assert_eq!(c.team.view_of("p-pro"), Some("Het gezin zoekt zelf al een huis."));
    // Refusals change nothing.
    let before = c.clone();
    for (a, want) in [
        (TeamAction::SetCoordinator(Some(s("oma"))), TeamError::NotAProfessional),
        (TeamAction::SetCoordinator(Some(s("p-mum"))), TeamError::NotAProfessional),
        (TeamAction::SetView { who: s("oma"), text: s("x") }, TeamError::NotAProfessional),
        (TeamAction::SetView { who: s("p-pro"), text: "x".repeat(4001) }, TeamError::TooLong),
        (TeamAction::SetInvolved { need_id: s("n9"), who: s("p-pro"), on: true }, TeamError::NoNeed),
    ] {
        assert_eq!(team(&mut c, a.clone()), Err(CaseError::Team(want)), "{a:?}");
        assert_eq!(c, before, "{a:?} changed the case");
    }
    // The file keeps it all.
    let back = parse_case(&case_json(&c)).unwrap();
    assert_eq!(back.team, c.team);
    // An empty view is no view; a second coordinator replaces the first.
    team(&mut c, TeamAction::SetView { who: s("mirjam"), text: s("  ") }).unwrap();
    assert_eq!(c.team.view_of("mirjam"), None);
    team(&mut c, TeamAction::SetCoordinator(Some(s("p-pro")))).unwrap();
    assert_eq!(c.team.coordinator.as_deref(), Some("p-pro"));
    // Mirjam moves out of the professionals: she is no longer named; p-pro leaves the case.
    net(
        &mut c,
        NetworkAction::Move { id: s("mirjam"), ring: Ring::Close, sector: Sector::FriendsNeighbours, slot: None },
    );
    assert_eq!(c.team.involved_in("n1"), ["p-pro"]);
    ok(&mut c, CaseAction::RemoveParticipant { id: s("p-pro") });
    assert!(c.team.is_empty(), "{:?}", c.team);
    assert_eq!(check_case(&c), Ok(()));
    // A file naming a non-professional is refused.
    let mut v: serde_json::Value = serde_json::from_str(&case_json(&c)).unwrap();
    v["team"] = serde_json::json!({"coordinator": "oma"});
    assert!(parse_case(&v.to_string()).unwrap_err().to_string().contains("not a professional"));
    v["team"] = serde_json::json!({"involved": [{"needId": "n1", "who": ["p-mum"]}]});
    assert!(parse_case(&v.to_string()).is_err());
}

fn rate(c: &mut Case, assessment: &str, participant: &str, theme: &str, level: &str) {
    let action = CaseAction::RateTheme {
        assessment_id: s(assessment),
        participant_id: s(participant),
        theme_id: s(theme),
        level: s(level),
    };
    ok(c, action);
}

fn start(c: &mut Case, id: &str, visit: &str) {
    let action = CaseAction::StartAssessment {
        id: s(id),
        visit_id: s(visit),
        instrument_id: s("triangle"),
        instrument_version: 1,
    };
    ok(c, action);
}

/// Three visits, added out of date order: the first answered, the second opened but never
/// answered, the third answered again.
fn three_visits() -> Case {
    let mut c = case();
    for (id, date) in [("v1", "2026-03-01"), ("v3", "2026-05-01"), ("v2", "2026-04-01")] {
        ok(&mut c, CaseAction::AddVisit { id: s(id), date: d(date), purpose: Purpose::Assess });
    }
    start(&mut c, "a1", "v1");
    rate(&mut c, "a1", "p-mum", "health", "serious-worries");
    rate(&mut c, "a1", "p-mum", "housing", "fine");
    rate(&mut c, "a1", "p-dad", "housing", "some-worries");
    start(&mut c, "a2", "v2");
    start(&mut c, "a3", "v3");
    rate(&mut c, "a3", "p-mum", "health", "some-worries");
    rate(&mut c, "a3", "p-mum", "housing", "serious-worries");
    rate(&mut c, "a3", "p-dad", "housing", "some-worries");
    rate(&mut c, "a3", "p-mum", "routine", "fine");
    ok(
        &mut c,
        CaseAction::SkipTheme {
            assessment_id: s("a3"),
            participant_id: s("p-dad"),
            theme_id: s("routine"),
            skip: Skip::Later,
        },
    );
    c
}

#[test]
fn the_previous_assessment_is_the_latest_answered_one_at_an_earlier_visit() {
    let c = three_visits();
    let visit = |id: &str| c.visits.iter().find(|v| v.id == id).unwrap().clone();
    let previous = |v: &str| previous_assessment(&c, "triangle", &visit(v)).map(|(a, d)| (a.id.as_str(), d));
    // By date, not by the order the visits were added; the opened but unanswered one is passed over.
    assert_eq!(previous("v3"), Some(("a1", d("2026-03-01"))));
    assert_eq!(previous("v2"), Some(("a1", d("2026-03-01"))));
    assert_eq!(previous("v1"), None);
    // Another instrument has no previous assessment here.
    assert_eq!(previous_assessment(&c, "youth", &visit("v3")), None);
}

#[test]
fn the_timeline_counts_what_got_better_and_heavier_since_the_previous_answered_visit() {
    let c = three_visits();
    let triangle = Instrument::from_json(TRIANGLE).unwrap();
    let instruments = [triangle];
    let of = |id: &str| filled(&c, &instruments, c.assessments.iter().find(|a| a.id == id).unwrap());
    // The first: rated themes counted, nothing to compare with.
    assert_eq!(of("a1"), vec![Filled { whose: Whose::Family, rated: 3, changes: None }]);
    // Opened but never answered: not on the timeline.
    assert!(of("a2").is_empty());
    // Against a1 (a2 had no answers): mum's health better, mum's housing heavier, dad's housing
    // the same, mum's routine new; dad's skipped routine is no rating.
    assert_eq!(of("a3"), vec![Filled { whose: Whose::Family, rated: 4, changes: Some((1, 1)) }]);
    // Of an instrument not loaded, nothing can be said.
    assert!(filled(&c, &[], &c.assessments[2]).is_empty());
    // The counts follow the answers: mum's health back to serious worries is no longer better.
    let mut c = c;
    rate(&mut c, "a3", "p-mum", "health", "serious-worries");
    let a3 = c.assessments.iter().find(|a| a.id == "a3").unwrap();
    assert_eq!(filled(&c, &instruments, a3)[0].changes, Some((0, 1)));
}
