//! The parents' money overview (the new-parents way of working): what comes in, the fixed costs,
//! what a baby adds, and what is left, with the organisation's local money help when the month
//! comes out short or tight. It stays in the case, on this device.

use crate::core::case::Case;
use crate::core::money::{Group, Item, MAX_AMOUNT};
use crate::core::CaseAction;
use crate::i18n::Arg;
use crate::web::state::use_env;
use crate::web::widgets::org::MoneyHelp;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MoneyProps {
    pub case: Rc<Case>,
    pub on_action: Callback<CaseAction>,
}

#[component]
pub fn MoneyScreen(props: &MoneyProps) -> Html {
    let env = use_env();
    let t = |k: &str| env.t(k);
    let money = &props.case.money;
    let totals = money.totals();
    let field = |item: Item| {
        let id = format!("money-{}", item.key());
        let onchange = {
            let act = props.on_action.clone();
            Callback::from(move |e: Event| {
                let input = e.target_unchecked_into::<HtmlInputElement>();
                let text = input.value();
                let text = text.trim();
                // An emptied field removes the line; what is not a whole number is left as typed
                // for the browser to mark, and not stored.
                let amount = if text.is_empty() { Some(None) } else { text.parse::<u32>().ok().map(Some) };
                if let Some(amount) = amount {
                    act.emit(CaseAction::SetMoney { item, amount });
                }
            })
        };
        html! {
            <div class="money-line">
                <label for={id.clone()}>{ t(&format!("money-item-{}", item.key())) }</label>
                <span class="money-input">
                    <span aria-hidden="true">{ "€" }</span>
                    <input autocomplete="off" id={id} type="number" inputmode="numeric" min="0" max={MAX_AMOUNT.to_string()} step="1"
                        value={money.amount(item).map(|a| a.to_string()).unwrap_or_default()} {onchange} />
                </span>
            </div>
        }
    };
    let groups = Group::ALL.iter().map(|&g| {
        html! {
            <fieldset class="money-group">
                <legend>{ t(&format!("money-group-{}", g.key())) }</legend>
                { for g.items().map(field) }
                <p class="money-total">{ env.i18n.t_args("money-group-total", &[("amount", Arg::from(totals.of(g)))]) }</p>
            </fieldset>
        }
    });
    let said = match money.outlook().said() {
        None => t("money-empty"),
        Some((outlook, amount)) => env.i18n.t_args(&format!("money-{outlook}"), &[("amount", Arg::from(amount))]),
    };
    html! {
        <section class="card money" aria-labelledby="money-heading">
            <h3 id="money-heading">{ t("money-heading") }</h3>
            <p class="hint">{ t("money-hint") }</p>
            <p class="hint">{ t("money-private") }</p>
            <div class="money-groups">{ for groups }</div>
            <div class="money-outcome" role="status">
                <p class="money-left"><strong>{ t("money-left-label") }{ ":" }</strong>{ " " }
                    { env.i18n.t_args("money-amount", &[("amount", Arg::Num(totals.left()))]) }</p>
                <p>{ said }</p>
            </div>
            if money.offers_help() { <MoneyHelp /> }
        </section>
    }
}
