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
    let aid = props.assessment.id.clone();
    let tid = props.theme_id.clone();
    // Stable while the assessment, the theme and the people stay, so the group's buttons keep
    // their listeners from tap to tap.
    let on_skip_all = use_callback(
        (props.on_action.clone(), aid.clone(), tid.clone(), props.respondents.clone()),
        |skip: Skip, (act, aid, tid, people)| {
            act.emit(CaseAction::SkipThemeForAll {
                assessment_id: aid.clone(),
                theme_id: tid.clone(),
                skip,
                participant_ids: people.iter().map(|(id, _)| id.clone()).collect(),
            })
        },
    );
    // The previous visit's answers as sentences: made again only when that visit, the theme, the
    // people or the language change, not on every answer of this visit.
    let previous = use_memo(
        (props.previous.clone(), tid.clone(), props.respondents.clone(), props.instrument_id.clone(), env.clone()),
        |(previous, tid, people, iid, env)| {
            let Some((prev, date)) = previous else { return Vec::new() };
            let Some(instrument) = env.instrument(iid) else { return Vec::new() };
            let lang = env.lang();
            people
                .iter()
                .map(|(pid, _)| {
                    let text = match prev.answer(pid, tid) {
                        Some(a) if a.level.is_some() => a
                            .level
                            .as_deref()
                            .and_then(|l| instrument.level(l))
                            .map(|l| l.label.get(lang).to_string())
                            .unwrap_or_default(),
                        Some(a) if a.skip == Some(Skip::Later) => env.t("skip-later"),
                        Some(a) if a.skip.is_some() => env.t("skip-not-discussed"),
                        _ => env.t("answer-open"),
                    };
                    let date = env.i18n.date(*date);
                    env.i18n.t_args("previous-answer", &[("date", Arg::from(date)), ("answer", Arg::from(text))])
                })
                .collect::<Vec<String>>()
        },
    );
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    if instrument.theme(&props.theme_id).is_none() {
        return Html::default();
    }

    let people = props.respondents.iter().enumerate().map(|(i, (pid, name))| {
        let answer = props.assessment.answer(pid, &tid).cloned().unwrap_or_default();
        let previous = previous.get(i).cloned();
        html! {
            <PersonAnswer key={pid.clone()} instrument_id={props.instrument_id.clone()} theme_id={tid.clone()} assessment_id={aid.clone()}
                participant_id={pid.clone()} name={name.clone()} {answer} {previous} on_action={props.on_action.clone()} />
        }
    });
    let nav_button = |cb: &Option<Callback<()>>, key: &str| {
        cb.clone().map(|cb| html! { <button type="button" class="secondary" onclick={Callback::from(move |_| cb.emit(()))}>{ t(key) }</button> })
    };

    html! {
        <section class="theme-card card" aria-labelledby="theme-title">
            <CardHead instrument_id={props.instrument_id.clone()} theme_id={tid.clone()} />
            if !props.solo {
                <SkipAll on_skip_all={on_skip_all} />
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
struct CardHeadProps {
    instrument_id: String,
    theme_id: String,
}

/// The theme's name, explanation and read-aloud button. Its own component: an answer changes
/// none of it.
#[component]
fn CardHead(props: &CardHeadProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let lang = env.lang();
    let read_state = use_state(|| None::<bool>);
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    let Some((side, theme)) = instrument.theme(&props.theme_id) else { return Html::default() };
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
    html! {
        <>
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
        </>
    }
}

#[derive(Properties, PartialEq)]
struct SkipAllProps {
    on_skip_all: Callback<Skip>,
}

/// "Skip for everyone": its own component, so an answer does not patch its buttons again.
#[component]
fn SkipAll(props: &SkipAllProps) -> Html {
    let env = use_env();
    let button = |skip: Skip, key: &str| {
        let cb = props.on_skip_all.clone();
        html! { <button type="button" class="secondary small" onclick={Callback::from(move |_| cb.emit(skip))}>{ env.t(key) }</button> }
    };
    html! {
        <div class="skip-all" role="group" aria-label={env.t("skip-all-label")}>
            { button(Skip::NotDiscussed, "skip-not-discussed") }
            { button(Skip::Later, "skip-later") }
        </div>
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
/// whose answer changed; inside it, each choice and the notes are components too, so a tap
/// renders only the two choices whose state changed.
#[component]
fn PersonAnswer(props: &PersonProps) -> Html {
    let env = use_env();
    // One set of callbacks per person and theme, stable from render to render (so the choices and
    // the notes see equal props when their own value did not change).
    let to = AnswerOf {
        on_action: props.on_action.clone(),
        assessment_id: props.assessment_id.clone(),
        participant_id: props.participant_id.clone(),
        theme_id: props.theme_id.clone(),
    };
    let on_rate = use_answer_action(&to, |(a, p, t), level| CaseAction::RateTheme {
        assessment_id: a,
        participant_id: p,
        theme_id: t,
        level,
    });
    let on_skip = use_answer_action(&to, |(a, p, t), skip| CaseAction::SkipTheme {
        assessment_id: a,
        participant_id: p,
        theme_id: t,
        skip,
    });
    let on_note = use_answer_action(&to, |(a, p, t), (note, text)| CaseAction::SetNote {
        assessment_id: a,
        participant_id: p,
        theme_id: t,
        note,
        text,
    });
    let on_flag = use_answer_action(&to, |(a, p, t), (note, on)| CaseAction::SetFlag {
        assessment_id: a,
        participant_id: p,
        theme_id: t,
        note,
        on,
    });
    let on_private = use_answer_action(&to, |(a, p, t), on| CaseAction::SetPrivate {
        assessment_id: a,
        participant_id: p,
        theme_id: t,
        on,
    });
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    let (tid, pid, answer) = (&props.theme_id, &props.participant_id, &props.answer);
    // The group name is per participant only: with the theme in it, Yew's reuse of the radios
    // when switching themes renamed a checked radio into the new group and unchecked the answer.
    let group = format!("answer-{pid}");
    let prefix = format!("{group}-{tid}");
    let levels = instrument.def.scale.iter().map(|level| {
        html! {
            <LevelChoice key={level.id.clone()} instrument_id={props.instrument_id.clone()} level_id={level.id.clone()}
                group={group.clone()} prefix={prefix.clone()} checked={answer.level.as_deref() == Some(level.id.as_str())}
                on_rate={on_rate.clone()} />
        }
    });
    let skips = [Skip::NotDiscussed, Skip::Later].map(|skip| {
        html! {
            <SkipChoice {skip} group={group.clone()} prefix={prefix.clone()} checked={answer.skip == Some(skip)} on_skip={on_skip.clone()} />
        }
    });
    let previous = props.previous.as_ref().map(|text| html! { <p class="previous">{ text }</p> });
    html! {
        <fieldset class="person">
            <legend>{ &props.name }</legend>
            <div class="scale">{ for levels }{ for skips }</div>
            { for previous }
            <PersonNotes instrument_id={props.instrument_id.clone()} theme_id={tid.clone()} prefix={prefix.clone()}
                going_well={answer.going_well.clone()} worries={answer.worries.clone()} fits_age={answer.fits_age}
                outside_control={answer.outside_control} private={answer.private} {on_note} {on_flag} {on_private} />
        </fieldset>
    }
}

/// Whose answer on which theme a person's controls change.
#[derive(Clone, PartialEq)]
struct AnswerOf {
    on_action: Callback<CaseAction>,
    assessment_id: String,
    participant_id: String,
    theme_id: String,
}

/// A callback that sends one kind of change to this answer, made from (assessment, participant,
/// theme) and the control's value; the same callback while the answer it is for stays.
#[hook]
fn use_answer_action<T: 'static>(to: &AnswerOf, make: fn((String, String, String), T) -> CaseAction) -> Callback<T> {
    use_callback(to.clone(), move |value: T, to| {
        let ids = (to.assessment_id.clone(), to.participant_id.clone(), to.theme_id.clone());
        to.on_action.emit(make(ids, value))
    })
}

#[derive(Properties, PartialEq)]
struct LevelProps {
    instrument_id: String,
    level_id: String,
    /// The radio group: one per participant.
    group: String,
    /// The start of the control's id: group and theme.
    prefix: String,
    checked: bool,
    on_rate: Callback<String>,
}

/// One step of the scale for one person.
#[component]
fn LevelChoice(props: &LevelProps) -> Html {
    let env = use_env();
    let lang = env.lang();
    let Some(level) = env.instrument(&props.instrument_id).and_then(|i| i.level(&props.level_id)) else {
        return Html::default();
    };
    let id = format!("{}-{}", props.prefix, level.id);
    let onchange = {
        let (cb, l) = (props.on_rate.clone(), level.id.clone());
        Callback::from(move |_| cb.emit(l.clone()))
    };
    html! {
        <label class="level" for={id.clone()} title={level.help.get(lang).to_string()}>
            <input type="radio" id={id} name={props.group.clone()} checked={props.checked} {onchange} />
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
}

#[derive(Properties, PartialEq)]
struct SkipProps {
    skip: Skip,
    group: String,
    prefix: String,
    checked: bool,
    on_skip: Callback<Skip>,
}

/// "Not discussed" or "later" for one person: a radio in the same group as the scale.
#[component]
fn SkipChoice(props: &SkipProps) -> Html {
    let env = use_env();
    let (key, suffix) = match props.skip {
        Skip::NotDiscussed => ("skip-not-discussed", "not-discussed"),
        Skip::Later => ("skip-later", "later"),
    };
    let id = format!("{}-{suffix}", props.prefix);
    let onchange = {
        let (cb, skip) = (props.on_skip.clone(), props.skip);
        Callback::from(move |_| cb.emit(skip))
    };
    html! {
        <label class="level skip" for={id.clone()}>
            <input type="radio" id={id} name={props.group.clone()} checked={props.checked} {onchange} />
            <span>{ env.t(key) }</span>
        </label>
    }
}

#[derive(Properties, PartialEq)]
struct NotesProps {
    instrument_id: String,
    theme_id: String,
    prefix: String,
    going_well: String,
    worries: String,
    fits_age: bool,
    outside_control: bool,
    private: bool,
    on_note: Callback<(NoteKind, String)>,
    on_flag: Callback<(NoteKind, bool)>,
    on_private: Callback<bool>,
}

/// One person's notes and flags on the theme: choosing a level renders none of it.
#[component]
fn PersonNotes(props: &NotesProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let Some((_, theme)) = env.instrument(&props.instrument_id).and_then(|i| i.theme(&props.theme_id)) else {
        return Html::default();
    };
    let prefix = &props.prefix;
    let text_note = |note: NoteKind, key: &str, value: &str| {
        if !theme.notes.contains(&note) {
            return Html::default();
        }
        let id = format!("{prefix}-{note:?}");
        let oninput = {
            let cb = props.on_note.clone();
            Callback::from(move |e: InputEvent| {
                cb.emit((note, e.target_unchecked_into::<HtmlTextAreaElement>().value()))
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
        let id = format!("{prefix}-{note:?}");
        let onchange = {
            let cb = props.on_flag.clone();
            Callback::from(move |e: Event| cb.emit((note, e.target_unchecked_into::<HtmlInputElement>().checked())))
        };
        html! {
            <label class="choice" for={id.clone()}>
                <input type="checkbox" id={id} checked={on} {onchange} />
                <span>{ t(key) }</span>
            </label>
        }
    };
    let private_id = format!("{prefix}-private");
    let on_private = {
        let cb = props.on_private.clone();
        Callback::from(move |e: Event| cb.emit(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    html! {
        <>
            // Strengths first: what goes well is asked before what worries.
            { text_note(NoteKind::GoingWell, "note-going-well", &props.going_well) }
            { text_note(NoteKind::Worries, "note-worries", &props.worries) }
            <div class="flags">
                { flag(NoteKind::FitsAge, "note-fits-age", props.fits_age) }
                { flag(NoteKind::OutsideControl, "note-outside-control", props.outside_control) }
                <label class="choice" for={private_id.clone()}>
                    <input type="checkbox" id={private_id} checked={props.private} onchange={on_private} />
                    <span>{ t("answer-private") }</span>
                </label>
            </div>
        </>
    }
}
