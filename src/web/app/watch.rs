//! Watching the page for the root: its life (hidden, left, restored from the back/forward cache)
//! and the user's activity (the idle lock). Each watch removes its listeners when dropped.

use gloo_timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{closure::Closure, JsCast};
use yew::prelude::*;

/// Listens to the page's life: hidden (another app, the screen off), going away (another page,
/// the tab closed) and coming back from the browser's back/forward cache. Removes its listeners
/// when dropped.
struct PageWatch {
    listeners: Vec<Listener>,
}

/// An event listener: where, which event, and the closure it calls.
type Listener = (web_sys::EventTarget, &'static str, Closure<dyn FnMut(web_sys::Event)>);

impl Drop for PageWatch {
    fn drop(&mut self) {
        for (target, name, closure) in &self.listeners {
            let _ = target.remove_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
        }
    }
}

/// What the page's life asks of the app.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PageEvent {
    /// Hidden: write what waits, at once.
    Hidden,
    /// Going away (maybe into the back/forward cache), or back from it: write what waits, then
    /// lock, so Back shows the lock screen and no case stays in the kept page.
    Leaving,
}

fn watch_page(on: Callback<PageEvent>) -> PageWatch {
    let mut listeners = Vec::new();
    let Some(window) = web_sys::window() else { return PageWatch { listeners } };
    let doc = window.document();
    let hidden = {
        let (on, doc) = (on.clone(), doc.clone());
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| {
            if doc.as_ref().is_some_and(|d| d.hidden()) {
                on.emit(PageEvent::Hidden);
            }
        })
    };
    let leaving = {
        let on = on.clone();
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_e: web_sys::Event| on.emit(PageEvent::Leaving))
    };
    // `persisted`: shown again from the back/forward cache (a first show is not a return).
    let shown = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let persisted = js_sys::Reflect::get(&e, &"persisted".into()).ok().and_then(|v| v.as_bool());
        if persisted == Some(true) {
            on.emit(PageEvent::Leaving);
        }
    });
    let win: web_sys::EventTarget = window.into();
    if let Some(d) = doc {
        listeners.push((d.into(), "visibilitychange", hidden));
    }
    listeners.push((win.clone(), "pagehide", leaving));
    listeners.push((win, "pageshow", shown));
    for (target, name, closure) in &listeners {
        let _ = target.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
    }
    PageWatch { listeners }
}

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

/// The page's life for the root: hidden, `flush` writes what waits at once; going away or back
/// from the back/forward cache, it writes and the app locks. The listeners stay for the app's
/// life and call the latest `on_lock` (it reads the phase of the render it was made in).
#[hook]
pub(super) fn use_page_life(flush: Callback<()>, on_lock: Callback<()>) {
    let page_lock = use_mut_ref(Callback::<()>::noop);
    *page_lock.borrow_mut() = on_lock;
    use_effect_with((), move |_| {
        let watch = watch_page(Callback::from(move |e: PageEvent| {
            flush.emit(());
            if e == PageEvent::Leaving {
                let lock = page_lock.borrow().clone();
                lock.emit(());
            }
        }));
        move || drop(watch)
    });
}

/// The idle lock: while `minutes` is set (an open case), no activity for that long calls
/// `on_lock`. `idle` holds the watch, so a lock can end it at once.
#[hook]
pub(super) fn use_idle_lock(idle: Rc<RefCell<Option<IdleWatch>>>, minutes: Option<u32>, on_lock: Callback<()>) {
    use_effect_with(minutes, move |m| {
        *idle.borrow_mut() = m.map(|m| watch_idle(m, on_lock));
    });
}
