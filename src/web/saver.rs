//! The autosave in the browser: `core::autosave` decides when a change is written; this keeps
//! its wake-up timer, the unlocked vault and the case as it was at each change, and writes one
//! record at a time. It outlives a lock for as long as a write is waiting: the changes made
//! before the lock are written, then the vault (and with it the key) is let go.

use super::browser::{self, now_ms};
use super::storage::StorageError;
use super::vault::Vault;
use crate::core::autosave::{Autosave, Step};
use crate::core::case::Case;
use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::Callback;

/// The open case as it was at one revision.
#[derive(Clone)]
pub struct Snapshot {
    pub rev: u64,
    pub case: Rc<Case>,
}

/// What the app hears from the autosave.
pub enum SaveEvent {
    /// A write began.
    Writing,
    /// This revision is on disk; `settled`: nothing else waits to be written.
    Stored {
        rev: u64,
        settled: bool,
    },
    Failed(StorageError),
}

struct Inner {
    plan: Autosave<Snapshot>,
    vault: Option<Rc<Vault>>,
    /// The app locked: the vault goes once everything waiting is written.
    release: bool,
    /// The wake-up timer and when it fires.
    timer: Option<(Timeout, f64)>,
    on_event: Callback<SaveEvent>,
    /// Resolved once nothing waits and nothing is being written.
    settled: Vec<js_sys::Function>,
    writes: u32,
}

/// A handle to the one autosave of the app.
#[derive(Clone)]
pub struct Saver(Rc<RefCell<Inner>>);

impl Saver {
    pub fn new(on_event: Callback<SaveEvent>) -> Saver {
        Saver(Rc::new(RefCell::new(Inner {
            plan: Autosave::new(),
            vault: None,
            release: false,
            timer: None,
            on_event,
            settled: Vec::new(),
            writes: 0,
        })))
    }

    /// Unlocked: changes are written to this vault from now on.
    pub fn open(&self, vault: Rc<Vault>) {
        let mut inner = self.0.borrow_mut();
        inner.vault = Some(vault);
        inner.release = false;
    }

    /// The open case changed (revision `rev`).
    pub fn changed(&self, rev: u64, case: Rc<Case>) {
        let step = self.0.borrow_mut().plan.changed(Snapshot { rev, case }, now_ms());
        self.run(step);
    }

    /// Writes what waits at once (the page is hidden or going, the case is closed).
    pub fn flush(&self) {
        let step = self.0.borrow_mut().plan.flush(now_ms());
        self.run(step);
    }

    /// The app locks: what waits is written at once, then the vault is let go.
    pub fn lock(&self) {
        self.0.borrow_mut().release = true;
        self.flush();
    }

    /// The device is wiped: nothing waiting is written, and the vault goes.
    pub fn discard(&self) {
        let mut inner = self.0.borrow_mut();
        inner.plan.discard();
        inner.timer = None;
        inner.release = true;
        if inner.plan.is_settled() {
            inner.vault = None;
        }
    }

    /// Waits until nothing waits and nothing is being written (before a new passphrase
    /// re-encrypts every record, so no write under the old key can land after it).
    pub async fn settled(&self) {
        let mut resolve = None;
        let promise = js_sys::Promise::new(&mut |r, _| resolve = Some(r));
        {
            let mut inner = self.0.borrow_mut();
            if inner.plan.is_settled() {
                return;
            }
            inner.settled.extend(resolve);
        }
        let _ = JsFuture::from(promise).await;
    }

    fn run(&self, step: Step<Snapshot>) {
        match step {
            Step::Busy => {}
            Step::Idle => {
                let waiting = {
                    let mut inner = self.0.borrow_mut();
                    inner.timer = None;
                    if inner.release {
                        inner.vault = None;
                        inner.release = false;
                    }
                    std::mem::take(&mut inner.settled)
                };
                for resolve in waiting {
                    let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
                }
            }
            Step::WakeAt(at) => {
                // A timer that fires sooner stays: waking early only plans again (see
                // `Autosave::wake`), and a tap inside the pause then sets no new timer.
                if self.0.borrow().timer.as_ref().is_some_and(|(_, due)| *due <= at) {
                    return;
                }
                let this = Rc::downgrade(&self.0);
                let ms = (at - now_ms()).clamp(0.0, 60_000.0) as u32;
                let timer = Timeout::new(ms, move || {
                    if let Some(inner) = this.upgrade() {
                        let saver = Saver(inner);
                        let step = {
                            let mut inner = saver.0.borrow_mut();
                            inner.timer = None;
                            inner.plan.wake(now_ms())
                        };
                        saver.run(step);
                    }
                });
                self.0.borrow_mut().timer = Some((timer, at));
            }
            Step::Write(snapshot) => {
                let (vault, on_event) = {
                    let mut inner = self.0.borrow_mut();
                    inner.timer = None;
                    (inner.vault.clone(), inner.on_event.clone())
                };
                on_event.emit(SaveEvent::Writing);
                let this = self.clone();
                spawn_local(async move {
                    let started = browser::perf_now();
                    let result = match &vault {
                        Some(v) => {
                            // The part on the main thread; encrypting and storing run beside it.
                            let json = serde_json::to_string(&*snapshot.case).unwrap_or_default();
                            let serialised = browser::perf_now();
                            let r = v.save_json(&snapshot.case.id, &json).await;
                            this.measure(started, serialised - started, json.len());
                            r
                        }
                        None => Err(StorageError::Unavailable),
                    };
                    let step = this.0.borrow_mut().plan.written(result.is_ok(), now_ms());
                    match result {
                        Ok(()) => {
                            on_event.emit(SaveEvent::Stored { rev: snapshot.rev, settled: matches!(step, Step::Idle) })
                        }
                        Err(e) => on_event.emit(SaveEvent::Failed(e)),
                    }
                    this.run(step);
                });
            }
        }
    }

    /// One entry per write in the page's performance timeline (`samenplan:save`, with the
    /// main-thread part and the size), which `scripts/bench` reads; the oldest are dropped now and
    /// then so a long visit does not collect thousands.
    fn measure(&self, started: f64, main_ms: f64, bytes: usize) {
        let mut inner = self.0.borrow_mut();
        inner.writes = inner.writes.wrapping_add(1);
        browser::perf_measure("samenplan:save", started, main_ms, bytes, inner.writes.is_multiple_of(500));
    }
}
