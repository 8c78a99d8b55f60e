//! The profile's two charts drawn from the orders read, with what they leave out.

use super::{due, orders::Orders, spend};
use crate::components::labels;
use leptos::prelude::*;

/// The charts of `orders` (spend and what falls due against `balance`), and what they
/// leave out.
pub(crate) fn drawn(orders: Orders, balance: Signal<Option<i64>>, now: i64) -> impl IntoView {
    view! {
        {notes(&orders)}
        <div class="chart-pair">
            <spend::SpendChart orders=orders.clone() now />
            <due::DueChart orders balance now />
        </div>
    }
}

/// What the charts leave out: orders that could not be read, and a list cut short.
fn notes(orders: &Orders) -> impl IntoView {
    let failed = orders.failed.clone();
    let truncated = orders.truncated;
    move || {
        let failed = (!failed.is_empty()).then(|| {
            view! { <p class="hint" data-test="charts-left-out">{trf!(charts.left_out, ids = labels::order_ids(&failed))}</p> }
        });
        let truncated = truncated.map(|n| view! { <p class="hint">{trf!(charts.truncated, n = n)}</p> });
        (failed, truncated)
    }
}
