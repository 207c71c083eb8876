//! The circle meeting: when and where, the family's question, who is invited and who came.

use super::{area_of, checked_of, input_of, named, Act};
use crate::core::case::Case;
use crate::core::date::Date;
use crate::core::network::{ChildrenJoin, Meeting, MeetingRole, NetworkAction};
use crate::i18n::Arg;
use crate::web::state::use_env;
use yew::prelude::*;

/// A date field: a chosen day, or none when cleared.
fn date_field(id: &str, label: String, value: Option<Date>, on: Callback<Option<Date>>) -> Html {
    let onchange = Callback::from(move |e: Event| on.emit(Date::parse(&input_of(&e)).ok()));
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <input autocomplete="off" id={id.to_string()} type="date" value={value.map(|d| d.to_string()).unwrap_or_default()} {onchange} />
        </div>
    }
}

/// One person invited to the circle meeting: (id, name, role, came).
pub(super) type Guest = (String, String, MeetingRole, bool);

/// Everyone invited to the circle meeting, in the circle's order.
pub(super) fn guests(case: &Case) -> Vec<Guest> {
    case.network.attendance().0.into_iter().map(|p| (p.id.clone(), p.name.clone(), p.role, p.came)).collect()
}

#[derive(Properties, PartialEq)]
pub(super) struct MeetingProps {
    pub(super) meeting: Meeting,
    pub(super) guests: Vec<Guest>,
    pub(super) act: Act,
}

/// The circle meeting: when and where, the family's question, whether the children join, who
/// is invited and who came, and the first check afterwards. A component that gets only the
/// meeting and its guests, so a change elsewhere in the circle does not render it again.
#[component]
pub(super) fn MeetingCard(props: &MeetingProps) -> Html {
    let env = use_env();
    let env = &env;
    let act = &props.act;
    let t = |k: &str| env.t(k);
    let m = &props.meeting;
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
    let invited = &props.guests;
    let came: Vec<&Guest> = invited.iter().filter(|g| g.3).collect();
    let rows = invited.iter().map(|(id, name, role, came)| {
        let (act, id) = (act.clone(), id.clone());
        let onchange = Callback::from(move |e: Event| act.emit((NetworkAction::SetCame { id: id.clone(), came: checked_of(&e) }, None)));
        html! {
            <li class="row">
                <span class="row-main">{ name }</span>
                if *role != MeetingRole::None { <span class="badge">{ t(&format!("circle-role-{}", role.key())) }</span> }
                <label class="choice"><input type="checkbox" checked={*came} {onchange} /><span>{ named(env, "circle-came-label", name) }</span></label>
            </li>
        }
    });
    let summary = env
        .i18n
        .t_args("circle-attendance-summary", &[("invited", Arg::from(invited.len())), ("came", Arg::from(came.len()))]);
    let away: Vec<&str> = invited.iter().filter(|g| !g.3).map(|g| g.1.as_str()).collect();
    html! {
        <section class="card" aria-labelledby="meeting-heading">
            <h4 id="meeting-heading">{ t("circle-meeting") }</h4>
            <p class="hint">{ t("circle-meeting-hint") }</p>
            <div class="field-row">
                { date_field("meeting-date", t("circle-meeting-date"), m.date, on_date) }
                <div class="field">
                    <label for="meeting-place">{ t("circle-meeting-place") }</label>
                    <input autocomplete="off" id="meeting-place" type="text" maxlength="80" value={m.place.clone()} onchange={on_place} />
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
