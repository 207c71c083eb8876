//! The organisation that runs this copy of the app (from its configuration, see `web::embed`):
//! its name and logo in the header, and its directory of local services.

use crate::core::config::Service;
use crate::i18n::Arg;
use crate::web::state::{use_env, Env};
use yew::prelude::*;

/// The organisation's logo and name, for the header; nothing when none is configured.
#[component]
pub fn OrgBadge() -> Html {
    let env = use_env();
    let Some(name) = env.org.name() else { return Html::default() };
    html! {
        <p class="org-badge">
            // The name beside it says who it is: the image itself is decoration.
            if let Some(src) = env.org.logo() {
                <img class="org-logo" src={src.to_string()} alt="" height="32" />
                { " " }
            }
            <span class="org-name">{ name }</span>
        </p>
    }
}

/// A phone number as a `tel:` link target: digits and a leading plus only.
fn tel_href(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .enumerate()
        .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
        .map(|(_, c)| c)
        .collect();
    format!("tel:{digits}")
}

/// Local services as a list: name, what they do, how to reach them, in the interface language.
fn service_list(env: &Env, services: &[Service]) -> Html {
    let lang = env.lang();
    let rows = services.iter().map(|s| {
        let name = s.name.get(lang);
        let what = s.what.get(lang);
        html! {
            <li class="row">
                <span class="row-main">{ name }</span>
                if !what.is_empty() { <span class="row-meta">{ what }</span> }
                if let Some(p) = &s.phone {
                    <a href={tel_href(p)}>{ env.i18n.t_args("org-services-phone", &[("phone", Arg::from(p.as_str()))]) }</a>
                }
                if let Some(w) = &s.web {
                    <a href={w.clone()} target="_blank" rel="noopener noreferrer">
                        { env.i18n.t_args("org-services-web", &[("name", Arg::from(name))]) }
                    </a>
                }
            </li>
        }
    });
    html! { <ul class="rows">{ for rows }</ul> }
}

/// The local services the organisation lists, in the interface language; nothing when none.
#[component]
pub fn OrgServices() -> Html {
    let env = use_env();
    let services = env.org.config.services();
    if services.is_empty() {
        return Html::default();
    }
    html! {
        <section class="card org-services" aria-labelledby="org-services-heading">
            <h3 id="org-services-heading">{ env.t("org-services-heading") }</h3>
            <p class="hint">{ env.t("org-services-help") }</p>
            { service_list(&env, services) }
        </section>
    }
}

/// The organisation's local help with money, for the money overview; without any configured, a
/// pointer to the professional.
#[component]
pub fn MoneyHelp() -> Html {
    let env = use_env();
    let help = env.org.config.money_help();
    html! {
        <section class="money-help" aria-labelledby="money-help-heading">
            <h4 id="money-help-heading">{ env.t("money-help-heading") }</h4>
            if help.is_empty() {
                <p>{ env.t("money-help-none") }</p>
            } else {
                <p class="hint">{ env.t("money-help-free") }</p>
                { service_list(&env, help) }
            }
        </section>
    }
}
