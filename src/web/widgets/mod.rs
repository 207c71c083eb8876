//! Small reusable components.

pub mod backup;
pub mod circle_svg;
pub mod figure_svg;
pub mod header;
pub mod import;
pub mod marker;
pub mod org;
// QR codes for co-filling from a family member's phone (screens/apart.rs, screens/guest.rs).
pub mod qr_code;
pub mod qr_scanner;
pub mod travel_charts;
pub mod triangle_svg;

use crate::core::limits::List;
use crate::core::network::NetworkError;
use crate::core::CaseError;
use crate::i18n::{Arg, I18n};

/// A technical detail (in English, from a rule the app checks) for whoever set up the app, folded
/// away below a message that says in plain words what happened.
pub fn tech_detail(t: &I18n, detail: &str) -> yew::Html {
    yew::html! {
        <details class="tech-detail">
            <summary>{ t.t("tech-detail") }</summary>
            <p lang="en" dir="ltr">{ detail }</p>
        </details>
    }
}

/// A list of the case, as the messages about its limit name it (`list-*` keys).
pub fn list_name(t: &I18n, list: List) -> String {
    t.t(&format!("list-{}", list.key()))
}

/// "No more of these fit", naming the list and its limit.
fn too_many_text(t: &I18n, list: List) -> String {
    t.t_args("error-too-many", &[("what", Arg::from(list_name(t, list))), ("max", Arg::from(list.max()))])
}

/// Why a ticket or answers were refused, in the interface's language.
pub fn cofill_error_text(t: &I18n, e: &crate::core::cofill::CoFillError) -> String {
    use crate::core::cofill::CoFillError::*;
    t.t(match e {
        Full(list) => return too_many_text(t, *list),
        NotOurs => "cofill-error-not-ours",
        TooLarge => "cofill-error-too-large",
        Damaged => "cofill-error-damaged",
        Expired => "cofill-error-expired",
        AlreadyUsed => "cofill-error-already-used",
        OtherCase => "cofill-error-other-case",
        UnknownInstrument => "cofill-error-unknown-instrument",
        OtherSet => "cofill-error-other-set",
    })
}

/// A refused change, in the interface language: every kind of `CaseError` in plain words.
pub fn error_text(t: &I18n, e: &CaseError) -> String {
    use crate::core::team::TeamError;
    match e {
        CaseError::EmptyName => t.t("error-empty-name"),
        CaseError::TooLong { max } | CaseError::Network(NetworkError::TooLong { max }) => {
            t.t_args("error-too-long", &[("max", Arg::from(*max))])
        }
        CaseError::TooMany(list) => too_many_text(t, *list),
        CaseError::BornInFuture => t.t("error-born-in-future"),
        CaseError::CarriesAgreements { name } => {
            t.t_args("circle-error-carries", &[("name", Arg::from(name.as_str()))])
        }
        CaseError::InUse => t.t("error-in-use"),
        CaseError::Money(_) => t.t_args("money-error-too-large", &[("max", Arg::from(crate::core::money::MAX_AMOUNT))]),
        CaseError::BirthAndDue => t.t("error-birth-and-due"),
        CaseError::CoFill(e) => cofill_error_text(t, e),
        CaseError::NoConsent(topic) => t.t(&format!("error-no-consent-{}", topic.key())),
        CaseError::Team(TeamError::TooLong) => {
            t.t_args("error-too-long", &[("max", Arg::from(crate::core::action::MAX_NOTE))])
        }
        CaseError::Network(e) => t.t(match e {
            NetworkError::EmptyName => "circle-error-name",
            NetworkError::TooMany => "circle-error-full",
            NetworkError::TooManyTies => "circle-error-ties-full",
            NetworkError::MediatorIsInformal => "circle-error-mediator",
            NetworkError::OnlyProfessionalsInform => "circle-error-informs",
            NetworkError::SelfTie => "eco-tie-pick",
            NetworkError::NoTie => "eco-flow-needs-line",
            // A screen out of date with the case (an id it no longer has, one made twice):
            // trying again works once the screen shows the case as it is.
            _ => "error-internal",
        }),
        // The same for the rest: an action made from a stale screen.
        _ => t.t("error-internal"),
    }
}
