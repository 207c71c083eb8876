//! The root component: it wires the session (`session.rs`, one reducer), the open case
//! (`CaseState`) and the hooks around them, and chooses the screen. What each part does lives
//! in its own file: start-up (`boot.rs`), the language, the lock, the case list, autosave, the
//! page's life and the idle lock, handing the tablet over, the open case's steps (`work.rs`).

use super::embed::{self, EmbedHost, EmbedNotices, ShareDialog};
use super::screens::{
    guest::{GuestScreen, JoinScreen},
    lock::{SetupScreen, UnlockScreen},
};
use super::session as gate_out;
use super::state::{CaseMsg, CaseState, Env};
use super::widgets::header::Header;
use super::{browser, widgets};
use crate::i18n::{Arg, I18n, Lang};
use yew::prelude::*;

mod autosave;
mod boot;
mod case_list;
mod hand_over;
mod idle;
mod join;
mod language;
mod lock;
mod session;
mod watch;
mod work;

use autosave::use_autosave;
pub use boot::{decide, Start};
use boot::{restart, use_boot, Notice};
use case_list::{use_case_list, StartProps};
use idle::{use_idle_lock, IdleWatch};
use language::use_language;
use lock::{lock, Parts};
use session::{Session, SessionState};
use watch::use_page_life;
use work::{case_work, hand_over, Work};

/// Where the app starts ([`decide`]), given once: the root is never given other props.
#[derive(Properties)]
pub struct AppProps {
    pub start: Start,
}

impl PartialEq for AppProps {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let session = use_reducer(|| SessionState::started(props.start.session.clone(), props.start.notices.clone()));
    let language = use_language(session.dispatcher(), props.start.lang);
    let i18n = use_memo(language.lang, |l| I18n::for_lang(*l));
    let org = embed::use_org(language.lang, language.show.clone());
    let text_langs_wanted = use_mut_ref(Vec::new);
    let loaded = use_boot(text_langs_wanted.clone());
    let case = use_reducer(CaseState::default);
    let (save, saver) = use_autosave(case.clone(), matches!(session.phase, Session::Open(_)));
    let cases = use_case_list();
    let idle = use_mut_ref(|| None::<IdleWatch>);
    let embed_host = embed::use_embed_host(&org);
    let phase = &session.phase;

    {
        let booting = matches!(phase, Session::Booting);
        use_effect_with(booting, |booting| {
            if !*booting {
                browser::announce_first_screen();
            }
        });
    }

    let parts = Parts {
        session: session.clone(),
        case: case.clone(),
        cases: cases.clone(),
        saver: saver.clone(),
        idle: idle.clone(),
        i18n: i18n.clone(),
    };
    let lock = lock(parts);
    {
        let saver = saver.clone();
        use_page_life(Callback::from(move |_| saver.flush()), lock.on_lock.clone());
    }
    // What may leave the app (downloads, shares, host messages) follows the phase; a lock shuts
    // it at once (in `on_lock`), before the next render.
    use_effect_with(phase.open_for_work(), |open| gate_out::set_open(*open));
    // The idle lock runs while the app is open.
    let minutes = phase.vault().map(|v| v.meta.lock_minutes);
    use_idle_lock(idle.clone(), minutes, lock.on_lock.clone());

    let family = case
        .case
        .as_ref()
        .and_then(|c| c.family_language.as_deref())
        .and_then(Lang::from_code)
        .filter(|f| *f != language.lang);
    *text_langs_wanted.borrow_mut() = boot::text_langs(language.lang, family);
    boot::use_instrument_langs(loaded.clone(), text_langs_wanted.clone());
    embed::use_share_on_confirm(case.case.clone(), embed_host.clone());
    let env = Env {
        i18n: i18n.clone(),
        family,
        instruments: loaded.instruments.clone(),
        texts_ready: loaded.langs.as_deref() == Some(&*text_langs_wanted.borrow()),
        today: browser::today(),
        org: org.clone(),
    };

    // One callback for the life of the app: components whose other props did not change are not
    // rendered again when the case changes (a tap re-renders only what it touched).
    let on_action = {
        let dispatch = case.dispatcher();
        use_callback((), move |a, _| dispatch.dispatch(CaseMsg::Act(a)))
    };
    let on_close = {
        let (case, cases, saver) = (case.clone(), cases.clone(), saver.clone());
        // Writes what the autosave holds now: no waiting for a pause.
        Callback::from(move |_| {
            saver.flush();
            cases.close(&case);
        })
    };
    let on_hand_over = hand_over::use_on_hand_over(&session);
    let on_join = join::on_join(&session);
    let on_ticket = join::on_ticket(&session, &language.show);

    let t = |k: &str| i18n.t(k);
    let notice_html = loaded.notices.iter().chain(session.notices.iter()).map(|n| notice(&i18n, n));
    let unlocked = phase.unlocked();
    let join = html! {
        <p class="join-link"><button type="button" class="secondary" onclick={on_join}>{ t("join-open") }</button></p>
    };
    let work = Work {
        session: &session,
        case: &case,
        i18n: &i18n,
        on_action,
        on_close,
        on_hand_over,
        on_hand_back: hand_over::on_hand_back(&session, &i18n),
    };
    let body = match (phase, &case.case) {
        (Session::Booting, _) => html! { <p class="loading" role="status">{ t("loading") }</p> },
        (Session::Join, _) => html! { <JoinScreen on_ticket={on_ticket} on_cancel={Callback::from(|_| restart())} /> },
        (Session::Guest(ticket), _) => {
            html! { <GuestScreen ticket={ticket.clone()} on_done={Callback::from(|_| restart())} /> }
        }
        (_, Some(c)) if session.hand_over.is_some() => {
            hand_over(&work, c, session.hand_over.as_ref().unwrap_or_else(|| unreachable!()))
        }
        (Session::Setup(_), _) => html! { <><SetupScreen on_setup={lock.on_setup} busy={session.busy} />{ join }</> },
        (Session::Locked(_, meta), _) => html! {
            <>
                <UnlockScreen on_unlock={lock.on_unlock} on_wipe={lock.on_wipe.clone()} busy={session.busy}
                    message={session.lock_message.clone()} retry_at_ms={meta.retry_at_ms()} />
                { join }
            </>
        },
        (_, None) => cases.view(StartProps {
            session: &session,
            case: &case,
            save: &save,
            i18n: &i18n,
            way: org.way_of_working(),
            join,
            on_wipe: lock.on_wipe.clone(),
            on_lock_minutes: lock.on_lock_minutes,
            on_change_passphrase: lock.on_change_passphrase,
        }),
        (_, Some(c)) => case_work(work, c),
    };

    let can_lock = matches!(phase, Session::Open(_));
    html! {
        <ContextProvider<Env> context={env}>
        <ContextProvider<EmbedHost> context={embed_host}>
            <Header lang={language.lang} on_lang={language.choose} save={(*save).clone()} unsaved={case.dirty && can_lock}
                case_open={case.case.is_some() && unlocked} on_lock={can_lock.then_some(lock.on_lock)} />
            <main id="main" class="main">
                <EmbedNotices />
                // Only while unlocked: a lock takes an open question (and the case file it would
                // send) off the page with it.
                if unlocked { <ShareDialog /> }
                { for notice_html }
                { body }
            </main>
            <footer class="privacy"><p>{ t("privacy-note") }</p></footer>
        </ContextProvider<EmbedHost>>
        </ContextProvider<Env>>
    }
}

fn notice(i18n: &I18n, n: &Notice) -> Html {
    // A number as the detail is a count: given as one, so the message chooses its plural.
    let count = n.detail.parse::<usize>().map(Arg::from).unwrap_or_else(|_| Arg::from(0usize));
    let text = i18n.t_args(n.key, &[("detail", Arg::from(n.detail.as_str())), ("count", count)]);
    // A file's technical fault is for whoever set up the app: beside the message, not in it.
    let tech = (n.key == "notice-instrument-invalid").then(|| widgets::tech_detail(i18n, &n.detail));
    html! { <div class="notice" role="alert"><p>{ text }</p>{ for tech }</div> }
}
