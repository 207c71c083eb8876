//! Encrypted files to hand a case to a colleague or the family: made with a passphrase chosen
//! for that file, opened only with it.

use crate::core::case::Case;
use crate::core::envelope::is_encrypted_file;
use crate::core::import::{check_arrival, ImportError, MAX_FILE_BYTES};
use crate::i18n::Arg;
use crate::web::files::{download, read_bytes, safe_name};
use crate::web::state::use_env;
use crate::web::vault::{export_encrypted, import_encrypted, OpenFileError, MIN_PASSPHRASE};
use crate::web::widgets::import::import_error_text;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

fn input_value(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

#[derive(Properties, PartialEq)]
pub struct BackupExportProps {
    pub case: Rc<Case>,
}

#[component]
pub fn BackupExport(props: &BackupExportProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let pass = use_state(String::new);
    let status = use_state(|| None::<String>);
    let onsubmit = {
        let (pass, status, case, env) = (pass.clone(), status.clone(), props.case.clone(), env.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if pass.chars().count() < MIN_PASSPHRASE {
                status.set(Some(env.i18n.t_args("passphrase-too-short", &[("min", Arg::from(MIN_PASSPHRASE))])));
                return;
            }
            status.set(Some(env.t("unlock-busy")));
            let (pass, status, case, env) = (pass.clone(), status.clone(), case.clone(), env.clone());
            spawn_local(async move {
                let result = export_encrypted(&case, &pass).await.and_then(|bytes| {
                    download(&safe_name(&case.family_alias, "samenplan"), &bytes, "application/octet-stream")
                });
                status.set(Some(env.t(if result.is_ok() { "backup-done" } else { "backup-failed" })));
                pass.set(String::new());
            });
        })
    };
    html! {
        <section class="card" aria-labelledby="backup-heading">
            <h3 id="backup-heading">{ t("backup-heading") }</h3>
            <p class="hint">{ t("backup-help") }</p>
            <form {onsubmit} novalidate=true>
                <label for="backup-passphrase">{ t("backup-passphrase-label") }</label>
                <input id="backup-passphrase" type="password" autocomplete="new-password" value={(*pass).clone()}
                    oninput={ let p = pass.clone(); Callback::from(move |e| p.set(input_value(&e))) } />
                if let Some(s) = (*status).clone() { <p role="status">{ s }</p> }
                <button type="submit" class="primary">{ t("backup-download") }</button>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct BackupImportProps {
    pub on_case: Callback<Case>,
}

/// Opens an encrypted file; nothing is stored until the app has asked where it goes.
#[component]
pub fn BackupImport(props: &BackupImportProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let pass = use_state(String::new);
    let file = use_state(|| None::<web_sys::File>);
    let status = use_state(|| None::<String>);
    let on_file = {
        let file = file.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            file.set(input.files().and_then(|f| f.get(0)));
        })
    };
    let onsubmit = {
        let (pass, file, status, cb, env) =
            (pass.clone(), file.clone(), status.clone(), props.on_case.clone(), env.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(f) = (*file).clone() else {
                status.set(Some(env.t("backup-choose-file")));
                return;
            };
            if f.size() > MAX_FILE_BYTES as f64 {
                status.set(Some(env.t("backup-not-valid")));
                return;
            }
            status.set(Some(env.t("unlock-busy")));
            let (pass, status, cb, env) = (pass.clone(), status.clone(), cb.clone(), env.clone());
            spawn_local(async move {
                let opened = match read_bytes(&f).await {
                    Err(_) => Err(env.t("backup-not-valid")),
                    Ok(bytes) if !is_encrypted_file(&bytes) => Err(env.t("backup-not-encrypted")),
                    Ok(bytes) => match import_encrypted(&bytes, &pass).await {
                        Ok(case) => check_arrival(&case, env.today).map(|_| case).map_err(OpenFileError::Case),
                        Err(e) => Err(e),
                    }
                    .map_err(|e| match e {
                        OpenFileError::WrongOrTampered => env.t("backup-wrong"),
                        // A limit or a future birth date is named; the rest is "no valid family".
                        OpenFileError::Case(e @ (ImportError::TooMany { .. } | ImportError::BornInFuture { .. })) => {
                            import_error_text(&env.i18n, &e)
                        }
                        OpenFileError::Case(_) => env.t("backup-not-a-case"),
                        _ => env.t("backup-not-valid"),
                    }),
                };
                pass.set(String::new());
                match opened {
                    Ok(case) => {
                        cb.emit(case);
                        status.set(Some(env.t("backup-opened")));
                    }
                    Err(text) => status.set(Some(text)),
                }
            });
        })
    };
    html! {
        <section class="card" aria-labelledby="open-backup-heading">
            <h2 id="open-backup-heading">{ t("open-backup-heading") }</h2>
            <p class="hint">{ t("open-backup-help") }</p>
            <form {onsubmit} novalidate=true>
                <label for="backup-file">{ t("backup-file-label") }</label>
                <input id="backup-file" type="file" accept=".samenplan,application/octet-stream" onchange={on_file} />
                <label for="open-backup-passphrase">{ t("backup-passphrase-open-label") }</label>
                <input id="open-backup-passphrase" type="password" autocomplete="off" value={(*pass).clone()}
                    oninput={ let p = pass.clone(); Callback::from(move |e| p.set(input_value(&e))) } />
                if let Some(s) = (*status).clone() { <p role="status">{ s }</p> }
                <button type="submit" class="secondary">{ t("backup-open") }</button>
            </form>
        </section>
    }
}
