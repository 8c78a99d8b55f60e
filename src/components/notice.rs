//! Inline messages: errors (what happened and what to do), loading placeholders, and the
//! server's request to slow down while a view reads many things.

use crate::api::{pace, ApiError};
use leptos::prelude::*;

/// An error box for a failed load or action, with an optional retry button.
#[component]
pub fn ErrorNotice(
    /// The error to explain.
    error: ApiError,
    /// Called by the "Try again" button; no button when absent.
    #[prop(optional, into)]
    retry: Option<Callback<()>>,
) -> impl IntoView {
    view! {
        <div class="notice notice-error" role="alert">
            <p class="notice-text">{move || error.message()}</p>
            {retry.map(|retry| view! {
                <button type="button" class="btn btn-secondary" on:click=move |_| retry.run(())>
                    {tx!(common.try_again)}
                </button>
            })}
        </div>
    }
}

/// A grey block of a known height, shown while content loads.
#[component]
pub fn Skeleton(#[prop(default = 3)] lines: usize) -> impl IntoView {
    view! {
        <div class="skeleton" aria-busy="true" aria-label=tx!(common.loading)>
            {(0..lines).map(|_| view! { <div class="skeleton-line"></div> }).collect_view()}
        </div>
    }
}

/// Says that the server asked the app to slow down (a 429's wait, `api::pace`) while the
/// wait lasts; nothing otherwise. For views that read many orders at once (the CSV export,
/// a bulk confirmation, the profile's charts), so a pause never looks like a hang.
#[component]
pub fn SlowedDown(
    /// Its `data-test`.
    test: &'static str,
) -> impl IntoView {
    move || {
        pace::waiting().map(|secs| {
            view! { <p class="notice notice-warn" role="status" data-test=test>{trf!(common.slowed, secs = secs)}</p> }
        })
    }
}
