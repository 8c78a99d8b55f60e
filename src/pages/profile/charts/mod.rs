//! The profile's charts: money spent per month over the last twelve months ([`spend`]) and
//! what falls due per week over the next 90 days against the wallet ([`due`]).
//!
//! Both read every order of the session (`api::orders_cache`, status `all`) and its
//! details (price, add-ons, creation date), fetched in the background four at a time while
//! the profile is on screen (`orders_cache::ViewWants`), from when the section comes within a
//! screen of the viewport (`web::near_screen`); the charts show how many are read so far
//! until all are in. The arithmetic is `logic::charts`; the drawing is
//! `components::chart`, put together in [`drawn`].
//!
//! The section's frame ([`ProfileCharts`]) is built with the profile and watches for the
//! screen; the reading and the drawing ([`body`]) come from the orders page's chunk
//! (`pages::lazy::parts`) once the section is near it, so the profile's first paint does
//! not wait for their code.

pub(crate) mod body;
mod drawn;
mod due;
mod orders;
mod spend;

use crate::{
    components::{chart::ChartLoading, SlowedDown},
    pages::lazy::parts::charts_body,
    web::near_screen::when_near_screen,
};
use leptos::prelude::*;
use send_wrapper::SendWrapper;

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
    let waiting = move || loading(Signal::derive(|| tr!(charts.waiting).to_string()), true);
    // The body's code on its way: the list is what it reads first.
    let fetching = || loading(Signal::derive(|| tr!(charts.reading_list).to_string()), false).into_any();
    view! {
        <section class="charts" aria-labelledby="charts-heading" data-test="profile-charts" node_ref=section>
            <h2 id="charts-heading">{tx!(charts.section)}</h2>
            <Show when=move || near.get() fallback=waiting>
                {charts_body(balance, fetching)}
            </Show>
        </section>
    }
}

/// The two charts while their numbers are on their way: their titles and `status`;
/// `waiting` while nothing is read because the section waits to be scrolled to.
pub(crate) fn loading(status: Signal<String>, waiting: bool) -> impl IntoView {
    let waiting = Signal::stored(waiting);
    view! {
        <div class="chart-pair">
            <ChartLoading id="spend-chart" title=Signal::derive(|| tr!(charts.spend_title).to_string()) status waiting />
            <ChartLoading id="due-chart" title=Signal::derive(|| tr!(charts.due_title).to_string()) status waiting />
        </div>
        <SlowedDown test="charts-slowed" />
    }
}
