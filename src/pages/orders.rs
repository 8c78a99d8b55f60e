//! Orders table (placeholder until written).

use leptos::prelude::*;

/// `/orders`.
#[component]
pub fn OrdersPage() -> impl IntoView {
    view! { <h1 tabindex="-1">"Orders"</h1> }
}
