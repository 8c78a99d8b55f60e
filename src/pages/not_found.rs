//! The page for unknown paths: says so and offers a way back.

use leptos::prelude::*;

/// Shown for any path the router does not know.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <main class="page" id="main">
            <h1 tabindex="-1">"Page not found"</h1>
            <p>"There is nothing at this address. It may be a mistyped or outdated link."</p>
            <p><a class="btn btn-primary" href="/">"Go to your account"</a></p>
        </main>
    }
}
