//! The charts' reading and drawing, in the orders page's chunk (`pages::lazy::parts`),
//! mounted by the section's frame once it is near the screen: every order of the session
//! and its details are asked for, counted as they arrive, and drawn once all are in.

use super::{drawn::drawn, loading, orders::Orders};
use crate::{
    api::{
        orders_cache::{self, Gathered},
        ApiError,
    },
    components::{loaded::Source, Loaded},
    models::{OrderDetail, OrderStatus},
};
use leptos::prelude::*;
use std::sync::Arc;

/// Where reading the orders is.
#[derive(Clone, Debug, PartialEq)]
enum Reading {
    /// `done` of `total` details are in (`total` is `None` while the list loads).
    Busy { done: usize, total: Option<usize> },
    /// Everything is in.
    Done(Orders),
    /// The list failed.
    Failed(ApiError),
}

/// Reactive: the orders of every status and their details, as far as they are read.
fn reading() -> Reading {
    let (orders, truncated) = match orders_cache::gathered(OrderStatus::All) {
        Some(Gathered::Ready { orders, truncated }) => (orders, truncated),
        Some(Gathered::Failed(e)) => return Reading::Failed(e),
        _ => return Reading::Busy { done: 0, total: None },
    };
    orders_cache::with_details(|map| {
        // Counted first: the details are copied once, when the last one is in, not at every
        // arrival (a thousand orders would copy half a million details on the way).
        let done = orders.iter().filter(|o| map.contains_key(&o.order_id)).count();
        if done < orders.len() {
            return Reading::Busy { done, total: Some(orders.len()) };
        }
        let (mut details, mut failed) = (Vec::with_capacity(orders.len()), Vec::new());
        for o in orders.iter() {
            match map.get(&o.order_id) {
                Some(Ok(d)) => details.push(OrderDetail::clone(d)),
                _ => failed.push(o.order_id),
            }
        }
        let truncated = truncated.then_some(orders.len());
        Reading::Done(Orders { details: Arc::new(details), failed, truncated })
    })
}

/// The charts of every order, read from now on; `balance` is the wallet in cents, `None`
/// while unknown.
#[component]
pub fn ChartsBody(balance: Signal<Option<i64>>) -> impl IntoView {
    let now = js_sys::Date::now() as i64;
    let state = Memo::new(move |_| reading());
    let wants = orders_cache::ViewWants::of_this_view();
    Effect::new(move |_| {
        orders_cache::ensure(OrderStatus::All);
        if let Some(Gathered::Ready { orders, .. }) = orders_cache::gathered(OrderStatus::All) {
            wants.ask(orders.iter().map(|o| o.order_id));
        }
    });
    let shown = Source::new(
        move || match state.get() {
            Reading::Busy { .. } => None,
            Reading::Done(orders) => Some(Ok(orders)),
            Reading::Failed(e) => Some(Err(e)),
        },
        || orders_cache::retry(OrderStatus::All),
    );
    let status = Signal::derive(move || match state.get() {
        Reading::Busy { done, total: Some(total) } => trf!(charts.reading, done = done, total = total),
        _ => tr!(charts.reading_list).to_string(),
    });
    view! {
        <Loaded load=shown fallback=move || loading(status, false) let:orders>
            {drawn(orders, balance, now)}
        </Loaded>
    }
}
