//! The root component: the lock, the instruments and the case list, the open case and autosave.

use super::browser;
use super::embed::{self, EmbedNotices, ShareDialog};
use super::screens::{
    case_details::CaseDetails,
    circle::CircleScreen,
    device::DeviceSettings,
    export::ExportScreen,
    guest::{accept_ticket, GuestScreen, JoinScreen},
    handover::HandOverScreen,
    lock::{SetupScreen, UnlockScreen},
    matrix::MatrixScreen,
    plan::PlanScreen,
    start::StartScreen,
    triangle::TriangleScreen,
};
use super::session;
use super::state::{CaseMsg, CaseState, Env, HandOver};
use super::storage::{persist, Store};
use super::vault::{self, DeviceMeta, Gate, Vault};
use super::widgets::backup::{BackupExport, BackupImport};
use super::widgets::header::{Header, SaveStatus};
use crate::core::case::Case;
use crate::core::cofill::Ticket;
use crate::core::instrument::Instrument;
use crate::i18n::{Arg, I18n, Lang};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

mod autosave;
mod boot;
mod watch;

use autosave::use_autosave;

use boot::{
    initial_lang, load_demo, load_instruments, load_lang, rest_or_lock_message, rest_or_say, restart, storage_notice,
    summaries, ticket_in_address, unlock_message, Notice, DEMO_ID,
};
use watch::{use_idle_lock, use_page_life, IdleWatch};

/// The steps of a case.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Case,
    Triangle,
    Matrix,
    Circle,
    Plan,
    Export,
}

impl Step {
    pub const ALL: [Step; 6] = [Step::Case, Step::Triangle, Step::Matrix, Step::Circle, Step::Plan, Step::Export];
    pub fn key(self) -> &'static str {
        match self {
            Step::Case => "case",
            Step::Triangle => "triangle",
            Step::Matrix => "matrix",
            Step::Circle => "circle",
            Step::Plan => "plan",
            Step::Export => "export",
        }
    }
}

/// Where the app is between start and work.
#[derive(Clone, PartialEq)]
enum Phase {
    Booting,
    /// No passphrase on this device yet.
    Setup(Store),
    Locked(Store, DeviceMeta),
    Open(Rc<Vault>),
    /// The browser cannot store anything: work stays in memory.
    MemoryOnly,
    /// A family member's own phone joining with an invitation: nothing is stored.
    Join,
    Guest(Rc<Ticket>),
}

#[component]
pub fn App() -> Html {
    // The language shown; set only once its message table is there (Dutch is built in).
    let lang = use_state(|| Lang::Nl);
    let i18n = use_memo(*lang, |l| I18n::for_lang(*l));
    let instruments = use_state(|| Rc::new(Vec::<Instrument>::new()));
    let notices = use_state(Vec::<Notice>::new);
    // Kept apart from `notices`, which later events replace: a broken instrument file stays said.
    let instrument_notices = use_state(Vec::<Notice>::new);
    // Shows a language the organisation's configuration asks for (not saved as the user's choice).
    let show_lang = {
        let (lang, notices) = (lang.clone(), notices.clone());
        Callback::from(move |l: Lang| {
            let (lang, notices) = (lang.clone(), notices.clone());
            spawn_local(async move {
                match load_lang(l).await {
                    Ok(()) => lang.set(l),
                    Err(e) => notices.set(vec![Notice { key: "notice-language-failed", detail: e }]),
                }
            });
        })
    };
    let org = embed::use_org(*lang, show_lang.clone());
    let phase = use_state(|| Phase::Booting);
    let busy = use_state(|| false);
    let lock_message = use_state(|| None::<String>);
    let device_message = use_state(|| None::<String>);
    let persisted = use_state(|| None::<bool>);
    // Cases on this device, decrypted while unlocked; the open one lives in `case`.
    let cases = use_state(|| Rc::new(Vec::<Case>::new()));
    let case = use_reducer(CaseState::default);
    let step = use_state(|| Step::Case);
    let (save, saver) = use_autosave(case.clone(), matches!(*phase, Phase::Open(_)));
    // An imported case whose id is already on this device, waiting for "replace or copy".
    let pending_import = use_state(|| None::<Case>);
    let idle = use_mut_ref(|| None::<IdleWatch>);
    // One participant answering apart on this tablet; and who just gave it back.
    let hand_over = use_state(|| None::<HandOver>);
    let handed_back = use_state(|| None::<String>);
    let hand_back_message = use_state(|| None::<String>);
    let today = browser::today();

    {
        let lang = *lang;
        use_effect_with(lang, move |_| browser::set_document_lang(lang.code(), lang.rtl()));
    }

    {
        let booting = matches!(*phase, Phase::Booting);
        use_effect_with(booting, |booting| {
            if !*booting {
                browser::announce_first_screen();
            }
        });
    }

    // Start-up: the chosen language and storage; the lock decides what comes next. The instruments
    // load once the first screen is there: the lock screen does not need them, and unlocking takes
    // longer than they do.
    {
        let (instruments, instrument_notices, notices, phase, lang) =
            (instruments.clone(), instrument_notices.clone(), notices.clone(), phase.clone(), lang.clone());
        use_effect_with((), move |_| {
            // After the rest of the app's code: reading instruments is not the lock screens' work,
            // so its code stays out of the first part (a case opens only after the rest anyway).
            let load_instruments_after = move || {
                spawn_local(async move {
                    if browser::rest_of_app_later().await.is_err() {
                        return;
                    }
                    let (list, found) = load_instruments().await;
                    instruments.set(Rc::new(list));
                    instrument_notices.set(found);
                });
            };
            spawn_local(async move {
                let wanted = initial_lang();
                if load_lang(wanted).await.is_ok() {
                    lang.set(wanted);
                }
                let mut found = Vec::new();
                // Opened from an invitation's QR code or link: a guest, and storage is never opened.
                if let Some(text) = ticket_in_address() {
                    rest_or_say(&notices).await;
                    match accept_ticket(&text) {
                        Ok(ticket) => {
                            if let Some(l) = ticket.lang.as_deref().and_then(Lang::from_code) {
                                if load_lang(l).await.is_ok() {
                                    lang.set(l);
                                }
                            }
                            phase.set(Phase::Guest(Rc::new(ticket)));
                        }
                        Err(e) => {
                            let detail = crate::web::widgets::cofill_error_text(&I18n::for_lang(wanted), &e);
                            notices.set(vec![Notice { key: "notice-invitation", detail }]);
                            phase.set(Phase::Join);
                        }
                    }
                    load_instruments_after();
                    return;
                }
                let next = match Store::open().await {
                    Ok(store) => match vault::gate(&store).await {
                        Ok(Gate::Setup) => Phase::Setup(store),
                        Ok(Gate::Locked(meta)) => Phase::Locked(store, meta),
                        Err(e) => {
                            found.push(storage_notice(&e));
                            Phase::MemoryOnly
                        }
                    },
                    Err(_) => {
                        found.push(Notice { key: "notice-storage-unavailable", detail: String::new() });
                        Phase::MemoryOnly
                    }
                };
                // The lock screens are in the first part of the app's code; anything else needs the rest.
                if matches!(next, Phase::MemoryOnly) && browser::rest_of_app().await.is_err() {
                    found.push(Notice { key: "app-incomplete", detail: String::new() });
                }
                notices.set(found);
                phase.set(next);
                load_instruments_after();
            });
        });
    }

    // After unlocking: read the cases, add the demo family when asked for, ask to persist.
    let opened = {
        let (phase, cases, notices, persisted, busy, saver) =
            (phase.clone(), cases.clone(), notices.clone(), persisted.clone(), busy.clone(), saver.clone());
        Callback::from(move |v: Vault| {
            let (phase, cases, notices, persisted, busy, saver) =
                (phase.clone(), cases.clone(), notices.clone(), persisted.clone(), busy.clone(), saver.clone());
            spawn_local(async move {
                let mut found = Vec::new();
                let mut list = match v.load_all().await {
                    Ok((list, broken)) => {
                        if broken > 0 {
                            found.push(Notice { key: "notice-records-unreadable", detail: broken.to_string() });
                        }
                        list
                    }
                    Err(e) => {
                        found.push(storage_notice(&e));
                        Vec::new()
                    }
                };
                if browser::has_query_flag("demo") && !list.iter().any(|c| c.id == DEMO_ID) {
                    match load_demo().await {
                        Ok(demo) => match v.save(&demo).await {
                            Ok(()) => list.push(demo),
                            Err(e) => found.push(storage_notice(&e)),
                        },
                        Err(e) => found.push(Notice { key: "notice-demo-failed", detail: e }),
                    }
                }
                cases.set(Rc::new(list));
                notices.set(found);
                busy.set(false);
                let v = Rc::new(v);
                saver.open(v.clone());
                session::set_open(true);
                phase.set(Phase::Open(v));
                persisted.set(Some(persist().await));
            });
        })
    };

    let on_setup = {
        let (phase, busy, lock_message, opened, i18n) =
            (phase.clone(), busy.clone(), lock_message.clone(), opened.clone(), i18n.clone());
        Callback::from(move |pass: String| {
            let Phase::Setup(store) = (*phase).clone() else { return };
            busy.set(true);
            let (busy, lock_message, opened, i18n) = (busy.clone(), lock_message.clone(), opened.clone(), i18n.clone());
            spawn_local(async move {
                if !rest_or_lock_message(&busy, &lock_message, &i18n).await {
                    return;
                }
                match vault::setup(store, &pass).await {
                    Ok(v) => {
                        lock_message.set(None);
                        opened.emit(v);
                    }
                    Err(e) => {
                        busy.set(false);
                        lock_message.set(Some(unlock_message(&i18n, &e)));
                    }
                }
            });
        })
    };

    let on_unlock = {
        let (phase, busy, lock_message, opened, i18n) =
            (phase.clone(), busy.clone(), lock_message.clone(), opened.clone(), i18n.clone());
        Callback::from(move |pass: String| {
            let Phase::Locked(store, meta) = (*phase).clone() else { return };
            busy.set(true);
            let (phase, busy, lock_message, opened, i18n) =
                (phase.clone(), busy.clone(), lock_message.clone(), opened.clone(), i18n.clone());
            spawn_local(async move {
                if !rest_or_lock_message(&busy, &lock_message, &i18n).await {
                    return;
                }
                match vault::unlock(store.clone(), meta, &pass).await {
                    Ok(v) => {
                        lock_message.set(None);
                        opened.emit(v);
                    }
                    Err(e) => {
                        lock_message.set(Some(unlock_message(&i18n, &e)));
                        // The count of wrong tries changed in storage: read it back.
                        if let Ok(Gate::Locked(meta)) = vault::gate(&store).await {
                            phase.set(Phase::Locked(store, meta));
                        }
                        busy.set(false);
                    }
                }
            });
        })
    };

    // Writes what the autosave holds now (closing the case): no waiting for a pause.
    let flush = {
        let saver = saver.clone();
        move || saver.flush()
    };

    // Locking: what waits is written first (the saver keeps the vault until then), then every
    // case, dialog and question goes from the page, and nothing leaves the app until it is
    // unlocked again.
    let on_lock = {
        let (phase, case, cases, saver, idle, hand_over) =
            (phase.clone(), case.clone(), cases.clone(), saver.clone(), idle.clone(), hand_over.clone());
        let (pending_import, device_message, handed_back, hand_back_message) =
            (pending_import.clone(), device_message.clone(), handed_back.clone(), hand_back_message.clone());
        Callback::from(move |_: ()| {
            let Phase::Open(v) = (*phase).clone() else { return };
            session::set_open(false);
            saver.lock();
            idle.borrow_mut().take();
            hand_over.set(None);
            handed_back.set(None);
            hand_back_message.set(None);
            pending_import.set(None);
            device_message.set(None);
            case.dispatch(CaseMsg::Close);
            cases.set(Rc::new(Vec::new()));
            phase.set(Phase::Locked(v.store(), v.meta.clone()));
        })
    };

    {
        let saver = saver.clone();
        use_page_life(Callback::from(move |_| saver.flush()), on_lock.clone());
    }

    // What may leave the app (downloads, shares, host messages) follows the phase; a lock shuts
    // it at once (above), before the next render.
    {
        let open = matches!(*phase, Phase::Open(_) | Phase::MemoryOnly | Phase::Join | Phase::Guest(_));
        use_effect_with(open, |open| session::set_open(*open));
    }

    // The idle lock runs while the app is open.
    let minutes = match &*phase {
        Phase::Open(v) => Some(v.meta.lock_minutes),
        _ => None,
    };
    use_idle_lock(idle.clone(), minutes, on_lock.clone());

    let family =
        case.case.as_ref().and_then(|c| c.family_language.as_deref()).and_then(Lang::from_code).filter(|f| *f != *lang);
    embed::use_share_on_confirm(case.case.clone());
    let env = Env { i18n: i18n.clone(), family, instruments: (*instruments).clone(), today, org: org.clone() };

    let on_lang = {
        let (lang, notices) = (lang.clone(), notices.clone());
        Callback::from(move |l: Lang| {
            browser::save_lang(l.code());
            let (lang, notices) = (lang.clone(), notices.clone());
            spawn_local(async move {
                match load_lang(l).await {
                    Ok(()) => lang.set(l),
                    Err(e) => notices.set(vec![Notice { key: "notice-language-failed", detail: e }]),
                }
            });
        })
    };

    let on_open = {
        let (case, cases, step, save) = (case.clone(), cases.clone(), step.clone(), save.clone());
        Callback::from(move |id: String| {
            if let Some(c) = cases.iter().find(|c| c.id == id) {
                case.dispatch(CaseMsg::Open(Box::new(c.clone())));
                step.set(Step::Case);
                save.set(SaveStatus::Saved);
                browser::focus_id_later("case-title");
            }
        })
    };

    let on_create = {
        let (case, cases, phase, step, notices, save) =
            (case.clone(), cases.clone(), phase.clone(), step.clone(), notices.clone(), save.clone());
        let way = org.way_of_working();
        Callback::from(move |alias: String| {
            let mut new = Case::new(browser::new_id("case"), alias, browser::today(), browser::now_ms());
            if let Some(w) = way {
                new.way_of_working = w;
            }
            let mut list = (*cases).to_vec();
            list.push(new.clone());
            cases.set(Rc::new(list));
            case.dispatch(CaseMsg::Open(Box::new(new.clone())));
            step.set(Step::Case);
            if let Phase::Open(v) = (*phase).clone() {
                let (notices, save) = (notices.clone(), save.clone());
                spawn_local(async move {
                    match v.save(&new).await {
                        Ok(()) => save.set(SaveStatus::Saved),
                        Err(e) => {
                            save.set(SaveStatus::Failed(e.clone()));
                            notices.set(vec![storage_notice(&e)]);
                        }
                    }
                });
            } else {
                save.set(SaveStatus::MemoryOnly);
            }
        })
    };

    let on_delete = {
        let (cases, phase, notices) = (cases.clone(), phase.clone(), notices.clone());
        Callback::from(move |id: String| {
            let (cases, notices) = (cases.clone(), notices.clone());
            let phase = (*phase).clone();
            spawn_local(async move {
                if let Phase::Open(v) = phase {
                    if let Err(e) = v.delete(&id).await {
                        notices.set(vec![storage_notice(&e)]);
                        return;
                    }
                }
                cases.set(Rc::new(cases.iter().filter(|c| c.id != id).cloned().collect()));
            });
        })
    };

    // Stores an imported case: as it is, or as a copy with a new id when asked to.
    let store_import = {
        let (cases, phase, notices) = (cases.clone(), phase.clone(), notices.clone());
        Callback::from(move |c: Case| {
            let mut list: Vec<Case> = cases.iter().filter(|x| x.id != c.id).cloned().collect();
            list.push(c.clone());
            cases.set(Rc::new(list));
            if let Phase::Open(v) = (*phase).clone() {
                let notices = notices.clone();
                spawn_local(async move {
                    if let Err(e) = v.save(&c).await {
                        notices.set(vec![storage_notice(&e)]);
                    }
                });
            }
        })
    };

    let on_import = {
        let (cases, pending_import, store_import) = (cases.clone(), pending_import.clone(), store_import.clone());
        Callback::from(move |c: Case| {
            if cases.iter().any(|x| x.id == c.id) {
                pending_import.set(Some(c));
            } else {
                store_import.emit(c);
            }
        })
    };

    let import_choice = (*pending_import).clone().map(|c| {
        let replace = {
            let (p, s, c) = (pending_import.clone(), store_import.clone(), c.clone());
            Callback::from(move |_| {
                p.set(None);
                s.emit(c.clone());
            })
        };
        let copy = {
            let (p, s, c, i18n) = (pending_import.clone(), store_import.clone(), c.clone(), i18n.clone());
            Callback::from(move |_| {
                p.set(None);
                let mut copy = c.clone();
                copy.id = browser::new_id("case");
                let alias = i18n.t_args("import-copy-name", &[("name", Arg::from(c.family_alias.as_str()))]);
                copy.family_alias = alias.chars().take(crate::core::action::MAX_NAME).collect();
                s.emit(copy);
            })
        };
        let cancel = {
            let p = pending_import.clone();
            Callback::from(move |_| p.set(None))
        };
        html! {
            <div class="confirm" role="alertdialog" aria-labelledby="import-q">
                <p id="import-q">{ i18n.t_args("import-exists", &[("name", Arg::from(c.family_alias.as_str()))]) }</p>
                <button type="button" class="danger" onclick={replace}>{ i18n.t("import-replace") }</button>
                <button type="button" class="primary" onclick={copy}>{ i18n.t("import-as-copy") }</button>
                <button type="button" class="secondary" onclick={cancel}>{ i18n.t("import-cancel") }</button>
            </div>
        }
    });

    let on_wipe = {
        let (phase, case, cases, idle, notices, saver) =
            (phase.clone(), case.clone(), cases.clone(), idle.clone(), notices.clone(), saver.clone());
        Callback::from(move |_: ()| {
            let store = match (*phase).clone() {
                Phase::Open(v) => v.store(),
                Phase::Locked(s, _) | Phase::Setup(s) => s,
                _ => return,
            };
            session::set_open(false);
            saver.discard();
            idle.borrow_mut().take();
            case.dispatch(CaseMsg::Close);
            cases.set(Rc::new(Vec::new()));
            phase.set(Phase::Booting);
            let (phase, notices) = (phase.clone(), notices.clone());
            spawn_local(async move {
                let wiped = store.wipe().await;
                let next = match Store::open().await {
                    Ok(s) => Phase::Setup(s),
                    Err(_) => Phase::MemoryOnly,
                };
                let key = if wiped.is_ok() { "notice-wiped" } else { "notice-wipe-failed" };
                notices.set(vec![Notice { key, detail: String::new() }]);
                phase.set(next);
            });
        })
    };

    let on_lock_minutes = {
        let (phase, saver) = (phase.clone(), saver.clone());
        Callback::from(move |m: u32| {
            let Phase::Open(v) = (*phase).clone() else { return };
            let (phase, saver) = (phase.clone(), saver.clone());
            spawn_local(async move {
                if let Ok(next) = v.set_lock_minutes(m).await {
                    let next = Rc::new(next);
                    saver.open(next.clone());
                    phase.set(Phase::Open(next));
                }
            });
        })
    };

    let on_change_passphrase = {
        let (phase, device_message, i18n, saver) = (phase.clone(), device_message.clone(), i18n.clone(), saver.clone());
        Callback::from(move |pass: String| {
            let Phase::Open(v) = (*phase).clone() else { return };
            saver.flush();
            device_message.set(Some(i18n.t("unlock-busy")));
            let (phase, device_message, i18n, saver) =
                (phase.clone(), device_message.clone(), i18n.clone(), saver.clone());
            spawn_local(async move {
                // Every write under the old key has landed before the records are sealed again.
                saver.settled().await;
                match v.change_passphrase(&pass).await {
                    Ok(next) => {
                        device_message.set(Some(i18n.t("passphrase-changed")));
                        let next = Rc::new(next);
                        saver.open(next.clone());
                        phase.set(Phase::Open(next));
                    }
                    Err(_) => device_message.set(Some(i18n.t("passphrase-change-failed"))),
                }
            });
        })
    };

    let on_close = {
        let (case, flush, cases) = (case.clone(), flush.clone(), cases.clone());
        Callback::from(move |_| {
            flush();
            if let Some(current) = case.case.clone() {
                let mut list: Vec<Case> = cases.iter().filter(|c| c.id != current.id).cloned().collect();
                list.push((*current).clone());
                cases.set(Rc::new(list));
            }
            case.dispatch(CaseMsg::Close);
        })
    };

    let on_step = {
        let step = step.clone();
        Callback::from(move |s: Step| step.set(s))
    };

    // One callback for the life of the app: components whose other props did not change are not
    // rendered again when the case changes (a tap re-renders only what it touched).
    let on_action = {
        let dispatch = case.dispatcher();
        use_callback((), move |a, _| dispatch.dispatch(CaseMsg::Act(a)))
    };

    let on_hand_over = {
        let (hand_over, handed_back, msg) = (hand_over.clone(), handed_back.clone(), hand_back_message.clone());
        Callback::from(move |h: HandOver| {
            handed_back.set(None);
            msg.set(None);
            hand_over.set(Some(h));
            browser::focus_id_later("handover-heading");
        })
    };
    // Taking the tablet back: the passphrase when the device has one (wrong tries count as at the
    // lock), else the confirmation alone.
    let on_hand_back = {
        let (phase, hand_over, handed_back, msg, busy, i18n) = (
            phase.clone(),
            hand_over.clone(),
            handed_back.clone(),
            hand_back_message.clone(),
            busy.clone(),
            i18n.clone(),
        );
        Callback::from(move |pass: Option<String>| {
            let name = (*hand_over).as_ref().map(|h| h.name.clone()).unwrap_or_default();
            let give_back = {
                let (hand_over, handed_back, msg) = (hand_over.clone(), handed_back.clone(), msg.clone());
                move || {
                    msg.set(None);
                    hand_over.set(None);
                    handed_back.set(Some(name.clone()));
                    browser::focus_id_later("handed-back");
                }
            };
            match ((*phase).clone(), pass) {
                (Phase::Open(v), Some(pass)) => {
                    busy.set(true);
                    let (msg, busy, i18n) = (msg.clone(), busy.clone(), i18n.clone());
                    spawn_local(async move {
                        // The count of wrong tries as stored now, so each wrong try waits longer.
                        let meta = match vault::gate(&v.store()).await {
                            Ok(Gate::Locked(meta)) => meta,
                            _ => v.meta.clone(),
                        };
                        match vault::unlock(v.store(), meta, &pass).await {
                            Ok(_) => give_back(),
                            Err(e) => msg.set(Some(unlock_message(&i18n, &e))),
                        }
                        busy.set(false);
                    });
                }
                (Phase::Open(_), None) => {}
                _ => give_back(),
            }
        })
    };
    let on_join = {
        let (phase, notices) = (phase.clone(), notices.clone());
        Callback::from(move |_| {
            let (phase, notices) = (phase.clone(), notices.clone());
            spawn_local(async move {
                if rest_or_say(&notices).await {
                    phase.set(Phase::Join);
                }
            });
        })
    };
    let on_ticket = {
        let (phase, show_lang) = (phase.clone(), show_lang.clone());
        Callback::from(move |ticket: Ticket| {
            if let Some(l) = ticket.lang.as_deref().and_then(Lang::from_code) {
                show_lang.emit(l);
            }
            phase.set(Phase::Guest(Rc::new(ticket)));
            browser::focus_id_later("guest-heading");
        })
    };

    let t = |k: &str| i18n.t(k);
    let notice_html = instrument_notices.iter().chain(notices.iter()).map(|n| {
        // A number as the detail is a count: given as one, so the message chooses its plural.
        let count = n.detail.parse::<usize>().map(Arg::from).unwrap_or_else(|_| Arg::from(0usize));
        let text = i18n.t_args(n.key, &[("detail", Arg::from(n.detail.as_str())), ("count", count)]);
        // A file's technical fault is for whoever set up the app: beside the message, not in it.
        let tech = (n.key == "notice-instrument-invalid").then(|| crate::web::widgets::tech_detail(&i18n, &n.detail));
        html! { <div class="notice" role="alert"><p>{ text }</p>{ for tech }</div> }
    });

    let unlocked = matches!(*phase, Phase::Open(_) | Phase::MemoryOnly);
    let join_button = html! {
        <p class="join-link"><button type="button" class="secondary" onclick={on_join}>{ t("join-open") }</button></p>
    };
    let body = match (&*phase, &case.case) {
        (Phase::Booting, _) => html! { <p class="loading" role="status">{ t("loading") }</p> },
        (Phase::Join, _) => html! { <JoinScreen on_ticket={on_ticket} on_cancel={Callback::from(|_| restart())} /> },
        (Phase::Guest(ticket), _) => {
            html! { <GuestScreen ticket={ticket.clone()} on_done={Callback::from(|_| restart())} /> }
        }
        (_, Some(c)) if hand_over.is_some() => {
            let h = (*hand_over).clone().unwrap_or_else(|| unreachable!());
            html! {
                <HandOverScreen case={c.clone()} hand_over={h} on_action={on_action.clone()} on_hand_back={on_hand_back}
                    locked_device={matches!(*phase, Phase::Open(_))} busy={*busy} message={(*hand_back_message).clone()} />
            }
        }
        (Phase::Setup(_), _) => html! { <><SetupScreen on_setup={on_setup} busy={*busy} />{ join_button }</> },
        (Phase::Locked(_, meta), _) => html! {
            <>
                <UnlockScreen on_unlock={on_unlock} on_wipe={on_wipe.clone()} busy={*busy} message={(*lock_message).clone()}
                    retry_at_ms={meta.retry_at_ms()} />
                { join_button }
            </>
        },
        (_, None) => html! {
            <>
                { for import_choice }
                <StartScreen cases={Rc::new(summaries(&cases))} on_open={on_open} on_create={on_create} on_delete={on_delete} on_import={on_import.clone()} />
                <BackupImport on_case={on_import} />
                { join_button }
                if let Phase::Open(v) = &*phase {
                    <DeviceSettings lock_minutes={v.meta.lock_minutes} persisted={*persisted}
                        on_lock_minutes={on_lock_minutes} on_change_passphrase={on_change_passphrase}
                        on_wipe={on_wipe.clone()} message={(*device_message).clone()} />
                }
            </>
        },
        (_, Some(c)) => {
            let nav = Step::ALL.iter().map(|s| {
                let current = *s == *step;
                let onclick = {
                    let on_step = on_step.clone();
                    let s = *s;
                    Callback::from(move |_| on_step.emit(s))
                };
                html! {
                    <li><button type="button" class={classes!("step", current.then_some("current"))}
                        aria-current={current.then_some("page")} {onclick}>{ t(&format!("step-{}", s.key())) }</button></li>
                }
            });
            let screen = match *step {
                Step::Case => html! { <CaseDetails case={c.clone()} on_action={on_action.clone()} /> },
                Step::Triangle => html! {
                    <TriangleScreen case={c.clone()} on_action={on_action.clone()} on_hand_over={on_hand_over}
                        handed_back={(*handed_back).clone()} />
                },
                Step::Matrix => html! { <MatrixScreen case={c.clone()} on_action={on_action.clone()} /> },
                Step::Circle => html! {
                    <CircleScreen case={c.clone()} on_action={on_action.clone()} outcome={case.outcome.clone()} />
                },
                Step::Plan => html! { <PlanScreen case={c.clone()} on_action={on_action.clone()} /> },
                Step::Export => html! {
                    <>
                        <ExportScreen case={c.clone()} on_action={on_action.clone()} />
                        <BackupExport case={c.clone()} />
                    </>
                },
            };
            // The circle says its refusals beside the person or line they are about.
            let says_its_own = matches!(*step, Step::Circle);
            let error = case.outcome.refused.as_ref().filter(|_| !says_its_own).map(|e| {
                html! { <p class="notice" role="alert">{ crate::web::widgets::error_text(&i18n, e) }</p> }
            });
            html! {
                <>
                    <div class="case-bar">
                        <h2 id="case-title" tabindex="-1" class="case-title">{ &c.family_alias }</h2>
                        <button type="button" class="secondary" onclick={on_close}>{ t("close-case") }</button>
                    </div>
                    <nav aria-label={t("steps-label")}><ul class="steps">{ for nav }</ul></nav>
                    { for error }
                    { screen }
                </>
            }
        }
    };

    let can_lock = matches!(*phase, Phase::Open(_));
    html! {
        <ContextProvider<Env> context={env}>
            <Header lang={*lang} on_lang={on_lang} save={(*save).clone()} unsaved={case.dirty && matches!(*phase, Phase::Open(_))} case_open={case.case.is_some() && unlocked}
                on_lock={can_lock.then_some(on_lock)} />
            <main id="main" class="main">
                <EmbedNotices />
                // Only while unlocked: a lock takes an open question (and the case file it would
                // send) off the page with it.
                if unlocked { <ShareDialog /> }
                { for notice_html }
                { body }
            </main>
            <footer class="privacy"><p>{ t("privacy-note") }</p></footer>
        </ContextProvider<Env>>
    }
}
