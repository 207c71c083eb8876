//! The organisation's configuration and embedding in another site.
//!
//! - [`use_org`] reads the deployment's `config.json` (the app's own file) at start, then listens
//!   for `{type: "samenplan:config", config}` messages. A message counts only when it comes from
//!   the window that embeds the app and from an origin on the deployment's `allowedOrigins`; its
//!   settings are checked and merged by `core::config` (a host changes only what the deployment
//!   allows). It applies the language and the colours (`--brand`, `--accent` on the root).
//! - [`EmbedHost`] is the host page's side for every screen, as a context the root provides
//!   ([`use_embed_host`], read with [`use_embed`]): [`EmbedHost::offer`] hands an event
//!   (`plan-confirmed`, `case-exported`) to the host that configured the app, as
//!   `{type: "samenplan:event", event, data?}` with that host's origin as target (never `*`).
//!   [`use_share_on_confirm`] offers `plan-confirmed`; the export offers `case-exported`. With
//!   `shareEvents: "data"` the case file goes along only after the professional agrees in
//!   [`ShareDialog`]. Nothing is sent when no allowed host configured the app: the app never
//!   contacts a host by itself.
//! - While the app is locked nothing is offered or sent (`web::session`), and the app shows
//!   [`ShareDialog`] only while unlocked, so a lock takes an open question off the page.
//! - [`EmbedNotices`] says when a new version is ready (`app.js` marks the root) or when
//!   `config.json` could not be used.

mod config;
mod dialog;

pub use config::use_org;
pub use dialog::{EmbedNotices, ShareDialog};

use super::browser;
use super::org::Org;
use super::session as gate_out;
use crate::core::case::{Case, ConsentTopic};
use crate::core::config::ShareEvents;
use crate::core::plan::everyone_confirmed;
use js_sys::{Object, Reflect, JSON};
use serde_json::json;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, Window};
use yew::prelude::*;

/// Which host may hear events, and what: there when an allowed host configured the app.
#[derive(Clone, PartialEq)]
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

/// The host that configured the app (if one did) and the share dialog, for the screens.
#[derive(Clone)]
pub struct EmbedHost {
    /// The configuration in force: the host is read from it when an event goes out, not made
    /// on every render of the root.
    org: Rc<Org>,
    dialog: Option<Dialog>,
    show: Callback<Option<Dialog>>,
}

/// The root makes one on every render from the same shared configuration: compared by pointer first.
impl PartialEq for EmbedHost {
    fn eq(&self, other: &EmbedHost) -> bool {
        (Rc::ptr_eq(&self.org, &other.org) || self.org == other.org)
            && self.dialog == other.dialog
            && self.show == other.show
    }
}

impl EmbedHost {
    /// The host page that configured the app, and what it may hear.
    fn host(&self) -> Option<Host> {
        let origin = self.org.host.as_ref()?;
        Some(Host {
            origin: origin.clone(),
            share: self.org.config.share_events,
            name: self.org.name().unwrap_or(origin).to_string(),
        })
    }

    /// Hands an event to the host that configured the app, as its `shareEvents` allows: nothing,
    /// a signal, or (after the professional agrees in [`ShareDialog`]) the case file too. Nothing
    /// while the app is locked.
    pub fn offer(&self, event: EmbedEvent, case: &Case) {
        if !gate_out::is_open() {
            return;
        }
        let Some(host) = self.host() else { return };
        // Nothing of the case goes to the organisation's page without the family's consent to share.
        if !case.consented(ConsentTopic::ShareWithOrganisation) {
            return;
        }
        match host.share {
            ShareEvents::None => {}
            ShareEvents::Data => {
                browser::focus_id_later("share-question");
                self.show.emit(Some(Dialog::Ask { event, data: Rc::new(crate::export::file::case_json(case)) }));
            }
            ShareEvents::Signal => {
                self.notify(event, None);
                self.show.emit(Some(Dialog::Told { event, with_data: false }));
            }
        }
    }

    /// Sends `{type: "samenplan:event", event, data?}` to the host that configured the app, if one
    /// did. `data` (JSON text) is dropped unless the deployment's `shareEvents` is `data`. Private:
    /// the rest of the app goes through [`EmbedHost::offer`], so case data goes out only after the
    /// professional said yes in [`ShareDialog`]. Nothing while the app is locked, whatever was
    /// asked before.
    fn notify(&self, event: EmbedEvent, data: Option<&str>) {
        if !gate_out::is_open() {
            return;
        }
        let Some(host) = self.host() else { return };
        let data = match host.share {
            ShareEvents::None => return,
            ShareEvents::Signal => None,
            ShareEvents::Data => data,
        };
        post(&host.origin, &json!({"type": "samenplan:event", "event": event.key()}), data);
    }
}

/// The root's side: the host follows the configuration in force; the dialog's state lives here,
/// so every screen under the provider reaches it.
#[hook]
pub fn use_embed_host(org: &Rc<Org>) -> EmbedHost {
    let dialog = use_state(|| None::<Dialog>);
    let show = {
        let set = dialog.setter();
        use_callback((), move |d: Option<Dialog>, _| set.set(d))
    };
    EmbedHost { org: org.clone(), dialog: (*dialog).clone(), show }
}

/// Reads the host's side; every screen sits under the provider in `App`.
#[hook]
pub fn use_embed() -> EmbedHost {
    use_context::<EmbedHost>().expect("EmbedHost is provided by App")
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

/// Watches the open case and offers `plan-confirmed` to the host when the last person taking part
/// confirms the plan (not when a case that was already confirmed is opened).
#[hook]
pub fn use_share_on_confirm(case: Option<Rc<Case>>, embed: EmbedHost) {
    let latest = use_mut_ref(|| None::<(Rc<Case>, EmbedHost)>);
    let before = use_mut_ref(|| None::<(String, bool)>);
    let now = case.as_ref().map(|c| (c.id.clone(), everyone_confirmed(c)));
    *latest.borrow_mut() = case.map(|c| (c, embed));
    use_effect_with(now, move |now| {
        let was = before.replace(now.clone());
        if let (Some((id0, false)), Some((id1, true))) = (was, now) {
            if id0 == *id1 {
                if let Some((c, embed)) = latest.borrow().as_ref() {
                    embed.offer(EmbedEvent::PlanConfirmed, c);
                }
            }
        }
    });
}
