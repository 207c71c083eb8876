//! The triangle step: the figure, the theme list, one open theme card, and the comparison.

mod list;

use super::apart::AnswerApart;
use super::compare::{Compare, YouthBeside};
use super::theme_card::ThemeCard;
use crate::core::assessment::Assessment;
use crate::core::case::{Case, Role, WayOfWorking};
use crate::core::conversation::{assessment_of, back_from_later, previous_assessment, Conversation};
use crate::core::instrument::{for_audience, Audience};
use crate::core::shared::Shared;
use crate::core::CaseAction;
use crate::i18n::Arg;
use crate::web::browser::{focus_id_later, new_id};
use crate::web::state::{use_env, HandOver};
use crate::web::widgets::travel_charts::TravelCharts;
use crate::web::widgets::triangle_svg::TriangleSvg;
use list::{Legend, ListSide, ListTheme, ThemeList};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TriangleProps {
    pub case: Rc<Case>,
    pub on_action: Callback<CaseAction>,
    pub on_hand_over: Callback<HandOver>,
    /// Who just gave the tablet back after answering apart.
    #[prop_or_default]
    pub handed_back: Option<String>,
}

/// Whose triangle is on screen: the family's, or a young person's own version.
#[derive(Clone, PartialEq)]
enum Whose {
    Family,
    Own(String),
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Answer,
    Compare,
}

#[component]
pub fn TriangleScreen(props: &TriangleProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let lang = env.lang();
    let mode = use_state(|| Mode::Answer);
    let selected = use_state(|| None::<String>);
    let whose = use_state(|| Whose::Family);
    let case = &props.case;
    let offered = |id: &str| env.org.instrument_enabled(id);
    let youth = for_audience(&env.instruments, Audience::YoungPerson, case.way_of_working, offered);
    let young: Vec<(String, String)> =
        case.respondents().filter(|p| p.role == Role::YoungPerson).map(|p| (p.id.clone(), p.name.clone())).collect();
    let own = match (&*whose, youth) {
        (Whose::Own(pid), Some(_)) if young.iter().any(|(id, _)| id == pid) => Some(pid.clone()),
        _ => None,
    };
    let instrument = if own.is_some() {
        youth
    } else {
        for_audience(&env.instruments, Audience::Parents, case.way_of_working, offered)
    };
    let visit = case.current_visit().cloned();
    // The visit's assessment of this instrument. Until someone answers, a stand-in with the id it
    // will get: opening the step stores nothing, so an opened but unanswered triangle never
    // becomes the visit the matrix works from.
    let pending = use_state(|| new_id("a"));
    let stored = match (instrument, &visit) {
        (Some(i), Some(v)) => assessment_of(case, &v.id, i.id()).cloned(),
        _ => None,
    };
    let start = match (instrument, &visit, &stored) {
        (Some(i), Some(v), None) => Some(CaseAction::StartAssessment {
            id: format!("{}-{}", *pending, i.id()),
            visit_id: v.id.clone(),
            instrument_id: i.id().to_string(),
            instrument_version: i.def.version,
        }),
        _ => None,
    };
    let assessment: Option<Shared<Assessment>> = stored.or_else(|| match &start {
        Some(CaseAction::StartAssessment { id, visit_id, instrument_id, instrument_version }) => {
            Some(Shared::new(Assessment {
                id: id.clone(),
                visit_id: visit_id.clone(),
                instrument_id: instrument_id.clone(),
                instrument_version: *instrument_version,
                answers: Vec::new(),
            }))
        }
        _ => None,
    });
    // The first answer (or hand-over) starts the assessment, then does what was asked.
    let on_action = match &start {
        None => props.on_action.clone(),
        Some(first) => {
            let (act, first) = (props.on_action.clone(), first.clone());
            Callback::from(move |a: CaseAction| {
                act.emit(first.clone());
                act.emit(a);
            })
        }
    };
    let on_hand_over = match &start {
        None => props.on_hand_over.clone(),
        Some(first) => {
            let (act, hand, first) = (props.on_action.clone(), props.on_hand_over.clone(), first.clone());
            Callback::from(move |h: HandOver| {
                act.emit(first.clone());
                hand.emit(h);
            })
        }
    };

    // Stable from render to render, so the figure's spots and the theme list are drawn again only
    // when what they show changed (handles set state the same from any render).
    let on_select = {
        let (selected, mode) = (selected.clone(), mode.clone());
        use_callback((), move |id: String, _| {
            selected.set(Some(id));
            mode.set(Mode::Answer);
            focus_id_later("theme-title");
        })
    };
    // Arrow keys in the figure move the selection from spot to spot, keeping focus in the figure.
    let on_move = {
        let selected = selected.clone();
        use_callback((), move |id: String, _| {
            focus_id_later(format!("spot-{id}"));
            selected.set(Some(id));
        })
    };

    // Also stable: the view and language controls keep their listeners from tap to tap.
    let to_answer = {
        let mode = mode.clone();
        use_callback((), move |_: MouseEvent, _| mode.set(Mode::Answer))
    };
    let to_compare = {
        let mode = mode.clone();
        use_callback((), move |_: MouseEvent, _| mode.set(Mode::Compare))
    };
    let on_family_language = use_callback(props.on_action.clone(), |e: Event, act| {
        let v = e.target_unchecked_into::<web_sys::HtmlSelectElement>().value();
        act.emit(CaseAction::SetFamilyLanguage((!v.is_empty()).then_some(v)));
    });

    let (Some(instrument), Some(visit), Some(assessment)) = (instrument, visit, assessment) else {
        return html! { <p role="status">{ t("loading") }</p> };
    };

    let previous = previous_assessment(case, instrument.id(), &visit).map(|(a, d)| (a.clone(), d));
    let back_later = back_from_later(case, instrument.id(), &visit);

    let age = own.as_deref().and_then(|pid| case.years_of(pid, visit.date));
    let shown: Rc<Vec<String>> =
        Rc::new(instrument.theme_ids_for_age(case.way_of_working, age).into_iter().map(String::from).collect());
    // A young person with their own triangle answers there, not in the family's (unless they
    // already did: nothing said is hidden).
    let respondents: Rc<Vec<(String, String)>> = Rc::new(match &own {
        Some(pid) => young.iter().filter(|(id, _)| id == pid).cloned().collect(),
        None => case
            .respondents()
            .filter(|p| {
                youth.is_none()
                    || p.role != Role::YoungPerson
                    || assessment.answers.iter().any(|a| a.participant_id == p.id)
            })
            .map(|p| (p.id.clone(), p.name.clone()))
            .collect(),
    });
    // The young people's own answers, shown beside the family's in the comparison (built only
    // there: in answering, every tap renders this screen).
    let beside: Option<Rc<YouthBeside>> = match (&own, youth) {
        (None, Some(y)) if !young.is_empty() && *mode == Mode::Compare => {
            // The young people's own answers of this visit's conversation.
            let conv = Conversation::of(case, &visit.id, &env.instruments);
            conv.and_then(|c| c.own.iter().find(|o| o.instrument.id() == y.id()).map(|o| o.assessment)).map(|a| {
                let shown_y = y.theme_ids_for_age(case.way_of_working, None).into_iter().map(String::from).collect();
                Rc::new(YouthBeside {
                    instrument_id: y.id().to_string(),
                    assessment: a.clone(),
                    people: young.clone(),
                    shown: shown_y,
                })
            })
        }
        _ => None,
    };
    let whose_tabs = (youth.is_some() && !young.is_empty()).then(|| {
        let tab = |w: Whose, label: String| {
            let current = *whose == w;
            let onclick = {
                let (whose, selected, mode) = (whose.clone(), selected.clone(), mode.clone());
                Callback::from(move |_| {
                    selected.set(None);
                    // Someone's own triangle opens on their questions, not on a comparison.
                    mode.set(Mode::Answer);
                    whose.set(w.clone());
                })
            };
            html! { <button type="button" class={classes!("tab", current.then_some("current"))} aria-pressed={if current { "true" } else { "false" }} {onclick}>{ label }</button> }
        };
        html! {
            <div class="tabs" role="group" aria-label={t("whose-label")}>
                { tab(Whose::Family, t("whose-family")) }
                { for young.iter().map(|(pid, name)| tab(Whose::Own(pid.clone()), env.i18n.t_args("whose-own", &[("name", Arg::from(name.as_str()))]))) }
            </div>
        }
    });
    let current = selected.as_ref().filter(|s| shown.contains(s)).cloned().or_else(|| shown.first().cloned());

    let step = |delta: isize| {
        let pos = current.as_ref().and_then(|c| shown.iter().position(|s| s == c))?;
        let next = shown.get(pos.checked_add_signed(delta)?)?.clone();
        let on_select = on_select.clone();
        Some(Callback::from(move |_: ()| on_select.emit(next.clone())))
    };

    let mode_button = |m: Mode, key: &str| {
        let onclick = if m == Mode::Answer { to_answer.clone() } else { to_compare.clone() };
        html! { <button type="button" class={classes!("tab", (*mode == m).then_some("current"))} aria-pressed={if *mode == m { "true" } else { "false" }} {onclick}>{ t(key) }</button> }
    };

    let intro_way = if case.way_of_working == WayOfWorking::Screening {
        env.i18n.t_args(
            "triangle-screening",
            &[("count", Arg::from(shown.len())), ("total", Arg::from(instrument.themes().count()))],
        )
    } else {
        env.i18n.t_args("triangle-all", &[("count", Arg::from(shown.len()))])
    };

    let by_theme = assessment.by_theme();
    let theme_sides: Vec<ListSide> = instrument
        .def
        .sides
        .iter()
        .map(|side| ListSide {
            title: side.title.get(lang).to_string(),
            themes: side
                .themes
                .iter()
                .filter(|th| shown.contains(&th.id))
                .map(|th| ListTheme {
                    id: th.id.clone(),
                    icon: th.icon.clone(),
                    title: th.title.get(lang).to_string(),
                    answered: by_theme.get(th.id.as_str()).map_or(0, |here| {
                        respondents
                            .iter()
                            .filter(|(pid, _)| {
                                here.iter().find(|a| a.participant_id == *pid).is_some_and(|a| a.is_given())
                            })
                            .count()
                    }),
                    back: back_later.contains(&th.id),
                })
                .collect(),
        })
        .collect();

    let body = if respondents.is_empty() {
        html! { <p class="notice">{ t("triangle-no-respondents") }</p> }
    } else if *mode == Mode::Compare {
        html! {
            <>
                <Compare instrument_id={instrument.id().to_string()} assessment={assessment.clone()} previous={previous.clone()} shown={shown.clone()} respondents={respondents.clone()} youth={beside.clone()} />
                <TravelCharts case={case.clone()} instrument_id={instrument.id().to_string()} shown={shown.clone()} respondents={respondents.clone()} />
            </>
        }
    } else {
        html! {
            <div class="tri-layout">
                <div class="tri-figure">
                    <TriangleSvg instrument_id={instrument.id().to_string()} assessment={assessment.clone()} shown={shown.clone()}
                        respondents={respondents.clone()} selected={current.clone()} on_select={on_select.clone()} {on_move} />
                    <Legend instrument_id={instrument.id().to_string()} />
                    <ThemeList sides={theme_sides} total={respondents.len()} current={current.clone()} on_select={on_select.clone()} />
                </div>
                <div class="tri-card">
                    if let Some(theme_id) = current.clone() {
                        <ThemeCard instrument_id={instrument.id().to_string()} theme_id={theme_id} assessment={assessment.clone()}
                            previous={previous.clone()} respondents={respondents.clone()} on_action={on_action.clone()}
                            on_prev={step(-1)} on_next={step(1)} />
                    }
                </div>
            </div>
        }
    };

    let handed_back = props.handed_back.as_ref().filter(|_| *mode == Mode::Answer).map(|name| {
        let compare_now = to_compare.clone();
        html! {
            <div class="card handed-back" role="status">
                <p id="handed-back" tabindex="-1">{ env.i18n.t_args("handed-back", &[("name", Arg::from(name.as_str()))]) }</p>
                <button type="button" class="primary" onclick={compare_now}>{ t("handed-back-compare") }</button>
            </div>
        }
    });
    let apart = (!respondents.is_empty()).then(|| {
        html! {
            <AnswerApart case={case.clone()} instrument_id={instrument.id().to_string()} visit_id={visit.id.clone()}
                shown={shown.clone()} respondents={respondents.clone()} on_action={on_action.clone()}
                on_hand_over={on_hand_over.clone()} />
        }
    });

    // What the family set aside last time comes back now.
    let later_back = (!back_later.is_empty() && *mode == Mode::Answer).then(|| {
        let items = back_later.iter().filter(|id| shown.contains(id)).map(|id| {
            let title = instrument.theme(id).map(|(_, th)| th.title.get(lang).to_string()).unwrap_or_default();
            let onclick = {
                let (cb, id) = (on_select.clone(), id.clone());
                Callback::from(move |_| cb.emit(id.clone()))
            };
            html! { <li><button type="button" class="secondary small" {onclick}>{ title }</button></li> }
        });
        html! {
            <section class="card later-back" aria-labelledby="later-back-heading">
                <h4 id="later-back-heading">{ t("later-back-heading") }</h4>
                <p class="hint">{ t("later-back-help") }</p>
                <ul class="chips">{ for items }</ul>
            </section>
        }
    });

    html! {
        <div class="triangle-screen">
            { for handed_back }
            { for whose_tabs }
            { for later_back }
            <Intro instrument_id={instrument.id().to_string()} hint={intro_way} family_language={case.family_language.clone()}
                on_family_language={on_family_language} />
            <div class="tabs" role="group" aria-label={t("view-label")}>
                { mode_button(Mode::Answer, "view-answer") }
                { mode_button(Mode::Compare, "view-compare") }
            </div>
            { body }
            { for apart }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct IntroProps {
    instrument_id: String,
    /// How many themes this way of working asks about.
    hint: String,
    family_language: Option<String>,
    on_family_language: Callback<Event>,
}

/// The instrument's title and help, and the family's language. Its own component: an answer
/// changes none of it.
#[component]
fn Intro(props: &IntroProps) -> Html {
    let env = use_env();
    let lang = env.lang();
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    let chosen = props.family_language.as_deref();
    html! {
        <section class="intro" aria-labelledby="triangle-heading">
            <h3 id="triangle-heading">{ instrument.def.title.get(lang) }</h3>
            <p>{ instrument.def.help.get(lang) }</p>
            <p class="hint">{ &props.hint }</p>
            <label for="family-language">{ env.t("family-language-label") }</label>
            <select id="family-language" onchange={props.on_family_language.clone()}>
                <option value="" selected={chosen.is_none()}>{ env.t("family-language-same") }</option>
                { for crate::i18n::Lang::ALL.iter().map(|l| html! {
                    <option value={l.code()} lang={l.code()} selected={chosen == Some(l.code())}>{ l.native_name() }</option>
                }) }
            </select>
        </section>
    }
}
