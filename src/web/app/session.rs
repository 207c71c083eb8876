//! Where the app is between start and work, as one reducer: every change of the lock, the
//! messages around it and the work around the open case goes through [`SessionMsg`], so no
//! handler changes the session in several steps that a render could see half done.
//!
//! ```text
//!  decide ───┬── invitation in the address ──────────────▶ Guest ◀── Join (an invitation read)
//!            ├── no passphrase yet ─▶ Setup ──┐              ▲
//!            ├── a passphrase ──────▶ Locked ─┤ unlocked      └── "join" on a lock screen
//!            └── no storage ────────▶ MemoryOnly          ▼
//!                                   Locked ◀── lock ──── Open
//!     wipe (from Setup, Locked or Open) ─▶ Booting ─▶ Setup (or MemoryOnly)
//! ```

use super::super::state::HandOver;
use super::super::storage::Store;
use super::super::vault::{DeviceMeta, Vault};
use super::boot::Notice;
use crate::core::case::WayOfWorking;
use crate::core::cofill::Ticket;
use std::rc::Rc;
use yew::prelude::*;

/// The steps of a case.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub enum Step {
    #[default]
    Case,
    Triangle,
    /// The parents' money overview, only in the new-parents way of working.
    Money,
    Matrix,
    Circle,
    Plan,
    Export,
}

impl Step {
    pub const ALL: [Step; 7] =
        [Step::Case, Step::Triangle, Step::Money, Step::Matrix, Step::Circle, Step::Plan, Step::Export];
    /// Whether the step belongs to a case's way of working.
    pub fn in_way(self, way: WayOfWorking) -> bool {
        self != Step::Money || way == WayOfWorking::NewParents
    }
    pub fn key(self) -> &'static str {
        match self {
            Step::Case => "case",
            Step::Triangle => "triangle",
            Step::Money => "money",
            Step::Matrix => "matrix",
            Step::Circle => "circle",
            Step::Plan => "plan",
            Step::Export => "export",
        }
    }
}

/// The phases of the app's life.
#[derive(Clone, PartialEq, Default)]
pub enum Session {
    /// Between a wipe and the set-up screen (start-up itself is decided before the first render).
    #[default]
    Booting,
    /// No passphrase on this device yet.
    Setup(Store),
    Locked(Store, DeviceMeta),
    Open(Rc<Vault>),
    /// The browser cannot store anything: work stays in memory.
    MemoryOnly,
    /// A family member's own phone joining with an invitation: nothing is stored.
    Join,
    Guest(Rc<Ticket>),
}

impl Session {
    /// Whether cases can be worked on (with storage or in memory).
    pub fn unlocked(&self) -> bool {
        matches!(self, Session::Open(_) | Session::MemoryOnly)
    }
    /// Whether something may leave the app (downloads, shares, host messages).
    pub fn open_for_work(&self) -> bool {
        matches!(self, Session::Open(_) | Session::MemoryOnly | Session::Join | Session::Guest(_))
    }
    pub fn vault(&self) -> Option<Rc<Vault>> {
        match self {
            Session::Open(v) => Some(v.clone()),
            _ => None,
        }
    }
    /// The device's storage, when it has a lock (set up or not).
    pub fn store(&self) -> Option<Store> {
        match self {
            Session::Open(v) => Some(v.store()),
            Session::Locked(s, _) | Session::Setup(s) => Some(s.clone()),
            _ => None,
        }
    }
}

/// The session and what is shown around it.
#[derive(Clone, PartialEq, Default)]
pub struct SessionState {
    pub phase: Session,
    /// A passphrase is being checked (the lock and hand-back screens wait).
    pub busy: bool,
    pub lock_message: Option<String>,
    pub device_message: Option<String>,
    /// Whether the browser keeps this site's storage for good (asked once unlocked).
    pub persisted: Option<bool>,
    /// Problems to tell about; a later event replaces them.
    pub notices: Vec<Notice>,
    pub step: Step,
    /// One participant answering apart on this tablet; and who just gave it back.
    pub hand_over: Option<HandOver>,
    pub handed_back: Option<String>,
    pub hand_back_message: Option<String>,
}

pub enum SessionMsg {
    /// Start-up decided where to go (or a wipe did), with what it found to tell.
    Started(Session, Vec<Notice>),
    Notices(Vec<Notice>),
    /// To another phase with nothing else changed (a phone joining, or taking an invitation).
    Go(Session),
    Busy,
    /// A passphrase was refused; `meta` is the lock as stored after the try, when read back.
    Refused(String, Option<DeviceMeta>),
    /// The lock screen cannot go on: it says why and is free again.
    LockSays(String),
    Opened(Rc<Vault>, Vec<Notice>),
    Persisted(bool),
    /// The vault changed (the idle minutes, the passphrase).
    Vault(Rc<Vault>),
    /// Locking: nothing of the open work stays.
    Lock,
    /// Wiping: back to the start until the storage is opened again.
    Wipe,
    DeviceMessage(String),
    Step(Step),
    HandOver(HandOver),
    /// Taking the tablet back was refused (a wrong passphrase) or is being checked (`None`).
    HandBackSays(Option<String>),
    HandedBack,
}

impl SessionState {
    /// The session of the first screen, with what start-up found to tell.
    pub fn started(phase: Session, notices: Vec<Notice>) -> SessionState {
        SessionState { phase, notices, ..SessionState::default() }
    }
}

impl Reducible for SessionState {
    type Action = SessionMsg;

    fn reduce(self: Rc<Self>, msg: SessionMsg) -> Rc<Self> {
        let mut s = (*self).clone();
        match msg {
            SessionMsg::Started(phase, notices) => {
                s.phase = phase;
                s.notices = notices;
            }
            SessionMsg::Notices(notices) => s.notices = notices,
            SessionMsg::Go(phase) => s.phase = phase,
            SessionMsg::Busy => s.busy = true,
            SessionMsg::Refused(message, meta) => {
                s.lock_message = Some(message);
                if let (Some(meta), Session::Locked(store, _)) = (meta, &s.phase) {
                    s.phase = Session::Locked(store.clone(), meta);
                }
                s.busy = false;
            }
            SessionMsg::LockSays(message) => {
                s.busy = false;
                s.lock_message = Some(message);
            }
            SessionMsg::Opened(vault, notices) => {
                s.lock_message = None;
                s.notices = notices;
                s.busy = false;
                s.phase = Session::Open(vault);
            }
            SessionMsg::Persisted(p) => s.persisted = Some(p),
            SessionMsg::Vault(vault) => {
                if matches!(s.phase, Session::Open(_)) {
                    s.phase = Session::Open(vault);
                }
            }
            SessionMsg::DeviceMessage(m) => s.device_message = Some(m),
            SessionMsg::Lock => {
                let Session::Open(v) = &s.phase else { return self };
                let phase = Session::Locked(v.store(), v.meta.clone());
                return Rc::new(SessionState {
                    phase,
                    persisted: s.persisted,
                    notices: s.notices,
                    ..Default::default()
                });
            }
            SessionMsg::Wipe => return Rc::new(SessionState { persisted: s.persisted, ..Default::default() }),
            SessionMsg::Step(step) => s.step = step,
            SessionMsg::HandOver(h) => {
                s.handed_back = None;
                s.hand_back_message = None;
                s.hand_over = Some(h);
            }
            SessionMsg::HandBackSays(m) => {
                s.busy = m.is_none();
                s.hand_back_message = m;
            }
            SessionMsg::HandedBack => {
                s.hand_back_message = None;
                s.busy = false;
                s.handed_back = s.hand_over.take().map(|h| h.name);
            }
        }
        Rc::new(s)
    }
}
