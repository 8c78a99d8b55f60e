//! Buying more slots: a quantity, its price from `addons/calculate`, a confirmation that
//! repeats that price, then exactly one paying POST per confirmed click.

use super::{qty_problem, slots_of};
use crate::{
    api,
    components::{
        live_quote::{LiveQuote, DEBOUNCE},
        write::{use_write, ConfirmPanel, Write, WriteProblem},
    },
    i18n::intl,
    logic::p0f::{parse_add_qty, QtyProblem},
    models::{AddonChange, OrderDetail},
};
use leptos::prelude::*;

/// The "buy N more slots" form.
#[component]
pub fn BuySlots(
    id: i64,
    order: Signal<OrderDetail>,
    on_changed: Callback<()>,
    /// The quantity field's text (the proxies table fills it with the slots it lacks).
    raw: RwSignal<String>,
) -> impl IntoView {
    // Slots are never more than the order's IPs.
    let room = Memo::new(move |_| {
        order.with(|o| o.quantity.map(|q| u32::try_from(q.max(0)).unwrap_or(0).saturating_sub(slots_of(o).available)))
    });
    let parsed = Memo::new(move |_| {
        let text = raw.get();
        if text.trim().is_empty() {
            return None;
        }
        Some(parse_add_qty(&text).and_then(|q| match room.get() {
            Some(max) if q > max => Err(QtyProblem::AboveMax { max }),
            _ => Ok(q),
        }))
    });
    let qty = Memo::new(move |_| parsed.get().and_then(Result::ok));
    // Never a price for another quantity than the one typed.
    let quote = LiveQuote::new(qty, DEBOUNCE, move |q, cancel| api::addons::calculate(id, q, cancel));
    // The quantity and the price the customer confirms; pinned while the confirmation is open.
    let confirming = RwSignal::new(None::<(u32, i64)>);

    let buy: Write<u32, AddonChange> = use_write(
        move |q: &u32| api::addons::purchase(id, *q),
        move |q, answer| answer.message.clone().unwrap_or_else(|| trf!(p0f.bought_n, n = q)),
        // After a success, and when the answer was lost (the wallet may have been charged):
        // the order is read again rather than a second payment offered.
        move || {
            confirming.set(None);
            raw.set(String::new());
            on_changed.run(());
        },
    );
    let open_confirm = move |_| {
        buy.clear();
        if let (Some(q), Some(Ok(calc))) = (qty.get_untracked(), quote.current()) {
            if let Some(total) = calc.add_total {
                confirming.set(Some((q, total)));
            }
        }
    };
    let confirm = move |()| {
        if let Some((q, _)) = confirming.get_untracked() {
            buy.run(q);
        }
    };

    view! {
        <div class="setting p0f-buy">
            <label for="p0f-add-qty">{tx!(p0f.buy_label)}</label>
            <div class="inline-form">
                <input id="p0f-add-qty" data-test="p0f-add-qty" type="text" inputmode="numeric" autocomplete="off"
                    size="6" prop:value=move || raw.get()
                    disabled=move || confirming.with(Option::is_some) || buy.pending().get()
                    on:input=move |ev| raw.set(event_target_value(&ev)) />
                <button type="button" class="btn btn-secondary" data-test="p0f-buy" on:click=open_confirm
                    disabled=move || confirming.with(Option::is_some)
                        || !matches!(quote.current(), Some(Ok(ref c)) if c.add_total.is_some())>
                    {tx!(p0f.buy)}
                </button>
            </div>
            {move || parsed.get().and_then(Result::err).map(|p| view! {
                <p class="field-error" role="alert" data-test="p0f-add-error">{qty_problem(p)}</p>
            })}
            <p class="muted" aria-live="polite">
                {move || qty.get().map(|q| match quote.current() {
                    None => view! { <span>{tr!(cycle.working)}</span> }.into_any(),
                    Some(Err(e)) => view! { <span data-test="p0f-add-price-error">{trf!(p0f.no_price, error = e)}</span> }.into_any(),
                    Some(Ok(c)) => view! {
                        <span>{trf!(p0f.price_for, n = q)}</span>
                        <strong data-test="p0f-add-price">
                            {c.add_total.map(intl::money).unwrap_or_else(|| tr!(cycle.not_given).into())}
                        </strong>
                        {c.price_per_unit.map(|p| view! { " " <span>{trf!(p0f.per_slot, price = intl::money(p))}</span> })}
                    }.into_any(),
                })}
            </p>
            {move || confirming.get().map(|(q, total)| view! {
                <ConfirmPanel test="p0f-buy" pending=buy.pending() go=|| tr!(p0f.pay) going=|| tr!(p0f.buying)
                    on_confirm=Callback::new(move |()| confirm(())) on_cancel=Callback::new(move |()| confirming.set(None))>
                    <p class="confirm-title">{trf!(p0f.confirm_title, n = q, id = id)}</p>
                    <p>{tr!(p0f.confirm_price)} <strong data-test="p0f-confirm-price">{intl::money(total)}</strong></p>
                </ConfirmPanel>
            })}
            <WriteProblem error=Signal::derive(move || buy.error()) test="p0f-buy"
                lost=|| tr!(p0f.buy_lost) failed=|e| trf!(p0f.buy_failed, error = e) />
        </div>
    }
}
