//! The page for unknown paths: says so and offers a way back.

use leptos::prelude::*;

/// Shown for any path the router does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <main class="page" id="main">
            <h1 tabindex="-1">{move || tr!(not_found.title)}</h1>
            <p>{move || tr!(not_found.text)}</p>
            <p><a class="btn btn-primary" href="/">{move || tr!(not_found.home)}</a></p>
        </main>
    }
}
