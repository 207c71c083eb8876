//! Whether the app is open for work: the places where something can leave it (downloads, the
//! share sheet, messages to a host page) ask here first. While it is locked nothing leaves, not
//! even the end of a job begun before the lock (a PDF being made, a question to the host page).

use std::cell::Cell;

thread_local! {
    static OPEN: Cell<bool> = const { Cell::new(false) };
}

/// Set by the app: open once unlocked (or working without storage, or a guest's phone), shut
/// the moment it locks.
pub fn set_open(open: bool) {
    OPEN.with(|o| o.set(open));
}

pub fn is_open() -> bool {
    OPEN.with(Cell::get)
}
