//! Applying case actions in tests: one `ok` and one `refused` for every rules test, so a refusal
//! is checked the same way everywhere (the case and its serialised form both unchanged).
// Each test crate includes this and uses a part of it.
#![allow(dead_code)]

use samenplan::core::{apply, Case, CaseAction, CaseError};

/// Applies an action the test expects to succeed.
pub fn ok(case: &mut Case, action: CaseAction) {
    let shown = format!("{action:?}");
    apply(case, action).unwrap_or_else(|e| panic!("{shown} was refused: {e}"));
}

/// Applies an action the test expects to be refused with `want`, and checks nothing changed.
pub fn refused(case: &Case, action: CaseAction, want: CaseError) {
    let shown = format!("{action:?}");
    let before_json = serde_json::to_string(case).unwrap();
    let mut after = case.clone();
    assert_eq!(apply(&mut after, action), Err(want), "{shown}");
    assert_eq!(&after, case, "{shown} changed the case although it was refused");
    assert_eq!(serde_json::to_string(&after).unwrap(), before_json, "{shown} changed the serialised case");
}
