//! What the root does before and around the first screen: reading the instruments, a language's
//! messages, the demo family and an invitation in the address, and the notices it may have to give;
//! [`decide`] chooses where the app starts, before its first render.

use super::super::browser::{self, fetch_text};
use super::super::screens::guest::accept_ticket;
use super::super::storage::{StorageError, Store};
use super::super::vault::{self, Gate, UnlockError};
use super::session::{Session, SessionMsg, SessionState};
use crate::core::case::{Case, CaseSummary};
use crate::core::cofill::LINK_MARK;
use crate::core::import::parse_case;
use crate::core::instrument::{lay_over, Instrument};
use crate::i18n::{Arg, I18n, Lang};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
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

/// Loads the instruments listed in `instruments/index.json` with the texts of `langs` laid over
/// their Dutch and English ones (`instruments/LANG/NAME`, from the build); bad files are reported
/// by name. A language file that is missing or broken leaves its texts in Dutch: a file dropped
/// into `instruments/` by hand can carry all its languages itself.
pub(super) async fn load_instruments(langs: &[Lang]) -> (Vec<Instrument>, Vec<Notice>) {
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
        let mut loaded = fetch_text(&format!("instruments/{name}"))
            .await
            .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).map_err(|e| e.to_string()));
        if let Ok(def) = loaded.as_mut() {
            for l in langs {
                if let Ok(texts) = fetch_text(&format!("instruments/{}/{name}", l.code())).await {
                    if let Ok(texts) = serde_json::from_str(&texts) {
                        lay_over(def, &texts);
                    }
                }
            }
        }
        match loaded.and_then(|def| Instrument::from_value(def).map_err(|e| e.to_string())) {
            Ok(i) => out.push(i),
            Err(e) => notices.push(Notice { key: "notice-instrument-invalid", detail: format!("{name}: {e}") }),
        }
    }
    (out, notices)
}

/// The languages whose instrument texts the app needs beyond Dutch and English: the one shown
/// and the family's own.
pub(super) fn text_langs(shown: Lang, family: Option<Lang>) -> Vec<Lang> {
    let mut v: Vec<Lang> =
        [Some(shown), family].into_iter().flatten().filter(|l| !matches!(l, Lang::Nl | Lang::En)).collect();
    v.sort_by_key(|l| l.code());
    v.dedup();
    v
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

/// Waits for the rest of the app's code; the notice to give when it could not be loaded.
async fn rest_missing() -> Option<Notice> {
    browser::rest_of_app().await.err().map(|_| Notice { key: "app-incomplete", detail: String::new() })
}

/// Waits for the rest of the app's code; says so when it could not be loaded.
pub(super) async fn rest_or_say(session: &UseReducerDispatcher<SessionState>) -> bool {
    match rest_missing().await {
        Some(notice) => {
            session.dispatch(SessionMsg::Notices(vec![notice]));
            false
        }
        None => true,
    }
}

/// The same on a lock screen: the message goes where its other messages go, and the button is free.
pub(super) async fn rest_or_lock_message(session: &UseReducerDispatcher<SessionState>, i18n: &I18n) -> bool {
    let ok = browser::rest_of_app().await.is_ok();
    if !ok {
        session.dispatch(SessionMsg::LockSays(i18n.t("app-incomplete")));
    }
    ok
}

/// The instruments once read, and what was wrong with their files: kept apart from the session's
/// notices, which later events replace, so a broken instrument file stays said.
#[derive(Clone, PartialEq, Default)]
pub(super) struct Loaded {
    pub(super) instruments: Rc<Vec<Instrument>>,
    pub(super) notices: Rc<Vec<Notice>>,
    /// The languages laid over the instruments ([`text_langs`]); `None` until they are first read.
    pub(super) langs: Option<Rc<Vec<Lang>>>,
}

/// Where the app starts: the first screen's session, what to tell on it, and its language.
pub struct Start {
    pub(super) session: Session,
    pub(super) notices: Vec<Notice>,
    pub(super) lang: Lang,
}

/// Decides where the app starts, before its first render: the chosen language, an invitation in
/// the address, else storage and the lock. early.js opened storage while the WebAssembly loaded,
/// so this is mostly one read, and the first render is the first screen itself: no "loading"
/// screen is built, laid out and painted in between (the page's own stands until then).
pub async fn decide() -> Start {
    let wanted = initial_lang();
    // Dutch is built in; another language is shown only once its messages are there.
    let mut lang = if wanted != Lang::Nl && load_lang(wanted).await.is_ok() { wanted } else { Lang::Nl };
    // Opened from an invitation's QR code or link: a guest, and storage is never opened.
    if let Some(text) = ticket_in_address() {
        let rest = rest_missing().await;
        return match accept_ticket(&text) {
            Ok(ticket) => {
                if let Some(l) = ticket.lang.as_deref().and_then(Lang::from_code) {
                    if load_lang(l).await.is_ok() {
                        lang = l;
                    }
                }
                Start { session: Session::Guest(Rc::new(ticket)), notices: rest.into_iter().collect(), lang }
            }
            // The invitation's fault is what the join screen says; joining again checks the rest.
            Err(e) => {
                let detail = crate::web::widgets::cofill_error_text(&I18n::for_lang(wanted), &e);
                Start { session: Session::Join, notices: vec![Notice { key: "notice-invitation", detail }], lang }
            }
        };
    }
    let mut notices = Vec::new();
    let session = match Store::open().await {
        Ok(store) => match vault::gate(&store).await {
            Ok(Gate::Setup) => Session::Setup(store),
            Ok(Gate::Locked(meta)) => Session::Locked(store, meta),
            Err(e) => {
                notices.push(storage_notice(&e));
                Session::MemoryOnly
            }
        },
        Err(_) => {
            notices.push(Notice { key: "notice-storage-unavailable", detail: String::new() });
            Session::MemoryOnly
        }
    };
    // The lock screens are in the first part of the app's code; anything else needs the rest.
    if matches!(session, Session::MemoryOnly) {
        notices.extend(rest_missing().await);
    }
    Start { session, notices, lang }
}

/// The instruments, read once the first screen is there: the lock screens do not need them, and
/// unlocking takes longer than they do.
#[hook]
pub(super) fn use_boot(wanted: Rc<std::cell::RefCell<Vec<Lang>>>) -> UseStateHandle<Loaded> {
    let loaded = use_state(Loaded::default);
    {
        let loaded = loaded.setter();
        use_effect_with((), move |_| {
            // After the rest of the app's code: reading instruments is not the lock screens' work,
            // so its code stays out of the first part (a case opens only after the rest anyway).
            spawn_local(async move {
                if browser::rest_of_app_later().await.is_err() {
                    return;
                }
                // Whatever is wanted by now; a change after this is [`use_instrument_langs`]'s.
                let langs = wanted.borrow().clone();
                let (list, found) = load_instruments(&langs).await;
                loaded.set(Loaded { instruments: Rc::new(list), notices: Rc::new(found), langs: Some(Rc::new(langs)) });
            });
        });
    }
    loaded
}

/// Reads the instruments again when another language's texts are wanted (the language shown
/// changed, or a case in the family's own language opened). A read overtaken by a newer wish is
/// dropped: the newer one is under way.
#[hook]
pub(super) fn use_instrument_langs(loaded: UseStateHandle<Loaded>, wanted: Rc<std::cell::RefCell<Vec<Lang>>>) {
    let now = wanted.borrow().clone();
    let have = loaded.langs.clone();
    use_effect_with((now, have), move |(now, have)| {
        if have.as_deref().is_some_and(|h| h != now) {
            let (now, setter) = (now.clone(), loaded.setter());
            let notices = loaded.notices.clone();
            spawn_local(async move {
                let (list, found) = load_instruments(&now).await;
                if *wanted.borrow() == now {
                    let notices = if found.is_empty() { notices } else { Rc::new(found) };
                    setter.set(Loaded { instruments: Rc::new(list), notices, langs: Some(Rc::new(now)) });
                }
            });
        }
    });
}
