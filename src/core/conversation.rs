//! A visit's conversation: the family's triangle and each young person's own triangle of that
//! visit, taken together. The matrix, the plan, the comparison and the documents reach answers
//! only through it, so which answers count is decided here, once: by the visit, never by a date
//! or by the order of a list of assessments.

use super::assessment::{Answer, Assessment, Skip};
use super::case::{Case, Participant, Visit};
use super::date::Date;
use super::instrument::{Audience, Instrument, Side, Theme};
use super::shared::Shared;

/// One filled-in instrument of a conversation.
#[derive(Debug, Clone, Copy)]
pub struct Part<'a> {
    /// As the case holds it, so a screen can keep it without a copy.
    pub assessment: &'a Shared<Assessment>,
    pub instrument: &'a Instrument,
}

/// A young person's own triangle: their answers in the young people's instrument at this visit.
#[derive(Debug, Clone, Copy)]
pub struct Own<'a> {
    pub participant: &'a Participant,
    pub assessment: &'a Shared<Assessment>,
    pub instrument: &'a Instrument,
}

impl Own<'_> {
    /// Only this person's answers, as an assessment of its own (for a figure of their triangle).
    pub fn answers_only(&self) -> Assessment {
        let mut a = Assessment::clone(self.assessment);
        a.answers.retain(|x| x.participant_id == self.participant.id);
        a
    }
}

/// One answer of the conversation, with whose it is and where it was given.
#[derive(Debug, Clone, Copy)]
pub struct Said<'a> {
    pub participant: &'a Participant,
    /// Given in their own triangle (the young people's instrument), not the family's.
    pub own: bool,
    pub instrument: &'a Instrument,
    pub assessment: &'a Assessment,
    pub theme: &'a Theme,
    pub answer: &'a Answer,
}

impl Said<'_> {
    /// The weight of the chosen level: below zero a strength, above zero a worry.
    pub fn weight(&self) -> Option<i8> {
        self.answer.level.as_deref().and_then(|l| self.instrument.level(l)).map(|l| l.weight)
    }
}

/// A theme and the people who said the same kind of thing about it (a strength, or a worry).
#[derive(Debug, Clone)]
pub struct ThemeVoices<'a> {
    pub instrument: &'a Instrument,
    pub theme: &'a Theme,
    /// From a young person's own triangle.
    pub own: bool,
    pub people: Vec<&'a Participant>,
}

/// The family's and the young people's triangles of one visit.
#[derive(Debug, Clone)]
pub struct Conversation<'a> {
    pub case: &'a Case,
    pub visit: &'a Visit,
    /// The family's (parents') triangle, when it was started.
    pub family: Option<Part<'a>>,
    /// Everyone who answered their own triangle at this visit, in the case's order of participants.
    pub own: Vec<Own<'a>>,
}

/// The visit's assessment of one instrument (the one place new answers of that visit go). As the
/// case holds it: a screen can keep it without copying, and tell in a pointer whether it changed.
pub fn assessment_of<'a>(case: &'a Case, visit_id: &str, instrument_id: &str) -> Option<&'a Shared<Assessment>> {
    case.assessments.iter().find(|a| a.visit_id == visit_id && a.instrument_id == instrument_id)
}

fn given(a: &Assessment) -> bool {
    a.answers.iter().any(|a| a.is_given())
}

impl<'a> Conversation<'a> {
    /// The conversation of one visit. The family's triangle is the visit's assessment of a
    /// parents' instrument (the first such instrument in `instruments` that the visit used); every
    /// young people's instrument the visit used gives each participant who answered it their own.
    pub fn of(case: &'a Case, visit_id: &str, instruments: &'a [Instrument]) -> Option<Conversation<'a>> {
        let visit = case.visits.iter().find(|v| v.id == visit_id)?;
        let family = instruments
            .iter()
            .filter(|i| i.def.audience == Audience::Parents)
            .find_map(|i| assessment_of(case, visit_id, i.id()).map(|a| Part { assessment: a, instrument: i }));
        let youth: Vec<Part> = instruments
            .iter()
            .filter(|i| i.def.audience == Audience::YoungPerson)
            .filter_map(|i| assessment_of(case, visit_id, i.id()).map(|a| Part { assessment: a, instrument: i }))
            .collect();
        let own = case
            .participants
            .iter()
            .filter(|p| p.role.answers())
            .flat_map(|p| {
                youth
                    .iter()
                    .filter(|y| y.assessment.answers.iter().any(|a| a.participant_id == p.id))
                    .map(move |y| Own { participant: p, assessment: y.assessment, instrument: y.instrument })
            })
            .collect();
        Some(Conversation { case, visit, family, own })
    }

    /// The latest visit's conversation (where new answers go), answered or not.
    pub fn current(case: &'a Case, instruments: &'a [Instrument]) -> Option<Conversation<'a>> {
        Conversation::of(case, &case.current_visit()?.id, instruments)
    }

    /// The conversation the matrix and the plan work from: the latest visit's, or, while that has
    /// no answers yet, the latest visit's that has (an opened but unanswered triangle never
    /// counts as "no worries"). `None` when nothing has been answered at any visit.
    pub fn analysed(case: &'a Case, instruments: &'a [Instrument]) -> Option<Conversation<'a>> {
        Conversation::answered_before(case, None, instruments)
    }

    /// The latest answered conversation of a visit before `before` (all visits when `None`).
    fn answered_before(
        case: &'a Case,
        before: Option<&Visit>,
        instruments: &'a [Instrument],
    ) -> Option<Conversation<'a>> {
        let visits = case.visits_by_date();
        let end = match before {
            Some(v) => visits.iter().position(|x| x.id == v.id)?,
            None => visits.len(),
        };
        visits[..end]
            .iter()
            .rev()
            .filter_map(|v| Conversation::of(case, &v.id, instruments))
            .find(Conversation::is_answered)
    }

    /// The answered conversation before this one: what "last time" means in a review.
    pub fn previous(&self, instruments: &'a [Instrument]) -> Option<Conversation<'a>> {
        Conversation::answered_before(self.case, Some(self.visit), instruments)
    }

    /// Every answered conversation, oldest first (one per visit with answers).
    pub fn all_answered(case: &'a Case, instruments: &'a [Instrument]) -> Vec<Conversation<'a>> {
        case.visits_by_date()
            .iter()
            .filter_map(|v| Conversation::of(case, &v.id, instruments))
            .filter(Conversation::is_answered)
            .collect()
    }

    /// Whether anyone chose a level or set a theme aside.
    pub fn is_answered(&self) -> bool {
        self.family.is_some_and(|f| given(f.assessment))
            || self
                .own
                .iter()
                .any(|o| o.assessment.answers.iter().any(|a| a.participant_id == o.participant.id && a.is_given()))
    }

    /// Whether this is not the latest visit (the matrix then says whose answers it shows).
    pub fn is_earlier_visit(&self) -> bool {
        self.case.current_visit().is_some_and(|v| v.id != self.visit.id)
    }

    /// The ids of the assessments this conversation is made of.
    pub fn assessment_ids(&self) -> Vec<&'a str> {
        let mut ids: Vec<&str> = self.family.iter().map(|f| f.assessment.id.as_str()).collect();
        for o in &self.own {
            if !ids.contains(&o.assessment.id.as_str()) {
                ids.push(&o.assessment.id);
            }
        }
        ids
    }

    /// Every answer of the conversation on a theme the instruments know, the family's first (in
    /// their instrument's order of themes), then each young person's own.
    pub fn answers(&self) -> Vec<Said<'a>> {
        let case = self.case;
        let mut out = Vec::new();
        if let Some(f) = self.family {
            for (_, theme) in f.instrument.themes() {
                for answer in f.assessment.answers.iter().filter(|a| a.theme_id == theme.id) {
                    let Some(participant) = case.participant(&answer.participant_id) else { continue };
                    out.push(Said {
                        participant,
                        own: false,
                        instrument: f.instrument,
                        assessment: f.assessment,
                        theme,
                        answer,
                    });
                }
            }
        }
        for o in &self.own {
            for (_, theme) in o.instrument.themes() {
                if let Some(answer) = o.assessment.answer(&o.participant.id, &theme.id) {
                    out.push(Said {
                        participant: o.participant,
                        own: true,
                        instrument: o.instrument,
                        assessment: o.assessment,
                        theme,
                        answer,
                    });
                }
            }
        }
        out
    }

    /// A theme of the conversation's instruments by id: the family's instrument first.
    pub fn theme(&self, id: &str) -> Option<(&'a Instrument, &'a Side, &'a Theme)> {
        self.family
            .iter()
            .map(|f| f.instrument)
            .chain(self.own.iter().map(|o| o.instrument))
            .find_map(|i| i.theme(id).map(|(s, t)| (i, s, t)))
    }

    /// The theme's title in `lang`, or the id when no instrument knows it.
    pub fn theme_title(&self, id: &str, lang: &str) -> String {
        self.theme(id).map(|(_, _, t)| t.title.get(lang).to_string()).unwrap_or_else(|| id.to_string())
    }

    /// The themes of the answers that `said` picks, each with the people who gave them, in the
    /// order of [`Conversation::answers`].
    fn grouped(&self, said: impl Fn(&Said) -> bool) -> Vec<ThemeVoices<'a>> {
        let mut out: Vec<ThemeVoices> = Vec::new();
        for s in self.answers().into_iter().filter(|s| said(s)) {
            match out.iter_mut().find(|v| v.own == s.own && std::ptr::eq(v.theme, s.theme)) {
                Some(v) => v.people.push(s.participant),
                None => out.push(ThemeVoices {
                    instrument: s.instrument,
                    theme: s.theme,
                    own: s.own,
                    people: vec![s.participant],
                }),
            }
        }
        out
    }

    /// What goes well: every theme someone called a strength, with who did.
    pub fn strengths(&self) -> Vec<ThemeVoices<'a>> {
        self.grouped(|s| s.weight().is_some_and(|w| w < 0))
    }

    /// What worries: every theme someone has worries about, with who does.
    pub fn worries(&self) -> Vec<ThemeVoices<'a>> {
        self.grouped(|s| s.weight().is_some_and(|w| w > 0))
    }

    /// Themes set aside for later, with who set them aside.
    pub fn later(&self) -> Vec<ThemeVoices<'a>> {
        self.grouped(|s| s.answer.skip == Some(Skip::Later))
    }
}

/// The latest answered assessment of `instrument_id` at a visit before `visit`: the "previous
/// visit" beside this one. Assessments opened but never answered are passed over.
pub fn previous_assessment<'a>(
    case: &'a Case,
    instrument_id: &str,
    visit: &Visit,
) -> Option<(&'a Shared<Assessment>, Date)> {
    let visits = case.visits_by_date();
    let end = visits.iter().position(|v| v.id == visit.id)?;
    visits[..end]
        .iter()
        .rev()
        .find_map(|v| assessment_of(case, &v.id, instrument_id).filter(|a| given(a)).map(|a| (a, v.date)))
}

/// The themes set aside as "later" at the previous answered visit that nobody has answered yet at
/// this one: they come back at the next visit.
pub fn back_from_later(case: &Case, instrument_id: &str, visit: &Visit) -> Vec<String> {
    let Some((before, _)) = previous_assessment(case, instrument_id, visit) else { return Vec::new() };
    let now = assessment_of(case, &visit.id, instrument_id);
    let mut out: Vec<String> = Vec::new();
    for a in before.answers.iter().filter(|a| a.skip == Some(Skip::Later)) {
        let answered_now = now.is_some_and(|n| n.answers.iter().any(|x| x.theme_id == a.theme_id && x.is_given()));
        if !answered_now && !out.contains(&a.theme_id) {
            out.push(a.theme_id.clone());
        }
    }
    out
}

/// Whose triangle an assessment on the timeline is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Whose<'a> {
    /// The family's (parents') triangle.
    Family,
    /// A young person's own triangle.
    Own(&'a Participant),
}

/// One line of the timeline for a filled-in triangle.
#[derive(Debug, Clone, PartialEq)]
pub struct Filled<'a> {
    pub whose: Whose<'a>,
    /// Themes with a level chosen.
    pub rated: usize,
    /// (better, heavier) since the previous answered visit with the same instrument, when there was one.
    pub changes: Option<(usize, usize)>,
}

/// What one assessment adds to the timeline: the family's triangle is one line; a young people's
/// instrument one line per person who answered it; an assessment nobody answered, or of an
/// instrument not loaded, nothing.
pub fn filled<'a>(case: &'a Case, instruments: &[Instrument], assessment: &'a Assessment) -> Vec<Filled<'a>> {
    let Some(visit) = case.visits.iter().find(|v| v.id == assessment.visit_id) else { return Vec::new() };
    let instrument = instruments.iter().find(|i| i.id() == assessment.instrument_id);
    let before = previous_assessment(case, &assessment.instrument_id, visit).map(|(a, _)| a);
    let line = |whose: Whose<'a>, mine: &dyn Fn(&Answer) -> bool| {
        let answers: Vec<&Answer> = assessment.answers.iter().map(|a| &**a).filter(|a| mine(a)).collect();
        if !answers.iter().any(|a| a.is_given()) {
            return None;
        }
        let rated = answers.iter().filter(|a| a.level.is_some()).count();
        let changes = match (instrument, before) {
            (Some(i), Some(b)) => {
                let (mut better, mut heavier) = (0, 0);
                for a in &answers {
                    match super::assessment::change(i, b, assessment, &a.participant_id, &a.theme_id) {
                        super::assessment::Change::Better => better += 1,
                        super::assessment::Change::Heavier => heavier += 1,
                        _ => {}
                    }
                }
                Some((better, heavier))
            }
            _ => None,
        };
        Some(Filled { whose, rated, changes })
    };
    // Whose it is follows from the instrument; of an instrument not loaded here nothing can be said.
    match instrument.map(|i| i.def.audience) {
        Some(Audience::YoungPerson) => case
            .participants
            .iter()
            .filter_map(|p| line(Whose::Own(p), &|a: &Answer| a.participant_id == p.id))
            .collect(),
        Some(Audience::Parents) => line(Whose::Family, &|_: &Answer| true).into_iter().collect(),
        None => Vec::new(),
    }
}
