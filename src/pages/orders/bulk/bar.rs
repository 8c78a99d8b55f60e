//! The bar over a table with selected orders: how many, the actions, and the confirmation
//! of the one picked (one open at a time).

use super::{
    renew::RenewConfirm,
    settings::{AutoRenewalConfirm, TagConfirm},
    Bulk,
};
use crate::{api::orders_cache, logic::selection::Selection, models::OrderSummary};
use leptos::prelude::*;
use std::sync::Arc;

/// The confirmation open under the bar.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Open {
    Nothing,
    Renew,
    AutoRenewal(bool),
    Tag,
}

/// The bulk bar for the rows on screen (`orders`); nothing while none is selected.
#[component]
pub fn BulkBar(orders: Arc<Vec<OrderSummary>>, bulk: Bulk) -> impl IntoView {
    let open = RwSignal::new(Open::Nothing);
    let orders = StoredValue::new(orders);
    let count = Memo::new(move |_| bulk.selection.with(Selection::len));
    // The selected orders' ids in table order: the order the run goes in.
    let ids = Memo::new(move |_| {
        bulk.selection.with(|s| {
            orders.with_value(|o| {
                o.iter().map(|o| o.order_id).filter(|id| s.contains(&id.to_string())).collect::<Vec<_>>()
            })
        })
    });
    let running = bulk.run.running();
    let close = Callback::new(move |_| open.set(Open::Nothing));
    let pick = move |what: Open| {
        move |_| {
            if matches!(what, Open::Renew) {
                // Prices and statuses are in the details, read while the customer looks.
                orders_cache::want_details(ids.get_untracked());
            }
            open.set(what);
        }
    };
    let clear = move |_| {
        bulk.selection.update(Selection::clear);
        open.set(Open::Nothing);
    };
    let selected = move || {
        ids.with(|ids| {
            orders.with_value(|o| o.iter().filter(|o| ids.contains(&o.order_id)).cloned().collect::<Vec<_>>())
        })
    };
    view! {
        <Show when=move || { count.get() > 0 }>
            <div class="bulk-bar" role="region" aria-label=tx!(bulk.region) data-test="bulk-bar">
                <strong data-test="bulk-count" aria-live="polite">{move || trf!(bulk.selected, n = count.get())}</strong>
                <div class="button-row">
                    <button type="button" class="btn btn-secondary btn-small" data-test="bulk-renew"
                        disabled=running on:click=pick(Open::Renew)>{tx!(bulk.renew)}</button>
                    <button type="button" class="btn btn-secondary btn-small" data-test="bulk-auto-on"
                        disabled=running on:click=pick(Open::AutoRenewal(true))>{tx!(bulk.auto_on)}</button>
                    <button type="button" class="btn btn-secondary btn-small" data-test="bulk-auto-off"
                        disabled=running on:click=pick(Open::AutoRenewal(false))>{tx!(bulk.auto_off)}</button>
                    <button type="button" class="btn btn-secondary btn-small" data-test="bulk-tag"
                        disabled=running on:click=pick(Open::Tag)>{tx!(bulk.set_tag)}</button>
                    <button type="button" class="btn btn-ghost btn-small" data-test="bulk-clear"
                        on:click=clear>{tx!(bulk.clear)}</button>
                </div>
            </div>
            {move || match open.get() {
                Open::Nothing => ().into_any(),
                Open::Renew => view! { <RenewConfirm ids bulk close /> }.into_any(),
                Open::AutoRenewal(on) => view! { <AutoRenewalConfirm orders=selected() on bulk close /> }.into_any(),
                Open::Tag => view! { <TagConfirm ids bulk close /> }.into_any(),
            }}
        </Show>
    }
}
