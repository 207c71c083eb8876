//! The circle's relation lines on screen: set in a person's details (radio buttons: touch, mouse
//! and keyboard) and in the list view (selects), which can do everything the drawing shows; each
//! change is announced as the sentence a screen reader hears for the line.

use super::circle::{named, select, Act};
use crate::core::case::Case;
use crate::core::network::{Flow, Network, NetworkAction, Person, Tie, TieKind};
use crate::export::figure::line_sample;
use crate::export::sentences::line_sentence;
use crate::i18n::Arg;
use crate::web::state::Env;
use crate::web::widgets::figure_svg::shape_svg;
use yew::prelude::*;

/// A small picture of a kind of line (with an arrow for `arrow`), as the circle draws it.
pub fn sample_svg(kind: TieKind, arrow: bool) -> Html {
    html! {
        <svg class="line-sample" width="44" height="16" viewBox="-4 -10 72 20" aria-hidden="true" focusable="false">
            { for line_sample(kind, arrow).iter().map(shape_svg) }
        </svg>
    }
}

fn kind_of(key: &str) -> Option<TieKind> {
    TieKind::ALL.into_iter().find(|k| k.key() == key)
}
fn flow_of(key: &str) -> Option<Flow> {
    Flow::ALL.into_iter().find(|f| f.key() == key)
}

/// What a change to a line says once it is accepted: the line's sentence, or that it is gone.
fn said(env: &Env, a: &str, b: Option<&str>, kind: Option<TieKind>, flow: Option<Flow>) -> String {
    match kind {
        Some(k) => line_sentence(&env.i18n, a, b, k, flow),
        None => {
            let key = if b.is_some() { "eco-change-tie-removed" } else { "eco-change-tie-removed-family" };
            env.i18n.t_args(key, &[("a", Arg::from(a)), ("b", Arg::from(b.unwrap_or_default()))])
        }
    }
}

/// The options of a kind select: no line, then the four kinds.
fn kind_options(env: &Env) -> Vec<(String, String)> {
    let mut v = vec![(String::new(), env.t("eco-kind-none"))];
    v.extend(TieKind::ALL.iter().map(|k| (k.key().to_string(), env.t(&format!("eco-legend-{}", k.key())))));
    v
}

/// The options of a flow select, seen from `a` toward `b` (`None`: the family).
fn flow_options(env: &Env, a: &str, b: Option<&str>) -> Vec<(String, String)> {
    let mut v = vec![(String::new(), env.t("eco-flow-unsaid"))];
    for f in Flow::ALL {
        let text = match (f, b) {
            (Flow::Both, _) => env.t("eco-flow-opt-both"),
            (_, None) => named(env, &format!("eco-flow-opt-family-{}", f.key()), a),
            (_, Some(b)) => {
                env.i18n.t_args(&format!("eco-flow-opt-{}", f.key()), &[("a", Arg::from(a)), ("b", Arg::from(b))])
            }
        };
        v.push((f.key().to_string(), text));
    }
    v
}

/// Changing a line's kind, seen from `person`.
fn on_kind(env: &Env, act: &Act, person: &Person, other: Option<&Person>, flow: Option<Flow>) -> Callback<String> {
    let (act, env) = (act.clone(), env.clone());
    let (id, name) = (person.id.clone(), person.name.clone());
    let (oid, oname) = (other.map(|o| o.id.clone()), other.map(|o| o.name.clone()));
    Callback::from(move |v: String| {
        let kind = kind_of(&v);
        let text = said(&env, &name, oname.as_deref(), kind, flow);
        act.emit((NetworkAction::SetTieKind { person: id.clone(), other: oid.clone(), kind }, Some(text)))
    })
}

/// Changing a line's flow, seen from `person`.
fn on_flow(env: &Env, act: &Act, person: &Person, other: Option<&Person>, kind: TieKind) -> Callback<String> {
    let (act, env) = (act.clone(), env.clone());
    let (id, name) = (person.id.clone(), person.name.clone());
    let (oid, oname) = (other.map(|o| o.id.clone()), other.map(|o| o.name.clone()));
    Callback::from(move |v: String| {
        let flow = flow_of(&v);
        let text = said(&env, &name, oname.as_deref(), Some(kind), flow);
        act.emit((NetworkAction::SetTieFlow { person: id.clone(), other: oid.clone(), flow }, Some(text)))
    })
}

/// A group of radio buttons: (value, words, picture), the current one checked.
fn radios(
    name: String,
    legend: String,
    current: &str,
    options: Vec<(String, String, Html)>,
    on: Callback<String>,
) -> Html {
    html! {
        <fieldset class="choices ties-choice">
            <legend>{ legend }</legend>
            { for options.into_iter().map(|(value, text, picture)| {
                let checked = value == current;
                let onchange = { let on = on.clone(); let v = value.clone(); Callback::from(move |_| on.emit(v.clone())) };
                html! {
                    <label class="choice">
                        <input type="radio" name={name.clone()} {checked} {onchange} />
                        { picture }<span>{ text }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}

/// A person's lines, in their details: the line with the family (kind and the way support goes,
/// as radio buttons), and lines with others in the circle.
pub fn person_ties(env: &Env, case: &Case, p: &Person, act: &Act, adding: &UseStateHandle<String>) -> Html {
    let net = &case.network;
    let family = net.tie(&p.id, None);
    let flow_now = family.and_then(|t| t.flow_from(&p.id));
    let mut kinds = vec![(String::new(), env.t("eco-kind-none"), html! {})];
    kinds.extend(
        TieKind::ALL
            .iter()
            .map(|k| (k.key().to_string(), env.t(&format!("eco-legend-{}", k.key())), sample_svg(*k, false))),
    );
    let kind_pick = radios(
        format!("fam-kind-{}", p.id),
        env.t("eco-family-line"),
        family.map_or("", |t| t.kind.key()),
        kinds,
        on_kind(env, act, p, None, flow_now),
    );
    // Always there: the page keeps its shape, and the keyboard its place, when a line appears.
    // Without a line, choosing a flow says to choose a kind first.
    let options = flow_options(env, &p.name, None)
        .into_iter()
        .map(|(v, text)| {
            let arrow = if v.is_empty() {
                html! {}
            } else {
                sample_svg(TieKind::Ordinary, true)
            };
            (v, text, arrow)
        })
        .collect();
    let flow_pick = radios(
        format!("fam-flow-{}", p.id),
        env.t("eco-flow"),
        flow_now.map_or("", |f| f.key()),
        options,
        on_flow(env, act, p, None, family.map_or(TieKind::Ordinary, |t| t.kind)),
    );
    // Lines with others: each as a sentence with its kind and flow, then one more to draw.
    let mine: Vec<_> = net.ties.iter().filter(|t| t.other.is_some() && t.touches(&p.id)).collect();
    let rows = mine.iter().filter_map(|t| {
        let other_id = if t.person == p.id { t.other.as_deref()? } else { t.person.as_str() };
        let other = net.person(other_id)?;
        Some(tie_row(env, act, p, other, t.kind, t.flow_from(&p.id), "ed"))
    });
    let free: Vec<(String, String)> = net
        .people
        .iter()
        .filter(|q| q.id != p.id && net.tie(&p.id, Some(&q.id)).is_none())
        .map(|q| (q.id.clone(), q.name.clone()))
        .collect();
    let add = {
        let mut options = vec![(String::new(), "—".to_string())];
        options.extend(free);
        let pick = {
            let a = adding.clone();
            Callback::from(move |v: String| a.set(v))
        };
        let other = net.person(adding.as_str()).filter(|q| q.id != p.id);
        let onclick = {
            let (act, env, adding) = (act.clone(), env.clone(), adding.clone());
            let (id, name) = (p.id.clone(), p.name.clone());
            let other = other.map(|o| (o.id.clone(), o.name.clone()));
            Callback::from(move |_: MouseEvent| match &other {
                Some((oid, oname)) => {
                    let text = said(&env, &name, Some(oname), Some(TieKind::Ordinary), None);
                    let a = NetworkAction::SetTieKind {
                        person: id.clone(),
                        other: Some(oid.clone()),
                        kind: Some(TieKind::Ordinary),
                    };
                    act.emit((a, Some(text)));
                    adding.set(String::new());
                }
                None => act.emit((
                    NetworkAction::SetTieKind { person: id.clone(), other: Some(id.clone()), kind: None },
                    None,
                )),
            })
        };
        html! {
            <div class="add-tie">
                { select(format!("tie-with-{}", p.id), env.t("eco-tie-with"), adding.as_str(), options, pick) }
                <button type="button" class="secondary" {onclick}>{ env.t("eco-add-tie") }</button>
            </div>
        }
    };
    html! {
        <div class="person-ties">
            { kind_pick }
            { flow_pick }
            <p class="hint">{ if family.is_none() { env.t("eco-flow-needs-line") } else { String::new() } }</p>
            <h5>{ env.t("eco-others") }</h5>
            <ul class="rows tie-rows">{ for rows }</ul>
            { add }
        </div>
    }
}

/// One line between two people: its sentence, a select for its kind and one for its flow, and
/// taking it away. `place` keeps the controls' ids apart where the same line shows twice.
fn tie_row(env: &Env, act: &Act, a: &Person, b: &Person, kind: TieKind, flow: Option<Flow>, place: &str) -> Html {
    let names = [("a", Arg::from(a.name.as_str())), ("b", Arg::from(b.name.as_str()))];
    let key = format!("{place}-{}-{}", a.id, b.id);
    let remove = {
        let (act, text) = (act.clone(), env.i18n.t_args("eco-tie-removed", &names));
        let (id, oid) = (a.id.clone(), b.id.clone());
        Callback::from(move |_: MouseEvent| {
            act.emit((
                NetworkAction::SetTieKind { person: id.clone(), other: Some(oid.clone()), kind: None },
                Some(text.clone()),
            ))
        })
    };
    html! {
        <li class="row tie-row" key={key.clone()}>
            <span class="row-main">{ sample_svg(kind, flow.is_some()) }{ line_sentence(&env.i18n, &a.name, Some(&b.name), kind, flow) }</span>
            { select(format!("kind-{key}"), env.i18n.t_args("eco-tie-kind-of", &names), kind.key(), kind_options(env),
                on_kind(env, act, a, Some(b), flow)) }
            { select(format!("flow-{key}"), env.i18n.t_args("eco-tie-flow-of", &names), flow.map_or("", |f| f.key()),
                flow_options(env, &a.name, Some(&b.name)), on_flow(env, act, a, Some(b), kind)) }
            <button type="button" class="secondary small" onclick={remove}
                aria-label={env.i18n.t_args("eco-tie-remove-label", &names)}>{ env.t("eco-tie-remove") }</button>
        </li>
    }
}

/// The list view's cell for a person's line with the family: its kind, and its flow once drawn.
pub fn family_line_cell(env: &Env, tie: Option<&Tie>, p: &Person, act: &Act) -> Html {
    let flow = tie.and_then(|t| t.flow_from(&p.id));
    // The flow's select is always there: the row keeps its shape, so the focus stays on the
    // kind's select while it is changed by keys. Without a line it says to choose a kind first.
    let kind = tie.map_or(TieKind::Ordinary, |t| t.kind);
    html! {
        <td class="place">
            { select(format!("fam-line-{}", p.id), named(env, "eco-family-kind-of", &p.name), tie.map_or("", |t| t.kind.key()),
                kind_options(env), on_kind(env, act, p, None, flow)) }
            { select(format!("fam-support-{}", p.id), named(env, "eco-family-flow-of", &p.name), flow.map_or("", |f| f.key()),
                flow_options(env, &p.name, None), on_flow(env, act, p, None, kind)) }
        </td>
    }
}

#[derive(Properties, PartialEq)]
pub struct TiesListProps {
    /// The network's people and only its lines between people (see [`between_people`]): a change
    /// to someone's line with the family leaves these props equal, and the list is not rendered
    /// again.
    pub net: Network,
    pub act: Act,
}

/// The part of the network the list of lines between people shows.
pub fn between_people(net: &Network) -> Network {
    Network {
        people: net.people.clone(),
        ties: net.ties.iter().filter(|t| t.other.is_some()).cloned().collect(),
        ..Network::default()
    }
}

/// The list view's lines between people: every one as a sentence with its controls, and a form
/// to draw a new one (who, with whom, what kind).
#[component]
pub fn TiesList(props: &TiesListProps) -> Html {
    let env = crate::web::state::use_env();
    let from = use_state(String::new);
    let to = use_state(String::new);
    let kind = use_state(|| TieKind::Ordinary.key().to_string());
    let problem = use_state(|| false);
    let net = &props.net;
    let rows = net.ties.iter().filter_map(|t| {
        let (a, b) = (net.person(&t.person)?, net.person(t.other.as_deref()?)?);
        Some(tie_row(&env, &props.act, a, b, t.kind, t.flow, "list"))
    });
    let any = net.ties.iter().any(|t| t.other.is_some());
    let mut people = vec![(String::new(), "—".to_string())];
    people.extend(net.people.iter().map(|p| (p.id.clone(), p.name.clone())));
    let set = |h: &UseStateHandle<String>| {
        let (h, problem) = (h.clone(), problem.clone());
        Callback::from(move |v: String| {
            problem.set(false);
            h.set(v)
        })
    };
    let onsubmit = {
        let (from, to, kind, problem, act, env) =
            (from.clone(), to.clone(), kind.clone(), problem.clone(), props.act.clone(), env.clone());
        let net = props.net.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (a, b) = (net.person(&from), net.person(&to));
            match (a, b) {
                (Some(a), Some(b)) if a.id != b.id => {
                    let k = kind_of(&kind).unwrap_or(TieKind::Ordinary);
                    let text = said(&env, &a.name, Some(&b.name), Some(k), None);
                    act.emit((
                        NetworkAction::SetTieKind { person: a.id.clone(), other: Some(b.id.clone()), kind: Some(k) },
                        Some(text),
                    ));
                    to.set(String::new());
                }
                _ => problem.set(true),
            }
        })
    };
    let kinds: Vec<(String, String)> = kind_options(&env).into_iter().skip(1).collect();
    html! {
        <section class="card" aria-labelledby="ties-heading">
            <h4 id="ties-heading">{ env.t("eco-ties-list") }</h4>
            if any { <ul class="rows tie-rows">{ for rows }</ul> } else { <p class="hint">{ env.t("eco-ties-none") }</p> }
            if net.people.len() >= 2 {
                <form class="add-form inline-form" {onsubmit} novalidate=true>
                    { select("tie-from".into(), env.t("circle-col-name"), from.as_str(), people.clone(), set(&from)) }
                    { select("tie-to".into(), env.t("eco-tie-with"), to.as_str(), people, set(&to)) }
                    { select("tie-kind".into(), env.t("eco-tie-kind"), kind.as_str(), kinds, {
                        let kind = kind.clone(); Callback::from(move |v: String| kind.set(v)) }) }
                    if *problem { <p class="field-error" role="alert">{ env.t("eco-tie-pick") }</p> }
                    <button type="submit" class="secondary">{ env.t("eco-add-tie") }</button>
                </form>
            }
        </section>
    }
}

/// The key to the lines under the circle, with the same pictures.
pub fn lines_legend(env: &Env) -> Html {
    html! {
        <ul class="lines-legend" aria-label={env.t("eco-legend")}>
            { for TieKind::ALL.iter().map(|k| html! { <li>{ sample_svg(*k, false) }<span>{ env.t(&format!("eco-legend-{}", k.key())) }</span></li> }) }
            <li>{ sample_svg(TieKind::Ordinary, true) }<span>{ env.t("eco-legend-arrow") }</span></li>
        </ul>
    }
}
