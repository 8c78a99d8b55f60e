//! Auth, envelopes, health, reference data, request log and body rules.

mod common;

use common::{assert_400, assert_error, start};
use reqwest::Method;
use sandbox::{Config, Sandbox, DEMO_API_KEY, DEMO_EMAIL};
use serde_json::json;

#[tokio::test]
async fn missing_key_is_401() {
    let h = start().await;
    let got = h.send(Method::GET, "/user/api/me", None, None).await;
    assert_error(&got, 401, "Invalid or missing API key");
}

#[tokio::test]
async fn wrong_key_is_401_with_exact_envelope() {
    let h = start().await;
    let got = h.send(Method::GET, "/user/api/orders?status=all", Some("psk_wrong"), None).await;
    assert_eq!(got.0, 401);
    assert_eq!(got.1, json!({"success": false, "message": "Invalid or missing API key"}));
    let got = h.send(Method::POST, "/user/api/orders/purchase", Some("nope"), Some("{}")).await;
    assert_error(&got, 401, "Invalid or missing API key");
}

#[tokio::test]
async fn custom_key_replaces_demo_key() {
    let h = common::start_with(Config { api_key: "k-123".into(), ..Config::default() }).await;
    assert_eq!(h.send(Method::GET, "/user/api/me", Some(DEMO_API_KEY), None).await.0, 401);
    assert_eq!(h.send(Method::GET, "/user/api/me", Some("k-123"), None).await.0, 200);
}

#[tokio::test]
async fn health_needs_no_key() {
    let h = start().await;
    for path in ["/health", "/health/live"] {
        let got = h.send(Method::GET, path, None, None).await;
        assert_eq!(got, (200, json!({"status": "ok"})));
    }
}

#[tokio::test]
async fn unknown_path_and_wrong_method_use_the_envelope() {
    let h = start().await;
    assert_error(&h.get("/user/api/nothing/here").await, 404, "Not found");
    assert_error(&h.post("/user/api/me", "{}").await, 405, "Method not allowed");
    assert_error(&h.get("/user/api/orders/purchase").await, 405, "Method not allowed");
    // Without --serve, other paths are 404 too.
    assert_eq!(h.send(Method::GET, "/orders/17", None, None).await.0, 404);
}

#[tokio::test]
async fn me_products_and_stock() {
    let h = start().await;
    let (s, me) = h.get("/user/api/me").await;
    assert_eq!(s, 200);
    assert_eq!(me, json!({"email": DEMO_EMAIL, "active_orders": 31, "wallet_balance": 50000}));

    let (s, body) = h.get("/user/api/proxies/products").await;
    assert_eq!(s, 200);
    assert_eq!(body["success"], true);
    let names: Vec<&str> =
        body["products"].as_array().expect("array").iter().map(|p| p["name"].as_str().expect("name")).collect();
    assert_eq!(
        names,
        [
            "Datacenter Proxy",
            "ISP Proxy",
            "Standart Residential Proxy",
            "Premium Residential Proxy",
            "Unmetered Residential proxy",
            "Mobile Proxy"
        ]
    );
    assert_eq!(body["products"][0]["cycles"], json!(["week", "monthly", "quarterly"]));
    assert_eq!(body["products"][2]["cycles"], json!(["lifetime"]));
    assert!(body["products"].as_array().expect("array").iter().all(|p| p["location"].is_null()));

    let (s, stock) = h.get("/user/api/proxies/available-count").await;
    assert_eq!(s, 200);
    let rows = stock.as_array().expect("bare array");
    assert_eq!(rows.len(), 13);
    assert!(rows.contains(&json!({"country": "FR", "product": "dc", "amount": 40})));
    assert!(rows.contains(&json!({"country": "JP", "product": "dc", "amount": 0})));
    assert_eq!(h.sb.stock("mobile", "DE"), Some(10));
    assert_eq!(h.sb.stock("dc", "XX"), None);
}

#[tokio::test]
async fn empty_post_body_is_400_and_empty_object_is_accepted() {
    let h = start().await;
    let got = h.send(Method::POST, "/user/api/orders/1002/renew", Some(DEMO_API_KEY), None).await;
    assert_error(&got, 400, "Request body must be JSON; send {} when there is nothing to send");
    let got = h
        .send(Method::POST, "/user/api/orders/edit-auto-renewal/1001?auto_renewal=false", Some(DEMO_API_KEY), Some(""))
        .await;
    assert_error(&got, 400, "Request body must be JSON; send {} when there is nothing to send");
    let (s, body) = h.post("/user/api/orders/edit-auto-renewal/1001?auto_renewal=false", "{}").await;
    assert_eq!((s, body["success"].clone()), (200, json!(true)));
    let (s, _) = h.post("/user/api/orders/1002/renew", "{}").await;
    assert_eq!(s, 200);
}

#[tokio::test]
async fn malformed_or_misshaped_json_is_400_envelope() {
    let h = start().await;
    assert_400(&h.post("/user/api/orders/purchase", "{\"product\":").await);
    assert_400(&h.post("/user/api/orders/purchase", "{\"product\": 5}").await);
    assert_400(&h.post("/user/api/orders/purchase", "[]").await);
    assert_400(&h.post("/user/api/orders/1001/tag", "not json").await);
    assert_400(&h.post("/user/api/orders/change-billing-cycle/1001", "{}").await);
}

#[tokio::test]
async fn request_log_records_requests_and_never_the_key() {
    let h = start().await;
    h.get("/user/api/me").await;
    h.get("/user/api/orders?status=active&limit=5").await;
    h.send(Method::GET, "/user/api/me", None, None).await;
    h.get("/health").await;
    let log = h.sb.requests();
    assert_eq!(log.len(), 3, "{log:?}");
    assert_eq!((log[0].method.as_str(), log[0].path.as_str(), log[0].status), ("GET", "/user/api/me", 200));
    assert_eq!(log[1].query.as_deref(), Some("status=active&limit=5"));
    assert_eq!(log[2].status, 401);

    let (s, body) = h.send(Method::GET, "/__sandbox/requests", None, None).await;
    assert_eq!(s, 200);
    assert_eq!(body.as_array().map(Vec::len), Some(3));
    let text = body.to_string();
    assert!(!text.contains(DEMO_API_KEY) && !text.contains("Bearer"), "{text}");
    assert!(!format!("{log:?}").contains(DEMO_API_KEY));

    let (s, _) = h.send(Method::POST, "/__sandbox/requests/clear", None, Some("{}")).await;
    assert_eq!(s, 200);
    assert!(h.sb.requests().is_empty());
}

#[tokio::test]
async fn control_endpoints_are_off_by_default() {
    let config = Config { listen: "127.0.0.1:0".parse().expect("addr"), ..Config::default() };
    let sb = Sandbox::start(config).await.expect("starts");
    let res = reqwest::get(format!("{}/__sandbox/requests", sb.base_url())).await.expect("sent");
    assert_eq!(res.status().as_u16(), 404);
    sb.shutdown();
}
