//! Answers per theme per participant, and how perspectives compare.

use super::instrument::Instrument;
use super::shared::Shared;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Why a theme was not rated: the family decides what is discussed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Skip {
    NotDiscussed,
    Later,
}

/// One participant's answer on one theme.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Answer {
    pub participant_id: String,
    pub theme_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skip: Option<Skip>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub going_well: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub worries: String,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fits_age: bool,
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub outside_control: bool,
    /// Only for the conversation: left out of every PDF (new in case version 6).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub private: bool,
}

impl Answer {
    /// Whether the theme has been dealt with: a level chosen, or skipped.
    pub fn is_given(&self) -> bool {
        self.level.is_some() || self.skip.is_some()
    }

    fn is_empty(&self) -> bool {
        self.level.is_none()
            && self.skip.is_none()
            && self.going_well.is_empty()
            && self.worries.is_empty()
            && !self.fits_age
            && !self.outside_control
    }
}

/// One filling-in of an instrument, at one visit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Assessment {
    pub id: String,
    pub visit_id: String,
    pub instrument_id: String,
    pub instrument_version: u32,
    /// Each answer shared between copies of the case: a tap copies the assessment it changes,
    /// and with hundreds of answers (notes and all) copying and comparing them whole cost more
    /// than the rest of the tap's own work.
    #[serde(default)]
    pub answers: Vec<Shared<Answer>>,
}

impl Assessment {
    pub fn answer(&self, participant_id: &str, theme_id: &str) -> Option<&Answer> {
        self.answers.iter().map(|a| &**a).find(|a| a.participant_id == participant_id && a.theme_id == theme_id)
    }

    /// Every answer by theme, in the assessment's order: found once, for screens that look up
    /// each participant on each theme (searching the whole assessment for each was slow in a
    /// large case).
    pub fn by_theme(&self) -> BTreeMap<&str, Vec<&Answer>> {
        let mut out: BTreeMap<&str, Vec<&Answer>> = BTreeMap::new();
        for a in self.answers.iter() {
            out.entry(a.theme_id.as_str()).or_default().push(a);
        }
        out
    }

    /// The answer to change, created when missing.
    pub fn answer_mut(&mut self, participant_id: &str, theme_id: &str) -> &mut Answer {
        let pos = self.answers.iter().position(|a| a.participant_id == participant_id && a.theme_id == theme_id);
        let idx = pos.unwrap_or_else(|| {
            self.answers.push(Shared::new(Answer {
                participant_id: participant_id.into(),
                theme_id: theme_id.into(),
                ..Answer::default()
            }));
            self.answers.len() - 1
        });
        &mut self.answers[idx]
    }

    /// Drops answers that say nothing, so the file holds only what was said.
    pub fn prune(&mut self) {
        self.answers.retain(|a| !a.is_empty());
    }
}

/// One participant's position on a theme, as the comparison sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Position {
    Rated { level: String, weight: i8 },
    Skipped(Skip),
    Open,
}

/// How the perspectives on one theme relate. A conversation starter, never a verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Agreement {
    /// Nobody rated it yet.
    NoneRated,
    /// Only one participant rated it.
    Single,
    /// Everyone who rated it chose the same level.
    Same,
    /// Ratings differ by this many steps of weight (1 = neighbours on the scale).
    Differ { spread: u8 },
}

/// All perspectives on one theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeComparison {
    pub theme_id: String,
    /// In the order of the participant ids given.
    pub positions: Vec<(String, Position)>,
    pub agreement: Agreement,
}

/// One participant's position on one theme.
pub fn position(instrument: &Instrument, assessment: &Assessment, participant_id: &str, theme_id: &str) -> Position {
    match assessment.answer(participant_id, theme_id) {
        Some(Answer { level: Some(l), .. }) => match instrument.level(l) {
            Some(level) => Position::Rated { level: l.clone(), weight: level.weight },
            None => Position::Open,
        },
        Some(Answer { skip: Some(s), .. }) => Position::Skipped(*s),
        _ => Position::Open,
    }
}

/// A young person's own answers that meet one of the parents' themes (their instrument's
/// `mapsTo`), in the young person's instrument order: shown beside the parents' answers.
pub fn youth_beside(
    youth: &Instrument,
    assessment: &Assessment,
    participant_id: &str,
    parent_theme: &str,
    youth_shown: &[&str],
) -> Vec<(String, Position)> {
    youth
        .themes()
        .filter(|(_, t)| youth_shown.contains(&t.id.as_str()) && t.maps_to.iter().any(|m| m == parent_theme))
        .map(|(_, t)| (t.id.clone(), position(youth, assessment, participant_id, &t.id)))
        .collect()
}

/// The young person's themes that meet none of the parents' shown themes: shown on their own.
pub fn youth_only<'a>(youth: &'a Instrument, youth_shown: &[&str], parent_shown: &[&str]) -> Vec<&'a str> {
    youth
        .themes()
        .filter(|(_, t)| youth_shown.contains(&t.id.as_str()))
        .filter(|(_, t)| !t.maps_to.iter().any(|m| parent_shown.contains(&m.as_str())))
        .map(|(_, t)| t.id.as_str())
        .collect()
}

/// Puts each participant's answer side by side per theme.
pub fn compare(
    instrument: &Instrument,
    assessment: &Assessment,
    theme_ids: &[&str],
    participant_ids: &[&str],
) -> Vec<ThemeComparison> {
    theme_ids
        .iter()
        .map(|theme_id| {
            let positions: Vec<(String, Position)> = participant_ids
                .iter()
                .map(|pid| (pid.to_string(), position(instrument, assessment, pid, theme_id)))
                .collect();
            let weights: Vec<i8> = positions
                .iter()
                .filter_map(|(_, p)| match p {
                    Position::Rated { weight, .. } => Some(*weight),
                    _ => None,
                })
                .collect();
            let agreement = match weights.len() {
                0 => Agreement::NoneRated,
                1 => Agreement::Single,
                _ => {
                    let (lo, hi) = (weights.iter().min().copied(), weights.iter().max().copied());
                    let spread = hi.unwrap_or(0).abs_diff(lo.unwrap_or(0));
                    if spread == 0 {
                        Agreement::Same
                    } else {
                        Agreement::Differ { spread }
                    }
                }
            };
            ThemeComparison { theme_id: theme_id.to_string(), positions, agreement }
        })
        .collect()
}

/// The heaviest rating on a theme across participants (for colouring the triangle).
pub fn heaviest<'a>(
    instrument: &'a Instrument,
    assessment: &Assessment,
    theme_id: &str,
) -> Option<&'a super::instrument::Level> {
    heaviest_of(instrument, assessment.answers.iter().map(|a| &**a).filter(|a| a.theme_id == theme_id))
}

/// The heaviest rating among some answers (those of one theme).
pub fn heaviest_of<'a, 'b>(
    instrument: &'a Instrument,
    answers: impl Iterator<Item = &'b Answer>,
) -> Option<&'a super::instrument::Level> {
    answers.filter_map(|a| a.level.as_deref().and_then(|l| instrument.level(l))).max_by_key(|l| l.weight)
}

/// How a theme changed from a previous assessment to the current one, for one participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Better,
    Same,
    Heavier,
    /// Not rated at one of the two visits.
    NotComparable,
}

/// Compares one participant's rating of a theme across two assessments.
pub fn change(
    instrument: &Instrument,
    before: &Assessment,
    now: &Assessment,
    participant_id: &str,
    theme_id: &str,
) -> Change {
    let weight = |a: &Assessment| {
        a.answer(participant_id, theme_id)
            .and_then(|x| x.level.as_deref())
            .and_then(|l| instrument.level(l))
            .map(|l| l.weight)
    };
    match (weight(before), weight(now)) {
        (Some(b), Some(n)) if n < b => Change::Better,
        (Some(b), Some(n)) if n > b => Change::Heavier,
        (Some(_), Some(_)) => Change::Same,
        _ => Change::NotComparable,
    }
}
