//! The `--extra-orders N` orders (ids from 1046): a realistic account of up to thousands of
//! orders for long lists, exports and charts, drawn from the `--seed`.
//!
//! Each order is drawn from its own generator (seed and index), so order `k` is the same
//! whatever `N` is. The mix: about 80 % active, 10 % on-hold and 10 % cancelled; Datacenter
//! and ISP most, then mobile, residential (Standart and Premium, always active and
//! lifetime) and unmetered; every cycle a product offers; created over the past 13 months;
//! active orders expire within one cycle from now (at most 90 days, so spread over the next
//! 90), on-hold ones within the last 3 days and cancelled ones before that; auto-renewal on
//! for about 60 % of the active renewable ones; some Datacenter/ISP orders hold p0f slots.
//! Tags repeat from a small pool, a third have none, and two are hostile on purpose:
//! order 1049 is tagged `=1+2` and order 1056 `=HYPERLINK("http://example.com","a, b")`.

use crate::addons::p0f_price;
use crate::clock::{DAY, HOUR};
use crate::pricing::{self, Shape, PRODUCTS};
use crate::state::{Order, Status};

use super::{FIRST_ID, ORDER_COUNT};
use crate::rng::Rng;

/// Tags drawn for the extra orders, repeated; `None` (no tag) is drawn more often.
const TAGS: [&str; 10] = [
    "eu-scraping",
    "seo-monitor",
    "ads-verify",
    "price-tracker",
    "social-media",
    "team: growth",
    "client \"Acme, Inc.\"",
    "Zürich pool",
    "мониторинг цен",
    "-sale",
];
/// Tags that a spreadsheet would run as formulas, on two fixed extra orders (index, tag).
pub const FORMULA_TAGS: [(i64, &str); 2] = [(3, "=1+2"), (10, "=HYPERLINK(\"http://example.com\",\"a, b\")")];
/// Countries of Datacenter/ISP orders, weighted towards the US and Germany.
const COUNTRIES: [&str; 8] = ["US", "US", "US", "DE", "DE", "GB", "NL", "FR"];

/// Extra order number `k` (0-based; id = 1046 + k).
pub fn extra_order(seed: u64, k: i64, now: i64) -> Order {
    let mut rng = Rng::new(seed ^ 0xE7_7A00_0000 ^ (k as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    let roll = rng.below(100);
    let status = match roll {
        0..=79 => Status::Active,
        80..=89 => Status::OnHold,
        _ => Status::Cancelled,
    };
    // Datacenter 35 %, ISP 25 %, mobile 15 %, unmetered 10 %, Standart 8 %, Premium 7 %.
    let product = match rng.below(100) {
        0..=34 => 0,
        35..=59 => 1,
        60..=74 => 5,
        75..=84 => 4,
        85..=92 => 2,
        _ => 3,
    };
    // Residential traffic never expires: those orders are only ever active.
    let status = if PRODUCTS[product].shape == Shape::Residential { Status::Active } else { status };
    let p = &PRODUCTS[product];
    let cycle = p.cycles[rng.below(p.cycles.len() as u64) as usize].0;
    let (quantity, location) = match p.shape {
        Shape::DcIsp => {
            let q = [1, 1, 2, 3, 5, 5, 10, 10, 20, 25, 50][rng.below(11) as usize];
            (q, Some(COUNTRIES[rng.below(COUNTRIES.len() as u64) as usize]))
        }
        Shape::Residential => ([5, 10, 10, 25, 50, 100, 200][rng.below(7) as usize], None),
        Shape::Unmetered => (1, None),
        Shape::Generic => (1 + rng.below(5) as i64, Some(["US", "DE"][rng.below(2) as usize])),
    };
    let cycle_len = pricing::cycle_seconds(cycle);
    let jitter = rng.below(24) as i64 * HOUR + rng.below(60) as i64 * 60;
    let expires_at = cycle_len.map(|len| match status {
        Status::Active => now + HOUR + rng.below((len.min(90 * DAY) - HOUR) as u64) as i64,
        Status::OnHold => now - rng.below(3 * DAY as u64) as i64 - 60,
        Status::Cancelled => now - 3 * DAY - rng.below(300) as i64 * DAY - jitter,
    });
    // Created over the past 13 months, and at least one cycle before its expiry.
    let mut created_at = now - (rng.below(395) as i64 * DAY) - jitter - HOUR;
    if let (Some(expires), Some(len)) = (expires_at, cycle_len) {
        created_at = created_at.min(expires - len);
    }
    let renewable = cycle_len.is_some();
    let auto_renewal = renewable.then(|| status != Status::Cancelled && rng.below(10) < 6);
    let promo = match rng.below(20) {
        0 | 1 => Some("SAVE10"),
        2 if cycle == "monthly" => Some("MONTHLY20"),
        _ => None,
    };
    let tag = match FORMULA_TAGS.iter().find(|(i, _)| *i == k) {
        Some((_, tag)) => Some(*tag),
        None => (rng.below(3) != 0).then(|| TAGS[rng.below(TAGS.len() as u64) as usize]),
    };
    let mut o = Order {
        id: FIRST_ID + ORDER_COUNT + k,
        product,
        cycle: cycle.to_string(),
        quantity,
        price_paid: 0,
        status,
        created_at,
        expires_at,
        promo_code: promo.map(str::to_string),
        auto_renewal,
        tag: tag.map(str::to_string),
        location: location.map(str::to_string),
        addons_price_paid: 0,
        p0f_slots: 0,
        p0f_next: None,
        proxies: Vec::new(),
    };
    o.price_paid = o.renewal_quote().final_price;
    if p.is_dc_isp() && status == Status::Active && rng.below(8) == 0 {
        o.p0f_slots = 1 + rng.below(quantity as u64) as i64;
        o.addons_price_paid = o.p0f_slots * p0f_price(product);
    }
    o
}
