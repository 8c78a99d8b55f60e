//! Deterministic demo data: the account, the stock and 45 orders (ids 1001..=1045), and
//! on request more orders after them ([`extra`]).
//!
//! The layout of the 45 (products, statuses, tags, dates relative to start-up) is fixed;
//! the `--seed` drives generated credentials (proxy IPs and passwords) and the extra
//! orders. sandbox/README.md documents the table the tests and the dashboard rely on.

pub mod extra;

use std::collections::BTreeMap;

use crate::clock::{DAY, HOUR};
use crate::config::{DEMO_EMAIL, WALLET};
use crate::pricing::{self, Shape, PRODUCTS};
use crate::residential::Residential;
use crate::rng::Rng;
use crate::state::{Order, Proxy, Status, StockRow, Store};

/// Id of the first order.
pub const FIRST_ID: i64 = 1001;
/// Number of seeded orders.
pub const ORDER_COUNT: i64 = 45;

/// Generates the proxies of a DC/ISP order; deterministic in (seed, order id).
pub fn gen_proxies(seed: u64, order_id: i64, product: usize, quantity: i64) -> Vec<Proxy> {
    const ALNUM: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    let mut rng = Rng::new(seed ^ (order_id as u64).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let first_octet = if product == 0 { 45 } else { 104 };
    (0..quantity.clamp(0, 10_000))
        .map(|n| {
            let ip = format!("{first_octet}.{}.{}.{}", rng.below(254) + 1, rng.below(256), rng.below(254) + 1);
            let password = (0..12).map(|_| ALNUM[rng.below(ALNUM.len() as u64) as usize] as char).collect();
            Proxy {
                ip,
                username: format!("ps{order_id}u{}", n + 1),
                password,
                http_port: 8000 + (n % 1000) as u16,
                socks_port: 9000 + (n % 1000) as u16,
                signature: None,
                del_np: false,
            }
        })
        .collect()
}

/// The initial stock table.
pub fn stock() -> Vec<StockRow> {
    #[rustfmt::skip]
    let rows: [(&str, &str, i64); 13] = [
        ("US", "dc", 500), ("DE", "dc", 200), ("GB", "dc", 120), ("NL", "dc", 80),
        ("FR", "dc", 40), ("JP", "dc", 0),
        ("US", "isp", 100), ("DE", "isp", 50), ("GB", "isp", 30), ("NL", "isp", 10),
        ("FR", "isp", 5),
        ("US", "mobile", 25), ("DE", "mobile", 10),
    ];
    rows.iter().map(|(c, p, a)| StockRow { country: c.to_string(), product: p.to_string(), amount: *a }).collect()
}

/// Shorthand for a seeded order; `price_paid` is its cycle price with its promo.
#[allow(clippy::too_many_arguments)]
#[rustfmt::skip]
fn order(
    id: i64, product: usize, cycle: &str, quantity: i64, status: Status, created_at: i64,
    expires_at: Option<i64>, promo: Option<&str>, auto_renewal: Option<bool>, tag: Option<&str>,
    location: Option<&str>,
) -> Order {
    let mut o = Order {
        id, product, cycle: cycle.to_string(), quantity, price_paid: 0, status, created_at,
        expires_at, promo_code: promo.map(str::to_string), auto_renewal,
        tag: tag.map(str::to_string), location: location.map(str::to_string),
        addons_price_paid: 0, p0f_slots: 0, p0f_next: None, proxies: Vec::new(),
    };
    o.price_paid = o.renewal_quote().final_price;
    o
}

/// The seven fixed orders 1001..=1007.
#[rustfmt::skip]
fn fixed_orders(now: i64) -> Vec<Order> {
    use Status::*;
    let c = |k: i64| now - (90 - k) * DAY;
    vec![
        order(1001, 0, "monthly", 10, Active, c(0), Some(now + 2 * DAY + HOUR), Some("MONTHLY20"),
              Some(true), Some("checkout-bot"), Some("DE")),
        order(1002, 1, "monthly", 3, OnHold, c(1), Some(now - DAY), None, Some(false), None, Some("US")),
        order(1003, 2, "lifetime", 25, Active, c(2), None, None, None, Some("residential-pool"), None),
        order(1004, 0, "week", 2, Cancelled, c(3), Some(now - 5 * DAY), None, Some(false), None, Some("GB")),
        order(1005, 0, "week", 1, Active, c(4), Some(now + 6 * DAY), None, Some(false),
              Some("<img src=x onerror=alert(1)>"), Some("NL")),
        order(1006, 4, "day", 1, OnHold, c(5), Some(now - 12 * HOUR), None, Some(false), None, None),
        order(1007, 5, "week", 2, Active, c(6), Some(now + DAY), None, Some(false), None, Some("US")),
    ]
}

/// Generated order number `i` (0-based; id = 1008 + i).
fn generated_order(i: i64, now: i64) -> Order {
    const ON_HOLD: [i64; 6] = [4, 9, 15, 21, 27, 33];
    const CANCELLED: [i64; 5] = [2, 12, 19, 26, 36];
    const TAGS: [Option<&str>; 8] = [
        Some("eu-scraping"),
        None,
        Some("seo-monitor"),
        Some("ads-verify"),
        None,
        Some("price-tracker"),
        Some("social-media"),
        None,
    ];
    const COUNTRIES: [&str; 5] = ["US", "DE", "GB", "NL", "FR"];
    let status = if ON_HOLD.contains(&i) {
        Status::OnHold
    } else if CANCELLED.contains(&i) {
        Status::Cancelled
    } else {
        Status::Active
    };
    // Residential (lifetime) orders are only ever active.
    let product = match status {
        Status::Active => [0, 1, 2, 3, 4, 5][(i % 6) as usize],
        _ => [0, 1, 4, 5][(i % 4) as usize],
    };
    let p = &PRODUCTS[product];
    let cycle = p.cycles[((i / 6 + i) as usize) % p.cycles.len()].0;
    let (quantity, location) = match p.shape {
        Shape::DcIsp => (1 + (i * 7) % 20, Some(COUNTRIES[(i % 5) as usize])),
        Shape::Residential => (5 + (i * 3) % 50, None),
        Shape::Unmetered => (1, None),
        Shape::Generic => (1 + i % 3, Some(["US", "DE"][((i / 6) % 2) as usize])),
    };
    let lifetime = p.shape == Shape::Residential;
    let expires_at = match status {
        _ if lifetime => None,
        Status::Active => {
            // Every fifth active order expires within 3 days; none beyond one cycle.
            let len = pricing::cycle_seconds(cycle).unwrap_or(DAY);
            let offset = if i % 5 == 0 { (i % 3 + 1) * 20 * HOUR } else { (3 + (i * 5) % 25) * DAY + (i % 7) * HOUR };
            Some(now + if offset < len { offset } else { len - (i % 7 + 1) * HOUR })
        }
        Status::OnHold => Some(now - (1 + i % 2) * DAY - (i % 5) * HOUR),
        Status::Cancelled => Some(now - (5 + i) * DAY),
    };
    let auto_renewal = if lifetime { None } else { Some(status == Status::Active && i % 2 == 0) };
    let promo = (i % 9 == 1).then_some("SAVE10");
    let created = now - (83 - 2 * i) * DAY - (i % 11) * HOUR;
    order(
        FIRST_ID + 7 + i,
        product,
        cycle,
        quantity,
        status,
        created,
        expires_at,
        promo,
        auto_renewal,
        TAGS[(i % 8) as usize],
        location,
    )
}

/// Builds the initial store for `seed`, with dates relative to `now` (Unix seconds).
pub fn seed_store(seed: u64, now: i64) -> Store {
    seed_store_with_extra(seed, now, 0)
}

/// [`seed_store`] plus `extra_count` more orders after the 45 (ids from 1046; purchases then get
/// ids after them), for long lists, exports and charts: a realistic mix drawn from `seed`
/// ([`extra::extra_order`]), the same for every run with that seed.
pub fn seed_store_with_extra(seed: u64, now: i64, extra_count: u32) -> Store {
    let mut orders = BTreeMap::new();
    let generated = (0..ORDER_COUNT - 7).map(|i| generated_order(i, now));
    let extra = (0..i64::from(extra_count)).map(|k| extra::extra_order(seed, k, now));
    for mut o in fixed_orders(now).into_iter().chain(generated).chain(extra) {
        if PRODUCTS[o.product].is_dc_isp() {
            o.proxies = gen_proxies(seed, o.id, o.product, o.quantity);
        }
        orders.insert(o.id, o);
    }
    crate::addons::seed(&mut orders);
    let next_id = FIRST_ID + ORDER_COUNT + i64::from(extra_count);
    let residential = Residential::demo(seed);
    Store {
        email: DEMO_EMAIL.to_string(),
        wallet: WALLET,
        orders,
        stock: stock(),
        next_id,
        seed,
        log: Vec::new(),
        residential,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_totals_and_fixed_orders() {
        let s = seed_store(42, 1_800_000_000);
        assert_eq!(s.orders.len(), 45);
        let count = |st: Status| s.orders.values().filter(|o| o.status == st).count();
        assert_eq!((count(Status::Active), count(Status::OnHold), count(Status::Cancelled)), (31, 8, 6));
        let o = &s.orders[&1001];
        assert_eq!((o.price_paid, o.proxies.len()), (1200, 10));
        assert_eq!(s.orders[&1002].price_paid, 900);
        assert_eq!(s.orders[&1003].price_paid, 8750);
        assert_eq!(s.next_id, 1046);
    }

    #[test]
    fn extra_orders_follow_the_seeded_ones() {
        let s = seed_store_with_extra(42, 1_800_000_000, 60);
        assert_eq!(s.orders.len(), 105);
        assert_eq!(s.next_id, 1106);
        assert_eq!(s.orders[&1045].tag, seed_store(42, 1_800_000_000).orders[&1045].tag);
        // The same orders whatever the count, and from the seed.
        let more = seed_store_with_extra(42, 1_800_000_000, 1000);
        let other = seed_store_with_extra(7, 1_800_000_000, 1000);
        let same = |a: &Order, b: &Order| {
            (a.product, &a.cycle, a.quantity, a.status, a.tag.as_ref(), a.expires_at)
                == (b.product, &b.cycle, b.quantity, b.status, b.tag.as_ref(), b.expires_at)
        };
        assert!((1046..1106).all(|id| same(&s.orders[&id], &more.orders[&id])));
        assert!((1046..2046).any(|id| !same(&more.orders[&id], &other.orders[&id])));
        assert_eq!(more.orders[&1049].tag.as_deref(), Some("=1+2"));
        assert!(more.orders[&1056].tag.as_deref().is_some_and(|t| t.starts_with("=HYPERLINK(")));
    }

    #[test]
    fn a_thousand_extra_orders_are_a_realistic_mix() {
        let now = 1_800_000_000;
        let s = seed_store_with_extra(42, now, 1000);
        let extra: Vec<&Order> = s.orders.range(1046..).map(|(_, o)| o).collect();
        assert_eq!(extra.len(), 1000);
        let count = |f: &dyn Fn(&Order) -> bool| extra.iter().filter(|o| f(o)).count();
        let active = count(&|o| o.status == Status::Active);
        let on_hold = count(&|o| o.status == Status::OnHold);
        let cancelled = count(&|o| o.status == Status::Cancelled);
        assert!(
            active > 700 && (60..200).contains(&on_hold) && (60..200).contains(&cancelled),
            "{active} {on_hold} {cancelled}"
        );
        for product in 0..PRODUCTS.len() {
            assert!(count(&|o| o.product == product) >= 30, "product {product}");
        }
        let cycles: std::collections::BTreeSet<&str> = extra.iter().map(|o| o.cycle.as_str()).collect();
        assert_eq!(cycles.len(), 5, "{cycles:?}");
        // Created over the past 12+ months; active expiries over the next 90 days, within a cycle.
        assert!(extra.iter().all(|o| o.created_at < now));
        assert!(count(&|o| o.created_at < now - 365 * DAY) > 0);
        for o in extra.iter().filter(|o| o.status == Status::Active) {
            match (o.expires_at, pricing::cycle_seconds(&o.cycle)) {
                (Some(e), Some(len)) => assert!(e > now && e <= now + len.min(90 * DAY), "{}", o.id),
                (e, len) => assert_eq!((e, len), (None, None), "{}", o.id),
            }
        }
        assert!(count(&|o| o.expires_at.is_some_and(|e| e > now + 60 * DAY)) > 10);
        assert!(extra.iter().filter(|o| o.status != Status::Active).all(|o| o.expires_at.is_some_and(|e| e < now)));
        assert!(count(&|o| o.auto_renewal == Some(true)) > 300 && count(&|o| o.auto_renewal == Some(false)) > 200);
        // Tags: some repeated, a third or so without, the two formulas once each.
        assert!((200..450).contains(&count(&|o| o.tag.is_none())));
        assert!(count(&|o| o.tag.as_deref() == Some("seo-monitor")) > 20);
        assert!(count(&|o| o.tag.as_deref().is_some_and(|t| t.contains(',') && t.contains('"'))) > 20);
        assert_eq!(count(&|o| o.tag.as_deref().is_some_and(|t| t.starts_with('='))), 2);
        // Prices, proxies and a few p0f slots.
        assert!(extra.iter().all(|o| o.price_paid > 0));
        assert!(extra.iter().filter(|o| o.product().is_dc_isp()).all(|o| o.proxies.len() as i64 == o.quantity));
        assert!(count(&|o| o.p0f_slots > 0) > 20);
        assert!(extra.iter().all(|o| o.p0f_slots <= o.quantity));
    }

    #[test]
    fn proxies_are_deterministic_per_seed() {
        assert_eq!(gen_proxies(42, 1001, 0, 3), gen_proxies(42, 1001, 0, 3));
        assert_ne!(gen_proxies(42, 1001, 0, 3), gen_proxies(7, 1001, 0, 3));
        let p = &gen_proxies(1, 1050, 1, 1)[0];
        assert!(p.ip.starts_with("104."));
        assert_eq!(p.password.len(), 12);
        assert_eq!(p.username, "ps1050u1");
    }
}
