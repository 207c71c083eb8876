//! The family group plan circle as SVG: rings by closeness, four sectors (the professionals'
//! hatched apart), the family at the centre, the relation lines (an eco-map: kind by line style,
//! arrows for support, each read out as a sentence), and a token per person drawn over them.
//! Tokens move by dragging (pointer events: mouse, touch, pen) or by the arrow keys; the list on
//! the screen is the alternative to both.

use crate::core::case::Case;
use crate::core::ecomap::{dressed, route_key, stroke_of, tie_routes, TieLine};
use crate::core::geometry::{fit_label, wrap_label, Point};
use crate::core::network::{circle_layout, initial_char, snap, MeetingRole, Person, Ring, Sector, Tie, CENTRE_R};
use crate::export::sentences::line_sentence;
use crate::web::browser::capitals;
use crate::web::state::{use_env, Env};
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// The token's initial, in capitals (by the browser, see `browser::capitals`).
fn initial(name: &str) -> String {
    initial_char(name).map(|c| capitals(&c.to_string())).unwrap_or_default()
}

/// A token on the move: where the pointer started (screen pixels), drawing units per pixel, and
/// how far it has gone (drawing units).
#[derive(Clone, PartialEq)]
struct Drag {
    id: String,
    pointer: i32,
    start: (f64, f64),
    scale: f64,
    dx: f64,
    dy: f64,
}

/// (person id, ring, sector, slot): where a person was dropped or moved to by keys.
pub type Place = (String, Ring, Sector, Option<u32>);

#[derive(Properties, PartialEq)]
pub struct CircleSvgProps {
    pub case: Rc<Case>,
    pub selected: Option<String>,
    pub on_select: Callback<String>,
    pub on_move: Callback<Place>,
}

/// The ring's and sector's words, for labels and announcements.
pub fn place_words(env: &Env, ring: Ring, sector: Sector) -> (String, String) {
    (env.t(&format!("circle-ring-{}", ring.key())), env.t(&format!("circle-sector-{}", sector.key())))
}

/// What a screen reader says for a token: name, relation, ring, sector, the meeting, and the
/// person's line with the family (`tie`) as a sentence.
fn token_label(env: &Env, p: &Person, tie: Option<&Tie>) -> String {
    let (ring, sector) = place_words(env, p.ring, p.sector);
    let mut parts = vec![p.name.clone()];
    if !p.relation.is_empty() {
        parts.push(p.relation.clone());
    }
    parts.extend([ring, sector]);
    if p.invited {
        parts.push(env.t("circle-invited"));
    }
    if p.role != MeetingRole::None {
        parts.push(env.t(&format!("circle-role-{}", p.role.key())));
    }
    let mut said = parts.join(", ");
    if let Some(t) = tie {
        said.push_str(". ");
        said.push_str(&line_sentence(&env.i18n, &p.name, None, t.kind, t.flow));
    }
    said
}

/// The case compared by pointer: the layout and lines are worked out again only when the case
/// changed, not when someone is selected or dragged.
#[derive(Clone)]
struct Same(Rc<Case>);
impl PartialEq for Same {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// One relation line: its stroke by kind (width, dashes; the zigzag is in the points) and
/// arrowheads, in one colour; a screen reader hears the sentence.
fn tie_svg(line: &TieLine, label: String) -> Html {
    let (width, dashed) = stroke_of(line.kind);
    let pts = |p: &[Point]| p.iter().map(|q| format!("{:.1},{:.1}", q.x, q.y)).collect::<Vec<_>>().join(" ");
    html! {
        <g class={classes!("tie", format!("k-{}", line.kind.key()))} role="img" aria-label={label}>
            <polyline points={pts(&line.drawn)} stroke-width={width.to_string()}
                stroke-dasharray={dashed.then(|| format!("{:.1} {:.1}", width * 2.5, width * 2.0))} />
            { for line.arrows.iter().map(|a| html! { <polygon class="arrow" points={pts(a)} /> }) }
        </g>
    }
}

/// A token's text from `y` down: on up to two lines, set smaller when even that is too narrow,
/// never cut. `size` is the class's font size; returns the markup and where the next text may go.
fn fitted(class: &'static str, y: f64, size: f64, text: &str, fits: usize) -> (Html, f64) {
    let f = fit_label(text, fits, 2);
    let px = size * f.scale;
    let style = (f.scale < 1.0).then(|| format!("font-size:{px:.1}px"));
    let next = y + px * 1.1 * f.lines.len().saturating_sub(1) as f64;
    let html = html! {
        <text {class} {style} y={n(y)}>
            { for f.lines.into_iter().enumerate().map(|(i, l)| html! {
                <tspan x="0" dy={if i == 0 { "0".to_string() } else { n(px * 1.1) }}>{ l }</tspan>
            }) }
        </text>
    };
    (html, next)
}

fn n(v: f64) -> String {
    format!("{v:.1}")
}

#[derive(Properties, PartialEq)]
struct TokenProps {
    person: Person,
    /// The person's line with the family.
    tie: Option<Tie>,
    /// Where the token is drawn: its place, or where it is being dragged.
    at: Point,
    selected: bool,
    dragging: bool,
    /// A pointer went down on the token (person id, event).
    on_down: Callback<(String, PointerEvent)>,
    /// The token was clicked (person id); a click that ends a drag is dropped there.
    on_click: Callback<String>,
    on_select: Callback<String>,
    on_move: Callback<Place>,
}

/// One person's token. A component with stable callbacks, so a change to one person (or a drag)
/// renders that token only, not all of them.
#[component]
fn Token(props: &TokenProps) -> Html {
    let env = use_env();
    let p = &props.person;
    let id = p.id.clone();
    let onpointerdown = {
        let (on_down, id) = (props.on_down.clone(), id.clone());
        Callback::from(move |e: PointerEvent| on_down.emit((id.clone(), e)))
    };
    let onclick = {
        let (on_click, id) = (props.on_click.clone(), id.clone());
        Callback::from(move |_: MouseEvent| on_click.emit(id.clone()))
    };
    let onkeydown = {
        let (on_move, on_select, id, ring, sector) =
            (props.on_move.clone(), props.on_select.clone(), id.clone(), p.ring, p.sector);
        Callback::from(move |e: KeyboardEvent| {
            let to = match e.key().as_str() {
                "ArrowUp" => (ring.inward().unwrap_or(ring), sector),
                "ArrowDown" => (ring.outward().unwrap_or(ring), sector),
                "ArrowLeft" => (ring, sector.previous()),
                "ArrowRight" => (ring, sector.next()),
                "Enter" | " " => {
                    e.prevent_default();
                    on_select.emit(id.clone());
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            on_move.emit((id.clone(), to.0, to.1, None));
        })
    };
    let (name, below) = fitted("nm", 16.0, 15.0, &p.name, 10);
    let (relation, _) = fitted("rel", below + 16.0, 13.0, &p.relation, 12);
    let class = classes!(
        "token",
        format!("s-{}", p.sector.key()),
        props.selected.then_some("selected"),
        props.dragging.then_some("dragging")
    );
    // The button holds the shapes; the words are drawn over it, hidden from assistive technology
    // (the label says them in full) and letting the pointer through.
    html! {
        <g transform={format!("translate({} {})", n(props.at.x), n(props.at.y))} {class}>
            <g id={format!("tok-{id}")} class="btn" role="button" tabindex="0" aria-label={token_label(&env, p, props.tie.as_ref())}
                aria-describedby="circle-keys" aria-pressed={props.selected.to_string()} {onpointerdown} {onclick} {onkeydown}>
                <circle class="hit" r="46" />
                if p.role == MeetingRole::Mediator { <circle class="med" cy="-20" r="21" /> }
                <circle class="dot" cy="-20" r="17" />
                if p.invited { <g class="inv"><circle cx="19" cy="-34" r="9" /><path d="M14.5 -34 l3 3.5 l6 -7" /></g> }
            </g>
            <g class="words" aria-hidden="true">
                <text class="ini" y="-13">{ initial(&p.name) }</text>
                { name }
                { relation }
            </g>
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct TieProps {
    tie: Tie,
    route: Rc<Vec<Point>>,
    /// The names of the two ends (`None`: the family).
    a: String,
    b: Option<String>,
}

/// One relation line. A component, so a changed kind or flow redraws that line only.
#[component]
fn TieView(props: &TieProps) -> Html {
    let env = use_env();
    let line = dressed(&props.tie, props.route.to_vec());
    let label = line_sentence(&env.i18n, &props.a, props.b.as_deref(), props.tie.kind, props.tie.flow);
    html! { <g role="listitem">{ tie_svg(&line, label) }</g> }
}

#[derive(Properties, PartialEq)]
struct BackdropProps {
    bands: [(f64, f64); 3],
    radius: f64,
    half: f64,
    alias: String,
}

/// What stays when people and lines change: the rings, the sectors, their words and the family.
#[component]
fn Backdrop(props: &BackdropProps) -> Html {
    let env = use_env();
    let (r, half) = (props.radius, props.half);
    let rings = (0..3).rev().map(|i| html! { <circle class={format!("band b{i}")} r={n(props.bands[i].1)} /> });
    let ring_labels = Ring::ALL.iter().map(|ring| {
        let (a, b) = props.bands[ring.index()];
        html! { <text class="ring-label" x={n(-(a + b) / 2.0)} y="5">{ place_words(&env, *ring, Sector::Family).0 }</text> }
    });
    // Sector titles in the corners, outside the circle.
    let titles = Sector::ALL.iter().map(|s| {
        let text = place_words(&env, Ring::Close, *s).1;
        let lines = wrap_label(&text, 18);
        let right = matches!(s, Sector::FriendsNeighbours | Sector::SchoolWorkClubs);
        let bottom = matches!(s, Sector::SchoolWorkClubs | Sector::Professionals);
        let x = if right { half - 10.0 } else { 10.0 - half };
        let first = if bottom { half - 14.0 - 24.0 * (lines.len() - 1) as f64 } else { 26.0 - half };
        html! {
            <text class={classes!("sector-title", s.is_formal().then_some("formal"))} x={n(x)} y={n(first)}
                text-anchor={if right { "end" } else { "start" }}>
                { for lines.iter().enumerate().map(|(i, l)| html! { <tspan x={n(x)} dy={if i == 0 { "0" } else { "24" }}>{ *l }</tspan> }) }
            </text>
        }
    });
    html! {
        <>
            <defs>
                <pattern id="formal-hatch" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <line x1="0" y1="0" x2="0" y2="12" stroke="#51606e" stroke-opacity="0.22" stroke-width="5" />
                </pattern>
            </defs>
            { for rings }
            <path class="formal-area" d={format!("M0 0L0 {r}A{r} {r} 0 0 1 {} 0Z", -r)} />
            <path class="axis" d={format!("M{} 0H{r}M0 {}V{r}", -r, -r)} />
            { for ring_labels }
            { for titles }
            <circle class="centre" r={n(CENTRE_R)} />
            <text class="centre-t" y="-10">{ env.t("circle-centre") }</text>
            { fitted("centre-name", 16.0, 15.0, &props.alias, 14).0 }
        </>
    }
}

#[component]
pub fn CircleSvg(props: &CircleSvgProps) -> Html {
    let env = use_env();
    let svg_ref = use_node_ref();
    let drag = use_state(|| None::<Drag>);
    // A drag ends in a click on the token; that click must not also open the person.
    let dragged = use_mut_ref(|| false);
    let case = &props.case;
    let net = &case.network;
    let layout = use_memo(Same(case.clone()), |c| circle_layout(&c.0.network.people));
    let routes = use_memo(route_key(net, &layout), |_| {
        tie_routes(net, &layout).into_iter().map(|(i, r)| (i, Rc::new(r))).collect::<Vec<_>>()
    });
    let half = layout.half;

    let on_pointer_move = {
        let (drag, svg_ref) = (drag.clone(), svg_ref.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(d) = (*drag).clone().filter(|d| d.pointer == e.pointer_id()) {
                let dx = (f64::from(e.client_x()) - d.start.0) * d.scale;
                let dy = (f64::from(e.client_y()) - d.start.1) * d.scale;
                // Captured only once it really moves: a plain tap stays a click on the token.
                if let Some(svg) = svg_ref.cast::<Element>().filter(|_| dx.hypot(dy) >= 4.0) {
                    let _ = svg.set_pointer_capture(e.pointer_id());
                }
                drag.set(Some(Drag { dx, dy, ..d }));
            }
        })
    };
    let on_pointer_up = {
        let (drag, dragged, on_move, case) = (drag.clone(), dragged.clone(), props.on_move.clone(), case.clone());
        let layout = layout.clone();
        Callback::from(move |e: PointerEvent| {
            let Some(d) = (*drag).clone().filter(|d| d.pointer == e.pointer_id()) else { return };
            drag.set(None);
            if d.dx.hypot(d.dy) < 8.0 {
                return;
            }
            *dragged.borrow_mut() = true;
            let net = &case.network;
            if let Some(i) = net.people.iter().position(|p| p.id == d.id) {
                let at = layout.tokens[i];
                let to = Point { x: at.x + d.dx, y: at.y + d.dy };
                let (ring, sector, slot) = snap(net, &layout, &d.id, to);
                on_move.emit((d.id, ring, sector, Some(slot)));
            }
        })
    };
    let on_cancel = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| drag.set(None))
    };
    let on_down = {
        let (drag, dragged, svg_ref) = (drag.setter(), dragged.clone(), svg_ref.clone());
        use_callback(half, move |(id, e): (String, PointerEvent), half| {
            let Some(svg) = svg_ref.cast::<Element>() else { return };
            if e.button() != 0 {
                return;
            }
            *dragged.borrow_mut() = false;
            let scale = 2.0 * half / f64::from(svg.client_width().max(1));
            let start = (f64::from(e.client_x()), f64::from(e.client_y()));
            drag.set(Some(Drag { id, pointer: e.pointer_id(), start, scale, dx: 0.0, dy: 0.0 }));
        })
    };
    let on_click = {
        let dragged = dragged.clone();
        use_callback(props.on_select.clone(), move |id: String, on_select| {
            if !std::mem::take(&mut *dragged.borrow_mut()) {
                on_select.emit(id);
            }
        })
    };

    let tokens = net.people.iter().zip(&layout.tokens).map(|(p, at)| {
        let moving = drag.as_ref().filter(|d| d.id == p.id);
        let at = moving.map_or(*at, |d| Point { x: at.x + d.dx, y: at.y + d.dy });
        html! {
            <Token key={p.id.clone()} person={p.clone()} tie={net.tie(&p.id, None).cloned()} {at}
                selected={props.selected.as_deref() == Some(p.id.as_str())} dragging={moving.is_some()}
                on_down={on_down.clone()} on_click={on_click.clone()}
                on_select={props.on_select.clone()} on_move={props.on_move.clone()} />
        }
    });
    let name = |id: &str| net.person(id).map(|p| p.name.clone()).unwrap_or_default();
    let lines = routes.iter().map(|(i, route)| {
        let tie = &net.ties[*i];
        html! { <TieView tie={tie.clone()} route={route.clone()} a={name(&tie.person)} b={tie.other.as_deref().map(name)} /> }
    });

    html! {
        // Never narrower than half a CSS px per unit: a token (TOKEN_D = 92 units) stays a 46 px
        // touch target; on a narrower screen the figure scrolls sideways in its box.
        <svg ref={svg_ref.clone()} class="circle" viewBox={format!("{} {} {} {}", n(-half), n(-half), n(2.0 * half), n(2.0 * half))}
            style={format!("min-width: {}px", half.ceil())}
            role="group" aria-label={env.t("circle-figure")}
            onpointermove={on_pointer_move} onpointerup={on_pointer_up} onpointercancel={on_cancel}>
            <Backdrop bands={layout.bands} radius={layout.radius} {half} alias={case.family_alias.clone()} />
            // Lines first: every token is drawn over them, so a line never hides anyone.
            if !routes.is_empty() {
                <g class="ties" role="list" aria-label={env.t("eco-lines-label")}>{ for lines }</g>
            }
            { for tokens }
        </svg>
    }
}
