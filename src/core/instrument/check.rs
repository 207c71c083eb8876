//! What the schema cannot check: unique ids, the required languages, a usable scale, mappings.

use super::{Instrument, InstrumentFile, Text, FORMAT, FORMAT_VERSION};
use crate::core::lang::Lang;
use std::collections::BTreeSet;

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

impl Instrument {
    /// Parses and checks an instrument file's text.
    pub fn from_json(text: &str) -> Result<Instrument, InstrumentError> {
        // Through a Value, like case files, so the wasm carries one deserializer per type, not two.
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| InstrumentError::Syntax(e.to_string()))?;
        Instrument::from_value(value)
    }

    /// The same from a parsed file (the app lays a language's texts over it first: [`lay_over`]).
    pub fn from_value(value: serde_json::Value) -> Result<Instrument, InstrumentError> {
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

fn is_text(o: &serde_json::Map<String, serde_json::Value>) -> bool {
    !o.is_empty() && o.iter().all(|(k, v)| v.is_string() && Lang::from_code(k).is_some())
}

/// Lays the texts of one language (`texts`, a file shaped like the instrument that holds only
/// them) over an instrument file. It can only add a text where the instrument has none in that
/// language: lists are matched place by place and never grow, and a text already there wins, so a
/// stale or hostile language file cannot add a theme, change an id or reword what is there.
pub fn lay_over(base: &mut serde_json::Value, texts: &serde_json::Value) {
    use serde_json::Value;
    match (base, texts) {
        (Value::Array(b), Value::Array(t)) => {
            for (b, t) in b.iter_mut().zip(t) {
                lay_over(b, t);
            }
        }
        (Value::Object(b), Value::Object(t)) => {
            let text = is_text(b);
            for (k, t) in t {
                match b.get_mut(k) {
                    Some(b) => lay_over(b, t),
                    None if text && t.is_string() && Lang::from_code(k).is_some() => {
                        b.insert(k.clone(), t.clone());
                    }
                    None => {}
                }
            }
        }
        _ => {}
    }
}
