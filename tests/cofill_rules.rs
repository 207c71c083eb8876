//! Co-filling from a phone: tickets and sealed answers round trip; tampered, expired, replayed and
//! wrong-case answers are refused and change nothing; answers land only in their own slot.
//!
//! The browser seals with WebCrypto's AES-256-GCM; here the same cipher from the `aes-gcm` crate
//! stands in for it, with the same IV, additional data and framing.

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use samenplan::core::assessment::{Answer, Skip};
use samenplan::core::case::Role;
use samenplan::core::cofill::{
    answers_aad, answers_text, parse_answers_text, parse_payload, parse_ticket, split_for_qr, ticket_link, ticket_text,
    AnswersPayload, ChunkSet, CoFillError, Gathered, Invitation, QR_CHARS,
};
use samenplan::core::date::Date;
use samenplan::core::envelope::{from_hex, to_hex};
use samenplan::core::import::parse_case;
use samenplan::core::migrate::migrate;
use samenplan::core::{apply, Case, CaseAction, CaseError};
use serde_json::json;

const DAY: f64 = 24.0 * 3600.0 * 1000.0;
const NOW: f64 = 1_790_000_000_000.0;

fn s(x: &str) -> String {
    x.to_string()
}

/// A case with two parents and a young person, and the parents' answers on two themes.
fn family() -> Case {
    let mut c = Case::new(s("case1"), s("Family A"), Date::parse("2026-11-23").unwrap(), NOW);
    for (id, name, role) in [("p1", "Ada", Role::Parent), ("p2", "Bo", Role::Parent), ("y1", "Sam", Role::YoungPerson)]
    {
        apply(&mut c, CaseAction::AddParticipant { id: s(id), name: s(name), role, child_id: None }).unwrap();
    }
    let visit = c.visits[0].id.clone();
    for (aid, inst) in [("a-tri", "triangle"), ("a-youth", "youth")] {
        let a = CaseAction::StartAssessment {
            id: s(aid),
            visit_id: visit.clone(),
            instrument_id: s(inst),
            instrument_version: 1,
        };
        apply(&mut c, a).unwrap();
    }
    for pid in ["p1", "p2"] {
        for theme in ["health", "safety"] {
            let a = CaseAction::RateTheme {
                assessment_id: s("a-tri"),
                participant_id: s(pid),
                theme_id: s(theme),
                level: s("fine"),
            };
            apply(&mut c, a).unwrap();
        }
    }
    c
}

fn invitation(id: &str, participant: &str, key: &[u8; 32]) -> Invitation {
    Invitation {
        id: s(id),
        participant_id: s(participant),
        visit_id: s("case1-v1"),
        instrument_id: s("youth"),
        instrument_version: 1,
        theme_ids: ["me-health", "me-feelings", "home-atmosphere", "school", "free-time", "support"].map(s).to_vec(),
        created_ms: NOW,
        expires_ms: NOW + 7.0 * DAY,
        key: to_hex(key),
        answered_ms: None,
    }
}

fn answer(theme: &str, level: &str) -> Answer {
    Answer {
        participant_id: s("phone"),
        theme_id: s(theme),
        level: Some(s(level)),
        going_well: format!("Goes well with {theme}: ÿ ✓ عربي"),
        ..Answer::default()
    }
}

fn payload(inv: &str, answers: Vec<Answer>) -> AnswersPayload {
    AnswersPayload { v: 1, invitation_id: s(inv), sent_ms: NOW + DAY, answers }
}

/// What the phone does: seal the answers with the ticket's key.
fn seal(key: &[u8], p: &AnswersPayload, iv: [u8; 12]) -> String {
    let cipher = Aes256Gcm::new_from_slice(key).unwrap();
    let msg = serde_json::to_vec(p).unwrap();
    let aad = answers_aad(&p.invitation_id);
    let ct = cipher.encrypt(Nonce::from_slice(&iv), Payload { msg: &msg, aad: &aad }).unwrap();
    answers_text(&p.invitation_id, &iv, &ct)
}

/// What the tablet does: find the invitation, open with its key, check the payload.
fn open(case: &Case, text: &str) -> Result<AnswersPayload, CoFillError> {
    let sealed = parse_answers_text(text)?;
    let inv = case.invitations.iter().find(|i| i.id == sealed.invitation_id).ok_or(CoFillError::OtherCase)?;
    let key = from_hex(&inv.key).ok_or(CoFillError::Damaged)?;
    let cipher = Aes256Gcm::new_from_slice(&key).map_err(|_| CoFillError::Damaged)?;
    let aad = answers_aad(&sealed.invitation_id);
    let plain = cipher
        .decrypt(Nonce::from_slice(&sealed.iv), Payload { msg: &sealed.ciphertext, aad: &aad })
        .map_err(|_| CoFillError::Damaged)?;
    parse_payload(&plain, &sealed.invitation_id)
}

fn bring_in(case: &mut Case, text: &str, now: f64) -> Result<(), CaseError> {
    let payload = open(case, text)?;
    apply(case, CaseAction::ImportAnswers { payload, now_ms: now })
}

#[test]
fn ticket_round_trips_as_text_and_as_link_and_names_no_one() {
    let key = [9u8; 32];
    let inv = invitation("inv1", "y1", &key);
    let ticket = inv.ticket(Role::YoungPerson, Some(s("ar")));
    let text = ticket_text(&ticket);
    assert!(text.starts_with("SPI1."));
    assert_eq!(parse_ticket(&text), Ok(ticket.clone()));
    let link = ticket_link("https://example.org/samenplan/#old", &ticket);
    assert!(link.starts_with("https://example.org/samenplan/#invite=SPI1."), "{link}");
    assert_eq!(parse_ticket(&link), Ok(ticket.clone()));
    // The ticket carries the key and the questions, but no name, family or case.
    let json = serde_json::to_string(&ticket).unwrap();
    for secret in ["Sam", "Family A", "case1", "y1"] {
        assert!(!json.contains(secret), "{secret} in {json}");
    }
    // One QR code is enough for an invitation to every theme.
    let mut all = invitation("inv1", "y1", &key);
    all.theme_ids = (0..21).map(|i| format!("theme-number-{i}")).collect();
    let link = ticket_link("https://gemeente.example.nl/jeugd/samenplan/", &all.ticket(Role::Parent, None));
    assert_eq!(split_for_qr(&link, "inv1", QR_CHARS).len(), 1, "{} chars", link.len());
}

#[test]
fn damaged_tickets_are_refused() {
    let ticket = invitation("inv1", "y1", &[1; 32]).ticket(Role::YoungPerson, None);
    let text = ticket_text(&ticket);
    let mut chars: Vec<char> = text.chars().collect();
    let at = chars.len() / 2;
    chars[at] = if chars[at] == 'A' { 'B' } else { 'A' };
    let flipped: String = chars.into_iter().collect();
    assert!(parse_ticket(&flipped).is_err());
    assert_eq!(parse_ticket("hello"), Err(CoFillError::NotOurs));
    assert_eq!(parse_ticket("SPI1.!!!"), Err(CoFillError::Damaged));
    let mut short_key = serde_json::to_value(&ticket).unwrap();
    short_key["key"] = json!("abcd");
    // A key that is not 32 bytes.
    let text = format!("SPI1.{}", base64_url(&serde_json::to_vec(&short_key).unwrap()));
    assert_eq!(parse_ticket(&text), Err(CoFillError::Damaged));
}

fn base64_url(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

#[test]
fn answers_land_only_in_their_own_slot_and_only_once() {
    let key = [7u8; 32];
    let mut case = family();
    apply(&mut case, CaseAction::Invite(invitation("inv1", "y1", &key))).unwrap();
    let before_parents = case.assessments[0].answers.clone();
    let answers = vec![
        answer("me-health", "strength"),
        answer("me-feelings", "some-worries"),
        Answer { participant_id: s("p1"), theme_id: s("school"), skip: Some(Skip::Later), ..Answer::default() },
        Answer { private: true, ..answer("home-atmosphere", "fine") },
    ];
    let text = seal(&key, &payload("inv1", answers), [3; 12]);
    bring_in(&mut case, &text, NOW + DAY).unwrap();

    let youth = case.assessments.iter().find(|a| a.instrument_id == "youth").unwrap();
    assert_eq!(youth.answers.len(), 4);
    assert!(youth.answers.iter().all(|a| a.participant_id == "y1"), "even the one claiming to be p1");
    assert_eq!(youth.answer("y1", "me-feelings").unwrap().level.as_deref(), Some("some-worries"));
    assert!(youth.answer("y1", "home-atmosphere").unwrap().private);
    assert_eq!(case.assessments[0].answers, before_parents, "the parents' answers are untouched");
    assert_eq!(case.invitations[0].answered_ms, Some(NOW + DAY));

    // Replayed: the same answers again change nothing and say so.
    let after_first = case.clone();
    assert_eq!(bring_in(&mut case, &text, NOW + DAY), Err(CaseError::CoFill(CoFillError::AlreadyUsed)));
    assert_eq!(case, after_first);
}

#[test]
fn tampered_expired_and_wrong_case_answers_change_nothing() {
    let key = [5u8; 32];
    let mut case = family();
    apply(&mut case, CaseAction::Invite(invitation("inv1", "y1", &key))).unwrap();
    let text = seal(&key, &payload("inv1", vec![answer("me-health", "fine")]), [1; 12]);
    let clean = case.clone();

    // One character of the ciphertext changed.
    let mut tampered: Vec<char> = text.chars().collect();
    let at = tampered.len() - 10;
    tampered[at] = if tampered[at] == 'x' { 'y' } else { 'x' };
    let tampered: String = tampered.into_iter().collect();
    assert_eq!(bring_in(&mut case, &tampered, NOW), Err(CaseError::CoFill(CoFillError::Damaged)));
    // Sealed for another invitation id, relabelled as this one: the additional data no longer fits.
    let other = seal(&key, &payload("inv2", vec![answer("me-health", "fine")]), [1; 12]);
    let relabelled = other.replacen("SPA1.inv2.", "SPA1.inv1.", 1);
    assert_eq!(bring_in(&mut case, &relabelled, NOW), Err(CaseError::CoFill(CoFillError::Damaged)));
    // A key that is not the invitation's (someone who guessed the format).
    let forged = seal(&[6u8; 32], &payload("inv1", vec![answer("me-health", "fine")]), [1; 12]);
    assert_eq!(bring_in(&mut case, &forged, NOW), Err(CaseError::CoFill(CoFillError::Damaged)));
    // Answers for an invitation this case never made (another case on the same tablet).
    let stranger = seal(&key, &payload("inv9", vec![answer("me-health", "fine")]), [1; 12]);
    assert_eq!(bring_in(&mut case, &stranger, NOW), Err(CaseError::CoFill(CoFillError::OtherCase)));
    // A theme the invitation did not ask.
    let extra = seal(&key, &payload("inv1", vec![answer("health", "fine")]), [1; 12]);
    assert_eq!(bring_in(&mut case, &extra, NOW), Err(CaseError::CoFill(CoFillError::Damaged)));
    // Expired.
    assert_eq!(bring_in(&mut case, &text, NOW + 8.0 * DAY), Err(CaseError::CoFill(CoFillError::Expired)));
    assert_eq!(case, clean, "nothing changed by any refusal");
    // And the good one still goes in.
    bring_in(&mut case, &text, NOW + DAY).unwrap();
}

#[test]
fn answers_for_21_themes_with_notes_fit_in_a_few_codes() {
    let key = [2u8; 32];
    let mut inv = invitation("inv-abcdef0123", "y1", &key);
    inv.theme_ids = (0..21).map(|i| format!("theme-{i}")).collect();
    let answers: Vec<Answer> = inv
        .theme_ids
        .iter()
        .map(|t| Answer { worries: s("Soms lig ik lang wakker en denk ik aan school."), ..answer(t, "some-worries") })
        .collect();
    let text = seal(&key, &payload(&inv.id, answers), [4; 12]);
    let parts = split_for_qr(&text, &inv.id, QR_CHARS);
    assert!((3..=12).contains(&parts.len()), "{} chars in {} codes", text.len(), parts.len());
    let mut set = ChunkSet::default();
    let mut last = None;
    for p in parts.iter().rev() {
        last = Some(set.add(p).unwrap());
    }
    assert_eq!(last, Some(Gathered::Complete(text)));
}

#[test]
fn invitations_are_checked_and_travel_in_the_case_file() {
    let mut case = family();
    let key = [8u8; 32];
    let no_one = apply(&mut case, CaseAction::Invite(invitation("inv1", "nobody", &key)));
    assert_eq!(no_one, Err(CaseError::NotFound("participant")));
    apply(&mut case, CaseAction::Invite(invitation("inv1", "y1", &key))).unwrap();
    let twice = apply(&mut case, CaseAction::Invite(invitation("inv1", "p1", &key)));
    assert_eq!(twice, Err(CaseError::DuplicateId(s("inv1"))));
    let text = serde_json::to_string(&case).unwrap();
    let back = parse_case(&text).unwrap();
    assert_eq!(back.invitations, case.invitations);
    apply(&mut case, CaseAction::RemoveInvitation { id: s("inv1") }).unwrap();
    assert!(case.invitations.is_empty());
}

#[test]
fn version_5_files_gain_nothing_but_their_number() {
    let mut v = json!({"schemaVersion": 5, "id": "x", "assessments": [], "network": {}});
    assert_eq!(migrate(&mut v), Ok(5));
    let now = samenplan::core::case::SCHEMA_VERSION;
    assert!(now > 5);
    assert_eq!(v, json!({"schemaVersion": now, "id": "x", "assessments": [], "network": {}}));
}

#[test]
fn answers_only_for_the_conversation_stay_out_of_print() {
    let mut case = family();
    apply(&mut case, CaseAction::Invite(invitation("inv1", "y1", &[1; 32]))).unwrap();
    let private =
        |on| CaseAction::SetPrivate { assessment_id: s("a-tri"), participant_id: s("p2"), theme_id: s("safety"), on };
    apply(&mut case, private(true)).unwrap();
    let printed = case.for_print();
    let kept: Vec<(&str, &str)> =
        printed.assessments[0].answers.iter().map(|a| (a.participant_id.as_str(), a.theme_id.as_str())).collect();
    assert_eq!(kept, vec![("p1", "health"), ("p1", "safety"), ("p2", "health")]);
    assert!(printed.invitations.is_empty(), "no one-time key in print");
    assert_eq!(case.assessments[0].answers.len(), 4, "the case itself keeps the answer");
    apply(&mut case, private(false)).unwrap();
    assert_eq!(case.for_print().assessments[0].answers.len(), 4);
}

#[test]
fn the_young_persons_answers_sit_beside_the_parents_where_themes_meet() {
    use samenplan::core::assessment::{youth_beside, youth_only, Position};
    use samenplan::core::case::WayOfWorking;
    use samenplan::core::instrument::Instrument;
    let youth = Instrument::from_json(include_str!("../schemas/instruments/youth.json")).unwrap();
    let parents = Instrument::from_json(include_str!("../schemas/instruments/triangle.json")).unwrap();
    let mut case = family();
    for (theme, level) in [("me-health", "strength"), ("home-atmosphere", "some-worries"), ("free-time", "fine")] {
        let a = CaseAction::RateTheme {
            assessment_id: s("a-youth"),
            participant_id: s("y1"),
            theme_id: s(theme),
            level: s(level),
        };
        apply(&mut case, a).unwrap();
    }
    let a = &case.assessments[1];
    let all_youth = youth.theme_ids_for_age(WayOfWorking::Extended, Some(13));
    let rated = |l: &str, w| Position::Rated { level: s(l), weight: w };
    // Health meets the young person's own health; safety meets home and bad things (not rated).
    assert_eq!(youth_beside(&youth, a, "y1", "health", &all_youth), vec![(s("me-health"), rated("strength", -1))]);
    assert_eq!(
        youth_beside(&youth, a, "y1", "safety", &all_youth),
        vec![(s("home-atmosphere"), rated("some-worries", 1)), (s("bad-things"), Position::Open)]
    );
    // Every parents' theme the young person's themes name exists; the rest stands on its own.
    let shown: Vec<&str> = parents.theme_ids_for(WayOfWorking::Extended);
    assert_eq!(youth_only(&youth, &all_youth, &shown), vec!["free-time"]);
    // In screening the parents see fewer themes, so more of the young person's stand alone.
    let screening: Vec<&str> = parents.theme_ids_for(WayOfWorking::Screening);
    assert!(youth_only(&youth, &all_youth, &screening).len() > 1);
    // A ten-year-old gets the short set: no growing-up theme beside identity.
    let short = youth.theme_ids_for_age(WayOfWorking::Extended, Some(10));
    assert!(!short.contains(&"me-growing-up") && short.len() < all_youth.len());
    let beside_identity: Vec<String> =
        youth_beside(&youth, a, "y1", "identity", &short).into_iter().map(|(id, _)| id).collect();
    assert_eq!(beside_identity, vec![s("me-feelings"), s("faith-culture")]);
}
