//! The page for unknown paths: says so and offers a way back.

use crate::state::base_path;
use leptos::prelude::*;

/// Shown for any path the router does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <main class="page" id="main">
            <h1 tabindex="-1">{tx!(not_found.title)}</h1>
            <p>{tx!(not_found.text)}</p>
            <p><a class="btn btn-primary" href=base_path::home()>{tx!(not_found.home)}</a></p>
        </main>
    }
}
