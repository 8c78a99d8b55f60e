//! Host tests of the weekly due chart.

use super::*;
use crate::{logic::dates::HOUR_MS, models::AddonLine};

const NOW: i64 = 1_800_000_000_000;

fn iso(ms: i64) -> String {
    let secs = ms.div_euclid(1000);
    let (date, rest) = (crate::logic::dates::format_date(ms), secs.rem_euclid(86_400));
    format!("{date}T{:02}:{:02}:{:02}Z", rest / 3600, rest / 60 % 60, rest % 60)
}

fn order(id: i64, status: &str, cycle: &str, expires_in_days: f64, auto: bool, price: i64) -> OrderDetail {
    OrderDetail {
        order_id: Some(id),
        status: Some(status.into()),
        cycle_name: Some(cycle.into()),
        expires_at: Some(iso(NOW + (expires_in_days * DAY_MS as f64) as i64)),
        auto_renewal: Some(auto),
        price_paid: Some(price),
        ..OrderDetail::default()
    }
}

#[test]
fn thirteen_weeks_from_now() {
    let d = due_by_week(&[], 500, NOW);
    assert_eq!(d.weeks.len(), DUE_WEEKS);
    assert_eq!(d.weeks[0].start_ms, NOW);
    assert_eq!(d.weeks[12].start_ms, NOW + 12 * WEEK_MS);
    assert_eq!((d.first_short_week, d.max_cents(), d.wallet_cents), (None, 0, 500));
}

#[test]
fn auto_renewals_repeat_manual_ones_fall_due_once() {
    let orders = [
        // Weekly, auto: 13 renewals, one a week from day 1.
        order(1, "active", "week", 1.0, true, 100),
        // Monthly, auto: days 10, 40, 70.
        order(2, "active", "monthly", 10.0, true, 1000),
        // Monthly, manual: once, on day 10.
        order(3, "active", "monthly", 10.0, false, 5000),
        // On hold: due now, by hand.
        order(4, "on-hold", "week", -1.0, false, 300),
        // Never due: cancelled, lifetime, unknown status, far-off quarterly.
        order(5, "cancelled", "week", -6.0, false, 999),
        order(6, "active", "lifetime", 1.0, false, 999),
        order(7, "frozen", "week", 1.0, true, 999),
        order(8, "active", "quarterly", 95.0, true, 999),
    ];
    let d = due_by_week(&orders, 1_000_000, NOW);
    assert!(d.unknown.is_empty(), "{:?}", d.unknown);
    assert!(d.weeks.iter().all(|w| w.auto_cents >= 100));
    assert_eq!(d.weeks[0], DueWeek { start_ms: NOW, auto_cents: 100, manual_cents: 300 });
    assert_eq!((d.weeks[1].auto_cents, d.weeks[1].manual_cents), (1100, 5000));
    assert_eq!(d.weeks[5].auto_cents, 1100); // day 40
    assert_eq!(d.weeks[10].auto_cents, 1100); // day 70
    assert_eq!(d.auto_total_cents(), 13 * 100 + 3 * 1000);
    assert_eq!(d.manual_total_cents(), 5300);
    assert_eq!(d.max_cents(), 6100);
}

#[test]
fn the_first_week_the_wallet_runs_short() {
    let orders = [order(1, "active", "week", 0.5, true, 400), order(2, "active", "day", 3.0, false, 10_000)];
    // 400 a week: 1200 by the end of week 2 (index 2) passes 1000.
    let d = due_by_week(&orders, 1000, NOW);
    assert_eq!(d.first_short_week, Some(2));
    // Manual payments do not count against the wallet.
    assert_eq!(due_by_week(&orders, 5200, NOW).first_short_week, None);
    assert_eq!(due_by_week(&orders, 0, NOW).first_short_week, Some(0));
    assert_eq!(due_by_week(&[], -1, NOW).first_short_week, None);
}

#[test]
fn renewals_include_addons_and_the_last_instant_counts() {
    let mut o = order(1, "active", "quarterly", 91.0, true, 4400);
    o.addons = Some(vec![AddonLine {
        addon_key: Some("p0f_slots".into()),
        catalog_id: Some(1),
        qty: Some(5),
        price_per_unit: Some(30),
        pending: None,
    }]);
    let d = due_by_week(&[o.clone()], 0, NOW);
    assert_eq!(d.weeks[12].auto_cents, 4400 + 150);
    o.expires_at = Some(iso(NOW + 91 * DAY_MS + HOUR_MS));
    assert_eq!(due_by_week(&[o], 0, NOW).auto_total_cents(), 0);
}

#[test]
fn what_cannot_be_placed_is_reported() {
    let mut no_price = order(1, "active", "week", 1.0, true, 0);
    no_price.price_paid = None;
    let odd_cycle = order(2, "active", "fortnight", 1.0, true, 100);
    let mut no_expiry = order(3, "active", "week", 1.0, false, 100);
    no_expiry.expires_at = Some("soon".into());
    let mut on_hold = order(4, "on_hold", "fortnight", -1.0, false, 100);
    on_hold.expires_at = None;
    let d = due_by_week(&[no_price, odd_cycle, no_expiry, on_hold], 0, NOW);
    assert_eq!(d.unknown, vec![1, 2, 3]);
    assert_eq!(d.weeks[0].manual_cents, 100);
}
