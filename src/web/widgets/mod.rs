//! Small reusable components.

pub mod backup;
pub mod circle_svg;
pub mod header;
pub mod import;
pub mod marker;
pub mod org;
// QR codes for co-filling from a family member's phone (screens/apart.rs, screens/guest.rs).
pub mod qr_code;
pub mod qr_scanner;
pub mod triangle_svg;

use crate::core::CaseError;
use crate::i18n::{Arg, I18n};

/// A refused change, in the interface language.
/// Why a ticket or answers were refused, in the interface's language.
pub fn cofill_error_text(t: &I18n, e: &crate::core::cofill::CoFillError) -> String {
    use crate::core::cofill::CoFillError::*;
    t.t(match e {
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

pub fn error_text(t: &I18n, e: &CaseError) -> String {
    match e {
        CaseError::EmptyName => t.t("error-empty-name"),
        CaseError::TooLong { max } => t.t_args("error-too-long", &[("max", Arg::from(*max))]),
        CaseError::TooMany(_) => t.t("error-too-many"),
        CaseError::InUse => t.t("error-in-use"),
        CaseError::BirthAndDue => t.t("error-birth-and-due"),
        CaseError::CoFill(e) => cofill_error_text(t, e),
        CaseError::NotFound(_) | CaseError::DuplicateId(_) | CaseError::WrongNoteKind(_) | CaseError::Network(_) => {
            t.t("error-internal")
        }
    }
}
