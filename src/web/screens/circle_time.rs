//! The circle over time: two visits' circles side by side, or one picture of the change (who
//! joined, who left, who came closer or went further, which lines changed), with every change
//! said in a sentence. The pictures are the PDF's (`export::figure`), from the core's numbers.

use crate::core::case::Case;
use crate::core::ecomap::{changes, circle_visits};
use crate::export::figure::{change_key, change_picture, side_by_side, visit_circle, with_key, CircleWords};
use crate::export::sentences::change_sentences;
use crate::i18n::Arg;
use crate::web::state::use_env;
use crate::web::widgets::figure_svg::figure_svg;
use std::rc::Rc;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CircleOverTimeProps {
    pub case: Rc<Case>,
}

#[component]
pub fn CircleOverTime(props: &CircleOverTimeProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let from = use_state(|| None::<String>);
    let to = use_state(|| None::<String>);
    let side = use_state(|| false);
    let case = &props.case;
    let circles = circle_visits(case);
    if circles.len() < 2 {
        return if case.visits.len() < 2 && !case.network.people.is_empty() {
            html! { <section class="card" aria-labelledby="over-time-heading"><h4 id="over-time-heading">{ t("eco-compare-heading") }</h4><p class="hint">{ t("eco-compare-one-visit") }</p></section> }
        } else {
            Html::default()
        };
    }
    // Visits are numbered as on the case screen: by date, among all visits.
    let by_date = case.visits_by_date();
    let label = |id: &str| {
        let n = by_date.iter().position(|v| v.id == id).map_or(0, |i| i + 1);
        let date = by_date.iter().find(|v| v.id == id).map(|v| env.i18n.date(v.date)).unwrap_or_default();
        env.i18n.t_args("eco-visit-option", &[("number", Arg::from(n)), ("date", Arg::from(date))])
    };
    let pick = |h: &UseStateHandle<Option<String>>, fallback: usize| {
        h.as_ref()
            .filter(|id| circles.iter().any(|(v, _)| &v.id == *id))
            .cloned()
            .unwrap_or_else(|| circles[fallback].0.id.clone())
    };
    let (a, b) = (pick(&from, circles.len() - 2), pick(&to, circles.len() - 1));
    let network = |id: &str| circles.iter().find(|(v, _)| v.id == id).map(|(_, n)| n.for_export());
    let visit_select = |id: &str, key: &str, current: &str, h: &UseStateHandle<Option<String>>| {
        let h = h.clone();
        let onchange =
            Callback::from(move |e: Event| h.set(Some(e.target_unchecked_into::<HtmlSelectElement>().value())));
        html! {
            <div class="field">
                <label for={id.to_string()}>{ t(key) }</label>
                <select id={id.to_string()} {onchange}>
                    { for circles.iter().map(|(v, _)| html! { <option value={v.id.clone()} selected={v.id == current}>{ label(&v.id) }</option> }) }
                </select>
            </div>
        }
    };
    let mode = |one: bool, key: &str| {
        let onchange = {
            let side = side.clone();
            Callback::from(move |_| side.set(!one))
        };
        html! { <label class="choice"><input type="radio" name="compare-mode" checked={*side != one} {onchange} /><span>{ t(key) }</span></label> }
    };
    let body = match (network(&a), network(&b)) {
        (Some(before), Some(now)) if a != b => {
            let words = |k: &str| env.t(k);
            let centre = t("circle-centre");
            let w = CircleWords { centre: &centre, words: &words, capitals: crate::web::browser::capitals };
            let rtl = env.i18n.lang().rtl();
            let figure = if *side {
                let (l, r) =
                    (visit_circle(&before, &case.family_alias, &w), visit_circle(&now, &case.family_alias, &w));
                side_by_side(&l, &r, [&label(&a), &label(&b)], rtl)
            } else {
                with_key(&change_picture(&before, &now, &case.family_alias, &w), change_key(&words), rtl)
            };
            let said = change_sentences(&env.i18n, &before, &now, &changes(&before, &now));
            html! {
                <>
                    <div class="over-time-figure">{ figure_svg(&figure, "change-figure") }</div>
                    <h5>{ t("eco-compare-changes") }</h5>
                    if said.is_empty() { <p>{ t("eco-change-none") }</p> } else {
                        <ul class="change-list">{ for said.into_iter().map(|s| html! { <li>{ s }</li> }) }</ul>
                    }
                </>
            }
        }
        _ => html! { <p class="hint">{ t("eco-compare-same") }</p> },
    };
    html! {
        <section class="card over-time" aria-labelledby="over-time-heading">
            <h4 id="over-time-heading">{ t("eco-compare-heading") }</h4>
            <p class="hint">{ t("eco-compare-hint") }</p>
            <div class="field-row">
                { visit_select("compare-from", "eco-compare-from", &a, &from) }
                { visit_select("compare-to", "eco-compare-to", &b, &to) }
            </div>
            <fieldset class="choices inline"><legend>{ t("eco-compare-mode") }</legend>
                { mode(true, "eco-compare-one") }{ mode(false, "eco-compare-side") }
            </fieldset>
            { body }
        </section>
    }
}
