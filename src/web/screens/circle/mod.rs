//! The circle step: the family's network as a circle, a "who else?" walk that widens it step by
//! step, each person's details, a list view that can do everything the drawing does (for screen
//! readers, and as the alternative to dragging), and the circle meeting.

mod meeting;
mod people;
mod who_else;

use super::circle_ties::{between_people, lines_legend, TiesList};
use super::circle_time::CircleOverTime;
use super::team::TeamMeeting;
use crate::core::case::{Case, WayOfWorking};
use crate::core::network::{NetworkAction, Ring, Sector};
use crate::core::CaseAction;
use crate::i18n::Arg;
use crate::web::browser::focus_id;
use crate::web::state::{use_env, Env, Outcome};
use crate::web::widgets::circle_svg::{place_words, CircleSvg, Place};
use crate::web::widgets::error_text;
use meeting::{guests, MeetingCard};
use people::{editor, people_list};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use who_else::WhoElse;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CircleProps {
    pub case: Rc<Case>,
    pub on_action: Callback<CaseAction>,
    pub outcome: Outcome,
}

/// A change, and what to announce when it is accepted.
pub(super) type Act = Callback<(NetworkAction, Option<String>)>;

fn input_of(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}
fn select_of(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}
fn area_of(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlTextAreaElement>().value()
}
fn checked_of(e: &Event) -> bool {
    e.target_unchecked_into::<HtmlInputElement>().checked()
}

/// Focuses an element by id, an SVG token as well as an HTML control.
fn focus_any(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        let _ = el.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// "<name> staat nu: <ring>, <sector>."
fn place_text(env: &Env, key: &str, name: &str, ring: Ring, sector: Sector) -> String {
    let (r, s) = place_words(env, ring, sector);
    env.i18n.t_args(key, &[("name", Arg::from(name)), ("ring", Arg::from(r)), ("sector", Arg::from(s))])
}

pub(super) fn named(env: &Env, key: &str, name: &str) -> String {
    env.i18n.t_args(key, &[("name", Arg::from(name))])
}

/// A labelled select over options (value, text), the current one selected.
pub(super) fn select(
    id: String,
    label: String,
    current: &str,
    options: Vec<(String, String)>,
    on: Callback<String>,
) -> Html {
    // The select shows the case: it goes back to the current value first, and follows the case
    // when the change is accepted (a refused change leaves it as it was).
    let now = current.to_string();
    let onchange = Callback::from(move |e: Event| {
        let v = select_of(&e);
        e.target_unchecked_into::<HtmlSelectElement>().set_value(&now);
        on.emit(v)
    });
    html! {
        <div class="field">
            <label for={id.clone()}>{ label }</label>
            <select {id} {onchange} ~value={current.to_string()}>
                { for options.into_iter().map(|(v, t)| { let on = v == current; html! { <option selected={on} value={v}>{ t }</option> } }) }
            </select>
        </div>
    }
}

fn ring_options(env: &Env) -> Vec<(String, String)> {
    Ring::ALL.iter().map(|r| (r.key().to_string(), place_words(env, *r, Sector::Family).0)).collect()
}
fn sector_options(env: &Env) -> Vec<(String, String)> {
    Sector::ALL.iter().map(|s| (s.key().to_string(), place_words(env, Ring::Close, *s).1)).collect()
}
fn ring_of(key: &str) -> Ring {
    Ring::ALL.into_iter().find(|r| r.key() == key).unwrap_or(Ring::Close)
}
fn sector_of(key: &str) -> Sector {
    Sector::ALL.into_iter().find(|s| s.key() == key).unwrap_or(Sector::Family)
}

/// What the keys do, and the keys to the lines and the tokens: the same for every case, so a
/// component that a change in the circle does not render again.
#[component]
fn Legends() -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    html! {
        <>
            <p id="circle-keys" class="hint">{ t("circle-keys") }</p>
            { lines_legend(&env) }
            <ul class="circle-legend">
                <li class="lg-formal">{ t("circle-legend-formal") }</li>
                <li class="lg-invited">{ t("circle-legend-invited") }</li>
                <li class="lg-mediator">{ t("circle-legend-mediator") }</li>
            </ul>
        </>
    }
}

/// Whether a status sentence surely fits the status line's two lines where the line keeps a fixed
/// size (see `.circle-status.fits` in the style sheet).
fn fits_two_lines(text: &str) -> bool {
    text.chars().count() <= 60
}

#[component]
pub fn CircleScreen(props: &CircleProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let case = &props.case;
    let selected = use_state(|| None::<String>);
    // Where focus goes back to when the person's details close: the token or the list's button.
    let back_to = use_mut_ref(String::new);
    let status = use_state(String::new);
    // The person a new line from the open person's details goes to.
    let adding = use_state(String::new);

    // What to announce once the core has accepted the change sent last.
    let pending = use_mut_ref(|| None::<String>);
    // The callbacks below live as long as the screen (they read the case through `latest`), so
    // the rows and the drawing whose own data did not change are not rendered again.
    let latest = use_mut_ref(|| case.clone());
    *latest.borrow_mut() = case.clone();
    let act: Act = {
        let pending = pending.clone();
        use_callback(props.on_action.clone(), move |(a, done): (NetworkAction, Option<String>), on_action| {
            *pending.borrow_mut() = done;
            on_action.emit(CaseAction::Network(a));
        })
    };
    // Every change of this step (the circle's, the meeting's, the lines') is answered here: the
    // announcement once accepted, or the core's reason in plain words once refused. Outcomes from
    // before the step opened are not this step's.
    {
        let (status, pending, env) = (status.clone(), pending.clone(), env.clone());
        let seen = use_mut_ref(|| props.outcome.act);
        use_effect_with(props.outcome.clone(), move |o| {
            if o.act != *seen.borrow() {
                *seen.borrow_mut() = o.act;
                let done = pending.borrow_mut().take();
                match &o.refused {
                    Some(e) => status.set(error_text(&env.i18n, e)),
                    None => {
                        if let Some(m) = done {
                            status.set(m);
                        }
                    }
                }
            }
        });
    }
    let on_move = {
        let (latest, act, status) = (latest.clone(), act.clone(), status.setter());
        use_callback(env.clone(), move |(id, ring, sector, slot): Place, env| {
            let case = latest.borrow().clone();
            let Some(p) = case.network.person(&id) else { return };
            let said = place_text(env, "circle-moved", &p.name, ring, sector);
            if (p.ring, p.sector) == (ring, sector) && slot.is_none_or(|s| s == p.slot) {
                status.set(said);
            } else {
                act.emit((NetworkAction::Move { id, ring, sector, slot }, Some(said)));
            }
        })
    };
    let open_from = |prefix: &'static str| {
        let (selected, back_to) = (selected.setter(), back_to.clone());
        move |id: String, _: &()| {
            *back_to.borrow_mut() = format!("{prefix}-{id}");
            selected.set(Some(id))
        }
    };
    let on_select = use_callback((), open_from("tok"));
    let on_edit = use_callback((), open_from("edit"));
    {
        let open = selected.is_some();
        use_effect_with((*selected).clone(), move |_| {
            if open {
                focus_id("person-heading");
            }
        });
    }
    let editing = selected.as_ref().and_then(|id| case.network.person(id));
    let on_close = {
        let (selected, back_to) = (selected.setter(), back_to.clone());
        use_callback((), move |_: MouseEvent, _| {
            selected.set(None);
            focus_any(&back_to.borrow());
        })
    };

    html! {
        <div class="circle-screen">
            <section class="intro" aria-labelledby="circle-heading">
                <h3 id="circle-heading">{ named(&env, "circle-heading", &case.family_alias) }</h3>
                <p>{ t("circle-help") }</p>
            </section>
            <div class="circle-layout">
                <div class="circle-figure">
                    <CircleSvg case={case.clone()} selected={(*selected).clone()} on_select={on_select.clone()} on_move={on_move.clone()} />
                    <p class={classes!("circle-status", fits_two_lines(&status).then_some("fits"))} role="status">{ (*status).clone() }</p>
                    <Legends />
                </div>
                <div class="circle-side">
                    if let Some(p) = editing { { editor(&env, case, p, &act, &adding, &on_close) } }
                    <WhoElse people={case.network.people.iter().map(|p| (p.id.clone(), p.name.clone(), p.sector)).collect::<Vec<_>>()} act={act.clone()} />
                </div>
            </div>
            { people_list(&env, case, &act, &on_move, &on_edit) }
            <TiesList net={between_people(&case.network)} act={act.clone()} />
            <MeetingCard meeting={(*case.network.meeting).clone()} guests={guests(case)} act={act.clone()} />
            if case.way_of_working == WayOfWorking::Multidisciplinary {
                <TeamMeeting case={case.clone()} on_action={props.on_action.clone()} />
            }
            <CircleOverTime case={case.clone()} />
        </div>
    }
}
