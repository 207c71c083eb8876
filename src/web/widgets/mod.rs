//! Small reusable components.

pub mod backup;
pub mod circle_svg;
pub mod header;
pub mod import;
pub mod marker;
pub mod org;
// QR codes for co-filling from a family member's phone. No screen uses them yet (the co-fill
// screens come next): remove the allows then. (`expect` on a module does not see its dead code.)
#[allow(dead_code)]
pub mod qr_code;
#[allow(dead_code)]
pub mod qr_scanner;
pub mod triangle_svg;

use crate::core::CaseError;
use crate::i18n::{Arg, I18n};

/// A refused change, in the interface language.
pub fn error_text(t: &I18n, e: &CaseError) -> String {
    match e {
        CaseError::EmptyName => t.t("error-empty-name"),
        CaseError::TooLong { max } => t.t_args("error-too-long", &[("max", Arg::from(*max))]),
        CaseError::TooMany(_) => t.t("error-too-many"),
        CaseError::InUse => t.t("error-in-use"),
        CaseError::BirthAndDue => t.t("error-birth-and-due"),
        CaseError::NotFound(_) | CaseError::DuplicateId(_) | CaseError::WrongNoteKind(_) | CaseError::Network(_) => {
            t.t("error-internal")
        }
    }
}
