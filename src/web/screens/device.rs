//! This device: when the app locks itself, the passphrase, persistent storage, wiping everything.

use super::lock::new_passphrase_problem;
use crate::i18n::Arg;
use crate::web::state::use_env;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DeviceProps {
    pub lock_minutes: u32,
    /// Whether the browser promised to keep this site's data; `None` while asking.
    pub persisted: Option<bool>,
    pub on_lock_minutes: Callback<u32>,
    pub on_change_passphrase: Callback<String>,
    pub on_wipe: Callback<()>,
    pub message: Option<String>,
}

#[component]
pub fn DeviceSettings(props: &DeviceProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let pass = use_state(String::new);
    let again = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let confirm_wipe = use_state(|| false);
    let on_minutes = {
        let cb = props.on_lock_minutes.clone();
        Callback::from(move |e: Event| {
            if let Ok(m) = e.target_unchecked_into::<HtmlSelectElement>().value().parse() {
                cb.emit(m);
            }
        })
    };
    let onsubmit = {
        let (pass, again, problem, cb, env) =
            (pass.clone(), again.clone(), problem.clone(), props.on_change_passphrase.clone(), env.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let found = new_passphrase_problem(&env, &pass, &again);
            if found.is_none() {
                cb.emit((*pass).clone());
                pass.set(String::new());
                again.set(String::new());
            }
            problem.set(found);
        })
    };
    let input = |state: &UseStateHandle<String>| {
        let s = state.clone();
        Callback::from(move |e: InputEvent| s.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let persisted = match props.persisted {
        Some(true) => t("persist-yes"),
        Some(false) => t("persist-no"),
        None => t("loading"),
    };
    html! {
        <section class="card" aria-labelledby="device-heading">
            <h2 id="device-heading">{ t("device-heading") }</h2>
            <p class="hint">{ t("device-encrypted") }</p>
            <p role="status">{ persisted }</p>
            <label for="lock-minutes">{ t("lock-minutes-label") }</label>
            <select id="lock-minutes" onchange={on_minutes}>
                { for [1u32, 2, 5, 10, 15, 30].iter().map(|m| html! {
                    <option value={m.to_string()} selected={*m == props.lock_minutes}>{ env.i18n.t_args("minutes", &[("count", Arg::from(*m))]) }</option>
                }) }
            </select>
            <form class="add-form" {onsubmit} novalidate=true>
                <h3>{ t("passphrase-change-heading") }</h3>
                <label for="change-passphrase">{ t("passphrase-new-label") }</label>
                <input id="change-passphrase" type="password" autocomplete="new-password" value={(*pass).clone()} oninput={input(&pass)} />
                <label for="change-passphrase-again">{ t("passphrase-again-label") }</label>
                <input id="change-passphrase-again" type="password" autocomplete="new-password" value={(*again).clone()} oninput={input(&again)} />
                if let Some(p) = (*problem).clone() { <p class="field-error" role="alert">{ p }</p> }
                if let Some(m) = props.message.clone() { <p role="status">{ m }</p> }
                <button type="submit" class="secondary">{ t("passphrase-change") }</button>
            </form>
            <div class="add-form">
                if *confirm_wipe {
                    <div class="confirm" role="alertdialog" aria-labelledby="wipe-all-q">
                        <p id="wipe-all-q">{ t("wipe-question") }</p>
                        <button type="button" class="danger" onclick={ let cb = props.on_wipe.clone(); Callback::from(move |_| cb.emit(())) }>{ t("wipe-yes") }</button>
                        <button type="button" class="secondary" onclick={ let c = confirm_wipe.clone(); Callback::from(move |_| c.set(false)) }>{ t("delete-no") }</button>
                    </div>
                } else {
                    <button type="button" class="danger" onclick={ let c = confirm_wipe.clone(); Callback::from(move |_| c.set(true)) }>{ t("wipe-all") }</button>
                }
            </div>
        </section>
    }
}
