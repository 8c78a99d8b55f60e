//! The orders table: one row per order with its expiry (and how soon), auto-renewal and
//! tag (a link to the orders with that tag). On phones the rows become cards (each cell
//! carries its column's name in `data-label`).
//!
//! The table is made anew for each page of orders that arrives, so its rows are plain
//! views rather than a keyed `<For>` (which would only add bookkeeping), and it follows
//! the language as a whole: one subscription to the language for the table instead of
//! several per row, which keeps 100 rows cheap to build (docs/BENCHMARKS.md, "Render").

use crate::{
    components::labels,
    i18n::intl::{date, relative},
    logic::{
        dates::{parse_rfc3339, Urgency},
        query::OrdersQuery,
        tag::shown_tag,
    },
    models::{OrderPage, OrderSummary},
};
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// The column names in the current language, read once per table.
struct Columns {
    order: &'static str,
    product: &'static str,
    cycle: &'static str,
    expires: &'static str,
    auto_renewal: &'static str,
    tag: &'static str,
}

impl Columns {
    fn current() -> Columns {
        Columns {
            order: tr!(common.order),
            product: tr!(common.product),
            cycle: tr!(common.cycle),
            expires: tr!(common.expires),
            auto_renewal: tr!(common.auto_renewal),
            tag: tr!(common.tag),
        }
    }
}

/// A page of orders as a table; `query` is the list's query (for the tag links).
#[component]
pub fn OrdersTable(page: OrderPage, query: OrdersQuery) -> impl IntoView {
    let first = query.offset + 1;
    let last = query.offset + page.orders.len() as u32;
    let orders = Arc::new(page.orders);
    let now = js_sys::Date::now() as i64;
    // Reading the language here (through `tr!`) makes the whole table follow it.
    move || {
        let columns = Columns::current();
        let rows = orders.iter().map(|order| row(order, &columns, &query, now)).collect_view();
        view! {
            <p class="muted range" data-test="orders-range">{trf!(orders.showing, first = first, last = last)}</p>
            <table class="table orders-table">
                <thead>
                    <tr>
                        <th scope="col">{columns.order}</th>
                        <th scope="col">{columns.product}</th>
                        <th scope="col">{columns.cycle}</th>
                        <th scope="col">{columns.expires}</th>
                        <th scope="col">{columns.auto_renewal}</th>
                        <th scope="col">{columns.tag}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    }
}

fn row(order: &OrderSummary, columns: &Columns, query: &OrdersQuery, now: i64) -> impl IntoView {
    let id = order.order_id;
    let expires = order.expires_at.as_deref().and_then(parse_rfc3339);
    let urgency = Urgency::of(expires, now);
    let expiry = match expires {
        Some(ms) => view! {
            <span>{date(ms)}</span>
            " "
            <span class=format!("rel {}", urgency.as_str())>{relative(ms, now)}</span>
        }
        .into_any(),
        // A date the app cannot read is shown as the server wrote it.
        None if order.expires_at.is_some() => view! { <span>{order.expires_at.clone()}</span> }.into_any(),
        None => view! { <span class="muted">{tr!(common.never)}</span> }.into_any(),
    };
    let auto_renewal = labels::auto_renewal(order.auto_renewal).unwrap_or("—");
    let tag = shown_tag(order.tag.as_deref()).map(|t| {
        let href = query.clone().with_tag(Some(t)).to_string();
        view! { <a href=href aria-label=trf!(orders.tagged_label, tag = t)>{t.to_string()}</a> }
    });
    view! {
        <tr data-test="order-row" class=format!("urgency-{}", urgency.as_str())>
            <td data-label=columns.order><A href=format!("/orders/{id}")>{format!("#{id}")}</A></td>
            <td data-label=columns.product>{order.product_name.to_string()}</td>
            <td data-label=columns.cycle>{order.cycle_name.clone()}</td>
            <td data-label=columns.expires>{expiry}</td>
            <td data-label=columns.auto_renewal>{auto_renewal}</td>
            <td data-label=columns.tag class="tag">{tag}</td>
        </tr>
    }
}
