//! The triangle step's side panels: the themes by side with their counts, and the scale's legend.

use crate::i18n::Arg;
use crate::web::state::use_env;
use crate::web::widgets::marker::swatch;
use yew::prelude::*;

#[derive(Clone, PartialEq)]
pub(super) struct ListTheme {
    pub(super) id: String,
    pub(super) icon: String,
    pub(super) title: String,
    /// How many of the people answering have answered (or skipped) it.
    pub(super) answered: usize,
    /// Set aside as "later" last time, and not answered yet.
    pub(super) back: bool,
}

#[derive(Clone, PartialEq)]
pub(super) struct ListSide {
    pub(super) title: String,
    pub(super) themes: Vec<ListTheme>,
}

#[derive(Properties, PartialEq)]
pub(super) struct ThemeListProps {
    pub(super) sides: Vec<ListSide>,
    /// How many people answer.
    pub(super) total: usize,
    pub(super) current: Option<String>,
    pub(super) on_select: Callback<String>,
}

/// The themes by side, with how many have answered each: its own component, drawn again only
/// when a count or the open theme changes, not on every answer.
#[component]
pub(super) fn ThemeList(props: &ThemeListProps) -> Html {
    let env = use_env();
    let sides = props.sides.iter().map(|side| {
        let items = side.themes.iter().map(|th| {
            let is_current = props.current.as_deref() == Some(th.id.as_str());
            let onclick = {
                let cb = props.on_select.clone();
                let id = th.id.clone();
                Callback::from(move |_| cb.emit(id.clone()))
            };
            let count = env.i18n.t_args("answered-count", &[("done", Arg::from(th.answered)), ("total", Arg::from(props.total))]);
            html! {
                <li><button type="button" class={classes!("theme-link", is_current.then_some("current"))} aria-current={is_current.then_some("true")} {onclick}>
                    <span class="theme-name"><img class="pictogram small" src={format!("pictograms/{}.svg", th.icon)} alt="" width="28" height="28" />{ &th.title }</span>
                    <span class="count">{ count }</span>
                    if th.back { <span class="badge later-back">{ env.t("later-back-badge") }</span> }
                </button></li>
            }
        });
        html! { <li><span class="side-name">{ &side.title }</span><ul>{ for items }</ul></li> }
    });
    html! { <nav aria-label={env.t("themes-label")}><ul class="theme-list">{ for sides }</ul></nav> }
}

#[derive(Properties, PartialEq)]
pub(super) struct LegendProps {
    pub(super) instrument_id: String,
}

/// The scale's colours and markers, and the fills for skipped and open: the same on every answer,
/// so its own component that is not drawn again then.
#[component]
pub(super) fn Legend(props: &LegendProps) -> Html {
    let env = use_env();
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    let lang = env.lang();
    let levels =
        instrument.def.scale.iter().map(|l| html! { <li>{ swatch(l, 22.0) }<span>{ l.label.get(lang) }</span></li> });
    let others =
        [("url(#skip-hatch)", "skip-not-discussed"), ("url(#later-dots)", "skip-later"), ("#f4f4f4", "answer-open")];
    html! {
        <ul class="legend" aria-label={env.t("legend-label")}>
            { for levels }
            { for others.map(|(fill, key)| html! {
                <li><svg class="swatch" width="22" height="22" aria-hidden="true"><rect x="1" y="1" width="20" height="20" rx="4" fill={fill} stroke="#1a1a1a" /></svg><span>{ env.t(key) }</span></li>
            }) }
        </ul>
    }
}
