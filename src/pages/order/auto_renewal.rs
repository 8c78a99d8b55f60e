//! The auto-renewal switch of a Datacenter or ISP order. It always shows what the server
//! holds: a click asks the server, and the switch moves when the refetched order says so.

use crate::{
    api,
    components::write::{use_write, Write},
    models::{Ack, OrderDetail},
};
use leptos::{ev::MouseEvent, prelude::*};

/// A switch (`role="switch"`) bound to the order's `auto_renewal`.
#[component]
pub fn AutoRenewalSwitch(
    /// The order's id.
    id: i64,
    /// The order as last loaded.
    order: Signal<OrderDetail>,
    /// Refetches the order after a change.
    on_changed: Callback<()>,
) -> impl IntoView {
    let on = Memo::new(move |_| order.with(|o| o.auto_renewal.unwrap_or(false)));
    let set: Write<bool, Ack> = use_write(
        move |flag: &bool| api::orders::set_auto_renewal(id, *flag),
        |_, ack| ack.message.clone().unwrap_or_else(|| tr!(order.auto_updated).into()),
        move || on_changed.run(()),
    );
    let on_click = move |ev: MouseEvent| {
        // The browser would flip the box at once; it flips when the server's answer is in.
        ev.prevent_default();
        set.run(!on.get_untracked());
    };

    view! {
        <div class="setting switch-row">
            <label class="switch">
                <input type="checkbox" role="switch" data-test="auto-renewal-switch"
                    prop:checked=move || on.get()
                    disabled=move || set.pending().get()
                    aria-describedby="auto-renewal-hint"
                    on:click=on_click />
                <span class="switch-label">{tx!(order.auto_label)}</span>
            </label>
            <p id="auto-renewal-hint" class="muted hint" aria-live="polite">
                {move || if set.pending().get() {
                    tr!(order.saving)
                } else if on.get() {
                    tr!(order.auto_on_hint)
                } else {
                    tr!(order.auto_off_hint)
                }}
            </p>
            {move || set.error().map(|e| view! {
                <p class="field-error" role="alert" data-test="auto-renewal-error">
                    {trf!(order.auto_failed, error = e)}
                </p>
            })}
        </div>
    }
}
