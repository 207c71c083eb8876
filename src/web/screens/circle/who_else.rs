//! The "who else?" walk that widens the circle one question at a time.

use super::{place_text, sector_of, sector_options, select, Act};
use crate::core::network::{NetworkAction, Ring, Sector, PROMPTS};
use crate::i18n::Arg;
use crate::web::browser::{focus_id, new_id};
use crate::web::state::use_env;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub(super) struct WhoElseProps {
    /// Everyone in the circle: (id, name, sector). A changed line or place elsewhere leaves it
    /// equal, so the walk is not rendered again.
    pub(super) people: Vec<(String, String, Sector)>,
    pub(super) act: Act,
}

/// Widening the circle: one question at a time, from family outward, then "who else could think
/// along?", where someone can be suggested by a person already in the circle.
#[component]
pub(super) fn WhoElse(props: &WhoElseProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let step = use_state(|| 0usize);
    let name = use_state(String::new);
    let relation = use_state(String::new);
    let by = use_state(String::new);
    let sector_pick = use_state(|| Sector::Family);
    let total = PROMPTS.len() + 1;
    let suggesting = *step >= PROMPTS.len();
    let sector = PROMPTS.get(*step).map_or(*sector_pick, |p| p.sector);
    let prompt =
        PROMPTS.get(*step).map_or_else(|| t("circle-prompt-suggest"), |p| t(&format!("circle-prompt-{}", p.key)));

    let onsubmit = {
        let (name, relation, by, act, env) =
            (name.clone(), relation.clone(), by.clone(), props.act.clone(), env.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let said = place_text(&env, "circle-added", name.trim(), Ring::Close, sector);
            let suggested_by = (suggesting && !by.is_empty()).then(|| (*by).clone());
            act.emit((
                NetworkAction::Add {
                    id: new_id("np"),
                    name: (*name).clone(),
                    relation: (*relation).clone(),
                    ring: Ring::Close,
                    sector,
                    suggested_by,
                },
                Some(said),
            ));
            if !name.trim().is_empty() {
                name.set(String::new());
                relation.set(String::new());
            }
            focus_id("quick-name");
        })
    };
    let go = |d: isize| {
        let step = step.clone();
        Callback::from(move |_| step.set((*step as isize + d).clamp(0, total as isize - 1) as usize))
    };
    let here: Vec<&str> = props.people.iter().filter(|p| p.2 == sector).map(|p| p.1.as_str()).collect();
    let mut people = vec![(String::new(), "—".to_string())];
    people.extend(props.people.iter().map(|p| (p.0.clone(), p.1.clone())));
    let text = |h: &UseStateHandle<String>| {
        let h = h.clone();
        Callback::from(move |e: InputEvent| h.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };

    html! {
        <section class="card who-else" aria-labelledby="who-else-heading">
            <h4 id="who-else-heading">{ t("circle-who-else") }</h4>
            <p class="row-meta">{ env.i18n.t_args("circle-step", &[("n", Arg::from(*step + 1)), ("total", Arg::from(total))]) }</p>
            <p class="prompt" aria-live="polite">{ prompt }</p>
            if !here.is_empty() { <p class="hint">{ env.i18n.t_args("circle-in-sector", &[("names", Arg::from(here.join(", ")))]) }</p> }
            <form class="add-form" {onsubmit} novalidate=true>
                <label for="quick-name">{ t("circle-add-name") }</label>
                <input autocomplete="off" id="quick-name" type="text" maxlength="80" value={(*name).clone()} oninput={text(&name)} />
                <label for="quick-relation">{ t("circle-relation") }</label>
                <input autocomplete="off" id="quick-relation" type="text" maxlength="80" value={(*relation).clone()} oninput={text(&relation)} />
                if suggesting {
                    { select("quick-sector".into(), t("circle-sector"), sector.key(), sector_options(&env),
                        { let s = sector_pick.clone(); Callback::from(move |v: String| s.set(sector_of(&v))) }) }
                    { select("quick-by".into(), t("circle-suggested-by"), &by, people,
                        { let b = by.clone(); Callback::from(move |v: String| b.set(v)) }) }
                }
                <p class="hint">{ t("circle-add-hint") }</p>
                <button type="submit" class="primary">{ t("circle-add") }</button>
            </form>
            <div class="card-nav">
                <button type="button" class="secondary" disabled={*step == 0} onclick={go(-1)}>{ t("circle-back") }</button>
                <button type="button" class="secondary" disabled={suggesting} onclick={go(1)}>{ t("circle-next") }</button>
            </div>
        </section>
    }
}
