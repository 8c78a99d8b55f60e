//! One order (placeholder until written).

use leptos::prelude::*;

/// `/orders/:id`.
#[component]
pub fn OrderPage() -> impl IntoView {
    view! { <h1 tabindex="-1">"Order"</h1> }
}
