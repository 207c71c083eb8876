//! The multidisciplinary way of working on screen: several professionals and the family in one
//! meeting. Each professional's view in their own words (their answers in the triangle are their
//! own perspective too), per agreed need who is already involved, and one coordinator.

use crate::core::case::Case;
use crate::core::team::{professionals, TeamAction};
use crate::core::CaseAction;
use crate::i18n::Arg;
use crate::web::state::use_env;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TeamProps {
    pub case: Rc<Case>,
    pub on_action: Callback<CaseAction>,
}

#[component]
pub fn TeamMeeting(props: &TeamProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let case = &props.case;
    let pros = professionals(case);
    let team = |a: TeamAction| CaseAction::Team(a);
    let body = if pros.is_empty() {
        html! { <p class="hint">{ t("team-no-pros") }</p> }
    } else {
        let on_coordinator = {
            let act = props.on_action.clone();
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                act.emit(team(TeamAction::SetCoordinator((!v.is_empty()).then_some(v))))
            })
        };
        let current = case.team.coordinator.clone().unwrap_or_default();
        let views = pros.iter().map(|(id, name)| {
            let field = format!("view-{id}");
            let (act, who) = (props.on_action.clone(), id.clone());
            let oninput = Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
                act.emit(team(TeamAction::SetView { who: who.clone(), text }))
            });
            html! {
                <div class="field">
                    <label for={field.clone()}>{ env.i18n.t_args("team-view-of", &[("name", Arg::from(name.as_str()))]) }</label>
                    <textarea autocomplete="off" id={field} rows="2" maxlength="4000" value={case.team.view_of(id).unwrap_or_default().to_string()} {oninput} />
                </div>
            }
        });
        let need_title = |n: &crate::core::matrix::Need| {
            let instrument = case
                .assessments
                .iter()
                .find(|a| a.id == n.assessment_id)
                .and_then(|a| env.instrument(&a.instrument_id));
            n.theme_ids
                .iter()
                .map(|tid| {
                    instrument
                        .and_then(|i| i.theme(tid))
                        .map_or(tid.clone(), |(_, th)| th.title.get(env.lang()).to_string())
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        let needs = case.needs.iter().map(|n| {
            let title = need_title(n);
            let boxes = pros.iter().map(|(id, name)| {
                let on = case.team.involved_in(&n.id).contains(id);
                let (act, need_id, who) = (props.on_action.clone(), n.id.clone(), id.clone());
                let onchange = Callback::from(move |e: Event| {
                    let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                    act.emit(team(TeamAction::SetInvolved { need_id: need_id.clone(), who: who.clone(), on }))
                });
                let label = env.i18n.t_args("team-involved-of", &[("name", Arg::from(name.as_str())), ("need", Arg::from(title.as_str()))]);
                html! {
                    <label class="pill"><input type="checkbox" checked={on} {onchange} aria-label={label} /><span aria-hidden="true">{ name }</span></label>
                }
            });
            html! { <fieldset class="pills"><legend>{ title.clone() }</legend>{ for boxes }</fieldset> }
        });
        html! {
            <>
                <div class="field">
                    <label for="team-coordinator">{ t("team-coordinator") }</label>
                    <select id="team-coordinator" onchange={on_coordinator}>
                        <option value="" selected={current.is_empty()}>{ "—" }</option>
                        { for pros.iter().map(|(id, name)| html! { <option value={id.clone()} selected={*id == current}>{ name }</option> }) }
                    </select>
                    <p class="hint">{ t("team-coordinator-hint") }</p>
                </div>
                <h5>{ t("team-views") }</h5>
                { for views }
                <h5>{ t("team-involved") }</h5>
                if case.needs.is_empty() { <p class="hint">{ t("team-no-needs") }</p> } else { { for needs } }
            </>
        }
    };
    html! {
        <section class="card team" aria-labelledby="team-heading">
            <h4 id="team-heading">{ t("team-heading") }</h4>
            <p class="hint">{ t("team-hint") }</p>
            { body }
        </section>
    }
}
