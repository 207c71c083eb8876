//! The matrix step: each need with its nature, severity, urgency and agreed support, beside the
//! strengths that can carry it. Proposals are a starting point the family and professional change.

use crate::core::case::Case;
use crate::core::conversation::{Conversation, ThemeVoices};
use crate::core::matrix::{need_rows, strengths_near, Need, NeedRow, Raised, Severity, SupportKind, Urgency};
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

/// The plain-language sentence for a need.
pub fn summary(env: &Env, conv: &Conversation, need: &Need) -> String {
    let lang = env.lang();
    let titles: Vec<String> = need.theme_ids.iter().map(|t| conv.theme_title(t, lang)).collect();
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

/// A name as a voice: in their own triangle, said so.
pub fn voice(env: &Env, case: &Case, participant_id: &str, own: bool) -> String {
    let name = case.participant(participant_id).map(|p| p.name.as_str()).unwrap_or("");
    if own {
        env.i18n.t_args("compare-own-words", &[("name", Arg::from(name))])
    } else {
        name.to_string()
    }
}

/// "Theme: who, who" for a theme and the people who said the same of it.
pub fn voices_line(env: &Env, v: &ThemeVoices) -> String {
    let names: Vec<String> = v
        .people
        .iter()
        .map(|p| {
            if v.own {
                env.i18n.t_args("compare-own-words", &[("name", Arg::from(p.name.as_str()))])
            } else {
                p.name.clone()
            }
        })
        .collect();
    env.i18n.t_args(
        "voices-line",
        &[("theme", Arg::from(v.theme.title.get(env.lang()))), ("names", Arg::from(names.join(", ")))],
    )
}

/// Who raised a need and how, one line each: "Sanne: some worries", "Noor (own triangle), School: serious worries".
fn raised_lines(env: &Env, case: &Case, raised: &[Raised]) -> Vec<String> {
    let lang = env.lang();
    raised
        .iter()
        .map(|r| {
            let instrument = env.instrument(&r.instrument_id);
            let level =
                instrument.and_then(|i| i.level(&r.level)).map(|l| l.label.get(lang).to_string()).unwrap_or_default();
            let name = voice(env, case, &r.participant_id, r.own);
            if r.own {
                let theme = instrument.and_then(|i| i.theme(&r.theme_id)).map(|(_, t)| t.title.get(lang)).unwrap_or("");
                env.i18n.t_args(
                    "raised-own",
                    &[("name", Arg::from(name)), ("theme", Arg::from(theme)), ("level", Arg::from(level))],
                )
            } else {
                env.i18n.t_args("raised-one", &[("name", Arg::from(name)), ("level", Arg::from(level))])
            }
        })
        .collect()
}

/// The action that stores a need as it stands (agreeing on a proposal).
pub fn agree(n: &Need) -> CaseAction {
    CaseAction::SetNeed {
        id: n.id.clone(),
        assessment_id: n.assessment_id.clone(),
        theme_ids: n.theme_ids.clone(),
        severity: n.severity,
        urgency: n.urgency,
        support: n.support,
    }
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
    let case = &props.case;
    // Which visit's matrix is on screen: by default the one the plan works from.
    let picked = use_state(|| None::<String>);
    let answered = Conversation::all_answered(case, &env.instruments);
    let analysed = Conversation::analysed(case, &env.instruments);
    let Some(analysed) = analysed else {
        return html! { <p class="notice">{ t("matrix-no-assessment") }</p> };
    };
    let conv = picked
        .as_ref()
        .and_then(|v| answered.iter().find(|c| &c.visit.id == v))
        .cloned()
        .unwrap_or_else(|| analysed.clone());
    // An earlier visit picked to look back at is shown as it was, not changed.
    let read_only = conv.visit.id != analysed.visit.id;
    let rows = need_rows(&conv);
    let set = |need: &Need| {
        let need = need.clone();
        let act = props.on_action.clone();
        move |change: Box<dyn Fn(&mut Need)>| {
            let mut n = need.clone();
            change(&mut n);
            act.emit(agree(&n));
        }
    };
    let safety = rows.iter().any(|r| r.safety);
    let worried: Vec<&str> = rows.iter().filter_map(|r| r.need.theme_ids.first().map(String::as_str)).collect();
    let open: Vec<Need> = rows.iter().filter(|r| !r.agreed).map(|r| r.need.clone()).collect();

    let visit_picker = (answered.len() > 1).then(|| {
        let onchange = {
            let picked = picked.clone();
            Callback::from(move |e: Event| picked.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value())))
        };
        html! {
            <>
                <label for="matrix-visit">{ t("matrix-visit-label") }</label>
                <select id="matrix-visit" {onchange}>
                    { for answered.iter().rev().map(|c| html! {
                        <option value={c.visit.id.clone()} selected={c.visit.id == conv.visit.id}>
                            { env.i18n.t_args("matrix-visit-option", &[("date", Arg::from(env.i18n.date(c.visit.date)))]) }
                        </option>
                    }) }
                </select>
            </>
        }
    });
    let whose_visit = if read_only {
        Some(env.i18n.t_args("matrix-looking-back", &[("date", Arg::from(env.i18n.date(conv.visit.date)))]))
    } else if conv.is_earlier_visit() {
        Some(env.i18n.t_args("matrix-earlier", &[("date", Arg::from(env.i18n.date(conv.visit.date)))]))
    } else {
        None
    };

    let overview = rows.iter().map(|r| {
        let n = &r.need;
        let title = n.theme_ids.first().map(|t| conv.theme_title(t, lang)).unwrap_or_default();
        html! {
            <tr>
                <th scope="row">{ title }</th>
                <td class={format!("sev sev-{}", n.severity.key())}>{ steps_icon(n.severity as usize) }{ t(&format!("severity-{}", n.severity.key())) }</td>
                <td class={format!("urg urg-{}", n.urgency.key())}>{ steps_icon(n.urgency as usize) }{ t(&format!("urgency-{}", n.urgency.key())) }</td>
                <td>{ n.support.map(|s| t(&format!("support-{}", s.key()))).unwrap_or_else(|| t("support-open")) }</td>
            </tr>
        }
    });

    let cards = rows.iter().map(|row: &NeedRow| {
        let need = &row.need;
        let agreed = row.agreed;
        let first = need.theme_ids.first().cloned().unwrap_or_default();
        let (side_title, title) = conv
            .theme(&first)
            .map(|(_, s, th)| (s.title.get(lang).to_string(), th.title.get(lang).to_string()))
            .unwrap_or_default();
        let update = Rc::new(set(need));
        let sev_radios = Severity::ALL.iter().enumerate().map(|(i, s)| {
            let id = format!("sev-{}-{}", need.id, s.key());
            let u = update.clone();
            let s2 = *s;
            let onchange = Callback::from(move |_| u(Box::new(move |n: &mut Need| n.severity = s2)));
            html! {
                <label class={classes!("pill", format!("sev-{}", s.key()))} for={id.clone()}>
                    <input type="radio" id={id} name={format!("sev-{}", need.id)} checked={need.severity == *s} disabled={read_only} {onchange} />
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
                    <input type="radio" id={id} name={format!("urg-{}", need.id)} checked={need.urgency == *u_} disabled={read_only} {onchange} />
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
        let on_agree = {
            let (act, n) = (props.on_action.clone(), need.clone());
            Callback::from(move |_| act.emit(agree(&n)))
        };
        let near = strengths_near(&conv, &first);
        let raised = raised_lines(&env, case, &row.raised_by);
        let heading_id = format!("need-{}", need.id);
        let support_id = format!("support-{}", need.id);
        let touch_id = format!("touch-{}", need.id);
        let nature = if need.theme_ids.len() > 1 { t("nature-several") } else { t("nature-single") };
        let others: Vec<String> = need.theme_ids.iter().skip(1).map(|t| conv.theme_title(t, lang)).collect();
        html! {
            <section class={classes!("need", "card", format!("sev-band-{}", need.severity.key()))} aria-labelledby={heading_id.clone()}>
                <p class="side-name">{ side_title }{ " · " }{ nature }</p>
                <h4 id={heading_id}>{ title.clone() }</h4>
                if !others.is_empty() { <p class="hint">{ env.i18n.t_args("need-also", &[("themes", Arg::from(others.join(", ")))]) }</p> }
                if !raised.is_empty() {
                    <div class="raised">
                        <p class="carry-title">{ t("need-raised-heading") }</p>
                        <ul>{ for raised.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                    </div>
                }
                if agreed {
                    <p class="badge agreed">{ t("need-agreed") }</p>
                } else {
                    <p class="hint proposal">{ t("need-proposal") }</p>
                    if !read_only {
                        <button type="button" class="primary small" onclick={on_agree}
                            aria-label={env.i18n.t_args("need-agree-label", &[("theme", Arg::from(title.as_str()))])}>{ t("need-agree") }</button>
                    }
                }
                <fieldset class="pills"><legend>{ t("severity-legend") }</legend>{ for sev_radios }</fieldset>
                <fieldset class="pills"><legend>{ t("urgency-legend") }</legend>{ for urg_radios }</fieldset>
                <label for={support_id.clone()}>{ t("support-legend") }</label>
                <select id={support_id} onchange={on_support} disabled={read_only}>
                    <option value="" selected={need.support.is_none()}>{ t("support-open") }</option>
                    { for SupportKind::ALL.iter().map(|k| html! {
                        <option value={k.key()} selected={need.support == Some(*k)}>{ t(&format!("support-{}", k.key())) }</option>
                    }) }
                </select>
                <label for={touch_id.clone()}>{ t("need-touch-label") }</label>
                <select id={touch_id} onchange={on_touch} disabled={read_only}>
                    <option value="" selected=true>{ "—" }</option>
                    { for worried.iter().filter(|w| !need.theme_ids.iter().any(|x| x == *w)).map(|w| html! {
                        <option value={w.to_string()}>{ conv.theme_title(w, lang) }</option>
                    }) }
                </select>
                <div class="carry">
                    <p class="carry-title">{ t("need-strengths") }</p>
                    if near.is_empty() { <p class="hint">{ t("need-strengths-none") }</p> } else {
                        <ul>{ for near.iter().map(|v| html! { <li>{ voices_line(&env, v) }</li> }) }</ul>
                    }
                </div>
                <p class="summary">{ summary(&env, &conv, need) }</p>
            </section>
        }
    });

    let agree_all = (!open.is_empty() && !read_only).then(|| {
        let onclick = {
            let act = props.on_action.clone();
            Callback::from(move |_| open.iter().for_each(|n| act.emit(agree(n))))
        };
        html! { <p><button type="button" class="secondary" {onclick}>{ t("need-agree-all") }</button></p> }
    });

    html! {
        <div class="matrix-screen">
            <section class="intro" aria-labelledby="matrix-heading">
                <h3 id="matrix-heading">{ t("matrix-heading") }</h3>
                <p>{ t("matrix-help") }</p>
                { for visit_picker }
                if let Some(w) = whose_visit { <p class="notice" role="status">{ w }</p> }
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
                { for agree_all }
                <div class="needs">{ for cards }</div>
            }
        </div>
    }
}
