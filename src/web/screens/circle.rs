//! The circle step (being built).

use crate::core::case::Case;
use crate::core::CaseAction;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CircleProps {
    pub case: Rc<Case>,
    pub on_action: Callback<CaseAction>,
}

#[component]
pub fn CircleScreen(props: &CircleProps) -> Html {
    let _ = (&props.case, &props.on_action);
    html! { <div class="circle-screen"></div> }
}
