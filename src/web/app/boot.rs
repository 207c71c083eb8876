//! What the root does before and around the first screen: reading the instruments, a language's
//! messages, the demo family and an invitation in the address, and the notices it may have to give.

use super::super::browser::{self, fetch_text};
use super::super::storage::StorageError;
use super::super::vault::UnlockError;
use crate::core::case::{Case, CaseSummary};
use crate::core::cofill::LINK_MARK;
use crate::core::import::parse_case;
use crate::core::instrument::Instrument;
use crate::i18n::{Arg, I18n, Lang};
use std::rc::Rc;
use yew::prelude::*;

/// An invitation in the address (`#invite=…`), taken out of it at once so it stays in no history.
pub(super) fn ticket_in_address() -> Option<String> {
    let window = web_sys::window()?;
    let hash = window.location().hash().ok()?;
    if !hash.starts_with(LINK_MARK) {
        return None;
    }
    if let Ok(history) = window.history() {
        let path = window.location().pathname().unwrap_or_default();
        let search = window.location().search().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
    Some(hash)
}

/// Starts the app afresh: whatever a phone held in memory is gone, and a tablet is locked.
pub(super) fn restart() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// A problem to tell the user about, as a message key and a detail.
#[derive(Clone, PartialEq)]
pub(super) struct Notice {
    pub(super) key: &'static str,
    pub(super) detail: String,
}

pub(super) fn summaries(cases: &[Case]) -> Vec<CaseSummary> {
    let mut v: Vec<CaseSummary> = cases.iter().map(Case::summary).collect();
    v.sort_by(|a, b| b.updated_ms.total_cmp(&a.updated_ms));
    v
}

/// Loads the bundled instruments listed in `instruments/index.json`; bad files are reported by name.
pub(super) async fn load_instruments() -> (Vec<Instrument>, Vec<Notice>) {
    let mut out = Vec::new();
    let mut notices = Vec::new();
    let index = match fetch_text("instruments/index.json").await {
        Ok(t) => t,
        Err(e) => return (out, vec![Notice { key: "notice-instruments-missing", detail: e }]),
    };
    let names: Vec<String> = serde_json::from_str::<serde_json::Value>(&index)
        .ok()
        .and_then(|v| serde_json::from_value(v).ok())
        .unwrap_or_default();
    for name in names {
        let loaded = fetch_text(&format!("instruments/{name}"))
            .await
            .and_then(|text| Instrument::from_json(&text).map_err(|e| e.to_string()));
        match loaded {
            Ok(i) => out.push(i),
            Err(e) => notices.push(Notice { key: "notice-instrument-invalid", detail: format!("{name}: {e}") }),
        }
    }
    (out, notices)
}

pub(super) fn initial_lang() -> Lang {
    browser::saved_lang().and_then(|c| Lang::from_code(&c)).unwrap_or(Lang::Nl)
}

/// Fetches a language's message table (a static file of the app) unless it is already there.
pub(super) async fn load_lang(l: Lang) -> Result<(), String> {
    if I18n::is_loaded(l) {
        return Ok(());
    }
    let text = fetch_text(&format!("i18n/{}.json", l.code())).await?;
    let table = crate::i18n::Table::from_json(&text).ok_or("not a message table")?;
    I18n::register(l, Rc::new(table));
    Ok(())
}

pub(super) const DEMO_ID: &str = "demo-familie-zon";

pub(super) async fn load_demo() -> Result<Case, String> {
    let text = fetch_text("demo-case.json").await?;
    parse_case(&text).map_err(|e| e.to_string())
}

pub(super) fn storage_notice(e: &StorageError) -> Notice {
    match e {
        StorageError::Full => Notice { key: "notice-storage-full", detail: String::new() },
        StorageError::Unavailable => Notice { key: "notice-storage-unavailable", detail: String::new() },
        StorageError::Failed(d) => Notice { key: "notice-storage-failed", detail: d.clone() },
    }
}

/// The outcome of a try, in words. A passphrase tried too soon was not tried, so it is not
/// called wrong: only the wait is said.
pub(super) fn unlock_message(i18n: &I18n, e: &UnlockError) -> String {
    match e {
        UnlockError::Wrong { wait_secs: 0 } => i18n.t("unlock-wrong"),
        UnlockError::Wrong { .. } => i18n.t("unlock-wrong-wait"),
        UnlockError::TooSoon { wait_secs } => i18n.t_args("unlock-not-tried", &[("seconds", Arg::from(*wait_secs))]),
        UnlockError::Storage(_) | UnlockError::Crypto(_) => i18n.t("unlock-failed"),
    }
}

/// Waits for the rest of the app's code; says so when it could not be loaded.
pub(super) async fn rest_or_say(notices: &UseStateHandle<Vec<Notice>>) -> bool {
    let ok = browser::rest_of_app().await.is_ok();
    if !ok {
        notices.set(vec![Notice { key: "app-incomplete", detail: String::new() }]);
    }
    ok
}

/// The same on a lock screen: the message goes where its other messages go, and the button is free.
pub(super) async fn rest_or_lock_message(
    busy: &UseStateHandle<bool>,
    lock_message: &UseStateHandle<Option<String>>,
    i18n: &I18n,
) -> bool {
    let ok = browser::rest_of_app().await.is_ok();
    if !ok {
        busy.set(false);
        lock_message.set(Some(i18n.t("app-incomplete")));
    }
    ok
}
