//! The family group plan circle's rules: the layout as numbers (no overlap, stable places),
//! the roles at the circle meeting, refusals that leave the network unchanged, the file format
//! (serde round trip, reading checks), and network people as carriers of plan agreements.

use samenplan::core::case::{Case, Role};
use samenplan::core::date::Date;
use samenplan::core::geometry::Point;
use samenplan::core::import::{check_case, parse_case};
use samenplan::core::network::{
    apply_network, circle_layout, snap, who_name, who_options, ChildrenJoin, CircleLayout, Level, MeetingRole, Network,
    NetworkAction, NetworkError, Offer, Ring, Scale, Sector, TextField, CENTRE_R, MAX_PEOPLE, ROW, TOKEN_D,
};
use samenplan::core::plan::{ordered_agreements, Carrier};
use samenplan::core::{apply, CaseAction, CaseError};
use serde_json::json;

fn s(x: &str) -> String {
    x.to_string()
}

fn add(n: &mut Network, id: &str, ring: Ring, sector: Sector) {
    apply_network(
        n,
        NetworkAction::Add { id: s(id), name: format!("Naam {id}"), relation: s(""), ring, sector, suggested_by: None },
    )
    .unwrap_or_else(|e| panic!("adding {id}: {e}"));
}

fn dist(a: Point, b: Point) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}

/// A small deterministic generator, so "random" networks are the same on every run.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Every check a drawn circle must pass.
fn assert_drawable(n: &Network, l: &CircleLayout, what: &str) {
    assert_eq!(l.tokens.len(), n.people.len());
    for (i, (a, p)) in l.tokens.iter().zip(&n.people).enumerate() {
        let r = a.x.hypot(a.y);
        let (inner, outer) = l.bands[p.ring.index()];
        assert!(
            r - TOKEN_D / 2.0 >= inner - 1e-9 && r + TOKEN_D / 2.0 <= outer + 1e-9,
            "{what}: {} leaves its ring",
            p.id
        );
        assert!(r - TOKEN_D / 2.0 >= CENTRE_R, "{what}: {} covers the family", p.id);
        assert!(l.half - r >= TOKEN_D / 2.0, "{what}: {} leaves the drawing", p.id);
        // The token lies in its own quadrant, clear of the sector lines.
        let (sx, sy) = match p.sector {
            Sector::Family => (-1.0, -1.0),
            Sector::FriendsNeighbours => (1.0, -1.0),
            Sector::SchoolWorkClubs => (1.0, 1.0),
            Sector::Professionals => (-1.0, 1.0),
        };
        assert!(
            a.x * sx >= TOKEN_D / 2.0 && a.y * sy >= TOKEN_D / 2.0,
            "{what}: {} touches a sector line: {a:?}",
            p.id
        );
        for (b, q) in l.tokens[i + 1..].iter().zip(&n.people[i + 1..]) {
            assert!(dist(*a, *b) >= TOKEN_D - 1e-9, "{what}: {} and {} overlap ({:.1})", p.id, q.id, dist(*a, *b));
        }
    }
}

#[test]
fn no_tokens_overlap_for_1_to_30_people_in_any_spread() {
    let cells: Vec<(Ring, Sector)> = Ring::ALL.iter().flat_map(|r| Sector::ALL.iter().map(move |s| (*r, *s))).collect();
    // Round robin over the cells, everyone in one cell (each cell), and seeded random spreads.
    let mut spreads: Vec<(String, Vec<(Ring, Sector)>)> =
        vec![(s("round robin"), (0..30).map(|i| cells[i % cells.len()]).collect())];
    for c in &cells {
        spreads.push((format!("all in {c:?}"), vec![*c; 30]));
    }
    for seed in 1..=40 {
        let mut g = Lcg(seed);
        spreads.push((format!("seed {seed}"), (0..30).map(|_| cells[g.next(cells.len())]).collect()));
    }
    for (name, spread) in spreads {
        let mut n = Network::default();
        for (i, (ring, sector)) in spread.iter().enumerate() {
            add(&mut n, &format!("p{i}"), *ring, *sector);
            assert_drawable(&n, &circle_layout(&n.people), &format!("{name}, {} people", i + 1));
        }
    }
}

#[test]
fn no_overlap_after_people_leave_and_move() {
    let mut g = Lcg(7);
    let mut n = Network::default();
    for step in 0..400 {
        let ring = Ring::ALL[g.next(3)];
        let sector = Sector::ALL[g.next(4)];
        match g.next(4) {
            0 | 1 if n.people.len() < 30 => add(&mut n, &format!("q{step}"), ring, sector),
            2 if !n.people.is_empty() => {
                let id = n.people[g.next(n.people.len())].id.clone();
                apply_network(&mut n, NetworkAction::Remove { id }).unwrap();
            }
            _ if !n.people.is_empty() => {
                let id = n.people[g.next(n.people.len())].id.clone();
                let slot = Some(g.next(8) as u32);
                apply_network(&mut n, NetworkAction::Move { id, ring, sector, slot }).unwrap();
            }
            _ => {}
        }
        assert_drawable(&n, &circle_layout(&n.people), &format!("step {step}"));
    }
}

/// The stability rule: everyone keeps ring, sector and slot when someone is added. Nobody moves,
/// unless the newcomer opens a new row in a ring; then the people inside and in that ring stay
/// put, and those further out move straight outward by exactly one row.
#[test]
fn adding_someone_moves_nobody_or_only_outer_rings_outward_by_one_row() {
    for seed in 1..=60 {
        let mut g = Lcg(seed);
        let mut n = Network::default();
        for i in 0..29 {
            let (ring, sector) = (Ring::ALL[g.next(3)], Sector::ALL[g.next(4)]);
            let before = circle_layout(&n.people);
            let places: Vec<_> = n.people.iter().map(|p| (p.ring, p.sector, p.slot)).collect();
            add(&mut n, &format!("p{i}"), ring, sector);
            let after = circle_layout(&n.people);
            let grew = after.bands[ring.index()].1 - after.bands[ring.index()].0
                > before.bands[ring.index()].1 - before.bands[ring.index()].0;
            for (k, p) in n.people[..i].iter().enumerate() {
                assert_eq!((p.ring, p.sector, p.slot), places[k], "seed {seed}: {} changed place", p.id);
                let (a, b) = (before.tokens[k], after.tokens[k]);
                if !grew || p.ring.index() <= ring.index() {
                    assert!(dist(a, b) < 1e-9, "seed {seed}: {} moved when {} came", p.id, n.people[i].id);
                } else {
                    let (ra, rb) = (a.x.hypot(a.y), b.x.hypot(b.y));
                    assert!((rb - ra - ROW).abs() < 1e-9, "seed {seed}: {} moved {} instead of one row", p.id, rb - ra);
                    assert!((a.y.atan2(a.x) - b.y.atan2(b.x)).abs() < 1e-9, "seed {seed}: {} turned", p.id);
                }
            }
        }
    }
}

#[test]
fn a_newcomer_takes_the_lowest_free_slot_and_a_gap_is_filled_first() {
    let mut n = Network::default();
    for id in ["a", "b", "c"] {
        add(&mut n, id, Ring::Close, Sector::Family);
    }
    assert_eq!(n.people.iter().map(|p| p.slot).collect::<Vec<_>>(), [0, 1, 2]);
    let before = circle_layout(&n.people);
    apply_network(&mut n, NetworkAction::Remove { id: s("b") }).unwrap();
    let after = circle_layout(&n.people);
    // Leaving moves nobody: a and c keep their places.
    assert_eq!(before.tokens[0], after.tokens[0]);
    assert_eq!(before.tokens[2], after.tokens[1]);
    add(&mut n, "d", Ring::Close, Sector::Family);
    assert_eq!(n.person("d").unwrap().slot, 1);
    // One person sits by the middle of their sector: on it, or half a place beside it.
    let mut one = Network::default();
    add(&mut one, "x", Ring::Further, Sector::SchoolWorkClubs);
    let p = circle_layout(&one.people).tokens[0];
    let off = (p.y.atan2(p.x) - std::f64::consts::FRAC_PI_4).abs();
    assert!(p.x > 0.0 && p.y > 0.0 && off <= (TOKEN_D / 2.0 / p.x.hypot(p.y)).asin() + 1e-9, "{p:?}");
}

#[test]
fn a_drop_snaps_to_the_ring_sector_and_nearest_free_slot_under_it() {
    let mut n = Network::default();
    add(&mut n, "a", Ring::Further, Sector::Family);
    add(&mut n, "b", Ring::Close, Sector::FriendsNeighbours);
    let l = circle_layout(&n.people);
    // Dropped in the middle of the inner ring, top left: very close, family, one of its two
    // middle places (the inner row holds two, either side of the sector's middle).
    let r = (l.bands[0].0 + l.bands[0].1) / 2.0;
    let at = Point { x: -r * 0.7, y: -r * 0.7 };
    let dropped = snap(&n, &l, "a", at);
    assert_eq!((dropped.0, dropped.1), (Ring::VeryClose, Sector::Family));
    assert!(dropped.2 < 2, "{dropped:?}");
    // On b's own place, b's slot counts as free for b but not for a.
    let on_b = l.tokens[1];
    assert_eq!(snap(&n, &l, "b", on_b), (Ring::Close, Sector::FriendsNeighbours, 0));
    let (ring, sector, slot) = snap(&n, &l, "a", on_b);
    assert_eq!((ring, sector), (Ring::Close, Sector::FriendsNeighbours));
    assert_ne!(slot, 0);
    // Every quadrant and ring.
    let far = l.bands[2].0 + 10.0;
    assert_eq!(snap(&n, &l, "a", Point { x: far * 0.7, y: far * 0.7 }).0, Ring::Further);
    assert_eq!(snap(&n, &l, "a", Point { x: far * 0.7, y: far * 0.7 }).1, Sector::SchoolWorkClubs);
    assert_eq!(snap(&n, &l, "a", Point { x: -50.0, y: 300.0 }).1, Sector::Professionals);
    assert_eq!(snap(&n, &l, "a", Point { x: 5.0, y: -300.0 }).1, Sector::FriendsNeighbours);
    // Beyond the circle: the outer ring.
    assert_eq!(snap(&n, &l, "a", Point { x: -900.0, y: -900.0 }).0, Ring::Further);
    // Moving there puts a at exactly that place, under the point where it was dropped.
    let (ring, sector, slot) = dropped;
    apply_network(&mut n, NetworkAction::Move { id: s("a"), ring, sector, slot: Some(slot) }).unwrap();
    let p = n.person("a").unwrap();
    assert_eq!((p.ring, p.sector, p.slot), dropped);
    assert!(dist(circle_layout(&n.people).tokens[0], at) < TOKEN_D);
}

#[test]
fn keys_move_between_rings_and_sectors() {
    assert_eq!(Ring::Further.inward(), Some(Ring::Close));
    assert_eq!(Ring::VeryClose.inward(), None);
    assert_eq!(Ring::Further.outward(), None);
    assert_eq!(Sector::Professionals.next(), Sector::Family);
    assert_eq!(Sector::Family.previous(), Sector::Professionals);
    for s in Sector::ALL {
        assert_eq!(s.next().previous(), s);
    }
}

fn demo_network() -> Network {
    let mut n = Network::default();
    add(&mut n, "oma", Ring::VeryClose, Sector::Family);
    add(&mut n, "buur", Ring::Close, Sector::FriendsNeighbours);
    add(&mut n, "coach", Ring::Further, Sector::SchoolWorkClubs);
    add(&mut n, "jgz", Ring::Close, Sector::Professionals);
    n
}

fn role(n: &Network, id: &str) -> MeetingRole {
    n.person(id).unwrap().role
}

#[test]
fn there_is_at_most_one_mediator_and_a_new_one_takes_the_role_over() {
    let mut n = demo_network();
    assert!(n.mediator().is_none());
    apply_network(&mut n, NetworkAction::SetRole { id: s("oma"), role: MeetingRole::Mediator }).unwrap();
    assert_eq!(n.mediator().map(|p| p.id.as_str()), Some("oma"));
    apply_network(&mut n, NetworkAction::SetRole { id: s("buur"), role: MeetingRole::Mediator }).unwrap();
    assert_eq!(n.people.iter().filter(|p| p.role == MeetingRole::Mediator).count(), 1);
    assert_eq!(n.mediator().map(|p| p.id.as_str()), Some("buur"));
    assert_eq!(role(&n, "oma"), MeetingRole::None);
    apply_network(&mut n, NetworkAction::SetRole { id: s("buur"), role: MeetingRole::None }).unwrap();
    assert!(n.mediator().is_none());
    // A coordinator can be anyone, several too.
    apply_network(&mut n, NetworkAction::SetRole { id: s("coach"), role: MeetingRole::Coordinator }).unwrap();
    apply_network(&mut n, NetworkAction::SetRole { id: s("jgz"), role: MeetingRole::Coordinator }).unwrap();
}

#[test]
fn professionals_inform_and_are_never_the_mediator() {
    let mut n = demo_network();
    let before = n.clone();
    assert_eq!(
        apply_network(&mut n, NetworkAction::SetRole { id: s("jgz"), role: MeetingRole::Mediator }),
        Err(NetworkError::MediatorIsInformal)
    );
    assert_eq!(
        apply_network(&mut n, NetworkAction::SetRole { id: s("oma"), role: MeetingRole::Informs }),
        Err(NetworkError::OnlyProfessionalsInform)
    );
    assert_eq!(n, before);
    apply_network(&mut n, NetworkAction::SetRole { id: s("jgz"), role: MeetingRole::Informs }).unwrap();
    for (field, text) in
        [(TextField::CanDo, "Meedenken over slapen"), (TextField::CannotDo, "Beslissen voor het gezin")]
    {
        apply_network(&mut n, NetworkAction::SetText { id: s("jgz"), field, text: s(text) }).unwrap();
    }
    assert_eq!(n.person("jgz").unwrap().text(TextField::CannotDo), "Beslissen voor het gezin");
    // The role model has no deciding state: informing is all a professional's role says.
    let roles: Vec<&str> = MeetingRole::ALL.iter().map(|r| r.key()).collect();
    assert_eq!(roles, ["none", "mediator", "coordinator", "informs"]);
    assert!(roles.iter().all(|k| !k.contains("decid")));
    // A mediator or an informing professional cannot be moved where the role does not fit.
    apply_network(&mut n, NetworkAction::SetRole { id: s("oma"), role: MeetingRole::Mediator }).unwrap();
    let before = n.clone();
    let to_pros = NetworkAction::Move { id: s("oma"), ring: Ring::Close, sector: Sector::Professionals, slot: None };
    assert_eq!(apply_network(&mut n, to_pros), Err(NetworkError::MediatorIsInformal));
    let out = NetworkAction::Move { id: s("jgz"), ring: Ring::Close, sector: Sector::Family, slot: None };
    assert_eq!(apply_network(&mut n, out), Err(NetworkError::OnlyProfessionalsInform));
    assert_eq!(n, before);
}

#[test]
fn refused_changes_leave_the_network_unchanged() {
    let mut n = demo_network();
    apply_network(&mut n, NetworkAction::SetText { id: s("oma"), field: TextField::Offer, text: s("Past op") })
        .unwrap();
    let long_name = "x".repeat(81);
    let long_text = "x".repeat(4001);
    let add = |id: &str, name: &str| NetworkAction::Add {
        id: s(id),
        name: s(name),
        relation: s(""),
        ring: Ring::Close,
        sector: Sector::Family,
        suggested_by: None,
    };
    let cases: Vec<(NetworkAction, NetworkError)> = vec![
        (add("new", "  "), NetworkError::EmptyName),
        (add("new", &long_name), NetworkError::TooLong { max: 80 }),
        (add("oma", "Nog een oma"), NetworkError::DuplicateId(s("oma"))),
        (
            NetworkAction::Add {
                id: s("new"),
                name: s("Kees"),
                relation: long_name.clone(),
                ring: Ring::Close,
                sector: Sector::Family,
                suggested_by: None,
            },
            NetworkError::TooLong { max: 80 },
        ),
        (
            NetworkAction::Add {
                id: s("new"),
                name: s("Kees"),
                relation: s(""),
                ring: Ring::Close,
                sector: Sector::Family,
                suggested_by: Some(s("nobody")),
            },
            NetworkError::NotFound,
        ),
        (NetworkAction::SetText { id: s("oma"), field: TextField::Name, text: s("") }, NetworkError::EmptyName),
        (
            NetworkAction::SetText { id: s("oma"), field: TextField::Offer, text: long_text.clone() },
            NetworkError::TooLong { max: 4000 },
        ),
        (
            NetworkAction::SetText { id: s("oma"), field: TextField::Contact, text: long_text.clone() },
            NetworkError::TooLong { max: 4000 },
        ),
        (NetworkAction::SetText { id: s("x"), field: TextField::Offer, text: s("") }, NetworkError::NotFound),
        (NetworkAction::SetSuggestedBy { id: s("oma"), by: Some(s("oma")) }, NetworkError::SelfSuggested),
        (NetworkAction::SetSuggestedBy { id: s("oma"), by: Some(s("x")) }, NetworkError::NotFound),
        (NetworkAction::Remove { id: s("x") }, NetworkError::NotFound),
        (NetworkAction::SetInvited { id: s("x"), invited: true }, NetworkError::NotFound),
        (NetworkAction::SetRole { id: s("x"), role: MeetingRole::None }, NetworkError::NotFound),
        (
            NetworkAction::Move { id: s("x"), ring: Ring::Close, sector: Sector::Family, slot: None },
            NetworkError::NotFound,
        ),
        (NetworkAction::SetQuestion(long_text.clone()), NetworkError::TooLong { max: 4000 }),
        (NetworkAction::SetChildrenNote(long_text), NetworkError::TooLong { max: 4000 }),
    ];
    for (action, expected) in cases {
        let before = n.clone();
        assert_eq!(apply_network(&mut n, action.clone()), Err(expected), "{action:?}");
        assert_eq!(n, before, "{action:?} changed the network");
    }
    // Through the case too: CaseError::Network, case unchanged.
    let mut case = Case::new(s("c"), s("Familie Test"), Date::parse("2026-11-16").unwrap(), 0.0);
    case.network = n.clone().into();
    let before = case.clone();
    let err = apply(&mut case, CaseAction::Network(NetworkAction::Remove { id: s("x") }));
    assert_eq!(err, Err(CaseError::Network(NetworkError::NotFound)));
    assert_eq!(case, before);
}

#[test]
fn at_most_60_people() {
    let mut n = Network::default();
    for i in 0..MAX_PEOPLE {
        add(&mut n, &format!("p{i}"), Ring::ALL[i % 3], Sector::ALL[i % 4]);
    }
    let before = n.clone();
    let extra = NetworkAction::Add {
        id: s("one-more"),
        name: s("Nog iemand"),
        relation: s(""),
        ring: Ring::Close,
        sector: Sector::Family,
        suggested_by: None,
    };
    assert_eq!(apply_network(&mut n, extra), Err(NetworkError::TooMany));
    assert_eq!(n, before);
    assert_drawable(&n, &circle_layout(&n.people), "60 people");
}

#[test]
fn attendance_invited_and_came_go_together() {
    let mut n = demo_network();
    apply_network(&mut n, NetworkAction::SetCame { id: s("oma"), came: true }).unwrap();
    let p = n.person("oma").unwrap();
    assert!(p.invited && p.came, "coming means having been invited");
    apply_network(&mut n, NetworkAction::SetInvited { id: s("oma"), invited: false }).unwrap();
    let p = n.person("oma").unwrap();
    assert!(!p.invited && !p.came);
}

#[test]
fn suggestions_name_someone_else_and_go_when_they_leave() {
    let mut n = demo_network();
    apply_network(
        &mut n,
        NetworkAction::Add {
            id: s("tante"),
            name: s("Tante Mies"),
            relation: s("tante"),
            ring: Ring::Further,
            sector: Sector::Family,
            suggested_by: Some(s("oma")),
        },
    )
    .unwrap();
    assert_eq!(n.person("tante").unwrap().suggested_by.as_deref(), Some("oma"));
    apply_network(&mut n, NetworkAction::Remove { id: s("oma") }).unwrap();
    assert_eq!(n.person("tante").unwrap().suggested_by, None);
}

#[test]
fn offers_are_a_set_and_scales_can_be_cleared() {
    let mut n = demo_network();
    for (offer, on) in [(Offer::Transport, true), (Offer::Childcare, true), (Offer::Transport, true)] {
        apply_network(&mut n, NetworkAction::SetOffer { id: s("oma"), offer, on }).unwrap();
    }
    assert_eq!(n.person("oma").unwrap().tags, [Offer::Childcare, Offer::Transport]);
    apply_network(&mut n, NetworkAction::SetOffer { id: s("oma"), offer: Offer::Childcare, on: false }).unwrap();
    assert_eq!(n.person("oma").unwrap().tags, [Offer::Transport]);
    apply_network(&mut n, NetworkAction::SetLevel { id: s("oma"), scale: Scale::Reliable, level: Some(Level::High) })
        .unwrap();
    assert_eq!(n.person("oma").unwrap().level(Scale::Reliable), Some(Level::High));
    apply_network(&mut n, NetworkAction::SetLevel { id: s("oma"), scale: Scale::Reliable, level: None }).unwrap();
    assert_eq!(n.person("oma").unwrap().level(Scale::Reliable), None);
}

fn full_network() -> Network {
    let mut n = demo_network();
    let acts = vec![
        NetworkAction::SetText { id: s("oma"), field: TextField::Relation, text: s("oma (moeder van Sanne)") },
        NetworkAction::SetText { id: s("oma"), field: TextField::Offer, text: s("Past twee middagen op Sem") },
        NetworkAction::SetText { id: s("oma"), field: TextField::Contact, text: s("Liefst bellen na 10 uur") },
        NetworkAction::SetOffer { id: s("oma"), offer: Offer::Childcare, on: true },
        NetworkAction::SetLevel { id: s("oma"), scale: Scale::Often, level: Some(Level::High) },
        NetworkAction::SetLevel { id: s("oma"), scale: Scale::Lasting, level: Some(Level::Medium) },
        NetworkAction::SetCame { id: s("oma"), came: true },
        NetworkAction::SetRole { id: s("oma"), role: MeetingRole::Mediator },
        NetworkAction::SetSuggestedBy { id: s("buur"), by: Some(s("oma")) },
        NetworkAction::SetRole { id: s("jgz"), role: MeetingRole::Informs },
        NetworkAction::SetText { id: s("jgz"), field: TextField::CanDo, text: s("Meedenken") },
        NetworkAction::SetQuestion(s("Wie kan Sem op woensdag halen?")),
        NetworkAction::SetChildrenJoin(Some(ChildrenJoin::Some)),
        NetworkAction::SetChildrenNote(s("Noor doet mee, Sem is te klein.")),
    ];
    for a in acts {
        apply_network(&mut n, a).unwrap();
    }
    n
}

#[test]
fn the_network_round_trips_through_serde_and_an_empty_one_is_an_empty_object() {
    let n = full_network();
    let v = serde_json::to_value(&n).unwrap();
    assert_eq!(v["people"][0]["ring"], "veryClose");
    assert_eq!(v["people"][3]["sector"], "professionals");
    assert_eq!(v["people"][0]["tags"], json!(["childcare"]));
    assert_eq!(v["people"][0]["role"], "mediator");
    assert_eq!(v["meeting"]["childrenJoin"], "some");
    assert_eq!(serde_json::from_value::<Network>(v).unwrap(), n);
    assert_eq!(serde_json::to_value(Network::default()).unwrap(), json!({}));
    assert_eq!(serde_json::from_value::<Network>(json!({})).unwrap(), Network::default());
    // Unset fields are left out of the file.
    let bare = serde_json::to_value(demo_network()).unwrap();
    assert_eq!(
        bare["people"][0],
        json!({"id": "oma", "name": "Naam oma", "ring": "veryClose", "sector": "family", "slot": 0})
    );
}

#[test]
fn contact_preferences_stay_on_the_device() {
    let n = full_network();
    assert!(!n.person("oma").unwrap().contact.is_empty());
    let out = n.for_export();
    assert!(out.people.iter().all(|p| p.contact.is_empty()));
    assert!(!serde_json::to_string(&out).unwrap().contains("Liefst bellen"));
    assert_eq!(out.people.len(), n.people.len());
}

#[test]
fn reading_refuses_what_apply_refuses() {
    let good = serde_json::to_value(full_network()).unwrap();
    type Edit = fn(&mut serde_json::Value);
    let edits: Vec<(&str, Edit)> = vec![
        ("two mediators", |v| v["people"][1]["role"] = "mediator".into()),
        ("a professional mediator", |v| {
            v["people"][0]["role"] = json!("none");
            v["people"][3]["role"] = "mediator".into();
        }),
        ("an informing friend", |v| v["people"][1]["role"] = "informs".into()),
        ("a deciding professional", |v| v["people"][3]["role"] = "decides".into()),
        ("id twice", |v| v["people"][1]["id"] = "oma".into()),
        ("one place twice", |v| {
            v["people"][1]["ring"] = "veryClose".into();
            v["people"][1]["sector"] = "family".into();
            v["people"][1]["slot"] = 0.into();
        }),
        ("slot out of range", |v| v["people"][1]["slot"] = 60.into()),
        ("blank name", |v| v["people"][1]["name"] = " ".into()),
        ("long name", |v| v["people"][1]["name"] = "x".repeat(81).into()),
        ("long offer", |v| v["people"][1]["offer"] = "x".repeat(4001).into()),
        ("long question", |v| v["meeting"]["question"] = "x".repeat(4001).into()),
        ("suggested by nobody", |v| v["people"][1]["suggestedBy"] = "nobody".into()),
        ("suggested by themselves", |v| v["people"][1]["suggestedBy"] = "buur".into()),
        ("tag twice", |v| v["people"][0]["tags"] = json!(["childcare", "childcare"])),
        ("unknown tag", |v| v["people"][0]["tags"] = json!(["cooking"])),
        ("unknown ring", |v| v["people"][0]["ring"] = "inner".into()),
        ("unknown field", |v| v["people"][0]["colour"] = "red".into()),
        ("unknown meeting field", |v| v["meeting"]["colour"] = "red".into()),
        ("meeting date not a date", |v| v["meeting"]["date"] = "1 december".into()),
        ("too many people", |v| {
            let p = v["people"][2].clone();
            let people = v["people"].as_array_mut().unwrap();
            for i in 0..60 {
                let mut q = p.clone();
                q["id"] = format!("extra{i}").into();
                q["slot"] = (i % 60).into();
                q["ring"] = ["veryClose", "close", "further"][i / 20 % 3].into();
                people.push(q);
            }
        }),
    ];
    assert!(serde_json::from_value::<Network>(good.clone()).is_ok());
    for (name, edit) in edits {
        let mut v = good.clone();
        edit(&mut v);
        assert!(serde_json::from_value::<Network>(v).is_err(), "{name}: accepted");
    }
}

fn case_with_network() -> Case {
    let mut case = Case::new(s("c"), s("Familie Test"), Date::parse("2026-11-16").unwrap(), 0.0);
    for (id, name, role) in [("p-mam", "Mam", Role::Parent), ("p-pro", "Inge", Role::Professional)] {
        apply(&mut case, CaseAction::AddParticipant { id: s(id), name: s(name), role, child_id: None }).unwrap();
    }
    case.network = demo_network().into();
    case
}

fn agree(case: &mut Case, id: &str, who: &str) -> Result<(), CaseError> {
    apply(
        case,
        CaseAction::AddAgreement { id: s(id), who: s(who), what: format!("taak {id}"), when: s(""), goal_id: None },
    )
}

#[test]
fn network_people_carry_agreements_and_the_plan_groups_them() {
    let mut case = case_with_network();
    agree(&mut case, "a1", "jgz").unwrap();
    agree(&mut case, "a2", "oma").unwrap();
    agree(&mut case, "a3", "p-mam").unwrap();
    agree(&mut case, "a4", "p-pro").unwrap();
    let before = case.clone();
    assert_eq!(agree(&mut case, "a5", "nobody"), Err(CaseError::NotFound("participant")));
    assert_eq!(case, before);
    let order: Vec<(Carrier, &str)> = ordered_agreements(&case).iter().map(|(c, a)| (*c, a.who.as_str())).collect();
    assert_eq!(
        order,
        [
            (Carrier::Family, "p-mam"),
            (Carrier::Network, "oma"),
            (Carrier::Professional, "jgz"),
            (Carrier::Professional, "p-pro")
        ]
    );
    assert_eq!(who_name(&case, "oma").as_deref(), Some("Naam oma"));
    assert_eq!(who_name(&case, "p-mam").as_deref(), Some("Mam"));
    assert_eq!(who_name(&case, "nobody"), None);
    let ids: Vec<String> = who_options(&case).into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["p-mam", "p-pro", "oma", "buur", "coach", "jgz"]);
    apply(
        &mut case,
        CaseAction::Network(NetworkAction::SetText { id: s("oma"), field: TextField::Relation, text: s("oma") }),
    )
    .unwrap();
    assert_eq!(who_options(&case)[2].1, "Naam oma (oma)");
    // The reader accepts both kinds of carrier, and refuses an unknown one or an ambiguous id.
    assert_eq!(check_case(&case), Ok(()));
    let text = serde_json::to_string(&case).unwrap();
    assert_eq!(parse_case(&text).as_ref(), Ok(&case));
    let mut bad = case.clone();
    bad.plan.agreements[1].who = s("gone");
    assert!(check_case(&bad).is_err());
    let mut bad = case.clone();
    bad.network.people[0].id = s("p-mam");
    bad.plan.agreements[1].who = s("p-mam");
    assert!(check_case(&bad).is_err());
}

#[test]
fn a_case_file_with_a_network_survives_write_and_read() {
    let mut case = case_with_network();
    case.network = full_network().into();
    let text = serde_json::to_string_pretty(&case).unwrap();
    assert_eq!(parse_case(&text), Ok(case.clone()));
    // A broken network makes the whole file unreadable, with a reason.
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["network"]["people"][1]["role"] = "mediator".into();
    let err = parse_case(&v.to_string()).unwrap_err();
    assert!(err.to_string().contains("second mediator"), "{err}");
}
