//! Money per month over the last twelve months: each order counts at the month it was
//! created, with what it cost (`price_paid`) and what its add-ons cost.
//!
//! The API keeps no payment history, so this is what the orders created that month cost,
//! as their details say now: renewals paid later are not in it, and a price the server has
//! since recalculated (an IP dropped at renewal) shows as recalculated. Cancelled orders
//! count: they were paid for.

use crate::{
    logic::{
        dates::{month_start_ms, parse_rfc3339, year_month},
        orders_csv::addons_paid_cents,
    },
    models::OrderDetail,
};

/// How many months the chart shows, the current one included.
pub const SPEND_MONTHS: usize = 12;

/// One month of the chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthSpend {
    /// The year.
    pub year: i64,
    /// The month, 1–12.
    pub month: u32,
    /// Its first instant (UTC), Unix ms: for the view's month name.
    pub start_ms: i64,
    /// What the orders created in it cost, add-ons included, cents.
    pub cents: i64,
    /// How many orders were created in it.
    pub orders: usize,
}

impl MonthSpend {
    /// `YYYY-MM`, a stable key for the month (e.g. a `data-month` attribute).
    pub fn key(&self) -> String {
        format!("{:04}-{:02}", self.year, self.month)
    }
}

/// The chart's data.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Spend {
    /// [`SPEND_MONTHS`] months, oldest first, the last being the month of "now"; months
    /// without orders are zero.
    pub months: Vec<MonthSpend>,
    /// Orders left out because their creation date or price could not be read, by id.
    pub unknown: Vec<i64>,
}

impl Spend {
    /// The largest month, cents (0 when nothing was spent): the axis's maximum.
    pub fn max_cents(&self) -> i64 {
        self.months.iter().map(|m| m.cents).max().unwrap_or(0).max(0)
    }

    /// The twelve months together, cents.
    pub fn total_cents(&self) -> i64 {
        self.months.iter().map(|m| m.cents).fold(0, i64::saturating_add)
    }
}

/// Groups `orders` by the UTC month of their `created_at`, over the [`SPEND_MONTHS`] months
/// that end with the month of `now_ms`. Orders created before those months, or after now,
/// are outside the chart.
pub fn monthly_spend(orders: &[OrderDetail], now_ms: i64) -> Spend {
    let (year, month) = year_month(now_ms);
    let first = i64::from(month) - (SPEND_MONTHS as i64 - 1);
    let mut months: Vec<MonthSpend> = (0..SPEND_MONTHS as i64)
        .map(|k| {
            let start_ms = month_start_ms(year, first + k);
            let (year, month) = year_month(start_ms);
            MonthSpend { year, month, start_ms, cents: 0, orders: 0 }
        })
        .collect();
    let mut unknown = Vec::new();
    for order in orders {
        let created = order.created_at.as_deref().and_then(parse_rfc3339);
        let (Some(created), Some(price)) = (created, order.price_paid) else {
            unknown.extend(order.order_id);
            continue;
        };
        if created > now_ms {
            continue;
        }
        // The last month whose start is not after the creation instant.
        let Some(bucket) = months.iter_mut().rev().find(|m| m.start_ms <= created) else { continue };
        let cost = price.saturating_add(addons_paid_cents(order).unwrap_or(0));
        bucket.cents = bucket.cents.saturating_add(cost);
        bucket.orders += 1;
    }
    Spend { months, unknown }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(iso: &str) -> i64 {
        parse_rfc3339(iso).unwrap_or_default()
    }

    fn order(id: i64, created: &str, price: i64, addons: Option<i64>) -> OrderDetail {
        OrderDetail {
            order_id: Some(id),
            created_at: Some(created.into()),
            price_paid: Some(price),
            addons_price_paid: addons,
            ..OrderDetail::default()
        }
    }

    #[test]
    fn twelve_months_oldest_first_ending_now() {
        let s = monthly_spend(&[], at("2026-03-15T12:00:00Z"));
        let keys: Vec<String> = s.months.iter().map(MonthSpend::key).collect();
        assert_eq!(keys.first().map(String::as_str), Some("2025-04"));
        assert_eq!(keys.last().map(String::as_str), Some("2026-03"));
        assert_eq!(keys.len(), SPEND_MONTHS);
        assert_eq!(s.months[9].start_ms, at("2026-01-01T00:00:00Z"));
        assert_eq!((s.max_cents(), s.total_cents()), (0, 0));
    }

    #[test]
    fn orders_count_at_their_creation_month_with_addons() {
        let now = at("2026-12-04T09:00:00Z");
        let orders = [
            order(1, "2026-12-01T00:00:00Z", 1200, Some(150)),
            order(2, "2026-11-30T23:59:59Z", 900, None),
            order(3, "2026-11-30T23:30:00-01:00", 100, Some(0)),
            order(4, "2026-01-01T00:00:00Z", 500, None),
            order(5, "2025-12-31T23:59:59Z", 700, None),
            order(6, "2026-12-05T00:00:00Z", 800, None),
            OrderDetail { order_id: Some(7), price_paid: Some(10), ..OrderDetail::default() },
            OrderDetail {
                order_id: Some(8),
                created_at: Some("2026-12-01T00:00:00Z".into()),
                ..OrderDetail::default()
            },
        ];
        let s = monthly_spend(&orders, now);
        let dec = &s.months[11];
        assert_eq!((dec.key().as_str(), dec.cents, dec.orders), ("2026-12", 1200 + 150 + 100, 2));
        assert_eq!((s.months[10].cents, s.months[10].orders), (900, 1));
        assert_eq!((s.months[0].key().as_str(), s.months[0].cents), ("2026-01", 500));
        assert_eq!(s.total_cents(), 2850);
        assert_eq!(s.max_cents(), 1450);
        assert_eq!(s.unknown, vec![7, 8]);
    }
}
