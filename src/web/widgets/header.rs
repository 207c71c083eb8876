//! The top bar: app name, where the work is saved, and the language switch.

use crate::i18n::Lang;
use crate::web::state::use_env;
use crate::web::storage::StorageError;
use crate::web::widgets::org::OrgBadge;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Where the open case's latest changes are.
#[derive(Clone, PartialEq)]
pub enum SaveStatus {
    Idle,
    Saving,
    Saved,
    MemoryOnly,
    Failed(StorageError),
}

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_lang: Callback<Lang>,
    pub save: SaveStatus,
    /// The open case has changes not yet handed to storage (autosave waits for a pause).
    #[prop_or_default]
    pub unsaved: bool,
    pub case_open: bool,
    /// Present while the app can be locked.
    pub on_lock: Option<Callback<()>>,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let env = use_env();
    let status = match (&props.save, props.case_open) {
        (_, false) | (SaveStatus::Idle, _) => None,
        (SaveStatus::Saving, _) => Some(("saving", env.t("save-saving"))),
        (SaveStatus::Saved, _) if props.unsaved => Some(("saving", env.t("save-saving"))),
        (SaveStatus::Saved, _) => Some(("saved", env.t("save-saved"))),
        (SaveStatus::MemoryOnly, _) => Some(("failed", env.t("save-memory-only"))),
        (SaveStatus::Failed(StorageError::Full), _) => Some(("failed", env.t("save-failed-full"))),
        (SaveStatus::Failed(_), _) => Some(("failed", env.t("save-failed"))),
    };
    // The save status changes with every answer; the name and the language switch are their own
    // components, so that change renders only the status and the lock button.
    html! {
        <header class="top">
            <Brand />
            <p class={classes!("save-status", status.as_ref().map(|s| s.0))} role="status" aria-live="polite">
                <span class="save-text">{ status.map(|s| s.1).unwrap_or_default() }</span>
            </p>
            if let Some(cb) = props.on_lock.clone() {
                <button type="button" class="lock-button" onclick={Callback::from(move |_| cb.emit(()))}>{ env.t("lock-now") }</button>
            }
            <LangPicker lang={props.lang} on_lang={props.on_lang.clone()} />
        </header>
    }
}

/// The skip link, the app's name and the organisation's badge.
#[component]
fn Brand() -> Html {
    let env = use_env();
    html! {
        <>
            <a class="skip" href="#main">{ env.t("skip-to-content") }</a>
            <h1 class="brand">
                <svg class="logo" viewBox="0 0 40 40" aria-hidden="true" focusable="false">
                    <path d="M20 4 L37 34 H3 Z" fill="none" stroke="currentColor" stroke-width="4" stroke-linejoin="round"/>
                    <circle cx="20" cy="24" r="5" fill="currentColor"/>
                </svg>
                { "Samenplan" }
            </h1>
            <OrgBadge />
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LangProps {
    lang: Lang,
    on_lang: Callback<Lang>,
}

/// The interface's language.
#[component]
fn LangPicker(props: &LangProps) -> Html {
    let env = use_env();
    let onchange = {
        let on_lang = props.on_lang.clone();
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(l) = Lang::from_code(&code) {
                on_lang.emit(l);
            }
        })
    };
    html! {
        <label class="lang">
            <span>{ env.t("language-label") }</span>
            <select {onchange}>
                { for Lang::ALL.iter().filter(|l| env.org.offers(**l)).map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={*l == props.lang}>{ l.native_name() }</option>
                }) }
            </select>
        </label>
    }
}
