//! A family member's own phone: join with an invitation (QR code, link or file), answer only the
//! questions it asks, send the answers back sealed (QR codes or a file). Nothing is stored on the
//! phone: the answers live in memory until they are sent, and are forgotten when done.

use super::handover::SoloQuestions;
use crate::core::assessment::Answer;
use crate::core::case::Participant;
use crate::core::cofill::{
    expired, parse_ticket, split_for_qr, AnswersPayload, ChunkSet, CoFillError, Gathered, Ticket, MAX_TEXT, QR_CHARS,
};
use crate::core::{Case, CaseAction};
use crate::i18n::Arg;
use crate::web::browser::{focus_id_later, now_ms, today};
use crate::web::cofill::{seal_answers, share_click};
use crate::web::files::on_text_file;
use crate::web::state::{use_env, CaseMsg, CaseState};
use crate::web::widgets::cofill_error_text;
use crate::web::widgets::qr_code::QrCode;
use crate::web::widgets::qr_scanner::QrScanner;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Reads a ticket and refuses an expired one.
pub fn accept_ticket(text: &str) -> Result<Ticket, CoFillError> {
    let ticket = parse_ticket(text)?;
    if expired(ticket.expires_ms, now_ms()) {
        return Err(CoFillError::Expired);
    }
    Ok(ticket)
}

#[derive(Properties, PartialEq)]
pub struct JoinProps {
    pub on_ticket: Callback<Ticket>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn JoinScreen(props: &JoinProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let message = use_state(|| None::<String>);
    let chunks = use_mut_ref(ChunkSet::default);
    let take = {
        let (cb, message, env) = (props.on_ticket.clone(), message.clone(), env.clone());
        Callback::from(move |text: String| match accept_ticket(&text) {
            Ok(ticket) => cb.emit(ticket),
            Err(e) => message.set(Some(cofill_error_text(&env.i18n, &e))),
        })
    };
    let on_scan = {
        let (take, chunks, message, env) = (take.clone(), chunks.clone(), message.clone(), env.clone());
        Callback::from(move |text: String| {
            let got = chunks.borrow_mut().add(&text);
            match got {
                Ok(Gathered::Complete(full)) => take.emit(full),
                Ok(Gathered::Partial { .. }) => {}
                Err(e) => message.set(Some(cofill_error_text(&env.i18n, &e))),
            }
        })
    };
    let on_file = {
        let (take, message, env) = (take.clone(), message.clone(), env.clone());
        on_text_file(
            MAX_TEXT,
            Callback::from(move |text: Option<String>| match text {
                Some(text) => take.emit(text),
                None => message.set(Some(cofill_error_text(&env.i18n, &CoFillError::NotOurs))),
            }),
        )
    };
    let cancel = {
        let cb = props.on_cancel.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <section class="card join" aria-labelledby="join-heading">
            <h2 id="join-heading" tabindex="-1">{ t("join-heading") }</h2>
            <p>{ t("join-help") }</p>
            <QrScanner on_text={on_scan} />
            <label for="join-file">{ t("join-file") }</label>
            <input id="join-file" type="file" accept=".txt,text/plain" onchange={on_file} />
            if let Some(m) = &*message { <p class="notice" role="alert">{ m }</p> }
            <p><button type="button" class="secondary" onclick={cancel}>{ t("join-cancel") }</button></p>
        </section>
    }
}

const ME: &str = "me";
const GUEST_ASSESSMENT: &str = "guest-a";

/// The phone's answers, held in memory only, in the shape the theme cards already know.
fn guest_case(ticket: &Ticket, name: &str) -> Case {
    let mut case = Case::new("guest".into(), name.into(), today(), now_ms());
    case.participants.push(Participant { id: ME.into(), name: name.into(), role: ticket.role, child_id: None });
    let visit = case.visits[0].id.clone();
    let _ = crate::core::apply(
        &mut case,
        CaseAction::StartAssessment {
            id: GUEST_ASSESSMENT.into(),
            visit_id: visit,
            instrument_id: ticket.instrument_id.clone(),
            instrument_version: ticket.instrument_version,
        },
    );
    case
}

#[derive(Properties, PartialEq)]
pub struct GuestProps {
    pub ticket: Rc<Ticket>,
    /// Done: everything is forgotten.
    pub on_done: Callback<()>,
}

#[component]
pub fn GuestScreen(props: &GuestProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let lang = env.family_or_ui().code();
    let you = t("guest-you");
    let state = {
        let (ticket, you) = (props.ticket.clone(), you.clone());
        use_reducer(move || CaseState { case: Some(Rc::new(guest_case(&ticket, &you))), ..CaseState::default() })
    };
    // The sealed answers, split over QR codes, and which code is shown.
    let sent = use_state(|| None::<Rc<(String, Vec<String>)>>);
    let page = use_state(|| 0usize);
    let note = use_state(|| None::<String>);
    let ticket = &props.ticket;

    if env.instruments.is_empty() {
        return html! { <p class="loading" role="status">{ t("loading") }</p> };
    }
    let Some(instrument) = env.instrument(&ticket.instrument_id).filter(|i| i.def.version == ticket.instrument_version)
    else {
        return html! {
            <section class="card" aria-labelledby="guest-heading">
                <h2 id="guest-heading">{ t("join-heading") }</h2>
                <p class="notice" role="alert">{ cofill_error_text(&env.i18n, &CoFillError::UnknownInstrument) }</p>
            </section>
        };
    };
    let Some(case) = state.case.clone() else { return Html::default() };
    let Some(assessment) = case.assessments.first().cloned() else { return Html::default() };
    let themes: Rc<Vec<String>> =
        Rc::new(ticket.theme_ids.iter().filter(|id| instrument.theme(id).is_some()).cloned().collect());
    let on_action = {
        let state = state.clone();
        Callback::from(move |a| state.dispatch(CaseMsg::Act(a)))
    };

    if let Some(done) = &*sent {
        let (full, codes) = (&done.0, &done.1);
        let i = (*page).min(codes.len().saturating_sub(1));
        let go = |delta: isize| {
            let (page, n) = (page.clone(), codes.len());
            i.checked_add_signed(delta).filter(|j| *j < n).map(|j| Callback::from(move |_| page.set(j)))
        };
        let save = share_click(&env, format!("samenplan-answers-{}.txt", ticket.id), full.clone(), note.clone());
        let done_cb = {
            let cb = props.on_done.clone();
            Callback::from(move |_| cb.emit(()))
        };
        let label = env.i18n.t_args("send-code-label", &[("n", Arg::from(i + 1)), ("total", Arg::from(codes.len()))]);
        return html! {
            <section class="card guest-send" aria-labelledby="send-heading">
                <h2 id="send-heading" tabindex="-1">{ t("send-heading") }</h2>
                <p>{ t("send-help") }</p>
                <p role="status">{ label.clone() }</p>
                <QrCode text={codes[i].clone()} label={label} />
                <p>
                    if let Some(cb) = go(-1) { <button type="button" class="secondary" onclick={cb}>{ t("send-code-prev") }</button> }
                    if let Some(cb) = go(1) { <button type="button" class="primary" onclick={cb}>{ t("send-code-next") }</button> }
                </p>
                <p><button type="button" class="secondary" onclick={save}>{ t("send-file") }</button></p>
                if let Some(n) = &*note { <p role="status">{ n }</p> }
                <p class="hint">{ t("send-forget-help") }</p>
                <p><button type="button" class="primary" onclick={done_cb}>{ t("send-done") }</button></p>
            </section>
        };
    }

    let answered = themes.iter().filter(|id| assessment.answer(ME, id).is_some_and(Answer::is_given)).count();
    let send = {
        let (ticket, assessment, sent, page, note, env) =
            (ticket.clone(), assessment.clone(), sent.clone(), page.clone(), note.clone(), env.clone());
        Callback::from(move |_| {
            let payload = AnswersPayload {
                v: 1,
                invitation_id: ticket.id.clone(),
                sent_ms: now_ms(),
                answers: assessment.answers.iter().map(|a| (**a).clone()).collect(),
            };
            let (ticket, sent, page, note, env) =
                (ticket.clone(), sent.clone(), page.clone(), note.clone(), env.clone());
            spawn_local(async move {
                match seal_answers(&ticket, &payload).await {
                    Ok(full) => {
                        let codes = split_for_qr(&full, &ticket.id, QR_CHARS);
                        page.set(0);
                        sent.set(Some(Rc::new((full, codes))));
                        focus_id_later("send-heading");
                    }
                    Err(_) => note.set(Some(env.t("invite-failed"))),
                }
            });
        })
    };

    html! {
        <div class="guest-screen">
            <section class="intro" aria-labelledby="guest-heading">
                <h2 id="guest-heading" tabindex="-1">{ instrument.def.title.get(lang) }</h2>
                <p>{ t("guest-help") }</p>
                <p role="status">{ env.i18n.t_args("guest-progress", &[("done", Arg::from(answered)), ("total", Arg::from(themes.len()))]) }</p>
            </section>
            <SoloQuestions instrument_id={ticket.instrument_id.clone()} theme_ids={themes.clone()} assessment={assessment.clone()}
                participant={(ME.to_string(), you.clone())} {on_action} />
            if let Some(n) = &*note { <p class="notice" role="alert">{ n }</p> }
            <p><button type="button" class="primary" onclick={send}>{ t("guest-send") }</button></p>
        </div>
    }
}
