//! The browser's side of co-filling (`core::cofill`): fresh invitations with a random one-time
//! key, answers sealed and opened with WebCrypto, and small text files to share.

use super::browser::{describe, new_id, now_ms};
use super::crypto::{decrypt, encrypt, import_key, random, random_iv};
use crate::core::cofill::{
    answers_aad, answers_text, parse_answers_text, parse_payload, AnswersPayload, CoFillError, Invitation, Ticket,
    DEFAULT_VALID_MS, KEY_LEN,
};
use crate::core::envelope::{from_hex, to_hex};
use crate::core::Case;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A new invitation for one participant, valid for a week.
pub fn new_invitation(
    participant_id: &str,
    visit_id: &str,
    instrument: &crate::core::instrument::Instrument,
    theme_ids: Vec<String>,
) -> Result<Invitation, String> {
    let key = random::<KEY_LEN>()?;
    let now = now_ms();
    Ok(Invitation {
        id: new_id("inv"),
        participant_id: participant_id.into(),
        visit_id: visit_id.into(),
        instrument_id: instrument.id().into(),
        instrument_version: instrument.def.version,
        theme_ids,
        created_ms: now,
        expires_ms: now + DEFAULT_VALID_MS,
        key: to_hex(&key),
        answered_ms: None,
    })
}

/// Seals the phone's answers with the ticket's key, as text for QR codes or a file.
pub async fn seal_answers(ticket: &Ticket, payload: &AnswersPayload) -> Result<String, String> {
    let raw = from_hex(&ticket.key).ok_or("bad key")?;
    let key = import_key(&raw).await?;
    let iv = random_iv()?;
    let plain = serde_json::to_vec(payload).map_err(|e| e.to_string())?;
    let sealed = encrypt(&key, &iv, &answers_aad(&ticket.id), &plain).await?;
    Ok(answers_text(&ticket.id, &iv, &sealed))
}

/// Opens answers brought back to the tablet, with the key of this case's invitation.
pub async fn open_answers(case: &Case, text: &str) -> Result<AnswersPayload, CoFillError> {
    let sealed = parse_answers_text(text)?;
    let inv = case.invitations.iter().find(|i| i.id == sealed.invitation_id).ok_or(CoFillError::OtherCase)?;
    let raw = from_hex(&inv.key).ok_or(CoFillError::Damaged)?;
    let key = import_key(&raw).await.map_err(|_| CoFillError::Damaged)?;
    let plain = decrypt(&key, &sealed.iv, &answers_aad(&sealed.invitation_id), &sealed.ciphertext)
        .await
        .ok_or(CoFillError::Damaged)?;
    parse_payload(&plain, &sealed.invitation_id)
}

/// Shares a small text file with the system's share sheet where the browser has one for files
/// (phones), else downloads it. `Ok(true)` when shared.
pub async fn share_or_download(file_name: &str, text: &str) -> Result<bool, String> {
    if !super::session::is_open() {
        return Err("locked".into());
    }
    if let Some(shared) = try_share(file_name, text).await {
        return shared.map(|_| true);
    }
    super::files::download(file_name, text.as_bytes(), "text/plain").map(|_| false)
}

/// `None` when this browser cannot share files (then the caller downloads).
async fn try_share(file_name: &str, text: &str) -> Option<Result<(), String>> {
    let navigator = web_sys::window()?.navigator();
    let can_share = Reflect::get(&navigator, &"canShare".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let share = Reflect::get(&navigator, &"share".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let parts = Array::of1(&JsValue::from_str(text));
    let opts = web_sys::FilePropertyBag::new();
    opts.set_type("text/plain");
    let file = web_sys::File::new_with_str_sequence_and_options(&parts, file_name, &opts).ok()?;
    let data = Object::new();
    Reflect::set(&data, &"files".into(), &Array::of1(&file)).ok()?;
    if !can_share.call1(&navigator, &data).ok()?.is_truthy() {
        return None;
    }
    let promise: js_sys::Promise = share.call1(&navigator, &data).ok()?.dyn_into().ok()?;
    Some(JsFuture::from(promise).await.map(|_| ()).map_err(describe))
}

/// A button's click that shares or saves `text` as `file_name` and says how it went in `note`.
pub fn share_click(
    env: &super::state::Env,
    file_name: String,
    text: String,
    note: yew::UseStateHandle<Option<String>>,
) -> yew::Callback<yew::MouseEvent> {
    let env = env.clone();
    yew::Callback::from(move |_| {
        let (env, file_name, text, note) = (env.clone(), file_name.clone(), text.clone(), note.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let said = match share_or_download(&file_name, &text).await {
                Ok(true) => env.t("file-shared"),
                Ok(false) => env.t("file-saved"),
                Err(_) => env.t("invite-failed"),
            };
            note.set(Some(said));
        });
    })
}
