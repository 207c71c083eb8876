//! One conversation feeds one plan, checked over generated cases: 1-4 adults (parents and
//! professionals), 0-3 young people with their own triangle, 1-4 visits, random answers, notes,
//! private marks and agreed needs, all built through `apply`. Invariants:
//! - every worry anyone gave in the analysed visit is raised in the matrix by that person (on the
//!   family theme it meets, or on its own);
//! - every strength and worry is in the plan's lists with who said it;
//! - the matrix of an earlier visit does not change when later visits are added;
//! - answers marked "only for our conversation" never reach a document (PDF or print) or the
//!   organisation's JSON file, while every other note of what goes well does reach the plan.

use proptest::prelude::*;
use samenplan::core::assessment::Skip;
use samenplan::core::case::{Purpose, Role};
use samenplan::core::conversation::Conversation;
use samenplan::core::date::Date;
use samenplan::core::instrument::{Instrument, NoteKind};
use samenplan::core::matrix::{need_rows, proposals};
use samenplan::core::{apply, Case, CaseAction};
use samenplan::export::content::{document, Block};
use samenplan::export::figure::Shape;
use samenplan::export::file::case_json;
use samenplan::export::{DocOptions, Version};
use samenplan::i18n::Lang;

#[path = "common/rules.rs"]
mod rules;
use rules::ok;

const TRIANGLE: &str = include_str!("../schemas/instruments/triangle.json");
const YOUTH: &str = include_str!("../schemas/instruments/youth.json");

fn instruments() -> Vec<Instrument> {
    vec![Instrument::from_json(TRIANGLE).unwrap(), Instrument::from_json(YOUTH).unwrap()]
}

/// One answer to generate: who (an index into the respondents), which theme (an index into the
/// instrument's themes), what (0 strength, 1 fine, 2 some worries, 3 serious, 4 not discussed,
/// 5 later, 6 only a note), whether it is private, whether it carries a note of what goes well.
type AnswerSpec = (usize, usize, u8, bool, bool);

#[derive(Debug, Clone)]
struct VisitSpec {
    gap_days: u32,
    family: Vec<AnswerSpec>,
    own: Vec<AnswerSpec>,
    /// Indexes of proposals to agree on at this visit.
    agree: Vec<usize>,
}

#[derive(Debug, Clone)]
struct Spec {
    /// true: a parent, false: a professional.
    adults: Vec<bool>,
    /// Ages of the young people.
    young: Vec<u32>,
    visits: Vec<VisitSpec>,
}

fn answer_spec() -> impl Strategy<Value = AnswerSpec> {
    (0usize..8, 0usize..30, 0u8..7, prop::bool::weighted(0.25), prop::bool::weighted(0.3))
}

fn spec() -> impl Strategy<Value = Spec> {
    let visit = (
        1u32..120,
        prop::collection::vec(answer_spec(), 0..30),
        prop::collection::vec(answer_spec(), 0..20),
        prop::collection::vec(0usize..10, 0..3),
    )
        .prop_map(|(gap_days, family, own, agree)| VisitSpec { gap_days, family, own, agree });
    (
        prop::collection::vec(any::<bool>(), 1..=4),
        prop::collection::vec(8u32..18, 0..=3),
        prop::collection::vec(visit, 1..=4),
    )
        .prop_map(|(adults, young, visits)| Spec { adults, young, visits })
}

fn s(x: &str) -> String {
    x.to_string()
}

const FIRST_VISIT: &str = "2024-01-10";

/// Builds the case the spec describes, visit by visit, up to `upto` visits.
fn build(spec: &Spec, ins: &[Instrument], upto: usize) -> Case {
    let first = Date::parse(FIRST_VISIT).unwrap();
    let mut c = Case::new(s("c"), s("Familie Test"), first, 0.0);
    for (i, parent) in spec.adults.iter().enumerate() {
        let role = if *parent { Role::Parent } else { Role::Professional };
        ok(
            &mut c,
            CaseAction::AddParticipant { id: format!("a{i}"), name: format!("Volwassene {i}"), role, child_id: None },
        );
    }
    for (i, age) in spec.young.iter().enumerate() {
        let born = Date { year: first.year - *age as i32, month: 1, day: 1 };
        ok(
            &mut c,
            CaseAction::AddChild {
                id: format!("k{i}"),
                alias: format!("Kind {i}"),
                birth_date: Some(born),
                due_date: None,
                today: first,
            },
        );
        ok(
            &mut c,
            CaseAction::AddParticipant {
                id: format!("y{i}"),
                name: format!("Jongere {i}"),
                role: Role::YoungPerson,
                child_id: Some(format!("k{i}")),
            },
        );
    }
    let respondents: Vec<String> = c.respondents().map(|p| p.id.clone()).collect();
    let young: Vec<String> = (0..spec.young.len()).map(|i| format!("y{i}")).collect();
    let mut day = 0i64;
    let mut note_no = 0usize;
    for (n, v) in spec.visits.iter().enumerate().take(upto) {
        let visit_id = if n == 0 { c.visits[0].id.clone() } else { format!("v{n}") };
        if n > 0 {
            day += i64::from(v.gap_days);
            ok(
                &mut c,
                CaseAction::AddVisit { id: visit_id.clone(), date: first.add_days(day), purpose: Purpose::Monitor },
            );
        }
        for (instrument, answers, who) in [(&ins[0], &v.family, &respondents), (&ins[1], &v.own, &young)] {
            if who.is_empty() || answers.is_empty() {
                continue;
            }
            let aid = format!("{visit_id}-{}", instrument.id());
            ok(
                &mut c,
                CaseAction::StartAssessment {
                    id: aid.clone(),
                    visit_id: visit_id.clone(),
                    instrument_id: instrument.id().to_string(),
                    instrument_version: instrument.def.version,
                },
            );
            let themes: Vec<&str> = instrument.themes().map(|(_, t)| t.id.as_str()).collect();
            for (w, t, what, private, note) in answers {
                let (pid, theme) = (who[w % who.len()].clone(), themes[t % themes.len()].to_string());
                let levels = ["strength", "fine", "some-worries", "serious-worries"];
                let act = match what {
                    0..=3 => CaseAction::RateTheme {
                        assessment_id: aid.clone(),
                        participant_id: pid.clone(),
                        theme_id: theme.clone(),
                        level: s(levels[*what as usize]),
                    },
                    4 | 5 => CaseAction::SkipTheme {
                        assessment_id: aid.clone(),
                        participant_id: pid.clone(),
                        theme_id: theme.clone(),
                        skip: if *what == 4 { Skip::NotDiscussed } else { Skip::Later },
                    },
                    _ => CaseAction::SetFlag {
                        assessment_id: aid.clone(),
                        participant_id: pid.clone(),
                        theme_id: theme.clone(),
                        note: NoteKind::FitsAge,
                        on: true,
                    },
                };
                ok(&mut c, act);
                note_no += 1;
                if *note {
                    // Unique, so a search of a document finds exactly this note.
                    let text = format!("{}{note_no}q", if *private { "GEHEIM" } else { "NOTITIE" });
                    ok(
                        &mut c,
                        CaseAction::SetNote {
                            assessment_id: aid.clone(),
                            participant_id: pid.clone(),
                            theme_id: theme.clone(),
                            note: NoteKind::GoingWell,
                            text,
                        },
                    );
                }
                if *private {
                    ok(
                        &mut c,
                        CaseAction::SetPrivate {
                            assessment_id: aid.clone(),
                            participant_id: pid,
                            theme_id: theme,
                            on: true,
                        },
                    );
                }
            }
        }
        // Agree on some of this visit's proposals, as the family and professional would.
        let agreed: Vec<CaseAction> = Conversation::of(&c, &visit_id, ins)
            .map(|conv| {
                let rows = need_rows(&conv);
                v.agree
                    .iter()
                    .filter_map(|i| rows.get(i % rows.len().max(1)))
                    .filter(|r| !r.agreed)
                    .map(|r| CaseAction::SetNeed {
                        id: r.need.id.clone(),
                        assessment_id: r.need.assessment_id.clone(),
                        theme_ids: r.need.theme_ids.clone(),
                        severity: r.need.severity,
                        urgency: r.need.urgency,
                        support: None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        for a in agreed {
            let _ = apply(&mut c, a); // the same proposal picked twice is simply stored again
        }
    }
    c
}

/// Every text a document shows, blocks and figures alike.
fn document_text(case: &Case, ins: &[Instrument], version: Version) -> String {
    let doc = document(
        case,
        ins,
        &DocOptions {
            version,
            lang: Lang::Nl,
            today: Date::parse("2026-01-01").unwrap(),
            safety_next_steps: None,
            money_help: vec![],
            capitals: |t: &str| t.to_uppercase(),
        },
    );
    let mut out = vec![doc.title.clone(), doc.footer.clone()];
    for b in &doc.blocks {
        match b {
            Block::Title(t) | Block::Heading(t) | Block::Subheading(t) | Block::Para(t) | Block::Hint(t) => {
                out.push(t.clone())
            }
            Block::Bullets(v) => out.extend(v.iter().cloned()),
            Block::Fields(v) => out.extend(v.iter().flat_map(|(a, b)| [a.clone(), b.clone()])),
            Block::Legend(v) => out.extend(v.iter().map(|(_, t)| t.clone())),
            Block::Table(t) => {
                out.extend(t.header.iter().cloned());
                out.extend(t.rows.iter().flatten().map(|c| c.text.clone()));
            }
            Block::Figure(f) => {
                out.push(f.label.clone());
                out.extend(f.shapes.iter().filter_map(|sh| match sh {
                    Shape::Text { text, .. } => Some(text.clone()),
                    _ => None,
                }));
            }
            Block::Note { title, text } => out.extend([title.clone(), text.clone()]),
            Block::PageBreak => {}
        }
    }
    out.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

    #[test]
    fn every_voice_reaches_the_matrix_and_the_plan(spec in spec()) {
        let ins = instruments();
        let case = build(&spec, &ins, spec.visits.len());
        let Some(conv) = Conversation::analysed(&case, &ins) else {
            // Nothing answered anywhere: nothing may be proposed either.
            prop_assert!(case.assessments.iter().all(|a| a.answers.iter().all(|x| !x.is_given())));
            return Ok(());
        };
        // The analysed visit is the latest one with answers.
        let later_answered = case.visits_by_date().iter().skip_while(|v| v.id != conv.visit.id).skip(1)
            .filter_map(|v| Conversation::of(&case, &v.id, &ins)).any(|c| c.is_answered());
        prop_assert!(!later_answered, "a later visit has answers");

        let props = proposals(&conv);
        let strengths = conv.strengths();
        let worries = conv.worries();
        // Read from the case itself, not through the conversation: every answer of that visit.
        for a in case.assessments.iter().filter(|a| a.visit_id == conv.visit.id) {
            let instrument = ins.iter().find(|i| i.id() == a.instrument_id).unwrap();
            let own = instrument.def.audience == samenplan::core::instrument::Audience::YoungPerson;
            for x in &a.answers {
                let Some(w) = x.level.as_deref().and_then(|l| instrument.level(l)).map(|l| l.weight) else { continue };
                let (who, theme) = (&x.participant_id, &x.theme_id);
                let voiced = |list: &[samenplan::core::conversation::ThemeVoices]| {
                    list.iter().any(|v| &v.theme.id == theme && v.own == own && v.people.iter().any(|p| &p.id == who))
                };
                if w > 0 {
                    let raised = props.iter().any(|p| p.raised_by.iter().any(|r| &r.participant_id == who && &r.theme_id == theme && r.own == own));
                    prop_assert!(raised, "{}'s worry on {} (own: {}) raised no need", who, theme, own);
                    prop_assert!(voiced(&worries), "{}'s worry on {} is not in the plan", who, theme);
                }
                if w < 0 {
                    prop_assert!(voiced(&strengths), "{}'s strength on {} is not in the plan", who, theme);
                }
            }
        }
        // A young person alone with serious worries on a safety theme of theirs is never weighed lighter.
        for p in &props {
            if p.safety && p.raised_by.iter().any(|r| r.weight >= 2) {
                prop_assert_eq!(p.severity, samenplan::core::matrix::Severity::Serious);
            }
        }
        // Every matrix row of the conversation belongs to one of its assessments.
        let ids = conv.assessment_ids();
        for r in need_rows(&conv) {
            prop_assert!(ids.contains(&r.need.assessment_id.as_str()));
        }
    }

    #[test]
    fn an_earlier_visits_matrix_stays_as_it_was(spec in spec()) {
        let ins = instruments();
        let full = build(&spec, &ins, spec.visits.len());
        for k in 1..spec.visits.len() {
            let early = build(&spec, &ins, k);
            for v in &early.visits {
                let before = Conversation::of(&early, &v.id, &ins).map(|c| need_rows(&c));
                let after = Conversation::of(&full, &v.id, &ins).map(|c| need_rows(&c));
                prop_assert_eq!(before, after, "visit {} changed when visits after it were added", v.id);
            }
        }
    }

    #[test]
    fn private_answers_never_reach_a_document_or_the_organisation(spec in spec()) {
        let ins = instruments();
        let case = build(&spec, &ins, spec.visits.len());
        let family = document_text(&case, &ins, Version::Family);
        let full = document_text(&case, &ins, Version::Full);
        let json = case_json(&case);
        for text in [&family, &full, &json] {
            prop_assert!(!text.contains("GEHEIM"), "a private note was printed or exported");
        }
        // Everything else said about what goes well at the analysed visit is in the family's plan.
        if let Some(conv) = Conversation::analysed(&case, &ins) {
            for a in case.assessments.iter().filter(|a| a.visit_id == conv.visit.id) {
                for x in a.answers.iter().filter(|x| !x.private && !x.going_well.is_empty()) {
                    prop_assert!(family.contains(x.going_well.as_str()), "{} is missing from the family's plan", x.going_well);
                }
            }
        }
    }
}

fn rate(c: &mut Case, aid: &str, pid: &str, theme: &str, level: &str) {
    ok(c, CaseAction::RateTheme { assessment_id: s(aid), participant_id: s(pid), theme_id: s(theme), level: s(level) });
}

#[test]
fn several_children_each_answer_their_own_triangle_and_each_voice_counts() {
    let ins = instruments();
    // Two young people of 9 and 14 and two parents; only their own triangles raise these needs.
    let spec = Spec { adults: vec![true, true], young: vec![9, 14], visits: Vec::new() };
    let mut c = build(&spec, &ins, 0);
    let v = c.visits[0].id.clone();
    for (id, instrument) in [("fam", "triangle"), ("own", "youth")] {
        ok(
            &mut c,
            CaseAction::StartAssessment {
                id: s(id),
                visit_id: v.clone(),
                instrument_id: s(instrument),
                instrument_version: 1,
            },
        );
    }
    rate(&mut c, "fam", "a0", "safety", "fine");
    rate(&mut c, "fam", "a1", "safety", "fine");
    rate(&mut c, "fam", "a0", "health", "strength");
    // The 9-year-old alone: serious worries about how it is at home (a safety theme of hers).
    rate(&mut c, "own", "y0", "home-atmosphere", "serious-worries");
    // The 14-year-old: free time, a theme of theirs that meets none of the family's.
    rate(&mut c, "own", "y1", "free-time", "some-worries");
    rate(&mut c, "own", "y1", "support", "strength");

    let conv = Conversation::analysed(&c, &ins).expect("answered");
    assert_eq!(conv.own.iter().map(|o| o.participant.id.as_str()).collect::<Vec<_>>(), ["y0", "y1"]);
    let got: Vec<(String, samenplan::core::matrix::Severity, Vec<String>)> = proposals(&conv)
        .into_iter()
        .map(|p| (p.theme_id, p.severity, p.raised_by.into_iter().map(|r| r.participant_id).collect()))
        .collect();
    use samenplan::core::matrix::Severity::*;
    assert_eq!(
        got,
        [
            // Two parents said fine; her serious worry still makes it serious, on the family's safety theme.
            (s("safety"), Serious, vec![s("y0")]),
            (s("free-time"), Moderate, vec![s("y1")]),
        ]
    );
    let rows = need_rows(&conv);
    assert!(rows[0].safety && rows[0].need.urgency == samenplan::core::matrix::Urgency::Now);
    assert_eq!(rows[1].need.assessment_id, "own", "a need of their own is kept with their triangle");

    let full = document_text(&c, &ins, Version::Full);
    for want in [
        "De driehoek van het gezin",
        "Eigen driehoek van Jongere 0",
        "Eigen driehoek van Jongere 1",
        "Genoemd door Jongere 0 (eigen driehoek).",
        "Mensen die mij steunen: Jongere 1 (eigen driehoek)",
        "Eigen driehoek van Jongere 0 ingevuld (1 antwoord).",
        "Eigen driehoek van Jongere 1 ingevuld (2 antwoorden).",
        "Driehoek van het gezin ingevuld (3 antwoorden).",
        "Jongere 1 · Jongere · kind: Kind 1",
        // The professional's next steps show for a safety need raised by a young person alone.
        "Voor de professional",
    ] {
        assert!(full.contains(want), "missing {want:?} in:\n{full}");
    }
}

#[test]
fn inviting_the_network_follows_the_familys_consent() {
    use samenplan::core::case::ConsentTopic;
    use samenplan::core::network::{NetworkAction, Ring, Sector};
    use samenplan::core::CaseError;
    let mut c = Case::new(s("c"), s("Familie Test"), Date::parse(FIRST_VISIT).unwrap(), 0.0);
    ok(
        &mut c,
        CaseAction::Network(NetworkAction::Add {
            id: s("oma"),
            name: s("Oma"),
            relation: String::new(),
            ring: Ring::VeryClose,
            sector: Sector::Family,
            suggested_by: None,
        }),
    );
    let invite = |on: bool| CaseAction::Network(NetworkAction::SetInvited { id: s("oma"), invited: on });
    let came = CaseAction::Network(NetworkAction::SetCame { id: s("oma"), came: true });
    let refused = CaseError::NoConsent(ConsentTopic::ContactNetwork);
    for a in [invite(true), came.clone()] {
        let before = c.clone();
        assert_eq!(apply(&mut c, a), Err(refused.clone()));
        assert_eq!(c, before, "a refused invitation changed the case");
    }
    let consent = |given: bool| CaseAction::SetConsent {
        topic: ConsentTopic::ContactNetwork,
        given,
        date: Date::parse("2024-02-01").unwrap(),
    };
    ok(&mut c, consent(true));
    ok(&mut c, invite(true));
    assert!(c.network.people[0].invited);
    // Consent withdrawn: nobody new is invited, and taking an invitation back is always possible.
    ok(&mut c, consent(false));
    ok(&mut c, invite(false));
    assert_eq!(apply(&mut c, invite(true)), Err(refused));
    assert!(!c.network.people[0].invited);
}
