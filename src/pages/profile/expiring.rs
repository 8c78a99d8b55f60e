//! The profile's look ahead: orders on hold or expiring within 7 days (with their
//! auto-renewal state and a way to renew the on-hold ones), and a warning when the
//! auto-renewals of the next 30 days would cost more than the wallet holds.
//!
//! Reads the session's gathered orders and their details (`api::orders_cache`); the
//! arithmetic is `logic::renewals`.

use super::steps::steps_done;
use crate::{
    api::{
        orders_cache::{self, Gathered},
        ApiError,
    },
    components::{labels, loaded::Source, Loaded, Skeleton},
    i18n::intl::{date, money, relative},
    logic::{
        dates::{parse_rfc3339, DAY_MS},
        renewals::{expiring_within, forecast, needs_price, Forecast, Renewing, EXPIRING_DAYS, FORECAST_DAYS},
    },
    models::{OrderStatus, OrderSummary},
};
use leptos::prelude::*;
use leptos_router::components::A;
use std::sync::Arc;

/// The statuses this section reads.
const READS: [OrderStatus; 2] = [OrderStatus::Active, OrderStatus::OnHold];

/// Ready orders of a status; `Err(None)` while loading, `Err(Some(error))` on failure.
fn ready(status: OrderStatus) -> Result<Arc<Vec<OrderSummary>>, Option<ApiError>> {
    match orders_cache::gathered(status) {
        Some(Gathered::Ready { orders, .. }) => Ok(orders),
        Some(Gathered::Failed(e)) => Err(Some(e)),
        _ => Err(None),
    }
}

/// Reactive: whether this section's lists are in (or failed), i.e. whether it has the
/// height it keeps: it grows from a placeholder to a row per order.
pub fn laid_out() -> bool {
    READS.into_iter().all(|status| !matches!(orders_cache::gathered(status), None | Some(Gathered::Loading)))
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
                <h2 id="look-ahead-heading">{tx!(ahead.title)}</h2>
                <button type="button" class="btn btn-ghost btn-small" data-test="look-ahead-refresh" on:click=refresh>
                    {tx!(common.refresh)}
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
        ready(OrderStatus::Active).map(|orders| {
            orders
                .iter()
                .map(|o| (o.clone(), o.expires_at.as_deref().and_then(parse_rfc3339)))
                .filter(|(o, t)| needs_price(o, *t, now, window))
                .collect::<Vec<_>>()
        })
    });
    let wants = orders_cache::ViewWants::of_this_view();
    Effect::new(move |_| {
        if let Ok(list) = renewing.get() {
            wants.ask_first(list.iter().map(|(o, _)| o.order_id));
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
                input.push(Renewing {
                    order_id: order.order_id,
                    cycle_name: order.cycle_name.clone(),
                    expires_ms: *expires_ms,
                    price_cents,
                });
            }
            Some(forecast(&input, now, window))
        })
    });
    let shown = Source::new(
        move || match (renewing.get(), estimate.get(), balance.get()) {
            (Err(Some(e)), _, _) => Some(Err(e)),
            (Ok(_), Some(f), Some(wallet)) => Some(Ok((f, wallet))),
            _ => None,
        },
        || orders_cache::retry(OrderStatus::Active),
    );
    let working = || {
        view! {
            <div class="card forecast" data-test="forecast-loading">
                <p class="muted">{tr!(ahead.working)}</p>
                <Skeleton lines=1 />
            </div>
        }
    };
    view! {
        <Loaded load=shown fallback=working let:forecast>
            {
                let (f, wallet) = forecast;
                // Told again in a newly picked language.
                crate::i18n::current();
                forecast_view(f, wallet)
            }
        </Loaded>
    }
}

fn forecast_view(f: Forecast, wallet: i64) -> impl IntoView {
    let total = money(f.total_cents);
    let unknown = (!f.unknown.is_empty()).then(|| {
        let ids: Vec<String> = f.unknown.iter().map(|id| format!("#{id}")).collect();
        view! { <p class="hint">{trf!(ahead.unknown, ids = ids.join(", "))}</p> }
    });
    match f.shortfall(wallet) {
        None if f.renewing_orders == 0 => view! {
            <div class="card forecast" data-test="renewal-ok">
                <p class="notice-text">{tr!(ahead.none_renews)}</p>
                {unknown}
            </div>
        }
        .into_any(),
        Some(short) => view! {
            <div class="notice notice-warn forecast" role="status" data-test="renewal-warning">
                <div>
                    <p class="notice-text"><strong>{tr!(ahead.short)}</strong></p>
                    <p class="notice-text">
                        {trf!(ahead.short_1, n = f.renewing_orders)}
                        <strong data-test="forecast-total">{total}</strong> {tr!(ahead.short_2)}
                        <strong data-test="forecast-wallet">{money(wallet)}</strong> {tr!(ahead.short_3)}
                        <strong data-test="forecast-shortfall">{money(short)}</strong>
                        {tr!(ahead.short_4)}
                    </p>
                    {unknown}
                </div>
            </div>
        }
        .into_any(),
        None => view! {
            <div class="card forecast" data-test="renewal-ok">
                <p class="notice-text">
                    {tr!(ahead.ok_1)} <strong data-test="forecast-total">{total}</strong>
                    {trf!(ahead.ok_2, n = f.renewing_orders, wallet = money(wallet))}
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
        let on_hold = ready(OrderStatus::OnHold)?;
        let active = ready(OrderStatus::Active)?;
        let mut rows: Vec<Row> =
            on_hold.iter().map(|o| (o.clone(), o.expires_at.as_deref().and_then(parse_rfc3339), true)).collect();
        rows.extend(
            expiring_within(&active, parse_rfc3339, now, EXPIRING_DAYS * DAY_MS)
                .into_iter()
                .map(|(o, t)| (o, Some(t), false)),
        );
        Ok::<_, Option<ApiError>>(rows)
    });
    let shown = Source::new(
        move || match rows.get() {
            Ok(rows) => Some(Ok(rows)),
            Err(e) => e.map(Err),
        },
        || orders_cache::refresh(&READS),
    );
    view! {
        <Loaded load=shown lines=4 let:rows>
            {expiring_view(rows, now)}
        </Loaded>
    }
}

/// One row of the list: the order, when it expires (ms), whether it is on hold.
type Row = (OrderSummary, Option<i64>, bool);

/// Rows built per task (see [`expiring_view`]).
const ROWS_PER_TASK: usize = 10;

/// The expiring and on-hold orders, or a line saying there are none.
fn expiring_view(rows: Vec<Row>, now: i64) -> AnyView {
    match rows {
        rows if rows.is_empty() => view! {
            <p class="card empty" data-test="expiring-empty">
                {tr!(ahead.empty)}
                <A href="/orders?status=active">{tr!(ahead.see_active)}</A>
            </p>
        }
        .into_any(),
        rows => {
            // The first rows are built with the section; the others follow, a few per task,
            // so that a long list (55 rows in the bench's account: 10,900 px of cards on a phone) is
            // not built and laid out in one long task.
            let batches: Vec<Arc<[Row]>> = rows.chunks(ROWS_PER_TASK).map(Arc::from).collect();
            let last = batches.len() - 1;
            let built = steps_done(last);
            // Busy until the last rows are in.
            let busy = move || (built.get() < last).to_string();
            view! {
                <table class="table expiring-table" data-test="expiring" aria-busy=busy>
                    <caption class="table-caption">{tr!(ahead.caption)}</caption>
                    <thead><tr>
                        <th scope="col">{tr!(common.order)}</th><th scope="col">{tr!(common.product)}</th><th scope="col">{tr!(common.expires)}</th>
                        <th scope="col">{tr!(common.auto_renewal)}</th><th scope="col">{tr!(ahead.next_step)}</th>
                    </tr></thead>
                    <tbody>
                        {batches.into_iter().enumerate().map(|(step, batch)| {
                            let due = move || built.get() >= step;
                            view! {
                                <Show when=due>
                                    {batch.iter().cloned().map(|(o, t, on_hold)| expiring_row(o, t, on_hold, now)).collect_view()}
                                </Show>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            }
            .into_any()
        }
    }
}

fn expiring_row(order: OrderSummary, expires: Option<i64>, on_hold: bool, now: i64) -> impl IntoView {
    let id = order.order_id;
    let href = format!("/orders/{id}");
    let when = match expires {
        Some(t) => format!("{} ({})", relative(t, now), date(t)),
        None => "—".to_string(),
    };
    let auto = labels::auto_renewal(order.auto_renewal).unwrap_or("—");
    let step = if on_hold {
        view! {
            <span class="badge badge-on-hold">{tr!(common.on_hold)}</span> " "
            <A href=href.clone() {..} class="btn btn-primary btn-small" data-test="expiring-renew"
                aria-label=trf!(ahead.renew_label, id = id)>{tr!(ahead.renew)}</A>
        }
        .into_any()
    } else if order.auto_renewal == Some(true) {
        view! { <span class="muted">{tr!(ahead.renews_itself)}</span> }.into_any()
    } else {
        view! { <span>{tr!(ahead.goes_on_hold)}</span> }.into_any()
    };
    view! {
        <tr data-test="expiring-row" data-order-id=id.to_string() class:on-hold=on_hold>
            <td data-label=tr!(common.order)><A href=href>{format!("#{id}")}</A></td>
            <td data-label=tr!(common.product)>{order.product_name.to_string()}</td>
            <td data-label=tr!(common.expires)>{when}</td>
            <td data-label=tr!(common.auto_renewal)>{auto}</td>
            <td data-label=tr!(ahead.next_step)>{step}</td>
        </tr>
    }
}
