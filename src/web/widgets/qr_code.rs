//! A QR code on the screen, for a phone to scan (the co-fill invitation, see `web::qr_client`).

use crate::web::qr_client::qr_svg;
use crate::web::state::use_env;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QrCodeProps {
    /// What the code holds (ASCII; at most about 2,300 characters fit in one code).
    pub text: String,
    /// What the code is for, as its accessible name (e.g. "Invitation for the phone, code 1 of 2").
    pub label: AttrValue,
}

/// The code for `text` as an image. The SVG comes from the QR module (loaded on the first code)
/// and is shown through a `data:` URL, which the app's CSP allows for images (`img-src 'self'
/// data:`); an `<img>` never runs anything inside the SVG.
#[component]
pub fn QrCode(props: &QrCodeProps) -> Html {
    let env = use_env();
    // (text, data: URL or None when it could not be made), for the text it was made for.
    let made = use_state(|| None::<(String, Option<String>)>);
    // The text shown now: a code made for an earlier text that comes back late is dropped.
    let wanted = use_mut_ref(String::new);
    *wanted.borrow_mut() = props.text.clone();
    {
        let (made, wanted) = (made.clone(), wanted.clone());
        use_effect_with(props.text.clone(), move |text| {
            let text = text.clone();
            spawn_local(async move {
                let url = qr_svg(&text)
                    .await
                    .ok()
                    .map(|svg| format!("data:image/svg+xml,{}", String::from(js_sys::encode_uri_component(&svg))));
                if *wanted.borrow() == text {
                    made.set(Some((text, url)));
                }
            });
        });
    }
    match &*made {
        Some((text, Some(url))) if *text == props.text => html! {
            <img class="qr-code" role="img" src={url.clone()} alt={props.label.clone()} />
        },
        Some((text, None)) if *text == props.text => html! {
            <p class="field-error" role="alert">{ env.t("qr-code-failed") }</p>
        },
        // Being made: a placeholder with the same name, marked busy.
        _ => {
            html! { <div class="qr-code qr-code-pending" role="img" aria-label={props.label.clone()} aria-busy="true"></div> }
        }
    }
}
