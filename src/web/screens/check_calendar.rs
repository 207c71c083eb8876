//! The plan's check date into the family's own calendar: an `.ics` file made on the device
//! (`core::calendar`), holding only the date and the title they type here.

use crate::core::calendar::{check_event, MAX_TITLE};
use crate::core::date::Date;
use crate::i18n::Arg;
use crate::web::browser;
use crate::web::files::download;
use crate::web::state::use_env;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CheckCalendarProps {
    pub date: Date,
}

#[component]
pub fn CheckInCalendar(props: &CheckCalendarProps) -> Html {
    let env = use_env();
    let title = use_state(|| env.t("check-calendar-title-default"));
    let saved = use_state(|| None::<String>);
    let date = props.date;
    let on_title = {
        let title = title.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                title.set(input.value());
            }
        })
    };
    let on_add = {
        let (title, saved, env) = (title.clone(), saved.clone(), env.clone());
        Callback::from(move |_: MouseEvent| {
            let text = check_event(&browser::new_id("check"), &title, date, browser::now_ms());
            // The file's name says what it is and when, nothing of the family.
            let name = format!("samenplan-{date}.ics");
            match download(&name, text.as_bytes(), "text/calendar") {
                Ok(()) => {
                    saved.set(Some(env.i18n.t_args("check-calendar-saved", &[("name", Arg::from(name.as_str()))])))
                }
                Err(_) => saved.set(Some(env.t("export-failed"))),
            }
        })
    };
    html! {
        <div class="check-calendar">
            <label for="check-calendar-title">{ env.t("check-calendar-title-label") }</label>
            <input autocomplete="off" id="check-calendar-title" type="text" maxlength={MAX_TITLE.to_string()}
                value={(*title).clone()} oninput={on_title} />
            <p class="hint">{ env.t("check-calendar-hint") }</p>
            <button type="button" class="secondary" onclick={on_add}>{ env.t("check-calendar-add") }</button>
            <p role="status">{ (*saved).clone().unwrap_or_default() }</p>
        </div>
    }
}
