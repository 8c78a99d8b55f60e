//! The p0f panel of a Datacenter or ISP order: the OS-fingerprint slots it has (used,
//! bought, after the next renewal, with a bar), buying more of them (priced first, one POST
//! per confirmed click) and scheduling a downgrade at the next renewal, or cancelling it.
//!
//! The rules (what a valid quantity is) are `logic::p0f`; every write goes through
//! [`use_write`](crate::components::write::use_write).

mod apply;
mod buy;
mod downgrade;
mod slots;

use crate::{
    logic::{count::CountProblem, p0f::QtyProblem, p0f::Slots},
    models::{AddonKey, AddonLine, OrderDetail},
};
pub use apply::SignatureApply;
use buy::BuySlots;
use downgrade::Downgrade;
use leptos::prelude::*;
use slots::SlotsMeter;

/// The order's slots as `logic::p0f` counts them (none bought reads as zero).
pub(crate) fn slots_of(o: &OrderDetail) -> Slots {
    Slots::from_api(o.p0f_slots_available.unwrap_or(0), o.p0f_slots_used.unwrap_or(0))
}

/// The order's `p0f_slots` add-on line, if it has one.
pub(crate) fn p0f_line(o: &OrderDetail) -> Option<AddonLine> {
    o.addons.as_ref()?.iter().find(|a| a.addon_key == Some(AddonKey::P0fSlots)).cloned()
}

/// The slot count after the scheduled downgrade, when one is scheduled.
pub(crate) fn scheduled_downgrade(o: &OrderDetail) -> Option<i64> {
    let from_counts = match (o.p0f_slots_next, o.p0f_slots_available) {
        (Some(next), Some(now)) if next < now => Some(next),
        _ => None,
    };
    p0f_line(o).and_then(|l| l.downgrade_to()).or(from_counts)
}

/// A quantity problem in words.
pub(crate) fn qty_problem(p: QtyProblem) -> String {
    match p {
        QtyProblem::Text(CountProblem::Empty) => tr!(p0f.qty_empty).into(),
        QtyProblem::Text(CountProblem::Negative) => tr!(p0f.qty_negative).into(),
        QtyProblem::Text(CountProblem::NotWhole) => tr!(p0f.qty_whole).into(),
        QtyProblem::Text(CountProblem::NotANumber) => tr!(p0f.qty_nan).into(),
        QtyProblem::Text(CountProblem::TooLarge) => tr!(p0f.qty_large).into(),
        QtyProblem::BelowMin { min } => trf!(p0f.qty_min, min = min),
        QtyProblem::AboveMax { max } => trf!(p0f.qty_max, max = max),
    }
}

/// The p0f panel (Datacenter and ISP orders that are not cancelled).
#[component]
pub fn P0fPanel(
    /// The order's id.
    id: i64,
    /// The order as last loaded.
    order: Signal<OrderDetail>,
    /// Refetches the order (and its proxies) after a change.
    on_changed: Callback<()>,
    /// The text of the buy-slots field, shared with the proxies table ("buy the difference").
    slots_to_buy: RwSignal<String>,
) -> impl IntoView {
    view! {
        <section class="card p0f-panel" aria-labelledby="p0f-heading" data-test="p0f-panel">
            <h2 id="p0f-heading">{tx!(p0f.title)}</h2>
            <p class="muted">{tx!(p0f.explain)}</p>
            <SlotsMeter order />
            <BuySlots id order on_changed raw=slots_to_buy />
            <Downgrade id order on_changed />
        </section>
    }
}
