//! The case screen: the family, its children and participants, visits and consent.

use crate::core::case::{Case, ChildAge, ConsentTopic, Purpose, Role, WayOfWorking};
use crate::core::date::Date;
use crate::core::import::{unshown_answers, Unshown};
use crate::core::CaseAction;
use crate::i18n::Arg;
use crate::web::browser::new_id;
use crate::web::state::{use_env, Env};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CaseProps {
    pub case: Rc<Case>,
    pub on_action: Callback<CaseAction>,
}

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<HtmlInputElement>().value()
}

/// A fieldset of radio buttons over an enum; `prefix` names the group, its legend (`{prefix}legend`)
/// and each option's message (`{prefix}{key}`).
fn radio_group<T: Copy + PartialEq + 'static>(
    env: &Env,
    prefix: &'static str,
    options: &[T],
    key: fn(T) -> &'static str,
    current: T,
    on: Callback<T>,
) -> Html {
    let name = prefix.trim_end_matches('-');
    html! {
        <fieldset class="choices">
            <legend>{ env.t(&format!("{prefix}legend")) }</legend>
            { for options.iter().map(|o| {
                let id = format!("{name}-{}", key(*o));
                let onchange = { let on = on.clone(); let o = *o; Callback::from(move |_| on.emit(o)) };
                html! {
                    <label class="choice" for={id.clone()}>
                        <input type="radio" id={id} name={name.to_string()} checked={*o == current} {onchange} />
                        <span>{ env.t(&format!("{prefix}{}", key(*o))) }</span>
                    </label>
                }
            }) }
        </fieldset>
    }
}

fn age_text(env: &Env, age: ChildAge) -> String {
    match age {
        ChildAge::Born(a) if a.years == 0 => env.i18n.t_args("age-months", &[("months", Arg::from(a.months))]),
        ChildAge::Born(a) => env.i18n.t_args("age-years", &[("years", Arg::from(a.years))]),
        ChildAge::Expected { weeks_to_go } => env.i18n.t_args("age-expected", &[("weeks", Arg::from(weeks_to_go))]),
        ChildAge::Unknown => env.t("age-unknown"),
    }
}

#[component]
pub fn CaseDetails(props: &CaseProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let case = &props.case;
    let act = props.on_action.clone();

    let on_alias = {
        let act = act.clone();
        Callback::from(move |e: Event| act.emit(CaseAction::SetFamilyAlias(input_value(&e))))
    };
    let on_way = {
        let act = act.clone();
        Callback::from(move |w| act.emit(CaseAction::SetWayOfWorking(w)))
    };
    let on_purpose = {
        let act = act.clone();
        Callback::from(move |p| act.emit(CaseAction::SetPurpose(p)))
    };

    html! {
        <div class="case-details">
            <UnshownNotice case={case.clone()} />
            <section class="card" aria-labelledby="family-heading">
                <h3 id="family-heading">{ t("family-heading") }</h3>
                <label for="case-family">{ t("family-alias-label") }</label>
                <input autocomplete="off" id="case-family" type="text" maxlength="80" value={case.family_alias.clone()} onchange={on_alias} />
                { radio_group(&env, "way-", &WayOfWorking::ALL, WayOfWorking::key, case.way_of_working, on_way) }
                { radio_group(&env, "purpose-", &Purpose::ALL, Purpose::key, case.purpose, on_purpose) }
            </section>
            <ChildrenSection case={case.clone()} on_action={act.clone()} />
            <ParticipantsSection case={case.clone()} on_action={act.clone()} />
            <VisitsSection case={case.clone()} on_action={act.clone()} />
            <ConsentSection case={case.clone()} on_action={act} />
        </div>
    }
}

/// The answers this device cannot show, and why: they are kept, and the family and the
/// professional should know they are there.
#[derive(Properties, PartialEq)]
struct UnshownProps {
    case: Rc<Case>,
}

#[component]
fn UnshownNotice(props: &UnshownProps) -> Html {
    let env = use_env();
    let items = unshown_answers(&props.case, &env.instruments);
    if items.is_empty() {
        return html! {};
    }
    // A hostile file can name hundreds of themes: a few are enough to recognise them.
    let some = |ids: &[String]| {
        let shown: Vec<&str> = ids.iter().take(5).map(String::as_str).collect();
        format!("{}{}", shown.join(", "), if ids.len() > 5 { ", …" } else { "" })
    };
    let rows = items.iter().map(|u| {
        let instrument = match env.instrument(&u.instrument_id) {
            Some(i) => i.def.title.get(env.lang()).to_string(),
            None => u.instrument_id.clone(),
        };
        let answers = env.i18n.t_args("unshown-answers", &[("count", Arg::from(u.count))]);
        let date = u.visit_date.map(|d| env.i18n.date(d)).unwrap_or_default();
        let mut args =
            vec![("date", Arg::from(date)), ("answers", Arg::from(answers)), ("instrument", Arg::from(instrument))];
        let key = match &u.why {
            Unshown::Instrument => "unshown-instrument",
            Unshown::Themes(ids) => {
                args.push(("themes", Arg::from(some(ids))));
                "unshown-themes"
            }
            Unshown::Levels(ids) => {
                args.push(("levels", Arg::from(some(ids))));
                "unshown-levels"
            }
        };
        html! { <li>{ env.i18n.t_args(key, &args) }</li> }
    });
    html! {
        <section class="card notice" aria-labelledby="unshown-heading">
            <h3 id="unshown-heading">{ env.t("unshown-heading") }</h3>
            <p>{ env.t("unshown-help") }</p>
            <ul>{ for rows }</ul>
        </section>
    }
}

#[component]
fn ChildrenSection(props: &CaseProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let alias = use_state(String::new);
    let expected = use_state(|| false);
    let date = use_state(String::new);
    let problem = use_state(|| None::<String>);

    let onsubmit = {
        let (alias, expected, date, problem, act) =
            (alias.clone(), expected.clone(), date.clone(), problem.clone(), props.on_action.clone());
        let env = env.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if alias.trim().is_empty() {
                problem.set(Some(env.t("error-empty-name")));
                return;
            }
            let parsed = if date.is_empty() { None } else { Date::parse(&date).ok() };
            if !date.is_empty() && parsed.is_none() {
                problem.set(Some(env.t("error-date")));
                return;
            }
            let (birth_date, due_date) = if *expected { (None, parsed) } else { (parsed, None) };
            act.emit(CaseAction::AddChild {
                id: new_id("child"),
                alias: alias.trim().to_string(),
                birth_date,
                due_date,
                today: env.today,
            });
            problem.set(None);
            alias.set(String::new());
            date.set(String::new());
        })
    };
    let rows = props.case.children.iter().map(|c| {
        let remove = { let act = props.on_action.clone(); let id = c.id.clone(); Callback::from(move |_| act.emit(CaseAction::RemoveChild { id: id.clone() })) };
        let when = c.birth_date.or(c.due_date).map(|d| env.i18n.date(d)).unwrap_or_default();
        html! {
            <li class="row">
                <span class="row-main">{ &c.alias }</span>
                <span class="row-meta">{ age_text(&env, c.age_on(env.today)) }{ " · " }{ when }</span>
                <button type="button" class="secondary small" onclick={remove}
                    aria-label={env.i18n.t_args("remove-named", &[("name", Arg::from(c.alias.as_str()))])}>{ t("remove") }</button>
            </li>
        }
    });
    let set_expected = |v: bool| {
        let expected = expected.clone();
        Callback::from(move |_| expected.set(v))
    };
    html! {
        <section class="card" aria-labelledby="children-heading">
            <h3 id="children-heading">{ t("children-heading") }</h3>
            if props.case.children.is_empty() { <p class="hint">{ t("children-empty") }</p> }
            <ul class="rows">{ for rows }</ul>
            <form class="add-form" {onsubmit} novalidate=true>
                <h4>{ t("child-add-heading") }</h4>
                <label for="child-new">{ t("child-alias-label") }</label>
                <input autocomplete="off" id="child-new" type="text" maxlength="80" value={(*alias).clone()}
                    oninput={ let alias = alias.clone(); Callback::from(move |e: InputEvent| alias.set(e.target_unchecked_into::<HtmlInputElement>().value())) } />
                <fieldset class="choices inline">
                    <legend>{ t("child-born-legend") }</legend>
                    <label class="choice"><input type="radio" name="child-born" checked={!*expected} onchange={set_expected(false)} /><span>{ t("child-born") }</span></label>
                    <label class="choice"><input type="radio" name="child-born" checked={*expected} onchange={set_expected(true)} /><span>{ t("child-expected") }</span></label>
                </fieldset>
                <label for="child-new-date">{ if *expected { t("child-due-label") } else { t("child-birth-label") } }</label>
                <input autocomplete="off" id="child-new-date" type="date" value={(*date).clone()}
                    onchange={ let date = date.clone(); Callback::from(move |e: Event| date.set(input_value(&e))) } />
                if let Some(p) = (*problem).clone() { <p class="field-error" role="alert">{ p }</p> }
                <button type="submit" class="primary">{ t("child-add") }</button>
            </form>
        </section>
    }
}

#[component]
fn ParticipantsSection(props: &CaseProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let name = use_state(String::new);
    let role = use_state(|| Role::Parent);
    let child = use_state(|| None::<String>);
    let problem = use_state(|| None::<String>);

    let onsubmit = {
        let (name, role, child, problem, act) =
            (name.clone(), role.clone(), child.clone(), problem.clone(), props.on_action.clone());
        let env = env.clone();
        let children: Vec<String> = props.case.children.iter().map(|c| c.id.clone()).collect();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if name.trim().is_empty() {
                problem.set(Some(env.t("error-empty-name")));
                return;
            }
            let child_id =
                if *role == Role::YoungPerson { (*child).clone().filter(|c| children.contains(c)) } else { None };
            act.emit(CaseAction::AddParticipant {
                id: new_id("p"),
                name: name.trim().to_string(),
                role: *role,
                child_id,
            });
            problem.set(None);
            name.set(String::new());
        })
    };
    let rows = props.case.participants.iter().map(|p| {
        let remove = { let act = props.on_action.clone(); let id = p.id.clone(); Callback::from(move |_| act.emit(CaseAction::RemoveParticipant { id: id.clone() })) };
        html! {
            <li class="row">
                <span class="row-main">{ &p.name }</span>
                <span class="row-meta">{ t(&format!("role-{}", p.role.key())) }</span>
                if let Some(c) = p.child_id.as_deref().and_then(|id| props.case.children.iter().find(|c| c.id == id)) {
                    <span class="row-meta">{ env.i18n.t_args("participant-is-child", &[("child", Arg::from(c.alias.as_str()))]) }</span>
                }
                <button type="button" class="secondary small" onclick={remove}
                    aria-label={env.i18n.t_args("remove-named", &[("name", Arg::from(p.name.as_str()))])}>{ t("remove") }</button>
            </li>
        }
    });
    let on_role = {
        let role = role.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(r) = Role::ALL.into_iter().find(|r| r.key() == v) {
                role.set(r);
            }
        })
    };
    let on_child = {
        let child = child.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            child.set((!v.is_empty()).then_some(v));
        })
    };
    html! {
        <section class="card" aria-labelledby="participants-heading">
            <h3 id="participants-heading">{ t("participants-heading") }</h3>
            if props.case.participants.is_empty() { <p class="hint">{ t("participants-empty") }</p> }
            <ul class="rows">{ for rows }</ul>
            <form class="add-form" {onsubmit} novalidate=true>
                <h4>{ t("participant-add-heading") }</h4>
                <label for="person-new">{ t("participant-name-label") }</label>
                <input autocomplete="off" id="person-new" type="text" maxlength="80" value={(*name).clone()}
                    oninput={ let name = name.clone(); Callback::from(move |e: InputEvent| name.set(e.target_unchecked_into::<HtmlInputElement>().value())) } />
                <label for="participant-role">{ t("participant-role-label") }</label>
                <select id="participant-role" onchange={on_role}>
                    { for Role::ALL.iter().map(|r| html! {
                        <option value={r.key()} selected={*r == *role}>{ t(&format!("role-{}", r.key())) }</option>
                    }) }
                </select>
                if *role == Role::YoungPerson && !props.case.children.is_empty() {
                    <label for="participant-child">{ t("participant-child-label") }</label>
                    <select id="participant-child" onchange={on_child}>
                        <option value="" selected={child.is_none()}>{ "—" }</option>
                        { for props.case.children.iter().map(|c| html! {
                            <option value={c.id.clone()} selected={child.as_deref() == Some(c.id.as_str())}>{ &c.alias }</option>
                        }) }
                    </select>
                }
                if let Some(p) = (*problem).clone() { <p class="field-error" role="alert">{ p }</p> }
                <button type="submit" class="primary">{ t("participant-add") }</button>
            </form>
        </section>
    }
}

#[component]
fn VisitsSection(props: &CaseProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let case = &props.case;
    let rows = case.visits_by_date().into_iter().enumerate().map(|(i, v)| {
        let id = format!("visit-date-{}", v.id);
        let onchange = {
            let act = props.on_action.clone();
            let vid = v.id.clone();
            Callback::from(move |e: Event| {
                if let Ok(date) = Date::parse(&input_value(&e)) {
                    act.emit(CaseAction::SetVisitDate { id: vid.clone(), date });
                }
            })
        };
        html! {
            <li class="row">
                <label for={id.clone()}>{ env.i18n.t_args("visit-label", &[("number", Arg::from(i + 1))]) }</label>
                <input autocomplete="off" id={id} type="date" value={v.date.to_string()} {onchange} />
                <span class="row-meta">{ t(&format!("purpose-{}", v.purpose.key())) }</span>
            </li>
        }
    });
    let add = {
        let act = props.on_action.clone();
        let (today, purpose) = (env.today, case.purpose);
        Callback::from(move |_| act.emit(CaseAction::AddVisit { id: new_id("visit"), date: today, purpose }))
    };
    html! {
        <section class="card" aria-labelledby="visits-heading">
            <h3 id="visits-heading">{ t("visits-heading") }</h3>
            <p class="hint">{ t("visits-hint") }</p>
            <ul class="rows">{ for rows }</ul>
            <button type="button" class="secondary" onclick={add}>{ t("visit-add") }</button>
        </section>
    }
}

#[component]
fn ConsentSection(props: &CaseProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let items = ConsentTopic::ALL.iter().map(|topic| {
        let given = props.case.consent_for(*topic);
        let id = format!("consent-{}", topic.key());
        let onchange = {
            let act = props.on_action.clone();
            let (topic, today) = (*topic, env.today);
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                act.emit(CaseAction::SetConsent { topic, given: on, date: today });
            })
        };
        let when = given.map(|c| {
            let key = if c.given { "consent-given-on" } else { "consent-refused-on" };
            env.i18n.t_args(key, &[("date", Arg::from(env.i18n.date(c.date)))])
        });
        html! {
            <li class="row">
                <label class="choice" for={id.clone()}>
                    <input type="checkbox" id={id} checked={given.is_some_and(|c| c.given)} {onchange} />
                    <span>{ t(&format!("consent-{}", topic.key())) }</span>
                </label>
                if let Some(w) = when { <span class="row-meta">{ w }</span> }
            </li>
        }
    });
    html! {
        <section class="card" aria-labelledby="consent-heading">
            <h3 id="consent-heading">{ t("consent-heading") }</h3>
            <p class="hint">{ t("consent-hint") }</p>
            <p class="hint">{ t("consent-controls") }</p>
            <ul class="rows">{ for items }</ul>
        </section>
    }
}
