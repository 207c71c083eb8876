//! The list view and a person's editor: everything the drawing does, in rows and fields.

use super::super::circle_ties::{family_line_cell, person_ties};
use super::{area_of, checked_of, input_of, named, ring_of, ring_options, sector_of, sector_options, select, Act};
use crate::core::case::{Case, ConsentTopic};
use crate::core::network::{agreements_of, Level, MeetingRole, NetworkAction, Offer, Person, Scale, TextField, Tie};
use crate::web::state::{use_env, Env};
use crate::web::widgets::circle_svg::{place_words, Place};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct RowProps {
    person: Person,
    /// The person's line with the family.
    tie: Option<Tie>,
    /// Whether the family agreed that people in the network may be contacted.
    may_contact: bool,
    act: Act,
    on_move: Callback<Place>,
    on_select: Callback<String>,
}

/// One person's row. A component of its own, with stable callbacks, so a change to one person
/// re-renders that row only, not the whole list (25 people: four selects each).
#[component]
fn PersonRow(props: &RowProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let (p, act) = (&props.person, &props.act);
    let id = p.id.clone();
    let name = p.name.as_str();
    let (ring, sector) = (p.ring, p.sector);
    let on_ring = {
        let (m, id) = (props.on_move.clone(), id.clone());
        Callback::from(move |v: String| m.emit((id.clone(), ring_of(&v), sector, None)))
    };
    let on_sector = {
        let (m, id) = (props.on_move.clone(), id.clone());
        Callback::from(move |v: String| m.emit((id.clone(), ring, sector_of(&v), None)))
    };
    let on_invited = {
        let (act, id) = (act.clone(), id.clone());
        Callback::from(move |e: Event| {
            act.emit((NetworkAction::SetInvited { id: id.clone(), invited: checked_of(&e) }, None))
        })
    };
    let edit = {
        let (s, id) = (props.on_select.clone(), id.clone());
        Callback::from(move |_| s.emit(id.clone()))
    };
    let remove = {
        let (act, id, done) = (act.clone(), id.clone(), named(&env, "circle-removed", name));
        Callback::from(move |_| act.emit((NetworkAction::Remove { id: id.clone() }, Some(done.clone()))))
    };
    html! {
        <tr>
            <th scope="row">{ name }<span class="row-meta">{ &p.relation }</span></th>
            <td class="place">
                { select(format!("ring-{id}"), named(&env, "circle-ring-of", name), ring.key(), ring_options(&env), on_ring) }
                { select(format!("sector-{id}"), named(&env, "circle-sector-of", name), sector.key(), sector_options(&env), on_sector) }
            </td>
            { family_line_cell(&env, props.tie.as_ref(), p, act) }
            <td><label class="choice"><input type="checkbox" checked={p.invited} onchange={on_invited}
                disabled={!p.invited && !props.may_contact}
                aria-label={named(&env, "circle-invited-label", name)} /><span aria-hidden="true">{ t("circle-invited") }</span></label></td>
            <td class="actions">
                <button type="button" id={format!("edit-{id}")} class="secondary small" onclick={edit} aria-label={named(&env, "circle-edit-label", name)}>{ t("circle-edit") }</button>
                <button type="button" class="secondary small" onclick={remove} aria-label={named(&env, "circle-remove-label", name)}>{ t("circle-remove") }</button>
            </td>
        </tr>
    }
}

/// The list view: every person with their place, invitation, edit and remove.
pub(super) fn people_list(
    env: &Env,
    case: &Rc<Case>,
    act: &Act,
    on_move: &Callback<Place>,
    on_select: &Callback<String>,
) -> Html {
    let t = |k: &str| env.t(k);
    let may_contact = case.consented(ConsentTopic::ContactNetwork);
    let rows = case.network.people.iter().map(|p| {
        let tie = case.network.tie(&p.id, None).cloned();
        html! {
            <PersonRow key={p.id.clone()} person={p.clone()} {tie} {may_contact} act={act.clone()}
                on_move={on_move.clone()} on_select={on_select.clone()} />
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

/// Everything about one person. The lines in the middle depend on the whole network; the fields
/// around them are components of their own that get only this person and what they show, so a
/// changed line (a tap) does not render those fields again.
pub(super) fn editor(
    env: &Env,
    case: &Case,
    p: &Person,
    act: &Act,
    adding: &UseStateHandle<String>,
    on_close: &Callback<MouseEvent>,
) -> Html {
    let others: Vec<(String, String)> =
        case.network.people.iter().filter(|q| q.id != p.id).map(|q| (q.id.clone(), q.name.clone())).collect();
    let carried: Vec<String> = agreements_of(case, &p.id).map(|a| a.what.clone()).collect();
    let (ring, sector) = place_words(env, p.ring, p.sector);
    html! {
        <section class="card person-editor" aria-labelledby="person-heading">
            <h4 id="person-heading" tabindex="-1">{ named(env, "circle-edit-heading", &p.name) }</h4>
            <p class="row-meta">{ format!("{ring} · {sector}") }</p>
            <PersonNames person={p.clone()} act={act.clone()} />
            { person_ties(env, case, p, act, adding) }
            <PersonMore person={p.clone()} may_contact={case.consented(ConsentTopic::ContactNetwork)} {others} {carried}
                act={act.clone()} on_close={on_close.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct NamesProps {
    person: Person,
    act: Act,
}

/// The person's name and relation.
#[component]
fn PersonNames(props: &NamesProps) -> Html {
    let env = use_env();
    let (p, act) = (&props.person, &props.act);
    html! {
        <>
            { text_field(&env, act, p, TextField::Name, "circle-name", false) }
            { text_field(&env, act, p, TextField::Relation, "circle-relation", false) }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct MoreProps {
    person: Person,
    /// Whether the family agreed that people in the network may be contacted.
    may_contact: bool,
    /// Everyone else in the circle (id, name): who may have suggested this person.
    others: Vec<(String, String)>,
    /// What the plan's agreements ask of this person.
    carried: Vec<String>,
    act: Act,
    on_close: Callback<MouseEvent>,
}

/// The rest of a person's details: what they offer, how often and how reliably, contact, the
/// meeting, who suggested them, and what they carry in the plan.
#[component]
fn PersonMore(props: &MoreProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let (p, act) = (&props.person, &props.act);
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
        let done = named(&env, "circle-role-set", &p.name);
        Callback::from(move |v: String| {
            let role = MeetingRole::ALL.into_iter().find(|r| r.key() == v).unwrap_or_default();
            act.emit((NetworkAction::SetRole { id: id.clone(), role }, Some(done.clone())))
        })
    };
    let mut others = vec![(String::new(), "—".to_string())];
    others.extend(props.others.iter().cloned());
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
    html! {
        <>
            { text_field(&env, act, p, TextField::Offer, "circle-offer", true) }
            <fieldset class="pills"><legend>{ t("circle-tags") }</legend>{ for tags }</fieldset>
            <div class="scales">{ for scales }</div>
            <div class="device-only">
                { text_field(&env, act, p, TextField::Contact, "circle-contact", false) }
                <p class="hint">{ t("circle-contact-hint") }</p>
            </div>
            <label class="choice"><input type="checkbox" checked={p.invited} onchange={on_invited}
                disabled={!p.invited && !props.may_contact} /><span>{ t("circle-invited-one") }</span></label>
            if !props.may_contact { <p class="hint">{ t("circle-invite-no-consent") }</p> }
            { select(format!("person-role-{id}"), t("circle-role"), p.role.key(), roles, on_role) }
            if p.sector.is_formal() {
                <p class="hint">{ t("circle-informs-hint") }</p>
                { text_field(&env, act, p, TextField::CanDo, "circle-can-do", true) }
                { text_field(&env, act, p, TextField::CannotDo, "circle-cannot-do", true) }
            }
            { select(format!("person-by-{id}"), t("circle-suggested-by"), p.suggested_by.as_deref().unwrap_or(""), others, on_by) }
            if !props.carried.is_empty() { <p class="carry-title">{ t("circle-carries") }</p><ul>{ for props.carried.iter().map(|a| html! { <li>{ a }</li> }) }</ul> }
            <button type="button" class="primary" onclick={props.on_close.clone()}>{ t("circle-close-editor") }</button>
        </>
    }
}
