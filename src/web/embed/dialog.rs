//! What the embedding shows: the share dialog, and the notices about a new version and the
//! configuration.

use super::super::browser;
use super::super::state::use_env;
use super::{root_element, use_embed, Dialog, EmbedEvent};
use crate::i18n::Arg;
use wasm_bindgen::{closure::Closure, JsCast};
use yew::prelude::*;

/// Asks the professional before case data goes to the host page, and says what was sent.
#[component]
pub fn ShareDialog() -> Html {
    let env = use_env();
    let embed = use_embed();
    {
        // Gone with the lock: a question left open is not asked again after unlocking.
        let show = embed.show.clone();
        use_effect_with((), move |_| move || show.emit(None));
    }
    let host = embed.host();
    let org = host.as_ref().map(|h| h.name.clone()).or_else(|| env.org.name().map(str::to_string)).unwrap_or_default();
    let origin = host.map(|h| h.origin).unwrap_or_default();
    let args = [("org", Arg::from(org.as_str())), ("origin", Arg::from(origin.as_str()))];
    let ask = match embed.dialog.clone() {
        Some(Dialog::Ask { event, data }) => {
            let question = match event {
                EmbedEvent::PlanConfirmed => env.i18n.t_args("share-question-plan", &args),
                EmbedEvent::CaseExported => env.i18n.t_args("share-question-export", &args),
            };
            let send = {
                let embed = embed.clone();
                Callback::from(move |_| {
                    embed.notify(event, Some(&data));
                    embed.show.emit(Some(Dialog::Told { event, with_data: true }));
                    browser::focus_id_later("share-close");
                })
            };
            let keep = {
                let embed = embed.clone();
                Callback::from(move |_| {
                    embed.notify(event, None);
                    embed.show.emit(Some(Dialog::Told { event, with_data: false }));
                    browser::focus_id_later("share-close");
                })
            };
            html! {
                <section class="confirm share-dialog" role="alertdialog" aria-labelledby="share-question" aria-describedby="share-hint">
                    <p id="share-question" tabindex="-1">{ question }</p>
                    <p id="share-hint" class="hint">{ env.i18n.t_args("share-hint", &args) }</p>
                    <button type="button" class="primary" onclick={send}>{ env.i18n.t_args("share-send", &args) }</button>
                    <button type="button" class="secondary" onclick={keep}>{ env.t("share-keep") }</button>
                </section>
            }
        }
        _ => Html::default(),
    };
    let told = match embed.dialog.clone() {
        Some(Dialog::Told { event, with_data }) => Some(match (event, with_data) {
            (EmbedEvent::PlanConfirmed, true) => env.i18n.t_args("share-sent-plan", &args),
            (EmbedEvent::PlanConfirmed, false) => env.i18n.t_args("share-told-plan", &args),
            (EmbedEvent::CaseExported, true) => env.i18n.t_args("share-sent-export", &args),
            (EmbedEvent::CaseExported, false) => env.i18n.t_args("share-told-export", &args),
        }),
        _ => None,
    };
    let close = Callback::from(move |_| embed.show.emit(None));
    // The status region is always there, so what was sent is announced when it appears.
    html! {
        <div class="share-area">
            { ask }
            <div class={classes!("share-told", if told.is_some() { "notice" } else { "visually-hidden" })}>
                <p role="status">{ told.clone().unwrap_or_default() }</p>
                if told.is_some() {
                    <button type="button" id="share-close" class="secondary small" onclick={close}>{ env.t("share-close") }</button>
                }
            </div>
        </div>
    }
}

const UPDATE_ATTR: &str = "data-samenplan-update";
const UPDATE_EVENT: &str = "samenplan-update";

/// Whether `app.js` found a new version waiting (it marks the root and fires an event).
#[hook]
fn use_update_ready() -> bool {
    let ready = use_state(|| root_element().and_then(|r| r.get_attribute(UPDATE_ATTR)).as_deref() == Some("ready"));
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| ready.set(true));
            let w = web_sys::window();
            if let Some(w) = &w {
                let _ = w.add_event_listener_with_callback(UPDATE_EVENT, closure.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = w {
                    let _ = w.remove_event_listener_with_callback(UPDATE_EVENT, closure.as_ref().unchecked_ref());
                }
            }
        });
    }
    *ready
}

/// A new version waiting for the next start, and a `config.json` that could not be used.
#[component]
pub fn EmbedNotices() -> Html {
    let env = use_env();
    let update = use_update_ready();
    html! {
        <>
            if update {
                <p class="notice update-ready" role="status">{ env.t("update-ready") }</p>
            }
            if let Some(problem) = env.org.problem.as_deref() {
                <div class="notice" role="alert">
                    <p>{ env.t("config-invalid") }</p>
                    { super::super::widgets::tech_detail(&env.i18n, problem) }
                </div>
            }
        </>
    }
}
