//! One order (`/orders/:id`): every detail field, the actions that apply to it (renew,
//! tag, billing cycle, auto-renewal) and, for Datacenter and ISP orders, its proxies.
//!
//! An id that is not a number never reaches the server; a 404 reads the same way.

use super::{AutoRenewalSwitch, CycleChanger, OrderDetails, P0fPanel, ProxiesSection, RenewPanel, StatusBadge};
use crate::{
    api::{self, load::load, ApiError},
    components::{LoadError, Skeleton},
    logic::url::parse_order_id,
    models::{OrderDetail, OrderStatus, ProxyProduct},
};
use leptos::prelude::*;
use leptos_router::{components::A, hooks::use_params_map};

/// `/orders/:id`.
#[component]
pub fn OrderPage() -> impl IntoView {
    let params = use_params_map();
    let raw_id = Memo::new(move |_| params.with(|p| p.get("id").unwrap_or_default()));
    move || {
        let raw = raw_id.get();
        match parse_order_id(&raw) {
            Some(id) => view! { <OrderView id /> }.into_any(),
            None => {
                let shown: String = raw.chars().take(40).collect();
                let more = if shown.len() < raw.len() { "…" } else { "" };
                view! { <OrderNotFound what=trf!(order.not_a_number, id = format!("{shown}{more}")) /> }.into_any()
            }
        }
    }
}

/// Where the page is in its life; changes rarely, so the view below it keeps its state
/// (open editors, results) while the order is refetched.
#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Loading,
    Ready,
    NotFound,
    Failed(ApiError),
}

#[component]
fn OrderView(id: i64) -> impl IntoView {
    let resource = load(move |cancel| api::orders::detail(id, cancel));
    let phase = Memo::new(move |_| match resource.get() {
        None => Phase::Loading,
        Some(Ok(_)) => Phase::Ready,
        Some(Err(ApiError::NotFound(_))) => Phase::NotFound,
        Some(Err(e)) => Phase::Failed(e),
    });
    let order = Memo::new(move |_| resource.get().and_then(Result::ok).unwrap_or_default());

    move || match phase.get() {
        Phase::NotFound => view! {
            <OrderNotFound what=trf!(order.no_such, id = id) />
        }
        .into_any(),
        Phase::Loading => view! {
            <OrderHeading id />
            <section class="card" aria-label=tx!(order.details_label)><Skeleton lines=8 /></section>
        }
        .into_any(),
        Phase::Failed(_) => view! {
            <OrderHeading id />
            <LoadError load=resource />
        }
        .into_any(),
        Phase::Ready => view! {
            <OrderHeading id />
            <LoadedOrder id order=order.into() refetch=Callback::new(move |_| resource.refetch()) />
        }
        .into_any(),
    }
}

#[component]
fn OrderHeading(id: i64) -> impl IntoView {
    view! {
        <p class="back-link"><A href="/orders" exact=true>{tx!(order.all_orders)}</A></p>
        <h1 tabindex="-1">{move || trf!(order.heading, id = id)}</h1>
    }
}

#[component]
fn LoadedOrder(id: i64, order: Signal<OrderDetail>, refetch: Callback<()>) -> impl IntoView {
    let product = order.with_untracked(|o| o.product_name.clone());
    let dc_isp = product.as_ref().is_some_and(ProxyProduct::is_datacenter_or_isp);
    let product = product.map(|p| p.to_string()).unwrap_or_default();
    let manageable =
        Memo::new(move |_| dc_isp && order.with(|o| !o.status.as_ref().is_some_and(OrderStatus::is_cancelled)));
    let proxies_reload = RwSignal::new(0u32);
    // The p0f panel's buy-slots field, which the proxies table fills when slots are short.
    let slots_to_buy = RwSignal::new(String::new());
    // After a renewal or a p0f change: the order and its proxies (signatures) are read again.
    let after_renewal = Callback::new(move |_| {
        refetch.run(());
        proxies_reload.update(|n| *n += 1);
    });
    view! {
        <p class="order-summary">
            <span data-test="order-heading-product">{product}</span>
            " "
            <StatusBadge status=Signal::derive(move || order.with(|o| o.status.clone())) />
        </p>
        <RenewPanel id order on_renewed=after_renewal />
        <section class="card" aria-labelledby="details-heading">
            <h2 id="details-heading" class="visually-hidden">{tx!(order.details)}</h2>
            <OrderDetails id order on_changed=refetch />
        </section>
        {move || manageable.get().then(|| view! {
            <section class="card order-settings" aria-labelledby="settings-heading">
                <h2 id="settings-heading">{tx!(order.settings)}</h2>
                <AutoRenewalSwitch id order on_changed=refetch />
                <CycleChanger id order on_changed=refetch />
            </section>
            <P0fPanel id order on_changed=after_renewal slots_to_buy />
        })}
        {(!dc_isp).then(|| view! {
            <p class="muted">{tx!(order.dc_isp_only)}</p>
        })}
        {dc_isp.then(|| view! { <ProxiesSection id reload=proxies_reload order on_changed=after_renewal slots_to_buy /> })}
    }
}

/// The clear "no such order" message, with a way back to the list.
#[component]
fn OrderNotFound(what: String) -> impl IntoView {
    view! {
        <p class="back-link"><A href="/orders" exact=true>{tx!(order.all_orders)}</A></p>
        <h1 tabindex="-1">{tx!(order.not_found)}</h1>
        <div class="notice notice-warn" role="alert" data-test="order-not-found">
            <p class="notice-text">{tx!(order.not_found_lead)} {what}</p>
            <A href="/orders" exact=true {..} class="btn btn-secondary">{tx!(order.go_orders)}</A>
        </div>
    }
}
