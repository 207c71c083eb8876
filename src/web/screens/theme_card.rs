//! One theme, with each participant's answer, notes, and the previous visit's answer beside it.

use crate::core::assessment::{Answer, Assessment, Skip};
use crate::core::date::Date;
use crate::core::instrument::NoteKind;
use crate::core::shared::Shared;
use crate::core::CaseAction;
use crate::i18n::Arg;
use crate::web::state::use_env;
use crate::web::widgets::marker::swatch;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ThemeCardProps {
    pub instrument_id: String,
    pub theme_id: String,
    pub assessment: Shared<Assessment>,
    /// The same instrument at the previous visit, and that visit's date.
    pub previous: Option<(Shared<Assessment>, Date)>,
    pub respondents: Rc<Vec<(String, String)>>,
    pub on_action: Callback<CaseAction>,
    pub on_prev: Option<Callback<()>>,
    pub on_next: Option<Callback<()>>,
    /// One participant answering apart: no "skip for everyone", which would touch the others.
    #[prop_or_default]
    pub solo: bool,
}

#[component]
pub fn ThemeCard(props: &ThemeCardProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let lang = env.lang();
    let read_state = use_state(|| None::<bool>);
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    let Some((side, theme)) = instrument.theme(&props.theme_id) else { return Html::default() };
    let aid = props.assessment.id.clone();
    let tid = theme.id.clone();

    let skip_all = |skip: Skip| {
        let (act, aid, tid) = (props.on_action.clone(), aid.clone(), tid.clone());
        let participant_ids: Vec<String> = props.respondents.iter().map(|(id, _)| id.clone()).collect();
        Callback::from(move |_| {
            act.emit(CaseAction::SkipThemeForAll {
                assessment_id: aid.clone(),
                theme_id: tid.clone(),
                skip,
                participant_ids: participant_ids.clone(),
            })
        })
    };

    let people = props.respondents.iter().map(|(pid, name)| {
        let answer = props.assessment.answer(pid, &tid).cloned().unwrap_or_default();
        let previous = props.previous.as_ref().map(|(prev, date)| {
            let text = match prev.answer(pid, &tid) {
                Some(a) if a.level.is_some() => a.level.as_deref().and_then(|l| instrument.level(l)).map(|l| l.label.get(lang).to_string()).unwrap_or_default(),
                Some(a) if a.skip == Some(Skip::Later) => t("skip-later"),
                Some(a) if a.skip.is_some() => t("skip-not-discussed"),
                _ => t("answer-open"),
            };
            env.i18n.t_args("previous-answer", &[("date", Arg::from(env.i18n.date(*date))), ("answer", Arg::from(text))])
        });
        html! {
            <PersonAnswer key={pid.clone()} instrument_id={props.instrument_id.clone()} theme_id={tid.clone()} assessment_id={aid.clone()}
                participant_id={pid.clone()} name={name.clone()} {answer} {previous} on_action={props.on_action.clone()} />
        }
    });

    // Read aloud only with a voice on this device; otherwise say so, and send nothing anywhere.
    let read_aloud = {
        let spoken = read_state.clone();
        let voice_lang = env.family_or_ui().code();
        let text = format!("{}. {}", theme.title.get(voice_lang), theme.explain.get(voice_lang));
        Callback::from(move |_| {
            let ok = crate::web::speech::local_voice(voice_lang).is_some_and(|v| crate::web::speech::speak(&text, &v));
            spoken.set(Some(ok));
        })
    };
    let nav_button = |cb: &Option<Callback<()>>, key: &str| {
        cb.clone().map(|cb| html! { <button type="button" class="secondary" onclick={Callback::from(move |_| cb.emit(()))}>{ t(key) }</button> })
    };

    html! {
        <section class="theme-card card" aria-labelledby="theme-title">
            <p class="side-name">{ side.title.get(lang) }</p>
            <h3 id="theme-title" tabindex="-1">
                <img class="pictogram" src={format!("pictograms/{}.svg", theme.icon)} alt="" width="48" height="48" />
                { theme.title.get(lang) }
            </h3>
            <p class="explain">{ theme.explain.get(lang) }</p>
            if let Some(f) = env.family {
                <div class="family-text" lang={f.code()} dir={if f.rtl() { "rtl" } else { "ltr" }}>
                    <p class="family-title">{ theme.title.get(f.code()) }</p>
                    <p>{ theme.explain.get(f.code()) }</p>
                </div>
            }
            <p>
                <button type="button" class="secondary small" onclick={read_aloud}>{ t("read-aloud") }</button>
                if *read_state == Some(false) { <span class="hint" role="status">{ t("read-aloud-no-voice") }</span> }
            </p>
            if theme.always_shown { <p class="hint">{ t("theme-always-shown") }</p> }
            if !props.solo {
                <div class="skip-all" role="group" aria-label={t("skip-all-label")}>
                    <button type="button" class="secondary small" onclick={skip_all(Skip::NotDiscussed)}>{ t("skip-not-discussed") }</button>
                    <button type="button" class="secondary small" onclick={skip_all(Skip::Later)}>{ t("skip-later") }</button>
                </div>
            }
            { for people }
            <div class="card-nav">
                { for nav_button(&props.on_prev, "theme-prev") }
                { for nav_button(&props.on_next, "theme-next") }
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct PersonProps {
    instrument_id: String,
    theme_id: String,
    assessment_id: String,
    participant_id: String,
    name: String,
    answer: Answer,
    /// The previous visit's answer, as a sentence.
    previous: Option<String>,
    on_action: Callback<CaseAction>,
}

/// One participant's answer on the theme. Its own component, so a tap re-renders only the person
/// whose answer changed.
#[component]
fn PersonAnswer(props: &PersonProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let lang = env.lang();
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    let Some((_, theme)) = instrument.theme(&props.theme_id) else { return Html::default() };
    let (aid, tid, pid, name, answer) =
        (&props.assessment_id, &props.theme_id, &props.participant_id, &props.name, &props.answer);
    // The group name is per participant only: with the theme in it, Yew's reuse of the radios
    // when switching themes renamed a checked radio into the new group and unchecked the answer.
    let group = format!("answer-{pid}");
    let levels = instrument.def.scale.iter().map(|level| {
            let id = format!("{group}-{tid}-{}", level.id);
            let onchange = {
                let (act, aid, tid, pid, l) = (props.on_action.clone(), aid.clone(), tid.clone(), pid.clone(), level.id.clone());
                Callback::from(move |_| act.emit(CaseAction::RateTheme { assessment_id: aid.clone(), participant_id: pid.clone(), theme_id: tid.clone(), level: l.clone() }))
            };
            html! {
                <label class="level" for={id.clone()} title={level.help.get(lang).to_string()}>
                    <input type="radio" id={id} name={group.clone()} checked={answer.level.as_deref() == Some(level.id.as_str())} {onchange} />
                    { swatch(level, 28.0) }
                    <img class="pictogram small" src={format!("pictograms/level-{}.svg", level.id)} alt="" width="28" height="28" />
                    <span>
                        { level.label.get(lang) }
                        if let Some(f) = env.family {
                            <span class="family-label" lang={f.code()} dir={if f.rtl() { "rtl" } else { "ltr" }}>{ level.label.get(f.code()) }</span>
                        }
                    </span>
                </label>
            }
        });
    let skips = [(Skip::NotDiscussed, "skip-not-discussed", "not-discussed"), (Skip::Later, "skip-later", "later")]
        .map(|(skip, key, suffix)| {
            let id = format!("{group}-{tid}-{suffix}");
            let onchange = {
                let (act, aid, tid, pid) = (props.on_action.clone(), aid.clone(), tid.clone(), pid.clone());
                Callback::from(move |_| {
                    act.emit(CaseAction::SkipTheme {
                        assessment_id: aid.clone(),
                        participant_id: pid.clone(),
                        theme_id: tid.clone(),
                        skip,
                    })
                })
            };
            html! {
                <label class="level skip" for={id.clone()}>
                    <input type="radio" id={id} name={group.clone()} checked={answer.skip == Some(skip)} {onchange} />
                    <span>{ t(key) }</span>
                </label>
            }
        });
    let text_note = |note: NoteKind, key: &str, value: &str| {
        if !theme.notes.contains(&note) {
            return Html::default();
        }
        let id = format!("{group}-{tid}-{note:?}");
        let oninput = {
            let (act, aid, tid, pid) = (props.on_action.clone(), aid.clone(), tid.clone(), pid.clone());
            Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                act.emit(CaseAction::SetNote {
                    assessment_id: aid.clone(),
                    participant_id: pid.clone(),
                    theme_id: tid.clone(),
                    note,
                    text,
                });
            })
        };
        html! {
            <div class="note">
                <label for={id.clone()}>{ t(key) }</label>
                <textarea autocomplete="off" id={id} rows="2" maxlength="4000" value={value.to_string()} {oninput} />
            </div>
        }
    };
    let flag = |note: NoteKind, key: &str, on: bool| {
        if !theme.notes.contains(&note) {
            return Html::default();
        }
        let id = format!("{group}-{tid}-{note:?}");
        let onchange = {
            let (act, aid, tid, pid) = (props.on_action.clone(), aid.clone(), tid.clone(), pid.clone());
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                act.emit(CaseAction::SetFlag {
                    assessment_id: aid.clone(),
                    participant_id: pid.clone(),
                    theme_id: tid.clone(),
                    note,
                    on,
                });
            })
        };
        html! {
            <label class="choice" for={id.clone()}>
                <input type="checkbox" id={id} checked={on} {onchange} />
                <span>{ t(key) }</span>
            </label>
        }
    };
    let private_id = format!("{group}-{tid}-private");
    let on_private = {
        let (act, aid, tid, pid) = (props.on_action.clone(), aid.clone(), tid.clone(), pid.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            act.emit(CaseAction::SetPrivate {
                assessment_id: aid.clone(),
                participant_id: pid.clone(),
                theme_id: tid.clone(),
                on,
            });
        })
    };
    let previous = props.previous.as_ref().map(|text| html! { <p class="previous">{ text }</p> });
    html! {
        <fieldset class="person">
            <legend>{ name }</legend>
            <div class="scale">{ for levels }{ for skips }</div>
            { for previous }
            // Strengths first: what goes well is asked before what worries.
            { text_note(NoteKind::GoingWell, "note-going-well", &answer.going_well) }
            { text_note(NoteKind::Worries, "note-worries", &answer.worries) }
            <div class="flags">
                { flag(NoteKind::FitsAge, "note-fits-age", answer.fits_age) }
                { flag(NoteKind::OutsideControl, "note-outside-control", answer.outside_control) }
                <label class="choice" for={private_id.clone()}>
                    <input type="checkbox" id={private_id} checked={answer.private} onchange={on_private} />
                    <span>{ t("answer-private") }</span>
                </label>
            </div>
        </fieldset>
    }
}
