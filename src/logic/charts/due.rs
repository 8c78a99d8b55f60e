//! What falls due in the next 13 weeks, week by week: the renewals that auto-renewal will
//! take from the wallet, and what the customer would have to pay by hand to keep the other
//! orders, with the week in which the auto-renewals so far outrun the wallet.
//!
//! When and at what price an order renews is `logic::renewals`' rule (`renewal_times`,
//! `renewal_price_cents`):
//! - an active order with auto-renewal on renews at its expiry (now, if that has passed)
//!   and then once per cycle, each time at its renewal price: "auto";
//! - an active order with auto-renewal off falls due once, at its expiry: "manual" (it then
//!   goes on hold, and is cancelled three days later, docs/API.md §2);
//! - an on-hold order is due now, once: "manual";
//! - cancelled orders, orders of an unknown status and lifetime orders never fall due.
//!
//! The wallet is compared with the auto-renewals only: manual payments happen only if the
//! customer chooses to make them.

use crate::{
    logic::{
        dates::{parse_rfc3339, DAY_MS},
        renewals::{renewal_price_cents, renewal_times, Cycle},
    },
    models::{OrderDetail, OrderStatus},
};

/// How many weeks the chart shows.
pub const DUE_WEEKS: usize = 13;
/// One week in milliseconds.
pub const WEEK_MS: i64 = 7 * DAY_MS;

/// One week of the chart: `[start_ms, start_ms + WEEK_MS)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueWeek {
    /// The week's first instant, Unix ms (week 0 starts now).
    pub start_ms: i64,
    /// Auto-renewals in the week, cents.
    pub auto_cents: i64,
    /// Payments to make by hand in the week to keep the other orders, cents.
    pub manual_cents: i64,
}

/// The chart's data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Due {
    /// [`DUE_WEEKS`] weeks from now, soonest first: 91 days, the next 90 and today.
    pub weeks: Vec<DueWeek>,
    /// The wallet balance it was compared with, cents.
    pub wallet_cents: i64,
    /// The first week (index into `weeks`) by whose end the auto-renewals so far cost more
    /// than the wallet holds; `None` when the wallet covers all of them.
    pub first_short_week: Option<usize>,
    /// Orders that may fall due but could not be placed (unknown cycle, price or expiry),
    /// by id: the view says they are missing rather than guessing.
    pub unknown: Vec<i64>,
}

impl Due {
    /// The largest week, auto and manual stacked, cents: the axis's maximum.
    pub fn max_cents(&self) -> i64 {
        self.weeks.iter().map(|w| w.auto_cents.saturating_add(w.manual_cents)).max().unwrap_or(0).max(0)
    }

    /// All auto-renewals of the 13 weeks, cents.
    pub fn auto_total_cents(&self) -> i64 {
        self.weeks.iter().map(|w| w.auto_cents).fold(0, i64::saturating_add)
    }

    /// All manual payments of the 13 weeks, cents.
    pub fn manual_total_cents(&self) -> i64 {
        self.weeks.iter().map(|w| w.manual_cents).fold(0, i64::saturating_add)
    }
}

/// Places what each of `orders` costs in the [`DUE_WEEKS`] weeks from `now_ms`, and finds
/// the week the auto-renewals outrun `wallet_cents` (see the module's rules).
pub fn due_by_week(orders: &[OrderDetail], wallet_cents: i64, now_ms: i64) -> Due {
    let window = DUE_WEEKS as i64 * WEEK_MS;
    let mut weeks: Vec<DueWeek> = (0..DUE_WEEKS as i64)
        .map(|k| DueWeek { start_ms: now_ms.saturating_add(k * WEEK_MS), auto_cents: 0, manual_cents: 0 })
        .collect();
    let mut unknown = Vec::new();
    let week_of = |t: i64| usize::try_from((t.saturating_sub(now_ms)) / WEEK_MS).unwrap_or(0).min(DUE_WEEKS - 1);
    for order in orders {
        let Some(plan) = plan(order, now_ms, window) else {
            unknown.extend(order.order_id);
            continue;
        };
        for (at, cents, auto) in plan {
            let week = &mut weeks[week_of(at)];
            let slot = if auto { &mut week.auto_cents } else { &mut week.manual_cents };
            *slot = slot.saturating_add(cents);
        }
    }
    let mut spent = 0i64;
    let first_short_week = weeks.iter().position(|w| {
        spent = spent.saturating_add(w.auto_cents);
        spent > wallet_cents.max(0)
    });
    Due { weeks, wallet_cents, first_short_week, unknown }
}

/// One payment: when (Unix ms), how much (cents), and whether auto-renewal makes it.
type Payment = (i64, i64, bool);

/// The payments of one order within the window; `None` when it may fall due but cannot be
/// placed.
fn plan(order: &OrderDetail, now_ms: i64, window_ms: i64) -> Option<Vec<Payment>> {
    let status = order.status.clone();
    if !matches!(status, Some(OrderStatus::Active | OrderStatus::OnHold)) {
        return Some(Vec::new());
    }
    let cycle = order.cycle_name.as_deref().and_then(Cycle::parse);
    if cycle == Some(Cycle::Lifetime) {
        return Some(Vec::new());
    }
    let price = renewal_price_cents(order)?;
    if status == Some(OrderStatus::OnHold) {
        return Some(vec![(now_ms, price, false)]);
    }
    let cycle = cycle?;
    let expires = parse_rfc3339(order.expires_at.as_deref()?)?;
    let auto = order.auto_renewal == Some(true);
    let times = renewal_times(cycle, Some(expires), now_ms, window_ms);
    let times: Vec<i64> = if auto { times.collect() } else { times.take(1).collect() };
    Some(times.into_iter().map(|at| (at, price, auto)).collect())
}

#[cfg(test)]
mod tests;
