//! Changing the billing cycle of a Datacenter or ISP order: pick one of the product's
//! cycles, see its price, confirm; one POST per confirmed click, then the server's prices.

use super::quote::{order_request, price, Priced};
use crate::models::{CycleChange, OrderDetail, Product};
use crate::{
    api::{self, load::load},
    components::{
        live_quote::LiveQuote,
        loaded::Source,
        write::{use_write, ConfirmPanel, Look, Write, WriteProblem},
        Loaded,
    },
    i18n::intl,
    web::focus,
};
use leptos::prelude::*;
use std::time::Duration;

/// The billing-cycle control.
#[component]
pub fn CycleChanger(
    /// The order's id.
    id: i64,
    /// The order as last loaded.
    order: Signal<OrderDetail>,
    /// Refetches the order after a change.
    on_changed: Callback<()>,
) -> impl IntoView {
    let product = order.with_untracked(|o| o.product_name.clone());
    let current = Memo::new(move |_| order.with(|o| o.cycle_name.clone().unwrap_or_default()));
    let products = load(api::profile::products);
    let chosen = RwSignal::new(String::new());
    // The request that prices the chosen cycle; `None` while none is chosen.
    let request = Memo::new(move |_| {
        chosen.with(|c| (!c.is_empty()).then(|| order.with_untracked(|o| order_request(o, Some(c.clone())))).flatten())
    });
    // A pick is one change: priced at once, no waiting as for typing.
    let quote = LiveQuote::new(request, Duration::ZERO, price);
    let outcome = RwSignal::new(None::<(String, CycleChange)>);
    let change: Write<String, CycleChange> = use_write(
        move |cycle: &String| api::orders::change_cycle(id, cycle.clone()),
        move |cycle, answer| {
            outcome.set(Some((cycle.clone(), answer.clone())));
            answer.message.clone().unwrap_or_else(|| trf!(cycle.changed_to, cycle = cycle))
        },
        // After a success, and when the answer was lost (the change may have been made):
        // the order is read again instead of saying "not changed".
        move || {
            chosen.set(String::new());
            on_changed.run(());
        },
    );
    // The preview of the cycle now chosen; a previous choice's price never stands in for it
    // while the new one loads.
    let shown_quote = move || quote.current();
    let priced = move || shown_quote().and_then(Result::ok);
    let confirm = move |()| {
        let cycle = chosen.get_untracked();
        if cycle.is_empty() || priced().is_none() {
            return;
        }
        change.run(cycle);
    };
    let on_select = move |ev| {
        change.clear();
        outcome.set(None);
        chosen.set(event_target_value(&ev));
    };

    // The product's other cycles (tracked: the current one changes after a change).
    let options = move |list: Vec<Product>| {
        let cycles = list.into_iter().find(|p| Some(&p.name) == product.as_ref()).map(|p| p.cycles).unwrap_or_default();
        let current = current.get();
        cycles.into_iter().filter(|c| *c != current).collect::<Vec<_>>()
    };

    view! {
        <div class="setting cycle-changer">
            <label for="cycle-select">{tx!(order.cycle)}</label>
            <p class="muted">{tx!(cycle.now)} <strong data-test="cycle-current">{move || current.get()}</strong></p>
            <Loaded load=products lines=1 let:list>
                {match options(list) {
                    cycles if cycles.is_empty() => view! {
                        <p class="muted" data-test="cycle-none">{tx!(cycle.none)}</p>
                    }.into_any(),
                    cycles => view! {
                        <div class="inline-form">
                            <select id="cycle-select" data-test="cycle-select" on:change=on_select
                                disabled=move || change.pending().get()>
                                <option value="" selected=move || chosen.with(String::is_empty)>{tx!(cycle.choose)}</option>
                                {cycles.into_iter().map(|c| {
                                    let (value, label) = (c.clone(), c.clone());
                                    view! { <option value=c selected=move || chosen.with(|x| *x == value)>{label}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    }.into_any(),
                }}
            </Loaded>
            {move || (!chosen.with(String::is_empty)).then(|| view! {
                <ConfirmPanel test="cycle" panel_test="cycle-quote" look=Look::Live pending=change.pending()
                    ready=Signal::derive(move || priced().is_some()) go=|| tr!(cycle.confirm)
                    going=|| tr!(cycle.changing) on_confirm=Callback::new(confirm)
                    on_cancel=Callback::new(move |()| {
                        chosen.set(String::new());
                        focus::focus_later("#cycle-select");
                    })>
                    <Loaded load=Source::new(shown_quote, move || quote.retry())
                        fallback=|| view! { <p class="muted">{tr!(cycle.working)}</p> } let:p>
                        {quote_view(id, &chosen.get_untracked(), &p)}
                    </Loaded>
                </ConfirmPanel>
            })}
            <WriteProblem error=Signal::derive(move || change.error()) test="cycle"
                lost=|| tr!(cycle.lost) failed=|e| trf!(cycle.failed, error = e) />
            {move || outcome.get().map(|(cycle, answer)| result_view(&cycle, &answer))}
        </div>
    }
}

fn quote_view(id: i64, cycle: &str, p: &Priced) -> impl IntoView {
    let amount = p.quote.payable().map(intl::money).unwrap_or_else(|| tr!(cycle.not_given).into());
    let amount = if p.estimated { trf!(cycle.about, amount = amount) } else { amount };
    let discount = match (p.quote.original_price, p.quote.discount_percent) {
        (Some(original), Some(pct)) if pct > 0 => {
            Some(trf!(cycle.before_discount, original = intl::money(original), pct = pct))
        }
        _ => None,
    };
    view! {
        <p class="confirm-title">{trf!(cycle.question, id = id, cycle = cycle)}</p>
        <p>{trf!(cycle.per_period, cycle = cycle)}
            <strong data-test="cycle-price">{amount}</strong>{discount}</p>
        {p.estimated.then(|| view! {
            <p class="muted">{tr!(cycle.estimated)}</p>
        })}
        {p.dropped_promo.clone().map(|code| view! {
            <p class="notice notice-warn" data-test="cycle-promo-dropped">
                {trf!(cycle.promo_dropped, code = code, cycle = cycle)}
            </p>
        })}
    }
}

fn result_view(cycle: &str, answer: &CycleChange) -> impl IntoView {
    let money = |c: Option<i64>| c.map(intl::money);
    let rows: Vec<(&str, String)> = [
        (tr!(cycle.original), money(answer.original_price)),
        (tr!(cycle.discount), answer.discount_percent.map(|p| format!("{p} %"))),
        (tr!(cycle.final_price), money(answer.final_price)),
    ]
    .into_iter()
    .filter_map(|(k, v)| v.map(|v| (k, v)))
    .collect();
    let message = answer.message.clone().unwrap_or_else(|| tr!(cycle.changed).into());
    view! {
        <div class="notice notice-ok" role="status" data-test="cycle-result">
            <p class="notice-text">{trf!(cycle.result, message = message, cycle = cycle)}</p>
            {(!rows.is_empty()).then(|| view! {
                <dl class="price-list">
                    {rows.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                </dl>
            })}
        </div>
    }
}
