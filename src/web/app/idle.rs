//! The idle lock: the user's activity watched while the app is open; the watch removes its
//! listeners when dropped.

use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};
use yew::prelude::*;

/// Removes the activity listeners of the idle lock when dropped.
pub(super) struct IdleWatch {
    closure: Closure<dyn FnMut(web_sys::Event)>,
    _timer: Rc<RefCell<Option<Timeout>>>,
}

const ACTIVITY: [&str; 4] = ["pointerdown", "keydown", "input", "wheel"];

impl Drop for IdleWatch {
    fn drop(&mut self) {
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            for ev in ACTIVITY {
                let _ = doc.remove_event_listener_with_callback(ev, self.closure.as_ref().unchecked_ref());
            }
        }
    }
}

/// Locks after `minutes` without a tap, key or scroll.
fn watch_idle(minutes: u32, on_idle: Callback<()>) -> IdleWatch {
    let timer: Rc<RefCell<Option<Timeout>>> = Rc::default();
    let ms = minutes.saturating_mul(60_000);
    let arm = {
        let timer = timer.clone();
        move || {
            let on_idle = on_idle.clone();
            *timer.borrow_mut() = Some(Timeout::new(ms, move || on_idle.emit(())));
        }
    };
    arm();
    let closure = Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| arm());
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        for ev in ACTIVITY {
            let _ = doc.add_event_listener_with_callback(ev, closure.as_ref().unchecked_ref());
        }
    }
    IdleWatch { closure, _timer: timer }
}

/// The idle lock: while `minutes` is set (an open case), no activity for that long calls
/// `on_lock`. `idle` holds the watch, so a lock can end it at once.
#[hook]
pub(super) fn use_idle_lock(idle: Rc<RefCell<Option<IdleWatch>>>, minutes: Option<u32>, on_lock: Callback<()>) {
    use_effect_with(minutes, move |m| {
        *idle.borrow_mut() = m.map(|m| watch_idle(m, on_lock));
    });
}
