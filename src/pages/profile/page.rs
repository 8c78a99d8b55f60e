//! Profile: e-mail, wallet, active orders, what is coming up (orders on hold or expiring
//! soon, and whether the wallet covers the next 30 days of auto-renewals), the charts of
//! spending per month and of what falls due per week, stock per product and country, the
//! catalogue.

use super::{
    charts::ProfileCharts,
    expiring::{self, LookAhead},
    steps::NextTask,
};
use crate::{
    api::account::Account,
    components::{Loaded, Money},
    i18n::intl,
    models::{Product, StockCode, StockEntry},
};
use leptos::prelude::*;
use leptos_router::components::A;

/// The signed-in home page.
#[component]
pub fn ProfilePage() -> impl IntoView {
    let account = Account::load();
    let Account { me, products, stock } = account;
    let balance = account.balance();

    view! {
        <h1 tabindex="-1">{tx!(profile.title)}</h1>
        <section class="cards" aria-label=tx!(profile.summary)>
            <Loaded load=me fallback=CardsLoading let:p>
                <div class="card stat">
                    <span class="stat-label">{tx!(profile.email)}</span>
                    <span class="stat-value" data-test="email">{p.email}</span>
                </div>
                <div class="card stat">
                    <span class="stat-label">{tx!(profile.balance)}</span>
                    <span class="stat-value" data-test="balance"><Money cents=p.wallet_balance /></span>
                </div>
                <A href="/orders?status=active" {..} class="card stat stat-link">
                    <span class="stat-label">{tx!(profile.active_orders)}</span>
                    <span class="stat-value" data-test="active-orders">{p.active_orders}</span>
                </A>
            </Loaded>
        </section>

        <LookAhead balance />

        <NextTask>
            <ProfileCharts balance placed=Signal::derive(expiring::laid_out) />
        </NextTask>

        <NextTask>
            <section class="below-fold" aria-labelledby="stock-heading">
                <h2 id="stock-heading">{tx!(profile.stock)}</h2>
                <Loaded load=stock lines=4 let:entries>
                    <StockTable entries />
                </Loaded>
            </section>

            <section class="below-fold" aria-labelledby="catalogue-heading">
                <h2 id="catalogue-heading">{tx!(profile.products)}</h2>
                <Loaded load=products lines=4 let:list>
                    <ProductList list />
                </Loaded>
            </section>
        </NextTask>
    }
}

/// The three cards while the account loads: the same cards with shimmering blanks, so
/// that nothing below moves when the figures arrive (on a phone the cards stack).
#[component]
fn CardsLoading() -> impl IntoView {
    let card = || {
        view! {
            <div class="card stat" aria-hidden="true">
                <span class="stat-label skeleton-line stat-blank">"\u{a0}"</span>
                <span class="stat-value skeleton-line stat-blank">"\u{a0}"</span>
            </div>
        }
    };
    view! {
        <span class="visually-hidden" role="status">{tx!(common.loading)}</span>
        {card()}
        {card()}
        {card()}
    }
}

/// The catalogue: one card per product with its cycles and a link to buy it.
#[component]
fn ProductList(list: Vec<Product>) -> impl IntoView {
    if list.is_empty() {
        return view! {
            <p class="card empty">{tx!(profile.no_products)}</p>
        }
        .into_any();
    }
    view! {
        <ul class="catalogue">
            {list.into_iter().map(|p| {
                let href = format!("/buy?product={}", crate::logic::query::encode_component(p.name.as_str()));
                view! {
                    <li class="card product">
                        <h3>{p.name.to_string()}</h3>
                        <p class="muted">{p.description.unwrap_or_default()}</p>
                        <p class="cycles">{tx!(profile.billing)} {p.cycles.join(", ")}</p>
                        <A href={href} {..} class="btn btn-secondary">{tx!(common.buy)}</A>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Stock as a table: one row per product code and country.
#[component]
fn StockTable(entries: Vec<StockEntry>) -> impl IntoView {
    if entries.is_empty() {
        return view! {
            <p class="card empty">{tx!(profile.no_stock)}</p>
        }
        .into_any();
    }
    view! {
        <table class="table stock-table">
            <thead><tr><th scope="col">{tx!(common.product)}</th><th scope="col">{tx!(common.country)}</th><th scope="col" class="num">{tx!(profile.available)}</th></tr></thead>
            <tbody>
                {entries.into_iter().map(|e| view! {
                    <tr class:out=e.amount <= 0>
                        <td data-label=tx!(common.product)>{move || product_label(&e.product)}</td>
                        <td data-label=tx!(common.country)>{e.country}</td>
                        <td class="num" data-label=tx!(profile.available)>
                            {move || if e.amount <= 0 { tr!(profile.sold_out).to_string() } else { intl::number(e.amount) }}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// A readable name for a stock product code.
pub fn product_label(code: &str) -> String {
    match StockCode::parse(code) {
        Some(StockCode::Dc) => tr!(profile.dc).to_string(),
        Some(StockCode::Isp) => tr!(profile.isp).to_string(),
        Some(StockCode::Mobile) => tr!(profile.mobile).to_string(),
        None => code.to_string(),
    }
}
