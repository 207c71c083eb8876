//! The open case: its title, the steps, the core's refusal of the last change, and the step's screen.

use super::super::screens::{
    case_details::CaseDetails, circle::CircleScreen, export::ExportScreen, handover::HandOverScreen,
    matrix::MatrixScreen, money::MoneyScreen, plan::PlanScreen, triangle::TriangleScreen,
};
use super::super::state::{use_env, CaseState, HandOver};
use super::super::widgets::backup::BackupExport;
use super::session::{Session, SessionMsg, SessionState, Step};
use crate::core::case::{Case, WayOfWorking};
use crate::core::CaseAction;
use crate::i18n::I18n;
use std::rc::Rc;
use yew::prelude::*;

pub(super) struct Work<'a> {
    pub(super) session: &'a UseReducerHandle<SessionState>,
    pub(super) case: &'a UseReducerHandle<CaseState>,
    pub(super) i18n: &'a I18n,
    pub(super) on_action: Callback<CaseAction>,
    pub(super) on_close: Callback<MouseEvent>,
    pub(super) on_hand_over: Callback<HandOver>,
    pub(super) on_hand_back: Callback<Option<String>>,
}

/// One participant answering apart: only their own questions, until the tablet is taken back.
pub(super) fn hand_over(w: &Work, c: &Rc<Case>, h: &HandOver) -> Html {
    let s = &**w.session;
    html! {
        <HandOverScreen case={c.clone()} hand_over={h.clone()} on_action={w.on_action.clone()} on_hand_back={w.on_hand_back.clone()}
            locked_device={matches!(s.phase, Session::Open(_))} busy={s.busy} message={s.hand_back_message.clone()} />
    }
}

#[derive(Properties, PartialEq)]
struct StepNavProps {
    current: Step,
    way: WayOfWorking,
    session: UseReducerDispatcher<SessionState>,
}

/// The steps of the open case. Its own component, so a change to the case (every answer) does not
/// build the steps' buttons and their listeners again.
#[component]
fn StepNav(props: &StepNavProps) -> Html {
    let env = use_env();
    let items = Step::ALL.iter().filter(|step| step.in_way(props.way)).map(|step| {
        let current = *step == props.current;
        let onclick = {
            let (session, step) = (props.session.clone(), *step);
            Callback::from(move |_| session.dispatch(SessionMsg::Step(step)))
        };
        html! {
            <li><button type="button" class={classes!("step", current.then_some("current"))}
                aria-current={current.then_some("page")} {onclick}>{ env.t(&format!("step-{}", step.key())) }</button></li>
        }
    });
    html! { <nav aria-label={env.t("steps-label")}><ul class="steps">{ for items }</ul></nav> }
}

pub(super) fn case_work(w: Work, c: &Rc<Case>) -> Html {
    let (s, t) = (&**w.session, |k: &str| w.i18n.t(k));
    let on_action = w.on_action.clone();
    let screen = match s.step {
        Step::Case => html! { <CaseDetails case={c.clone()} {on_action} /> },
        Step::Triangle => html! {
            <TriangleScreen case={c.clone()} {on_action} on_hand_over={w.on_hand_over.clone()} handed_back={s.handed_back.clone()} />
        },
        Step::Money => html! { <MoneyScreen case={c.clone()} {on_action} /> },
        Step::Matrix => html! { <MatrixScreen case={c.clone()} {on_action} /> },
        Step::Circle => html! { <CircleScreen case={c.clone()} {on_action} outcome={w.case.outcome.clone()} /> },
        Step::Plan => html! { <PlanScreen case={c.clone()} {on_action} /> },
        Step::Export => html! {
            <>
                <ExportScreen case={c.clone()} {on_action} />
                <BackupExport case={c.clone()} />
            </>
        },
    };
    // The circle says its refusals beside the person or line they are about.
    let says_its_own = matches!(s.step, Step::Circle);
    let error = w.case.outcome.refused.as_ref().filter(|_| !says_its_own).map(|e| {
        html! { <p class="notice" role="alert">{ crate::web::widgets::error_text(w.i18n, e) }</p> }
    });
    html! {
        <>
            <div class="case-bar">
                <h2 id="case-title" tabindex="-1" class="case-title">{ &c.family_alias }</h2>
                <button type="button" class="secondary" onclick={w.on_close}>{ t("close-case") }</button>
            </div>
            <StepNav current={s.step} way={c.way_of_working} session={w.session.dispatcher()} />
            { for error }
            { screen }
        </>
    }
}
