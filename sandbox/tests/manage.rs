//! Renew, tag, billing cycle, auto-renewal and the proxies list.

mod common;

use common::{assert_400, assert_error, start};
use serde_json::{json, Value};

#[tokio::test]
async fn renew_on_hold_debits_and_activates() {
    let h = start().await;
    let (s, body) = h.post("/user/api/orders/1002/renew", "{}").await;
    assert_eq!(s, 200, "{body}");
    assert_eq!(body, json!({"success": true, "message": "Order renewed successfully"}));
    assert_eq!(h.sb.wallet_balance(), 50000 - 900);
    let o = h.order(1002).await;
    assert_eq!(o["status"], "active");
    let (_, me) = h.get("/user/api/me").await;
    assert_eq!(me["active_orders"], 32);
    // Renewed: now active, a second renewal is refused.
    assert_error(
        &h.post("/user/api/orders/1002/renew", "{}").await,
        400,
        "Only on-hold orders can be renewed; this order is active",
    );
}

#[tokio::test]
async fn renew_refuses_active_cancelled_and_poor() {
    let h = start().await;
    assert_error(
        &h.post("/user/api/orders/1001/renew", "{}").await,
        400,
        "Only on-hold orders can be renewed; this order is active",
    );
    assert_error(&h.post("/user/api/orders/1004/renew", "{}").await, 400, "Cancelled orders cannot be renewed");
    for _ in 0..2 {
        let (s, _) =
            h.post("/user/api/orders/purchase", r#"{"product":"Unmetered Residential proxy","cycle":"monthly"}"#).await;
        assert_eq!(s, 200);
    }
    assert_eq!(h.sb.wallet_balance(), 0);
    assert_error(
        &h.post("/user/api/orders/1002/renew", "{}").await,
        400,
        "Insufficient balance: the renewal costs $9.00, the wallet holds $0.00",
    );
    assert_eq!(h.order(1002).await["status"], "on-hold");
}

#[tokio::test]
async fn tag_set_clear_and_too_long() {
    let h = start().await;
    let (s, body) = h.post("/user/api/orders/1002/tag", r#"{"tag":"  eu-batch  "}"#).await;
    assert_eq!((s, body), (200, json!({"success": true, "message": "Order tag updated"})));
    assert_eq!(h.order(1002).await["tag"], "eu-batch");
    let (_, proxies) = h.get("/user/api/proxies/active?order_id=1002").await;
    assert_eq!(proxies["order_tag"], "eu-batch");
    assert_eq!(h.post("/user/api/orders/1002/tag", r#"{"tag":"   "}"#).await.0, 200);
    assert_eq!(h.order(1002).await["tag"], Value::Null);
    assert_eq!(h.post("/user/api/orders/1001/tag", r#"{"tag":""}"#).await.0, 200);
    assert_eq!(h.order(1001).await["tag"], Value::Null);
    let long = "x".repeat(101);
    assert_400(&h.post("/user/api/orders/1001/tag", &format!(r#"{{"tag":"{long}"}}"#)).await);
    let max = "y".repeat(100);
    assert_eq!(h.post("/user/api/orders/1001/tag", &format!(r#"{{"tag":"{max}"}}"#)).await.0, 200);
    assert_400(&h.post("/user/api/orders/1001/tag", "{}").await);
    assert_eq!(h.order(1001).await["tag"], max.as_str());
}

#[tokio::test]
async fn billing_cycle_change_drops_monthly20_on_week() {
    let h = start().await;
    let (s, body) = h.post("/user/api/orders/change-billing-cycle/1001", r#"{"cycle":"week"}"#).await;
    assert_eq!(s, 200, "{body}");
    assert_eq!(
        body,
        json!({"success": true, "message": "Billing cycle changed", "order_id": 1001,
        "original_price": 600, "final_price": 600, "discount_percent": 0})
    );
    let o = h.order(1001).await;
    assert_eq!((o["cycle_name"].clone(), o["promo_code"].clone()), (json!("week"), Value::Null));
    let (_, list) = h.get("/user/api/orders?status=all&offset=44&limit=1").await;
    assert_eq!(list["orders"][0]["cycle_name"], "week");
    assert_eq!(h.sb.wallet_balance(), 50000);
}

#[tokio::test]
async fn billing_cycle_change_rules() {
    let h = start().await;
    let p = |id: i64| format!("/user/api/orders/change-billing-cycle/{id}");
    assert_error(
        &h.post(&p(1003), r#"{"cycle":"week"}"#).await,
        400,
        "This product does not support billing cycle changes",
    );
    assert_error(
        &h.post(&p(1007), r#"{"cycle":"day"}"#).await,
        400,
        "This product does not support billing cycle changes",
    );
    assert_error(&h.post(&p(1004), r#"{"cycle":"monthly"}"#).await, 403, "Operation not allowed for this order");
    assert_error(&h.post(&p(1001), r#"{"cycle":"day"}"#).await, 400, "Cycle day is not available for Datacenter Proxy");
    assert_error(&h.post(&p(9999), r#"{"cycle":"week"}"#).await, 404, "Order not found");
    // A promo valid for the new cycle stays.
    let (s, body) = h.post(&p(1001), r#"{"cycle":"monthly"}"#).await;
    assert_eq!((s, body["final_price"].clone(), body["discount_percent"].clone()), (200, json!(1200), json!(20)));
    let (s, body) = h.post(&p(1002), r#"{"cycle":"quarterly"}"#).await;
    assert_eq!((s, body["original_price"].clone()), (200, json!(2400)));
}

#[tokio::test]
async fn auto_renewal_toggle() {
    let h = start().await;
    let p = |id: i64, q: &str| format!("/user/api/orders/edit-auto-renewal/{id}{q}");
    let got = h.post(&p(1001, "?auto_renewal=false"), "{}").await;
    assert_eq!(got, (200, json!({"success": true, "message": "Auto-renewal disabled"})));
    assert_eq!(h.order(1001).await["auto_renewal"], false);
    let got = h.post(&p(1001, "?auto_renewal=true"), "{}").await;
    assert_eq!(got, (200, json!({"success": true, "message": "Auto-renewal enabled"})));
    assert_eq!(h.order(1001).await["auto_renewal"], true);
    assert_error(&h.post(&p(1003, "?auto_renewal=true"), "{}").await, 400, "Product not valid for this operation");
    assert_400(&h.post(&p(1001, ""), "{}").await);
    assert_400(&h.post(&p(1001, "?auto_renewal=yes"), "{}").await);
    assert_error(&h.post(&p(1004, "?auto_renewal=true"), "{}").await, 403, "Operation not allowed for this order");
    assert_error(&h.post(&p(4242, "?auto_renewal=true"), "{}").await, 404, "Order not found");
}

#[tokio::test]
async fn proxies_list() {
    let h = start().await;
    let (s, body) = h.get("/user/api/proxies/active?order_id=1001").await;
    assert_eq!(s, 200, "{body}");
    assert_eq!(body["success"], true);
    assert_eq!(body["order_tag"], "checkout-bot");
    let data = body["data"].as_array().expect("data");
    assert_eq!(data.len(), 10);
    let first = &data[0];
    for key in ["ip", "username", "password", "http_port", "socks_port", "until", "status"] {
        assert!(!first[key].is_null(), "{key} missing in {first}");
    }
    assert_eq!(first["signature"], Value::Null);
    assert_eq!(first["status"], "active");
    assert_eq!(first["until"], h.order(1001).await["expires_at"]);
    assert!(first["ip"].as_str().is_some_and(|ip| ip.split('.').count() == 4));
    assert_eq!(first["password"].as_str().map(str::len), Some(12));
    // Same seed, same credentials. The dates count from each sandbox's start, so a second
    // may pass between the two: compare everything but `until`.
    let again = common::start().await;
    let without_dates = |data: &Value| {
        let mut data = data.clone();
        data.as_array_mut().expect("data").iter_mut().for_each(|p| p["until"] = Value::Null);
        data
    };
    let again_data = &again.get("/user/api/proxies/active?order_id=1001").await.1["data"];
    assert_eq!(without_dates(again_data), without_dates(&body["data"]));

    assert_error(
        &h.get("/user/api/proxies/active?order_id=1003").await,
        403,
        "Proxies list is available for Datacenter and ISP orders only",
    );
    assert_400(&h.get("/user/api/proxies/active").await);
    assert_400(&h.get("/user/api/proxies/active?order_id=abc").await);
    assert_error(&h.get("/user/api/proxies/active?order_id=5").await, 404, "Order not found");
    let (_, cancelled) = h.get("/user/api/proxies/active?order_id=1004").await;
    assert_eq!(cancelled["data"][0]["status"], "expired");
}
