//! Profile: e-mail, wallet, active orders, what is coming up (orders on hold or expiring
//! soon, and whether the wallet covers the next 30 days of auto-renewals), stock per
//! product and country, the catalogue.

use crate::{
    api::{self, client::Cancel, models::StockEntry},
    components::{expiring::LookAhead, ErrorNotice, Money, Skeleton},
};
use leptos::prelude::*;

/// The signed-in home page.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let me = LocalResource::new(|| {
        let cancel = Cancel::on_cleanup();
        async move { api::profile::me(cancel).await }
    });
    let products = LocalResource::new(|| {
        let cancel = Cancel::on_cleanup();
        async move { api::profile::products(cancel).await }
    });
    let stock = LocalResource::new(|| {
        let cancel = Cancel::on_cleanup();
        async move { api::profile::stock(cancel).await }
    });

    let balance = Signal::derive(move || me.get().and_then(Result::ok).map(|p| p.wallet_balance));

    view! {
        <h1 tabindex="-1">"Account"</h1>
        <section class="cards" aria-label="Account summary">
            {move || match me.get() {
                None => view! { <Skeleton lines=3 /> }.into_any(),
                Some(Err(e)) => view! { <ErrorNotice error=e retry=move |_| me.refetch() /> }.into_any(),
                Some(Ok(p)) => view! {
                    <div class="card stat">
                        <span class="stat-label">"E-mail"</span>
                        <span class="stat-value" data-test="email">{p.email}</span>
                    </div>
                    <div class="card stat">
                        <span class="stat-label">"Wallet balance"</span>
                        <span class="stat-value" data-test="balance"><Money cents=p.wallet_balance /></span>
                    </div>
                    <a class="card stat stat-link" href="/orders?status=active">
                        <span class="stat-label">"Active orders"</span>
                        <span class="stat-value" data-test="active-orders">{p.active_orders}</span>
                    </a>
                }.into_any(),
            }}
        </section>

        <LookAhead balance />

        <section aria-labelledby="stock-heading">
            <h2 id="stock-heading">"Stock available"</h2>
            {move || match stock.get() {
                None => view! { <Skeleton lines=4 /> }.into_any(),
                Some(Err(e)) => view! { <ErrorNotice error=e retry=move |_| stock.refetch() /> }.into_any(),
                Some(Ok(entries)) => view! { <StockTable entries /> }.into_any(),
            }}
        </section>

        <section aria-labelledby="catalogue-heading">
            <h2 id="catalogue-heading">"Products"</h2>
            {move || match products.get() {
                None => view! { <Skeleton lines=4 /> }.into_any(),
                Some(Err(e)) => view! { <ErrorNotice error=e retry=move |_| products.refetch() /> }.into_any(),
                Some(Ok(list)) if list.is_empty() => view! {
                    <p class="card empty">"No products are on sale right now. Check again later, or ask ProxyShard support."</p>
                }.into_any(),
                Some(Ok(list)) => view! {
                    <ul class="catalogue">
                        {list.into_iter().map(|p| {
                            let href = format!("/buy?product={}", js_sys::encode_uri_component(&p.name));
                            view! {
                                <li class="card product">
                                    <h3>{p.name.clone()}</h3>
                                    <p class="muted">{p.description.unwrap_or_default()}</p>
                                    <p class="cycles">"Billing: " {p.cycles.join(", ")}</p>
                                    <a class="btn btn-secondary" href=href>"Buy"</a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>
    }
}

/// Stock as a table: one row per product code and country.
#[component]
fn StockTable(entries: Vec<StockEntry>) -> impl IntoView {
    if entries.is_empty() {
        return view! {
            <p class="card empty">"No stock information right now. Try again in a minute by reloading the page."</p>
        }
        .into_any();
    }
    view! {
        <table class="table stock-table">
            <thead><tr><th scope="col">"Product"</th><th scope="col">"Country"</th><th scope="col" class="num">"Available"</th></tr></thead>
            <tbody>
                {entries.into_iter().map(|e| view! {
                    <tr class:out=e.amount <= 0>
                        <td data-label="Product">{product_label(&e.product)}</td>
                        <td data-label="Country">{e.country}</td>
                        <td class="num" data-label="Available">{if e.amount <= 0 { "Sold out".to_string() } else { e.amount.to_string() }}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// A readable name for a stock product code.
pub fn product_label(code: &str) -> String {
    match code {
        "dc" => "Datacenter".to_string(),
        "isp" => "ISP".to_string(),
        "mobile" => "Mobile".to_string(),
        other => other.to_string(),
    }
}
