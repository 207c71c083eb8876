//! The language shown: set only once its message table is there (Dutch is built in).

use super::super::browser;
use super::boot::{load_lang, Notice};
use super::session::{SessionMsg, SessionState};
use crate::i18n::Lang;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

pub(super) struct Language {
    pub(super) lang: Lang,
    /// Shows a language the organisation's configuration asks for (not saved as the user's choice).
    pub(super) show: Callback<Lang>,
    /// The user's choice: saved on the device, then shown.
    pub(super) choose: Callback<Lang>,
}

#[hook]
pub(super) fn use_language(session: UseReducerDispatcher<SessionState>, first: Lang) -> Language {
    let lang = use_state(|| first);
    {
        let lang = *lang;
        use_effect_with(lang, move |_| browser::set_document_lang(lang.code(), lang.rtl()));
    }
    let show = {
        let set = lang.setter();
        use_callback(session, move |l: Lang, session| {
            let (set, session) = (set.clone(), session.clone());
            spawn_local(async move {
                match load_lang(l).await {
                    Ok(()) => set.set(l),
                    Err(e) => {
                        session.dispatch(SessionMsg::Notices(vec![Notice { key: "notice-language-failed", detail: e }]))
                    }
                }
            });
        })
    };
    let choose = {
        let show = show.clone();
        Callback::from(move |l: Lang| {
            browser::save_lang(l.code());
            show.emit(l);
        })
    };
    Language { lang: *lang, show, choose }
}
