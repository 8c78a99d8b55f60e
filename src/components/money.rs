//! Money shown to people, in their language's format.

use crate::i18n::intl;
use leptos::prelude::*;

/// Renders cents as US dollars in the current language, e.g. `$1,234.56` or `1 234,56 $`.
#[component]
pub fn Money(#[prop(into)] cents: Signal<i64>) -> impl IntoView {
    view! { <span class="money">{move || intl::money(cents.get())}</span> }
}
