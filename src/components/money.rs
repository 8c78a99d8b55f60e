//! Money shown to people.

use crate::logic::money::format_cents;
use leptos::prelude::*;

/// Renders cents as dollars, e.g. `$1,234.56`.
#[component]
pub fn Money(#[prop(into)] cents: Signal<i64>) -> impl IntoView {
    view! { <span class="money">{move || format_cents(cents.get())}</span> }
}
