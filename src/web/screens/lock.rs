//! The locked app: setting the first passphrase, and unlocking. Nothing of any case is shown.

use crate::core::envelope::seconds_until;
use crate::i18n::Arg;
use crate::web::browser::now_ms;
use crate::web::state::use_env;
use crate::web::vault::MIN_PASSPHRASE;
use gloo_timers::callback::Interval;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// Why a new passphrase (typed twice) is not accepted, in words; `None` when it is.
pub fn new_passphrase_problem(env: &crate::web::state::Env, pass: &str, again: &str) -> Option<String> {
    if pass.chars().count() < MIN_PASSPHRASE {
        Some(env.i18n.t_args("passphrase-too-short", &[("min", Arg::from(MIN_PASSPHRASE))]))
    } else if pass != again {
        Some(env.t("passphrase-mismatch"))
    } else {
        None
    }
}

#[derive(Properties, PartialEq)]
pub struct SetupProps {
    pub on_setup: Callback<String>,
    pub busy: bool,
}

/// The first start on a device: the professional chooses the passphrase that protects all cases.
#[component]
pub fn SetupScreen(props: &SetupProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let pass = use_state(String::new);
    let again = use_state(String::new);
    let problem = use_state(|| None::<String>);
    let onsubmit = {
        let (pass, again, problem, cb, env) =
            (pass.clone(), again.clone(), problem.clone(), props.on_setup.clone(), env.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let found = new_passphrase_problem(&env, &pass, &again);
            if found.is_none() {
                cb.emit((*pass).clone());
            }
            problem.set(found);
        })
    };
    html! {
        <section class="card lock" aria-labelledby="setup-heading">
            <h2 id="setup-heading">{ t("setup-heading") }</h2>
            <p>{ t("setup-help") }</p>
            <form {onsubmit} novalidate=true>
                <label for="new-passphrase">{ t("passphrase-new-label") }</label>
                <input id="new-passphrase" type="password" autocomplete="new-password" value={(*pass).clone()}
                    oninput={ let p = pass.clone(); Callback::from(move |e| p.set(value(&e))) } />
                <label for="new-passphrase-again">{ t("passphrase-again-label") }</label>
                <input id="new-passphrase-again" type="password" autocomplete="new-password" value={(*again).clone()}
                    oninput={ let p = again.clone(); Callback::from(move |e| p.set(value(&e))) } />
                if let Some(p) = (*problem).clone() { <p class="field-error" role="alert">{ p }</p> }
                <button type="submit" class="primary" disabled={props.busy}>{ t("setup-submit") }</button>
                if props.busy { <p role="status">{ t("unlock-busy") }</p> }
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct UnlockProps {
    pub on_unlock: Callback<String>,
    pub on_wipe: Callback<()>,
    pub busy: bool,
    /// The last try's outcome, already in words.
    pub message: Option<String>,
    /// When the next try is allowed (ms since 1970) after wrong ones; any moment past means now.
    #[prop_or_default]
    pub retry_at_ms: f64,
}

/// The lock screen: one field, and a way out for a forgotten passphrase (wiping the device).
/// After wrong tries it counts down the wait, live; a passphrase given during the wait is not
/// tried (and so not called wrong): it stays in the field for when the wait is over.
#[component]
pub fn UnlockScreen(props: &UnlockProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let pass = use_state(String::new);
    let confirm_wipe = use_state(|| false);
    // Given during the wait: said until the wait is over.
    let early = use_state(|| false);
    let left = seconds_until(props.retry_at_ms, now_ms());
    let redraw = use_force_update();
    {
        // Four ticks a second while waiting, so the count is never most of a second behind.
        let waiting = left > 0;
        use_effect_with((props.retry_at_ms, waiting), move |(_, waiting)| {
            let tick = waiting.then(|| Interval::new(250, move || redraw.force_update()));
            move || drop(tick)
        });
    }
    let onsubmit = {
        let (pass, cb, early, retry_at) = (pass.clone(), props.on_unlock.clone(), early.clone(), props.retry_at_ms);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if seconds_until(retry_at, now_ms()) > 0 {
                early.set(true);
                return;
            }
            early.set(false);
            cb.emit((*pass).clone());
            pass.set(String::new());
        })
    };
    let message = if left > 0 && *early { Some(t("unlock-not-tried")) } else { props.message.clone() };
    let countdown = (left > 0).then(|| env.i18n.t_args("unlock-countdown", &[("seconds", Arg::from(left))]));
    html! {
        <section class="card lock" aria-labelledby="unlock-heading">
            <h2 id="unlock-heading">{ t("unlock-heading") }</h2>
            <p>{ t("unlock-help") }</p>
            <form {onsubmit} novalidate=true>
                <label for="passphrase">{ t("passphrase-label") }</label>
                <input id="passphrase" type="password" autocomplete="current-password" value={(*pass).clone()}
                    oninput={ let p = pass.clone(); Callback::from(move |e| p.set(value(&e))) } />
                if let Some(m) = message { <p class="field-error" role="alert">{ m }</p> }
                // A timer region is not read out at every tick; the alert above says there is a wait.
                if let Some(c) = countdown { <p class="countdown" role="timer" aria-atomic="true">{ c }</p> }
                <button type="submit" class="primary" disabled={props.busy}>{ t("unlock-submit") }</button>
                if props.busy { <p role="status">{ t("unlock-busy") }</p> }
            </form>
            <details class="forgot">
                <summary>{ t("forgot-summary") }</summary>
                <p>{ t("forgot-help") }</p>
                if *confirm_wipe {
                    <div class="confirm" role="alertdialog" aria-labelledby="wipe-q">
                        <p id="wipe-q">{ t("wipe-question") }</p>
                        <button type="button" class="danger" onclick={ let cb = props.on_wipe.clone(); Callback::from(move |_| cb.emit(())) }>{ t("wipe-yes") }</button>
                        <button type="button" class="secondary" onclick={ let c = confirm_wipe.clone(); Callback::from(move |_| c.set(false)) }>{ t("delete-no") }</button>
                    </div>
                } else {
                    <button type="button" class="danger" onclick={ let c = confirm_wipe.clone(); Callback::from(move |_| c.set(true)) }>{ t("wipe-all") }</button>
                }
            </details>
        </section>
    }
}
