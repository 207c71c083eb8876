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
    /// For a young person's version: the parents' themes (`side.theme`) this one meets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub maps_to: Vec<String>,
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

impl Instrument {
    /// Parses and checks an instrument file's text.
    pub fn from_json(text: &str) -> Result<Instrument, InstrumentError> {
        // Through a Value, like case files, so the wasm carries one deserializer per type, not two.
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| InstrumentError::Syntax(e.to_string()))?;
        let file: InstrumentFile = serde_json::from_value(value).map_err(|e| InstrumentError::Syntax(e.to_string()))?;
        Instrument::check(file)
    }

    /// Checks what the schema cannot: unique ids across sides, languages present, a usable scale.
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
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRIANGLE: &str = include_str!("../../schemas/instruments/triangle.json");

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
}
