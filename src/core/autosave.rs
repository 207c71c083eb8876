//! When the open case is written to storage: the rules, without a clock or a browser. The shell
//! (`web::saver`) tells it about changes, its wake-ups, the page being hidden and the end of each
//! write, and does what it answers.
//!
//! - A change is written once typing pauses for [`PAUSE_MS`], but never later than
//!   [`MAX_WAIT_MS`] after the first change not yet written, however long the typing goes on: at
//!   most that last moment of work is lost when the device dies.
//! - One write at a time. A change during a write waits for it; of several waiting changes only the
//!   newest is written (each write holds the whole case, so it carries the ones before it).
//! - [`Autosave::flush`] (the page hidden or going away, a lock, closing the case) writes what is
//!   waiting at once, or right after the running write, before anything that changes later.

use std::collections::VecDeque;

/// How long typing must pause before a change is written.
pub const PAUSE_MS: f64 = 300.0;
/// The longest a change waits to be written, counted from the first change not yet written. Below
/// a second, so that with the time a write takes the promise "at most the last second" holds.
pub const MAX_WAIT_MS: f64 = 750.0;

/// What the shell does next.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<T> {
    /// Nothing to write: no wake-up is needed.
    Idle,
    /// Call [`Autosave::wake`] at this moment (the caller's clock, ms); replaces an earlier one.
    WakeAt(f64),
    /// Write this now, then call [`Autosave::written`].
    Write(T),
    /// A write is running: its [`Autosave::written`] says what comes next.
    Busy,
}

/// Where the latest change is, for the "saving" / "saved" in the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything handed over has been written.
    Stored,
    /// Something waits or is being written.
    Saving,
    /// The last write failed and nothing newer has been written since.
    Failed,
}

#[derive(Debug, Clone, PartialEq)]
struct Waiting<T> {
    item: T,
    first_ms: f64,
    last_ms: f64,
}

/// The autosave's state. `T` is what a write needs (the app: a revision and the case as it was).
#[derive(Debug, Clone, PartialEq)]
pub struct Autosave<T> {
    /// The newest change not yet written, waiting for a pause or the maximum wait.
    waiting: Option<Waiting<T>>,
    /// Flushed changes, written in this order before anything newer.
    queue: VecDeque<T>,
    writing: bool,
    failed: bool,
}

impl<T> Default for Autosave<T> {
    fn default() -> Self {
        Autosave { waiting: None, queue: VecDeque::new(), writing: false, failed: false }
    }
}

impl<T> Autosave<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// A change was made at `now`: `item` replaces whatever change was still waiting.
    pub fn changed(&mut self, item: T, now: f64) -> Step<T> {
        let first_ms = self.waiting.as_ref().map_or(now, |w| w.first_ms);
        self.waiting = Some(Waiting { item, first_ms, last_ms: now });
        self.next(now)
    }

    /// The moment asked for with [`Step::WakeAt`] has come (an early or late call is harmless).
    pub fn wake(&mut self, now: f64) -> Step<T> {
        self.next(now)
    }

    /// Writes what is waiting at once, or right after the running write.
    pub fn flush(&mut self, now: f64) -> Step<T> {
        if let Some(w) = self.waiting.take() {
            self.queue.push_back(w.item);
        }
        self.next(now)
    }

    /// The running write ended (`ok`: it is stored).
    pub fn written(&mut self, ok: bool, now: f64) -> Step<T> {
        self.writing = false;
        self.failed = !ok;
        self.next(now)
    }

    /// Drops everything waiting (the device is being wiped); a running write still reports.
    pub fn discard(&mut self) {
        self.waiting = None;
        self.queue.clear();
    }

    /// Nothing waits and nothing is being written.
    pub fn is_settled(&self) -> bool {
        !self.writing && self.waiting.is_none() && self.queue.is_empty()
    }

    pub fn status(&self) -> Status {
        if !self.is_settled() {
            Status::Saving
        } else if self.failed {
            Status::Failed
        } else {
            Status::Stored
        }
    }

    /// When the waiting change is due: after the pause, but never after the maximum wait.
    fn due(w: &Waiting<T>) -> f64 {
        (w.last_ms + PAUSE_MS).min(w.first_ms + MAX_WAIT_MS)
    }

    fn next(&mut self, now: f64) -> Step<T> {
        if self.writing {
            return Step::Busy;
        }
        let item = match self.queue.pop_front() {
            Some(item) => item,
            None => match &self.waiting {
                None => return Step::Idle,
                Some(w) if now < Self::due(w) => return Step::WakeAt(Self::due(w)),
                Some(_) => match self.waiting.take() {
                    Some(w) => w.item,
                    None => return Step::Idle,
                },
            },
        };
        self.writing = true;
        Step::Write(item)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Types a key every `every` ms from `from` to `until` (inclusive), runs wake-ups as asked and
    /// finishes each write after `write_ms`; returns (write start, item) for every write.
    fn simulate(from: f64, until: f64, every: f64, write_ms: f64) -> Vec<(f64, u64)> {
        let mut a = Autosave::new();
        let mut writes = Vec::new();
        let mut wake: Option<f64> = None;
        let mut write_ends: Option<f64> = None;
        let mut key = 0u64;
        let mut t = from;
        let mut next_key = from;
        let mut apply = |step: Step<u64>, t: f64, wake: &mut Option<f64>, write_ends: &mut Option<f64>| match step {
            Step::Idle => *wake = None,
            Step::WakeAt(at) => *wake = Some(at),
            Step::Write(k) => {
                writes.push((t, k));
                *wake = None;
                *write_ends = Some(t + write_ms);
            }
            Step::Busy => {}
        };
        while t <= until + 5000.0 {
            if write_ends.is_some_and(|e| e <= t) {
                write_ends = None;
                let s = a.written(true, t);
                apply(s, t, &mut wake, &mut write_ends);
            }
            if wake.is_some_and(|w| w <= t) {
                wake = None;
                let s = a.wake(t);
                apply(s, t, &mut wake, &mut write_ends);
            }
            if next_key <= until && next_key <= t {
                key += 1;
                next_key += every;
                let s = a.changed(key, t);
                apply(s, t, &mut wake, &mut write_ends);
            }
            t += 1.0;
        }
        assert!(a.is_settled(), "everything is written in the end");
        writes
    }

    #[test]
    fn a_change_is_written_after_a_pause() {
        let mut a = Autosave::new();
        assert_eq!(a.changed(1, 0.0), Step::WakeAt(300.0));
        assert_eq!(a.status(), Status::Saving);
        // Another key before the pause is over: the wait starts again from it.
        assert_eq!(a.changed(2, 200.0), Step::WakeAt(500.0));
        assert_eq!(a.wake(300.0), Step::WakeAt(500.0), "an old wake-up does not write early");
        assert_eq!(a.wake(500.0), Step::Write(2), "only the newest is written");
        assert_eq!(a.written(true, 520.0), Step::Idle);
        assert_eq!(a.status(), Status::Stored);
    }

    #[test]
    fn typing_without_a_pause_is_written_within_the_maximum_wait() {
        // A key every 120 ms for 24 seconds, as a nurse typing a dictated story.
        let writes = simulate(0.0, 24_000.0, 120.0, 30.0);
        assert!(writes.len() >= 20, "written about once a second: {} writes", writes.len());
        assert!(writes[0].0 <= MAX_WAIT_MS, "the first write waits at most the maximum: {}", writes[0].0);
        // Every key is in a write that started at most the maximum wait after it was typed, plus one
        // write's time (a change that came during a write waits for it).
        let mut covered = 0u64;
        for (start, newest) in &writes {
            assert!(*newest > covered, "each write is newer than the one before");
            let oldest_new_key_ms = covered as f64 * 120.0;
            assert!(start - oldest_new_key_ms <= MAX_WAIT_MS + 30.0, "key {} waited until {start}", covered + 1);
            covered = *newest;
        }
        let keys = (24_000.0_f64 / 120.0).floor() as u64 + 1;
        assert_eq!(writes.last().map(|w| w.1), Some(keys), "the last key is written once typing stops");
    }

    #[test]
    fn a_change_during_a_write_waits_for_it_and_the_newest_wins() {
        let mut a = Autosave::new();
        a.changed(1, 0.0);
        assert_eq!(a.wake(300.0), Step::Write(1));
        // Changes while 1 is being written: no second write starts.
        assert_eq!(a.changed(2, 310.0), Step::Busy);
        assert_eq!(a.changed(3, 320.0), Step::Busy);
        assert_eq!(a.flush(330.0), Step::Busy, "even a flush waits for the running write");
        assert_eq!(a.status(), Status::Saving);
        // It ends: the newest goes at once (it was flushed); 2 is never written on its own.
        assert_eq!(a.written(true, 340.0), Step::Write(3));
        assert_eq!(a.written(true, 360.0), Step::Idle);
        assert!(a.is_settled());
    }

    #[test]
    fn a_change_that_waited_for_a_write_keeps_its_own_deadline() {
        let mut a = Autosave::new();
        a.changed(1, 0.0);
        assert_eq!(a.wake(300.0), Step::Write(1));
        assert_eq!(a.changed(2, 310.0), Step::Busy);
        // A slow write: the next change is due at its pause (610), not later.
        assert_eq!(a.written(true, 400.0), Step::WakeAt(610.0));
        assert_eq!(a.changed(3, 600.0), Step::WakeAt(900.0));
        assert_eq!(a.changed(4, 850.0), Step::WakeAt(310.0 + MAX_WAIT_MS), "never later than the maximum after 2 came");
        assert_eq!(a.wake(310.0 + MAX_WAIT_MS), Step::Write(4));
    }

    #[test]
    fn flush_writes_at_once_and_changes_after_it_come_later() {
        let mut a = Autosave::new();
        assert_eq!(a.flush(0.0), Step::Idle, "nothing to write");
        a.changed("a1", 0.0);
        assert_eq!(a.flush(10.0), Step::Write("a1"), "hidden page: no waiting for the pause");
        // The case is closed and another opened while a1 is written: b1 waits its turn.
        assert_eq!(a.changed("b1", 20.0), Step::Busy);
        assert_eq!(a.written(true, 30.0), Step::WakeAt(320.0));
        assert_eq!(a.wake(320.0), Step::Write("b1"));
        assert_eq!(a.written(true, 330.0), Step::Idle);
    }

    #[test]
    fn flushed_changes_of_a_closed_case_are_all_written_in_order() {
        let mut a = Autosave::new();
        a.changed("a1", 0.0);
        assert_eq!(a.wake(300.0), Step::Write("a1"));
        a.changed("a2", 310.0);
        // Closing case a while a1 is written: a2 is queued, and b's changes cannot push it out.
        assert_eq!(a.flush(320.0), Step::Busy);
        a.changed("b1", 330.0);
        a.changed("b2", 340.0);
        assert_eq!(a.written(true, 350.0), Step::Write("a2"));
        assert_eq!(a.written(true, 360.0), Step::WakeAt(640.0));
        assert_eq!(a.wake(640.0), Step::Write("b2"));
    }

    #[test]
    fn a_failed_write_is_said_until_a_newer_one_is_stored() {
        let mut a = Autosave::new();
        a.changed(1, 0.0);
        assert_eq!(a.wake(300.0), Step::Write(1));
        assert_eq!(a.written(false, 310.0), Step::Idle, "no retry loop on a full device");
        assert_eq!(a.status(), Status::Failed);
        assert_eq!(a.changed(2, 400.0), Step::WakeAt(700.0));
        assert_eq!(a.status(), Status::Saving);
        assert_eq!(a.wake(700.0), Step::Write(2));
        assert_eq!(a.written(true, 710.0), Step::Idle);
        assert_eq!(a.status(), Status::Stored);
    }

    #[test]
    fn discard_drops_what_waits() {
        let mut a = Autosave::new();
        a.changed(1, 0.0);
        a.flush(1.0);
        a.changed(2, 2.0);
        a.discard();
        assert_eq!(a.written(true, 3.0), Step::Idle);
        assert!(a.is_settled());
    }
}
