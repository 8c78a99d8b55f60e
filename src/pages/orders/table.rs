//! The orders table: one row per order with a checkbox for the bulk actions (shift-click
//! selects a range, the header selects the page: `logic::selection`), its expiry (and how
//! soon), auto-renewal and tag (a link to the orders with that tag). On phones the rows
//! become cards (each cell carries its column's name in `data-label`).
//!
//! The table is made anew for each page of orders that arrives, so its rows are plain
//! views rather than a keyed `<For>` (which would only add bookkeeping), and it follows
//! the language as a whole: one subscription to the language for the table instead of
//! several per row, which keeps 100 rows cheap to build (docs/BENCHMARKS.md, "Render").
//! For the same reason the order links are plain `<a>` (the router follows them, and
//! `state::base_path` keeps them under a sub-path): `<A>` would add a memo and two
//! reactive attributes per row for an `aria-current` no row of the list ever has.

use crate::{
    components::labels,
    i18n::intl::{date, relative},
    logic::{
        dates::{parse_rfc3339, Urgency},
        query::OrdersQuery,
        selection::{HeaderState, Selection},
        tag::shown_tag,
    },
    models::OrderSummary,
};
use leptos::prelude::*;
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

/// A page of orders as a table; `query` is the list's query (for the tag links), `selection`
/// the page's selected orders (by id).
#[component]
pub fn OrdersTable(
    orders: Arc<Vec<OrderSummary>>,
    query: OrdersQuery,
    selection: RwSignal<Selection>,
) -> impl IntoView {
    let first = query.offset + 1;
    let last = query.offset + orders.len() as u32;
    let keys: Arc<[String]> = orders.iter().map(|o| o.order_id.to_string()).collect();
    let now = js_sys::Date::now() as i64;
    let header = {
        let keys = keys.clone();
        Memo::new(move |_| selection.with(|s| s.header(&keys)))
    };
    // Reading the language here (through `tr!`) makes the whole table follow it.
    move || {
        let columns = Columns::current();
        let rows = orders
            .iter()
            .enumerate()
            .map(|(index, order)| row(order, index, &keys, selection, &columns, &query, now))
            .collect_view();
        let all = keys.clone();
        view! {
            <p class="muted range" data-test="orders-range">{trf!(orders.showing, first = first, last = last)}</p>
            <table class="table orders-table">
                <thead>
                    <tr>
                        <th scope="col" class="select-cell">
                            <input type="checkbox" data-test="order-select-all" aria-label=tr!(bulk.select_all)
                                prop:checked=move || header.get() == HeaderState::All
                                prop:indeterminate=move || header.get() == HeaderState::Some
                                on:change=move |_| selection.update(|s| s.toggle_all(&all)) />
                        </th>
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

fn row(
    order: &OrderSummary,
    index: usize,
    keys: &Arc<[String]>,
    selection: RwSignal<Selection>,
    columns: &Columns,
    query: &OrdersQuery,
    now: i64,
) -> impl IntoView {
    let id = order.order_id;
    let (key, visible) = (keys[index].clone(), keys.clone());
    // Shift-click selects the range of rows from the last clicked one.
    let on_select = move |ev: leptos::ev::MouseEvent| {
        let shift = ev.shift_key();
        selection.update(|s| s.click(&visible, index, shift));
    };
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
            <td class="select-cell">
                <input type="checkbox" data-test="order-select" aria-label=trf!(bulk.select_order, id = id)
                    prop:checked=move || selection.with(|s| s.contains(&key)) on:click=on_select />
            </td>
            <td data-label=columns.order data-test="order-id"><a href=format!("/orders/{id}")>{format!("#{id}")}</a></td>
            <td data-label=columns.product>{order.product_name.to_string()}</td>
            <td data-label=columns.cycle>{order.cycle_name.clone()}</td>
            <td data-label=columns.expires>{expiry}</td>
            <td data-label=columns.auto_renewal>{auto_renewal}</td>
            <td data-label=columns.tag class="tag">{tag}</td>
        </tr>
    }
}
