//! The triangle over time ("distance travelled"): per theme, each participant's answer at every
//! visit, with the strengths that grew named first. Takes the assessments of one instrument with
//! their visit dates, so it works for the family's triangle and a young person's own alike.

use super::assessment::Assessment;
use super::case::Case;
use super::date::Date;
use super::instrument::Instrument;

/// One participant's answers on one theme, one per visit (`None`: not rated then).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Track {
    pub participant_id: String,
    /// The level ids, visit by visit.
    pub levels: Vec<Option<String>>,
    /// Their weights (below zero a strength, above zero a worry).
    pub weights: Vec<Option<i8>>,
}

impl Track {
    fn rated(&self) -> impl Iterator<Item = i8> + '_ {
        self.weights.iter().flatten().copied()
    }
    /// From the first rated visit to the last: how many steps toward strength (negative: heavier).
    pub fn gain(&self) -> i32 {
        match (self.rated().next(), self.rated().last()) {
            (Some(first), Some(last)) => i32::from(first) - i32::from(last),
            _ => 0,
        }
    }
    /// Rated at two visits or more.
    pub fn comparable(&self) -> bool {
        self.rated().count() >= 2
    }
    /// It ends as a strength, and a stronger one than it started.
    pub fn grew_into_strength(&self) -> bool {
        self.rated().last().is_some_and(|w| w < 0) && self.gain() > 0
    }
}

/// One theme over every visit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeTravel {
    pub theme_id: String,
    /// Per participant who rated it at least once, in the order asked.
    pub tracks: Vec<Track>,
    /// Someone's answer grew into a strength (or a stronger one).
    pub grown: bool,
    /// Steps toward strength, summed over the participants.
    pub gain: i32,
}

impl ThemeTravel {
    /// Anyone's answer changed between two visits.
    pub fn moved(&self) -> bool {
        self.tracks.iter().any(|t| {
            let w: Vec<i8> = t.rated().collect();
            w.windows(2).any(|p| p[0] != p[1])
        })
    }
}

/// The triangle over time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Travel {
    /// The visits' dates, oldest first: the charts' x axis.
    pub dates: Vec<Date>,
    /// Themes anyone rated: grown strengths first (most steps first), then other themes that got
    /// lighter, then the rest in the instrument's order.
    pub themes: Vec<ThemeTravel>,
}

impl Travel {
    /// The themes that grew into strengths, in order.
    pub fn grown(&self) -> impl Iterator<Item = &ThemeTravel> {
        self.themes.iter().filter(|t| t.grown)
    }
}

/// Every assessment of one instrument in the case with its visit's date: what [`travel`] takes.
pub fn dated<'a>(case: &'a Case, instrument_id: &str) -> Vec<(Date, &'a Assessment)> {
    case.assessments
        .iter()
        .filter(|a| a.instrument_id == instrument_id)
        .filter_map(|a| case.visits.iter().find(|v| v.id == a.visit_id).map(|v| (v.date, &**a)))
        .collect()
}

/// Each participant's answers per theme over the given assessments of `instrument` (any order).
pub fn travel(
    instrument: &Instrument,
    visits: &[(Date, &Assessment)],
    participant_ids: &[&str],
    theme_ids: &[&str],
) -> Travel {
    let mut visits: Vec<(Date, &Assessment)> =
        visits.iter().filter(|(_, a)| a.instrument_id == instrument.id()).copied().collect();
    visits.sort_by_key(|(d, _)| *d);
    let order: Vec<&str> = instrument.themes().map(|(_, t)| t.id.as_str()).collect();
    let mut themes: Vec<ThemeTravel> = theme_ids
        .iter()
        .map(|theme| {
            let tracks: Vec<Track> = participant_ids
                .iter()
                .map(|pid| {
                    let levels: Vec<Option<String>> = visits
                        .iter()
                        .map(|(_, a)| {
                            a.answer(pid, theme).and_then(|x| x.level.clone()).filter(|l| instrument.level(l).is_some())
                        })
                        .collect();
                    let weights = levels
                        .iter()
                        .map(|l| l.as_deref().and_then(|l| instrument.level(l)).map(|l| l.weight))
                        .collect();
                    Track { participant_id: pid.to_string(), levels, weights }
                })
                .filter(|t| t.weights.iter().any(Option::is_some))
                .collect();
            let grown = tracks.iter().any(Track::grew_into_strength);
            let gain = tracks.iter().map(Track::gain).sum();
            ThemeTravel { theme_id: theme.to_string(), tracks, grown, gain }
        })
        .filter(|t| !t.tracks.is_empty())
        .collect();
    let place = |t: &ThemeTravel| order.iter().position(|o| *o == t.theme_id).unwrap_or(usize::MAX);
    themes.sort_by_key(|t| (!t.grown, t.gain <= 0, if t.gain > 0 { -t.gain } else { 0 }, place(t)));
    Travel { dates: visits.iter().map(|(d, _)| *d).collect(), themes }
}
