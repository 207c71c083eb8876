//! A family member's own phone: joining with an invitation, then answering as a guest.

use super::super::browser;
use super::boot::rest_or_say;
use super::session::{Session, SessionMsg, SessionState};
use crate::core::cofill::Ticket;
use crate::i18n::Lang;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// "Join" on a lock screen: the invitation is read with the rest of the app's code.
pub(super) fn on_join(session: &UseReducerHandle<SessionState>) -> Callback<MouseEvent> {
    let session = session.dispatcher();
    Callback::from(move |_| {
        let session = session.clone();
        spawn_local(async move {
            if rest_or_say(&session).await {
                session.dispatch(SessionMsg::Go(Session::Join));
            }
        });
    })
}

/// An invitation read: the guest's screen, in the language the invitation names.
pub(super) fn on_ticket(session: &UseReducerHandle<SessionState>, show: &Callback<Lang>) -> Callback<Ticket> {
    let (session, show) = (session.dispatcher(), show.clone());
    Callback::from(move |ticket: Ticket| {
        if let Some(l) = ticket.lang.as_deref().and_then(Lang::from_code) {
            show.emit(l);
        }
        session.dispatch(SessionMsg::Go(Session::Guest(Rc::new(ticket))));
        browser::focus_id_later("guest-heading");
    })
}
