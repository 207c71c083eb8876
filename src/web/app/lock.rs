//! The device's lock for the root: setting it up, unlocking (then reading the cases), locking,
//! wiping, and the device's settings.

use super::super::browser;
use super::super::saver::Saver;
use super::super::session as gate_out;
use super::super::state::{CaseMsg, CaseState};
use super::super::storage::{persist, Store};
use super::super::vault::{self, Gate, Vault};
use super::boot::{load_demo, rest_or_lock_message, storage_notice, unlock_message, Notice, DEMO_ID};
use super::case_list::CaseList;
use super::idle::IdleWatch;
use super::session::{Session, SessionMsg, SessionState};
use crate::i18n::I18n;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

pub(super) struct Lock {
    pub(super) on_setup: Callback<String>,
    pub(super) on_unlock: Callback<String>,
    pub(super) on_lock: Callback<()>,
    pub(super) on_wipe: Callback<()>,
    pub(super) on_lock_minutes: Callback<u32>,
    pub(super) on_change_passphrase: Callback<String>,
}

/// What the lock works on: the session, the open case, the list, the saver and the idle watch.
#[derive(Clone)]
pub(super) struct Parts {
    pub(super) session: UseReducerHandle<SessionState>,
    pub(super) case: UseReducerHandle<CaseState>,
    pub(super) cases: CaseList,
    pub(super) saver: Rc<Saver>,
    pub(super) idle: Rc<RefCell<Option<IdleWatch>>>,
    pub(super) i18n: Rc<I18n>,
}

/// After unlocking: read the cases, add the demo family when asked for, ask to persist.
fn opened(p: &Parts, v: Vault) {
    let (session, cases, saver) = (p.session.dispatcher(), p.cases.clone(), p.saver.clone());
    spawn_local(async move {
        let mut found = Vec::new();
        let mut list = match v.load_all().await {
            Ok((list, broken)) => {
                if broken > 0 {
                    found.push(Notice { key: "notice-records-unreadable", detail: broken.to_string() });
                }
                list
            }
            Err(e) => {
                found.push(storage_notice(&e));
                Vec::new()
            }
        };
        if browser::has_query_flag("demo") && !list.iter().any(|c| c.id == DEMO_ID) {
            match load_demo().await {
                Ok(demo) => match v.save(&demo).await {
                    Ok(()) => list.push(demo),
                    Err(e) => found.push(storage_notice(&e)),
                },
                Err(e) => found.push(Notice { key: "notice-demo-failed", detail: e }),
            }
        }
        cases.set(list);
        let v = Rc::new(v);
        saver.open(v.clone());
        gate_out::set_open(true);
        session.dispatch(SessionMsg::Opened(v, found));
        session.dispatch(SessionMsg::Persisted(persist().await));
    });
}

/// Opens the vault `tried` gives, or says on the lock screen why not (the app's code could not
/// load, or the passphrase was refused).
async fn try_open(p: &Parts, tried: impl std::future::Future<Output = Result<Vault, vault::UnlockError>>) {
    let session = p.session.dispatcher();
    if !rest_or_lock_message(&session, &p.i18n).await {
        return;
    }
    match tried.await {
        Ok(v) => opened(p, v),
        Err(e) => {
            // The count of wrong tries changed in storage: read it back.
            let meta = match &p.session.phase {
                Session::Locked(store, _) => match vault::gate(store).await {
                    Ok(Gate::Locked(meta)) => Some(meta),
                    _ => None,
                },
                _ => None,
            };
            session.dispatch(SessionMsg::Refused(unlock_message(&p.i18n, &e), meta));
        }
    }
}

/// Nothing leaves the app, and every case, dialog and question goes from the page. What waits to
/// be written is written first on a lock (`write`: the saver keeps the vault until then), dropped
/// on a wipe.
fn shut(p: &Parts, write: bool, then: SessionMsg) {
    gate_out::set_open(false);
    if write {
        p.saver.lock();
    } else {
        p.saver.discard();
    }
    p.idle.borrow_mut().take();
    p.case.dispatch(CaseMsg::Close);
    p.cases.clear();
    p.session.dispatch(then);
}

pub(super) fn lock(p: Parts) -> Lock {
    let on_setup = {
        let p = p.clone();
        Callback::from(move |pass: String| {
            let Session::Setup(store) = p.session.phase.clone() else { return };
            p.session.dispatch(SessionMsg::Busy);
            let p = p.clone();
            spawn_local(async move { try_open(&p, vault::setup(store, &pass)).await });
        })
    };
    let on_unlock = {
        let p = p.clone();
        Callback::from(move |pass: String| {
            let Session::Locked(store, meta) = p.session.phase.clone() else { return };
            p.session.dispatch(SessionMsg::Busy);
            let p = p.clone();
            spawn_local(async move { try_open(&p, vault::unlock(store, meta, &pass)).await });
        })
    };
    // Locking: nothing leaves the app until it is unlocked again.
    let on_lock = {
        let p = p.clone();
        Callback::from(move |_: ()| {
            if matches!(p.session.phase, Session::Open(_)) {
                shut(&p, true, SessionMsg::Lock);
            }
        })
    };
    let on_wipe = {
        let p = p.clone();
        Callback::from(move |_: ()| {
            let Some(store) = p.session.phase.store() else { return };
            shut(&p, false, SessionMsg::Wipe);
            let session = p.session.dispatcher();
            spawn_local(async move {
                let wiped = store.wipe().await;
                let next = match Store::open().await {
                    Ok(s) => Session::Setup(s),
                    Err(_) => Session::MemoryOnly,
                };
                let key = if wiped.is_ok() { "notice-wiped" } else { "notice-wipe-failed" };
                session.dispatch(SessionMsg::Started(next, vec![Notice { key, detail: String::new() }]));
            });
        })
    };
    let on_lock_minutes = {
        let p = p.clone();
        Callback::from(move |m: u32| {
            let Some(v) = p.session.phase.vault() else { return };
            let (session, saver) = (p.session.dispatcher(), p.saver.clone());
            spawn_local(async move {
                if let Ok(next) = v.set_lock_minutes(m).await {
                    let next = Rc::new(next);
                    saver.open(next.clone());
                    session.dispatch(SessionMsg::Vault(next));
                }
            });
        })
    };
    let on_change_passphrase = Callback::from(move |pass: String| {
        let Some(v) = p.session.phase.vault() else { return };
        p.saver.flush();
        p.session.dispatch(SessionMsg::DeviceMessage(p.i18n.t("unlock-busy")));
        let (session, saver, i18n) = (p.session.dispatcher(), p.saver.clone(), p.i18n.clone());
        spawn_local(async move {
            // Every write under the old key has landed before the records are sealed again.
            saver.settled().await;
            match v.change_passphrase(&pass).await {
                Ok(next) => {
                    let next = Rc::new(next);
                    saver.open(next.clone());
                    session.dispatch(SessionMsg::Vault(next));
                    session.dispatch(SessionMsg::DeviceMessage(i18n.t("passphrase-changed")));
                }
                Err(_) => session.dispatch(SessionMsg::DeviceMessage(i18n.t("passphrase-change-failed"))),
            }
        });
    });
    Lock { on_setup, on_unlock, on_lock, on_wipe, on_lock_minutes, on_change_passphrase }
}
