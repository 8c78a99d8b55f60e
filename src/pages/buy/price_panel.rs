//! The price panel: original price, discount and what is paid, as the server calculated
//! them; the server's refusal as text; and a loading state while the price is on its way.

use crate::{api::ApiError, components::Money, models::Quote};
use leptos::prelude::*;

/// Shows a calculated price.
///
/// `quote` is `None` while there is nothing to price (the form has problems), `Some(Ok)`
/// for a price and `Some(Err(error))` for a refusal such as an expired promo code (said in
/// the current language, and again in a newly picked one). While
/// `loading`, an older price stays visible but dimmed, with a note that it is updating.
#[component]
pub fn PricePanel(
    /// The latest price or refusal.
    #[prop(into)]
    quote: Signal<Option<Result<Quote, ApiError>>>,
    /// True while the price for the current input is being calculated.
    #[prop(into)]
    loading: Signal<bool>,
) -> impl IntoView {
    view! {
        <section class="price-panel card" class:is-loading=loading aria-labelledby="price-heading"
            aria-busy=move || loading.get().to_string() aria-live="polite" data-test="price-panel">
            <h2 id="price-heading">{tx!(buy.price)}</h2>
            <Show when=move || loading.get()>
                <p class="price-loading muted" data-test="price-loading">{tx!(buy.calculating)}</p>
            </Show>
            {move || match quote.get() {
                None if loading.get() => ().into_any(),
                None => view! {
                    <p class="muted" data-test="price-empty">{tr!(buy.fill_in)}</p>
                }.into_any(),
                Some(Err(error)) => view! {
                    <p class="price-error" role="alert" data-test="price-error">{move || error.message()}</p>
                }.into_any(),
                Some(Ok(q)) => view! { <PriceLines quote=q /> }.into_any(),
            }}
        </section>
    }
}

/// The lines of a price; missing fields (the API marks none required) show as a dash.
#[component]
fn PriceLines(quote: Quote) -> impl IntoView {
    let money = |cents: Option<i64>| match cents {
        Some(c) => view! { <Money cents=c /> }.into_any(),
        None => view! { <span class="muted">"—"</span> }.into_any(),
    };
    let discount = move || match quote.discount_percent {
        Some(p) if p > 0 => format!("{p}%"),
        _ => tr!(buy.no_discount).to_string(),
    };
    let addons = quote.addons_price.filter(|a| *a > 0);
    view! {
        <dl class="price-lines">
            <dt>{tx!(buy.price)}</dt>
            <dd data-test="price-original">{money(quote.original_price)}</dd>
            <dt>{tx!(buy.discount)}</dt>
            <dd data-test="price-discount">{discount}</dd>
            {addons.map(|a| view! {
                <dt>{tx!(buy.addons)}</dt>
                <dd data-test="price-addons"><Money cents=a /></dd>
            })}
            <dt class="price-final-label">{tx!(buy.to_pay)}</dt>
            <dd class="price-final" data-test="price-final">{money(quote.payable())}</dd>
        </dl>
    }
}
