//! The plan step: strengths, needs, goals in the family's words, who does what when, a backup
//! plan, the review date and everyone's confirmation.

use super::matrix::{agree, summary, voices_line};
use super::review::{ReviewSection, Timeline};
use crate::core::case::Case;
use crate::core::conversation::Conversation;
use crate::core::date::Date;
use crate::core::matrix::{need_rows, NeedRow};
use crate::core::network::{who_name, who_options};
use crate::core::plan::{check_due, next_check, ordered_agreements, Carrier, CheckDue, DEFAULT_RHYTHM, RHYTHMS};
use crate::core::CaseAction;
use crate::i18n::Arg;
use crate::web::browser::new_id;
use crate::web::state::use_env;
use crate::web::widgets::org::OrgServices;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    pub case: Rc<Case>,
    pub on_action: Callback<CaseAction>,
}

fn text_of(e: &InputEvent) -> String {
    e.target_unchecked_into::<HtmlTextAreaElement>().value()
}

fn select_of(e: &Event) -> String {
    e.target_unchecked_into::<HtmlSelectElement>().value()
}

#[component]
pub fn PlanScreen(props: &PlanProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let lang = env.lang();
    let case = &props.case;
    let plan = &case.plan;
    let act = props.on_action.clone();

    // Every voice of the conversation the matrix works from.
    let conv = Conversation::analysed(case, &env.instruments);
    let need_rows: Vec<NeedRow> = conv.as_ref().map(need_rows).unwrap_or_default();
    let strength_lines: Vec<String> =
        conv.as_ref().map(|c| c.strengths().iter().map(|v| voices_line(&env, v)).collect()).unwrap_or_default();
    let later_lines: Vec<String> =
        conv.as_ref().map(|c| c.later().iter().map(|v| voices_line(&env, v)).collect()).unwrap_or_default();
    let theme_title = |t: &str| conv.as_ref().map(|c| c.theme_title(t, lang)).unwrap_or_default();
    let need_line = |r: &NeedRow| {
        let mut line = conv.as_ref().map(|c| summary(&env, c, &r.need)).unwrap_or_default();
        let mut names: Vec<String> = Vec::new();
        for x in &r.raised_by {
            let n = super::matrix::voice(&env, case, &x.participant_id, x.own);
            if !names.contains(&n) {
                names.push(n);
            }
        }
        if !names.is_empty() {
            line.push(' ');
            line.push_str(&env.i18n.t_args("need-raised-by", &[("names", Arg::from(names.join(", ")))]));
        }
        line
    };

    // Goal form.
    let goal_text = use_state(String::new);
    let goal_need = use_state(String::new);
    let goal_error = use_state(|| false);
    let add_goal = {
        let (goal_text, goal_need, goal_error, act) =
            (goal_text.clone(), goal_need.clone(), goal_error.clone(), act.clone());
        let stored: Vec<String> = case.needs.iter().map(|n| n.id.clone()).collect();
        let proposals: Vec<crate::core::matrix::Need> =
            need_rows.iter().filter(|r| !r.agreed).map(|r| r.need.clone()).collect();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if goal_text.trim().is_empty() {
                goal_error.set(true);
                return;
            }
            goal_error.set(false);
            let mut need_ids = Vec::new();
            if !goal_need.is_empty() {
                // A goal may answer a proposed need: agree on the proposal first so the link has something to point to.
                if !stored.contains(&goal_need) {
                    if let Some(n) = proposals.iter().find(|n| n.id == *goal_need) {
                        act.emit(agree(n));
                    }
                }
                need_ids.push((*goal_need).clone());
            }
            act.emit(CaseAction::AddGoal { id: new_id("goal"), text: (*goal_text).clone(), need_ids });
            goal_text.set(String::new());
        })
    };

    // Agreement form.
    let who = use_state(String::new);
    let what = use_state(String::new);
    let when = use_state(String::new);
    let for_goal = use_state(String::new);
    let agreement_error = use_state(|| None::<&'static str>);
    let add_agreement = {
        let (who, what, when, for_goal, err, act) =
            (who.clone(), what.clone(), when.clone(), for_goal.clone(), agreement_error.clone(), act.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if who.is_empty() {
                err.set(Some("agreement-who-missing"));
                return;
            }
            if what.trim().is_empty() {
                err.set(Some("agreement-what-missing"));
                return;
            }
            err.set(None);
            act.emit(CaseAction::AddAgreement {
                id: new_id("agr"),
                who: (*who).clone(),
                what: (*what).clone(),
                when: (*when).clone(),
                goal_id: (!for_goal.is_empty()).then(|| (*for_goal).clone()),
            });
            what.set(String::new());
            when.set(String::new());
        })
    };

    let goal_title =
        |id: &Option<String>| id.as_ref().and_then(|g| plan.goals.iter().find(|x| &x.id == g)).map(|g| g.text.clone());
    let ordered = ordered_agreements(case);
    let groups = Carrier::ALL.iter().map(|carrier| {
        let items: Vec<Html> = ordered.iter().filter(|(c, _)| c == carrier).map(|(_, a)| {
            let name = who_name(case, &a.who).unwrap_or_default();
            let remove = { let act = act.clone(); let id = a.id.clone(); Callback::from(move |_| act.emit(CaseAction::RemoveAgreement { id: id.clone() })) };
            html! {
                <li class={classes!("row", a.ended.then_some("ended"))}>
                    <span class="row-main">{ name.clone() }</span>
                    <span>{ &a.what }</span>
                    if !a.when.is_empty() { <span class="row-meta">{ &a.when }</span> }
                    if let Some(g) = goal_title(&a.goal_id) { <span class="row-meta">{ env.i18n.t_args("agreement-for-goal", &[("goal", Arg::from(g))]) }</span> }
                    if a.ended { <span class="row-meta">{ t("agreement-ended") }</span> }
                    <button type="button" class="secondary small" onclick={remove}
                        aria-label={env.i18n.t_args("agreement-remove-label", &[("what", Arg::from(a.what.as_str()))])}>{ t("remove") }</button>
                </li>
            }
        }).collect();
        let heading = format!("carrier-{}", carrier.key());
        html! {
            <section class="carrier" aria-labelledby={heading.clone()}>
                <h4 id={heading}>{ t(&format!("carrier-{}", carrier.key())) }</h4>
                if items.is_empty() { <p class="hint">{ t("carrier-none") }</p> } else { <ul class="rows">{ for items }</ul> }
            </section>
        }
    });

    let goals = plan.goals.iter().map(|g| {
        let remove = { let act = act.clone(); let id = g.id.clone(); Callback::from(move |_| act.emit(CaseAction::RemoveGoal { id: id.clone() })) };
        let linked: Vec<String> = g.need_ids.iter().filter_map(|n| case.needs.iter().find(|x| &x.id == n))
            .filter_map(|n| n.theme_ids.first()).map(|t| theme_title(t)).collect();
        html! {
            <li class="row">
                <span class="row-main">{ &g.text }</span>
                if !linked.is_empty() { <span class="row-meta">{ env.i18n.t_args("goal-for-need", &[("need", Arg::from(linked.join(", ")))]) }</span> }
                if let Some(d) = g.reached { <span class="badge">{ env.i18n.t_args("goal-reached-on", &[("date", Arg::from(env.i18n.date(d)))]) }</span> }
                <button type="button" class="secondary small" onclick={remove}
                    aria-label={env.i18n.t_args("goal-remove-label", &[("goal", Arg::from(g.text.as_str()))])}>{ t("remove") }</button>
            </li>
        }
    });

    let confirm_rows = case.participants.iter().map(|p| {
        let confirmed = plan.confirmations.iter().find(|c| c.participant_id == p.id);
        let pid = p.id.clone();
        let today = env.today;
        let on = { let act = act.clone(); let pid = pid.clone(); Callback::from(move |_| act.emit(CaseAction::Confirm { participant_id: pid.clone(), date: today })) };
        let off = { let act = act.clone(); Callback::from(move |_| act.emit(CaseAction::Unconfirm { participant_id: pid.clone() })) };
        html! {
            <li class="row">
                <span class="row-main">{ &p.name }</span>
                if let Some(c) = confirmed {
                    <span class="badge">{ env.i18n.t_args("confirmed-on", &[("date", Arg::from(env.i18n.date(c.date)))]) }</span>
                    <button type="button" class="secondary small" onclick={off}
                        aria-label={env.i18n.t_args("unconfirm-label", &[("name", Arg::from(p.name.as_str()))])}>{ t("unconfirm") }</button>
                } else {
                    <button type="button" class="primary small" onclick={on}>{ env.i18n.t_args("confirm-label", &[("name", Arg::from(p.name.as_str()))]) }</button>
                }
            </li>
        }
    });

    let on_strengths = {
        let act = act.clone();
        Callback::from(move |e: InputEvent| act.emit(CaseAction::SetPlanStrengths(text_of(&e))))
    };
    let on_backup = {
        let act = act.clone();
        Callback::from(move |e: InputEvent| act.emit(CaseAction::SetBackup(text_of(&e))))
    };
    let on_review_date = {
        let act = act.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            act.emit(CaseAction::SetReviewDate(Date::parse(&v).ok()));
        })
    };
    let on_rhythm = {
        let act = act.clone();
        Callback::from(move |e: Event| {
            let m = select_of(&e).parse::<u8>().ok();
            act.emit(CaseAction::SetRhythm(m.filter(|&m| m != DEFAULT_RHYTHM)));
        })
    };
    let next_line = {
        let date = |d: Date| Arg::from(env.i18n.date(d));
        match check_due(case, env.today) {
            CheckDue::Nothing => None,
            CheckDue::Upcoming { date: d, .. } => Some(env.i18n.t_args("check-next-upcoming", &[("date", date(d))])),
            CheckDue::Soon { date: d, days } => {
                Some(env.i18n.t_args("check-next-soon", &[("date", date(d)), ("days", Arg::Num(days))]))
            }
            CheckDue::Overdue { date: d, days } => {
                Some(env.i18n.t_args("check-next-overdue", &[("date", date(d)), ("days", Arg::Num(days))]))
            }
        }
    };
    let no_needs = need_rows.is_empty();

    html! {
        <div class="plan-screen">
            <section class="intro" aria-labelledby="plan-heading">
                <h3 id="plan-heading">{ env.i18n.t_args("plan-heading", &[("family", Arg::from(case.family_alias.as_str()))]) }</h3>
                <p>{ t("plan-help") }</p>
            </section>
            <section class="card" aria-labelledby="strengths-heading">
                <h4 id="strengths-heading">{ t("plan-strengths") }</h4>
                if !strength_lines.is_empty() { <ul class="chips">{ for strength_lines.iter().map(|s| html! { <li>{ s }</li> }) }</ul> }
                <label for="plan-strengths">{ t("plan-strengths-label") }</label>
                <textarea autocomplete="off" id="plan-strengths" rows="2" value={plan.strengths.clone()} oninput={on_strengths} />
            </section>
            <section class="card" aria-labelledby="needs-heading">
                <h4 id="needs-heading">{ t("plan-needs") }</h4>
                if no_needs { <p class="good-news">{ t("plan-no-needs") }</p> } else {
                    <ul>{ for need_rows.iter().map(|r| html! { <li>{ need_line(r) }</li> }) }</ul>
                }
                if !later_lines.is_empty() {
                    <h5>{ t("plan-later") }</h5>
                    <ul class="chips">{ for later_lines.iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                }
            </section>
            <section class="card" aria-labelledby="goals-heading">
                <h4 id="goals-heading">{ t("plan-goals") }</h4>
                if plan.goals.is_empty() { <p class="hint">{ if no_needs { t("plan-goals-none-needed") } else { t("plan-goals-empty") } }</p> }
                <ul class="rows">{ for goals }</ul>
                <form class="add-form" onsubmit={add_goal} novalidate=true>
                    <label for="goal-text">{ t("goal-text-label") }</label>
                    <textarea autocomplete="off" id="goal-text" rows="2" value={(*goal_text).clone()}
                        oninput={ let g = goal_text.clone(); Callback::from(move |e: InputEvent| g.set(text_of(&e))) } />
                    if !no_needs {
                        <label for="goal-need">{ t("goal-need-label") }</label>
                        <select id="goal-need" onchange={ let g = goal_need.clone(); Callback::from(move |e: Event| g.set(select_of(&e))) }>
                            <option value="" selected={goal_need.is_empty()}>{ "—" }</option>
                            { for need_rows.iter().map(|r| html! {
                                <option value={r.need.id.clone()} selected={*goal_need == r.need.id}>
                                    { r.need.theme_ids.first().map(|t| theme_title(t)).unwrap_or_default() }
                                </option>
                            }) }
                        </select>
                    }
                    if *goal_error { <p class="field-error" role="alert">{ t("goal-text-missing") }</p> }
                    <button type="submit" class="primary">{ t("goal-add") }</button>
                </form>
            </section>
            <section class="card" aria-labelledby="agreements-heading">
                <h4 id="agreements-heading">{ t("plan-agreements") }</h4>
                <p class="hint">{ t("plan-agreements-hint") }</p>
                { for groups }
                <form class="add-form" onsubmit={add_agreement} novalidate=true>
                    <label for="agreement-who">{ t("agreement-who-label") }</label>
                    <select id="agreement-who" onchange={ let w = who.clone(); Callback::from(move |e: Event| w.set(select_of(&e))) }>
                        <option value="" selected={who.is_empty()}>{ "—" }</option>
                        { for who_options(case).into_iter().map(|(id, label)| {
                            let label = match case.participant(&id) {
                                Some(p) => format!("{} ({})", p.name, t(&format!("role-{}", p.role.key()))),
                                None => label,
                            };
                            let selected = *who == id;
                            html! { <option {selected} value={id}>{ label }</option> }
                        }) }
                    </select>
                    <label for="agreement-what">{ t("agreement-what-label") }</label>
                    <input autocomplete="off" id="agreement-what" type="text" maxlength="4000" value={(*what).clone()}
                        oninput={ let w = what.clone(); Callback::from(move |e: InputEvent| w.set(e.target_unchecked_into::<HtmlInputElement>().value())) } />
                    <label for="agreement-when">{ t("agreement-when-label") }</label>
                    <input autocomplete="off" id="agreement-when" type="text" maxlength="4000" value={(*when).clone()}
                        oninput={ let w = when.clone(); Callback::from(move |e: InputEvent| w.set(e.target_unchecked_into::<HtmlInputElement>().value())) } />
                    if !plan.goals.is_empty() {
                        <label for="agreement-goal">{ t("agreement-goal-label") }</label>
                        <select id="agreement-goal" onchange={ let g = for_goal.clone(); Callback::from(move |e: Event| g.set(select_of(&e))) }>
                            <option value="" selected={for_goal.is_empty()}>{ "—" }</option>
                            { for plan.goals.iter().map(|g| html! { <option value={g.id.clone()} selected={*for_goal == g.id}>{ &g.text }</option> }) }
                        </select>
                    }
                    if let Some(k) = *agreement_error { <p class="field-error" role="alert">{ t(k) }</p> }
                    <button type="submit" class="primary">{ t("agreement-add") }</button>
                </form>
            </section>
            <section class="card" aria-labelledby="backup-heading">
                <h4 id="backup-heading">{ t("plan-backup") }</h4>
                <label for="plan-backup">{ t("plan-backup-label") }</label>
                <textarea autocomplete="off" id="plan-backup" rows="2" value={plan.backup.clone()} oninput={on_backup} />
                <label for="plan-review-date">{ t("plan-review-date") }</label>
                <input autocomplete="off" id="plan-review-date" type="date" value={plan.review_date.map(|d| d.to_string()).unwrap_or_default()} onchange={on_review_date} />
                <label for="plan-rhythm">{ t("plan-rhythm") }</label>
                <select id="plan-rhythm" onchange={on_rhythm}>
                    { for RHYTHMS.iter().map(|&m| html! {
                        <option value={m.to_string()} selected={plan.rhythm() == m}>
                            { env.i18n.t_args("plan-rhythm-every", &[("months", Arg::from(u32::from(m)))]) }
                        </option>
                    }) }
                </select>
                if let Some(line) = next_line { <p class="next-check" role="status">{ line }</p> }
                if let Some(date) = next_check(case) { <super::check_calendar::CheckInCalendar {date} /> }
            </section>
            <OrgServices />
            <section class="card" aria-labelledby="confirm-heading">
                <h4 id="confirm-heading">{ t("plan-confirm") }</h4>
                <p class="hint">{ t("plan-confirm-hint") }</p>
                if env.org.has_host() && !case.consented(crate::core::case::ConsentTopic::ShareWithOrganisation) {
                    <p class="hint">{ t("plan-host-no-consent") }</p>
                }
                <ul class="rows">{ for confirm_rows }</ul>
            </section>
            <ReviewSection case={case.clone()} on_action={act.clone()} />
            <Timeline case={case.clone()} />
        </div>
    }
}
