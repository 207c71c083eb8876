//! The triangle over time on screen ("distance travelled"): per theme a small chart of each
//! participant's answer at every visit, the strengths that grew named first. The charts are the
//! PDF's (`export::chart`), from `core::travel`.

use crate::core::case::Case;
use crate::core::travel::{dated, travel};
use crate::export::chart::{track_stroke, travel_chart};
use crate::i18n::Arg;
use crate::web::state::use_env;
use crate::web::widgets::figure_svg::figure_svg;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TravelChartsProps {
    pub case: Rc<Case>,
    pub instrument_id: String,
    pub shown: Rc<Vec<String>>,
    /// Who answers: id and name (their place here gives their line style).
    pub respondents: Rc<Vec<(String, String)>>,
}

#[component]
pub fn TravelCharts(props: &TravelChartsProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let all = use_state(|| false);
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    let case = &props.case;
    let dated = dated(case, instrument.id());
    if dated.len() < 2 {
        return Html::default();
    }
    let ids: Vec<&str> = props.respondents.iter().map(|(id, _)| id.as_str()).collect();
    let shown: Vec<&str> = props.shown.iter().map(String::as_str).collect();
    let travelled = travel(instrument, &dated, &ids, &shown);
    let lang = env.lang();
    let title = |id: &str| instrument.theme(id).map(|(_, th)| th.title.get(lang).to_string()).unwrap_or_default();
    let grown: Vec<String> = travelled.grown().map(|x| title(&x.theme_id)).collect();
    let name = |id: &str| props.respondents.iter().find(|(p, _)| p == id).map(|(_, n)| n.clone()).unwrap_or_default();
    let style = |id: &str| ids.iter().position(|x| *x == id).unwrap_or(0);
    let not_rated = t("travel-not-rated");
    let charts = travelled.themes.iter().filter(|x| *all || x.moved()).map(|x| {
        let f = travel_chart(instrument, x, travelled.dates.len(), &style, &name, lang, &not_rated);
        html! { <li>{ figure_svg(&f, "travel-chart") }</li> }
    });
    let visits: Vec<String> =
        travelled.dates.iter().enumerate().map(|(n, d)| format!("{} {}", n + 1, env.i18n.date(*d))).collect();
    let key = props.respondents.iter().enumerate().map(|(i, (_, n))| {
        let s = track_stroke(i);
        html! {
            <li><svg class="line-sample" width="44" height="12" viewBox="0 0 56 12" aria-hidden="true" focusable="false">
                <line x1="2" y1="6" x2="54" y2="6" stroke={s.colour.hex()} stroke-width={s.width.to_string()}
                    stroke-dasharray={s.dashed.then(|| format!("{:.1} {:.1}", s.width * 2.5, s.width * 2.0))} />
            </svg><span>{ n }</span></li>
        }
    });
    let toggle = {
        let all = all.clone();
        Callback::from(move |_| all.set(!*all))
    };
    html! {
        <section class="card travel" aria-labelledby="travel-heading">
            <h3 id="travel-heading">{ t("travel-section") }</h3>
            <p>{ if grown.is_empty() { t("travel-grown-none") } else { env.i18n.t_args("travel-grown", &[("themes", Arg::from(grown.join(", ")))]) } }</p>
            <p class="hint">{ format!("{} {}", t("travel-hint"), visits.join(" · ")) }</p>
            <ul class="lines-legend">{ for key }</ul>
            <label class="choice"><input type="checkbox" checked={*all} onchange={toggle} /><span>{ t("travel-show-all") }</span></label>
            <ul class="travel-charts">{ for charts }</ul>
        </section>
    }
}
