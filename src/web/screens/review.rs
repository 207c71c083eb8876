//! Reviews (plan, do, check, adjust) and the timeline of visits.

use crate::core::case::{Case, Purpose};
use crate::core::date::Date;
use crate::core::plan::{Outcome, SupportStep};
use crate::core::{action::ReviewField, CaseAction};
use crate::export::content::timeline_lines;
use crate::i18n::Arg;
use crate::web::browser::new_id;
use crate::web::state::use_env;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReviewProps {
    pub case: Rc<Case>,
    pub on_action: Callback<CaseAction>,
}

#[component]
pub fn ReviewSection(props: &ReviewProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let case = &props.case;
    let plan = &case.plan;
    let act = props.on_action.clone();
    let date = use_state(|| env.today.to_string());

    let start = {
        let (act, date) = (act.clone(), date.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Ok(d) = Date::parse(&date) else { return };
            let visit_id = new_id("visit");
            act.emit(CaseAction::AddVisit { id: visit_id.clone(), date: d, purpose: Purpose::Evaluate });
            act.emit(CaseAction::StartReview { id: new_id("review"), visit_id });
        })
    };

    let visit_date = |visit_id: &str| case.visits.iter().find(|v| v.id == visit_id).map(|v| v.date);
    // The latest review is the one being filled in; earlier ones are in the timeline.
    let latest = plan.reviews.iter().max_by_key(|r| visit_date(&r.visit_id));
    let editor = latest.map(|review| {
        let rdate = visit_date(&review.visit_id).unwrap_or(env.today);
        let items = plan.agreements.iter().filter(|a| !a.ended || review.item(&a.id).is_some()).map(|a| {
            let item = review.item(&a.id);
            let who = crate::core::network::who_name(case, &a.who).unwrap_or_default();
            let group = format!("outcome-{}-{}", review.id, a.id);
            let radios = Outcome::ALL.iter().map(|o| {
                let id = format!("{group}-{}", o.key());
                let onchange = {
                    let (act, rid, aid, o) = (act.clone(), review.id.clone(), a.id.clone(), *o);
                    Callback::from(move |_| act.emit(CaseAction::SetReviewOutcome { review_id: rid.clone(), agreement_id: aid.clone(), outcome: o }))
                };
                html! {
                    <label class="pill" for={id.clone()}>
                        <input type="radio" id={id} name={group.clone()} checked={item.and_then(|i| i.outcome) == Some(*o)} {onchange} />
                        <span>{ t(&format!("outcome-{}", o.key())) }</span>
                    </label>
                }
            });
            let field = |f: ReviewField, key: &str, value: String| {
                let id = format!("{group}-{}", if f == ReviewField::Why { "why" } else { "next" });
                let oninput = {
                    let (act, rid, aid) = (act.clone(), review.id.clone(), a.id.clone());
                    Callback::from(move |e: InputEvent| {
                        let text = e.target_unchecked_into::<HtmlInputElement>().value();
                        act.emit(CaseAction::SetReviewText { review_id: rid.clone(), agreement_id: aid.clone(), field: f, text });
                    })
                };
                html! { <><label for={id.clone()}>{ t(key) }</label><input autocomplete="off" id={id} type="text" value={value} {oninput} /></> }
            };
            let end_id = format!("{group}-end");
            let on_end = {
                let (act, aid) = (act.clone(), a.id.clone());
                Callback::from(move |e: Event| {
                    let ended = e.target_unchecked_into::<HtmlInputElement>().checked();
                    act.emit(CaseAction::SetAgreementEnded { id: aid.clone(), ended });
                })
            };
            html! {
                <fieldset class="review-item">
                    <legend>{ format!("{who}: {}", a.what) }</legend>
                    <div class="pills">{ for radios }</div>
                    { field(ReviewField::Why, "review-why", item.map(|i| i.why.clone()).unwrap_or_default()) }
                    { field(ReviewField::Next, "review-next", item.map(|i| i.next.clone()).unwrap_or_default()) }
                    <label class="choice" for={end_id.clone()}>
                        <input type="checkbox" id={end_id} checked={a.ended} onchange={on_end} />
                        <span>{ t("review-end-agreement") }</span>
                    </label>
                </fieldset>
            }
        });
        let goals = plan.goals.iter().map(|g| {
            let id = format!("reached-{}", g.id);
            let onchange = {
                let (act, gid) = (act.clone(), g.id.clone());
                Callback::from(move |e: Event| {
                    let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                    act.emit(CaseAction::SetGoalReached { id: gid.clone(), reached: on.then_some(rdate) });
                })
            };
            html! {
                <label class="choice" for={id.clone()}>
                    <input type="checkbox" id={id} checked={g.reached.is_some()} {onchange} />
                    <span>{ env.i18n.t_args("review-goal-reached", &[("goal", Arg::from(g.text.as_str()))]) }</span>
                </label>
            }
        });
        let support = SupportStep::ALL.iter().map(|&step| {
            let id = format!("support-{}-{}", review.id, step.key());
            let onchange = {
                let (act, rid) = (act.clone(), review.id.clone());
                Callback::from(move |_| act.emit(CaseAction::SetReviewSupport { review_id: rid.clone(), support: Some(step) }))
            };
            html! {
                <label class="pill" for={id.clone()}>
                    <input type="radio" id={id} name={format!("support-{}", review.id)} checked={review.support == Some(step)} {onchange} />
                    <span>{ t(&format!("review-support-{}", step.key())) }</span>
                </label>
            }
        });
        let on_note = {
            let (act, rid) = (act.clone(), review.id.clone());
            Callback::from(move |e: InputEvent| {
                let text = e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().value();
                act.emit(CaseAction::SetReviewNote { review_id: rid.clone(), text });
            })
        };
        html! {
            <div class="review">
                <h5>{ env.i18n.t_args("review-of", &[("date", Arg::from(env.i18n.date(rdate)))]) }</h5>
                { for items }
                if !plan.goals.is_empty() {
                    <fieldset><legend>{ t("review-goals") }</legend>{ for goals }</fieldset>
                    <p class="hint">{ t("review-scale-down") }</p>
                }
                <fieldset><legend>{ t("review-support") }</legend><div class="pills">{ for support }</div></fieldset>
                <label for={format!("review-note-{}", review.id)}>{ t("review-note") }</label>
                <textarea autocomplete="off" id={format!("review-note-{}", review.id)} rows="2" value={review.note.clone()} oninput={on_note} />
            </div>
        }
    });

    html! {
        <section class="card" aria-labelledby="review-heading">
            <h4 id="review-heading">{ t("review-heading") }</h4>
            <p class="hint">{ t("review-hint") }</p>
            if plan.agreements.is_empty() {
                <p class="hint">{ t("review-needs-agreements") }</p>
            } else {
                <form class="add-form" onsubmit={start} novalidate=true>
                    <label for="review-date">{ t("review-date-label") }</label>
                    <input autocomplete="off" id="review-date" type="date" value={(*date).clone()}
                        onchange={ let d = date.clone(); Callback::from(move |e: Event| d.set(e.target_unchecked_into::<HtmlInputElement>().value())) } />
                    <button type="submit" class="primary">{ t("review-start") }</button>
                </form>
            }
            { for editor }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub case: Rc<Case>,
}

/// Every assessment and review by date, with what changed since the one before.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let case = &props.case;
    let lines = timeline_lines(case, &env.instruments, &env.i18n);
    let items = lines.iter().map(|(date, text)| {
        html! { <li><span class="row-main">{ env.i18n.date(*date) }</span>{ " " }<span>{ text }</span></li> }
    });
    html! {
        <section class="card" aria-labelledby="timeline-heading">
            <h4 id="timeline-heading">{ t("timeline-heading") }</h4>
            if lines.is_empty() { <p class="hint">{ t("timeline-empty") }</p> } else { <ol class="timeline">{ for items }</ol> }
        </section>
    }
}
