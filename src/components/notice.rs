//! Inline messages: errors (what happened and what to do) and loading placeholders.

use crate::api::ApiError;
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
