//! The start screen: the families on this device; open, start or delete one.

use crate::core::case::{Case, CaseSummary, WayOfWorking};
use crate::i18n::Arg;
use crate::web::state::use_env;
use crate::web::widgets::import::ImportCase;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub cases: Rc<Vec<CaseSummary>>,
    pub on_open: Callback<String>,
    /// A new family: its alias, and the way of working when the start screen chose one (the new
    /// parents' own way); `None` takes the organisation's default.
    pub on_create: Callback<(String, Option<WayOfWorking>)>,
    pub on_delete: Callback<String>,
    /// A family file that was read and checked; the app asks before it replaces anything.
    pub on_import: Callback<Case>,
}

#[component]
pub fn StartScreen(props: &StartProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let alias = use_state(String::new);
    let empty_error = use_state(|| false);
    let confirm = use_state(|| None::<String>);

    let oninput = {
        let alias = alias.clone();
        Callback::from(move |e: InputEvent| alias.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let create = {
        let (alias, on_create, empty_error) = (alias.clone(), props.on_create.clone(), empty_error.clone());
        Rc::new(move |way: Option<WayOfWorking>| {
            let name = alias.trim().to_string();
            if name.is_empty() {
                empty_error.set(true);
                return;
            }
            empty_error.set(false);
            alias.set(String::new());
            on_create.emit((name, way));
        })
    };
    let onsubmit = {
        let create = create.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            create(None);
        })
    };
    let new_parents = Callback::from(move |_: MouseEvent| create(Some(WayOfWorking::NewParents)));

    let rows = props.cases.iter().map(|c| {
        let open = { let cb = props.on_open.clone(); let id = c.id.clone(); Callback::from(move |_| cb.emit(id.clone())) };
        let ask = { let confirm = confirm.clone(); let id = c.id.clone(); Callback::from(move |_| confirm.set(Some(id.clone()))) };
        let details = env.i18n.t_args(
            "case-details",
            &[
                ("children", Arg::from(c.children)),
                ("participants", Arg::from(c.participants)),
                ("date", Arg::from(c.last_visit.map(|d| env.i18n.date(d)).unwrap_or_default())),
            ],
        );
        let confirming = confirm.as_deref() == Some(c.id.as_str());
        let dialog = confirming.then(|| {
            let yes = { let cb = props.on_delete.clone(); let id = c.id.clone(); let confirm = confirm.clone(); Callback::from(move |_| { confirm.set(None); cb.emit(id.clone()) }) };
            let no = { let confirm = confirm.clone(); Callback::from(move |_| confirm.set(None)) };
            let q_id = format!("confirm-{}", c.id);
            html! {
                <div class="confirm" role="alertdialog" aria-labelledby={q_id.clone()}>
                    <p id={q_id}>{ env.i18n.t_args("delete-question", &[("name", Arg::from(c.family_alias.as_str()))]) }</p>
                    <button type="button" class="danger" onclick={yes}>{ t("delete-yes") }</button>
                    <button type="button" class="secondary" onclick={no}>{ t("delete-no") }</button>
                </div>
            }
        });
        html! {
            <li class="case-row">
                <button type="button" class="case-open" onclick={open}>
                    <span class="case-name">{ &c.family_alias }</span>
                    <span class="case-meta">{ details }</span>
                </button>
                <button type="button" class="secondary" onclick={ask}
                    aria-label={env.i18n.t_args("delete-case-label", &[("name", Arg::from(c.family_alias.as_str()))])}>
                    { t("delete") }
                </button>
                { for dialog }
            </li>
        }
    });

    html! {
        <div class="start">
            <section aria-labelledby="cases-heading" class="card">
                <h2 id="cases-heading">{ t("cases-heading") }</h2>
                if props.cases.is_empty() {
                    <p>{ t("cases-empty") }</p>
                } else {
                    <p class="hint">{ env.i18n.t_args("case-count", &[("count", Arg::from(props.cases.len()))]) }</p>
                    <ul class="case-list">{ for rows }</ul>
                }
            </section>
            <section aria-labelledby="new-heading" class="card">
                <h2 id="new-heading">{ t("new-heading") }</h2>
                <form {onsubmit} novalidate=true>
                    <label for="new-alias">{ t("new-alias-label") }</label>
                    <p class="hint" id="new-alias-hint">{ t("new-alias-hint") }</p>
                    <input id="new-alias" type="text" autocomplete="off" maxlength="80" value={(*alias).clone()} {oninput}
                        aria-describedby="new-alias-hint" aria-invalid={if *empty_error { "true" } else { "false" }} />
                    if *empty_error { <p class="field-error" role="alert">{ t("error-empty-name") }</p> }
                    <div class="button-row">
                        <button type="submit" class="primary">{ t("new-create") }</button>
                        <button type="button" class="secondary" onclick={new_parents} aria-describedby="new-parents-hint">{ t("new-create-parents") }</button>
                    </div>
                    <p class="hint" id="new-parents-hint">{ t("new-parents-hint") }</p>
                </form>
                <ImportCase on_import={props.on_import.clone()} />
            </section>
        </div>
    }
}
