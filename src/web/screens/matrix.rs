//! The matrix step: each need with its nature, severity, urgency and agreed support, beside the
//! strengths that can carry it. Proposals are a starting point the family and professional change.

use crate::core::assessment::Assessment;
use crate::core::case::Case;
use crate::core::instrument::Instrument;
use crate::core::matrix::{strengths_near, Need, Severity, SupportKind, Urgency};
use crate::core::CaseAction;
use crate::i18n::Arg;
use crate::web::state::{use_env, Env};
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MatrixProps {
    pub case: Rc<Case>,
    pub on_action: Callback<CaseAction>,
}

/// The assessment the matrix and plan work from (see `core::matrix::current_assessment`).
pub fn current_assessment<'a>(case: &'a Case, env: &'a Env) -> Option<(&'a Assessment, &'a Instrument)> {
    crate::core::matrix::current_assessment(case, &env.instruments)
}

pub use crate::core::matrix::need_rows as rows;

/// The plain-language sentence for a need.
pub fn summary(env: &Env, instrument: &Instrument, need: &Need) -> String {
    let lang = env.lang();
    let titles: Vec<&str> =
        need.theme_ids.iter().filter_map(|t| instrument.theme(t)).map(|(_, t)| t.title.get(lang)).collect();
    let support = need.support.map(|s| env.t(&format!("support-said-{}", s.key()))).unwrap_or_default();
    env.i18n.t_args(
        "need-summary",
        &[
            ("themes", Arg::from(titles.join(", "))),
            ("severity", Arg::from(env.t(&format!("severity-said-{}", need.severity.key())))),
            ("urgency", Arg::from(env.t(&format!("urgency-said-{}", need.urgency.key())))),
            ("support", Arg::from(support)),
        ],
    )
}

/// Bars that rise with the step, so severity and urgency read without colour.
fn steps_icon(step: usize) -> Html {
    html! {
        <svg class="steps-icon" width="18" height="16" viewBox="0 0 18 16" aria-hidden="true" focusable="false">
            { for (0..3).map(|i| html! {
                <rect x={(i * 6).to_string()} y={(10 - i * 5).to_string()} width="4" height={(6 + i * 5).to_string()}
                    fill={if i <= step { "currentColor" } else { "none" }} stroke="currentColor" />
            }) }
        </svg>
    }
}

#[component]
pub fn MatrixScreen(props: &MatrixProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let lang = env.lang();
    let Some((assessment, instrument)) = current_assessment(&props.case, &env) else {
        return html! { <p class="notice">{ t("matrix-no-assessment") }</p> };
    };
    let rows = rows(&props.case, assessment, instrument);
    let set = |need: &Need| {
        let need = need.clone();
        let act = props.on_action.clone();
        move |change: Box<dyn Fn(&mut Need)>| {
            let mut n = need.clone();
            change(&mut n);
            act.emit(CaseAction::SetNeed {
                id: n.id,
                assessment_id: n.assessment_id,
                theme_ids: n.theme_ids,
                severity: n.severity,
                urgency: n.urgency,
                support: n.support,
            });
        }
    };
    let safety = rows
        .iter()
        .any(|(n, _)| n.theme_ids.iter().any(|t| instrument.theme(t).is_some_and(|(_, th)| th.always_shown)));
    let worried: Vec<&str> = rows.iter().filter_map(|(n, _)| n.theme_ids.first().map(String::as_str)).collect();

    let overview = rows.iter().map(|(n, _)| {
        let title = n.theme_ids.first().and_then(|t| instrument.theme(t)).map(|(_, th)| th.title.get(lang)).unwrap_or("");
        let sev = n.severity as usize;
        let urg = n.urgency as usize;
        html! {
            <tr>
                <th scope="row">{ title }</th>
                <td class={format!("sev sev-{}", n.severity.key())}>{ steps_icon(sev) }{ t(&format!("severity-{}", n.severity.key())) }</td>
                <td class={format!("urg urg-{}", n.urgency.key())}>{ steps_icon(urg) }{ t(&format!("urgency-{}", n.urgency.key())) }</td>
                <td>{ n.support.map(|s| t(&format!("support-{}", s.key()))).unwrap_or_else(|| t("support-open")) }</td>
            </tr>
        }
    });

    let cards = rows.iter().map(|(need, agreed)| {
        let first = need.theme_ids.first().cloned().unwrap_or_default();
        let (side_title, title) = instrument
            .theme(&first)
            .map(|(s, th)| (s.title.get(lang).to_string(), th.title.get(lang).to_string()))
            .unwrap_or_default();
        let update = set(need);
        let update = Rc::new(update);
        let sev_radios = Severity::ALL.iter().enumerate().map(|(i, s)| {
            let id = format!("sev-{}-{}", need.id, s.key());
            let u = update.clone();
            let s2 = *s;
            let onchange = Callback::from(move |_| u(Box::new(move |n: &mut Need| n.severity = s2)));
            html! {
                <label class={classes!("pill", format!("sev-{}", s.key()))} for={id.clone()}>
                    <input type="radio" id={id} name={format!("sev-{}", need.id)} checked={need.severity == *s} {onchange} />
                    { steps_icon(i) }<span>{ t(&format!("severity-{}", s.key())) }</span>
                </label>
            }
        });
        let urg_radios = Urgency::ALL.iter().enumerate().map(|(i, u_)| {
            let id = format!("urg-{}-{}", need.id, u_.key());
            let u = update.clone();
            let v = *u_;
            let onchange = Callback::from(move |_| u(Box::new(move |n: &mut Need| n.urgency = v)));
            html! {
                <label class={classes!("pill", format!("urg-{}", u_.key()))} for={id.clone()}>
                    <input type="radio" id={id} name={format!("urg-{}", need.id)} checked={need.urgency == *u_} {onchange} />
                    { steps_icon(i) }<span>{ t(&format!("urgency-{}", u_.key())) }</span>
                </label>
            }
        });
        let on_support = {
            let u = update.clone();
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                let kind = SupportKind::ALL.into_iter().find(|k| k.key() == v);
                u(Box::new(move |n: &mut Need| n.support = kind));
            })
        };
        let on_touch = {
            let u = update.clone();
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                if !v.is_empty() {
                    u(Box::new(move |n: &mut Need| {
                        if !n.theme_ids.contains(&v) {
                            n.theme_ids.push(v.clone());
                        }
                    }));
                }
            })
        };
        let near = strengths_near(instrument, assessment, &first);
        let heading_id = format!("need-{}", need.id);
        let support_id = format!("support-{}", need.id);
        let touch_id = format!("touch-{}", need.id);
        let nature = if need.theme_ids.len() > 1 { t("nature-several") } else { t("nature-single") };
        let others: Vec<String> = need.theme_ids.iter().skip(1).filter_map(|t| instrument.theme(t)).map(|(_, th)| th.title.get(lang).to_string()).collect();
        html! {
            <section class={classes!("need", "card", format!("sev-band-{}", need.severity.key()))} aria-labelledby={heading_id.clone()}>
                <p class="side-name">{ side_title }{ " · " }{ nature }</p>
                <h4 id={heading_id}>{ title.clone() }</h4>
                if !others.is_empty() { <p class="hint">{ env.i18n.t_args("need-also", &[("themes", Arg::from(others.join(", ")))]) }</p> }
                if !*agreed { <p class="hint proposal">{ t("need-proposal") }</p> }
                <fieldset class="pills"><legend>{ t("severity-legend") }</legend>{ for sev_radios }</fieldset>
                <fieldset class="pills"><legend>{ t("urgency-legend") }</legend>{ for urg_radios }</fieldset>
                <label for={support_id.clone()}>{ t("support-legend") }</label>
                <select id={support_id} onchange={on_support}>
                    <option value="" selected={need.support.is_none()}>{ t("support-open") }</option>
                    { for SupportKind::ALL.iter().map(|k| html! {
                        <option value={k.key()} selected={need.support == Some(*k)}>{ t(&format!("support-{}", k.key())) }</option>
                    }) }
                </select>
                <label for={touch_id.clone()}>{ t("need-touch-label") }</label>
                <select id={touch_id} onchange={on_touch}>
                    <option value="" selected=true>{ "—" }</option>
                    { for worried.iter().filter(|w| !need.theme_ids.iter().any(|x| x == *w)).filter_map(|w| instrument.theme(w)).map(|(_, th)| html! {
                        <option value={th.id.clone()}>{ th.title.get(lang) }</option>
                    }) }
                </select>
                <div class="carry">
                    <p class="carry-title">{ t("need-strengths") }</p>
                    if near.is_empty() { <p class="hint">{ t("need-strengths-none") }</p> } else {
                        <ul>{ for near.iter().filter_map(|s| instrument.theme(s)).map(|(_, th)| html! { <li>{ th.title.get(lang) }</li> }) }</ul>
                    }
                </div>
                <p class="summary">{ summary(&env, instrument, need) }</p>
            </section>
        }
    });

    html! {
        <div class="matrix-screen">
            <section class="intro" aria-labelledby="matrix-heading">
                <h3 id="matrix-heading">{ t("matrix-heading") }</h3>
                <p>{ t("matrix-help") }</p>
            </section>
            if safety {
                <aside class="safety-steps" aria-labelledby="safety-heading">
                    <h4 id="safety-heading">{ t("safety-heading") }</h4>
                    <p>{ env.org.safety_next_steps(env.i18n.lang()).map(str::to_string).unwrap_or_else(|| t("safety-next-steps")) }</p>
                </aside>
            }
            if rows.is_empty() {
                <p class="good-news" role="status">{ t("matrix-none") }</p>
            } else {
                <div class="table-wrap">
                    <table class="compare matrix-overview">
                        <caption>{ t("matrix-overview") }</caption>
                        <thead><tr>
                            <th scope="col">{ t("matrix-need") }</th>
                            <th scope="col">{ t("severity-legend") }</th>
                            <th scope="col">{ t("urgency-legend") }</th>
                            <th scope="col">{ t("support-legend") }</th>
                        </tr></thead>
                        <tbody>{ for overview }</tbody>
                    </table>
                </div>
                <div class="needs">{ for cards }</div>
            }
        </div>
    }
}
