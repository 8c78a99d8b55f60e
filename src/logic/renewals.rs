//! Renewals ahead, which the provider's dashboard does not show: which orders expire soon,
//! and what the auto-renewals of the next 30 days will take from the wallet.
//!
//! Pure and host-tested; the caller supplies "now" in Unix milliseconds.

use crate::{
    logic::dates::DAY_MS,
    models::{string_enum, OrderDetail, OrderSummary},
};

/// How far ahead the expiring list looks.
pub const EXPIRING_DAYS: i64 = 7;
/// How far ahead the renewal forecast looks.
pub const FORECAST_DAYS: i64 = 30;

string_enum! {
    /// A billing cycle the forecast understands, read from the API's cycle name (`day`,
    /// `week`, `monthly`, `quarterly`, `lifetime` and their obvious variants, trimmed, in any
    /// case).
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Cycle: loose {
        /// One day.
        Day = "day" | "daily" | "1 day",
        /// Seven days.
        Week = "week" | "weekly" | "7 days",
        /// Thirty days (as the provider counts a month).
        Monthly = "monthly" | "month" | "30 days",
        /// Ninety days.
        Quarterly = "quarterly" | "quarter" | "90 days",
        /// Paid once; never renews.
        Lifetime = "lifetime" | "once",
    }
}

impl Cycle {
    /// The length of one period; `None` for lifetime.
    pub fn length_ms(self) -> Option<i64> {
        match self {
            Cycle::Day => Some(DAY_MS),
            Cycle::Week => Some(7 * DAY_MS),
            Cycle::Monthly => Some(30 * DAY_MS),
            Cycle::Quarterly => Some(90 * DAY_MS),
            Cycle::Lifetime => None,
        }
    }
}

/// How many renewals of an order fall within `window_ms` from `now_ms`: the first at its
/// expiry (or now, when that has passed), then one per period. A day order renews 30 times
/// in 30 days, a week order 4 or 5 times depending on its expiry (the rough ⌈30/7⌉ = 5 when
/// it expires within two days), a monthly or quarterly order once if it expires within the
/// window. Lifetime orders and orders without an expiry never renew.
pub fn renewals_within(cycle: Cycle, expires_ms: Option<i64>, now_ms: i64, window_ms: i64) -> u32 {
    let (Some(length), Some(expires)) = (cycle.length_ms(), expires_ms) else { return 0 };
    let first = expires.max(now_ms);
    let end = now_ms.saturating_add(window_ms);
    if first > end {
        return 0;
    }
    let count = 1 + (end - first) / length;
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// When the renewals that [`renewals_within`] counts happen, in Unix ms, soonest first: the
/// first at the expiry (or now, when that has passed), then one per period.
pub fn renewal_times(cycle: Cycle, expires_ms: Option<i64>, now_ms: i64, window_ms: i64) -> impl Iterator<Item = i64> {
    let count = renewals_within(cycle, expires_ms, now_ms, window_ms);
    let first = expires_ms.unwrap_or(now_ms).max(now_ms);
    let length = cycle.length_ms().unwrap_or(0);
    (0..i64::from(count)).map(move |k| first.saturating_add(k.saturating_mul(length)))
}

/// What one renewal of an order costs, in cents: its `price_paid` (the price of its current
/// quantity and cycle, as the API keeps it) plus its add-ons as they will be renewed: each
/// line's units after a scheduled downgrade, times its price per unit (docs/API.md §5).
/// `None` while the price is unknown; add-on lines without a price count as nothing.
pub fn renewal_price_cents(order: &OrderDetail) -> Option<i64> {
    let addons = order
        .addons
        .iter()
        .flatten()
        .filter_map(|line| Some(line.downgrade_to().or(line.qty)?.max(0).saturating_mul(line.price_per_unit?)))
        .fold(0, i64::saturating_add);
    Some(order.price_paid?.max(0).saturating_add(addons))
}

/// An active order with auto-renewal on, as the forecast needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Renewing {
    /// The order.
    pub order_id: i64,
    /// Its billing cycle's name.
    pub cycle_name: String,
    /// When it expires, Unix ms.
    pub expires_ms: Option<i64>,
    /// What one period costs (the order's `price_paid`, cents); `None` while unknown.
    pub price_cents: Option<i64>,
}

/// What the auto-renewals of a window will cost.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Forecast {
    /// The estimated total, cents.
    pub total_cents: i64,
    /// How many orders renew at least once in the window.
    pub renewing_orders: usize,
    /// Orders that could not be estimated (unknown cycle or price), by id.
    pub unknown: Vec<i64>,
}

impl Forecast {
    /// By how much the wallet falls short of the forecast; `None` when it covers it.
    pub fn shortfall(&self, wallet_cents: i64) -> Option<i64> {
        (self.total_cents > wallet_cents).then(|| self.total_cents - wallet_cents)
    }
}

/// Adds up the renewals of `orders` within `window_ms` from `now_ms`: each renewal costs
/// about the order's price per period.
pub fn forecast(orders: &[Renewing], now_ms: i64, window_ms: i64) -> Forecast {
    let mut out = Forecast::default();
    for order in orders {
        let Some(cycle) = Cycle::parse(&order.cycle_name) else {
            out.unknown.push(order.order_id);
            continue;
        };
        let renewals = renewals_within(cycle, order.expires_ms, now_ms, window_ms);
        if renewals == 0 {
            continue;
        }
        match order.price_cents {
            Some(price) => {
                out.total_cents = out.total_cents.saturating_add(price.max(0).saturating_mul(i64::from(renewals)));
                out.renewing_orders += 1;
            }
            None => out.unknown.push(order.order_id),
        }
    }
    out
}

/// Whether an order's price is needed for the forecast: it auto-renews and renews at least
/// once in the window (so lifetime orders and far-off quarterly ones are never fetched).
pub fn needs_price(order: &OrderSummary, expires_ms: Option<i64>, now_ms: i64, window_ms: i64) -> bool {
    order.auto_renewal == Some(true)
        && Cycle::parse(&order.cycle_name).is_none_or(|c| renewals_within(c, expires_ms, now_ms, window_ms) > 0)
}

/// Active orders expiring after now and within `window_ms`, soonest first, with their
/// expiry in Unix ms. `parse` reads an `expires_at`.
pub fn expiring_within(
    orders: &[OrderSummary],
    parse: impl Fn(&str) -> Option<i64>,
    now_ms: i64,
    window_ms: i64,
) -> Vec<(OrderSummary, i64)> {
    let mut out: Vec<(OrderSummary, i64)> = orders
        .iter()
        .filter_map(|o| Some((o.clone(), parse(o.expires_at.as_deref()?)?)))
        .filter(|(_, t)| *t > now_ms && *t - now_ms <= window_ms)
        .collect();
    out.sort_by_key(|(o, t)| (*t, o.order_id));
    out
}

#[cfg(test)]
mod tests;
