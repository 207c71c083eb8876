//! The matrix: the shared analysis of every voice of a conversation. Every theme with worries,
//! the family's or a young person's own, becomes a need with a proposed severity and urgency that
//! the family and the professional then agree on, beside the strengths that can carry it.

use super::conversation::{Conversation, Said, ThemeVoices};
use super::instrument::{Instrument, Theme};
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

/// Someone whose answer raised a need: who, on which theme as they answered it, how heavily.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raised {
    pub participant_id: String,
    /// The instrument they answered (a young person's own when `own`).
    pub instrument_id: String,
    /// The theme as they answered it (a young person's own theme when `own`).
    pub theme_id: String,
    /// In their own triangle (the young people's instrument).
    pub own: bool,
    /// The level they chose, and its weight: 1 some worries, 2 or more serious worries.
    pub level: String,
    pub weight: i8,
}

/// What the answers suggest for one theme; a starting point, never a score.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    /// The theme the need is about: a theme of the family's triangle, or a young person's own
    /// theme that meets none of the family's.
    pub theme_id: String,
    /// The assessment the need is kept with.
    pub assessment_id: String,
    pub severity: Severity,
    pub urgency: Urgency,
    /// Whose worries raised it, in the order of the conversation's answers.
    pub raised_by: Vec<Raised>,
    /// It is about safety: the theme is, or a worry on a safety theme of a young person's own
    /// triangle raised it.
    pub safety: bool,
}

/// What the answers on one theme say, as counted for [`proposals`].
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
///
/// A young person's answer counts exactly as a parent's: one voice, one rater.
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

/// Where a young person's answer on one of their own themes weighs in the matrix: the family's
/// theme it meets (`mapsTo`; a safety theme of theirs meets the family's safety theme first, so
/// it is never weighed as something lighter), or `None` when it meets none: then it is a need
/// of its own.
pub fn meets<'a>(theme: &Theme, family: Option<&'a Instrument>) -> Option<&'a Theme> {
    let family = family?;
    let targets: Vec<&Theme> = theme.maps_to.iter().filter_map(|id| family.theme(id).map(|(_, t)| t)).collect();
    if theme.always_shown {
        if let Some(t) = targets.iter().find(|t| t.always_shown) {
            return Some(t);
        }
    }
    targets.first().copied()
}

/// The theme an answer weighs on in the matrix, and whether that theme is safety.
fn key_of<'a>(conv: &Conversation<'a>, s: &Said<'a>) -> (&'a str, bool) {
    if !s.own {
        return (s.theme.id.as_str(), s.theme.always_shown);
    }
    match meets(s.theme, conv.family.map(|f| f.instrument)) {
        Some(t) => (t.id.as_str(), t.always_shown || s.theme.always_shown),
        None => (s.theme.id.as_str(), s.theme.always_shown),
    }
}

/// What the conversation's answers say about one theme of the matrix.
struct Tally<'a> {
    key: &'a str,
    assessment_id: &'a str,
    signals: Signals,
    raised_by: Vec<Raised>,
}

/// Counts every rated answer of the conversation on the theme it weighs on, in answer order.
fn tally<'a>(conv: &Conversation<'a>) -> Vec<Tally<'a>> {
    let family_id = conv.family.map(|f| f.assessment.id.as_str());
    let mut acc: Vec<Tally> = Vec::new();
    for s in conv.answers() {
        let Some(weight) = s.weight() else { continue };
        let (key, safety) = key_of(conv, &s);
        let pos = match acc.iter().position(|a| a.key == key) {
            Some(p) => p,
            None => {
                // A young person's own need is kept with their assessment; every other with the family's.
                let assessment_id =
                    if s.own && key == s.theme.id { &s.assessment.id } else { family_id.unwrap_or(&s.assessment.id) };
                acc.push(Tally {
                    key,
                    assessment_id,
                    signals: Signals { all_fit_age: true, ..Signals::default() },
                    raised_by: Vec::new(),
                });
                acc.len() - 1
            }
        };
        let a = &mut acc[pos];
        a.signals.safety |= safety;
        a.signals.raters += 1;
        if weight >= 1 {
            if weight >= 2 {
                a.signals.serious += 1;
            } else {
                a.signals.some += 1;
            }
            a.signals.all_fit_age &= s.answer.fits_age;
            a.raised_by.push(Raised {
                participant_id: s.participant.id.clone(),
                instrument_id: s.instrument.id().to_string(),
                theme_id: s.theme.id.clone(),
                own: s.own,
                level: s.answer.level.clone().unwrap_or_default(),
                weight,
            });
        }
    }
    for a in &mut acc {
        if a.signals.some + a.signals.serious == 0 {
            a.signals.all_fit_age = false;
        }
    }
    acc
}

/// The signals on one theme of the matrix (a family theme, or a young person's own theme that
/// meets none): every voice's rated answer that weighs on it.
pub fn signals(conv: &Conversation, theme_id: &str) -> Signals {
    tally(conv).into_iter().find(|t| t.key == theme_id).map(|t| t.signals).unwrap_or_default()
}

/// One proposal per theme with worries from any voice of the conversation: the family's themes
/// in their instrument's order, then the young people's own themes that meet none of them.
pub fn proposals(conv: &Conversation) -> Vec<Proposal> {
    let order = |key: &str| {
        conv.family.and_then(|f| f.instrument.themes().position(|(_, t)| t.id == key)).unwrap_or(usize::MAX)
    };
    let mut out: Vec<(usize, usize, Proposal)> = tally(conv)
        .into_iter()
        .enumerate()
        .filter_map(|(n, a)| {
            propose_from(a.signals).map(|(severity, urgency)| {
                let proposal = Proposal {
                    theme_id: a.key.to_string(),
                    assessment_id: a.assessment_id.to_string(),
                    severity,
                    urgency,
                    raised_by: a.raised_by,
                    safety: a.signals.safety,
                };
                (order(a.key), n, proposal)
            })
        })
        .collect();
    out.sort_by_key(|(o, n, _)| (*o, *n));
    out.into_iter().map(|(_, _, p)| p).collect()
}

/// One row of the matrix.
#[derive(Debug, Clone, PartialEq)]
pub struct NeedRow {
    pub need: Need,
    /// Stored: the family and the professional agreed on it (or changed it).
    pub agreed: bool,
    /// Whose worries on its theme raised it (empty when nobody's answers do any more).
    pub raised_by: Vec<Raised>,
    /// It touches safety: the professional's next steps then show.
    pub safety: bool,
}

/// The matrix of a conversation: the needs agreed at that visit, then the proposals nobody has
/// agreed on yet, in the order of the proposals (family themes, then young people's own).
pub fn need_rows(conv: &Conversation) -> Vec<NeedRow> {
    let ids = conv.assessment_ids();
    let proposals = proposals(conv);
    let proposal_of = |t: Option<&String>| t.and_then(|t| proposals.iter().find(|p| &p.theme_id == t));
    let safety_of = |n: &Need| {
        n.theme_ids.iter().any(|t| conv.theme(t).is_some_and(|(_, _, th)| th.always_shown))
            || proposal_of(n.theme_ids.first()).is_some_and(|p| p.safety)
    };
    let mut rows: Vec<NeedRow> = conv
        .case
        .needs
        .iter()
        .filter(|n| ids.contains(&n.assessment_id.as_str()))
        .map(|n| NeedRow {
            need: n.clone(),
            agreed: true,
            raised_by: proposal_of(n.theme_ids.first()).map(|p| p.raised_by.clone()).unwrap_or_default(),
            safety: safety_of(n),
        })
        .collect();
    for p in &proposals {
        if !rows.iter().any(|r| r.need.theme_ids.first() == Some(&p.theme_id)) {
            let need = Need {
                id: format!("n-{}-{}", p.assessment_id, p.theme_id),
                assessment_id: p.assessment_id.clone(),
                theme_ids: vec![p.theme_id.clone()],
                severity: p.severity,
                urgency: p.urgency,
                support: None,
            };
            let safety = safety_of(&need);
            rows.push(NeedRow { need, agreed: false, raised_by: p.raised_by.clone(), safety });
        }
    }
    // The family's themes in their order, then the young people's own in the proposals' order.
    let order = |r: &NeedRow| {
        let first = r.need.theme_ids.first().map(String::as_str).unwrap_or("");
        conv.family
            .and_then(|f| f.instrument.themes().position(|(_, x)| x.id == first))
            .or_else(|| proposals.iter().position(|p| p.theme_id == first).map(|p| p + 10_000))
            .unwrap_or(usize::MAX)
    };
    rows.sort_by_key(order);
    rows
}

/// The strengths on the same side of the family's triangle as a need's theme (or, for a young
/// person's own need, of their triangle): the ones closest to carrying it, with who said them.
pub fn strengths_near<'a>(conv: &Conversation<'a>, theme_id: &str) -> Vec<ThemeVoices<'a>> {
    let Some((_, side, _)) = conv.theme(theme_id) else { return Vec::new() };
    conv.strengths().into_iter().filter(|v| side.themes.iter().any(|t| std::ptr::eq(t, v.theme))).collect()
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
