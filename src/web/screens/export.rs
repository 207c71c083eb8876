//! The export step (being built).

use crate::core::case::Case;
use crate::core::CaseAction;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportProps {
    pub case: Rc<Case>,
    pub on_action: Callback<CaseAction>,
}

#[component]
pub fn ExportScreen(props: &ExportProps) -> Html {
    let _ = (&props.case, &props.on_action);
    html! { <div class="export-screen"></div> }
}
