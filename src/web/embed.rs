//! The organisation's configuration and embedding in another site.
//!
//! - [`use_org`] reads the deployment's `config.json` (the app's own file) at start, then listens
//!   for `{type: "samenplan:config", config}` messages. A message counts only when it comes from
//!   the window that embeds the app and from an origin on the deployment's `allowedOrigins`; its
//!   settings are checked and merged by `core::config` (a host changes only what the deployment
//!   allows). It applies the language and the colours (`--brand`, `--accent` on the root).
//! - [`offer`] hands an event (`plan-confirmed`, `case-exported`) to the host that configured the
//!   app, as `{type: "samenplan:event", event, data?}` with that host's origin as target (never
//!   `*`). [`use_share_on_confirm`] offers `plan-confirmed`; the export calls `offer` itself. With
//!   `shareEvents: "data"` the case file goes along only after the professional agrees in
//!   [`ShareDialog`]. Nothing is sent when no allowed host configured the app: the app never
//!   contacts a host by itself.
//! - While the app is locked nothing is offered or sent (`web::session`), and the app shows
//!   [`ShareDialog`] only while unlocked, so a lock takes an open question off the page.
//! - [`EmbedNotices`] says when a new version is ready (`app.js` marks the root) or when
//!   `config.json` could not be used.

use super::browser::{self, describe, fetch_text};
use super::state::use_env;
use crate::core::case::{Case, WayOfWorking};
use crate::core::config::{merge, Config, HostConfig, ShareEvents};
use crate::core::plan::everyone_confirmed;
use crate::i18n::{Arg, Lang};
use js_sys::{Array, Function, Object, Reflect, JSON};
use serde_json::json;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::{HtmlElement, MessageEvent, Window};
use yew::prelude::*;

/// The configuration in force: the deployment's, or the deployment's merged with a host's.
#[derive(Clone, PartialEq, Default)]
pub struct Org {
    pub config: Config,
    /// Why `config.json` was not used (the app then runs with its own settings).
    pub problem: Option<String>,
    /// The origin of the host page that configured the app, if one did.
    pub host: Option<String>,
    /// The language to switch to now that this configuration arrived.
    start_lang: Option<Lang>,
    /// Grows with every configuration taken, so the start language is applied once per message.
    generation: u32,
}

impl Org {
    /// The organisation's name, when configured.
    pub fn name(&self) -> Option<&str> {
        self.config.settings.organisation.as_ref().map(|o| o.name.as_str())
    }
    pub fn logo(&self) -> Option<&str> {
        self.config.settings.organisation.as_ref().and_then(|o| o.logo.as_deref())
    }
    /// Whether the language switch offers this language.
    pub fn offers(&self, lang: Lang) -> bool {
        self.config.offers(lang)
    }
    /// Whether new answers may use this instrument (answers made before stay readable).
    pub fn instrument_enabled(&self, id: &str) -> bool {
        self.config.instrument_enabled(id)
    }
    /// The way of working a new case starts with, when the organisation chose one.
    pub fn way_of_working(&self) -> Option<WayOfWorking> {
        self.config.settings.way_of_working
    }
    /// The organisation's next steps after safety worries, when it wrote its own.
    pub fn safety_next_steps(&self, lang: Lang) -> Option<&str> {
        self.config.safety_next_steps(lang)
    }
}

/// Which host may hear events, and what: set when an allowed host configured the app.
#[derive(Clone)]
struct Host {
    origin: String,
    share: ShareEvents,
    name: String,
}

/// What the share dialog shows.
#[derive(Clone, PartialEq)]
enum Dialog {
    /// Asks the professional whether the case file may go along.
    Ask { event: EmbedEvent, data: Rc<String> },
    /// Says what was sent (`with_data`: the case file too).
    Told { event: EmbedEvent, with_data: bool },
}

thread_local! {
    static HOST: RefCell<Option<Host>> = const { RefCell::new(None) };
    static DIALOG: RefCell<Option<Callback<Dialog>>> = const { RefCell::new(None) };
}

/// An event a host page can hear about.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EmbedEvent {
    /// Everyone taking part confirmed the plan (`core::plan::everyone_confirmed`).
    PlanConfirmed,
    /// The case file was exported.
    CaseExported,
}

impl EmbedEvent {
    /// The event's name in messages.
    pub fn key(self) -> &'static str {
        match self {
            EmbedEvent::PlanConfirmed => "plan-confirmed",
            EmbedEvent::CaseExported => "case-exported",
        }
    }
}

/// The document's root element (`<html>`).
fn root_element() -> Option<HtmlElement> {
    web_sys::window()?.document()?.document_element()?.dyn_into().ok()
}

/// The window that embeds this one, if any.
fn parent_window() -> Option<Window> {
    let w = web_sys::window()?;
    let parent = w.parent().ok()??;
    (!Object::is(&parent, &w)).then_some(parent)
}

fn own_origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

/// Posts a JSON message to the embedding window, for `origin` only.
fn post(origin: &str, message: &serde_json::Value, data: Option<&str>) {
    let Some(parent) = parent_window() else { return };
    let Ok(msg) = JSON::parse(&message.to_string()) else { return };
    if let Some(text) = data {
        match JSON::parse(text) {
            Ok(v) => {
                let _ = Reflect::set(&msg, &"data".into(), &v);
            }
            Err(_) => return,
        }
    }
    let _ = parent.post_message(&msg, origin);
}

/// Whether a host page configured the app and may hear events.
pub fn has_host() -> bool {
    HOST.with(|h| h.borrow().as_ref().is_some_and(|h| h.share != ShareEvents::None))
}

/// Hands an event to the host that configured the app, as its `shareEvents` allows: nothing,
/// a signal, or (after the professional agrees in [`ShareDialog`]) the case file too. Nothing
/// while the app is locked.
pub fn offer(event: EmbedEvent, case: &Case) {
    if !super::session::is_open() {
        return;
    }
    let Some(host) = HOST.with(|h| h.borrow().clone()) else { return };
    // Nothing of the case goes to the organisation's page without the family's consent to share.
    if !case.consented(crate::core::case::ConsentTopic::ShareWithOrganisation) {
        return;
    }
    let dialog = DIALOG.with(|d| d.borrow().clone());
    match (host.share, dialog) {
        (ShareEvents::None, _) => {}
        (ShareEvents::Data, Some(d)) => {
            d.emit(Dialog::Ask { event, data: Rc::new(crate::export::file::case_json(case)) });
        }
        (ShareEvents::Signal | ShareEvents::Data, d) => {
            notify(event, None);
            if let Some(d) = d {
                d.emit(Dialog::Told { event, with_data: false });
            }
        }
    }
}

/// Sends `{type: "samenplan:event", event, data?}` to the host that configured the app, if one
/// did. `data` (JSON text) is dropped unless the deployment's `shareEvents` is `data`. Private:
/// the rest of the app goes through [`offer`], so case data goes out only after the professional
/// said yes in [`ShareDialog`]. Nothing while the app is locked, whatever was asked before.
fn notify(event: EmbedEvent, data: Option<&str>) {
    if !super::session::is_open() {
        return;
    }
    let Some(host) = HOST.with(|h| h.borrow().clone()) else { return };
    let data = match host.share {
        ShareEvents::None => return,
        ShareEvents::Signal => None,
        ShareEvents::Data => data,
    };
    post(&host.origin, &json!({"type": "samenplan:event", "event": event.key()}), data);
}

/// Reads `config.json`: missing or unreachable means the app's own settings; a file that breaks
/// a rule is not used, and the reason is kept for the notice.
async fn load_deployment() -> (Config, Option<String>) {
    match fetch_text("config.json").await {
        Ok(text) => match Config::from_json(&text) {
            Ok(c) => (c, None),
            Err(e) => (Config::default(), Some(e.to_string())),
        },
        Err(_) => (Config::default(), None),
    }
}

/// Removes the message listener when dropped.
struct Listener {
    closure: Closure<dyn FnMut(MessageEvent)>,
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(w) = web_sys::window() {
            let _ = w.remove_event_listener_with_callback("message", self.closure.as_ref().unchecked_ref());
        }
    }
}

/// Takes a `samenplan:config` message, or ignores it: not from the embedding window, not from an
/// allowed origin, or not a config message. A refused config is answered with the reason.
fn on_message(e: &MessageEvent, deployment: &Config, set: &Callback<Org>) {
    let Some(parent) = parent_window() else { return };
    if !e.source().is_some_and(|s| Object::is(&s, &parent)) {
        return;
    }
    let origin = e.origin();
    if !deployment.allows_origin(&origin, &own_origin()) {
        return;
    }
    let data = e.data();
    if Reflect::get(&data, &"type".into()).ok().and_then(|t| t.as_string()).as_deref() != Some("samenplan:config") {
        return;
    }
    let config = Reflect::get(&data, &"config".into()).unwrap_or(JsValue::UNDEFINED);
    let text = JSON::stringify(&config).map_err(describe).and_then(|s| s.as_string().ok_or_else(|| "no config".into()));
    let merged = match text {
        Ok(text) => HostConfig::from_json(&text)
            .and_then(|h| merge(deployment, &h))
            .map_err(|e| (e.field.clone(), e.to_string())),
        Err(d) => Err((String::from("config"), d)),
    };
    match merged {
        Ok(config) => {
            let host = Host {
                origin: origin.clone(),
                share: config.share_events,
                name: config.settings.organisation.as_ref().map(|o| o.name.clone()).unwrap_or_else(|| origin.clone()),
            };
            HOST.with(|h| *h.borrow_mut() = Some(host));
            mark_config("host");
            let start_lang = config.start_language();
            set.emit(Org { config, problem: None, host: Some(origin.clone()), start_lang, generation: 0 });
            post(&origin, &json!({"type": "samenplan:configured"}), None);
        }
        Err((field, message)) => {
            post(&origin, &json!({"type": "samenplan:config-refused", "field": field, "message": message}), None);
        }
    }
}

/// Says on the root which configuration is in force once the app listens (`deployment`) or a
/// host's was taken (`host`): for the people setting up an embedding, and for tests.
fn mark_config(which: &str) {
    if let Some(root) = root_element() {
        let _ = root.set_attribute("data-samenplan-config", which);
    }
}

/// Messages that arrived before the app listened (`app.js` keeps them), oldest first.
fn early_messages() -> Vec<MessageEvent> {
    let Some(w) = web_sys::window() else { return Vec::new() };
    let take = Reflect::get(&w, &"samenplanTakeEarlyMessages".into()).ok().and_then(|f| f.dyn_into::<Function>().ok());
    let Some(list) = take.and_then(|f| f.call0(&w).ok()).and_then(|v| v.dyn_into::<Array>().ok()) else {
        return Vec::new();
    };
    list.iter().filter_map(|v| v.dyn_into::<MessageEvent>().ok()).collect()
}

fn listen(deployment: Rc<Config>, set: Callback<Org>) -> Option<Listener> {
    let w = web_sys::window()?;
    let closure = {
        let (deployment, set) = (deployment.clone(), set.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| on_message(&e, &deployment, &set))
    };
    w.add_event_listener_with_callback("message", closure.as_ref().unchecked_ref()).ok()?;
    // Listening now: the ones that came before are handled in order, and app.js stops keeping them.
    for e in early_messages() {
        on_message(&e, &deployment, &set);
    }
    Some(Listener { closure })
}

/// Sets the configured colours on the root (or takes them away) and the browser's theme colour.
fn apply_colours(config: &Config) {
    let Some(root) = root_element() else { return };
    let style = root.style();
    let colours = config.settings.colours.clone().unwrap_or_default();
    for (prop, value) in [("--brand", &colours.brand), ("--accent", &colours.accent)] {
        let _ = match value {
            Some(v) => style.set_property(prop, v),
            None => style.remove_property(prop).map(|_| ()),
        };
    }
    if let Some(meta) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=theme-color]").ok().flatten())
    {
        let _ = meta.set_attribute("content", colours.brand.as_deref().unwrap_or("#24527a"));
    }
}

/// Reads the deployment's configuration and takes host messages. `current` is the language
/// shown; `switch` shows another (App loads its messages first). Switches when a configuration
/// asks for a start language, or no longer offers the current one.
#[hook]
pub fn use_org(current: Lang, switch: Callback<Lang>) -> Rc<Org> {
    let org = use_state(|| Rc::new(Org::default()));
    let generation = use_mut_ref(|| 0u32);
    let set = {
        let (org, generation) = (org.clone(), generation.clone());
        use_callback((), move |mut next: Org, _| {
            let mut g = generation.borrow_mut();
            *g += 1;
            next.generation = *g;
            org.set(Rc::new(next));
        })
    };
    {
        let set = set.clone();
        use_effect_with((), move |_| {
            let listener: Rc<RefCell<Option<Listener>>> = Rc::default();
            let slot = listener.clone();
            spawn_local(async move {
                let (deployment, problem) = load_deployment().await;
                // A deployment's start language yields to one the user chose on this device.
                let start_lang = deployment.start_language().filter(|_| browser::saved_lang().is_none());
                set.emit(Org { config: deployment.clone(), problem, host: None, start_lang, generation: 0 });
                *slot.borrow_mut() = listen(Rc::new(deployment), set);
                if HOST.with(|h| h.borrow().is_none()) {
                    mark_config("deployment");
                }
            });
            move || {
                listener.borrow_mut().take();
                HOST.with(|h| h.borrow_mut().take());
            }
        });
    }
    {
        let switch = switch.clone();
        use_effect_with(org.generation, {
            let org = (*org).clone();
            move |_| {
                apply_colours(&org.config);
                if let Some(l) = org.start_lang {
                    switch.emit(l);
                }
            }
        });
    }
    {
        // The language shown must be one the configuration offers.
        let offered = org.config.languages();
        let start = org.start_lang;
        use_effect_with((current, org.generation), move |(current, _)| {
            if !offered.contains(current) && start.is_none() {
                if let Some(first) = offered.first() {
                    switch.emit(*first);
                }
            }
        });
    }
    (*org).clone()
}

/// Watches the open case and offers `plan-confirmed` to the host when the last person taking part
/// confirms the plan (not when a case that was already confirmed is opened).
#[hook]
pub fn use_share_on_confirm(case: Option<Rc<Case>>) {
    let latest = use_mut_ref(|| None::<Rc<Case>>);
    let before = use_mut_ref(|| None::<(String, bool)>);
    let now = case.as_ref().map(|c| (c.id.clone(), everyone_confirmed(c)));
    *latest.borrow_mut() = case;
    use_effect_with(now, move |now| {
        let was = before.replace(now.clone());
        if let (Some((id0, false)), Some((id1, true))) = (was, now) {
            if id0 == *id1 {
                if let Some(c) = latest.borrow().as_ref() {
                    offer(EmbedEvent::PlanConfirmed, c);
                }
            }
        }
    });
}

/// Asks the professional before case data goes to the host page, and says what was sent.
#[component]
pub fn ShareDialog() -> Html {
    let env = use_env();
    let state = use_state(|| None::<Dialog>);
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let show = Callback::from(move |d: Dialog| {
                if matches!(d, Dialog::Ask { .. }) {
                    browser::focus_id_later("share-question");
                }
                state.set(Some(d));
            });
            DIALOG.with(|d| *d.borrow_mut() = Some(show));
            || DIALOG.with(|d| *d.borrow_mut() = None)
        });
    }
    let host = HOST.with(|h| h.borrow().clone());
    let org = host.as_ref().map(|h| h.name.clone()).or_else(|| env.org.name().map(str::to_string)).unwrap_or_default();
    let origin = host.map(|h| h.origin).unwrap_or_default();
    let args = [("org", Arg::from(org.as_str())), ("origin", Arg::from(origin.as_str()))];
    let ask = match (*state).clone() {
        Some(Dialog::Ask { event, data }) => {
            let question = match event {
                EmbedEvent::PlanConfirmed => env.i18n.t_args("share-question-plan", &args),
                EmbedEvent::CaseExported => env.i18n.t_args("share-question-export", &args),
            };
            let send = {
                let state = state.clone();
                Callback::from(move |_| {
                    notify(event, Some(&data));
                    state.set(Some(Dialog::Told { event, with_data: true }));
                    browser::focus_id_later("share-close");
                })
            };
            let keep = {
                let state = state.clone();
                Callback::from(move |_| {
                    notify(event, None);
                    state.set(Some(Dialog::Told { event, with_data: false }));
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
    let told = match (*state).clone() {
        Some(Dialog::Told { event, with_data }) => Some(match (event, with_data) {
            (EmbedEvent::PlanConfirmed, true) => env.i18n.t_args("share-sent-plan", &args),
            (EmbedEvent::PlanConfirmed, false) => env.i18n.t_args("share-told-plan", &args),
            (EmbedEvent::CaseExported, true) => env.i18n.t_args("share-sent-export", &args),
            (EmbedEvent::CaseExported, false) => env.i18n.t_args("share-told-export", &args),
        }),
        _ => None,
    };
    let close = Callback::from(move |_| state.set(None));
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
                    { super::widgets::tech_detail(&env.i18n, problem) }
                </div>
            }
        </>
    }
}
