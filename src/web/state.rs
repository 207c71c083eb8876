//! The open case as Yew state: a thin `Reducible` over the core's `apply`.

use crate::core::date::Date;
use crate::core::instrument::Instrument;
use crate::core::{apply, Case, CaseAction, CaseError};
use crate::i18n::I18n;
use std::rc::Rc;
use yew::prelude::*;

/// The one truth about the open case. Screens read it and send actions; they keep no copy.
#[derive(Default, PartialEq)]
pub struct CaseState {
    pub case: Option<Rc<Case>>,
    /// Grows with every accepted change; autosave watches it.
    pub revision: u64,
    /// Whether the case has changes not yet handed to storage.
    pub dirty: bool,
    /// What became of the last change asked for.
    pub outcome: Outcome,
}

/// The last change asked for and what the core said of it. A screen tells its own change's fate
/// from this (accepted, or refused and why) instead of predicting the core's rules.
#[derive(Clone, Default, PartialEq)]
pub struct Outcome {
    /// Grows with every change asked for, accepted or not.
    pub act: u64,
    /// Why the core refused it; `None` when it was accepted.
    pub refused: Option<CaseError>,
}

pub enum CaseMsg {
    Open(Box<Case>),
    Close,
    Act(CaseAction),
    /// Storage has the revision given; the case is clean unless it changed since.
    Saved(u64),
}

impl Reducible for CaseState {
    type Action = CaseMsg;

    fn reduce(self: Rc<Self>, msg: CaseMsg) -> Rc<Self> {
        // A new case starts without a refusal; the count keeps growing, so no screen mistakes
        // an earlier case's outcome for its own.
        let fresh = Outcome { act: self.outcome.act, refused: None };
        match msg {
            CaseMsg::Open(case) => Rc::new(CaseState {
                case: Some(Rc::new(*case)),
                revision: self.revision + 1,
                dirty: false,
                outcome: fresh,
            }),
            CaseMsg::Close => {
                Rc::new(CaseState { revision: self.revision + 1, outcome: fresh, ..CaseState::default() })
            }
            CaseMsg::Saved(rev) => {
                if rev == self.revision && self.dirty {
                    Rc::new(CaseState {
                        case: self.case.clone(),
                        revision: self.revision,
                        dirty: false,
                        outcome: self.outcome.clone(),
                    })
                } else {
                    self
                }
            }
            CaseMsg::Act(action) => {
                let Some(current) = &self.case else { return self };
                let mut next = (**current).clone();
                let act = self.outcome.act + 1;
                match apply(&mut next, action) {
                    Ok(()) => {
                        next.updated_ms = super::browser::now_ms();
                        Rc::new(CaseState {
                            case: Some(Rc::new(next)),
                            revision: self.revision + 1,
                            dirty: true,
                            outcome: Outcome { act, refused: None },
                        })
                    }
                    Err(e) => Rc::new(CaseState {
                        case: self.case.clone(),
                        revision: self.revision,
                        dirty: self.dirty,
                        outcome: Outcome { act, refused: Some(e) },
                    }),
                }
            }
        }
    }
}

/// What every screen may read: the language, the instruments, today's date.
#[derive(Clone)]
pub struct Env {
    pub i18n: Rc<I18n>,
    /// The family's own language, when the open case names one other than the interface's.
    pub family: Option<crate::i18n::Lang>,
    pub instruments: Rc<Vec<Instrument>>,
    /// Whether the instruments carry the texts of the languages shown now (a language's texts
    /// arrive a moment after it is chosen); a document waits for them.
    pub texts_ready: bool,
    pub today: Date,
    /// The organisation's configuration (`config.json`, maybe merged with a host page's).
    pub org: Rc<super::org::Org>,
}

/// The app makes an Env on every render from the same shared values: those compare by pointer
/// first (a deep comparison of the instruments on every answer cost more than the answer's render).
impl PartialEq for Env {
    fn eq(&self, other: &Env) -> bool {
        self.i18n == other.i18n
            && self.family == other.family
            && self.today == other.today
            && self.texts_ready == other.texts_ready
            && (Rc::ptr_eq(&self.instruments, &other.instruments) || self.instruments == other.instruments)
            && (Rc::ptr_eq(&self.org, &other.org) || self.org == other.org)
    }
}

impl Env {
    pub fn t(&self, key: &str) -> String {
        self.i18n.t(key)
    }
    pub fn lang(&self) -> &'static str {
        self.i18n.lang().code()
    }
    /// The language family-facing texts are read aloud in.
    pub fn family_or_ui(&self) -> crate::i18n::Lang {
        self.family.unwrap_or(self.i18n.lang())
    }
    pub fn instrument(&self, id: &str) -> Option<&Instrument> {
        self.instruments.iter().find(|i| i.id() == id)
    }
}

/// Reads the shared environment; every screen sits under the provider in `App`.
#[hook]
pub fn use_env() -> Env {
    use_context::<Env>().expect("Env is provided by App")
}

/// One participant answering apart on the shared tablet: only their own questions are shown.
#[derive(Clone, PartialEq, Debug)]
pub struct HandOver {
    pub participant_id: String,
    pub name: String,
    pub instrument_id: String,
    pub theme_ids: Rc<Vec<String>>,
}
