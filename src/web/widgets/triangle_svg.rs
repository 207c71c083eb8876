//! The triangle in SVG: each theme a touch target, split into one slice per participant and
//! coloured by their answer, with the heaviest answer's marker in the middle.

use super::marker::{disc, ink_on, marker_shape};
use crate::core::assessment::{heaviest_of, Assessment, Skip};
use crate::core::geometry::{figure_layout, wrap_label, Anchor, Point};
use crate::core::shared::Shared;
use crate::web::state::use_env;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TriangleProps {
    pub instrument_id: String,
    pub assessment: Shared<Assessment>,
    /// Theme ids of this way of working; the others are drawn faint and inert.
    pub shown: Rc<Vec<String>>,
    /// (participant id, display name) of everyone who answers.
    pub respondents: Rc<Vec<(String, String)>>,
    pub selected: Option<String>,
    /// Enter or a tap: open the theme's card.
    pub on_select: Callback<String>,
    /// Arrow keys: select the neighbouring theme, focus stays in the figure.
    pub on_move: Callback<String>,
}

const OPEN_FILL: &str = "#f4f4f4";

fn wedge(c: Point, r: f64, k: usize, n: usize) -> String {
    let a0 = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * k as f64 / n as f64;
    let a1 = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * (k + 1) as f64 / n as f64;
    let large = if a1 - a0 > std::f64::consts::PI { 1 } else { 0 };
    format!(
        "M{:.1} {:.1} L{:.1} {:.1} A{r} {r} 0 {large} 1 {:.1} {:.1} Z",
        c.x,
        c.y,
        c.x + r * a0.cos(),
        c.y + r * a0.sin(),
        c.x + r * a1.cos(),
        c.y + r * a1.sin()
    )
}

#[component]
pub fn TriangleSvg(props: &TriangleProps) -> Html {
    let env = use_env();
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    let lang = env.lang();
    let counts: Vec<usize> = instrument.def.sides.iter().map(|s| s.themes.len()).collect();
    let layout = figure_layout(&counts);
    let r = layout.radius;
    let by_theme = props.assessment.by_theme();
    let spots = layout.spots.iter().map(|spot| {
        let theme = &instrument.def.sides[spot.side].themes[spot.index];
        let title = theme.title.get(lang).to_string();
        let anchor = match spot.anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let geometry = SpotGeometry {
            centre: spot.centre,
            r,
            label: spot.label,
            anchor,
            label_middle: spot.anchor == Anchor::Middle,
        };
        if !props.shown.contains(&theme.id) {
            return html! { <SpotView key={theme.id.clone()} id={theme.id.clone()} {title} {geometry} inert=true
            instrument_id={props.instrument_id.clone()} respondents={props.respondents.clone()}
            on_select={props.on_select.clone()} on_move={props.on_move.clone()} shown={props.shown.clone()} /> };
        }
        // Only what the spot shows of each answer (not the notes), so an unchanged spot compares
        // equal and is not drawn again; the spot makes its colours and words itself.
        let here = by_theme.get(theme.id.as_str()).map(Vec::as_slice).unwrap_or_default();
        let marks = props
            .respondents
            .iter()
            .map(|(pid, _)| match here.iter().find(|a| a.participant_id == *pid) {
                Some(a) if a.level.is_some() => Mark::Level(a.level.clone().unwrap_or_default()),
                Some(a) => a.skip.map(Mark::Skipped).unwrap_or(Mark::Open),
                None => Mark::Open,
            })
            .collect::<Vec<_>>();
        // Everyone's answers count for the middle, also of those not answering here.
        let heavy = heaviest_of(instrument, here.iter().copied()).map(|l| l.id.clone());
        let selected = props.selected.as_deref() == Some(theme.id.as_str());
        html! {
            <SpotView key={theme.id.clone()} id={theme.id.clone()} {title} {geometry} {marks} {heavy} {selected}
                instrument_id={props.instrument_id.clone()} respondents={props.respondents.clone()}
                on_select={props.on_select.clone()} on_move={props.on_move.clone()} shown={props.shown.clone()} />
        }
    });
    html! {
        // Geometry stays left-to-right in every language (the labels' anchors depend on it);
        // right-to-left words inside the labels still read correctly.
        <svg class="triangle" viewBox={format!("0 0 {} {}", layout.width, layout.height)} direction="ltr" role="group"
            aria-label={instrument.def.title.get(lang).to_string()}>
            <FigureFrame instrument_id={props.instrument_id.clone()} />
            { for spots }
        </svg>
    }
}

#[derive(Properties, PartialEq)]
struct FrameProps {
    instrument_id: String,
}

/// The patterns, the triangle's outline and the sides' titles. Its own component: an answer
/// changes none of it, so the figure's re-render after a tap does not diff it again.
#[component]
fn FigureFrame(props: &FrameProps) -> Html {
    let env = use_env();
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    let lang = env.lang();
    let counts: Vec<usize> = instrument.def.sides.iter().map(|s| s.themes.len()).collect();
    let layout = figure_layout(&counts);
    let frame: Vec<String> = layout.corners.iter().map(|p| format!("{:.1},{:.1}", p.x, p.y)).collect();
    let side_titles = instrument.def.sides.iter().zip(&layout.side_titles).map(|(side, (at, deg))| {
        html! {
            <text class="side-title" x={format!("{:.1}", at.x)} y={format!("{:.1}", at.y)} text-anchor="middle" dominant-baseline="middle"
                transform={format!("rotate({deg:.1} {:.1} {:.1})", at.x, at.y)}>{ side.title.get(lang) }</text>
        }
    });
    html! {
        <>
            <defs>
                <pattern id="skip-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="8" height="8" fill="#ffffff" />
                    <line x1="0" y1="0" x2="0" y2="8" stroke="#767676" stroke-width="3" />
                </pattern>
                <pattern id="later-dots" width="8" height="8" patternUnits="userSpaceOnUse">
                    <rect width="8" height="8" fill="#ffffff" />
                    <circle cx="4" cy="4" r="2" fill="#595959" />
                </pattern>
            </defs>
            <polygon class="frame" points={frame.join(" ")} />
            { for side_titles }
        </>
    }
}

/// What one participant's slice of a spot shows.
#[derive(Clone, PartialEq)]
enum Mark {
    Open,
    Level(String),
    Skipped(Skip),
}

/// Where a spot and its label are drawn.
#[derive(Clone, PartialEq)]
struct SpotGeometry {
    centre: Point,
    r: f64,
    label: Point,
    anchor: &'static str,
    label_middle: bool,
}

#[derive(Properties, PartialEq)]
struct SpotProps {
    id: String,
    title: String,
    geometry: SpotGeometry,
    #[prop_or_default]
    inert: bool,
    instrument_id: String,
    /// (participant id, display name) of everyone who answers, in the order of `marks`.
    respondents: Rc<Vec<(String, String)>>,
    /// Per participant: what they answered.
    #[prop_or_default]
    marks: Vec<Mark>,
    /// The heaviest level chosen on the theme, drawn in the middle.
    #[prop_or_default]
    heavy: Option<String>,
    #[prop_or_default]
    selected: bool,
    on_select: Callback<String>,
    on_move: Callback<String>,
    shown: Rc<Vec<String>>,
}

/// One theme's spot. Its own component so that a tap re-draws only the spot whose answers changed
/// (its paths and labels are text made from numbers, which is most of the figure's cost).
#[component]
fn SpotView(props: &SpotProps) -> Html {
    let env = use_env();
    let SpotGeometry { centre: c, r, label: at, anchor, label_middle } = props.geometry.clone();
    let lines = wrap_label(&props.title, 14);
    let first_dy = if lines.len() > 1 && !label_middle { -0.5 } else { 0.0 };
    let label = html! {
        <text class="spot-label" x={format!("{:.1}", at.x)} y={format!("{:.1}", at.y)} text-anchor={anchor} aria-hidden="true">
            { for lines.iter().enumerate().map(|(i, line)| html! {
                <tspan x={format!("{:.1}", at.x)} dy={format!("{}em", if i == 0 { first_dy } else { 1.1 })}>
                    // The space keeps the words apart in the text a screen reader or checker reads.
                    { if i + 1 < lines.len() { format!("{line} ") } else { line.to_string() } }
                </tspan>
            }) }
        </text>
    };
    if props.inert {
        return html! {
            <g class="spot inert" aria-hidden="true">
                <circle cx={c.x.to_string()} cy={c.y.to_string()} r={(r * 0.45).to_string()} />
                { label }
            </g>
        };
    }
    let Some(instrument) = env.instrument(&props.instrument_id) else { return Html::default() };
    let lang = env.lang();
    let mut parts = Vec::with_capacity(props.marks.len());
    let fills: Vec<(String, bool)> = props
        .marks
        .iter()
        .zip(props.respondents.iter())
        .map(|(mark, (_, name))| {
            let (fill, text, skipped) = match mark {
                Mark::Level(l) => match instrument.level(l) {
                    Some(level) => (level.colour.clone(), level.label.get(lang).to_string(), false),
                    None => (OPEN_FILL.to_string(), String::new(), false),
                },
                Mark::Skipped(Skip::Later) => ("url(#later-dots)".to_string(), env.t("skip-later"), true),
                Mark::Skipped(Skip::NotDiscussed) => {
                    ("url(#skip-hatch)".to_string(), env.t("skip-not-discussed"), true)
                }
                Mark::Open => (OPEN_FILL.to_string(), env.t("answer-open"), false),
            };
            parts.push(format!("{name}: {text}"));
            (fill, skipped)
        })
        .collect();
    let aria = format!("{}: {}", props.title, parts.join("; "));
    let heavy = props.heavy.as_deref().and_then(|l| instrument.level(l)).map(|l| (l.colour.clone(), l.marker));
    let count = fills.len().max(1);
    let slices = fills.iter().enumerate().map(|(k, (fill, skipped))| {
        let d = if count == 1 { disc(c.x, c.y, r) } else { wedge(c, r, k, count) };
        html! { <path d={d} fill={fill.clone()} class={classes!("slice", skipped.then_some("skipped"))} /> }
    });
    let centre_mark = heavy.as_ref().map(|(colour, marker)| html! {
        <g class="centre-mark">
            <circle cx={c.x.to_string()} cy={c.y.to_string()} r={(r * 0.5).to_string()} fill={colour.clone()} stroke="#1a1a1a" stroke-width="1.5" />
            { marker_shape(*marker, c.x, c.y, r * 0.6, ink_on(colour)) }
        </g>
    });
    let selected = props.selected;
    let id = props.id.clone();
    let onclick = {
        let cb = props.on_select.clone();
        let id = id.clone();
        Callback::from(move |_| cb.emit(id.clone()))
    };
    // One tab stop for the whole figure (roving tabindex): the selected spot.
    let tabindex = if selected { "0" } else { "-1" };
    let onkeydown = {
        let (cb, mv, shown) = (props.on_select.clone(), props.on_move.clone(), props.shown.clone());
        Callback::from(move |e: KeyboardEvent| {
            let pos = shown.iter().position(|s| *s == id).unwrap_or(0);
            let target = match e.key().as_str() {
                "Enter" | " " => {
                    e.prevent_default();
                    cb.emit(id.clone());
                    return;
                }
                "ArrowRight" | "ArrowDown" => (pos + 1).min(shown.len().saturating_sub(1)),
                "ArrowLeft" | "ArrowUp" => pos.saturating_sub(1),
                "Home" => 0,
                "End" => shown.len().saturating_sub(1),
                _ => return,
            };
            e.prevent_default();
            if let Some(t) = shown.get(target) {
                mv.emit(t.clone());
            }
        })
    };
    html! {
        <g class={classes!("spot", selected.then_some("selected"))} role="button" {tabindex} aria-label={aria}
            id={format!("spot-{}", props.id)}
            aria-pressed={if selected { "true" } else { "false" }} {onclick} {onkeydown} data-theme={props.id.clone()}>
            // 75 units across, as far as spots are apart on a side of seven: 44 CSS px or more
            // once the figure is 576 px wide; on a narrower screen the theme list below is the
            // equivalent control (WCAG 2.5.8).
            <circle class="hit" cx={c.x.to_string()} cy={c.y.to_string()} r={(r + 13.5).to_string()} />
            { for slices }
            <circle class="ring" cx={c.x.to_string()} cy={c.y.to_string()} r={r.to_string()} />
            { for centre_mark }
            { label }
        </g>
    }
}
