//! The cases on this device, decrypted while unlocked (the open one lives in `CaseState`), and
//! the start screen that lists them: open, create, delete and import.

use super::super::browser;
use super::super::screens::{device::DeviceSettings, start::StartScreen};
use super::super::state::{CaseMsg, CaseState};
use super::super::widgets::backup::BackupImport;
use super::super::widgets::header::SaveStatus;
use super::boot::{storage_notice, summaries};
use super::session::{Session, SessionMsg, SessionState, Step};
use crate::core::case::{Case, WayOfWorking};
use crate::i18n::{Arg, I18n};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

#[derive(Clone)]
pub(super) struct CaseList {
    cases: UseStateHandle<Rc<Vec<Case>>>,
    /// An imported case whose id is already on this device, waiting for "replace or copy".
    pending: UseStateHandle<Option<Case>>,
}

#[hook]
pub(super) fn use_case_list() -> CaseList {
    CaseList { cases: use_state(|| Rc::new(Vec::new())), pending: use_state(|| None) }
}

impl CaseList {
    pub(super) fn set(&self, list: Vec<Case>) {
        self.cases.set(Rc::new(list));
    }

    /// Locked or wiped: no case and no question about one stays on the page.
    pub(super) fn clear(&self) {
        self.pending.set(None);
        self.cases.set(Rc::new(Vec::new()));
    }

    /// Puts `case` in the list, in place of the one with its id.
    fn keep(&self, case: Case) {
        let mut list: Vec<Case> = self.cases.iter().filter(|c| c.id != case.id).cloned().collect();
        list.push(case);
        self.cases.set(Rc::new(list));
    }

    /// Closing the open case: the list gets its last state.
    pub(super) fn close(&self, case: &UseReducerHandle<CaseState>) {
        if let Some(current) = case.case.clone() {
            self.keep((*current).clone());
        }
        case.dispatch(CaseMsg::Close);
    }

    /// Stores an imported case: as it is, or as a copy with a new id when asked to.
    fn store_import(&self, session: &UseReducerHandle<SessionState>) -> Callback<Case> {
        let (list, vault, session) = (self.clone(), session.phase.vault(), session.dispatcher());
        Callback::from(move |c: Case| {
            list.keep(c.clone());
            if let Some(v) = vault.clone() {
                let session = session.clone();
                spawn_local(async move {
                    if let Err(e) = v.save(&c).await {
                        session.dispatch(SessionMsg::Notices(vec![storage_notice(&e)]));
                    }
                });
            }
        })
    }

    fn import_choice(&self, store: &Callback<Case>, i18n: &I18n) -> Option<Html> {
        let c = (*self.pending).clone()?;
        let replace = {
            let (p, s, c) = (self.pending.clone(), store.clone(), c.clone());
            Callback::from(move |_| {
                p.set(None);
                s.emit(c.clone());
            })
        };
        let copy = {
            let (p, s, c, alias) = (self.pending.clone(), store.clone(), c.clone(), copy_name(i18n, &c));
            Callback::from(move |_| {
                p.set(None);
                let mut copy = c.clone();
                copy.id = browser::new_id("case");
                copy.family_alias = alias.clone();
                s.emit(copy);
            })
        };
        let cancel = {
            let p = self.pending.clone();
            Callback::from(move |_| p.set(None))
        };
        Some(html! {
            <div class="confirm" role="alertdialog" aria-labelledby="import-q">
                <p id="import-q">{ i18n.t_args("import-exists", &[("name", Arg::from(c.family_alias.as_str()))]) }</p>
                <button type="button" class="danger" onclick={replace}>{ i18n.t("import-replace") }</button>
                <button type="button" class="primary" onclick={copy}>{ i18n.t("import-as-copy") }</button>
                <button type="button" class="secondary" onclick={cancel}>{ i18n.t("import-cancel") }</button>
            </div>
        })
    }
}

fn copy_name(i18n: &I18n, c: &Case) -> String {
    let alias = i18n.t_args("import-copy-name", &[("name", Arg::from(c.family_alias.as_str()))]);
    alias.chars().take(crate::core::limits::MAX_NAME).collect()
}

/// What the start screen needs from the root.
pub(super) struct StartProps<'a> {
    pub(super) session: &'a UseReducerHandle<SessionState>,
    pub(super) case: &'a UseReducerHandle<CaseState>,
    pub(super) save: &'a UseStateHandle<SaveStatus>,
    pub(super) i18n: &'a I18n,
    pub(super) way: Option<WayOfWorking>,
    pub(super) join: Html,
    pub(super) on_wipe: Callback<()>,
    pub(super) on_lock_minutes: Callback<u32>,
    pub(super) on_change_passphrase: Callback<String>,
}

impl CaseList {
    /// The start screen: the question about an import, the list, the import and the device's settings.
    pub(super) fn view(&self, p: StartProps) -> Html {
        let vault = p.session.phase.vault();
        let on_open = {
            let (case, cases, session, save) =
                (p.case.dispatcher(), self.cases.clone(), p.session.dispatcher(), p.save.clone());
            Callback::from(move |id: String| {
                if let Some(c) = cases.iter().find(|c| c.id == id) {
                    case.dispatch(CaseMsg::Open(Box::new(c.clone())));
                    session.dispatch(SessionMsg::Step(Step::Case));
                    save.set(SaveStatus::Saved);
                    browser::focus_id_later("case-title");
                }
            })
        };
        let on_create = {
            let (list, case, session, save, vault, way) =
                (self.clone(), p.case.dispatcher(), p.session.dispatcher(), p.save.clone(), vault.clone(), p.way);
            Callback::from(move |(alias, chosen): (String, Option<WayOfWorking>)| {
                let mut new = Case::new(browser::new_id("case"), alias, browser::today(), browser::now_ms());
                if let Some(w) = chosen.or(way) {
                    new.way_of_working = w;
                }
                list.keep(new.clone());
                case.dispatch(CaseMsg::Open(Box::new(new.clone())));
                session.dispatch(SessionMsg::Step(Step::Case));
                let Some(v) = vault.clone() else {
                    save.set(SaveStatus::MemoryOnly);
                    return;
                };
                let (session, save) = (session.clone(), save.clone());
                spawn_local(async move {
                    match v.save(&new).await {
                        Ok(()) => save.set(SaveStatus::Saved),
                        Err(e) => {
                            save.set(SaveStatus::Failed(e.clone()));
                            session.dispatch(SessionMsg::Notices(vec![storage_notice(&e)]));
                        }
                    }
                });
            })
        };
        let on_delete = {
            let (cases, vault, session) = (self.cases.clone(), vault.clone(), p.session.dispatcher());
            Callback::from(move |id: String| {
                let (cases, vault, session) = (cases.clone(), vault.clone(), session.clone());
                spawn_local(async move {
                    if let Some(v) = vault {
                        if let Err(e) = v.delete(&id).await {
                            session.dispatch(SessionMsg::Notices(vec![storage_notice(&e)]));
                            return;
                        }
                    }
                    cases.set(Rc::new(cases.iter().filter(|c| c.id != id).cloned().collect()));
                });
            })
        };
        let store = self.store_import(p.session);
        let on_import = {
            let (cases, pending, store) = (self.cases.clone(), self.pending.clone(), store.clone());
            Callback::from(move |c: Case| {
                if cases.iter().any(|x| x.id == c.id) {
                    pending.set(Some(c));
                } else {
                    store.emit(c);
                }
            })
        };
        let s = &**p.session;
        html! {
            <>
                { for self.import_choice(&store, p.i18n) }
                <StartScreen cases={Rc::new(summaries(&self.cases))} {on_open} {on_create} {on_delete} on_import={on_import.clone()} />
                <BackupImport on_case={on_import} />
                { p.join }
                if let Session::Open(v) = &s.phase {
                    <DeviceSettings lock_minutes={v.meta.lock_minutes} persisted={s.persisted}
                        on_lock_minutes={p.on_lock_minutes} on_change_passphrase={p.on_change_passphrase}
                        on_wipe={p.on_wipe} message={s.device_message.clone()} />
                }
            </>
        }
    }
}
