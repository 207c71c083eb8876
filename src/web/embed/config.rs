//! Reading the deployment's `config.json` and taking a host page's configuration messages.

use super::super::browser::{self, describe, fetch_text};
use super::super::org::Org;
use super::{parent_window, post, root_element};
use crate::core::config::{merge, Config, HostConfig};
use crate::i18n::Lang;
use js_sys::{Array, Function, Object, Reflect, JSON};
use serde_json::json;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::spawn_local;
use web_sys::MessageEvent;
use yew::prelude::*;

fn own_origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
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
/// Returns whether a host's configuration was taken.
fn on_message(e: &MessageEvent, deployment: &Config, set: &Callback<Org>) -> bool {
    let Some(parent) = parent_window() else { return false };
    if !e.source().is_some_and(|s| Object::is(&s, &parent)) {
        return false;
    }
    let origin = e.origin();
    if !deployment.allows_origin(&origin, &own_origin()) {
        return false;
    }
    let data = e.data();
    if Reflect::get(&data, &"type".into()).ok().and_then(|t| t.as_string()).as_deref() != Some("samenplan:config") {
        return false;
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
            mark_config("host");
            let start_lang = config.start_language();
            set.emit(Org { config, problem: None, host: Some(origin.clone()), start_lang, generation: 0 });
            post(&origin, &json!({"type": "samenplan:configured"}), None);
            true
        }
        Err((field, message)) => {
            post(&origin, &json!({"type": "samenplan:config-refused", "field": field, "message": message}), None);
            false
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

/// Listens for host messages; also says whether one that came before configured the app.
fn listen(deployment: Rc<Config>, set: Callback<Org>) -> (Option<Listener>, bool) {
    let Some(w) = web_sys::window() else { return (None, false) };
    let closure = {
        let (deployment, set) = (deployment.clone(), set.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            on_message(&e, &deployment, &set);
        })
    };
    if w.add_event_listener_with_callback("message", closure.as_ref().unchecked_ref()).is_err() {
        return (None, false);
    }
    // Listening now: the ones that came before are handled in order, and app.js stops keeping them.
    let mut configured = false;
    for e in early_messages() {
        configured |= on_message(&e, &deployment, &set);
    }
    (Some(Listener { closure }), configured)
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
                let (watch, configured) = listen(Rc::new(deployment), set);
                *slot.borrow_mut() = watch;
                if !configured {
                    mark_config("deployment");
                }
            });
            move || drop(listener.borrow_mut().take())
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
