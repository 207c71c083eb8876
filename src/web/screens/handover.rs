//! The tablet handed to one participant: only their own questions and answers are on the page
//! (the others' are not rendered at all), and taking it back is a deliberate step.

use super::theme_card::ThemeCard;
use crate::core::assessment::{Answer, Assessment};
use crate::core::case::Case;
use crate::core::conversation::assessment_of;
use crate::core::shared::Shared;
use crate::core::CaseAction;
use crate::i18n::Arg;
use crate::web::browser::focus_id_later;
use crate::web::state::{use_env, HandOver};
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HandOverProps {
    pub case: Rc<Case>,
    pub hand_over: HandOver,
    pub on_action: Callback<CaseAction>,
    /// With the passphrase typed (`Some`) when the device has one, else `None` after a confirmation.
    pub on_hand_back: Callback<Option<String>>,
    /// Whether taking the tablet back asks for the passphrase.
    pub locked_device: bool,
    pub busy: bool,
    pub message: Option<String>,
}

#[component]
pub fn HandOverScreen(props: &HandOverProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let asking = use_state(|| false);
    let pass = use_state(String::new);
    let h = &props.hand_over;
    let visit = props.case.current_visit().map(|v| v.id.clone()).unwrap_or_default();
    let Some(assessment) = assessment_of(&props.case, &visit, &h.instrument_id).cloned() else {
        return Html::default();
    };
    let ask = {
        let (asking, locked) = (asking.clone(), props.locked_device);
        Callback::from(move |_| {
            asking.set(true);
            focus_id_later(if locked { "hand-back-passphrase" } else { "hand-back-heading" });
        })
    };
    let cancel = {
        let (asking, pass) = (asking.clone(), pass.clone());
        Callback::from(move |_| {
            asking.set(false);
            pass.set(String::new());
        })
    };
    let onsubmit = {
        let (cb, pass, locked) = (props.on_hand_back.clone(), pass.clone(), props.locked_device);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            cb.emit(locked.then(|| (*pass).clone()));
        })
    };
    let hand_back = if *asking {
        html! {
            <form class="card hand-back" {onsubmit} aria-labelledby="hand-back-heading">
                <h3 id="hand-back-heading" tabindex="-1">{ t("hand-back-heading") }</h3>
                if props.locked_device {
                    <label for="hand-back-passphrase">{ t("hand-back-passphrase") }</label>
                    <input id="hand-back-passphrase" type="password" autocomplete="current-password" value={(*pass).clone()}
                        oninput={ let p = pass.clone(); Callback::from(move |e: InputEvent| p.set(e.target_unchecked_into::<HtmlInputElement>().value())) } />
                } else {
                    <p>{ t("hand-back-confirm") }</p>
                }
                if let Some(m) = &props.message { <p class="notice" role="alert">{ m }</p> }
                <button type="submit" class="primary" disabled={props.busy}>{ t("hand-back-yes") }</button>
                <button type="button" class="secondary" onclick={cancel}>{ t("hand-back-cancel") }</button>
            </form>
        }
    } else {
        html! { <p><button type="button" class="primary" onclick={ask}>{ t("hand-back") }</button></p> }
    };

    html! {
        <div class="handover-screen">
            <section class="intro" aria-labelledby="handover-heading">
                <h2 id="handover-heading" tabindex="-1">{ env.i18n.t_args("handover-heading", &[("name", Arg::from(h.name.as_str()))]) }</h2>
                <p>{ t("handover-help") }</p>
            </section>
            { hand_back }
            <SoloQuestions instrument_id={h.instrument_id.clone()} theme_ids={h.theme_ids.clone()} assessment={assessment}
                participant={(h.participant_id.clone(), h.name.clone())} on_action={props.on_action.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct SoloProps {
    pub instrument_id: String,
    pub theme_ids: Rc<Vec<String>>,
    pub assessment: Shared<Assessment>,
    /// The one participant answering: id and name.
    pub participant: (String, String),
    pub on_action: Callback<CaseAction>,
}

/// One participant's questions: the themes asked (answered or not yet) and one theme card with
/// only their answer in it. Used on the handed-over tablet and on a family member's phone.
#[component]
pub fn SoloQuestions(props: &SoloProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let lang = env.family_or_ui().code();
    let selected = use_state(|| props.theme_ids.first().cloned());
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    let (pid, _) = &props.participant;
    let themes: Vec<&String> = props.theme_ids.iter().filter(|id| instrument.theme(id).is_some()).collect();
    let current = selected.as_ref().filter(|s| themes.contains(s)).cloned();
    let select = |id: String| {
        let selected = selected.clone();
        Callback::from(move |_: ()| {
            selected.set(Some(id.clone()));
            focus_id_later("theme-title");
        })
    };
    let step = |delta: isize| {
        let pos = current.as_ref().and_then(|c| themes.iter().position(|s| *s == c))?;
        let next = (*themes.get(pos.checked_add_signed(delta)?)?).clone();
        Some(select(next))
    };
    let list = themes.iter().filter_map(|id| instrument.theme(id)).map(|(_, th)| {
        let done = props.assessment.answer(pid, &th.id).is_some_and(Answer::is_given);
        let is_current = current.as_deref() == Some(th.id.as_str());
        let onclick = {
            let cb = select(th.id.clone());
            Callback::from(move |_| cb.emit(()))
        };
        html! {
            <li><button type="button" class={classes!("theme-link", is_current.then_some("current"))}
                aria-current={is_current.then_some("true")} {onclick}>
                <span class="theme-name"><img class="pictogram small" src={format!("pictograms/{}.svg", th.icon)} alt="" width="28" height="28" />{ th.title.get(lang) }</span>
                <span class="count">{ t(if done { "handover-done-theme" } else { "handover-open-theme" }) }</span>
            </button></li>
        }
    });
    html! {
        <div class="tri-layout">
            <nav aria-label={t("themes-label")}><ul class="theme-list">{ for list }</ul></nav>
            <div class="tri-card">
                if let Some(theme_id) = current.clone() {
                    <ThemeCard instrument_id={props.instrument_id.clone()} theme_id={theme_id} assessment={props.assessment.clone()}
                        previous={None::<(Shared<Assessment>, crate::core::date::Date)>} respondents={Rc::new(vec![props.participant.clone()])}
                        on_action={props.on_action.clone()} on_prev={step(-1)} on_next={step(1)} solo=true />
                }
            </div>
        </div>
    }
}
