//! podman's `run --timeout SECONDS`: the container is killed (SIGKILL, so it ends with 137)
//! once it has run that long. A watcher that polls (the monitor, a logged foreground run)
//! gets it as one more timed hook; a foreground run that only waits gets a timer thread.

use std::time::{Duration, Instant};

use crate::monitor::Hooks;

/// `inner`'s ticks, and the kill at `at`.
pub struct Deadline<'a> {
    pub inner: &'a mut dyn Hooks,
    pub pid: i32,
    pub at: Option<Instant>,
}

impl Hooks for Deadline<'_> {
    fn next_tick(&self) -> Option<Instant> {
        match (self.inner.next_tick(), self.at) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn tick(&mut self) {
        let now = Instant::now();
        if self.at.is_some_and(|a| now >= a) {
            self.at = None;
            let _ = crate::sys::signal::send(self.pid, libc::SIGKILL);
        }
        if self.inner.next_tick().is_some_and(|t| now >= t) {
            self.inner.tick();
        }
    }
}

/// When a container started now must end.
pub fn deadline(timeout: Option<u64>) -> Option<Instant> {
    timeout.map(|s| Instant::now() + Duration::from_secs(s))
}

/// For a watcher that only waits: a thread that kills `pid` after `secs`, unless by then
/// it is another process (its start time changed) or gone.
pub fn timer_thread(pid: i32, secs: u64) {
    let started = crate::sys::process::process_start_time(pid);
    std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(secs));
        if crate::sys::process::process_start_time(pid) == started {
            let _ = crate::sys::signal::send(pid, libc::SIGKILL);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Count(u32, Option<Instant>);
    impl Hooks for Count {
        fn next_tick(&self) -> Option<Instant> {
            self.1
        }
        fn tick(&mut self) {
            self.0 += 1;
            self.1 = None;
        }
    }

    #[test]
    fn issue16_the_deadline_is_one_more_tick() {
        let soon = Instant::now() + Duration::from_secs(60);
        let mut inner = Count(0, Some(soon));
        let d = Deadline {
            inner: &mut inner,
            pid: 0,
            at: None,
        };
        assert_eq!(d.next_tick(), Some(soon), "no timeout: the inner hook's");
        let past = Instant::now() - Duration::from_secs(1);
        let mut d = Deadline {
            inner: &mut inner,
            // a pid that cannot exist: the kill fails harmlessly
            pid: i32::MAX,
            at: Some(past),
        };
        assert_eq!(d.next_tick(), Some(past));
        d.tick();
        assert_eq!(d.at, None, "fired once");
        assert_eq!(d.next_tick(), Some(soon));
        assert_eq!(inner.0, 0, "the inner hook was not due");
    }
}
