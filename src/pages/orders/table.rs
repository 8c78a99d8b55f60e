//! The orders table: one row per order with a checkbox for the bulk actions (shift-click
//! selects a range, the header selects the page: `logic::selection`), its expiry (and how
//! soon), auto-renewal and tag (a link to the orders with that tag). On phones the rows
//! become cards (each cell carries its column's name in `data-label`).
//!
//! The table is made anew for each page of orders that arrives and follows the language as
//! a whole. Its rows are one HTML string (`rows.rs`), which keeps 100 rows close to what
//! plain JavaScript takes (docs/BENCHMARKS.md, "Render"); so the rows' checkboxes share one
//! click listener on `<tbody>`, and one effect puts the selection into them. The order
//! links are plain `<a>`: the router follows them, and `state::base_path` keeps them
//! under a sub-path.

use super::rows::{rows, Columns};
use crate::{
    logic::{
        query::OrdersQuery,
        selection::{HeaderState, Selection},
    },
    models::OrderSummary,
};
use leptos::{ev::MouseEvent, html::Tbody, prelude::*};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

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
    let body = NodeRef::<Tbody>::new();
    show_selection(body, selection, keys.clone());
    // A click on a row's checkbox (mouse or keyboard); shift-click selects the range of
    // rows from the last clicked one.
    let on_click = {
        let keys = keys.clone();
        move |ev: MouseEvent| {
            let index = ev
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .and_then(|input| input.get_attribute("data-index"))
                .and_then(|i| i.parse::<usize>().ok());
            if let Some(index) = index {
                selection.update(|s| s.click(&keys, index, ev.shift_key()));
            }
        }
    };
    // Reading the language here (through `tr!`) makes the whole table follow it; the rows'
    // own hundreds of reads of it (dates, labels) need not subscribe again.
    move || {
        let columns = Columns::current();
        let html = untrack(|| rows(&orders, &columns, &query, now));
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
                <tbody node_ref=body inner_html=html on:click=on_click.clone()></tbody>
            </table>
        }
    }
}

/// Ticks each row's checkbox whose order is selected, whenever the selection or the rows
/// (a new `<tbody>`) change. New rows come unticked, so a table with nothing selected (the
/// usual case, and every new page) is not touched at all.
fn show_selection(body: NodeRef<Tbody>, selection: RwSignal<Selection>, keys: Arc<[String]>) {
    Effect::new(move |_| {
        let ticked: Vec<bool> = selection.with(|s| keys.iter().map(|k| s.contains(k)).collect());
        let Some(body) = body.get() else {
            return;
        };
        if !ticked.contains(&true) && body.query_selector("input:checked").ok().flatten().is_none() {
            return;
        }
        let Ok(boxes) = body.query_selector_all("input[data-index]") else {
            return;
        };
        for (node, ticked) in (0..boxes.length()).filter_map(|i| boxes.item(i)).zip(ticked) {
            if let Ok(input) = node.dyn_into::<HtmlInputElement>() {
                input.set_checked(ticked);
            }
        }
    });
}
