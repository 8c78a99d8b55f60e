//! Host tests of the renewal arithmetic, with the sandbox seed as the worked example.

use super::*;

const NOW: i64 = 1_800_000_000_000;
const WINDOW: i64 = FORECAST_DAYS * DAY_MS;

fn at(days: f64) -> Option<i64> {
    Some(NOW + (days * DAY_MS as f64) as i64)
}

fn renewing(id: i64, cycle: &str, days: f64, price: Option<i64>) -> Renewing {
    Renewing { order_id: id, cycle_name: cycle.into(), expires_ms: at(days), price_cents: price }
}

fn summary(id: i64, tag: Option<&str>, expires: Option<&str>) -> OrderSummary {
    OrderSummary::sample(id, tag, expires)
}

#[test]
fn renewals_in_thirty_days() {
    assert_eq!(renewals_within(Cycle::Day, at(0.7), NOW, WINDOW), 30);
    assert_eq!(renewals_within(Cycle::Week, at(0.8), NOW, WINDOW), 5);
    assert_eq!(renewals_within(Cycle::Week, at(6.8), NOW, WINDOW), 4);
    assert_eq!(renewals_within(Cycle::Monthly, at(2.0), NOW, WINDOW), 1);
    assert_eq!(renewals_within(Cycle::Monthly, at(31.0), NOW, WINDOW), 0);
    assert_eq!(renewals_within(Cycle::Quarterly, at(0.8), NOW, WINDOW), 1);
    assert_eq!(renewals_within(Cycle::Quarterly, at(45.0), NOW, WINDOW), 0);
    assert_eq!(renewals_within(Cycle::Lifetime, at(1.0), NOW, WINDOW), 0);
    assert_eq!(renewals_within(Cycle::Week, None, NOW, WINDOW), 0);
    // Already past its expiry: the first renewal is now.
    assert_eq!(renewals_within(Cycle::Week, at(-3.0), NOW, WINDOW), 5);
    assert_eq!(renewals_within(Cycle::Day, Some(i64::MAX), NOW, WINDOW), 0);
}

#[test]
fn cycles_are_read_leniently() {
    assert_eq!(Cycle::parse(" Monthly "), Some(Cycle::Monthly));
    assert_eq!(Cycle::parse("week"), Some(Cycle::Week));
    assert_eq!(Cycle::parse("fortnight"), None);
}

#[test]
fn forecast_of_the_seed_account() {
    // The sandbox seed's active orders with auto-renewal on (sandbox/README.md).
    let orders = [
        renewing(1001, "monthly", 2.04, Some(1200)),
        renewing(1008, "week", 0.8, Some(60)),
        renewing(1014, "monthly", 8.2, Some(450)),
        renewing(1018, "monthly", 1.7, Some(22500)),
        renewing(1024, "day", 0.9, Some(1500)),
        renewing(1026, "week", 6.8, Some(420)),
        renewing(1030, "week", 6.9, Some(8000)),
        renewing(1032, "monthly", 23.1, Some(1350)),
        renewing(1036, "monthly", 18.0, Some(22500)),
        renewing(1038, "quarterly", 0.8, Some(4400)),
        renewing(1042, "day", 0.7, Some(1500)),
    ];
    let f = forecast(&orders, NOW, WINDOW);
    assert_eq!(f.total_cents, 176_380);
    assert_eq!(f.renewing_orders, 11);
    assert!(f.unknown.is_empty());
    assert_eq!(f.shortfall(50_000), Some(126_380));
    assert_eq!(f.shortfall(176_380), None);
}

#[test]
fn unknown_cycles_and_prices_are_reported_not_guessed() {
    let orders = [
        renewing(1, "fortnight", 1.0, Some(100)),
        renewing(2, "week", 1.0, None),
        renewing(3, "lifetime", 1.0, None),
        renewing(4, "day", 1.0, Some(-5)),
    ];
    let f = forecast(&orders, NOW, WINDOW);
    assert_eq!(f.unknown, vec![1, 2]);
    assert_eq!(f.total_cents, 0);
    assert_eq!(f.renewing_orders, 1);
}

#[test]
fn prices_are_needed_only_for_renewals_in_the_window() {
    let mut o = summary(1, None, None);
    assert!(needs_price(&o, at(1.0), NOW, WINDOW));
    o.cycle_name = "quarterly".into();
    assert!(!needs_price(&o, at(40.0), NOW, WINDOW));
    o.cycle_name = "weird".into();
    assert!(needs_price(&o, at(40.0), NOW, WINDOW));
    o.auto_renewal = Some(false);
    assert!(!needs_price(&o, at(1.0), NOW, WINDOW));
}

#[test]
fn expiring_soonest_first_within_the_window() {
    let parse = |s: &str| s.parse::<f64>().ok().and_then(at);
    let orders = [
        summary(1, None, Some("2.0")),
        summary(2, None, Some("-1.0")),
        summary(3, None, Some("8.0")),
        summary(4, None, None),
        summary(5, None, Some("0.5")),
        summary(6, None, Some("junk")),
    ];
    let ids: Vec<i64> =
        expiring_within(&orders, parse, NOW, EXPIRING_DAYS * DAY_MS).into_iter().map(|(o, _)| o.order_id).collect();
    assert_eq!(ids, vec![5, 1]);
}

#[test]
fn renewal_times_follow_the_count() {
    let times: Vec<i64> = renewal_times(Cycle::Week, at(0.5), NOW, WINDOW).collect();
    assert_eq!(times.len(), 5);
    assert_eq!(times[0], NOW + DAY_MS / 2);
    assert_eq!(times[4], NOW + DAY_MS / 2 + 28 * DAY_MS);
    let past: Vec<i64> = renewal_times(Cycle::Monthly, at(-2.0), NOW, WINDOW).collect();
    assert_eq!(past, vec![NOW, NOW + 30 * DAY_MS]);
    assert_eq!(renewal_times(Cycle::Lifetime, at(1.0), NOW, WINDOW).count(), 0);
    assert_eq!(renewal_times(Cycle::Week, None, NOW, WINDOW).count(), 0);
    for (cycle, days) in [(Cycle::Day, 0.2), (Cycle::Week, 3.0), (Cycle::Quarterly, 29.0)] {
        let n = renewal_times(cycle, at(days), NOW, WINDOW).count();
        assert_eq!(n as u32, renewals_within(cycle, at(days), NOW, WINDOW));
    }
}

#[test]
fn a_renewal_pays_the_order_and_its_addons_after_a_downgrade() {
    use crate::models::{AddonLine, AddonPending, OrderDetail};
    let line = |qty, pending: Option<i64>| AddonLine {
        addon_key: Some("p0f_slots".into()),
        catalog_id: Some(1),
        qty: Some(qty),
        price_per_unit: Some(60),
        pending: pending.map(|n| AddonPending { action: Some("downgrade".into()), next_qty: Some(n) }),
    };
    let mut o = OrderDetail { price_paid: Some(900), ..OrderDetail::default() };
    assert_eq!(renewal_price_cents(&o), Some(900));
    o.addons = Some(vec![line(4, Some(3))]);
    assert_eq!(renewal_price_cents(&o), Some(900 + 3 * 60));
    o.addons = Some(vec![line(6, None)]);
    assert_eq!(renewal_price_cents(&o), Some(900 + 6 * 60));
    o.price_paid = None;
    assert_eq!(renewal_price_cents(&o), None);
}
