//! Calculate and purchase: validation, prices, promos, stock and balance.

mod common;

use common::{assert_400, assert_error, start};
use serde_json::{json, Value};

const DC_DE_MONTHLY: &str = "product=Datacenter%20Proxy&location=DE&cycle=monthly";

#[tokio::test]
async fn purchase_debits_wallet_reduces_stock_and_creates_order() {
    let h = start().await;
    let body = r#"{"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":4,"promo_code":"SAVE10","auto_renewal":true}"#;
    let (s, res) = h.post("/user/api/orders/purchase", body).await;
    assert_eq!(s, 200, "{res}");
    assert_eq!(res, json!({"success": true, "message": "Order paid successfully", "order_id": 1046}));
    assert_eq!(h.sb.wallet_balance(), 50000 - 540); // 4 × 150 = 600, −10 %
    assert_eq!(h.sb.stock("dc", "DE"), Some(196));
    let o = h.order(1046).await;
    assert_eq!(
        (o["status"].clone(), o["quantity"].clone(), o["price_paid"].clone()),
        (json!("active"), json!(4), json!(540))
    );
    assert_eq!((o["promo_code"].clone(), o["auto_renewal"].clone()), (json!("SAVE10"), json!(true)));
    assert!(o["expires_at"].is_string());
    let (_, list) = h.get("/user/api/orders?status=active").await;
    assert_eq!(list["orders"][0]["order_id"], 1046);
    assert_eq!(list["count"], 32);
    let (_, proxies) = h.get("/user/api/proxies/active?order_id=1046").await;
    assert_eq!(proxies["data"].as_array().map(Vec::len), Some(4));
    let (_, me) = h.get("/user/api/me").await;
    assert_eq!(me["active_orders"], 32);
    let (_, res) = h.post("/user/api/orders/purchase", r#"{"product":"Premium Residential Proxy","quantity":2}"#).await;
    assert_eq!(res["order_id"], 1047);
    let o = h.order(1047).await;
    assert_eq!(
        (o["cycle_name"].clone(), o["expires_at"].clone(), o["auto_renewal"].clone()),
        (json!("lifetime"), Value::Null, Value::Null)
    );
}

#[tokio::test]
async fn dc_purchase_without_location_is_400() {
    let h = start().await;
    let got =
        h.post("/user/api/orders/purchase", r#"{"product":"Datacenter Proxy","cycle":"week","quantity":1}"#).await;
    assert_error(&got, 400, "Location is required for Datacenter Proxy");
    assert_eq!(h.sb.wallet_balance(), 50000);
}

#[tokio::test]
async fn shape_validation() {
    let h = start().await;
    let p = "/user/api/orders/purchase";
    assert_error(
        &h.post(p, r#"{"product":"Datacenter Proxy","location":"DE","cycle":"week","quantity":0}"#).await,
        400,
        "Quantity must be at least 1",
    );
    assert_error(
        &h.post(p, r#"{"product":"ISP Proxy","location":"US","cycle":"week","quantity":-3}"#).await,
        400,
        "Quantity must be at least 1",
    );
    assert_error(
        &h.post(p, r#"{"product":"Datacenter Proxy","location":"DE","cycle":"day"}"#).await,
        400,
        "Cycle day is not available for Datacenter Proxy",
    );
    assert_error(
        &h.post(p, r#"{"product":"Unmetered Residential proxy"}"#).await,
        400,
        "Cycle is required for Unmetered Residential proxy",
    );
    assert_error(
        &h.post(p, r#"{"product":"Datacenter Proxy","location":"BR","cycle":"week"}"#).await,
        400,
        "Location BR is not available for Datacenter Proxy",
    );
    assert_400(&h.post(p, r#"{"product":"Nope Proxy"}"#).await);
    assert_400(&h.post(p, r#"{"product":"Standart Residential Proxy","quantity":10001}"#).await);
    assert_eq!(h.sb.wallet_balance(), 50000);
}

#[tokio::test]
async fn insufficient_stock_is_400() {
    let h = start().await;
    let got = h
        .post(
            "/user/api/orders/purchase",
            r#"{"product":"Datacenter Proxy","location":"FR","cycle":"week","quantity":41}"#,
        )
        .await;
    assert_error(&got, 400, "Not enough stock: 40 available in FR");
    let got =
        h.post("/user/api/orders/purchase", r#"{"product":"Datacenter Proxy","location":"JP","cycle":"week"}"#).await;
    assert_error(&got, 400, "Not enough stock: 0 available in JP");
    assert_eq!(h.sb.stock("dc", "FR"), Some(40));
    let got = h.get("/user/api/orders/calculate?product=Mobile%20Proxy&cycle=day&location=DE&quantity=11").await;
    assert_error(&got, 400, "Not enough stock: 10 available in DE");
}

#[tokio::test]
async fn insufficient_balance_is_400_and_changes_nothing() {
    let h = start().await;
    // 100 × 800 = 80000 cents > 50000.
    let got = h
        .post(
            "/user/api/orders/purchase",
            r#"{"product":"ISP Proxy","location":"US","cycle":"quarterly","quantity":100}"#,
        )
        .await;
    assert_error(&got, 400, "Insufficient balance: the order costs $800.00, the wallet holds $500.00");
    assert_eq!(h.sb.wallet_balance(), 50000);
    assert_eq!(h.sb.stock("isp", "US"), Some(100));
    assert_eq!(h.sb.order(1046), None);
}

#[tokio::test]
async fn promo_rules_on_purchase_and_calculate() {
    let h = start().await;
    let got = h
        .post(
            "/user/api/orders/purchase",
            r#"{"product":"Datacenter Proxy","location":"DE","cycle":"week","promo_code":"EXPIRED5"}"#,
        )
        .await;
    assert_error(&got, 400, "Promo code EXPIRED5 has expired");
    let got = h
        .post(
            "/user/api/orders/purchase",
            r#"{"product":"Datacenter Proxy","location":"DE","cycle":"week","promo_code":"MONTHLY20"}"#,
        )
        .await;
    assert_error(&got, 400, "Promo code MONTHLY20 is not valid for the week cycle");
    let got = h.get(&format!("/user/api/orders/calculate?{DC_DE_MONTHLY}&promo_code=XYZ")).await;
    assert_error(&got, 400, "Promo code XYZ is not valid");
    let (s, q) = h.get(&format!("/user/api/orders/calculate?{DC_DE_MONTHLY}&quantity=3&promo_code=MONTHLY20")).await;
    assert_eq!(s, 200);
    assert_eq!(
        q,
        json!({"original_price": 450, "final_price": 360, "discount_percent": 20, "addons_price": 0, "total_with_addons": 360})
    );
    let (_, q) = h.get(&format!("/user/api/orders/calculate?{DC_DE_MONTHLY}&promo_code=")).await;
    assert_eq!(q["discount_percent"], 0);
    let (s, _) =
        h.post("/user/api/orders/purchase", r#"{"product":"Mobile Proxy","cycle":"day","promo_code":null}"#).await;
    assert_eq!(s, 200);
    assert_eq!(h.sb.wallet_balance(), 50000 - 400);
}

#[tokio::test]
async fn calculate_matches_purchase_debit_and_has_no_side_effects() {
    let h = start().await;
    let addons = "%5B%7B%22addon_key%22%3A%22p0f_slots%22%2C%22qty%22%3A3%7D%5D";
    let path = format!("/user/api/orders/calculate?product=ISP%20Proxy&location=GB&cycle=quarterly&quantity=7&promo_code=SAVE10&addons_json={addons}");
    let (s, q) = h.get(&path).await;
    assert_eq!(s, 200, "{q}");
    assert_eq!(
        q,
        json!({"original_price": 5600, "final_price": 5040, "discount_percent": 10, "addons_price": 180, "total_with_addons": 5220})
    );
    assert_eq!((h.sb.wallet_balance(), h.sb.stock("isp", "GB")), (50000, Some(30)));
    assert_eq!(h.sb.order(1046), None);
    let body = r#"{"product":"ISP Proxy","location":"GB","cycle":"quarterly","quantity":7,"promo_code":"SAVE10","addons":[{"addon_key":"p0f_slots","qty":3}]}"#;
    let (s, _) = h.post("/user/api/orders/purchase", body).await;
    assert_eq!(s, 200);
    assert_eq!(h.sb.wallet_balance(), 50000 - 5220);
    assert_eq!(h.sb.stock("isp", "GB"), Some(23));
    let o = h.order(1046).await;
    assert_eq!(
        (o["price_paid"].clone(), o["addons_price_paid"].clone(), o["p0f_slots_available"].clone()),
        (json!(5040), json!(180), json!(3))
    );
}

#[tokio::test]
async fn calculate_validation() {
    let h = start().await;
    assert_400(&h.get("/user/api/orders/calculate").await);
    assert_400(&h.get(&format!("/user/api/orders/calculate?{DC_DE_MONTHLY}&quantity=two")).await);
    assert_400(&h.get(&format!("/user/api/orders/calculate?{DC_DE_MONTHLY}&addons_json=%5Bnope")).await);
    assert_400(&h.get("/user/api/orders/calculate?product=Datacenter%20Proxy&cycle=week").await);
    // Residential ignores the cycle; unmetered ignores the quantity.
    let (_, q) =
        h.get("/user/api/orders/calculate?product=Standart%20Residential%20Proxy&quantity=10&cycle=week").await;
    assert_eq!(q["final_price"], 3500);
    let (_, q) =
        h.get("/user/api/orders/calculate?product=Unmetered%20Residential%20proxy&cycle=week&quantity=9").await;
    assert_eq!(q["final_price"], 8000);
}
