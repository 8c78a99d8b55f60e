//! Add-ons (docs/API.md §5): the seeded slot accounting, `addons/calculate`, `addons/purchase`,
//! `addons/schedule` and its cancel, and add-ons at order purchase and calculate.

mod common;

use common::{assert_400, assert_error, start};
use serde_json::{json, Value};

fn addons_path(id: i64, rest: &str) -> String {
    format!("/user/api/orders/{id}/addons/{rest}")
}

#[tokio::test]
async fn seeded_orders_have_slots_and_signatures() {
    let h = start().await;
    let o = h.order(1009).await;
    assert_eq!(
        o["addons"],
        json!([{"addon_key": "p0f_slots", "catalog_id": 1, "qty": 4, "price_per_unit": 60,
                "pending": {"action": "downgrade", "next_qty": 3}}])
    );
    let slots =
        |o: &Value| (o["p0f_slots_available"].clone(), o["p0f_slots_used"].clone(), o["p0f_slots_next"].clone());
    assert_eq!(slots(&o), (json!(4), json!(2), json!(3)));
    assert_eq!(o["addons_price_paid"], 240);
    let o = h.order(1032).await;
    assert_eq!((o["addons"][0]["price_per_unit"].clone(), o["addons"][0]["pending"].clone()), (json!(30), Value::Null));
    assert_eq!((slots(&o), o["addons_price_paid"].clone()), ((json!(5), json!(2), json!(5)), json!(150)));
    assert_eq!(slots(&h.order(1015).await), (json!(6), json!(4), json!(6)));
    let o = h.order(1001).await;
    assert_eq!((o["addons"].clone(), slots(&o)), (json!([]), (json!(0), json!(0), Value::Null)));
    let (_, proxies) = h.get("/user/api/proxies/active?order_id=1015").await;
    let signatures: Vec<Value> =
        proxies["data"].as_array().expect("data").iter().map(|p| p["signature"].clone()).collect();
    assert_eq!(signatures.iter().filter(|s| !s.is_null()).count(), 4);
    assert!(signatures[..4]
        .iter()
        .all(|s| ["ios", "macos", "android", "linux", "win10", "win11"].contains(&s.as_str().unwrap_or(""))));
}

#[tokio::test]
async fn calculate_prices_slots_without_side_effects() {
    let h = start().await;
    let (s, q) = h.get(&addons_path(1032, "calculate?addon_key=p0f_slots&add_qty=2")).await;
    assert_eq!(s, 200, "{q}");
    assert_eq!(
        q,
        json!({"success": true, "addon_key": "p0f_slots", "catalog_id": 1, "price_per_unit": 30,
               "current_qty": 5, "add_qty": 2, "new_qty": 7, "add_total": 60})
    );
    let (_, q) = h.get(&addons_path(1045, "calculate?addon_key=p0f_slots&add_qty=5")).await;
    assert_eq!((q["price_per_unit"].clone(), q["add_total"].clone()), (json!(60), json!(300)));
    assert_eq!((h.sb.wallet_balance(), h.order(1032).await["p0f_slots_available"].clone()), (50000, json!(5)));
    for bad in ["add_qty=0", "add_qty=-1", "add_qty=two", "", "add_qty=5"] {
        assert_400(&h.get(&addons_path(1032, &format!("calculate?addon_key=p0f_slots&{bad}"))).await);
    }
    assert_400(&h.get(&addons_path(1032, "calculate?addon_key=ram&add_qty=1")).await);
    assert_400(&h.get(&addons_path(1003, "calculate?addon_key=p0f_slots&add_qty=1")).await);
    assert_400(&h.get(&addons_path(1002, "calculate?addon_key=p0f_slots&add_qty=1")).await);
    assert_error(&h.get(&addons_path(4242, "calculate?addon_key=p0f_slots&add_qty=1")).await, 404, "Order not found");
}

#[tokio::test]
async fn purchase_charges_the_wallet_and_adds_slots() {
    let h = start().await;
    let (_, q) = h.get(&addons_path(1001, "calculate?addon_key=p0f_slots&add_qty=3")).await;
    let (s, res) = h.post(&addons_path(1001, "purchase"), r#"{"addon_key":"p0f_slots","add_qty":3}"#).await;
    assert_eq!(s, 200, "{res}");
    assert_eq!(
        res,
        json!({"success": true, "message": "Add-on purchased", "addons_price_paid": 90,
               "addons": [{"addon_key": "p0f_slots", "catalog_id": 1, "qty": 3, "price_per_unit": 30, "pending": null}]})
    );
    assert_eq!(h.sb.wallet_balance(), 50000 - q["add_total"].as_i64().expect("total"));
    let o = h.order(1001).await;
    assert_eq!(
        (o["p0f_slots_available"].clone(), o["p0f_slots_used"].clone(), o["p0f_slots_next"].clone()),
        (json!(3), json!(0), json!(3))
    );
    // Buying more keeps a scheduled downgrade.
    let (_, res) = h.post(&addons_path(1009, "purchase"), r#"{"addon_key":"p0f_slots","add_qty":1}"#).await;
    assert_eq!((res["addons_price_paid"].clone(), res["addons"][0]["qty"].clone()), (json!(300), json!(5)));
    assert_eq!(res["addons"][0]["pending"], json!({"action": "downgrade", "next_qty": 3}));
    assert_eq!(h.sb.wallet_balance(), 50000 - 90 - 60);
}

#[tokio::test]
async fn purchase_refusals_change_nothing() {
    let h = start().await;
    let body = r#"{"product":"ISP Proxy","location":"US","cycle":"quarterly","quantity":62}"#;
    assert_eq!(h.post("/user/api/orders/purchase", body).await.0, 200);
    assert_eq!(h.sb.wallet_balance(), 400);
    let got = h.post(&addons_path(1045, "purchase"), r#"{"addon_key":"p0f_slots","add_qty":10}"#).await;
    assert_error(&got, 400, "Insufficient balance: the add-on costs $6.00, the wallet holds $4.00");
    let one = r#"{"addon_key":"p0f_slots","add_qty":1}"#;
    assert_error(
        &h.post(&addons_path(1003, "purchase"), one).await,
        400,
        "Add-ons are available for Datacenter and ISP orders only",
    );
    assert_error(
        &h.post(&addons_path(1002, "purchase"), one).await,
        400,
        "Add-ons can be changed on active orders only; this order is on-hold",
    );
    assert_400(&h.post(&addons_path(1004, "purchase"), one).await);
    assert_400(&h.post(&addons_path(1045, "purchase"), r#"{"addon_key":"p0f_slots","add_qty":0}"#).await);
    assert_400(&h.post(&addons_path(1045, "purchase"), r#"{"addon_key":"nope","add_qty":1}"#).await);
    assert_400(&h.post(&addons_path(1045, "purchase"), r#"{"addon_key":"p0f_slots"}"#).await);
    assert_eq!((h.sb.wallet_balance(), h.order(1045).await["p0f_slots_available"].clone()), (400, json!(0)));
}

#[tokio::test]
async fn schedule_and_cancel_a_downgrade() {
    let h = start().await;
    let schedule = |n: i64| format!(r#"{{"addon_key":"p0f_slots","action":"downgrade","next_qty":{n}}}"#);
    let path = addons_path(1015, "schedule");
    assert_error(&h.post(&path, &schedule(3)).await, 400, "next_qty 3 is below the 4 slots in use");
    assert_error(&h.post(&path, &schedule(6)).await, 400, "A downgrade must go below the current 6 slots");
    assert_400(&h.post(&path, r#"{"addon_key":"p0f_slots","action":"cancel","next_qty":4}"#).await);
    assert_eq!(h.order(1015).await["p0f_slots_next"], 6, "nothing scheduled");
    let (s, res) = h.post(&path, &schedule(4)).await;
    assert_eq!(s, 200, "{res}");
    assert_eq!(res["success"], true);
    assert_eq!(res["addons"][0]["pending"], json!({"action": "downgrade", "next_qty": 4}));
    let o = h.order(1015).await;
    assert_eq!((o["p0f_slots_available"].clone(), o["p0f_slots_next"].clone()), (json!(6), json!(4)));
    let (s, res) = h.post(&addons_path(1015, "schedule/cancel"), r#"{"addon_key":"p0f_slots"}"#).await;
    assert_eq!((s, res["addons"][0]["pending"].clone()), (200, Value::Null));
    assert_eq!(h.order(1015).await["p0f_slots_next"], 6);
    assert_error(
        &h.post(&addons_path(1001, "schedule"), &schedule(0)).await,
        400,
        "This order has no p0f_slots add-on",
    );
    assert_400(&h.post(&addons_path(1002, "schedule"), &schedule(0)).await);
    assert_eq!(h.sb.wallet_balance(), 50000);
}

#[tokio::test]
async fn order_purchase_and_calculate_price_the_slots() {
    let h = start().await;
    let addons = "%5B%7B%22addon_key%22%3A%22p0f_slots%22%2C%22qty%22%3A2%7D%5D";
    let (_, q) = h.get(&format!("/user/api/orders/calculate?product=Datacenter%20Proxy&location=DE&cycle=week&quantity=3&addons_json={addons}")).await;
    assert_eq!(
        (q["final_price"].clone(), q["addons_price"].clone(), q["total_with_addons"].clone()),
        (json!(180), json!(60), json!(240))
    );
    let body = r#"{"product":"Datacenter Proxy","location":"DE","cycle":"week","quantity":3,"addons":[{"addon_key":"p0f_slots","qty":2}]}"#;
    let (s, res) = h.post("/user/api/orders/purchase", body).await;
    assert_eq!(s, 200, "{res}");
    assert_eq!(h.sb.wallet_balance(), 50000 - 240);
    let o = h.order(1046).await;
    assert_eq!(
        (o["addons_price_paid"].clone(), o["p0f_slots_available"].clone(), o["addons"][0]["qty"].clone()),
        (json!(60), json!(2), json!(2))
    );
    let over = r#"{"product":"Datacenter Proxy","location":"DE","cycle":"week","quantity":1,"addons":[{"addon_key":"p0f_slots","qty":2}]}"#;
    assert_error(&h.post("/user/api/orders/purchase", over).await, 400, "p0f slots cannot exceed the order's 1 IPs");
    let resi = r#"{"product":"Standart Residential Proxy","quantity":5,"addons":[{"addon_key":"p0f_slots","qty":1}]}"#;
    assert_error(
        &h.post("/user/api/orders/purchase", resi).await,
        400,
        "p0f slots are available for Datacenter and ISP orders only",
    );
    assert_eq!(h.sb.wallet_balance(), 50000 - 240);
}
