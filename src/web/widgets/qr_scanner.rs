//! Reading QR codes with the device's camera (the co-fill answers shown on a phone, see
//! `web::qr_client`): the camera opens when this appears and closes when it goes or is stopped.

use crate::i18n::Arg;
use crate::web::qr_client::{start_scanner, ScanError, ScanHandle};
use crate::web::state::use_env;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlVideoElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrScannerProps {
    /// Each distinct text read, once per scan.
    pub on_text: Callback<String>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Starting,
    Running,
    Stopped,
    Failed(ScanError),
}

/// The camera's picture with a stop button; a translated message when there is no camera or it
/// may not be used, with a button to try again.
#[component]
pub fn QrScanner(props: &QrScannerProps) -> Html {
    let env = use_env();
    let video = use_node_ref();
    let status = use_state(|| Status::Starting);
    // Every start (the first, and each "scan again") is a new session.
    let session = use_state(|| 0u32);
    let handle = use_mut_ref(|| None::<ScanHandle>);
    // The newest callback, so a parent that re-renders needs no new scan.
    let on_text = use_mut_ref(|| props.on_text.clone());
    *on_text.borrow_mut() = props.on_text.clone();

    {
        let (video, status, handle, on_text) = (video.clone(), status.clone(), handle.clone(), on_text.clone());
        use_effect_with(*session, move |_| {
            let live = Rc::new(Cell::new(true));
            if let Some(element) = video.cast::<HtmlVideoElement>() {
                status.set(Status::Starting);
                let (live, handle) = (live.clone(), handle.clone());
                let forward = Callback::from(move |text: String| {
                    let current = on_text.borrow().clone();
                    current.emit(text);
                });
                spawn_local(async move {
                    let started = start_scanner(&element, forward).await;
                    if !live.get() {
                        return; // gone meanwhile: dropping the handle closes the camera
                    }
                    match started {
                        Ok(h) => {
                            *handle.borrow_mut() = Some(h);
                            status.set(Status::Running);
                        }
                        Err(e) => status.set(Status::Failed(e)),
                    }
                });
            }
            move || {
                live.set(false);
                handle.borrow_mut().take();
            }
        });
    }

    let stop = {
        let (status, handle) = (status.clone(), handle.clone());
        Callback::from(move |_: MouseEvent| {
            handle.borrow_mut().take();
            status.set(Status::Stopped);
        })
    };
    let again = {
        let session = session.clone();
        Callback::from(move |_: MouseEvent| session.set(*session + 1))
    };
    let showing = matches!(*status, Status::Starting | Status::Running);
    let message = match &*status {
        Status::Failed(ScanError::NoCamera) => Some(env.t("qr-scanner-no-camera")),
        Status::Failed(ScanError::Denied) => Some(env.t("qr-scanner-denied")),
        Status::Failed(ScanError::Other(detail)) => {
            Some(env.i18n.t_args("qr-scanner-failed", &[("detail", Arg::from(detail.as_str()))]))
        }
        _ => None,
    };
    html! {
        <div class="qr-scanner">
            // Kept in the page while stopped, so the next scan has it at once.
            <video ref={video} class="qr-scanner-video" hidden={!showing} aria-label={env.t("qr-scanner-label")}
                aria-busy={(*status == Status::Starting).to_string()} muted=true playsinline=true></video>
            if let Some(text) = message {
                <p class="field-error" role="alert">{ text }</p>
            }
            if *status == Status::Running {
                <button type="button" class="secondary" onclick={stop}>{ env.t("qr-scanner-stop") }</button>
            } else if !showing {
                <button type="button" class="secondary" onclick={again}>{ env.t("qr-scanner-again") }</button>
            }
        </div>
    }
}
