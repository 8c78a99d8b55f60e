//! Renewing an on-hold order: an inline confirmation that names the order, the product and
//! the expected price, then exactly one paying POST per confirmed click.

use super::quote::{order_request, price, Priced};
use crate::{
    api::{self, load::load},
    components::write::{use_write, ConfirmPanel, Focus, Write, WriteProblem},
    i18n::intl,
    models::{Ack, OrderDetail, OrderStatus},
    web::focus,
};
use leptos::prelude::*;

/// Offers renewal while the order is on hold; nothing otherwise.
#[component]
pub fn RenewPanel(
    /// The order's id.
    id: i64,
    /// The order as last loaded.
    order: Signal<OrderDetail>,
    /// Refetches the order (and its proxies) after a renewal.
    on_renewed: Callback<()>,
) -> impl IntoView {
    let open = RwSignal::new(false);
    // Set once the server confirmed: the offer stays gone even before the refetch lands,
    // so a second click cannot pay twice.
    let renewed = RwSignal::new(false);
    let on_hold = Memo::new(move |_| order.with(|o| o.status == Some(OrderStatus::OnHold)));

    let renew: Write<(), Ack> = use_write(
        move |_: &()| api::orders::renew(id),
        move |_, _| {
            renewed.set(true);
            trf!(renew.renewed, id = id)
        },
        // After a success, and when the answer was lost (the server may have renewed and
        // charged): the order is read again rather than a second payment offered.
        move || {
            open.set(false);
            on_renewed.run(());
        },
    );
    let confirm = Callback::new(move |_: ()| {
        if !renewed.get_untracked() {
            renew.run(());
        }
    });
    let show_confirm = move |_| {
        renew.clear();
        open.set(true);
    };

    move || {
        (on_hold.get() && !renewed.get()).then(|| {
            view! {
                <section class="card renew-panel" aria-labelledby="renew-heading">
                    <h2 id="renew-heading">{tx!(renew.on_hold)}</h2>
                    <p>
                        {tx!(renew.explain)}
                    </p>
                    {move || if open.get() {
                        view! { <RenewConfirm order renew_pending=renew.pending() confirm
                            cancel=Callback::new(move |_| {
                                open.set(false);
                                focus::focus_later("[data-test=renew]");
                            }) /> }.into_any()
                    } else {
                        view! {
                            <button type="button" class="btn btn-primary" data-test="renew" on:click=show_confirm>
                                {tr!(renew.button)}
                            </button>
                        }.into_any()
                    }}
                    <WriteProblem error=Signal::derive(move || renew.error()) test="renew"
                        lost=|| tr!(renew.lost) failed=|e| trf!(renew.failed, error = e) />
                </section>
            }
        })
    }
}

/// The confirmation: what is renewed and for about how much; loads the price on opening.
#[component]
fn RenewConfirm(
    order: Signal<OrderDetail>,
    renew_pending: Memo<bool>,
    confirm: Callback<()>,
    cancel: Callback<()>,
) -> impl IntoView {
    let request = order.with_untracked(|o| order_request(o, None));
    let preview = load(move |cancel| {
        let request = request.clone();
        async move {
            match request {
                Some(r) => price(r, cancel).await.map(Some),
                None => Ok(None),
            }
        }
    });
    let (id, name) = order.with_untracked(|o| {
        (o.order_id, o.product_name.as_ref().map_or_else(|| tr!(renew.order).into(), ToString::to_string))
    });
    let title = match id {
        Some(id) => trf!(renew.title, id = id, name = name),
        None => trf!(renew.title_no_id, name = name),
    };
    let what = order.with_untracked(|o| {
        let cycle = o.cycle_name.clone().unwrap_or_default();
        match o.quantity {
            Some(q) => trf!(renew.what_qty, cycle = cycle, q = q),
            None => trf!(renew.what, cycle = cycle),
        }
    });
    // Focus moves into the panel as it opens, so keyboard and screen-reader users hear it.
    view! {
        <ConfirmPanel test="renew" labelled_by="renew-confirm-title" focus=Focus::Panel pending=renew_pending
            go=|| tr!(renew.pay) going=|| tr!(renew.renewing) on_confirm=confirm on_cancel=cancel>
            <p id="renew-confirm-title" class="confirm-title">{title}</p>
            <p>{what}</p>
            <p data-test="renew-price" aria-live="polite">
                {move || match preview.get() {
                    None => view! { <span class="muted">{tr!(cycle.working)}</span> }.into_any(),
                    Some(Ok(Some(p))) => renewal_price(&p).into_any(),
                    Some(Err(e)) => view! {
                        <span class="muted">
                            {trf!(renew.no_preview, error = e)}
                            {tr!(renew.current_rate)}
                        </span>
                    }.into_any(),
                    Some(Ok(None)) => view! { <span class="muted">{tr!(renew.current_rate)}</span> }.into_any(),
                }}
            </p>
        </ConfirmPanel>
    }
}

fn renewal_price(p: &Priced) -> impl IntoView {
    let amount = p.quote.payable().map(intl::money).unwrap_or_else(|| tr!(cycle.not_given).into());
    let amount = if p.estimated { trf!(cycle.about, amount = amount) } else { amount };
    let promo = p.dropped_promo.as_ref().map(|code| trf!(renew.promo_gone, code = code));
    view! {
        {tr!(renew.price)} <strong data-test="renew-amount">{amount}</strong>
        {promo}
    }
}
