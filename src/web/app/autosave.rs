//! The root's autosave: one saver for the life of the app, fed every accepted change.

use super::super::saver::{SaveEvent, Saver};
use super::super::state::{CaseMsg, CaseState};
use super::super::widgets::header::SaveStatus;
use std::rc::Rc;
use yew::prelude::*;

/// The header's save status and the saver. While `storing` (an unlocked device), every accepted
/// change goes to the saver, which writes after a pause in typing and never later than a moment
/// after the first unwritten change (`core::autosave`); without storage the status says so.
#[hook]
pub(super) fn use_autosave(
    case: UseReducerHandle<CaseState>,
    storing: bool,
) -> (UseStateHandle<SaveStatus>, Rc<Saver>) {
    // `_eq`: setting the same status again (memory-only, on every change) must not render again.
    let save = use_state_eq(|| SaveStatus::Idle);
    // One saver for the life of the app: its state handles stay valid across renders.
    let saver = {
        let (save, dispatch) = (save.clone(), case.dispatcher());
        use_memo((), move |_| {
            Saver::new(Callback::from(move |e: SaveEvent| match e {
                SaveEvent::Writing => save.set(SaveStatus::Saving),
                SaveEvent::Stored { rev, settled } => {
                    // "Saved" only when nothing waits: the header says "saving" until then.
                    if settled {
                        save.set(SaveStatus::Saved);
                    }
                    dispatch.dispatch(CaseMsg::Saved(rev));
                }
                SaveEvent::Failed(e) => save.set(SaveStatus::Failed(e)),
            }))
        })
    };
    {
        let (save, saver) = (save.clone(), saver.clone());
        use_effect_with(case.revision, move |_| {
            if let (true, Some(current)) = (case.dirty, case.case.clone()) {
                // The case list is brought up to date when the case is closed, not on every tap:
                // setting it here rendered the whole app a second time per change. No status is
                // set while storing either (a second render of the whole app in the tap's frame):
                // the header reads "saving" from the case being dirty.
                if storing {
                    saver.changed(case.revision, current);
                } else {
                    save.set(SaveStatus::MemoryOnly);
                }
            }
        });
    }
    (save, saver)
}
