//! Instrument definitions: data files under `schemas/instruments/`, parsed into format types and
//! then checked into an [`Instrument`] the rest of the core can trust.

use super::case::WayOfWorking;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// The `format` marker of an instrument file.
pub const FORMAT: &str = "samenplan-instrument";
/// The instrument file format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A text in several languages, keyed by language code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// The text in `lang`, falling back to Dutch, then English, then any language.
    pub fn get(&self, lang: &str) -> &str {
        self.0
            .get(lang)
            .or_else(|| self.0.get("nl"))
            .or_else(|| self.0.get("en"))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// Who the instrument is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    Parents,
    YoungPerson,
}

/// A shape drawn beside a level's colour, so no answer is told by colour alone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Marker {
    Star,
    Check,
    Dot,
    Exclamation,
    Circle,
    Square,
    Triangle,
    Diamond,
}

/// A note a theme card asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "camelCase")]
pub enum NoteKind {
    GoingWell,
    Worries,
    FitsAge,
    OutsideControl,
}

/// One step of the answer scale.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Level {
    pub id: String,
    /// Below zero a strength, zero fine, above zero a worry (higher is heavier).
    pub weight: i8,
    pub colour: String,
    pub marker: Marker,
    pub label: Text,
    pub help: Text,
}

/// A theme: one point of the triangle to talk about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Theme {
    pub id: String,
    pub title: Text,
    pub explain: Text,
    pub icon: String,
    pub ways: Vec<WayOfWorking>,
    #[serde(default)]
    pub always_shown: bool,
    pub notes: Vec<NoteKind>,
    /// For a young person's version: the ids of the parents' themes this one meets (theme ids are
    /// unique across sides, so a plain id is enough). Checked against the parents' instrument by
    /// [`Instrument::check_mapping`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maps_to: Vec<String>,
    /// The youngest age, in years, the theme is offered to; `None` for every age.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_age: Option<u32>,
}

/// One side of the triangle.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Side {
    pub id: String,
    pub title: Text,
    pub help: Text,
    pub themes: Vec<Theme>,
}

/// Ages the instrument is meant for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeRange {
    pub min: u32,
    pub max: u32,
}

/// An instrument definition file as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InstrumentFile {
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    pub format: String,
    pub format_version: u32,
    pub id: String,
    pub version: u32,
    pub audience: Audience,
    pub title: Text,
    pub help: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_range: Option<AgeRange>,
    pub scale: Vec<Level>,
    pub sides: Vec<Side>,
}

/// Why an instrument definition was rejected; each names the part at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InstrumentError {
    #[error("not a valid instrument file: {0}")]
    Syntax(String),
    #[error("format is {0:?}, expected \"samenplan-instrument\"")]
    WrongFormat(String),
    #[error("formatVersion {0} is not supported (this app reads {FORMAT_VERSION})")]
    UnsupportedVersion(u32),
    #[error("{field} is missing the required language {lang:?}")]
    MissingLanguage { field: String, lang: &'static str },
    #[error("{0}: id must be lower-case letters, digits and '-'")]
    BadId(String),
    #[error("id {0:?} is used twice")]
    DuplicateId(String),
    #[error("{0}: colour must look like #1a2b3c")]
    BadColour(String),
    #[error("scale needs at least two levels")]
    ScaleTooShort,
    #[error("side {0:?} has no themes")]
    EmptySide(String),
    #[error("instrument has no sides")]
    NoSides,
    #[error("theme {0:?} is not part of any way of working")]
    NoWays(String),
    #[error("theme {theme:?} maps to {target:?}, which is not a theme of {instrument:?}")]
    UnknownMapping { theme: String, target: String, instrument: String },
}

fn valid_id(id: &str) -> bool {
    let mut chars = id.chars();
    matches!(chars.next(), Some('a'..='z')) && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn valid_colour(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|c| c.is_ascii_hexdigit())
}

fn require_langs(field: String, text: &Text) -> Result<(), InstrumentError> {
    for lang in ["nl", "en"] {
        if text.0.get(lang).is_none_or(|s| s.trim().is_empty()) {
            return Err(InstrumentError::MissingLanguage { field, lang });
        }
    }
    Ok(())
}

/// A checked instrument.
#[derive(Debug, Clone, PartialEq)]
pub struct Instrument {
    pub def: InstrumentFile,
}

/// The instrument a step shows to `audience`, among those the organisation offers (`enabled`):
/// the first written for that audience; for the parents, else the first offered at all (a
/// deployment may offer only its own instrument).
pub fn for_audience(list: &[Instrument], audience: Audience, enabled: impl Fn(&str) -> bool) -> Option<&Instrument> {
    let mut offered = list.iter().filter(|i| enabled(i.id()));
    match offered.clone().find(|i| i.def.audience == audience) {
        Some(i) => Some(i),
        None if audience == Audience::Parents => offered.next(),
        None => None,
    }
}

impl Instrument {
    /// Parses and checks an instrument file's text.
    pub fn from_json(text: &str) -> Result<Instrument, InstrumentError> {
        // Through a Value, like case files, so the wasm carries one deserializer per type, not two.
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| InstrumentError::Syntax(e.to_string()))?;
        let file: InstrumentFile = serde_json::from_value(value).map_err(|e| InstrumentError::Syntax(e.to_string()))?;
        Instrument::check(file)
    }

    /// Checks what the schema cannot: unique ids across sides, languages present, a usable scale,
    /// well-formed `mapsTo` ids (whether they exist is [`Instrument::check_mapping`]'s question).
    pub fn check(def: InstrumentFile) -> Result<Instrument, InstrumentError> {
        if def.format != FORMAT {
            return Err(InstrumentError::WrongFormat(def.format));
        }
        if def.format_version != FORMAT_VERSION {
            return Err(InstrumentError::UnsupportedVersion(def.format_version));
        }
        if !valid_id(&def.id) {
            return Err(InstrumentError::BadId(def.id.clone()));
        }
        require_langs("title".into(), &def.title)?;
        if def.scale.len() < 2 {
            return Err(InstrumentError::ScaleTooShort);
        }
        let mut seen = BTreeSet::new();
        for level in &def.scale {
            if !valid_id(&level.id) {
                return Err(InstrumentError::BadId(format!("scale level {:?}", level.id)));
            }
            if !seen.insert(format!("level:{}", level.id)) {
                return Err(InstrumentError::DuplicateId(level.id.clone()));
            }
            if !valid_colour(&level.colour) {
                return Err(InstrumentError::BadColour(format!("scale level {:?}", level.id)));
            }
            require_langs(format!("scale level {:?} label", level.id), &level.label)?;
        }
        if def.sides.is_empty() {
            return Err(InstrumentError::NoSides);
        }
        for side in &def.sides {
            if !valid_id(&side.id) {
                return Err(InstrumentError::BadId(format!("side {:?}", side.id)));
            }
            if !seen.insert(format!("side:{}", side.id)) {
                return Err(InstrumentError::DuplicateId(side.id.clone()));
            }
            require_langs(format!("side {:?} title", side.id), &side.title)?;
            if side.themes.is_empty() {
                return Err(InstrumentError::EmptySide(side.id.clone()));
            }
            for theme in &side.themes {
                if !valid_id(&theme.id) {
                    return Err(InstrumentError::BadId(format!("theme {:?}", theme.id)));
                }
                if !seen.insert(format!("theme:{}", theme.id)) {
                    return Err(InstrumentError::DuplicateId(theme.id.clone()));
                }
                require_langs(format!("theme {:?} title", theme.id), &theme.title)?;
                require_langs(format!("theme {:?} explain", theme.id), &theme.explain)?;
                if theme.ways.is_empty() && !theme.always_shown {
                    return Err(InstrumentError::NoWays(theme.id.clone()));
                }
                let mut targets = BTreeSet::new();
                for target in &theme.maps_to {
                    if !valid_id(target) {
                        return Err(InstrumentError::BadId(format!("theme {:?} mapsTo {target:?}", theme.id)));
                    }
                    if !targets.insert(target.as_str()) {
                        return Err(InstrumentError::DuplicateId(target.clone()));
                    }
                }
            }
        }
        Ok(Instrument { def })
    }

    pub fn id(&self) -> &str {
        &self.def.id
    }

    pub fn level(&self, id: &str) -> Option<&Level> {
        self.def.scale.iter().find(|l| l.id == id)
    }

    /// Every theme with its side, in the instrument's order.
    pub fn themes(&self) -> impl Iterator<Item = (&Side, &Theme)> {
        self.def.sides.iter().flat_map(|s| s.themes.iter().map(move |t| (s, t)))
    }

    pub fn theme(&self, id: &str) -> Option<(&Side, &Theme)> {
        self.themes().find(|(_, t)| t.id == id)
    }

    /// Whether a theme belongs to the visit's way of working (always-shown themes always do).
    pub fn theme_in(theme: &Theme, way: WayOfWorking) -> bool {
        theme.always_shown || theme.ways.contains(&way)
    }

    /// The theme ids a way of working shows, in order.
    pub fn theme_ids_for(&self, way: WayOfWorking) -> Vec<&str> {
        self.themes().filter(|(_, t)| Instrument::theme_in(t, way)).map(|(_, t)| t.id.as_str()).collect()
    }

    /// Whether a theme fits the age of the one answering: an unknown age gets every theme, and
    /// always-shown themes (safety) fit every age.
    pub fn theme_for_age(theme: &Theme, age: Option<u32>) -> bool {
        match (age, theme.min_age) {
            (Some(age), Some(min)) => theme.always_shown || age >= min,
            _ => true,
        }
    }

    /// The theme ids a way of working shows to someone of `age`, in order.
    pub fn theme_ids_for_age(&self, way: WayOfWorking, age: Option<u32>) -> Vec<&str> {
        self.themes()
            .filter(|(_, t)| Instrument::theme_in(t, way) && Instrument::theme_for_age(t, age))
            .map(|(_, t)| t.id.as_str())
            .collect()
    }

    /// Checks that every `mapsTo` target is a theme of `parents` (the instrument this one's answers
    /// are shown beside).
    pub fn check_mapping(&self, parents: &Instrument) -> Result<(), InstrumentError> {
        for (_, theme) in self.themes() {
            if let Some(target) = theme.maps_to.iter().find(|t| parents.theme(t).is_none()) {
                return Err(InstrumentError::UnknownMapping {
                    theme: theme.id.clone(),
                    target: target.clone(),
                    instrument: parents.id().to_owned(),
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRIANGLE: &str = include_str!("../../../schemas/instruments/triangle.json");
    const YOUTH: &str = include_str!("../../../schemas/instruments/youth.json");
    const WAYS: [WayOfWorking; 3] = [WayOfWorking::Screening, WayOfWorking::Extended, WayOfWorking::Multidisciplinary];

    #[test]
    fn each_audience_gets_the_instrument_written_for_it_among_those_offered() {
        let list = [Instrument::from_json(YOUTH).unwrap(), Instrument::from_json(TRIANGLE).unwrap()];
        let all = |_: &str| true;
        assert_eq!(for_audience(&list, Audience::Parents, all).map(Instrument::id), Some("triangle"));
        assert_eq!(for_audience(&list, Audience::YoungPerson, all).map(Instrument::id), Some("youth"));
        // Only the young person's offered: the parents' step shows it rather than nothing.
        let youth_only = |id: &str| id == "youth";
        assert_eq!(for_audience(&list, Audience::Parents, youth_only).map(Instrument::id), Some("youth"));
        // No young person's version offered: none for them.
        let triangle_only = |id: &str| id == "triangle";
        assert_eq!(for_audience(&list, Audience::YoungPerson, triangle_only), None);
        assert_eq!(for_audience(&list, Audience::Parents, |_: &str| false), None);
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
        let twelve_plus: Vec<&str> =
            y.themes().filter(|(_, t)| t.min_age.is_some()).map(|(_, t)| t.id.as_str()).collect();
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
}
