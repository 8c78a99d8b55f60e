//! The auto-renewal switch of a Datacenter or ISP order. It always shows what the server
//! holds: a click asks the server, and the switch moves when the refetched order says so.

use crate::{
    api::{self, models::OrderDetail},
    components::use_toasts,
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
    let toasts = use_toasts();
    let on = Memo::new(move |_| order.with(|o| o.auto_renewal.unwrap_or(false)));
    let set = Action::new_local(move |flag: &bool| {
        let flag = *flag;
        async move { api::orders::set_auto_renewal(id, flag).await }
    });
    Effect::watch(
        move || set.value().get(),
        move |result, _, _| match result {
            Some(Ok(ack)) => {
                let fallback = "Auto-renewal updated".to_string();
                toasts.success(ack.message.clone().unwrap_or(fallback));
                on_changed.run(());
            }
            Some(Err(e)) => toasts.error(format!("Auto-renewal was not changed: {e}")),
            None => {}
        },
        false,
    );
    let on_click = move |ev: MouseEvent| {
        // The browser would flip the box at once; it flips when the server's answer is in.
        ev.prevent_default();
        if !set.pending().get_untracked() {
            set.value().set(None);
            set.dispatch(!on.get_untracked());
        }
    };

    view! {
        <div class="setting switch-row">
            <label class="switch">
                <input type="checkbox" role="switch" data-test="auto-renewal-switch"
                    prop:checked=move || on.get()
                    disabled=move || set.pending().get()
                    aria-describedby="auto-renewal-hint"
                    on:click=on_click />
                <span class="switch-label">"Renew automatically from the wallet"</span>
            </label>
            <p id="auto-renewal-hint" class="muted hint" aria-live="polite">
                {move || if set.pending().get() {
                    "Saving…"
                } else if on.get() {
                    "On: the order renews itself when it expires, if the wallet holds enough."
                } else {
                    "Off: the order goes on hold when it expires until you renew it."
                }}
            </p>
            {move || set.value().get().and_then(Result::err).map(|e| view! {
                <p class="field-error" role="alert" data-test="auto-renewal-error">
                    {format!("Auto-renewal was not changed: {e}")}
                </p>
            })}
        </div>
    }
}
