//! A thousand extra orders (`--extra-orders 1000`): they load, they are a realistic mix,
//! every page of the list and every order's details can be read, and quickly.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::time::{Duration, Instant};

use common::{start_with, Harness};
use sandbox::Config;
use serde_json::Value;

const TOTAL: usize = 1045;

async fn many() -> Harness {
    start_with(Config { extra_orders: 1000, ..Config::default() }).await
}

/// Every order id of a status, following `next` from `offset=0&limit=<limit>`, and the
/// last page's `count`.
async fn all_ids(h: &Harness, status: &str, limit: usize) -> (Vec<i64>, i64) {
    let mut path = format!("/user/api/orders?status={status}&offset=0&limit={limit}");
    let mut ids = Vec::new();
    for _ in 0..200 {
        let (s, body) = h.get(&path).await;
        assert_eq!(s, 200, "{body}");
        let page = body["orders"].as_array().expect("orders");
        assert!(page.len() <= limit);
        ids.extend(page.iter().map(|o| o["order_id"].as_i64().expect("id")));
        match body["next"].as_str() {
            Some(next) => path = next.to_string(),
            None => return (ids, body["count"].as_i64().expect("count")),
        }
    }
    panic!("paging does not end");
}

#[tokio::test]
async fn a_thousand_orders_page_by_status_and_offset() {
    let h = many().await;
    let started = Instant::now();
    let (all, count) = all_ids(&h, "all", 100).await;
    assert_eq!((all.len(), count), (TOTAL, TOTAL as i64));
    assert_eq!(all, (1001..=2045).rev().collect::<Vec<_>>());
    let mut by_status = BTreeMap::new();
    for status in ["active", "on-hold", "cancelled"] {
        let (ids, count) = all_ids(&h, status, 100).await;
        assert_eq!(ids.len() as i64, count, "{status}");
        assert!(ids.windows(2).all(|w| w[0] > w[1]), "{status}: newest first");
        by_status.insert(status, ids);
    }
    let (active, on_hold, cancelled) =
        (by_status["active"].len(), by_status["on-hold"].len(), by_status["cancelled"].len());
    assert_eq!(active + on_hold + cancelled, TOTAL);
    assert!(active > 750 && on_hold > 60 && cancelled > 60, "{active} {on_hold} {cancelled}");
    let union: BTreeSet<i64> = by_status.values().flatten().copied().collect();
    assert_eq!(union.len(), TOTAL);
    // The default page size and arbitrary windows agree with the whole list.
    let (twenties, _) = all_ids(&h, "all", 20).await;
    assert_eq!(twenties, all);
    for (offset, limit) in [(0, 1), (7, 13), (500, 100), (999, 100), (1040, 10), (1044, 1)] {
        let (s, body) = h.get(&format!("/user/api/orders?status=all&offset={offset}&limit={limit}")).await;
        assert_eq!(s, 200);
        let ids: Vec<i64> =
            body["orders"].as_array().expect("orders").iter().filter_map(|o| o["order_id"].as_i64()).collect();
        let end = (offset + limit).min(TOTAL);
        assert_eq!(ids, all[offset..end], "offset {offset} limit {limit}");
        assert_eq!(body["next"].is_null(), end == TOTAL, "offset {offset}");
    }
    let (_, body) = h.get("/user/api/orders?status=all&offset=1045&limit=20").await;
    assert_eq!((body["orders"].as_array().map(Vec::len), &body["next"]), (Some(0), &Value::Null));
    // Lists are O(orders) per request: all of the above is far below this on any machine.
    assert!(started.elapsed() < Duration::from_secs(30), "{:?}", started.elapsed());
    let (_, me) = h.get("/user/api/me").await;
    assert_eq!(me["active_orders"].as_i64(), Some(active as i64));
}

#[tokio::test]
async fn every_order_has_details_and_the_mix_is_realistic() {
    let h = many().await;
    let started = Instant::now();
    let mut products: BTreeMap<String, usize> = BTreeMap::new();
    let mut cycles = BTreeSet::new();
    let mut tags: BTreeMap<String, usize> = BTreeMap::new();
    let mut with_slots = 0;
    for id in 1001..=2045 {
        let o = h.order(id).await;
        assert_eq!(o["order_id"], id);
        assert!(o["price_paid"].as_i64().is_some_and(|p| p > 0), "{o}");
        assert!(o["created_at"].as_str().is_some_and(|c| c.ends_with('Z')), "{o}");
        *products.entry(o["product_name"].as_str().expect("product").to_string()).or_default() += 1;
        cycles.insert(o["cycle_name"].as_str().expect("cycle").to_string());
        if let Some(tag) = o["tag"].as_str() {
            *tags.entry(tag.to_string()).or_default() += 1;
        }
        if o["addons"].as_array().is_some_and(|a| !a.is_empty()) {
            with_slots += 1;
        }
    }
    assert!(started.elapsed() < Duration::from_secs(60), "{:?}", started.elapsed());
    for name in [
        "Datacenter Proxy",
        "ISP Proxy",
        "Standart Residential Proxy",
        "Premium Residential Proxy",
        "Unmetered Residential proxy",
        "Mobile Proxy",
    ] {
        assert!(products.get(name).is_some_and(|n| *n >= 30), "{name}: {products:?}");
    }
    assert_eq!(cycles.len(), 5, "{cycles:?}");
    assert!(tags.values().any(|n| *n > 20), "tags repeat");
    assert_eq!(tags.get("=1+2"), Some(&1));
    assert!(tags.keys().any(|t| t.starts_with("=HYPERLINK(") && t.contains(',') && t.contains('"')));
    assert!(with_slots > 20);
    // Unknown ids past the extra ones are still 404.
    let (s, _) = h.get("/user/api/orders/2046").await;
    assert_eq!(s, 404);
}
