//! The circle as an eco-map: relation lines (their rules, and their geometry: clear of every other
//! token, stable when others come and go), the circle meeting's dates, and what changed between
//! two visits' circles, as data.

use proptest::prelude::*;
use samenplan::core::date::Date;
use samenplan::core::ecomap::{changes, distance_to, line_of, route_key, tie_lines, tie_routes, Moved, TieLine, CLEAR};
use samenplan::core::geometry::Point;
use samenplan::core::network::{
    apply_network, circle_layout, CircleLayout, Flow, Meeting, Network, NetworkAction, NetworkError, Ring, Sector,
    TextField, TieKind, CENTRE_R, MAX_TIES,
};
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

fn tie(n: &mut Network, a: &str, b: Option<&str>, kind: TieKind) {
    apply_network(n, NetworkAction::SetTieKind { person: s(a), other: b.map(s), kind: Some(kind) })
        .unwrap_or_else(|e| panic!("line {a}-{b:?}: {e}"));
}

fn flow(n: &mut Network, a: &str, b: Option<&str>, f: Option<Flow>) -> Result<(), NetworkError> {
    apply_network(n, NetworkAction::SetTieFlow { person: s(a), other: b.map(s), flow: f })
}

fn dist(a: Point, b: Point) -> f64 {
    (a.x - b.x).hypot(a.y - b.y)
}

struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Every check a drawn line must pass: it starts and ends at its two ends' edges, keeps
/// [`CLEAR`] from the centre of every other token (so it never crosses one, nor runs under its
/// disc), and a line between two people stays out of the family's disc.
fn assert_lines_clear(n: &Network, l: &CircleLayout, lines: &[TieLine], what: &str) {
    assert_eq!(lines.len(), n.ties.len(), "{what}: every line is drawn");
    for line in lines {
        let t = &n.ties[line.tie];
        let a = n.people.iter().position(|p| p.id == t.person).unwrap();
        let b = t.other.as_ref().map(|o| n.people.iter().position(|p| &p.id == o).unwrap());
        let (first, last) = (line.route[0], *line.route.last().unwrap());
        assert!((dist(first, l.tokens[a]) - CLEAR).abs() < 1e-6, "{what}: line of {} starts off its token", t.person);
        match b {
            Some(b) => assert!(
                (dist(last, l.tokens[b]) - CLEAR).abs() < 1e-6,
                "{what}: line ends off its token: {:.2} {:?} {:?} {:?}",
                dist(last, l.tokens[b]),
                line.route,
                l.tokens[a],
                l.tokens[b]
            ),
            None => assert!(
                (dist(last, Point { x: 0.0, y: 0.0 }) - CENTRE_R).abs() < 1e-6,
                "{what}: line of {} ends off the family",
                t.person
            ),
        }
        let others: Vec<Point> =
            l.tokens.iter().enumerate().filter(|(i, _)| *i != a && Some(*i) != b).map(|(_, p)| *p).collect();
        let near = distance_to(&line.route, &others);
        assert!(near >= CLEAR - 1e-6, "{what}: line of {}-{:?} comes {near:.1} from a token", t.person, t.other);
        // What is drawn (the zigzag, the shortened stroke) stays close to the route.
        assert!(distance_to(&line.drawn, &others) >= CLEAR - 8.0, "{what}: the stroke wanders");
        if b.is_some() {
            let centre = distance_to(&line.route, &[Point { x: 0.0, y: 0.0 }]);
            assert!(centre >= CENTRE_R - 1e-6, "{what}: a line between two people crosses the family");
        }
    }
}

fn random_network(g: &mut Lcg, people: usize, extra_ties: usize) -> Network {
    let mut n = Network::default();
    for i in 0..people {
        add(&mut n, &format!("p{i}"), Ring::ALL[g.next(3)], Sector::ALL[g.next(4)]);
    }
    for i in 0..people {
        if g.next(4) != 0 {
            tie(&mut n, &format!("p{i}"), None, TieKind::ALL[g.next(4)]);
        }
    }
    for _ in 0..extra_ties {
        let (a, b) = (g.next(people), g.next(people));
        if a != b {
            tie(&mut n, &format!("p{a}"), Some(&format!("p{b}")), TieKind::ALL[g.next(4)]);
        }
    }
    n
}

#[test]
fn no_line_crosses_a_token_for_up_to_40_people_in_any_spread() {
    for seed in 1..=60 {
        let mut g = Lcg(seed);
        let people = 1 + g.next(40);
        let n = random_network(&mut g, people, people / 3);
        let l = circle_layout(&n.people);
        assert_lines_clear(&n, &l, &tie_lines(&n, &l), &format!("seed {seed}, {people} people"));
    }
    // Everyone in one cell, each with a line to the family: the lines must thread the crowd.
    for ring in Ring::ALL {
        for sector in Sector::ALL {
            let mut n = Network::default();
            for i in 0..25 {
                add(&mut n, &format!("c{i}"), ring, sector);
                tie(&mut n, &format!("c{i}"), None, TieKind::Ordinary);
            }
            let l = circle_layout(&n.people);
            assert_lines_clear(&n, &l, &tie_lines(&n, &l), &format!("25 in {ring:?} {sector:?}"));
        }
    }
}

#[test]
fn lines_stay_clear_and_keep_their_route_under_random_edits() {
    for seed in 1..=12 {
        let mut g = Lcg(seed * 31);
        let mut n = Network::default();
        for step in 0..160 {
            let before = circle_layout(&n.people);
            let old_lines = tie_lines(&n, &before);
            let count = n.people.len();
            let ids: Vec<String> = n.people.iter().map(|p| p.id.clone()).collect();
            let pick = |g: &mut Lcg| ids[g.next(ids.len())].clone();
            let (ring, sector) = (Ring::ALL[g.next(3)], Sector::ALL[g.next(4)]);
            let mut added = false;
            match g.next(6) {
                0 | 1 if count < 30 => {
                    add(&mut n, &format!("q{step}"), ring, sector);
                    added = true;
                }
                2 if count > 0 => {
                    apply_network(&mut n, NetworkAction::Remove { id: pick(&mut g) }).unwrap();
                }
                3 if count > 0 => {
                    let id = pick(&mut g);
                    apply_network(&mut n, NetworkAction::Move { id, ring, sector, slot: None }).unwrap();
                }
                4 | 5 if count > 1 => {
                    let (a, b) = (pick(&mut g), pick(&mut g));
                    let other = (g.next(2) == 0 && a != b).then_some(b);
                    let kind = (g.next(5) != 0).then(|| TieKind::ALL[g.next(4)]);
                    apply_network(&mut n, NetworkAction::SetTieKind { person: a.clone(), other: other.clone(), kind })
                        .unwrap();
                    if kind.is_some() {
                        flow(&mut n, &a, other.as_deref(), Some(Flow::ALL[g.next(3)])).unwrap();
                    }
                }
                _ => {}
            }
            let after = circle_layout(&n.people);
            let lines = tie_lines(&n, &after);
            let what = format!("seed {seed}, step {step}");
            assert_lines_clear(&n, &after, &lines, &what);
            // Someone new who moved nobody: every line whose route stays clear of them keeps it.
            if added && before.tokens[..] == after.tokens[..count] {
                let newcomer = after.tokens[count];
                for old in &old_lines {
                    if distance_to(&old.route, &[newcomer]) >= CLEAR {
                        let now = lines.iter().find(|l| l.tie == old.tie).expect("the line is still there");
                        assert_eq!(now.route, old.route, "{what}: a line moved for someone it never met");
                    }
                }
            }
        }
    }
}

/// One edit of the circle, by indices into whoever is there (taken modulo the count).
#[derive(Debug, Clone)]
enum Edit {
    Add(usize, usize),
    Remove(usize),
    Move(usize, usize, usize),
    Kind(usize, Option<usize>, Option<usize>),
    Flow(usize, Option<usize>, Option<usize>),
    Rename(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        2 => (0..3usize, 0..4usize).prop_map(|(r, s)| Edit::Add(r, s)),
        1 => any::<usize>().prop_map(Edit::Remove),
        1 => (any::<usize>(), 0..3usize, 0..4usize).prop_map(|(p, r, s)| Edit::Move(p, r, s)),
        3 => (any::<usize>(), proptest::option::of(any::<usize>()), proptest::option::of(0..4usize))
            .prop_map(|(p, o, k)| Edit::Kind(p, o, k)),
        2 => (any::<usize>(), proptest::option::of(any::<usize>()), proptest::option::of(0..3usize))
            .prop_map(|(p, o, f)| Edit::Flow(p, o, f)),
        1 => any::<usize>().prop_map(Edit::Rename),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// The circle on screen keeps the lines' routes while their key (where the tokens are, which
    /// ends each line joins) stays equal, and dresses them again. Over any run of edits that
    /// draws exactly what laying out every line afresh draws; and a change of kind, flow or name
    /// keeps the key, so such a tap really reuses the routes.
    #[test]
    fn kept_routes_draw_what_a_fresh_layout_draws(start in 1..26usize, edits in proptest::collection::vec(edit(), 1..40)) {
        let mut g = Lcg(start as u64);
        let mut n = random_network(&mut g, start, start / 3);
        let layout = circle_layout(&n.people);
        let mut kept = (route_key(&n, &layout), tie_routes(&n, &layout));
        for (step, e) in edits.into_iter().enumerate() {
            let ids: Vec<String> = n.people.iter().map(|p| p.id.clone()).collect();
            let id = |i: usize| ids.get(i % ids.len().max(1)).cloned().unwrap_or_default();
            let other = |o: Option<usize>| o.map(id);
            let keeps_key = matches!(e, Edit::Kind(_, _, Some(_)) | Edit::Flow(..) | Edit::Rename(_));
            let (before, ties_before) = (route_key(&n, &circle_layout(&n.people)), n.ties.len());
            let done = match e {
                Edit::Add(r, s) => apply_network(&mut n, NetworkAction::Add {
                    id: format!("e{step}"), name: format!("Erbij {step}"), relation: String::new(),
                    ring: Ring::ALL[r], sector: Sector::ALL[s], suggested_by: None,
                }),
                Edit::Remove(p) => apply_network(&mut n, NetworkAction::Remove { id: id(p) }),
                Edit::Move(p, r, s) => apply_network(&mut n, NetworkAction::Move { id: id(p), ring: Ring::ALL[r], sector: Sector::ALL[s], slot: None }),
                Edit::Kind(p, o, k) => apply_network(&mut n, NetworkAction::SetTieKind { person: id(p), other: other(o), kind: k.map(|k| TieKind::ALL[k]) }),
                Edit::Flow(p, o, f) => apply_network(&mut n, NetworkAction::SetTieFlow { person: id(p), other: other(o), flow: f.map(|f| Flow::ALL[f]) }),
                Edit::Rename(p) => apply_network(&mut n, NetworkAction::SetText { id: id(p), field: TextField::Name, text: format!("Anders {step}") }),
            };
            let layout = circle_layout(&n.people);
            let key = route_key(&n, &layout);
            // A new line (a kind where there was none) adds an end; every other such edit keeps the key.
            if done.is_ok() && keeps_key && n.ties.len() == ties_before {
                prop_assert_eq!(&key, &before, "step {}: a change of kind, flow or name moved the routes' key", step);
            }
            if key != kept.0 {
                kept = (key, tie_routes(&n, &layout));
            }
            let drawn: Vec<TieLine> = kept.1.iter().map(|(i, r)| line_of(*i, &n.ties[*i], r.clone())).collect();
            prop_assert_eq!(drawn, tie_lines(&n, &layout), "step {}", step);
        }
    }
}

#[test]
fn arrows_show_where_support_goes() {
    let mut n = Network::default();
    add(&mut n, "oma", Ring::VeryClose, Sector::Family);
    add(&mut n, "buur", Ring::Close, Sector::FriendsNeighbours);
    tie(&mut n, "oma", None, TieKind::Strong);
    tie(&mut n, "buur", Some("oma"), TieKind::Weak);
    let l = circle_layout(&n.people);
    let arrows_at = |n: &Network| -> Vec<Vec<Point>> {
        tie_lines(n, &l).iter().map(|line| line.arrows.iter().map(|a| a[0]).collect()).collect()
    };
    assert_eq!(arrows_at(&n), vec![vec![], vec![]], "no flow said: no arrows");
    // Oma gives to the family: one arrow, its tip at the family's edge.
    flow(&mut n, "oma", None, Some(Flow::Gives)).unwrap();
    let family_tip = arrows_at(&n)[0][0];
    assert!((dist(family_tip, Point { x: 0.0, y: 0.0 }) - CENTRE_R).abs() < 1e-6);
    // The family supports oma: the tip at her token.
    flow(&mut n, "oma", None, Some(Flow::Receives)).unwrap();
    assert!((dist(arrows_at(&n)[0][0], l.tokens[0]) - CLEAR).abs() < 1e-6);
    flow(&mut n, "oma", None, Some(Flow::Both)).unwrap();
    assert_eq!(arrows_at(&n)[0].len(), 2);
    // Between two people the flow is kept as seen from the line's first person, whichever end
    // sets it: "oma gives to buur" set from oma's side is "buur receives".
    flow(&mut n, "oma", Some("buur"), Some(Flow::Gives)).unwrap();
    assert_eq!(n.tie("buur", Some("oma")).unwrap().flow, Some(Flow::Receives));
    assert_eq!(n.tie("oma", Some("buur")).unwrap().flow_from("oma"), Some(Flow::Gives));
    let tip = arrows_at(&n)[1][0];
    assert!((dist(tip, l.tokens[1]) - CLEAR).abs() < 1e-6, "the arrow points at buur");
    // A strong line is drawn thick, a weak one dashed, a stressful one as a zigzag.
    use samenplan::core::ecomap::stroke_of;
    assert!(stroke_of(TieKind::Strong).0 > stroke_of(TieKind::Ordinary).0);
    assert!(stroke_of(TieKind::Weak).1 && !stroke_of(TieKind::Ordinary).1);
    tie(&mut n, "oma", None, TieKind::Stressful);
    let lines = tie_lines(&n, &l);
    let swing = lines[0].drawn.iter().map(|q| distance_to(&lines[0].route, &[*q])).fold(0.0, f64::max);
    assert!(swing > 4.0, "the zigzag has its teeth ({swing:.1})");
    let flat = lines[1].drawn.iter().map(|q| distance_to(&lines[1].route, &[*q])).fold(0.0, f64::max);
    assert!(flat < 1e-6, "a weak line follows its route");
}

#[test]
fn a_line_is_one_per_pair_refusals_change_nothing_and_leaving_takes_the_lines_along() {
    let mut n = Network::default();
    for (id, sector) in [("a", Sector::Family), ("b", Sector::FriendsNeighbours), ("c", Sector::Professionals)] {
        add(&mut n, id, Ring::Close, sector);
    }
    tie(&mut n, "a", None, TieKind::Ordinary);
    tie(&mut n, "a", Some("b"), TieKind::Stressful);
    // The same pair from the other side changes the same line.
    tie(&mut n, "b", Some("a"), TieKind::Strong);
    assert_eq!(n.ties.len(), 2);
    assert_eq!(n.tie("a", Some("b")).unwrap().kind, TieKind::Strong);
    // A new line has no flow until someone says.
    assert_eq!(n.tie("a", None).unwrap().flow, None);
    let before = n.clone();
    let refusals = [
        (
            NetworkAction::SetTieKind { person: s("a"), other: Some(s("a")), kind: Some(TieKind::Weak) },
            NetworkError::SelfTie,
        ),
        (NetworkAction::SetTieKind { person: s("x"), other: None, kind: Some(TieKind::Weak) }, NetworkError::NotFound),
        (
            NetworkAction::SetTieKind { person: s("a"), other: Some(s("x")), kind: Some(TieKind::Weak) },
            NetworkError::NotFound,
        ),
        (NetworkAction::SetTieFlow { person: s("c"), other: None, flow: Some(Flow::Gives) }, NetworkError::NoTie),
        (NetworkAction::SetMeetingPlace("x".repeat(81)), NetworkError::TooLong { max: 80 }),
    ];
    for (action, want) in refusals {
        assert_eq!(apply_network(&mut n, action.clone()), Err(want), "{action:?}");
        assert_eq!(n, before, "{action:?} changed the network");
    }
    // Taking a line away, then someone leaving: their lines go with them.
    apply_network(&mut n, NetworkAction::SetTieKind { person: s("a"), other: None, kind: None }).unwrap();
    assert!(n.tie("a", None).is_none());
    apply_network(&mut n, NetworkAction::Remove { id: s("b") }).unwrap();
    assert!(n.ties.is_empty());
    // At most MAX_TIES lines.
    let mut big = Network::default();
    for i in 0..16 {
        add(&mut big, &format!("m{i}"), Ring::ALL[i % 3], Sector::ALL[i % 4]);
    }
    let mut made = 0;
    'all: for i in 0..16 {
        for j in i + 1..16 {
            if made == MAX_TIES {
                break 'all;
            }
            tie(&mut big, &format!("m{i}"), Some(&format!("m{j}")), TieKind::Weak);
            made += 1;
        }
    }
    assert_eq!(big.ties.len(), MAX_TIES);
    let r =
        apply_network(&mut big, NetworkAction::SetTieKind { person: s("m0"), other: None, kind: Some(TieKind::Weak) });
    assert_eq!(r, Err(NetworkError::TooManyTies));
}

#[test]
fn lines_and_the_meeting_round_trip_and_reading_refuses_what_apply_refuses() {
    let mut n = Network::default();
    add(&mut n, "a", Ring::Close, Sector::Family);
    add(&mut n, "b", Ring::Further, Sector::SchoolWorkClubs);
    tie(&mut n, "a", None, TieKind::Strong);
    flow(&mut n, "a", None, Some(Flow::Both)).unwrap();
    tie(&mut n, "b", Some("a"), TieKind::Weak);
    let day = Date::parse("2026-12-01").unwrap();
    apply_network(&mut n, NetworkAction::SetMeetingDate(Some(day))).unwrap();
    apply_network(&mut n, NetworkAction::SetMeetingPlace(s("  Bij oma thuis "))).unwrap();
    apply_network(&mut n, NetworkAction::SetCheckDate(Some(Meeting::suggested_check(day)))).unwrap();
    assert_eq!(n.meeting.place, "Bij oma thuis");
    assert_eq!(n.meeting.check_date, Some(Date::parse("2026-12-29").unwrap()), "four weeks later");
    let v = serde_json::to_value(&n).unwrap();
    assert_eq!(
        v["ties"],
        json!([{"person": "a", "kind": "strong", "flow": "both"}, {"person": "b", "other": "a", "kind": "weak"}])
    );
    assert_eq!(v["meeting"], json!({"date": "2026-12-01", "place": "Bij oma thuis", "checkDate": "2026-12-29"}));
    let back: Network = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(back, n);
    let people = v["people"].clone();
    // The lines' references are checked with the whole case (as a file is read, see
    // over_time_rules.rs); the kinds by the types.
    for (ties, why) in [
        (json!([{"person": "x", "kind": "weak"}]), "names nobody"),
        (json!([{"person": "a", "other": "a", "kind": "weak"}]), "themselves"),
        (
            json!([{"person": "a", "other": "b", "kind": "weak"}, {"person": "b", "other": "a", "kind": "strong"}]),
            "twice",
        ),
    ] {
        let read: Network = serde_json::from_value(json!({"people": people, "ties": ties})).unwrap();
        let err = read.check_ties().unwrap_err();
        assert!(err.contains(why), "{why}: {err}");
    }
    let err = serde_json::from_value::<Network>(json!({"people": people, "ties": [{"person": "a", "kind": "fond"}]}));
    assert!(err.unwrap_err().to_string().contains("unknown variant"));
    assert_eq!(back.check_ties(), Ok(()));
}

#[test]
fn invited_versus_came() {
    let mut n = Network::default();
    for id in ["a", "b", "c"] {
        add(&mut n, id, Ring::Close, Sector::Family);
    }
    for id in ["a", "b"] {
        apply_network(&mut n, NetworkAction::SetInvited { id: s(id), invited: true }).unwrap();
    }
    apply_network(&mut n, NetworkAction::SetCame { id: s("b"), came: true }).unwrap();
    let (invited, came) = n.attendance();
    assert_eq!(invited.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
    assert_eq!(came.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["b"]);
}

#[test]
fn the_change_between_two_circles_as_data() {
    let mut before = Network::default();
    for (id, ring, sector) in [
        ("oma", Ring::Close, Sector::Family),
        ("buur", Ring::VeryClose, Sector::FriendsNeighbours),
        ("juf", Ring::Further, Sector::SchoolWorkClubs),
        ("tante", Ring::Close, Sector::Family),
    ] {
        add(&mut before, id, ring, sector);
    }
    tie(&mut before, "oma", None, TieKind::Stressful);
    tie(&mut before, "buur", None, TieKind::Strong);
    tie(&mut before, "juf", None, TieKind::Weak);
    tie(&mut before, "tante", Some("oma"), TieKind::Ordinary);
    let mut now = before.clone();
    assert!(changes(&before, &now).is_empty(), "nothing changed");
    // Two join, one leaves, oma comes closer and her line turns from stressful to strong, buur
    // moves further out and to another group, juf's line is taken away.
    add(&mut now, "opa", Ring::Close, Sector::Family);
    add(&mut now, "coach", Ring::Further, Sector::SchoolWorkClubs);
    tie(&mut now, "opa", None, TieKind::Ordinary);
    apply_network(&mut now, NetworkAction::Remove { id: s("tante") }).unwrap();
    apply_network(
        &mut now,
        NetworkAction::Move { id: s("oma"), ring: Ring::VeryClose, sector: Sector::Family, slot: None },
    )
    .unwrap();
    tie(&mut now, "oma", None, TieKind::Strong);
    flow(&mut now, "oma", None, Some(Flow::Gives)).unwrap();
    apply_network(
        &mut now,
        NetworkAction::Move { id: s("buur"), ring: Ring::Close, sector: Sector::SchoolWorkClubs, slot: None },
    )
    .unwrap();
    apply_network(&mut now, NetworkAction::SetTieKind { person: s("juf"), other: None, kind: None }).unwrap();

    let c = changes(&before, &now);
    let people: Vec<(&str, Moved)> = c.people.iter().map(|p| (p.id.as_str(), p.change)).collect();
    assert_eq!(
        people,
        vec![
            ("opa", Moved::Joined),
            ("coach", Moved::Joined),
            ("oma", Moved::Closer { from: Ring::Close, to: Ring::VeryClose }),
            ("buur", Moved::Further { from: Ring::VeryClose, to: Ring::Close }),
            ("buur", Moved::OtherSector { from: Sector::FriendsNeighbours, to: Sector::SchoolWorkClubs }),
            ("tante", Moved::Left),
        ]
    );
    assert_eq!(c.people.last().unwrap().name, "Naam tante", "the name of who left comes from the earlier circle");
    let ties: Vec<(&str, Option<TieKind>, Option<TieKind>)> = c
        .ties
        .iter()
        .map(|t| (t.ends().0, t.before.as_ref().map(|x| x.kind), t.now.as_ref().map(|x| x.kind)))
        .collect();
    // Oma's line changed (kind and flow), opa's is new, juf's went; tante's line went with her.
    assert_eq!(
        ties,
        vec![
            ("oma", Some(TieKind::Stressful), Some(TieKind::Strong)),
            ("opa", None, Some(TieKind::Ordinary)),
            ("juf", Some(TieKind::Weak), None),
        ]
    );
    assert!(c.tie_changed("oma", None) && !c.tie_changed("buur", None));
    // Only a flow said: a change too.
    let mut later = now.clone();
    flow(&mut later, "opa", None, Some(Flow::Receives)).unwrap();
    let c2 = changes(&now, &later);
    assert!(c2.people.is_empty());
    assert_eq!(c2.ties.len(), 1);
    assert_eq!(c2.ties[0].now.as_ref().unwrap().flow, Some(Flow::Receives));
}

#[test]
fn the_change_picture_puts_those_who_left_back_without_overlap() {
    use samenplan::core::ecomap::{change_picture, picture_lines};
    let mut before = Network::default();
    add(&mut before, "a", Ring::Close, Sector::Family);
    add(&mut before, "b", Ring::Close, Sector::Family);
    let mut now = before.clone();
    apply_network(&mut now, NetworkAction::Remove { id: s("a") }).unwrap();
    // The newcomer takes the slot a had: in the picture both are shown, apart.
    add(&mut now, "c", Ring::Close, Sector::Family);
    tie(&mut now, "c", None, TieKind::Strong);
    let pic = change_picture(&before, &now);
    assert_eq!(pic.staying, 2);
    assert_eq!(pic.network.people.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["b", "c", "a"]);
    let t = &pic.layout.tokens;
    for i in 0..t.len() {
        for j in i + 1..t.len() {
            assert!(dist(t[i], t[j]) >= 92.0 - 1e-9, "tokens {i} and {j} overlap");
        }
    }
    assert_lines_clear(&pic.network, &pic.layout, &picture_lines(&pic), "picture");
}
