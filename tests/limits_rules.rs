//! The limits of a case (`core::limits`) and what the app does with references it cannot show.
//!
//! - every list of the case file: a file with exactly as many items as the limit is read, one more
//!   is refused by `parse_case` with `ImportError::TooMany` naming that list, and the JSON Schema
//!   says the same (valid at the limit, `maxItems` at the list's path one over it);
//! - `apply` refuses to grow a full list (`CaseError::TooMany` naming it), leaves the case unchanged,
//!   and what it builds at the limits reads back through `parse_case`;
//! - every list has a message naming it in the interface's languages;
//! - answers of an unknown instrument, on unknown themes or with unknown levels are kept (and
//!   survive an export), and `unshown_answers` says which and why;
//! - a birth date after the day a file arrives is refused (a due date may lie ahead).

use samenplan::core::assessment::Answer;
use samenplan::core::case::{Role, SCHEMA_VERSION};
use samenplan::core::cofill::{merge_answers, AnswersPayload, CoFillError, Invitation};
use samenplan::core::date::Date;
use samenplan::core::import::{parse_case, unshown_answers, ImportError, Unshown};
use samenplan::core::instrument::Instrument;
use samenplan::core::limits::{
    List, MAX_AGREEMENTS, MAX_NEEDS, MAX_PARTICIPANTS, MAX_PEOPLE, MAX_PROFESSIONALS, MAX_TIES, MAX_VISITS,
};
use samenplan::core::matrix::{Severity, Urgency};
use samenplan::core::money::Item;
use samenplan::core::network::{NetworkAction, NetworkError, Offer, Ring, Sector};
use samenplan::core::{apply, Case, CaseAction, CaseError};
use samenplan::export::file::{case_json, read_case_file};
use samenplan::i18n::I18n;
use serde_json::{json, Value};

#[path = "common/rules.rs"]
mod rules;
use rules::ok;

const TRIANGLE: &str = include_str!("../schemas/instruments/triangle.json");
const YOUTH: &str = include_str!("../schemas/instruments/youth.json");
const SCHEMA: &str = include_str!("../schemas/case.schema.json");

fn s(x: &str) -> String {
    x.to_string()
}

fn d(x: &str) -> Date {
    Date::parse(x).unwrap_or_else(|e| panic!("{e}"))
}

fn instruments() -> Vec<Instrument> {
    [TRIANGLE, YOUTH].iter().map(|t| Instrument::from_json(t).expect("a built-in instrument loads")).collect()
}

// ---------------------------------------------------------------------------------------------
// Files at and over each limit
// ---------------------------------------------------------------------------------------------

/// A valid case file (as JSON) with 12 participants, one visit `v0`, one assessment `a0` and one
/// agreement, to hang each list's items on.
fn base() -> Value {
    let participants: Vec<Value> = (0..MAX_PARTICIPANTS)
        .map(|i| json!({ "id": format!("p{i}"), "name": format!("Persoon {i}"), "role": "parent" }))
        .collect();
    json!({
        "format": "samenplan-case",
        "schemaVersion": SCHEMA_VERSION,
        "id": "case-limits",
        "familyAlias": "Familie Grens",
        "created": "2026-03-01",
        "updatedMs": 1_772_323_200_000u64,
        "wayOfWorking": "extended",
        "purpose": "assess",
        "children": [],
        "participants": participants,
        "visits": [ { "id": "v0", "date": "2026-03-01", "purpose": "assess" } ],
        "consent": [],
        "assessments": [ { "id": "a0", "visitId": "v0", "instrumentId": "triangle", "instrumentVersion": 1, "answers": [] } ],
        "needs": [],
        "plan": { "agreements": [ { "id": "ag0", "who": "p0", "what": "Belt de school" } ] },
        "network": {}
    })
}

fn invitation(i: usize, themes: usize) -> Value {
    json!({
        "id": format!("inv{i}"), "participantId": "p0", "visitId": "v0", "instrumentId": "triangle",
        "instrumentVersion": 1, "themeIds": (0..themes).map(|t| format!("t{t}")).collect::<Vec<_>>(),
        "createdMs": 1_772_323_200_000u64, "expiresMs": 1_772_928_000_000u64, "key": "00".repeat(32)
    })
}

/// The base case with `list` holding `n` valid items (as far as that count allows: consent,
/// confirmations and tags repeat an item once they run out of distinct ones).
fn with_items(list: List, n: usize) -> Value {
    let mut v = base();
    let ids = |prefix: &str| -> Vec<String> { (0..n).map(|i| format!("{prefix}{i}")).collect() };
    let items: Vec<Value> = match list {
        List::Children => ids("k").into_iter().map(|id| json!({ "id": id, "alias": "Kind" })).collect(),
        List::Participants => {
            ids("p").into_iter().map(|id| json!({ "id": id, "name": "Persoon", "role": "professional" })).collect()
        }
        List::Visits => ids("v").into_iter().map(|id| json!({ "id": id, "date": "2026-03-01", "purpose": "monitor" })).collect(),
        List::Consent => (0..n)
            .map(|i| {
                let topic = ["recordOnDevice", "shareWithOrganisation", "contactNetwork"][i % 3];
                json!({ "topic": topic, "given": true, "date": "2026-03-01" })
            })
            .collect(),
        // One assessment per instrument per visit: the others are of instruments this device lacks.
        List::Assessments => ids("a")
            .into_iter()
            .map(|id| {
                let instrument = if id == "a0" { s("triangle") } else { format!("instrument-{id}") };
                json!({ "id": id, "visitId": "v0", "instrumentId": instrument, "instrumentVersion": 1 })
            })
            .collect(),
        List::Answers => (0..n)
            .map(|i| json!({ "participantId": format!("p{}", i % 12), "themeId": format!("t{}", i / 12), "level": "fine" }))
            .collect(),
        List::Needs => ids("n")
            .into_iter()
            .map(|id| json!({ "id": id, "assessmentId": "a0", "themeIds": ["health"], "severity": "light", "urgency": "soon" }))
            .collect(),
        List::NeedThemes => (0..n).map(|i| json!(format!("t{i}"))).collect(),
        List::Goals => ids("g").into_iter().map(|id| json!({ "id": id, "text": "Rust in huis" })).collect(),
        List::GoalNeeds => (0..n).map(|i| json!(format!("n{}", i % MAX_NEEDS))).collect(),
        List::Agreements => ids("ag").into_iter().map(|id| json!({ "id": id, "who": "p0", "what": "Belt de school" })).collect(),
        List::Confirmations => {
            (0..n).map(|i| json!({ "participantId": format!("p{}", i % 12), "date": "2026-03-01" })).collect()
        }
        List::Reviews => ids("r").into_iter().map(|id| json!({ "id": id, "visitId": "v0" })).collect(),
        List::ReviewItems => (0..n).map(|i| json!({ "agreementId": format!("ag{}", i % MAX_AGREEMENTS) })).collect(),
        List::NetworkPeople => ids("np")
            .into_iter()
            .enumerate()
            .map(|(i, id)| json!({ "id": id, "name": "Buur", "ring": "close", "sector": "friendsNeighbours", "slot": i }))
            .collect(),
        List::PersonTags => (0..n).map(|i| json!(Offer::ALL[i % Offer::ALL.len()].key())).collect(),
        List::Invitations => (0..n).map(|i| invitation(i, 1)).collect(),
        List::InvitationThemes => (0..n).map(|i| json!(format!("t{i}"))).collect(),
        List::NetworkTies | List::KeptTies => (0..n).map(tie).collect(),
        List::Circles => (0..n).map(|i| json!({ "visitId": format!("v{}", i % MAX_VISITS), "network": {} })).collect(),
        List::KeptPeople => with_items(List::NetworkPeople, n)["network"]["people"].as_array().unwrap().clone(),
        List::TeamViews => (0..n).map(|i| json!({ "who": professional(i), "text": "Mijn kijk" })).collect(),
        List::TeamInvolved => (0..n)
            .map(|i| json!({ "needId": format!("n{}", i % MAX_NEEDS), "who": [professional(0)] }))
            .collect(),
        List::InvolvedWho => (0..n).map(|i| json!(professional(i))).collect(),
        List::MoneyLines => (0..n).map(|i| json!({ "item": Item::ALL[i % Item::ALL.len()].key(), "amount": 100 })).collect(),
    };
    let items = Value::Array(items);
    match list {
        List::Answers => v["assessments"][0]["answers"] = items,
        List::NeedThemes => {
            v["needs"] =
                json!([{ "id": "n0", "assessmentId": "a0", "themeIds": items, "severity": "light", "urgency": "soon" }])
        }
        List::GoalNeeds => {
            v["needs"] = with_items(List::Needs, MAX_NEEDS)["needs"].clone();
            v["plan"]["goals"] = json!([{ "id": "g0", "text": "Rust in huis", "needIds": items }]);
        }
        List::ReviewItems => {
            v["plan"]["agreements"] = with_items(List::Agreements, MAX_AGREEMENTS)["plan"]["agreements"].clone();
            v["plan"]["reviews"] = json!([{ "id": "r0", "visitId": "v0", "items": items }]);
        }
        List::PersonTags => {
            v["network"]["people"] =
                json!([{ "id": "np0", "name": "Buur", "ring": "close", "sector": "family", "slot": 0, "tags": items }]);
        }
        List::InvitationThemes => {
            let mut inv = invitation(0, 1);
            inv["themeIds"] = items;
            v["invitations"] = json!([inv]);
        }
        List::NetworkTies => {
            v["network"]["people"] = with_items(List::NetworkPeople, MAX_PEOPLE)["network"]["people"].clone();
            v["network"]["ties"] = items;
        }
        List::Circles => {
            v["visits"] = with_items(List::Visits, n.min(MAX_VISITS))["visits"].clone();
            v["circles"] = items;
        }
        List::KeptPeople => v["circles"] = json!([{ "visitId": "v0", "network": { "people": items } }]),
        List::KeptTies => {
            let people = with_items(List::NetworkPeople, MAX_PEOPLE)["network"]["people"].clone();
            v["circles"] = json!([{ "visitId": "v0", "network": { "people": people, "ties": items } }]);
        }
        List::TeamViews | List::TeamInvolved | List::InvolvedWho => {
            // Every participant a professional, and a circle full of professionals.
            for p in v["participants"].as_array_mut().unwrap() {
                p["role"] = json!("professional");
            }
            v["network"]["people"] = (0..MAX_PEOPLE)
                .map(|i| json!({ "id": format!("np{i}"), "name": "Hulp", "ring": "close", "sector": "professionals", "slot": i }))
                .collect();
            match list {
                List::TeamViews => v["team"] = json!({ "views": items }),
                List::TeamInvolved => {
                    v["needs"] = with_items(List::Needs, MAX_NEEDS)["needs"].clone();
                    v["team"] = json!({ "involved": items });
                }
                _ => {
                    v["needs"] = with_items(List::Needs, 1)["needs"].clone();
                    v["team"] = json!({ "involved": [{ "needId": "n0", "who": items }] });
                }
            }
        }
        // A list of the case or of the plan: put it at its path.
        _ => {
            let (last, parents) = list.path().split_last().unwrap();
            let mut at = &mut v;
            for p in parents {
                at = &mut at[*p];
            }
            at[*last] = items;
        }
    }
    v
}

/// The `i`th relation line of a full circle (np0..np59): one to the family for everyone, then one
/// from each person to the next (past the limit they repeat, which the count refuses first).
fn tie(i: usize) -> Value {
    let at = i % MAX_TIES;
    if at < MAX_PEOPLE {
        json!({ "person": format!("np{at}"), "kind": "strong" })
    } else {
        let j = at - MAX_PEOPLE;
        json!({ "person": format!("np{j}"), "other": format!("np{}", (j + 1) % MAX_PEOPLE), "kind": "weak" })
    }
}

/// The `i`th of the case's professionals: the twelve participants, then the circle's (past the
/// limit they repeat, which the count refuses first).
fn professional(i: usize) -> String {
    let at = i % MAX_PROFESSIONALS;
    if at < MAX_PARTICIPANTS {
        format!("p{at}")
    } else {
        format!("np{}", at - MAX_PARTICIPANTS)
    }
}

fn schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(SCHEMA).expect("the schema is JSON");
    jsonschema::draft202012::new(&schema).expect("the schema compiles")
}

#[test]
fn every_list_is_read_at_its_limit_and_refused_one_over_it() {
    let schema = schema();
    for list in List::ALL {
        let at = with_items(list, list.max());
        let errors: Vec<String> =
            schema.iter_errors(&at).map(|e| format!("{}: {e}", e.instance_path().as_str())).collect();
        assert!(errors.is_empty(), "{list:?} at its limit fails the schema: {errors:?}");
        let case = parse_case(&at.to_string()).unwrap_or_else(|e| panic!("{list:?} at its limit {}: {e}", list.max()));
        let json = serde_json::to_value(&case).unwrap();
        assert_eq!(samenplan::core::limits::over_limit(&json), None, "{list:?}");

        let over = with_items(list, list.max() + 1);
        let got = parse_case(&over.to_string());
        assert_eq!(got, Err(ImportError::TooMany { list, found: list.max() + 1 }), "{list:?}");
        let message = got.unwrap_err().to_string();
        assert!(message.contains(&list.field()), "{list:?}: the message {message:?} does not name the list");
        // The schema refuses it at the same list, for the same reason.
        let pointer = list.field().replace("[]", "/0").replace('.', "/");
        let errors: Vec<String> = schema
            .iter_errors(&over)
            .filter(|e| e.instance_path().as_str().trim_start_matches('/') == pointer)
            .map(|e| e.to_string())
            .collect();
        assert!(
            errors.iter().any(|e| e.contains("more than") || e.contains("maxItems") || e.contains("too long")),
            "{list:?}: the schema does not refuse {} items at /{pointer}: {errors:?}",
            list.max() + 1
        );
    }
}

#[test]
fn the_schema_gives_each_list_the_same_max_items() {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    let resolve = |v: &Value| -> Value {
        match v.get("$ref").and_then(Value::as_str) {
            Some(r) => schema["$defs"][r.trim_start_matches("#/$defs/")].clone(),
            None => v.clone(),
        }
    };
    for list in List::ALL {
        let mut at = schema.clone();
        for step in list.path() {
            at = if *step == "*" { resolve(&at["items"]) } else { resolve(&at["properties"][*step]) };
        }
        assert_eq!(at["maxItems"].as_u64(), Some(list.max() as u64), "{}: maxItems in the schema", list.field());
    }
}

#[test]
fn a_huge_list_is_refused_before_its_items_are_read() {
    // 10,000 participants, every one of them broken: the count alone refuses the file.
    let mut v = base();
    v["participants"] = Value::Array((0..10_000).map(|_| json!({ "nonsense": true })).collect());
    assert_eq!(parse_case(&v.to_string()), Err(ImportError::TooMany { list: List::Participants, found: 10_000 }));
}

#[test]
fn every_list_has_a_name_in_the_messages() {
    let nl = I18n::dutch();
    for list in List::ALL {
        let key = format!("list-{}", list.key());
        let text = nl.t(&key);
        assert_ne!(text, key, "no message {key}");
        assert!(!text.is_empty());
    }
    let text = nl.t_args(
        "import-error-too-many",
        &[("what", nl.t("list-participants").into()), ("max", MAX_PARTICIPANTS.into())],
    );
    assert!(text.contains("deelnemers") && text.contains("12"), "{text}");
}

// ---------------------------------------------------------------------------------------------
// apply cannot build what parse_case refuses
// ---------------------------------------------------------------------------------------------

/// Applies an action expected to be refused with `TooMany(list)`, and checks nothing changed.
fn full(case: &Case, action: CaseAction, list: List) {
    let shown = format!("{action:?}");
    let mut after = case.clone();
    let err = apply(&mut after, action).expect_err(&shown);
    assert_eq!(err, CaseError::TooMany(list), "{shown}");
    assert!(err.to_string().contains(&list.field()), "{err}");
    assert_eq!(&after, case, "{shown} changed the case although it was refused");
}

/// A visit holds one assessment per instrument, so each one past the first is of its own instrument.
fn start(id: &str) -> CaseAction {
    let instrument_id = if id == "a0" { s("triangle") } else { format!("instrument-{id}") };
    CaseAction::StartAssessment { id: s(id), visit_id: s("c-v1"), instrument_id, instrument_version: 1 }
}

fn need(id: &str, themes: usize) -> CaseAction {
    CaseAction::SetNeed {
        id: s(id),
        assessment_id: s("a0"),
        theme_ids: (0..themes).map(|t| format!("t{t}")).collect(),
        severity: Severity::Light,
        urgency: Urgency::Soon,
        support: None,
    }
}

fn agreement(id: &str) -> CaseAction {
    CaseAction::AddAgreement { id: s(id), who: s("p0"), what: s("Belt de school"), when: String::new(), goal_id: None }
}

fn rate(participant: usize, theme: usize) -> CaseAction {
    CaseAction::RateTheme {
        assessment_id: s("a0"),
        participant_id: format!("p{participant}"),
        theme_id: format!("t{theme}"),
        level: s("fine"),
    }
}

fn invite(id: &str, themes: usize) -> CaseAction {
    CaseAction::Invite(Invitation {
        id: s(id),
        participant_id: s("p0"),
        visit_id: s("c-v1"),
        instrument_id: s("triangle"),
        instrument_version: 1,
        theme_ids: (0..themes).map(|t| format!("t{t}")).collect(),
        created_ms: 0.0,
        expires_ms: 1e15,
        key: "00".repeat(32),
        answered_ms: None,
    })
}

#[test]
fn apply_fills_every_list_to_its_limit_and_no_further() {
    let mut c = Case::new(s("c"), s("Familie Vol"), d("2026-03-01"), 1_772_323_200_000.0);
    let today = d("2026-03-01");
    for i in 0..List::Children.max() {
        ok(
            &mut c,
            CaseAction::AddChild { id: format!("k{i}"), alias: s("Kind"), birth_date: None, due_date: None, today },
        );
    }
    full(
        &c,
        CaseAction::AddChild { id: s("k-x"), alias: s("Kind"), birth_date: None, due_date: None, today },
        List::Children,
    );
    for i in 0..List::Participants.max() {
        ok(
            &mut c,
            CaseAction::AddParticipant { id: format!("p{i}"), name: s("Persoon"), role: Role::Parent, child_id: None },
        );
    }
    full(
        &c,
        CaseAction::AddParticipant { id: s("p-x"), name: s("X"), role: Role::Parent, child_id: None },
        List::Participants,
    );
    for i in 1..List::Visits.max() {
        ok(&mut c, CaseAction::AddVisit { id: format!("v{i}"), date: today, purpose: Default::default() });
    }
    full(&c, CaseAction::AddVisit { id: s("v-x"), date: today, purpose: Default::default() }, List::Visits);
    for i in 0..List::Assessments.max() {
        ok(&mut c, start(&format!("a{i}")));
    }
    full(&c, start("a-x"), List::Assessments);

    // Answers: twelve people on as many themes as it takes.
    for i in 0..List::Answers.max() {
        ok(&mut c, rate(i % 12, i / 12));
    }
    let (p, t) = (List::Answers.max() % 12, List::Answers.max() / 12);
    full(&c, rate(p, t), List::Answers);
    // Changing an answer that exists still works when the assessment is full.
    ok(
        &mut c,
        CaseAction::RateTheme {
            assessment_id: s("a0"),
            participant_id: s("p0"),
            theme_id: s("t0"),
            level: s("strength"),
        },
    );
    full(
        &c,
        CaseAction::SkipThemeForAll {
            assessment_id: s("a0"),
            theme_id: s("t-new"),
            skip: samenplan::core::assessment::Skip::Later,
            participant_ids: (0..12).map(|i| format!("p{i}")).collect(),
        },
        List::Answers,
    );

    full(&c, need("n-x", List::NeedThemes.max() + 1), List::NeedThemes);
    ok(&mut c, need("n0", List::NeedThemes.max()));
    for i in 1..List::Needs.max() {
        ok(&mut c, need(&format!("n{i}"), 1));
    }
    full(&c, need("n-x", 1), List::Needs);
    // Replacing a need is not adding one.
    ok(&mut c, need("n0", 2));

    let goal = |id: &str, needs: usize| CaseAction::AddGoal {
        id: s(id),
        text: s("Rust in huis"),
        need_ids: (0..needs).map(|n| format!("n{}", n % MAX_NEEDS)).collect(),
    };
    full(&c, goal("g-x", List::GoalNeeds.max() + 1), List::GoalNeeds);
    ok(&mut c, goal("g0", List::GoalNeeds.max()));
    for i in 1..List::Goals.max() {
        ok(&mut c, goal(&format!("g{i}"), 1));
    }
    full(&c, goal("g-x", 1), List::Goals);

    for i in 0..List::Agreements.max() {
        ok(&mut c, agreement(&format!("ag{i}")));
    }
    full(&c, agreement("ag-x"), List::Agreements);
    for i in 0..List::Reviews.max() {
        ok(&mut c, CaseAction::StartReview { id: format!("r{i}"), visit_id: s("c-v1") });
    }
    full(&c, CaseAction::StartReview { id: s("r-x"), visit_id: s("c-v1") }, List::Reviews);

    full(&c, invite("inv-x", List::InvitationThemes.max() + 1), List::InvitationThemes);
    ok(&mut c, invite("inv0", List::InvitationThemes.max()));
    for i in 1..List::Invitations.max() {
        ok(&mut c, invite(&format!("inv{i}"), 1));
    }
    full(&c, invite("inv-x", 1), List::Invitations);

    // Lists bound by their own rules stay within their limits however often they are touched.
    for _ in 0..2 {
        for topic in samenplan::core::case::ConsentTopic::ALL {
            ok(&mut c, CaseAction::SetConsent { topic, given: true, date: today });
        }
        for i in 0..12 {
            ok(&mut c, CaseAction::Confirm { participant_id: format!("p{i}"), date: today });
        }
    }
    for i in 0..MAX_AGREEMENTS {
        ok(
            &mut c,
            CaseAction::SetReviewOutcome {
                review_id: s("r0"),
                agreement_id: format!("ag{i}"),
                outcome: samenplan::core::plan::Outcome::Done,
            },
        );
    }

    // The network's own limit.
    for i in 0..List::NetworkPeople.max() {
        ok(
            &mut c,
            CaseAction::Network(NetworkAction::Add {
                id: format!("np{i}"),
                name: s("Buur"),
                relation: String::new(),
                ring: Ring::ALL[i % 3],
                sector: Sector::ALL[i % 4],
                suggested_by: None,
            }),
        );
    }
    let mut after = c.clone();
    let extra = NetworkAction::Add {
        id: s("np-x"),
        name: s("Buur"),
        relation: String::new(),
        ring: Ring::Close,
        sector: Sector::Family,
        suggested_by: None,
    };
    assert_eq!(apply(&mut after, CaseAction::Network(extra)), Err(CaseError::Network(NetworkError::TooMany)));

    // Everything at its limit at once still reads back: the app never builds what it refuses.
    let text = serde_json::to_string(&c).unwrap();
    let back = parse_case(&text).unwrap_or_else(|e| panic!("the full case does not read back: {e}"));
    assert_eq!(back, c);
}

#[test]
fn answers_from_a_phone_do_not_overfill_an_assessment() {
    let mut c = Case::new(s("c"), s("Familie Vol"), d("2026-03-01"), 1.0);
    for i in 0..12 {
        ok(
            &mut c,
            CaseAction::AddParticipant { id: format!("p{i}"), name: s("P"), role: Role::Parent, child_id: None },
        );
    }
    ok(&mut c, start("a0"));
    // 999 answers, none of them p0's: room for one more, not for the phone's three.
    for i in 0..List::Answers.max() - 1 {
        ok(&mut c, rate(1 + i % 11, i / 11));
    }
    ok(&mut c, invite("inv0", 3));
    let answer =
        |t: &str| Answer { participant_id: s("p0"), theme_id: s(t), level: Some(s("fine")), ..Answer::default() };
    let payload = AnswersPayload {
        v: 1,
        invitation_id: s("inv0"),
        sent_ms: 2.0,
        answers: vec![answer("t0"), answer("t1"), answer("t2")],
    };
    let before = c.clone();
    assert_eq!(merge_answers(&mut c, &payload, 2.0), Err(CoFillError::Full(List::Answers)));
    assert_eq!(c, before);
}

// ---------------------------------------------------------------------------------------------
// Unknown references: kept and named
// ---------------------------------------------------------------------------------------------

fn odd_case() -> Value {
    let mut v = base();
    v["visits"] = json!([
        { "id": "v0", "date": "2026-03-01", "purpose": "assess" },
        { "id": "v1", "date": "2026-06-01", "purpose": "monitor" }
    ]);
    v["assessments"] = json!([
        { "id": "a-later", "visitId": "v1", "instrumentId": "triangle", "instrumentVersion": 1, "answers": [
            { "participantId": "p0", "themeId": "health", "level": "fine", "goingWell": "Slaapt goed" },
            { "participantId": "p0", "themeId": "moon-landing", "level": "fine", "worries": "Een thema van elders" },
            { "participantId": "p1", "themeId": "moon-landing", "skip": "later" },
            { "participantId": "p1", "themeId": "stars", "level": "strength" },
            { "participantId": "p1", "themeId": "health", "level": "sky-high", "worries": "Een oude keuze" }
        ] },
        { "id": "a-first", "visitId": "v0", "instrumentId": "other-organisation", "instrumentVersion": 3, "answers": [
            { "participantId": "p0", "themeId": "x", "level": "y" },
            { "participantId": "p1", "themeId": "x", "level": "y" }
        ] },
        { "id": "a-empty", "visitId": "v0", "instrumentId": "gone", "instrumentVersion": 1 }
    ]);
    v
}

#[test]
fn answers_this_device_cannot_show_are_kept_and_named() {
    let text = odd_case().to_string();
    let case = parse_case(&text).expect("a case with unknown references is kept");
    let got = unshown_answers(&case, &instruments());
    let found: Vec<(&str, Option<Date>, &Unshown, usize)> =
        got.iter().map(|u| (u.assessment_id.as_str(), u.visit_date, &u.why, u.count)).collect();
    assert_eq!(
        found,
        vec![
            ("a-first", Some(d("2026-03-01")), &Unshown::Instrument, 2),
            ("a-later", Some(d("2026-06-01")), &Unshown::Themes(vec![s("moon-landing"), s("stars")]), 3),
            ("a-later", Some(d("2026-06-01")), &Unshown::Levels(vec![s("sky-high")]), 1),
        ]
    );
    assert_eq!(got[0].instrument_id, "other-organisation");
    // Nothing is dropped: the export holds every answer exactly as it came in.
    let exported: Value = serde_json::from_str(&case_json(&case)).unwrap();
    assert_eq!(
        exported["assessments"],
        odd_case()["assessments"]
            .as_array()
            .map(|a| {
                let mut a = a.clone();
                a[2]["answers"] = json!([]);
                Value::Array(a)
            })
            .unwrap()
    );
    // A case whose answers all fit says nothing.
    let mut plain = case.clone();
    plain.assessments.retain(|a| a.id == "a-later");
    plain.assessments[0].answers.retain(|a| a.theme_id == "health" && a.level.as_deref() == Some("fine"));
    assert_eq!(unshown_answers(&plain, &instruments()), vec![]);
}

// ---------------------------------------------------------------------------------------------
// Birth dates in the future
// ---------------------------------------------------------------------------------------------

fn with_child(child: Value) -> Vec<u8> {
    let mut v = base();
    v["children"] = json!([{ "id": "k0", "alias": "Sam", "birthDate": "2019-04-02" }, child]);
    v.to_string().into_bytes()
}

#[test]
fn a_birth_date_in_the_future_is_refused_unless_it_is_a_due_date() {
    let today = d("2026-03-01");
    let born_tomorrow = with_child(json!({ "id": "k1", "alias": "Baby", "birthDate": "2026-03-02" }));
    let got = read_case_file(&born_tomorrow, today);
    assert_eq!(got, Err(ImportError::BornInFuture { index: 1, date: d("2026-03-02") }));
    assert!(got.unwrap_err().to_string().contains("children[1].birthDate"));
    // The same day, and any due date ahead, are fine.
    let born_today = with_child(json!({ "id": "k1", "alias": "Baby", "birthDate": "2026-03-01" }));
    assert!(read_case_file(&born_today, today).is_ok());
    let due = with_child(json!({ "id": "k1", "alias": "Baby", "dueDate": "2026-09-01" }));
    assert!(read_case_file(&due, today).is_ok());
    // Read back from this device's own storage, the same case stays readable (a clock set back
    // must not lock a family out): parse_case alone does not look at today.
    assert!(parse_case(std::str::from_utf8(&born_tomorrow).unwrap()).is_ok());

    let mut c = Case::new(s("c"), s("Familie Zon"), today, 1.0);
    let add = |birth: Option<&str>, due: Option<&str>| CaseAction::AddChild {
        id: s("k"),
        alias: s("Baby"),
        birth_date: birth.map(d),
        due_date: due.map(d),
        today,
    };
    let mut after = c.clone();
    assert_eq!(apply(&mut after, add(Some("2026-03-02"), None)), Err(CaseError::BornInFuture));
    assert_eq!(after, c);
    ok(&mut c, add(None, Some("2026-09-01")));
    let update = CaseAction::UpdateChild {
        id: s("k"),
        alias: s("Baby"),
        birth_date: Some(d("2026-04-01")),
        due_date: None,
        today,
    };
    assert_eq!(apply(&mut c.clone(), update), Err(CaseError::BornInFuture));
    let born = CaseAction::UpdateChild { id: s("k"), alias: s("Baby"), birth_date: Some(today), due_date: None, today };
    ok(&mut c, born);
}
