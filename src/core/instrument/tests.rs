use super::*;
use crate::core::case::WayOfWorking;

const TRIANGLE: &str = include_str!("../../../schemas/instruments/triangle.json");
const YOUTH: &str = include_str!("../../../schemas/instruments/youth.json");
const NEW_PARENTS: &str = include_str!("../../../schemas/instruments/new-parents.json");
const WAYS: [WayOfWorking; 3] = [WayOfWorking::Screening, WayOfWorking::Extended, WayOfWorking::Multidisciplinary];

#[test]
fn each_audience_gets_the_instrument_written_for_it_among_those_offered() {
    let list = [Instrument::from_json(YOUTH).unwrap(), Instrument::from_json(TRIANGLE).unwrap()];
    let all = |_: &str| true;
    let way = WayOfWorking::Extended;
    assert_eq!(for_audience(&list, Audience::Parents, way, all).map(Instrument::id), Some("triangle"));
    assert_eq!(for_audience(&list, Audience::YoungPerson, way, all).map(Instrument::id), Some("youth"));
    // Only the young person's offered: the parents' step shows it rather than nothing.
    let youth_only = |id: &str| id == "youth";
    assert_eq!(for_audience(&list, Audience::Parents, way, youth_only).map(Instrument::id), Some("youth"));
    // No young person's version offered: none for them.
    let triangle_only = |id: &str| id == "triangle";
    assert_eq!(for_audience(&list, Audience::YoungPerson, way, triangle_only), None);
    assert_eq!(for_audience(&list, Audience::Parents, way, |_: &str| false), None);
}

#[test]
fn the_new_parents_way_gets_its_own_instrument_and_the_others_keep_the_triangle() {
    // In either order of the list: the way decides, not the position.
    let a = [Instrument::from_json(NEW_PARENTS).unwrap(), Instrument::from_json(TRIANGLE).unwrap()];
    let b = [Instrument::from_json(TRIANGLE).unwrap(), Instrument::from_json(NEW_PARENTS).unwrap()];
    for list in [&a, &b] {
        let all = |_: &str| true;
        let pick = |way| for_audience(list, Audience::Parents, way, all).map(Instrument::id);
        assert_eq!(pick(WayOfWorking::NewParents), Some("new-parents"));
        for way in WAYS {
            assert_eq!(pick(way), Some("triangle"), "{way:?}");
        }
        // Not offered: the triangle serves the new-parents way rather than nothing.
        let no_np = |id: &str| id != "new-parents";
        assert_eq!(
            for_audience(list, Audience::Parents, WayOfWorking::NewParents, no_np).map(Instrument::id),
            Some("triangle")
        );
    }
}

#[test]
fn bundled_new_parents_instrument_is_valid() {
    let np = Instrument::from_json(NEW_PARENTS).expect("new-parents");
    let triangle = Instrument::from_json(TRIANGLE).unwrap();
    assert_eq!(np.def.audience, Audience::Parents);
    let sides: Vec<&str> = np.def.sides.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(sides, ["time", "money", "parenting", "together"]);
    // The same scale as the triangle, so comparison, matrix and plan need no special case.
    let levels = |i: &Instrument| i.def.scale.iter().map(|l| (l.id.clone(), l.weight)).collect::<Vec<_>>();
    assert_eq!(levels(&np), levels(&triangle));
    // The partner conversation: the four questions, each answered with notes.
    let together = &np.def.sides[3];
    let ids: Vec<&str> = together.themes.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["what-matters", "expect-each-other", "how-we-do-things", "time-for-all"]);
    // Every theme belongs to the new-parents way alone, and no theme id is the triangle's.
    assert_eq!(np.theme_ids_for(WayOfWorking::NewParents).len(), np.themes().count());
    for way in WAYS {
        assert!(np.theme_ids_for(way).is_empty(), "{way:?}");
    }
    assert!(np.themes().all(|(_, t)| triangle.theme(&t.id).is_none()));
    // Six languages for every text the family reads.
    for (side, theme) in np.themes() {
        for text in [&side.title, &theme.title, &theme.explain] {
            for lang in ["nl", "en", "tr", "ar", "pl", "uk"] {
                assert!(text.0.get(lang).is_some_and(|s| !s.trim().is_empty()), "{} {lang}", theme.id);
            }
        }
    }
}

#[test]
fn bundled_triangle_is_valid() {
    let t = Instrument::from_json(TRIANGLE).expect("triangle");
    assert_eq!(t.def.sides.len(), 3);
    assert_eq!(t.themes().count(), 21);
    let screening = t.theme_ids_for(WayOfWorking::Screening);
    assert!((5..=7).contains(&screening.len()), "{screening:?}");
    assert!(screening.contains(&"safety"));
    assert_eq!(t.theme_ids_for(WayOfWorking::Extended).len(), 21);
    // Strengths first: the scale runs from strength to worry.
    let weights: Vec<i8> = t.def.scale.iter().map(|l| l.weight).collect();
    assert!(weights.windows(2).all(|w| w[0] < w[1]), "{weights:?}");
}

#[test]
fn rejections_name_the_problem() {
    let mut v: serde_json::Value = serde_json::from_str(TRIANGLE).unwrap();
    v["sides"][1]["themes"][0]["title"].as_object_mut().unwrap().remove("en");
    let err = Instrument::from_json(&v.to_string()).unwrap_err();
    assert!(err.to_string().contains("title") && err.to_string().contains("\"en\""), "{err}");

    let mut v: serde_json::Value = serde_json::from_str(TRIANGLE).unwrap();
    let first = v["sides"][0]["themes"][0]["id"].clone();
    v["sides"][2]["themes"][0]["id"] = first.clone();
    let err = Instrument::from_json(&v.to_string()).unwrap_err();
    assert_eq!(err, InstrumentError::DuplicateId(first.as_str().unwrap().into()));

    let mut v: serde_json::Value = serde_json::from_str(TRIANGLE).unwrap();
    v["scale"][0]["colour"] = "green".into();
    assert!(matches!(Instrument::from_json(&v.to_string()), Err(InstrumentError::BadColour(_))));

    let mut v: serde_json::Value = serde_json::from_str(TRIANGLE).unwrap();
    v["sides"][0]["themes"][0]["colour"] = "#ffffff".into();
    let err = Instrument::from_json(&v.to_string()).unwrap_err();
    assert!(err.to_string().contains("colour"), "{err}");

    assert!(matches!(Instrument::from_json("[1,2"), Err(InstrumentError::Syntax(_))));
}

fn youth() -> Instrument {
    Instrument::from_json(YOUTH).expect("youth")
}

fn triangle() -> Instrument {
    Instrument::from_json(TRIANGLE).expect("triangle")
}

#[test]
fn bundled_youth_has_three_sides_in_a_young_persons_words() {
    let y = youth();
    assert_eq!(y.id(), "youth");
    assert_eq!(y.def.audience, Audience::YoungPerson);
    assert_eq!(y.def.age_range, Some(AgeRange { min: 8, max: 23 }));
    let sides: Vec<(&str, Vec<&str>)> =
        y.def.sides.iter().map(|s| (s.id.as_str(), s.themes.iter().map(|t| t.id.as_str()).collect())).collect();
    assert_eq!(
        sides,
        [
            ("me", vec!["me-health", "me-learning", "me-feelings", "me-others", "me-growing-up"]),
            ("my-parents", vec!["parents-care", "parents-bond", "home-atmosphere", "faith-culture"]),
            ("around-me", vec!["my-family", "money-work-home", "school", "bad-things", "support", "free-time"]),
        ]
    );
    // No youth theme shares an id with a parents' theme, so the two are never mixed up.
    let t = triangle();
    for (_, theme) in y.themes() {
        assert!(t.theme(&theme.id).is_none(), "{} is also a theme of the triangle", theme.id);
    }
}

#[test]
fn youth_scale_is_the_triangles_scale() {
    let (y, t) = (youth(), triangle());
    let key = |i: &Instrument| -> Vec<(String, i8, String, Marker)> {
        i.def.scale.iter().map(|l| (l.id.clone(), l.weight, l.colour.clone(), l.marker)).collect()
    };
    assert_eq!(key(&y), key(&t));
    // Only the words differ.
    assert_ne!(y.def.scale[0].label, t.def.scale[0].label);
}

#[test]
fn youth_texts_are_in_every_language_of_the_triangle() {
    let t = triangle();
    let langs: Vec<&String> = t.def.title.0.keys().collect();
    let y = youth();
    let mut texts = vec![("title".to_owned(), &y.def.title), ("help".to_owned(), &y.def.help)];
    for l in &y.def.scale {
        texts.push((format!("level {} label", l.id), &l.label));
        texts.push((format!("level {} help", l.id), &l.help));
    }
    for s in &y.def.sides {
        texts.push((format!("side {} title", s.id), &s.title));
        texts.push((format!("side {} help", s.id), &s.help));
        for t in &s.themes {
            texts.push((format!("theme {} title", t.id), &t.title));
            texts.push((format!("theme {} explain", t.id), &t.explain));
        }
    }
    for (what, text) in texts {
        let have: Vec<&String> = text.0.keys().collect();
        assert_eq!(have, langs, "{what}");
    }
}

#[test]
fn youth_maps_onto_the_parents_triangle() {
    let (y, t) = (youth(), triangle());
    assert_eq!(y.check_mapping(&t), Ok(()));
    let maps = |id: &str| y.theme(id).unwrap().1.maps_to.clone();
    assert_eq!(maps("me-health"), ["health", "growth-movement"]);
    assert_eq!(maps("me-feelings"), ["feelings-behaviour", "identity"]);
    assert_eq!(maps("parents-bond"), ["warmth-bond"]);
    assert!(maps("free-time").is_empty());
    // A youth theme meeting an always-shown parents' theme (safety) is always shown itself.
    for (_, theme) in y.themes() {
        for target in &theme.maps_to {
            if t.theme(target).unwrap().1.always_shown {
                assert!(theme.always_shown, "{} meets {target} but can be left out", theme.id);
            }
        }
    }
    assert!(y.themes().any(|(_, th)| th.maps_to.iter().any(|m| m == "safety")));
}

#[test]
fn a_bad_mapping_is_named() {
    let (t, mut v) = (triangle(), serde_json::from_str::<serde_json::Value>(YOUTH).unwrap());
    v["sides"][1]["themes"][1]["mapsTo"] = serde_json::json!(["warmth-bond", "cuddles"]);
    let y = Instrument::from_json(&v.to_string()).expect("well-formed");
    let err = y.check_mapping(&t).unwrap_err();
    assert_eq!(
        err,
        InstrumentError::UnknownMapping {
            theme: "parents-bond".into(),
            target: "cuddles".into(),
            instrument: "triangle".into()
        }
    );
    assert!(err.to_string().contains("\"cuddles\"") && err.to_string().contains("\"parents-bond\""), "{err}");

    // The old `side.theme` form is not an id.
    v["sides"][1]["themes"][1]["mapsTo"] = serde_json::json!(["parenting.warmth-bond"]);
    let err = Instrument::from_json(&v.to_string()).unwrap_err();
    assert!(matches!(&err, InstrumentError::BadId(m) if m.contains("parenting.warmth-bond")), "{err}");

    v["sides"][1]["themes"][1]["mapsTo"] = serde_json::json!(["warmth-bond", "warmth-bond"]);
    let err = Instrument::from_json(&v.to_string()).unwrap_err();
    assert_eq!(err, InstrumentError::DuplicateId("warmth-bond".into()));
}

#[test]
fn youth_themes_fit_the_age() {
    let y = youth();
    let all: Vec<&str> = y.themes().map(|(_, t)| t.id.as_str()).collect();
    assert_eq!(all.len(), 15);
    let twelve_plus: Vec<&str> = y.themes().filter(|(_, t)| t.min_age.is_some()).map(|(_, t)| t.id.as_str()).collect();
    assert_eq!(twelve_plus, ["me-growing-up", "money-work-home"]);
    assert!(y.themes().all(|(_, t)| t.min_age.is_none_or(|m| m == 12)));

    let ten = y.theme_ids_for_age(WayOfWorking::Extended, Some(10));
    let short: Vec<&str> = all.iter().copied().filter(|id| !twelve_plus.contains(id)).collect();
    assert_eq!(ten, short);
    assert_eq!(y.theme_ids_for_age(WayOfWorking::Extended, Some(11)), short);
    assert_eq!(y.theme_ids_for_age(WayOfWorking::Extended, Some(12)), all);
    assert_eq!(y.theme_ids_for_age(WayOfWorking::Extended, Some(13)), all);
    assert_eq!(y.theme_ids_for_age(WayOfWorking::Multidisciplinary, Some(13)), all);
    assert_eq!(y.theme_ids_for_age(WayOfWorking::Extended, None), all);
    assert_eq!(y.theme_ids_for_age(WayOfWorking::Extended, None), y.theme_ids_for(WayOfWorking::Extended));

    let screening = y.theme_ids_for_age(WayOfWorking::Screening, Some(10));
    assert_eq!(screening, ["me-health", "me-feelings", "home-atmosphere", "school", "bad-things", "support"]);
    assert_eq!(y.theme_ids_for_age(WayOfWorking::Screening, Some(16)), screening);
}

#[test]
fn always_shown_themes_ignore_age() {
    let mut theme = youth().theme("bad-things").unwrap().1.clone();
    assert!(theme.always_shown);
    theme.min_age = Some(12);
    assert!(Instrument::theme_for_age(&theme, Some(9)));
    theme.always_shown = false;
    assert!(!Instrument::theme_for_age(&theme, Some(9)));
    assert!(Instrument::theme_for_age(&theme, Some(12)));
    assert!(Instrument::theme_for_age(&theme, None));
}

#[test]
fn safety_is_in_every_way_at_every_age() {
    let y = youth();
    for way in WAYS {
        for age in [Some(8), Some(10), Some(13), Some(23), None] {
            let ids = y.theme_ids_for_age(way, age);
            for id in ["home-atmosphere", "bad-things"] {
                assert!(ids.contains(&id), "{id} missing in {way:?} at {age:?}");
            }
        }
    }
}

#[test]
fn min_age_is_written_only_when_set() {
    let y = youth();
    let growing = serde_json::to_value(y.theme("me-growing-up").unwrap().1).unwrap();
    assert_eq!(growing["minAge"], 12);
    let health = serde_json::to_value(y.theme("me-health").unwrap().1).unwrap();
    assert!(health.get("minAge").is_none());
    let free = serde_json::to_value(y.theme("free-time").unwrap().1).unwrap();
    assert!(free.get("mapsTo").is_none());
}
