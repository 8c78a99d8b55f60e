//! The profile's look ahead: orders on hold or expiring within 7 days (with their
//! auto-renewal state and a way to renew the on-hold ones), and a warning when the
//! auto-renewals of the next 30 days would cost more than the wallet holds.
//!
//! Reads the session's gathered orders and their details (`state::orders_cache`); the
//! arithmetic is `logic::insight`.

use crate::{
    api::models::OrderSummary,
    components::{ErrorNotice, Skeleton},
    logic::{
        dates::{format_date, parse_rfc3339, relative},
        insight::{expiring_within, forecast, needs_price, Forecast, Renewing, DAY_MS, EXPIRING_DAYS, FORECAST_DAYS},
        money::format_cents,
        query::StatusFilter,
    },
    state::orders_cache::{self, Gathered},
};
use leptos::prelude::*;
use std::sync::Arc;

/// The statuses this section reads.
const READS: [StatusFilter; 2] = [StatusFilter::Active, StatusFilter::OnHold];

/// Ready orders of a status; `Err(None)` while loading, `Err(Some(error))` on failure.
fn ready(status: StatusFilter) -> Result<Arc<Vec<OrderSummary>>, Option<crate::api::ApiError>> {
    match orders_cache::gathered(status) {
        Some(Gathered::Ready { orders, .. }) => Ok(orders),
        Some(Gathered::Failed(e)) => Err(Some(e)),
        _ => Err(None),
    }
}

/// The look-ahead section; `balance` is the wallet in cents, `None` while unknown.
#[component]
pub fn LookAhead(#[prop(into)] balance: Signal<Option<i64>>) -> impl IntoView {
    READS.into_iter().for_each(orders_cache::ensure);
    let now = js_sys::Date::now() as i64;
    let refresh = move |_| orders_cache::refresh(&READS);
    view! {
        <section class="look-ahead" aria-labelledby="look-ahead-heading" data-test="look-ahead">
            <div class="section-head">
                <h2 id="look-ahead-heading">"Coming up"</h2>
                <button type="button" class="btn btn-ghost btn-small" data-test="look-ahead-refresh" on:click=refresh>
                    "Refresh"
                </button>
            </div>
            <RenewalForecast balance now />
            <ExpiringList now />
        </section>
    }
}

/// The 30-day forecast of auto-renewals against the wallet.
#[component]
fn RenewalForecast(balance: Signal<Option<i64>>, now: i64) -> impl IntoView {
    let window = FORECAST_DAYS * DAY_MS;
    // The active orders that auto-renew within the window, with their expiry.
    let renewing = Memo::new(move |_| {
        ready(StatusFilter::Active).map(|orders| {
            orders
                .iter()
                .map(|o| (o.clone(), o.expires_at.as_deref().and_then(parse_rfc3339)))
                .filter(|(o, t)| needs_price(o, *t, now, window))
                .collect::<Vec<_>>()
        })
    });
    Effect::new(move |_| {
        if let Ok(list) = renewing.get() {
            orders_cache::want_details(list.iter().map(|(o, _)| o.order_id));
        }
    });
    let estimate = Memo::new(move |_| {
        let Ok(list) = renewing.get() else { return None };
        orders_cache::with_details(|details| {
            let mut input = Vec::with_capacity(list.len());
            for (order, expires_ms) in &list {
                let price_cents = match details.get(&order.order_id) {
                    None => return None,
                    Some(Ok(d)) => d.price_paid,
                    Some(Err(_)) => None,
                };
                input.push(Renewing { order_id: order.order_id, cycle_name: order.cycle_name.clone(), expires_ms: *expires_ms, price_cents });
            }
            Some(forecast(&input, now, window))
        })
    });
    move || match (renewing.get(), estimate.get(), balance.get()) {
        (Err(Some(e)), _, _) => view! { <ErrorNotice error=e retry=move |_| orders_cache::retry(StatusFilter::Active) /> }.into_any(),
        (Ok(_), Some(f), Some(wallet)) => forecast_view(f, wallet).into_any(),
        _ => view! {
            <div class="card forecast" data-test="forecast-loading">
                <p class="muted">"Working out the auto-renewals of the next 30 days…"</p>
                <Skeleton lines=1 />
            </div>
        }
        .into_any(),
    }
}

fn forecast_view(f: Forecast, wallet: i64) -> impl IntoView {
    let total = format_cents(f.total_cents);
    let unknown = (!f.unknown.is_empty()).then(|| {
        let ids: Vec<String> = f.unknown.iter().map(|id| format!("#{id}")).collect();
        view! { <p class="hint">{format!("Not included (price or billing cycle unknown): {}.", ids.join(", "))}</p> }
    });
    match f.shortfall(wallet) {
        None if f.renewing_orders == 0 => view! {
            <div class="card forecast" data-test="renewal-ok">
                <p class="notice-text">"No order renews by itself in the next 30 days."</p>
                {unknown}
            </div>
        }
        .into_any(),
        Some(short) => view! {
            <div class="notice notice-warn forecast" role="status" data-test="renewal-warning">
                <div>
                    <p class="notice-text"><strong>"Your wallet will run short."</strong></p>
                    <p class="notice-text">
                        "Auto-renewals of " {f.renewing_orders} " orders over the next 30 days will cost about "
                        <strong data-test="forecast-total">{total}</strong> ", but your wallet holds "
                        <strong data-test="forecast-wallet">{format_cents(wallet)}</strong> ". Top up at least "
                        <strong data-test="forecast-shortfall">{format_cents(short)}</strong>
                        " or orders will go on hold when they cannot be renewed."
                    </p>
                    {unknown}
                </div>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="card forecast" data-test="renewal-ok">
                <p class="notice-text">
                    "Auto-renewals over the next 30 days: about " <strong data-test="forecast-total">{total}</strong>
                    {format!(" for {} orders. Your wallet ({}) covers them.", f.renewing_orders, format_cents(wallet))}
                </p>
                {unknown}
            </div>
        }
        .into_any(),
    }
}

/// On-hold orders first (they are cancelled a few days after going on hold), then active
/// ones expiring within 7 days, soonest first.
#[component]
fn ExpiringList(now: i64) -> impl IntoView {
    let rows = Memo::new(move |_| {
        let on_hold = ready(StatusFilter::OnHold)?;
        let active = ready(StatusFilter::Active)?;
        let mut rows: Vec<(OrderSummary, Option<i64>, bool)> = on_hold
            .iter()
            .map(|o| (o.clone(), o.expires_at.as_deref().and_then(parse_rfc3339), true))
            .collect();
        rows.extend(
            expiring_within(&active, parse_rfc3339, now, EXPIRING_DAYS * DAY_MS).into_iter().map(|(o, t)| (o, Some(t), false)),
        );
        Ok(rows)
    });
    move || match rows.get() {
        Err(None) => view! { <Skeleton lines=4 /> }.into_any(),
        Err(Some(e)) => view! { <ErrorNotice error=e retry=move |_| orders_cache::refresh(&READS) /> }.into_any(),
        Ok(rows) if rows.is_empty() => view! {
            <p class="card empty" data-test="expiring-empty">
                "Nothing is on hold and nothing expires in the next 7 days. "
                <a href="/orders?status=active">"See all active orders"</a>
            </p>
        }
        .into_any(),
        Ok(rows) => view! {
            <table class="table expiring-table" data-test="expiring">
                <caption class="table-caption">"On hold, or expiring within 7 days"</caption>
                <thead><tr>
                    <th scope="col">"Order"</th><th scope="col">"Product"</th><th scope="col">"Expires"</th>
                    <th scope="col">"Auto-renewal"</th><th scope="col">"Next step"</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(|(o, t, on_hold)| expiring_row(o, t, on_hold, now)).collect_view()}
                </tbody>
            </table>
        }
        .into_any(),
    }
}

fn expiring_row(order: OrderSummary, expires: Option<i64>, on_hold: bool, now: i64) -> impl IntoView {
    let id = order.order_id;
    let href = format!("/orders/{id}");
    let when = match expires {
        Some(t) => format!("{} ({})", relative(t, now), format_date(t)),
        None => "—".to_string(),
    };
    let auto = match order.auto_renewal {
        Some(true) => "On",
        Some(false) => "Off",
        None => "—",
    };
    let step = if on_hold {
        view! {
            <span class="badge badge-on-hold">"On hold"</span> " "
            <a class="btn btn-primary btn-small" href=href.clone() data-test="expiring-renew"
                aria-label=format!("Renew order #{id}")>"Renew…"</a>
        }
        .into_any()
    } else if order.auto_renewal == Some(true) {
        view! { <span class="muted">"Renews by itself"</span> }.into_any()
    } else {
        view! { <span>"Goes on hold when it expires"</span> }.into_any()
    };
    view! {
        <tr data-test="expiring-row" data-order-id=id.to_string() class:on-hold=on_hold>
            <td data-label="Order"><a href=href>{format!("#{id}")}</a></td>
            <td data-label="Product">{order.product_name.clone()}</td>
            <td data-label="Expires">{when}</td>
            <td data-label="Auto-renewal">{auto}</td>
            <td data-label="Next step">{step}</td>
        </tr>
    }
}
