//! The matrix: every theme with worries becomes a need, with a proposed severity and urgency that
//! the family and the professional then agree on, beside the strengths that can carry it.

use super::assessment::Assessment;
use super::instrument::Instrument;
use serde::{Deserialize, Serialize};

/// How heavy a need weighs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    Light,
    Moderate,
    Serious,
}

impl Severity {
    pub const ALL: [Severity; 3] = [Self::Light, Self::Moderate, Self::Serious];
    pub fn key(self) -> &'static str {
        match self {
            Self::Light => "light",
            Self::Moderate => "moderate",
            Self::Serious => "serious",
        }
    }
}

/// How soon something should happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Urgency {
    CanWait,
    Soon,
    Now,
}

impl Urgency {
    pub const ALL: [Urgency; 3] = [Self::CanWait, Self::Soon, Self::Now];
    pub fn key(self) -> &'static str {
        match self {
            Self::CanWait => "canWait",
            Self::Soon => "soon",
            Self::Now => "now",
        }
    }
}

/// The kind of support agreed for a need: as light as possible, as heavy as needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum SupportKind {
    NoneNeeded,
    OwnStrength,
    Informal,
    LightProfessional,
    Specialised,
}

impl SupportKind {
    pub const ALL: [SupportKind; 5] =
        [Self::NoneNeeded, Self::OwnStrength, Self::Informal, Self::LightProfessional, Self::Specialised];
    pub fn key(self) -> &'static str {
        match self {
            Self::NoneNeeded => "noneNeeded",
            Self::OwnStrength => "ownStrength",
            Self::Informal => "informal",
            Self::LightProfessional => "lightProfessional",
            Self::Specialised => "specialised",
        }
    }
}

/// An agreed need, stored in the case once the family and professional have looked at it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Need {
    pub id: String,
    pub assessment_id: String,
    /// The theme the need came from first, then any others it touches.
    pub theme_ids: Vec<String>,
    pub severity: Severity,
    pub urgency: Urgency,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support: Option<SupportKind>,
}

/// What the answers suggest for one theme; a starting point, never a score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub theme_id: String,
    pub severity: Severity,
    pub urgency: Urgency,
}

/// What the answers on one theme say, as counted by [`propose`].
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Signals {
    pub some: usize,
    pub serious: usize,
    pub raters: usize,
    /// Every participant with a worry said it fits the child's age.
    pub all_fit_age: bool,
    pub safety: bool,
}

/// The rules of the proposal, kept apart so they are table-tested:
/// - serious worries from two or more participants, or on safety, are serious; one is moderate;
/// - some worries from more than half of those who answered are moderate, else light;
/// - worries everyone calls "fits the age" weigh one step lighter (normal doubts are normal);
/// - urgency follows severity, and serious worries about safety are urgent now.
pub fn propose_from(s: Signals) -> Option<(Severity, Urgency)> {
    if s.some + s.serious == 0 {
        return None;
    }
    let mut severity = if s.serious >= 2 || (s.serious >= 1 && s.safety) {
        Severity::Serious
    } else if s.serious == 1 || s.some * 2 > s.raters.max(1) {
        Severity::Moderate
    } else {
        Severity::Light
    };
    if s.all_fit_age && !s.safety {
        severity = match severity {
            Severity::Serious => Severity::Moderate,
            _ => Severity::Light,
        };
    }
    let urgency = match severity {
        Severity::Serious if s.safety => Urgency::Now,
        Severity::Serious => Urgency::Soon,
        Severity::Moderate => Urgency::Soon,
        Severity::Light => Urgency::CanWait,
    };
    Some((severity, urgency))
}

/// Counts the worries on a theme.
pub fn signals(instrument: &Instrument, assessment: &Assessment, theme_id: &str) -> Signals {
    let mut s = Signals { all_fit_age: true, ..Signals::default() };
    s.safety = instrument.theme(theme_id).is_some_and(|(_, t)| t.always_shown);
    for a in assessment.answers.iter().filter(|a| a.theme_id == theme_id) {
        let Some(level) = a.level.as_deref().and_then(|l| instrument.level(l)) else { continue };
        s.raters += 1;
        match level.weight {
            1 => s.some += 1,
            w if w >= 2 => s.serious += 1,
            _ => continue,
        }
        s.all_fit_age &= a.fits_age;
    }
    if s.some + s.serious == 0 {
        s.all_fit_age = false;
    }
    s
}

/// One proposal per theme with worries, in the instrument's order.
pub fn propose(instrument: &Instrument, assessment: &Assessment, theme_ids: &[&str]) -> Vec<Proposal> {
    theme_ids
        .iter()
        .filter_map(|tid| {
            propose_from(signals(instrument, assessment, tid)).map(|(severity, urgency)| Proposal {
                theme_id: tid.to_string(),
                severity,
                urgency,
            })
        })
        .collect()
}

/// Themes someone called a strength: the capacity that can carry the load.
pub fn strengths<'a>(instrument: &'a Instrument, assessment: &Assessment) -> Vec<&'a str> {
    instrument
        .themes()
        .filter(|(_, t)| {
            assessment.answers.iter().any(|a| {
                a.theme_id == t.id && a.level.as_deref().and_then(|l| instrument.level(l)).is_some_and(|l| l.weight < 0)
            })
        })
        .map(|(_, t)| t.id.as_str())
        .collect()
}

/// The strengths on the same side as a theme: the ones closest to carrying it.
pub fn strengths_near<'a>(instrument: &'a Instrument, assessment: &Assessment, theme_id: &str) -> Vec<&'a str> {
    let Some((side, _)) = instrument.theme(theme_id) else { return Vec::new() };
    let all = strengths(instrument, assessment);
    side.themes.iter().map(|t| t.id.as_str()).filter(|id| all.contains(id)).collect()
}

/// The assessment the matrix and the plan work from: the latest one with a known instrument.
pub fn current_assessment<'a>(
    case: &'a super::case::Case,
    instruments: &'a [Instrument],
) -> Option<(&'a Assessment, &'a Instrument)> {
    case.assessments
        .iter()
        .filter_map(|a| {
            let date = case.visits.iter().find(|v| v.id == a.visit_id)?.date;
            Some((a, instruments.iter().find(|i| i.id() == a.instrument_id)?, date))
        })
        .max_by_key(|(_, _, d)| *d)
        .map(|(a, i, _)| (a, i))
}

/// The matrix rows: the stored needs, then the proposals nobody has changed yet, in theme order.
/// The bool says whether the row was agreed (stored).
pub fn need_rows(case: &super::case::Case, assessment: &Assessment, instrument: &Instrument) -> Vec<(Need, bool)> {
    let shown = instrument.theme_ids_for(case.way_of_working);
    let mut rows: Vec<(Need, bool)> =
        case.needs.iter().filter(|n| n.assessment_id == assessment.id).map(|n| (n.clone(), true)).collect();
    for p in propose(instrument, assessment, &shown) {
        if !rows.iter().any(|(n, _)| n.theme_ids.first() == Some(&p.theme_id)) {
            rows.push((
                Need {
                    id: format!("n-{}-{}", assessment.id, p.theme_id),
                    assessment_id: assessment.id.clone(),
                    theme_ids: vec![p.theme_id],
                    severity: p.severity,
                    urgency: p.urgency,
                    support: None,
                },
                false,
            ));
        }
    }
    let order = |n: &Need| n.theme_ids.first().and_then(|t| shown.iter().position(|s| s == t)).unwrap_or(usize::MAX);
    rows.sort_by_key(|(n, _)| order(n));
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig(some: usize, serious: usize, raters: usize, fit: bool, safety: bool) -> Signals {
        Signals { some, serious, raters, all_fit_age: fit, safety }
    }

    #[test]
    fn proposals_follow_the_rules() {
        use Severity::*;
        use Urgency::*;
        let table = [
            (sig(0, 0, 3, false, false), None),
            (sig(1, 0, 3, false, false), Some((Light, CanWait))),
            (sig(2, 0, 3, false, false), Some((Moderate, Soon))),
            (sig(1, 0, 1, false, false), Some((Moderate, Soon))),
            (sig(0, 1, 3, false, false), Some((Moderate, Soon))),
            (sig(0, 2, 3, false, false), Some((Serious, Soon))),
            (sig(0, 1, 3, false, true), Some((Serious, Now))),
            (sig(1, 0, 3, false, true), Some((Light, CanWait))),
            (sig(2, 0, 3, true, false), Some((Light, CanWait))),
            (sig(0, 2, 2, true, false), Some((Moderate, Soon))),
            // Safety is never made lighter by "fits the age".
            (sig(0, 1, 2, true, true), Some((Serious, Now))),
        ];
        for (s, want) in table {
            assert_eq!(propose_from(s), want, "{s:?}");
        }
    }
}
