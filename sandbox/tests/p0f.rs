//! Per-IP settings (docs/API.md §5): p0f `signature/set` (slots, all or nothing) and `del-np/set`
//! (quantity and price recalculated, applied at the renewal).

mod common;

use common::{assert_400, assert_error, start, Harness};
use sandbox::{FaultKind, When};
use serde_json::{json, Value};

async fn proxies(h: &Harness, id: i64) -> Vec<Value> {
    let (s, body) = h.get(&format!("/user/api/proxies/active?order_id={id}")).await;
    assert_eq!(s, 200, "{body}");
    body["data"].as_array().cloned().unwrap_or_default()
}

fn ips(list: &[Value]) -> Vec<String> {
    list.iter().map(|p| p["ip"].as_str().unwrap_or_default().to_string()).collect()
}

fn items(pairs: &[(&str, &str)]) -> String {
    let items: Vec<Value> = pairs.iter().map(|(ip, s)| json!({"ip": ip, "signature": s})).collect();
    json!({ "items": items }).to_string()
}

#[tokio::test]
async fn signatures_take_slots_and_changing_an_os_does_not() {
    let h = start().await;
    let set = "/user/api/orders/1032/signature/set";
    let before = proxies(&h, 1032).await;
    let ip = ips(&before);
    assert_eq!((before[0]["signature"].is_string(), before[2]["signature"].clone()), (true, Value::Null));
    // 5 slots, 2 used: one changed OS and two new IPs fit.
    let (s, res) = h.post(set, &items(&[(&ip[0], "linux"), (&ip[2], "win11"), (&ip[3], "android")])).await;
    assert_eq!(s, 200, "{res}");
    assert_eq!(res, json!({"success": true, "message": "Signatures updated", "updated": 3}));
    let o = h.order(1032).await;
    assert_eq!((o["p0f_slots_used"].clone(), o["p0f_slots_available"].clone()), (json!(4), json!(5)));
    let after = proxies(&h, 1032).await;
    assert_eq!((after[0]["signature"].clone(), after[2]["signature"].clone()), (json!("linux"), json!("win11")));
    assert_eq!(h.post(set, &items(&[(&ip[2], "macos"), (&ip[3], "ios")])).await.0, 200);
    assert_eq!(h.order(1032).await["p0f_slots_used"], 4, "changing an OS takes no slot");
    // Two new IPs, one free slot: refused, nothing changed.
    let snapshot = proxies(&h, 1032).await;
    let got = h.post(set, &items(&[(&ip[0], "win10"), (&ip[4], "win10"), (&ip[5], "win10")])).await;
    assert_error(&got, 400, "Not enough free p0f slots: 2 needed, 1 free");
    let got = h.post(set, &items(&[(&ip[4], "win10"), ("10.0.0.1", "win10")])).await;
    assert_error(&got, 400, "IP 10.0.0.1 is not part of this order");
    let got = h.post(set, &items(&[(&ip[4], "win10"), (&ip[0], "windows")])).await;
    assert_error(&got, 400, "Unknown signature windows: use one of ios, macos, android, linux, win10, win11");
    assert_400(&h.post(set, r#"{"items":[]}"#).await);
    assert_400(&h.post(set, r#"{"items":[{"ip":"1.2.3.4"}]}"#).await);
    assert_eq!(proxies(&h, 1032).await, snapshot, "all or nothing");
    assert_eq!(h.post(set, &items(&[(&ip[4], "win10")])).await.0, 200, "the last free slot");
}

#[tokio::test]
async fn signature_set_needs_a_dc_isp_order_with_slots() {
    let h = start().await;
    let ip = ips(&proxies(&h, 1001).await);
    let got = h.post("/user/api/orders/1001/signature/set", &items(&[(&ip[0], "ios")])).await;
    assert_error(&got, 400, "Not enough free p0f slots: 1 needed, 0 free");
    assert_400(&h.post("/user/api/orders/1003/signature/set", &items(&[("1.2.3.4", "ios")])).await);
    let cancelled = ips(&proxies(&h, 1004).await);
    let got = h.post("/user/api/orders/1004/signature/set", &items(&[(&cancelled[0], "ios")])).await;
    assert_error(&got, 403, "Operation not allowed for this order");
    assert_error(
        &h.post("/user/api/orders/4242/signature/set", &items(&[("1.2.3.4", "ios")])).await,
        404,
        "Order not found",
    );
    h.sb.set_fault("POST", "/user/api/orders/1015/signature/set", FaultKind::ServerError, Some(1), When::Before);
    let isp = ips(&proxies(&h, 1015).await);
    assert_eq!(h.post("/user/api/orders/1015/signature/set", &items(&[(&isp[5], "ios")])).await.0, 500);
    assert_eq!(h.order(1015).await["p0f_slots_used"], 4, "a fault before the handler changes nothing");
}

#[tokio::test]
async fn del_np_recalculates_quantity_and_price() {
    let h = start().await;
    let set = "/user/api/orders/1001/del-np/set";
    let ip = ips(&proxies(&h, 1001).await);
    let flag = |pairs: &[(&str, bool)]| {
        let items: Vec<Value> = pairs.iter().map(|(ip, v)| json!({"ip": ip, "value": v})).collect();
        json!({ "items": items }).to_string()
    };
    let (s, res) = h.post(set, &flag(&[(&ip[0], true), (&ip[1], true)])).await;
    assert_eq!(s, 200, "{res}");
    assert_eq!(res["success"], true);
    let o = h.order(1001).await;
    // 8 × $1.50 monthly − 20 % (MONTHLY20).
    assert_eq!((o["quantity"].clone(), o["price_paid"].clone()), (json!(8), json!(960)));
    assert_eq!(proxies(&h, 1001).await.len(), 10, "the IPs stay until the renewal");
    assert_eq!(h.post(set, &flag(&[(&ip[1], false)])).await.0, 200);
    assert_eq!(
        (h.order(1001).await["quantity"].clone(), h.order(1001).await["price_paid"].clone()),
        (json!(9), json!(1080))
    );
    let all: Vec<(&str, bool)> = ip.iter().map(|i| (i.as_str(), true)).collect();
    assert_error(
        &h.post(set, &flag(&all)).await,
        400,
        "At least one IP must be kept: the order cannot renew without IPs",
    );
    let got = h.post(set, &flag(&[(&ip[2], true), ("10.9.8.7", true)])).await;
    assert_error(&got, 400, "IP 10.9.8.7 is not part of this order");
    assert_eq!(h.order(1001).await["quantity"], 9, "nothing changed");
    assert_400(&h.post(set, r#"{"items":[{"ip":"1.2.3.4"}]}"#).await);
    assert_400(&h.post("/user/api/orders/1003/del-np/set", &flag(&[("1.2.3.4", true)])).await);
    assert_eq!(h.sb.wallet_balance(), 50000);
}

#[tokio::test]
async fn a_renewal_drops_the_ips_not_prolonged() {
    let h = start().await;
    let ip = ips(&proxies(&h, 1002).await);
    let body = json!({"items": [{"ip": ip[0], "value": true}]}).to_string();
    assert_eq!(h.post("/user/api/orders/1002/del-np/set", &body).await.0, 200);
    assert_eq!(h.order(1002).await["price_paid"], 600);
    assert_eq!(h.post("/user/api/orders/1002/renew", "{}").await.0, 200);
    assert_eq!(h.sb.wallet_balance(), 50000 - 600);
    let left = ips(&proxies(&h, 1002).await);
    assert_eq!(left, ip[1..].to_vec());
    assert_eq!(h.order(1002).await["quantity"], 2);
}
