//! The root component: loads instruments and the case list, owns the open case, autosaves it.

use super::browser::{self, fetch_text};
use super::screens::{
    case_details::CaseDetails, circle::CircleScreen, export::ExportScreen, matrix::MatrixScreen, plan::PlanScreen,
    start::StartScreen, triangle::TriangleScreen,
};
use super::state::{CaseMsg, CaseState, Env};
use super::storage::{StorageError, Store};
use super::widgets::header::{Header, SaveStatus};
use crate::core::case::{Case, CaseSummary};
use crate::core::import::parse_case;
use crate::core::instrument::Instrument;
use crate::i18n::{Arg, I18n, Lang};
use gloo_timers::callback::Timeout;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// How long autosave waits for typing to pause.
const AUTOSAVE_MS: u32 = 300;

/// The steps of a case. Later steps appear here as they are built.
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

#[derive(Clone, PartialEq)]
enum StoreState {
    Opening,
    Ready(Store),
    Unavailable,
}

/// A problem to tell the user about, as a message key and arguments.
#[derive(Clone, PartialEq)]
struct Notice {
    key: &'static str,
    detail: String,
}

fn summaries(cases: &[Case]) -> Vec<CaseSummary> {
    let mut v: Vec<CaseSummary> = cases.iter().map(Case::summary).collect();
    v.sort_by(|a, b| b.updated_ms.total_cmp(&a.updated_ms));
    v
}

/// Loads the bundled instruments listed in `instruments/index.json`; bad files are reported by name.
async fn load_instruments() -> (Vec<Instrument>, Vec<Notice>) {
    let mut out = Vec::new();
    let mut notices = Vec::new();
    let index = match fetch_text("instruments/index.json").await {
        Ok(t) => t,
        Err(e) => return (out, vec![Notice { key: "notice-instruments-missing", detail: e }]),
    };
    let names: Vec<String> = serde_json::from_str(&index).unwrap_or_default();
    for name in names {
        match fetch_text(&format!("instruments/{name}")).await {
            Ok(text) => match Instrument::from_json(&text) {
                Ok(i) => out.push(i),
                Err(e) => notices.push(Notice { key: "notice-instrument-invalid", detail: format!("{name}: {e}") }),
            },
            Err(e) => notices.push(Notice { key: "notice-instrument-invalid", detail: format!("{name}: {e}") }),
        }
    }
    (out, notices)
}

/// Reads every stored case; records that no longer parse are kept in storage and reported.
async fn load_cases(store: &Store) -> Result<(Vec<Case>, usize), StorageError> {
    let records = store.all().await?;
    let mut cases = Vec::new();
    let mut broken = 0;
    for (_, text) in records {
        match parse_case(&text) {
            Ok(c) => cases.push(c),
            Err(_) => broken += 1,
        }
    }
    Ok((cases, broken))
}

fn initial_lang() -> Lang {
    browser::saved_lang().and_then(|c| Lang::from_code(&c)).unwrap_or(Lang::Nl)
}

#[component]
pub fn App() -> Html {
    let lang = use_state(initial_lang);
    let i18n = use_memo(*lang, |l| I18n::new(*l));
    let instruments = use_state(|| Rc::new(Vec::<Instrument>::new()));
    let loaded = use_state(|| false);
    let notices = use_state(Vec::<Notice>::new);
    let store = use_state(|| StoreState::Opening);
    // Cases on this device, as last read or written; the open one lives in `case`.
    let cases = use_state(|| Rc::new(Vec::<Case>::new()));
    let case = use_reducer(CaseState::default);
    let step = use_state(|| Step::Case);
    let save = use_state(|| SaveStatus::Idle);
    let timer = use_mut_ref(|| None::<Timeout>);
    let today = browser::today();

    {
        let lang = *lang;
        use_effect_with(lang, move |_| browser::set_document_lang(lang.code()));
    }

    // Start-up: instruments, storage, the case list, and the demo family when asked for.
    {
        let (instruments, notices, store, cases, loaded) =
            (instruments.clone(), notices.clone(), store.clone(), cases.clone(), loaded.clone());
        use_effect_with((), move |_| {
            spawn_local(async move {
                let (list, mut found) = load_instruments().await;
                instruments.set(Rc::new(list));
                match Store::open().await {
                    Ok(s) => {
                        match load_cases(&s).await {
                            Ok((mut list, broken)) => {
                                if broken > 0 {
                                    found.push(Notice { key: "notice-records-unreadable", detail: broken.to_string() });
                                }
                                if browser::has_query_flag("demo") && !list.iter().any(|c| c.id == DEMO_ID) {
                                    match load_demo().await {
                                        Ok(demo) => match s.put(&demo.id, &to_record(&demo)).await {
                                            Ok(()) => list.push(demo),
                                            Err(e) => found.push(storage_notice(&e)),
                                        },
                                        Err(e) => found.push(Notice { key: "notice-demo-failed", detail: e }),
                                    }
                                }
                                cases.set(Rc::new(list));
                            }
                            Err(e) => found.push(storage_notice(&e)),
                        }
                        store.set(StoreState::Ready(s));
                    }
                    Err(_) => {
                        found.push(Notice { key: "notice-storage-unavailable", detail: String::new() });
                        store.set(StoreState::Unavailable);
                    }
                }
                notices.set(found);
                loaded.set(true);
            });
        });
    }

    // Autosave: every accepted change is written after a short pause in typing.
    {
        let (case, store, save, timer, cases) =
            (case.clone(), store.clone(), save.clone(), timer.clone(), cases.clone());
        use_effect_with(case.revision, move |_| {
            if let (true, Some(current)) = (case.dirty, case.case.clone()) {
                let rev = case.revision;
                // Keep the in-memory list current, so closing the case never shows stale data.
                let mut list: Vec<Case> = cases.iter().filter(|c| c.id != current.id).cloned().collect();
                list.push((*current).clone());
                cases.set(Rc::new(list));
                match (*store).clone() {
                    StoreState::Ready(s) => {
                        save.set(SaveStatus::Pending);
                        let (save, case) = (save.clone(), case.clone());
                        *timer.borrow_mut() = Some(Timeout::new(AUTOSAVE_MS, move || {
                            spawn_local(async move {
                                save.set(SaveStatus::Saving);
                                match s.put(&current.id, &to_record(&current)).await {
                                    Ok(()) => {
                                        save.set(SaveStatus::Saved);
                                        case.dispatch(CaseMsg::Saved(rev));
                                    }
                                    Err(e) => save.set(SaveStatus::Failed(e)),
                                }
                            });
                        }));
                    }
                    _ => save.set(SaveStatus::MemoryOnly),
                }
            }
        });
    }

    let env = Env { i18n: i18n.clone(), instruments: (*instruments).clone(), today };

    let on_lang = {
        let lang = lang.clone();
        Callback::from(move |l: Lang| {
            browser::save_lang(l.code());
            lang.set(l);
        })
    };

    let on_open = {
        let (case, cases, step, save) = (case.clone(), cases.clone(), step.clone(), save.clone());
        Callback::from(move |id: String| {
            if let Some(c) = cases.iter().find(|c| c.id == id) {
                case.dispatch(CaseMsg::Open(c.clone()));
                step.set(Step::Case);
                save.set(SaveStatus::Saved);
                browser::focus_id("case-title");
            }
        })
    };

    let on_create = {
        let (case, cases, store, step, notices, save) =
            (case.clone(), cases.clone(), store.clone(), step.clone(), notices.clone(), save.clone());
        Callback::from(move |alias: String| {
            let new = Case::new(browser::new_id("case"), alias, browser::today(), browser::now_ms());
            let mut list = (*cases).to_vec();
            list.push(new.clone());
            cases.set(Rc::new(list));
            case.dispatch(CaseMsg::Open(new.clone()));
            step.set(Step::Case);
            if let StoreState::Ready(s) = (*store).clone() {
                let (notices, save) = (notices.clone(), save.clone());
                spawn_local(async move {
                    match s.put(&new.id, &to_record(&new)).await {
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
        let (cases, store, notices) = (cases.clone(), store.clone(), notices.clone());
        Callback::from(move |id: String| {
            let (cases, notices) = (cases.clone(), notices.clone());
            let store = (*store).clone();
            spawn_local(async move {
                if let StoreState::Ready(s) = store {
                    if let Err(e) = s.delete(&id).await {
                        notices.set(vec![storage_notice(&e)]);
                        return;
                    }
                }
                cases.set(Rc::new(cases.iter().filter(|c| c.id != id).cloned().collect()));
            });
        })
    };

    let on_close = {
        let (case, timer, store, save) = (case.clone(), timer.clone(), store.clone(), save.clone());
        Callback::from(move |_| {
            // A pending autosave is written now rather than dropped with the screen.
            if timer.borrow_mut().take().is_some() {
                if let (StoreState::Ready(s), Some(c)) = ((*store).clone(), case.case.clone()) {
                    let save = save.clone();
                    spawn_local(async move {
                        if let Err(e) = s.put(&c.id, &to_record(&c)).await {
                            save.set(SaveStatus::Failed(e));
                        }
                    });
                }
            }
            case.dispatch(CaseMsg::Close);
        })
    };

    let on_step = {
        let step = step.clone();
        Callback::from(move |s: Step| step.set(s))
    };

    let on_action = {
        let case = case.clone();
        Callback::from(move |a| case.dispatch(CaseMsg::Act(a)))
    };

    let t = |k: &str| i18n.t(k);
    let notice_html = notices.iter().map(|n| {
        let text = i18n.t_args(n.key, &[("detail", Arg::from(n.detail.as_str()))]);
        html! { <p class="notice" role="alert">{ text }</p> }
    });

    let body = match (&case.case, *loaded) {
        (_, false) => html! { <p class="loading" role="status">{ t("loading") }</p> },
        (None, true) => html! {
            <StartScreen cases={Rc::new(summaries(&cases))} on_open={on_open} on_create={on_create} on_delete={on_delete} />
        },
        (Some(c), true) => {
            let nav = Step::ALL.iter().map(|s| {
                let current = *s == *step;
                let onclick = { let on_step = on_step.clone(); let s = *s; Callback::from(move |_| on_step.emit(s)) };
                html! {
                    <li><button type="button" class={classes!("step", current.then_some("current"))}
                        aria-current={current.then_some("page")} {onclick}>{ t(&format!("step-{}", s.key())) }</button></li>
                }
            });
            let screen = match *step {
                Step::Case => html! { <CaseDetails case={c.clone()} on_action={on_action.clone()} /> },
                Step::Triangle => html! { <TriangleScreen case={c.clone()} on_action={on_action.clone()} /> },
                Step::Matrix => html! { <MatrixScreen case={c.clone()} on_action={on_action.clone()} /> },
                Step::Circle => html! { <CircleScreen case={c.clone()} on_action={on_action.clone()} /> },
                Step::Plan => html! { <PlanScreen case={c.clone()} on_action={on_action.clone()} /> },
                Step::Export => html! { <ExportScreen case={c.clone()} on_action={on_action.clone()} /> },
            };
            let error = case.error.as_ref().map(|e| {
                html! {
                    <p class="notice" role="alert">{ crate::web::widgets::error_text(&i18n, e) }</p>
                }
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

    html! {
        <ContextProvider<Env> context={env}>
            <Header lang={*lang} on_lang={on_lang} save={(*save).clone()} case_open={case.case.is_some()} />
            <main id="main" class="main">
                { for notice_html }
                { body }
            </main>
            <footer class="privacy"><p>{ t("privacy-note") }</p></footer>
        </ContextProvider<Env>>
    }
}

const DEMO_ID: &str = "demo-familie-zon";

async fn load_demo() -> Result<Case, String> {
    let text = fetch_text("demo-case.json").await?;
    parse_case(&text).map_err(|e| e.to_string())
}

fn to_record(case: &Case) -> String {
    serde_json::to_string(case).unwrap_or_default()
}

fn storage_notice(e: &StorageError) -> Notice {
    match e {
        StorageError::Full => Notice { key: "notice-storage-full", detail: String::new() },
        StorageError::Unavailable => Notice { key: "notice-storage-unavailable", detail: String::new() },
        StorageError::Failed(d) => Notice { key: "notice-storage-failed", detail: d.clone() },
    }
}
