//! Opening a family file: reads the chosen file, checks it (`export::file::read_case_file`, which
//! ends in `core::import::parse_case`), says in the interface language what is wrong with it, and
//! hands a good case to the app, which decides what to do when that case is already here. Nothing
//! is stored by this widget.

use crate::core::case::Case;
use crate::core::envelope::is_encrypted_file;
use crate::core::import::{ImportError, MAX_FILE_BYTES, MAX_STRING};
use crate::core::migrate::MigrateError;
use crate::export::file::read_case_file;
use crate::i18n::{Arg, I18n};
use crate::web::files::read_bytes;
use crate::web::state::use_env;
use wasm_bindgen_futures::spawn_local;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ImportProps {
    /// A file that was read and checked.
    pub on_import: Callback<Case>,
}

/// Why a file was refused, in the interface language.
pub fn import_error_text(i: &I18n, e: &ImportError) -> String {
    match e {
        ImportError::TooLarge { max } => i.t_args("import-error-too-large", &[("max", Arg::from(max / (1024 * 1024)))]),
        ImportError::NotJson(_) => i.t("import-error-not-json"),
        ImportError::NotACase | ImportError::Version(MigrateError::NotObject) => i.t("import-error-not-case"),
        ImportError::TooDeep => i.t("import-error-too-deep"),
        ImportError::StringTooLong(_) => i.t_args("import-error-text-too-long", &[("max", Arg::from(MAX_STRING))]),
        ImportError::TooMany { list, .. } => i.t_args(
            "import-error-too-many",
            &[("what", Arg::from(super::list_name(i, *list))), ("max", Arg::from(list.max()))],
        ),
        ImportError::BornInFuture { .. } => i.t("import-error-born-in-future"),
        ImportError::Version(MigrateError::TooNew { found, .. }) => {
            i.t_args("import-error-too-new", &[("found", Arg::from(found.to_string()))])
        }
        ImportError::Version(MigrateError::NoVersion | MigrateError::Unknown(_)) => i.t("import-error-version"),
        // The rule it breaks is said in English by the core: not for a family's eyes.
        ImportError::Invalid(_) => i.t("import-error-invalid"),
    }
}

#[derive(Clone, PartialEq)]
enum State {
    Idle,
    Reading,
    Refused(String),
}

#[component]
pub fn ImportCase(props: &ImportProps) -> Html {
    let env = use_env();
    let state = use_state(|| State::Idle);
    let onchange = {
        let (state, env, on_import) = (state.clone(), env.clone(), props.on_import.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            // Choosing the same file again must work too.
            input.set_value("");
            if file.size() > MAX_FILE_BYTES as f64 {
                state.set(State::Refused(import_error_text(&env.i18n, &ImportError::TooLarge { max: MAX_FILE_BYTES })));
                return;
            }
            state.set(State::Reading);
            let (state, env, on_import) = (state.clone(), env.clone(), on_import.clone());
            spawn_local(async move {
                match read_bytes(&file).await {
                    // An encrypted hand-over file is not a damaged case file: it is named, and
                    // where it opens is said.
                    Ok(bytes) if is_encrypted_file(&bytes) => {
                        state.set(State::Refused(env.t("import-error-encrypted")))
                    }
                    Ok(bytes) => match read_case_file(&bytes, env.today) {
                        Ok(case) => {
                            state.set(State::Idle);
                            on_import.emit(case);
                        }
                        Err(e) => state.set(State::Refused(import_error_text(&env.i18n, &e))),
                    },
                    Err(_) => state.set(State::Refused(env.t("import-error-read"))),
                }
            });
        })
    };
    html! {
        <div class="import-case">
            <label for="import-file">{ env.t("import-label") }</label>
            <p class="hint" id="import-hint">{ env.t("import-hint") }</p>
            <input id="import-file" type="file" accept=".json,application/json" aria-describedby="import-hint" {onchange} />
            {
                match &*state {
                    State::Idle => html! {},
                    State::Reading => html! { <p role="status">{ env.t("import-reading") }</p> },
                    State::Refused(text) => html! { <p class="field-error" role="alert">{ text.clone() }</p> },
                }
            }
        </div>
    }
}
