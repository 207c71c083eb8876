//! Perspectives side by side, and this visit beside the previous one. Differences are marked
//! as something to talk about, never as a verdict.

use crate::core::assessment::{
    change, compare, position, youth_beside, youth_only, Agreement, Assessment, Change, Position, Skip,
};
use crate::core::date::Date;
use crate::core::shared::Shared;
use crate::i18n::Arg;
use crate::web::state::use_env;
use crate::web::widgets::marker::swatch;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub instrument_id: String,
    pub assessment: Shared<Assessment>,
    pub previous: Option<(Shared<Assessment>, Date)>,
    pub shown: Rc<Vec<String>>,
    pub respondents: Rc<Vec<(String, String)>>,
    /// Young people's own answers (their own instrument), beside the family's where they meet.
    #[prop_or_default]
    pub youth: Option<Rc<YouthBeside>>,
}

/// The young people's own version of this visit, for the comparison.
#[derive(PartialEq)]
pub struct YouthBeside {
    pub instrument_id: String,
    pub assessment: Shared<Assessment>,
    /// Young people: id and name.
    pub people: Vec<(String, String)>,
    pub shown: Vec<String>,
}

#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let lang = env.lang();
    let only_differences = use_state(|| false);
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    let theme_ids: Vec<&str> = props.shown.iter().map(String::as_str).collect();
    let pids: Vec<&str> = props.respondents.iter().map(|(id, _)| id.as_str()).collect();
    let rows = compare(instrument, &props.assessment, &theme_ids, &pids);
    let differing = rows.iter().filter(|r| matches!(r.agreement, Agreement::Differ { .. })).count();
    // Nobody chose a level yet: there is nothing to compare, so say that, not "the same".
    let rated = rows.iter().any(|r| r.agreement != Agreement::NoneRated);

    let youth = props.youth.as_ref().and_then(|y| env.instrument(&y.instrument_id).map(|i| (y, i)));
    let youth_shown: Vec<&str> = props.youth.iter().flat_map(|y| y.shown.iter().map(String::as_str)).collect();
    let cell_in = |ins: &crate::core::instrument::Instrument, pos: &Position| match pos {
        Position::Rated { level, .. } => match ins.level(level) {
            Some(l) => html! { <span class="cell-level">{ swatch(l, 22.0) }{ l.label.get(lang) }</span> },
            None => html! { "—" },
        },
        Position::Skipped(Skip::Later) => html! { <span class="muted">{ t("skip-later") }</span> },
        Position::Skipped(Skip::NotDiscussed) => html! { <span class="muted">{ t("skip-not-discussed") }</span> },
        Position::Open => html! { <span class="muted">{ t("answer-open") }</span> },
    };
    let cell = |pos: &Position| cell_in(instrument, pos);

    let body = rows.iter().filter(|r| !*only_differences || matches!(r.agreement, Agreement::Differ { .. })).map(|r| {
        let title = instrument.theme(&r.theme_id).map(|(_, th)| th.title.get(lang).to_string()).unwrap_or_default();
        let (class, text) = match r.agreement {
            Agreement::Differ { spread } if spread >= 2 => ("differ strong", t("agree-differ-much")),
            Agreement::Differ { .. } => ("differ", t("agree-differ")),
            Agreement::Same => ("same", t("agree-same")),
            Agreement::Single => ("single", t("agree-single")),
            Agreement::NoneRated => ("none", t("agree-none")),
        };
        html! {
            <tr class={class}>
                <th scope="row">{ title }</th>
                { for r.positions.iter().map(|(_, p)| html! { <td>{ cell(p) }</td> }) }
                { for youth.iter().flat_map(|(y, yi)| y.people.iter().map(move |(pid, _)| (y, yi, pid))).map(|(y, yi, pid)| {
                    let met = youth_beside(yi, &y.assessment, pid, &r.theme_id, &youth_shown);
                    html! {
                        <td class="youth-cell">
                            if met.is_empty() { <span class="muted">{ "—" }</span> }
                            { for met.iter().map(|(tid, p)| html! {
                                <span class="youth-answer">
                                    <span class="youth-theme">{ yi.theme(tid).map(|(_, th)| th.title.get(lang).to_string()).unwrap_or_default() }</span>
                                    { cell_in(yi, p) }
                                </span>
                            }) }
                        </td>
                    }
                }) }
                <td class="agreement">
                    if class.starts_with("differ") { <span class="differ-icon" aria-hidden="true">{ "≠ " }</span> }
                    { text }
                </td>
            </tr>
        }
    });

    // The young people's themes that meet none of the family's themes on screen.
    let youth_alone = youth.map(|(y, yi)| {
        let alone = youth_only(yi, &youth_shown, &theme_ids);
        let rows = alone.iter().map(|tid| {
            let title = yi.theme(tid).map(|(_, th)| th.title.get(lang).to_string()).unwrap_or_default();
            html! {
                <tr>
                    <th scope="row">{ title }</th>
                    { for y.people.iter().map(|(pid, _)| html! { <td>{ cell_in(yi, &position(yi, &y.assessment, pid, tid)) }</td> }) }
                </tr>
            }
        });
        html! {
            <section class="card" aria-labelledby="youth-only-heading">
                <h3 id="youth-only-heading">{ t("compare-youth-only") }</h3>
                <div class="table-wrap">
                    <table class="compare">
                        <thead><tr><th scope="col">{ t("compare-theme") }</th>
                            { for y.people.iter().map(|(_, name)| html! { <th scope="col">{ name }</th> }) }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            </section>
        }
    });

    let toggle = {
        let only = only_differences.clone();
        Callback::from(move |_| only.set(!*only))
    };

    let history = props.previous.as_ref().map(|(prev, date)| {
        let rows = theme_ids.iter().map(|tid| {
            let title = instrument.theme(tid).map(|(_, th)| th.title.get(lang).to_string()).unwrap_or_default();
            html! {
                <tr>
                    <th scope="row">{ title }</th>
                    { for props.respondents.iter().map(|(pid, _)| {
                        let label = |a: &Assessment| a.answer(pid, tid).and_then(|x| x.level.as_deref()).and_then(|l| instrument.level(l)).map(|l| l.label.get(lang).to_string()).unwrap_or_else(|| "—".into());
                        let key = match change(instrument, prev, &props.assessment, pid, tid) {
                            Change::Better => "change-better",
                            Change::Same => "change-same",
                            Change::Heavier => "change-heavier",
                            Change::NotComparable => "change-none",
                        };
                        html! { <td>{ format!("{} → {}", label(prev), label(&props.assessment)) }<br/><span class="muted">{ t(key) }</span></td> }
                    }) }
                </tr>
            }
        });
        html! {
            <section class="card" aria-labelledby="history-heading">
                <h3 id="history-heading">{ env.i18n.t_args("history-heading", &[("date", Arg::from(env.i18n.date(*date)))]) }</h3>
                <div class="table-wrap">
                    <table class="compare">
                        <thead><tr><th scope="col">{ t("compare-theme") }</th>
                            { for props.respondents.iter().map(|(_, name)| html! { <th scope="col">{ name }</th> }) }</tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
            </section>
        }
    });

    html! {
        <div class="compare-view">
            <section class="card" aria-labelledby="compare-heading">
                <h3 id="compare-heading">{ t("compare-heading") }</h3>
                <p class="hint">{ t("compare-hint") }</p>
                <p role="status">{ if rated { env.i18n.t_args("compare-count", &[("count", Arg::from(differing))]) } else { t("compare-nothing-yet") } }</p>
                <label class="choice">
                    <input type="checkbox" checked={*only_differences} onchange={toggle} />
                    <span>{ t("compare-only-differences") }</span>
                </label>
                <div class="table-wrap">
                    <table class="compare">
                        <caption class="visually-hidden">{ t("compare-heading") }</caption>
                        <thead><tr>
                            <th scope="col">{ t("compare-theme") }</th>
                            { for props.respondents.iter().map(|(_, name)| html! { <th scope="col">{ name }</th> }) }
                            { for youth.iter().flat_map(|(y, _)| y.people.iter()).map(|(_, name)| html! {
                                <th scope="col">{ env.i18n.t_args("compare-own-words", &[("name", Arg::from(name.as_str()))]) }</th>
                            }) }
                            <th scope="col">{ t("compare-together") }</th>
                        </tr></thead>
                        <tbody>{ for body }</tbody>
                    </table>
                </div>
            </section>
            { for youth_alone }
            { for history }
        </div>
    }
}
