//! The server asked the app to slow down: a 429's wait, made visible. Every wait after a
//! 429 (`client::get`'s retries, the orders cache's paused queue) goes through [`wait`], so
//! a view that reads many orders (the CSV export, the profile's charts) can say "the server
//! asked us to slow down, continuing in N s" instead of looking stuck.

use leptos::prelude::*;
use std::{cell::Cell, time::Duration};

thread_local! {
    // Reference-counted, so no reactive owner can dispose it (see `state::session`).
    static WAITING_SECS: ArcRwSignal<Option<u32>> = ArcRwSignal::new(None);
    static WAITERS: Cell<u32> = const { Cell::new(0) };
}

/// Waits `secs` seconds because the server answered 429; while any such wait lasts,
/// [`waiting`] gives the latest one's length.
pub async fn wait(secs: u32) {
    WAITERS.with(|n| n.set(n.get() + 1));
    WAITING_SECS.with(|s| s.set(Some(secs)));
    gloo_timers::future::sleep(Duration::from_secs(u64::from(secs))).await;
    let left = WAITERS.with(|n| {
        n.set(n.get().saturating_sub(1));
        n.get()
    });
    if left == 0 {
        WAITING_SECS.with(|s| s.set(None));
    }
}

/// Reactive: the seconds of the current wait after a 429, `None` when nothing waits.
pub fn waiting() -> Option<u32> {
    WAITING_SECS.with(|s| s.get())
}
