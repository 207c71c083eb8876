//! One participant answering apart on the shared tablet, and taking the tablet back.

use super::super::browser;
use super::super::state::HandOver;
use super::super::vault::{self, Gate};
use super::boot::unlock_message;
use super::session::{Session, SessionMsg, SessionState};
use crate::i18n::I18n;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Handing the tablet over. One callback for the life of the app: it is passed down to the
/// screens, which would otherwise all render again on every change of the case.
#[hook]
pub(super) fn use_on_hand_over(session: &UseReducerHandle<SessionState>) -> Callback<HandOver> {
    use_callback(session.dispatcher(), |h: HandOver, session| {
        session.dispatch(SessionMsg::HandOver(h));
        browser::focus_id_later("handover-heading");
    })
}

/// Taking the tablet back: the passphrase when the device has one (wrong tries count as at the
/// lock), else the confirmation alone.
pub(super) fn on_hand_back(session: &UseReducerHandle<SessionState>, i18n: &Rc<I18n>) -> Callback<Option<String>> {
    let (phase, session, i18n) = (session.phase.clone(), session.dispatcher(), i18n.clone());
    Callback::from(move |pass: Option<String>| {
        let give_back = {
            let session = session.clone();
            move || {
                session.dispatch(SessionMsg::HandedBack);
                browser::focus_id_later("handed-back");
            }
        };
        match (&phase, pass) {
            (Session::Open(v), Some(pass)) => {
                session.dispatch(SessionMsg::HandBackSays(None));
                let (v, session, i18n) = (v.clone(), session.clone(), i18n.clone());
                spawn_local(async move {
                    // The count of wrong tries as stored now, so each wrong try waits longer.
                    let meta = match vault::gate(&v.store()).await {
                        Ok(Gate::Locked(meta)) => meta,
                        _ => v.meta.clone(),
                    };
                    match vault::unlock(v.store(), meta, &pass).await {
                        Ok(_) => give_back(),
                        Err(e) => session.dispatch(SessionMsg::HandBackSays(Some(unlock_message(&i18n, &e)))),
                    }
                });
            }
            (Session::Open(_), None) => {}
            _ => give_back(),
        }
    })
}
