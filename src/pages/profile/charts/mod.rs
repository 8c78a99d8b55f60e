//! The profile's charts: money spent per month over the last twelve months ([`spend`]) and
//! what falls due per week over the next 90 days against the wallet ([`due`]).
//!
//! Both read every order of the session (`api::orders_cache`, status `all`) and its
//! details (price, add-ons, creation date), fetched in the background four at a time while
//! the profile is on screen (`orders_cache::ViewWants`), from when the section comes within a
//! screen of the viewport (`web::near_screen`); the charts show how many are read so far
//! until all are in. The arithmetic is `logic::charts`; the drawing is
//! `components::chart`, put together in [`drawn`] (in the orders page's chunk).

pub(crate) mod drawn;
mod due;
pub(crate) mod orders;
mod spend;

use crate::{
    api::{
        orders_cache::{self, Gathered},
        ApiError,
    },
    components::{chart::ChartLoading, loaded::Source, Loaded, SlowedDown},
    models::{OrderDetail, OrderStatus},
    web::near_screen::when_near_screen,
};
use leptos::prelude::*;
use orders::Orders;
use send_wrapper::SendWrapper;
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

/// The charts' section; `balance` is the wallet in cents, `None` while unknown; `placed`
/// turns true once the sections above have the height they keep.
#[component]
pub fn ProfileCharts(#[prop(into)] balance: Signal<Option<i64>>, #[prop(into)] placed: Signal<bool>) -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    // Reading every order is one request per order: it waits until the section is within a
    // screen of the viewport, so that a customer who does not scroll to the charts does not
    // pay for them, and the first screen's reads and drawing do not share the line and the
    // main thread with them. Where the section is, is known once the sections above are
    // placed (the look ahead grows from a placeholder to a row per order).
    let near = RwSignal::new(false);
    Effect::new(move |_| {
        if let (true, Some(element)) = (placed.get(), section.get()) {
            let watch = SendWrapper::new(when_near_screen(&element, move || {
                let _ = near.try_set(true);
            }));
            on_cleanup(move || drop(watch));
        }
    });
    let now = js_sys::Date::now() as i64;
    let state = Memo::new(move |_| reading());
    let wants = orders_cache::ViewWants::of_this_view();
    Effect::new(move |_| {
        if !near.get() {
            return;
        }
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
    let waiting = Signal::derive(move || !near.get());
    let status = Signal::derive(move || match state.get() {
        Reading::Busy { .. } if waiting.get() => tr!(charts.waiting).to_string(),
        Reading::Busy { done, total: Some(total) } => trf!(charts.reading, done = done, total = total),
        // All read, the drawing's code still on its way (`pages::lazy::parts::drawn_charts`).
        Reading::Done(orders) => {
            let read = orders.details.len() + orders.failed.len();
            trf!(charts.reading, done = read, total = read)
        }
        _ => tr!(charts.reading_list).to_string(),
    });
    let loading = move || {
        view! {
            <div class="chart-pair">
                <ChartLoading id="spend-chart" title=Signal::derive(|| tr!(charts.spend_title).to_string()) status waiting />
                <ChartLoading id="due-chart" title=Signal::derive(|| tr!(charts.due_title).to_string()) status waiting />
            </div>
            <SlowedDown test="charts-slowed" />
        }
    };
    view! {
        <section class="charts" aria-labelledby="charts-heading" data-test="profile-charts" node_ref=section>
            <h2 id="charts-heading">{tx!(charts.section)}</h2>
            <Loaded load=shown fallback=loading let:orders>
                {crate::pages::lazy::parts::drawn_charts(orders, balance, now, move || loading().into_any())}
            </Loaded>
        </section>
    }
}
