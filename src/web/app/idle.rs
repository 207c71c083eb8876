//! The idle lock: the user's activity watched while the app is open; the watch removes its
//! listeners when dropped.

use gloo_timers::callback::Timeout;
use std::cell::{Cell, RefCell};
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

/// Locks after `minutes` without a tap, key or scroll. An event only notes the time (one call):
/// re-arming a timer on every event cost a closure and two timer calls inside each tap. The
/// timer, when it fires, waits again for whatever is left since the last activity.
fn watch_idle(minutes: u32, on_idle: Callback<()>) -> IdleWatch {
    let timer: Rc<RefCell<Option<Timeout>>> = Rc::default();
    let last = Rc::new(Cell::new(js_sys::Date::now()));
    let ms = f64::from(minutes.saturating_mul(60_000));
    arm(timer.clone(), last.clone(), ms, ms, on_idle);
    let closure = {
        let last = last.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| last.set(js_sys::Date::now()))
    };
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        for ev in ACTIVITY {
            let _ = doc.add_event_listener_with_callback(ev, closure.as_ref().unchecked_ref());
        }
    }
    IdleWatch { closure, _timer: timer }
}

/// Fires after `wait` ms; locks if `ms` passed since the last activity, else waits for the rest.
/// The timer holds its slot weakly: dropping the watch drops (and clears) the timer.
fn arm(timer: Rc<RefCell<Option<Timeout>>>, last: Rc<Cell<f64>>, wait: f64, ms: f64, on_idle: Callback<()>) {
    let slot = Rc::downgrade(&timer);
    // Whole milliseconds, at least one: a timer of 0 would spin.
    let wait_ms = wait.ceil().clamp(1.0, f64::from(u32::MAX)) as u32;
    *timer.borrow_mut() = Some(Timeout::new(wait_ms, move || {
        let Some(timer) = slot.upgrade() else { return };
        let left = ms - (js_sys::Date::now() - last.get());
        if left <= 0.0 {
            on_idle.emit(());
        } else {
            arm(timer, last, left, ms, on_idle);
        }
    }));
}

/// The idle lock: while `minutes` is set (an open case), no activity for that long calls
/// `on_lock`. `idle` holds the watch, so a lock can end it at once.
#[hook]
pub(super) fn use_idle_lock(idle: Rc<RefCell<Option<IdleWatch>>>, minutes: Option<u32>, on_lock: Callback<()>) {
    use_effect_with(minutes, move |m| {
        *idle.borrow_mut() = m.map(|m| watch_idle(m, on_lock));
    });
}
