//! The order list (validation, paging, filters) and order details.

mod common;

use common::{assert_400, assert_error, start};
use serde_json::{json, Value};

#[tokio::test]
async fn list_validation_is_400() {
    let h = start().await;
    for q in [
        "",
        "?status=",
        "?status=expired",
        "?status=all&offset=-1",
        "?status=all&offset=x",
        "?status=all&limit=0",
        "?status=all&limit=101",
        "?status=all&limit=ten",
    ] {
        assert_400(&h.get(&format!("/user/api/orders{q}")).await);
    }
    let (s, _) = h.get("/user/api/orders?status=all&limit=100").await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn paging_over_three_pages_of_all() {
    let h = start().await;
    let mut path = "/user/api/orders?status=all".to_string();
    let mut ids: Vec<i64> = Vec::new();
    let mut pages: Vec<Value> = Vec::new();
    loop {
        let (s, body) = h.get(&path).await;
        assert_eq!(s, 200, "{body}");
        assert_eq!(body["count"], 45);
        ids.extend(body["orders"].as_array().expect("orders").iter().map(|o| o["order_id"].as_i64().expect("id")));
        pages.push(body.clone());
        match body["next"].as_str() {
            Some(next) => path = next.to_string(),
            None => break,
        }
        assert!(pages.len() < 5, "paging does not end");
    }
    assert_eq!(pages.len(), 3);
    assert_eq!(ids, (1001..=1045).rev().collect::<Vec<_>>());
    assert_eq!(pages[0]["prev"], Value::Null);
    assert_eq!(pages[0]["next"], "/user/api/orders?status=all&offset=20&limit=20");
    assert_eq!(pages[1]["prev"], "/user/api/orders?status=all&offset=0&limit=20");
    assert_eq!(pages[2]["prev"], "/user/api/orders?status=all&offset=20&limit=20");
    assert_eq!(pages[2]["orders"].as_array().map(Vec::len), Some(5));
    // prev never goes below 0.
    let (_, body) = h.get("/user/api/orders?status=all&offset=5&limit=20").await;
    assert_eq!(body["prev"], "/user/api/orders?status=all&offset=0&limit=20");
}

#[tokio::test]
async fn status_filters_count_31_8_6() {
    let h = start().await;
    for (status, n) in [("active", 31), ("on-hold", 8), ("cancelled", 6), ("all", 45)] {
        let (s, body) = h.get(&format!("/user/api/orders?status={status}&limit=100")).await;
        assert_eq!(s, 200);
        assert_eq!(body["count"], n, "{status}");
        assert_eq!(body["orders"].as_array().map(Vec::len), Some(n), "{status}");
    }
    let (_, body) = h.get("/user/api/orders?status=on-hold&limit=100").await;
    let ids: Vec<i64> =
        body["orders"].as_array().expect("orders").iter().filter_map(|o| o["order_id"].as_i64()).collect();
    assert!(ids.contains(&1002) && ids.contains(&1006));
}

#[tokio::test]
async fn list_items_have_the_documented_fields() {
    let h = start().await;
    let (_, body) = h.get("/user/api/orders?status=all&offset=38&limit=20").await;
    let items = body["orders"].as_array().expect("orders");
    let o1001 = items.iter().find(|o| o["order_id"] == 1001).expect("1001 listed");
    assert_eq!(o1001["product_id"], 1);
    assert_eq!(o1001["product_name"], "Datacenter Proxy");
    assert_eq!(o1001["cycle_name"], "monthly");
    assert_eq!(o1001["auto_renewal"], true);
    assert_eq!(o1001["tag"], "checkout-bot");
    assert!(o1001["cycle_id"].is_i64());
    let o1003 = items.iter().find(|o| o["order_id"] == 1003).expect("1003 listed");
    assert_eq!((o1003["expires_at"].clone(), o1003["auto_renewal"].clone()), (Value::Null, Value::Null));
    assert!(o1001["expires_at"].as_str().is_some_and(|s| s.len() == 20 && s.ends_with('Z')));
}

#[tokio::test]
async fn order_detail_of_fixed_orders() {
    let h = start().await;
    let o = h.order(1001).await;
    assert_eq!(o["product_name"], "Datacenter Proxy");
    assert_eq!(o["quantity"], 10);
    assert_eq!(o["price_paid"], 1200);
    assert_eq!(o["status"], "active");
    assert_eq!(o["promo_code"], "MONTHLY20");
    assert_eq!(o["location"], "DE");
    assert_eq!(o["addons"], json!([]));
    assert_eq!(o["p0f_slots_next"], Value::Null);
    assert_eq!(Some(o.clone()), h.sb.order(1001));
    let o = h.order(1002).await;
    assert_eq!((o["status"].clone(), o["price_paid"].clone()), (json!("on-hold"), json!(900)));
    assert_eq!(h.order(1004).await["status"], "cancelled");
    assert_eq!(h.order(1005).await["tag"], "<img src=x onerror=alert(1)>");
}

#[tokio::test]
async fn unknown_or_non_numeric_order_is_404() {
    let h = start().await;
    for id in ["999", "1046", "abc", "-1"] {
        assert_error(&h.get(&format!("/user/api/orders/{id}")).await, 404, "Order not found");
    }
    assert_error(&h.post("/user/api/orders/77/renew", "{}").await, 404, "Order not found");
    assert_error(&h.post("/user/api/orders/77/tag", r#"{"tag":"x"}"#).await, 404, "Order not found");
    assert_eq!(h.sb.order(999), None);
}
