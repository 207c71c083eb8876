//! The circle step: the family's network as a circle, a "who else?" walk that widens it step by
//! step, each person's details, a list view that can do everything the drawing does (for screen
//! readers, and as the alternative to dragging), and the circle meeting.

use super::circle_ties::{family_line_cell, lines_legend, person_ties, TiesList};
use super::circle_time::CircleOverTime;
use super::team::TeamMeeting;
use crate::core::case::{Case, ConsentTopic, WayOfWorking};
use crate::core::date::Date;
use crate::core::network::{
    agreements_of, ChildrenJoin, Level, Meeting, MeetingRole, NetworkAction, Offer, Person, Ring, Scale, Sector,
    TextField, PROMPTS,
};
use crate::core::CaseAction;
use crate::i18n::Arg;
use crate::web::browser::{focus_id, new_id};
use crate::web::state::{use_env, Env, Outcome};
use crate::web::widgets::circle_svg::{place_words, CircleSvg, Place};
use crate::web::widgets::error_text;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
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
    let act: Act = {
        let (on_action, pending) = (props.on_action.clone(), pending.clone());
        Callback::from(move |(a, done): (NetworkAction, Option<String>)| {
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
        let (case, act, status, env) = (case.clone(), act.clone(), status.clone(), env.clone());
        Callback::from(move |(id, ring, sector, slot): Place| {
            let Some(p) = case.network.person(&id) else { return };
            let said = place_text(&env, "circle-moved", &p.name, ring, sector);
            if (p.ring, p.sector) == (ring, sector) && slot.is_none_or(|s| s == p.slot) {
                status.set(said);
            } else {
                act.emit((NetworkAction::Move { id, ring, sector, slot }, Some(said)));
            }
        })
    };
    let on_select = {
        let (selected, back_to) = (selected.clone(), back_to.clone());
        Callback::from(move |id: String| {
            *back_to.borrow_mut() = format!("tok-{id}");
            selected.set(Some(id))
        })
    };
    let on_edit = {
        let (selected, back_to) = (selected.clone(), back_to.clone());
        Callback::from(move |id: String| {
            *back_to.borrow_mut() = format!("edit-{id}");
            selected.set(Some(id))
        })
    };
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
        let (selected, back_to) = (selected.clone(), back_to.clone());
        Callback::from(move |_| {
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
                    <p class="circle-status" role="status">{ (*status).clone() }</p>
                    <p id="circle-keys" class="hint">{ t("circle-keys") }</p>
                    { lines_legend(&env) }
                    <ul class="circle-legend">
                        <li class="lg-formal">{ t("circle-legend-formal") }</li>
                        <li class="lg-invited">{ t("circle-legend-invited") }</li>
                        <li class="lg-mediator">{ t("circle-legend-mediator") }</li>
                    </ul>
                </div>
                <div class="circle-side">
                    if let Some(p) = editing { { editor(&env, case, p, &act, &adding, on_close) } }
                    <WhoElse case={case.clone()} act={act.clone()} />
                </div>
            </div>
            { people_list(&env, case, &act, &on_move, &on_edit) }
            <TiesList case={case.clone()} act={act.clone()} />
            { meeting(&env, case, &act) }
            if case.way_of_working == WayOfWorking::Multidisciplinary {
                <TeamMeeting case={case.clone()} on_action={props.on_action.clone()} />
            }
            <CircleOverTime case={case.clone()} />
        </div>
    }
}

/// The list view: every person with their place, invitation, edit and remove.
fn people_list(env: &Env, case: &Rc<Case>, act: &Act, on_move: &Callback<Place>, on_select: &Callback<String>) -> Html {
    let t = |k: &str| env.t(k);
    let rows = case.network.people.iter().map(|p| {
        let id = p.id.clone();
        let name = p.name.as_str();
        let (ring, sector) = (p.ring, p.sector);
        let on_ring = { let (m, id) = (on_move.clone(), id.clone()); Callback::from(move |v: String| m.emit((id.clone(), ring_of(&v), sector, None))) };
        let on_sector = { let (m, id) = (on_move.clone(), id.clone()); Callback::from(move |v: String| m.emit((id.clone(), ring, sector_of(&v), None))) };
        let on_invited = { let (act, id) = (act.clone(), id.clone()); Callback::from(move |e: Event| act.emit((NetworkAction::SetInvited { id: id.clone(), invited: checked_of(&e) }, None))) };
        let edit = { let (s, id) = (on_select.clone(), id.clone()); Callback::from(move |_| s.emit(id.clone())) };
        let remove = {
            let (act, id, done) = (act.clone(), id.clone(), named(env, "circle-removed", name));
            Callback::from(move |_| act.emit((NetworkAction::Remove { id: id.clone() }, Some(done.clone()))))
        };
        html! {
            <tr key={id.clone()}>
                <th scope="row">{ name }<span class="row-meta">{ &p.relation }</span></th>
                <td class="place">
                    { select(format!("ring-{id}"), named(env, "circle-ring-of", name), ring.key(), ring_options(env), on_ring) }
                    { select(format!("sector-{id}"), named(env, "circle-sector-of", name), sector.key(), sector_options(env), on_sector) }
                </td>
                { family_line_cell(env, case, p, act) }
                <td><label class="choice"><input type="checkbox" checked={p.invited} onchange={on_invited}
                    disabled={!p.invited && !case.consented(ConsentTopic::ContactNetwork)}
                    aria-label={named(env, "circle-invited-label", name)} /><span aria-hidden="true">{ t("circle-invited") }</span></label></td>
                <td class="actions">
                    <button type="button" id={format!("edit-{id}")} class="secondary small" onclick={edit} aria-label={named(env, "circle-edit-label", name)}>{ t("circle-edit") }</button>
                    <button type="button" class="secondary small" onclick={remove} aria-label={named(env, "circle-remove-label", name)}>{ t("circle-remove") }</button>
                </td>
            </tr>
        }
    });
    html! {
        <section class="card" aria-labelledby="circle-list-heading">
            <h4 id="circle-list-heading">{ t("circle-list") }</h4>
            if case.network.people.is_empty() { <p class="hint">{ t("circle-empty") }</p> } else {
                <div class="table-wrap">
                    <table class="people">
                        <thead><tr><th scope="col">{ t("circle-col-name") }</th><th scope="col">{ t("circle-col-place") }</th>
                            <th scope="col">{ t("eco-col-relation") }</th><th scope="col">{ t("circle-col-invited") }</th><th scope="col"><span class="visually-hidden">{ t("circle-col-actions") }</span></th></tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            }
        </section>
    }
}

fn level_prefix(s: Scale) -> (&'static str, &'static str) {
    match s {
        Scale::Often => ("circle-often", "circle-often-"),
        Scale::Reliable => ("circle-reliable", "circle-reliable-"),
        Scale::Lasting => ("circle-lasting", "circle-lasting-"),
    }
}

/// A text field of a person: a line (changed on leaving it) or a text area (changed as typed).
fn text_field(env: &Env, act: &Act, p: &Person, field: TextField, key: &str, long: bool) -> Html {
    let id = format!("person-{key}");
    let pid = p.id.clone();
    let act = act.clone();
    let emit = move |text: String| act.emit((NetworkAction::SetText { id: pid.clone(), field, text }, None));
    let value = p.text(field).to_string();
    html! {
        <div class="field">
            <label for={id.clone()}>{ env.t(key) }</label>
            if long {
                <textarea autocomplete="off" {id} rows="2" maxlength="4000" {value} oninput={Callback::from(move |e: InputEvent| emit(area_of(&e)))} />
            } else {
                <input autocomplete="off" {id} type="text" maxlength="80" {value} onchange={Callback::from(move |e: Event| emit(input_of(&e)))} />
            }
        </div>
    }
}

/// Everything about one person.
fn editor(
    env: &Env,
    case: &Case,
    p: &Person,
    act: &Act,
    adding: &UseStateHandle<String>,
    on_close: Callback<MouseEvent>,
) -> Html {
    let t = |k: &str| env.t(k);
    let id = p.id.clone();
    let tags = Offer::ALL.iter().map(|o| {
        let (act, id, o) = (act.clone(), id.clone(), *o);
        let onchange = Callback::from(move |e: Event| act.emit((NetworkAction::SetOffer { id: id.clone(), offer: o, on: checked_of(&e) }, None)));
        html! { <label class="pill"><input type="checkbox" checked={p.tags.contains(&o)} {onchange} /><span>{ t(&format!("circle-offer-{}", o.key())) }</span></label> }
    });
    let scales = Scale::ALL.iter().map(|s| {
        let (label, prefix) = level_prefix(*s);
        let mut options = vec![(String::new(), "—".to_string())];
        options.extend(Level::ALL.iter().map(|l| (l.key().to_string(), t(&format!("{prefix}{}", l.key())))));
        let current = p.level(*s).map_or("", |l| l.key());
        let (act, id, scale) = (act.clone(), id.clone(), *s);
        let on = Callback::from(move |v: String| {
            let level = Level::ALL.into_iter().find(|l| l.key() == v);
            act.emit((NetworkAction::SetLevel { id: id.clone(), scale, level }, None))
        });
        select(format!("person-{label}"), t(label), current, options, on)
    });
    let roles: Vec<(String, String)> = MeetingRole::ALL
        .iter()
        .filter(|r| r.fits(p.sector))
        .map(|r| (r.key().to_string(), t(&format!("circle-role-{}", r.key()))))
        .collect();
    let on_role = {
        let (act, id) = (act.clone(), id.clone());
        let done = named(env, "circle-role-set", &p.name);
        Callback::from(move |v: String| {
            let role = MeetingRole::ALL.into_iter().find(|r| r.key() == v).unwrap_or_default();
            act.emit((NetworkAction::SetRole { id: id.clone(), role }, Some(done.clone())))
        })
    };
    let mut others = vec![(String::new(), "—".to_string())];
    others.extend(case.network.people.iter().filter(|q| q.id != p.id).map(|q| (q.id.clone(), q.name.clone())));
    let on_by = {
        let (act, id) = (act.clone(), id.clone());
        Callback::from(move |v: String| {
            act.emit((NetworkAction::SetSuggestedBy { id: id.clone(), by: (!v.is_empty()).then_some(v) }, None))
        })
    };
    let on_invited = {
        let (act, id) = (act.clone(), id.clone());
        Callback::from(move |e: Event| {
            act.emit((NetworkAction::SetInvited { id: id.clone(), invited: checked_of(&e) }, None))
        })
    };
    let carried: Vec<Html> = agreements_of(case, &p.id).map(|a| html! { <li>{ &a.what }</li> }).collect();
    let (ring, sector) = place_words(env, p.ring, p.sector);
    html! {
        <section class="card person-editor" aria-labelledby="person-heading">
            <h4 id="person-heading" tabindex="-1">{ named(env, "circle-edit-heading", &p.name) }</h4>
            <p class="row-meta">{ format!("{ring} · {sector}") }</p>
            { text_field(env, act, p, TextField::Name, "circle-name", false) }
            { text_field(env, act, p, TextField::Relation, "circle-relation", false) }
            { person_ties(env, case, p, act, adding) }
            { text_field(env, act, p, TextField::Offer, "circle-offer", true) }
            <fieldset class="pills"><legend>{ t("circle-tags") }</legend>{ for tags }</fieldset>
            <div class="scales">{ for scales }</div>
            <div class="device-only">
                { text_field(env, act, p, TextField::Contact, "circle-contact", false) }
                <p class="hint">{ t("circle-contact-hint") }</p>
            </div>
            <label class="choice"><input type="checkbox" checked={p.invited} onchange={on_invited}
                disabled={!p.invited && !case.consented(ConsentTopic::ContactNetwork)} /><span>{ t("circle-invited-one") }</span></label>
            if !case.consented(ConsentTopic::ContactNetwork) { <p class="hint">{ t("circle-invite-no-consent") }</p> }
            { select(format!("person-role-{id}"), t("circle-role"), p.role.key(), roles, on_role) }
            if p.sector.is_formal() {
                <p class="hint">{ t("circle-informs-hint") }</p>
                { text_field(env, act, p, TextField::CanDo, "circle-can-do", true) }
                { text_field(env, act, p, TextField::CannotDo, "circle-cannot-do", true) }
            }
            { select(format!("person-by-{id}"), t("circle-suggested-by"), p.suggested_by.as_deref().unwrap_or(""), others, on_by) }
            if !carried.is_empty() { <p class="carry-title">{ t("circle-carries") }</p><ul>{ for carried }</ul> }
            <button type="button" class="primary" onclick={on_close}>{ t("circle-close-editor") }</button>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct WhoElseProps {
    case: Rc<Case>,
    act: Act,
}

/// Widening the circle: one question at a time, from family outward, then "who else could think
/// along?", where someone can be suggested by a person already in the circle.
#[component]
fn WhoElse(props: &WhoElseProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let step = use_state(|| 0usize);
    let name = use_state(String::new);
    let relation = use_state(String::new);
    let by = use_state(String::new);
    let sector_pick = use_state(|| Sector::Family);
    let total = PROMPTS.len() + 1;
    let suggesting = *step >= PROMPTS.len();
    let sector = PROMPTS.get(*step).map_or(*sector_pick, |p| p.sector);
    let prompt =
        PROMPTS.get(*step).map_or_else(|| t("circle-prompt-suggest"), |p| t(&format!("circle-prompt-{}", p.key)));

    let onsubmit = {
        let (name, relation, by, act, env) =
            (name.clone(), relation.clone(), by.clone(), props.act.clone(), env.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let said = place_text(&env, "circle-added", name.trim(), Ring::Close, sector);
            let suggested_by = (suggesting && !by.is_empty()).then(|| (*by).clone());
            act.emit((
                NetworkAction::Add {
                    id: new_id("np"),
                    name: (*name).clone(),
                    relation: (*relation).clone(),
                    ring: Ring::Close,
                    sector,
                    suggested_by,
                },
                Some(said),
            ));
            if !name.trim().is_empty() {
                name.set(String::new());
                relation.set(String::new());
            }
            focus_id("quick-name");
        })
    };
    let go = |d: isize| {
        let step = step.clone();
        Callback::from(move |_| step.set((*step as isize + d).clamp(0, total as isize - 1) as usize))
    };
    let here: Vec<&str> =
        props.case.network.people.iter().filter(|p| p.sector == sector).map(|p| p.name.as_str()).collect();
    let mut people = vec![(String::new(), "—".to_string())];
    people.extend(props.case.network.people.iter().map(|p| (p.id.clone(), p.name.clone())));
    let text = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |e: InputEvent| h.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };

    html! {
        <section class="card who-else" aria-labelledby="who-else-heading">
            <h4 id="who-else-heading">{ t("circle-who-else") }</h4>
            <p class="row-meta">{ env.i18n.t_args("circle-step", &[("n", Arg::from(*step + 1)), ("total", Arg::from(total))]) }</p>
            <p class="prompt" aria-live="polite">{ prompt }</p>
            if !here.is_empty() { <p class="hint">{ env.i18n.t_args("circle-in-sector", &[("names", Arg::from(here.join(", ")))]) }</p> }
            <form class="add-form" {onsubmit} novalidate=true>
                <label for="quick-name">{ t("circle-add-name") }</label>
                <input autocomplete="off" id="quick-name" type="text" maxlength="80" value={(*name).clone()} oninput={text(&name)} />
                <label for="quick-relation">{ t("circle-relation") }</label>
                <input autocomplete="off" id="quick-relation" type="text" maxlength="80" value={(*relation).clone()} oninput={text(&relation)} />
                if suggesting {
                    { select("quick-sector".into(), t("circle-sector"), sector.key(), sector_options(&env),
                        { let s = sector_pick.clone(); Callback::from(move |v: String| s.set(sector_of(&v))) }) }
                    { select("quick-by".into(), t("circle-suggested-by"), &by, people,
                        { let b = by.clone(); Callback::from(move |v: String| b.set(v)) }) }
                }
                <p class="hint">{ t("circle-add-hint") }</p>
                <button type="submit" class="primary">{ t("circle-add") }</button>
            </form>
            <div class="card-nav">
                <button type="button" class="secondary" disabled={*step == 0} onclick={go(-1)}>{ t("circle-back") }</button>
                <button type="button" class="secondary" disabled={suggesting} onclick={go(1)}>{ t("circle-next") }</button>
            </div>
        </section>
    }
}

/// A date field: a chosen day, or none when cleared.
fn date_field(id: &str, label: String, value: Option<Date>, on: Callback<Option<Date>>) -> Html {
    let onchange = Callback::from(move |e: Event| on.emit(Date::parse(&input_of(&e)).ok()));
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <input id={id.to_string()} type="date" value={value.map(|d| d.to_string()).unwrap_or_default()} {onchange} />
        </div>
    }
}

/// The circle meeting: when and where, the family's question, whether the children join, who
/// is invited and who came, and the first check afterwards.
fn meeting(env: &Env, case: &Case, act: &Act) -> Html {
    let t = |k: &str| env.t(k);
    let m = &case.network.meeting;
    let on_question = {
        let act = act.clone();
        Callback::from(move |e: InputEvent| act.emit((NetworkAction::SetQuestion(area_of(&e)), None)))
    };
    let on_note = {
        let act = act.clone();
        Callback::from(move |e: Event| act.emit((NetworkAction::SetChildrenNote(input_of(&e)), None)))
    };
    let on_place = {
        let act = act.clone();
        Callback::from(move |e: Event| act.emit((NetworkAction::SetMeetingPlace(input_of(&e)), None)))
    };
    let on_date = {
        let act = act.clone();
        Callback::from(move |d| act.emit((NetworkAction::SetMeetingDate(d), None)))
    };
    let on_check = {
        let act = act.clone();
        Callback::from(move |d| act.emit((NetworkAction::SetCheckDate(d), None)))
    };
    let suggest = m.date.map(Meeting::suggested_check).filter(|d| m.check_date != Some(*d)).map(|d| {
        let text = env.i18n.t_args("circle-check-suggest", &[("date", Arg::from(env.i18n.date(d)))]);
        let act = act.clone();
        let onclick = Callback::from(move |_: MouseEvent| act.emit((NetworkAction::SetCheckDate(Some(d)), None)));
        html! { <button type="button" class="secondary small" {onclick}>{ text }</button> }
    });
    let early = matches!((m.date, m.check_date), (Some(a), Some(b)) if b < a);
    let choices = ChildrenJoin::ALL.iter().map(|c| {
        let (act, c) = (act.clone(), *c);
        let onchange = Callback::from(move |_| act.emit((NetworkAction::SetChildrenJoin(Some(c)), None)));
        html! {
            <label class="choice"><input type="radio" name="children-join" checked={m.children_join == Some(c)} {onchange} />
                <span>{ t(&format!("circle-children-{}", c.key())) }</span></label>
        }
    });
    let (invited, came) = case.network.attendance();
    let rows = invited.iter().map(|p| {
        let (act, id) = (act.clone(), p.id.clone());
        let onchange = Callback::from(move |e: Event| act.emit((NetworkAction::SetCame { id: id.clone(), came: checked_of(&e) }, None)));
        html! {
            <li class="row">
                <span class="row-main">{ &p.name }</span>
                if p.role != MeetingRole::None { <span class="badge">{ t(&format!("circle-role-{}", p.role.key())) }</span> }
                <label class="choice"><input type="checkbox" checked={p.came} {onchange} /><span>{ named(env, "circle-came-label", &p.name) }</span></label>
            </li>
        }
    });
    let summary = env
        .i18n
        .t_args("circle-attendance-summary", &[("invited", Arg::from(invited.len())), ("came", Arg::from(came.len()))]);
    let away: Vec<&str> = invited.iter().filter(|p| !p.came).map(|p| p.name.as_str()).collect();
    html! {
        <section class="card" aria-labelledby="meeting-heading">
            <h4 id="meeting-heading">{ t("circle-meeting") }</h4>
            <p class="hint">{ t("circle-meeting-hint") }</p>
            <div class="field-row">
                { date_field("meeting-date", t("circle-meeting-date"), m.date, on_date) }
                <div class="field">
                    <label for="meeting-place">{ t("circle-meeting-place") }</label>
                    <input id="meeting-place" type="text" maxlength="80" value={m.place.clone()} onchange={on_place} />
                </div>
            </div>
            <label for="meeting-question">{ t("circle-question") }</label>
            <textarea autocomplete="off" id="meeting-question" rows="2" maxlength="4000" value={m.question.clone()} oninput={on_question} />
            <fieldset class="choices inline"><legend>{ t("circle-children") }</legend>{ for choices }</fieldset>
            <label for="children-note">{ t("circle-children-note") }</label>
            <input autocomplete="off" id="children-note" type="text" maxlength="4000" value={m.children_note.clone()} onchange={on_note} />
            <h5>{ t("circle-attendance") }</h5>
            // Parts that come and go sit in boxes of their own, so what is around them keeps its
            // place (and its focus) on the page.
            <div class="attendance-box">
                if invited.is_empty() { <p class="hint">{ t("circle-none-invited") }</p> } else {
                    <p class="attendance">{ summary }
                        if !came.is_empty() && !away.is_empty() { { " " }{ env.i18n.t_args("circle-not-came", &[("names", Arg::from(away.join(", ")))]) } }
                    </p>
                    <ul class="rows">{ for rows }</ul>
                }
            </div>
            { date_field("check-date", t("circle-check-date"), m.check_date, on_check) }
            <div class="check-box">
                { for suggest }
                if early { <p class="field-error">{ t("circle-check-before") }</p> }
            </div>
        </section>
    }
}
