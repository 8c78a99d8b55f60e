//! The slot counts with a bar: used of bought, and how many stay after the next renewal.

use super::{scheduled_downgrade, slots_of};
use crate::models::OrderDetail;
use leptos::prelude::*;

/// Used / bought / after renewal, and the scheduled downgrade when there is one.
#[component]
pub fn SlotsMeter(order: Signal<OrderDetail>) -> impl IntoView {
    let slots = Memo::new(move |_| order.with(slots_of));
    let next = Memo::new(move |_| order.with(|o| o.p0f_slots_next.unwrap_or(i64::from(slots_of(o).available))));
    let pending = Memo::new(move |_| order.with(scheduled_downgrade));
    view! {
        <p class="p0f-count">
            <strong data-test="p0f-slots">{move || format!("{} / {}", slots.get().used, slots.get().available)}</strong>
            " " {tx!(p0f.used_of)}
        </p>
        // A native meter: no inline style, which the content security policy forbids.
        <meter class="p0f-bar" data-test="p0f-bar" min="0"
            max=move || slots.get().available.max(1) value=move || slots.get().used.min(slots.get().available)
            aria-label=move || {
                let s = slots.get();
                trf!(p0f.bar_label, used = s.used, available = s.available)
            }></meter>
        <dl class="price-list p0f-counts">
            <dt>{tx!(p0f.used)}</dt><dd data-test="p0f-used">{move || slots.get().used}</dd>
            <dt>{tx!(p0f.bought)}</dt><dd data-test="p0f-available">{move || slots.get().available}</dd>
            <dt>{tx!(p0f.after_renewal)}</dt><dd data-test="p0f-next">{move || next.get()}</dd>
        </dl>
        {move || pending.get().map(|n| view! {
            <p class="notice notice-warn" data-test="p0f-pending">{trf!(p0f.pending, n = n)}</p>
        })}
    }
}
