//! Answering apart: handing the tablet to one participant, or inviting them to answer on their own
//! phone and bringing their sealed answers back (`core::cofill`), with no server in between.

use crate::core::case::{Case, Role};
use crate::core::cofill::{merge_answers, ticket_link, ChunkSet, CoFillError, Gathered, Invitation, MAX_TEXT};
use crate::core::network::who_name;
use crate::core::CaseAction;
use crate::i18n::Arg;
use crate::web::browser::{date_at, now_ms};
use crate::web::cofill::{new_invitation, open_answers, share_click};
use crate::web::files::on_text_file;
use crate::web::state::{use_env, Env, HandOver};
use crate::web::widgets::cofill_error_text;
use crate::web::widgets::qr_code::QrCode;
use crate::web::widgets::qr_scanner::QrScanner;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ApartProps {
    pub case: Rc<Case>,
    pub instrument_id: String,
    pub visit_id: String,
    pub shown: Rc<Vec<String>>,
    pub respondents: Rc<Vec<(String, String)>>,
    pub on_action: Callback<CaseAction>,
    pub on_hand_over: Callback<HandOver>,
}

#[derive(Clone, PartialEq)]
enum Open {
    Nothing,
    Code(String),
    BringIn,
}

/// A participant's name, as the rest of the app finds it.
fn name_of(case: &Case, participant_id: &str) -> String {
    who_name(case, participant_id).unwrap_or_default()
}

/// The app's own address without query or fragment: where an invitation link opens the app.
fn app_address() -> String {
    let Some(loc) = web_sys::window().map(|w| w.location()) else { return String::new() };
    format!("{}{}", loc.origin().unwrap_or_default(), loc.pathname().unwrap_or_default())
}

fn status(env: &Env, inv: &Invitation) -> String {
    match inv.answered_ms {
        Some(_) => env.t("invite-status-answered"),
        None if inv.expires_ms < now_ms() => env.t("invite-status-expired"),
        None => {
            env.i18n.t_args("invite-status-waiting", &[("date", Arg::from(env.i18n.date(date_at(inv.expires_ms))))])
        }
    }
}

#[component]
pub fn AnswerApart(props: &ApartProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let open = use_state(|| Open::Nothing);
    let problem = use_state(|| None::<String>);
    // Stable while the visit, the instrument and the themes stay: the list of people is then not
    // built again on every answer (this section renders again with every change of the case).
    let on_invite = {
        let (open, problem) = (open.clone(), problem.clone());
        let deps = (
            props.on_action.clone(),
            props.visit_id.clone(),
            props.instrument_id.clone(),
            props.shown.clone(),
            env.clone(),
        );
        use_callback(deps, move |pid: String, (act, visit, iid, shown, env)| {
            // The shared list: an instrument is a large value, not to be copied.
            let Some(instrument) = env.instrument(iid) else { return };
            match new_invitation(&pid, visit, instrument, (**shown).clone()) {
                Ok(inv) => {
                    open.set(Open::Code(inv.id.clone()));
                    act.emit(CaseAction::Invite(inv));
                }
                Err(_) => problem.set(Some(env.t("invite-failed"))),
            }
        })
    };
    if env.instrument(&props.instrument_id).is_none() {
        return Html::default();
    }

    let invitations: Vec<&Invitation> =
        props.case.invitations.iter().filter(|i| i.instrument_id == props.instrument_id).collect();
    let invitation_rows = invitations.iter().map(|inv| {
        let name = name_of(&props.case, &inv.participant_id);
        let show = {
            let (open, id) = (open.clone(), inv.id.clone());
            Callback::from(move |_| open.set(Open::Code(id.clone())))
        };
        let remove = {
            let (act, id, open) = (props.on_action.clone(), inv.id.clone(), open.clone());
            Callback::from(move |_| {
                open.set(Open::Nothing);
                act.emit(CaseAction::RemoveInvitation { id: id.clone() })
            })
        };
        let label = env.i18n.t_args("invite-row", &[("name", Arg::from(name.as_str()))]);
        html! {
            <li>
                <span>{ label }{ ": " }{ status(&env, inv) }</span>
                if inv.answered_ms.is_none() {
                    <button type="button" class="secondary small" onclick={show}>{ t("invite-show") }</button>
                }
                <button type="button" class="secondary small" onclick={remove}
                    aria-label={env.i18n.t_args("invite-remove-label", &[("name", Arg::from(name.as_str()))])}>{ t("invite-remove") }</button>
            </li>
        }
    });
    let bring_in = {
        let open = open.clone();
        Callback::from(move |_| open.set(Open::BringIn))
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_: ()| open.set(Open::Nothing))
    };
    let panel = match &*open {
        Open::Code(id) => props
            .case
            .invitations
            .iter()
            .find(|i| &i.id == id)
            .map(|inv| html! { <InviteCode case={props.case.clone()} invitation={inv.clone()} on_close={close.clone()} /> })
            .unwrap_or_default(),
        Open::BringIn => html! { <BringIn case={props.case.clone()} on_action={props.on_action.clone()} on_close={close.clone()} /> },
        Open::Nothing => Html::default(),
    };

    html! {
        <section class="card apart" aria-labelledby="apart-heading">
            <h3 id="apart-heading">{ t("apart-heading") }</h3>
            <p class="hint">{ t("apart-help") }</p>
            <ApartPeople instrument_id={props.instrument_id.clone()} shown={props.shown.clone()} respondents={props.respondents.clone()}
                on_hand_over={props.on_hand_over.clone()} {on_invite} />
            if let Some(p) = &*problem { <p class="notice" role="alert">{ p }</p> }
            if !invitations.is_empty() {
                <h4>{ t("invite-list-heading") }</h4>
                <ul class="invitations">{ for invitation_rows }</ul>
                <button type="button" class="primary" onclick={bring_in}>{ t("bring-in-open") }</button>
            }
            { panel }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PeopleProps {
    instrument_id: String,
    shown: Rc<Vec<String>>,
    respondents: Rc<Vec<(String, String)>>,
    on_hand_over: Callback<HandOver>,
    /// With the participant's id.
    on_invite: Callback<String>,
}

/// Each participant with their two ways of answering apart.
#[component]
fn ApartPeople(props: &PeopleProps) -> Html {
    let env = use_env();
    let people = props.respondents.iter().map(|(pid, name)| {
        let hand_over = {
            let (cb, pid, name, iid, shown) = (
                props.on_hand_over.clone(),
                pid.clone(),
                name.clone(),
                props.instrument_id.clone(),
                props.shown.clone(),
            );
            Callback::from(move |_| {
                cb.emit(HandOver {
                    participant_id: pid.clone(),
                    name: name.clone(),
                    instrument_id: iid.clone(),
                    theme_ids: shown.clone(),
                })
            })
        };
        let invite = {
            let (cb, pid) = (props.on_invite.clone(), pid.clone());
            Callback::from(move |_| cb.emit(pid.clone()))
        };
        html! {
            <li class="apart-person">
                <span class="apart-name">{ name }</span>
                <button type="button" class="secondary" onclick={hand_over}>
                    { env.i18n.t_args("apart-hand-over", &[("name", Arg::from(name.as_str()))]) }
                </button>
                <button type="button" class="secondary" onclick={invite}>
                    { env.i18n.t_args("apart-invite", &[("name", Arg::from(name.as_str()))]) }
                </button>
            </li>
        }
    });
    html! { <ul class="apart-people">{ for people }</ul> }
}

#[derive(Properties, PartialEq)]
struct InviteCodeProps {
    case: Rc<Case>,
    invitation: Invitation,
    on_close: Callback<()>,
}

/// The invitation as a QR code to scan with the phone, and as a file to send.
#[component]
fn InviteCode(props: &InviteCodeProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let note = use_state(|| None::<String>);
    let inv = &props.invitation;
    let role = props.case.participant(&inv.participant_id).map(|p| p.role).unwrap_or(Role::Parent);
    let lang = props.case.family_language.clone().or_else(|| Some(env.lang().to_string()));
    let link = ticket_link(&app_address(), &inv.ticket(role, lang));
    let name = name_of(&props.case, &inv.participant_id);
    let save = share_click(&env, "samenplan-invitation.txt".into(), link.clone(), note.clone());
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_| cb.emit(()))
    };
    html! {
        <section class="invite-code" aria-labelledby="invite-code-heading">
            <h4 id="invite-code-heading">{ env.i18n.t_args("invite-code-heading", &[("name", Arg::from(name.as_str()))]) }</h4>
            <p class="hint">{ t("invite-code-help") }</p>
            <QrCode text={link.clone()} label={env.i18n.t_args("invite-code-label", &[("name", Arg::from(name.as_str()))])} />
            <p>{ env.i18n.t_args("invite-valid-until", &[("date", Arg::from(env.i18n.date(date_at(inv.expires_ms))))]) }</p>
            <p>
                <button type="button" class="secondary" onclick={save}>{ t("invite-save-file") }</button>
                <button type="button" class="secondary" onclick={close}>{ t("invite-close") }</button>
            </p>
            if let Some(n) = &*note { <p role="status">{ n }</p> }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct BringInProps {
    case: Rc<Case>,
    on_action: Callback<CaseAction>,
    on_close: Callback<()>,
}

/// Brings a phone's answers in: from QR codes shown on the phone, or from the file it sent.
#[component]
fn BringIn(props: &BringInProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let chunks = use_mut_ref(ChunkSet::default);
    let progress = use_state(|| None::<(usize, usize)>);
    let message = use_state(|| None::<(bool, String)>);
    let scanning = use_state(|| false);
    let busy = use_mut_ref(|| false);

    // Opens the whole text with the invitation's key, tries the merge on a copy for a precise
    // message, then hands it to the case. The case state merges it once more (and only once).
    let process = {
        let (case, act, message, env, busy, scanning, chunks) = (
            props.case.clone(),
            props.on_action.clone(),
            message.clone(),
            env.clone(),
            busy.clone(),
            scanning.clone(),
            chunks.clone(),
        );
        Callback::from(move |text: String| {
            if std::mem::replace(&mut *busy.borrow_mut(), true) {
                return;
            }
            let (case, act, message, env, busy, scanning, chunks) = (
                case.clone(),
                act.clone(),
                message.clone(),
                env.clone(),
                busy.clone(),
                scanning.clone(),
                chunks.clone(),
            );
            spawn_local(async move {
                let result = match open_answers(&case, &text).await {
                    Ok(payload) => {
                        let now = now_ms();
                        let mut trial = (*case).clone();
                        match merge_answers(&mut trial, &payload, now) {
                            Ok(count) => {
                                let pid = case
                                    .invitations
                                    .iter()
                                    .find(|i| i.id == payload.invitation_id)
                                    .map(|i| i.participant_id.clone())
                                    .unwrap_or_default();
                                act.emit(CaseAction::ImportAnswers { payload, now_ms: now });
                                let name = name_of(&case, &pid);
                                Ok(env.i18n.t_args(
                                    "bring-in-done",
                                    &[("count", Arg::from(count)), ("name", Arg::from(name.as_str()))],
                                ))
                            }
                            Err(e) => Err(cofill_error_text(&env.i18n, &e)),
                        }
                    }
                    Err(e) => Err(cofill_error_text(&env.i18n, &e)),
                };
                *chunks.borrow_mut() = ChunkSet::default();
                scanning.set(false);
                message.set(Some(match result {
                    Ok(m) => (true, m),
                    Err(m) => (false, m),
                }));
                *busy.borrow_mut() = false;
            });
        })
    };

    let on_scan = {
        let (chunks, progress, message, process, env) =
            (chunks.clone(), progress.clone(), message.clone(), process.clone(), env.clone());
        Callback::from(move |text: String| {
            let got = chunks.borrow_mut().add(&text);
            match got {
                Ok(Gathered::Partial { have, total }) => progress.set(Some((have, total))),
                Ok(Gathered::Complete(full)) => {
                    progress.set(None);
                    process.emit(full);
                }
                Err(e) => message.set(Some((false, cofill_error_text(&env.i18n, &e)))),
            }
        })
    };
    let on_file = {
        let (process, message, env) = (process.clone(), message.clone(), env.clone());
        on_text_file(
            MAX_TEXT,
            Callback::from(move |text: Option<String>| match text {
                Some(text) => process.emit(text),
                None => message.set(Some((false, cofill_error_text(&env.i18n, &CoFillError::NotOurs)))),
            }),
        )
    };
    let toggle_scan = {
        let scanning = scanning.clone();
        Callback::from(move |_| scanning.set(!*scanning))
    };
    let close = {
        let cb = props.on_close.clone();
        Callback::from(move |_| cb.emit(()))
    };

    html! {
        <section class="bring-in" aria-labelledby="bring-in-heading">
            <h4 id="bring-in-heading">{ t("bring-in-heading") }</h4>
            <p class="hint">{ t("bring-in-help") }</p>
            <p>
                <button type="button" class="secondary" aria-pressed={if *scanning { "true" } else { "false" }} onclick={toggle_scan}>
                    { t(if *scanning { "bring-in-scan-stop" } else { "bring-in-scan" }) }
                </button>
            </p>
            if *scanning { <QrScanner on_text={on_scan} /> }
            if let Some((have, total)) = *progress {
                <p role="status">{ env.i18n.t_args("bring-in-progress", &[("have", Arg::from(have)), ("total", Arg::from(total))]) }</p>
            }
            <label for="bring-in-file">{ t("bring-in-file") }</label>
            <input id="bring-in-file" type="file" accept=".txt,text/plain" onchange={on_file} />
            if let Some((ok, m)) = &*message {
                <p class={if *ok { "saved-note" } else { "notice" }} role={if *ok { "status" } else { "alert" }}>{ m }</p>
            }
            <p><button type="button" class="secondary" onclick={close}>{ t("invite-close") }</button></p>
        </section>
    }
}
