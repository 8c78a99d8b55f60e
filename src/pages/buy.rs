//! Buying (placeholder until written).

use leptos::prelude::*;

/// `/buy`.
#[component]
pub fn BuyPage() -> impl IntoView {
    view! { <h1 tabindex="-1">"Buy proxies"</h1> }
}
