//! Instrument definitions: data files under `schemas/instruments/`, parsed into format types and
//! then checked into an [`Instrument`] the rest of the core can trust.
//! - `file`: the format types, as written;
//! - `check`: reading and checking a file into an [`Instrument`].

mod check;
mod file;

use super::case::WayOfWorking;

pub use check::{lay_over, InstrumentError};
pub use file::{AgeRange, Audience, InstrumentFile, Level, Marker, NoteKind, Side, Text, Theme};

/// The `format` marker of an instrument file.
pub const FORMAT: &str = "samenplan-instrument";
/// The instrument file format version this build reads.
pub const FORMAT_VERSION: u32 = 1;

/// A checked instrument.
#[derive(Debug, Clone, PartialEq)]
pub struct Instrument {
    pub def: InstrumentFile,
}

/// The instrument a step shows to `audience` in a way of working, among those the organisation
/// offers (`enabled`): the first written for that audience and made for the way (the new-parents
/// way has an instrument of its own), else the first for that audience; for the parents, else the
/// first offered at all (a deployment may offer only its own instrument).
pub fn for_audience(
    list: &[Instrument],
    audience: Audience,
    way: WayOfWorking,
    enabled: impl Fn(&str) -> bool,
) -> Option<&Instrument> {
    let mut offered = list.iter().filter(|i| enabled(i.id()));
    let mut for_them = offered.clone().filter(|i| i.def.audience == audience);
    match for_them.clone().find(|i| i.made_for(way)).or_else(|| for_them.next()) {
        Some(i) => Some(i),
        None if audience == Audience::Parents => offered.next(),
        None => None,
    }
}

impl Instrument {
    pub fn id(&self) -> &str {
        &self.def.id
    }

    /// Whether some theme names the way of working itself (always-shown themes do not count).
    pub fn made_for(&self, way: WayOfWorking) -> bool {
        self.themes().any(|(_, t)| t.ways.contains(&way))
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
}

#[cfg(test)]
mod tests;
