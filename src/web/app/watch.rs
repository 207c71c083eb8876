//! Watching the page's life for the root: hidden, left, restored from the back/forward cache.
//! The watch removes its listeners when dropped.

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
