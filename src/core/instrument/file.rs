//! The instrument file as written: texts in several languages, the scale, sides and themes.

use crate::core::case::WayOfWorking;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
