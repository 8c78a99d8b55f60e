//! The profile built in steps, one task each, right after the task that mounted it: a long
//! task blocks the customer's taps and scrolls, and what is below the first screen can
//! wait a few milliseconds. Each step is a `setTimeout(0)`: the browser may paint and
//! answer input between two of them.

use leptos::prelude::*;
use std::time::Duration;

/// Counts the task turns since the call, up to `steps`: 0 at once, then one more after each
/// turn, so that what is shown from step k on is built in a task of its own.
pub(super) fn steps_done(steps: usize) -> ReadSignal<usize> {
    let done = RwSignal::new(0);
    next_step(done, steps);
    done.read_only()
}

fn next_step(done: RwSignal<usize>, steps: usize) {
    if done.try_get_untracked().is_none_or(|d| d >= steps) {
        return;
    }
    set_timeout(
        move || {
            // The page may be gone by then (the customer moved on): nothing more to build.
            if done.try_update(|d| *d += 1).is_some() {
                next_step(done, steps);
            }
        },
        Duration::ZERO,
    );
}

/// Builds its children in a task of their own, right after the one that mounted the page:
/// the first screen (the figures and the look ahead) is built and painted without waiting
/// for the sections below it. The stock's and the catalogue's reads were sent as the page
/// mounted; the charts read the orders once they are within a screen of the viewport.
#[component]
pub(super) fn NextTask(children: ChildrenFn) -> impl IntoView {
    let done = steps_done(1);
    let due = move || done.get() >= 1;
    view! { <Show when=due>{children()}</Show> }
}
