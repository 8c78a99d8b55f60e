//! Residential (docs/API.md §6): profile, add-bandwidth, the targeting catalogue, the
//! second demo account without residential traffic, CORS and faults on these routes.

mod common;

use common::{assert_400, assert_error, profile, start, start_with, subs, GB, PREM, STD};
use reqwest::Method;
use sandbox::{Config, FaultKind, When, DEMO_API_KEY, SECOND_DEMO_API_KEY};
use serde_json::json;

#[tokio::test]
async fn profile_reports_the_seeded_traffic_in_bytes() {
    let h = start().await;
    let p = profile(&h, STD).await;
    assert_eq!(
        (p["success"].clone(), p["data"].clone(), p["data_spent"].clone()),
        (json!(true), json!(25 * GB), json!(8_437_512_704i64))
    );
    assert_eq!(p["data_remain"], 25 * GB - 8_437_512_704);
    assert_eq!(p["proxy_password"].as_str().map(str::len), Some(16));
    let p = profile(&h, "proxy_type=PREMIUM").await;
    assert_eq!((p["data"].clone(), p["data_remain"].clone()), (json!(10 * GB), json!(10 * GB - 1_250_000_000)));
    let (_, users) = (0, subs(&h, STD).await);
    assert_eq!(users["count"], 2);
    let first = &users["data"][0];
    assert_eq!(first["first_name"], "scraper-eu");
    assert_eq!(
        (first["data"].clone(), first["data_spent"].clone(), first["data_remain"].clone()),
        (json!(5 * GB), json!(1_200_000_000), json!(5 * GB - 1_200_000_000))
    );
    assert!(first["user_id"].is_string());
}

#[tokio::test]
async fn unknown_or_missing_proxy_type_is_400() {
    let h = start().await;
    for path in ["/user/api/proxies/profile", "/user/api/proxies/sub-users", "/user/api/proxies/countries"] {
        assert_error(
            &h.get(&format!("{path}?proxy_type=standard")).await,
            400,
            "Unknown proxy_type standard: use standart or premium",
        );
        assert_error(
            &h.get(&format!("{path}?proxy_type=unmetered")).await,
            400,
            "Unknown proxy_type unmetered: use standart or premium",
        );
        assert_error(&h.get(path).await, 400, "proxy_type is required: standart or premium");
    }
    assert_400(&h.post("/user/api/proxies/sub-user?proxy_type=x", r#"{"name":"a","data":1}"#).await);
}

#[tokio::test]
async fn an_account_without_the_plan_gets_resident_not_set() {
    let h = start().await;
    let second = |m: Method, path: &str, body: Option<&str>| {
        let (h, path, body) = (&h, path.to_string(), body.map(str::to_string));
        async move { h.send(m, &path, Some(SECOND_DEMO_API_KEY), body.as_deref()).await }
    };
    let (s, me) = second(Method::GET, "/user/api/me", None).await;
    assert_eq!(s, 200);
    assert_eq!(me, json!({"email": "starter@proxyshard.test", "active_orders": 2, "wallet_balance": 10000}));
    for q in [STD, PREM] {
        for path in ["profile", "sub-users", "countries", "regions", "sub-user/su1001"] {
            let got = second(Method::GET, &format!("/user/api/proxies/{path}?{q}&country_code=de"), None).await;
            assert_error(&got, 400, "resident not set");
        }
        let got =
            second(Method::POST, &format!("/user/api/proxies/sub-user?{q}"), Some(r#"{"name":"a","data":0}"#)).await;
        assert_error(&got, 400, "resident not set");
    }
    // The demo account's orders are not the second account's.
    assert_error(&second(Method::GET, "/user/api/orders/1001", None).await, 404, "Order not found");
    assert_eq!(h.sb.wallet_balance(), 50000, "the library accessors see the demo account");
    // Buying Standart traffic sets the plan up.
    let (s, res) = second(
        Method::POST,
        "/user/api/orders/purchase",
        Some(r#"{"product":"Standart Residential Proxy","quantity":2}"#),
    )
    .await;
    assert_eq!((s, res["order_id"].clone()), (200, json!(2003)), "{res}");
    let (s, p) = second(Method::GET, &format!("/user/api/proxies/profile?{STD}"), None).await;
    assert_eq!((s, p["data"].clone(), p["data_spent"].clone()), (200, json!(2 * GB), json!(0)));
    assert_error(
        &second(Method::GET, &format!("/user/api/proxies/profile?{PREM}"), None).await,
        400,
        "resident not set",
    );
    assert_eq!(second(Method::GET, "/user/api/me", None).await.1["wallet_balance"], 10000 - 700);
    assert_eq!(h.sb.wallet_balance(), 50000);
}

#[tokio::test]
async fn targeting_catalogue() {
    let h = start().await;
    let (s, c) = h.get(&format!("/user/api/proxies/countries?{STD}")).await;
    assert_eq!(s, 200);
    assert_eq!(c["count"], 10);
    assert_eq!(c["results"][0], json!({"code": "us", "name": "United States"}));
    let (s, r) = h.get(&format!("/user/api/proxies/regions?{STD}&country_code=BR")).await;
    assert_eq!(s, 200, "{r}");
    assert_eq!(
        r["results"][0],
        json!({"code": "sp", "name": "São Paulo", "country": {"code": "br", "name": "Brazil"}})
    );
    let (_, cities) = h.get(&format!("/user/api/proxies/cities?{STD}&country_code=pl&region_code=MP")).await;
    assert_eq!(cities["count"], 2);
    assert_eq!(
        cities["results"][0],
        json!({"code": "krakow", "name": "Kraków", "country": {"code": "pl", "name": "Poland"}, "region": {"code": "mp", "name": "Lesser Poland"}})
    );
    let isp_q = "country_code=br&region_code=sp&city_code=Sao_Paulo";
    assert_error(
        &h.get(&format!("/user/api/proxies/isps?{STD}&{isp_q}")).await,
        400,
        "ISP targeting is available for the premium package only",
    );
    let (s, isps) = h.get(&format!("/user/api/proxies/isps?{PREM}&{isp_q}")).await;
    assert_eq!(s, 200, "{isps}");
    let n = isps["count"].as_i64().unwrap_or(0);
    assert!((2..=4).contains(&n), "{isps}");
    assert_eq!(isps["results"][0]["city"], json!({"code": "sao_paulo", "name": "São Paulo"}));
    assert_eq!(isps["results"][0]["region"]["code"], "sp");
    assert_eq!(h.get(&format!("/user/api/proxies/isps?{PREM}&{isp_q}")).await.1, isps, "deterministic");
    assert_error(
        &h.get(&format!("/user/api/proxies/regions?{STD}&country_code=xx")).await,
        400,
        "Unknown country_code xx",
    );
    assert_error(&h.get(&format!("/user/api/proxies/regions?{STD}")).await, 400, "country_code is required");
    assert_400(&h.get(&format!("/user/api/proxies/cities?{STD}&country_code=de&region_code=zz")).await);
    assert_400(&h.get(&format!("/user/api/proxies/isps?{PREM}&country_code=de&region_code=by")).await);
}

#[tokio::test]
async fn add_bandwidth_charges_the_calculate_price_and_adds_the_gb() {
    let h = start().await;
    let (_, quote) =
        h.get("/user/api/orders/calculate?product=Standart%20Residential%20Proxy&quantity=4&promo_code=SAVE10").await;
    let price = quote["final_price"].as_i64().expect("price");
    assert_eq!(price, 1260, "4 × $3.50 − 10 %");
    let (s, res) = h.post("/user/api/orders/1003/add-bandwidth", r#"{"amount":4,"promo_code":"save10"}"#).await;
    assert_eq!(s, 200, "{res}");
    assert_eq!(res["success"], true);
    assert!(res["message"].is_string());
    assert_eq!(h.sb.wallet_balance(), 50000 - price);
    assert_eq!(profile(&h, STD).await["data"], 29 * GB);
    assert_eq!(h.order(1003).await["quantity"], 29);
    // Premium: 6.00 a GB; more than the wallet holds is refused and changes nothing.
    let got = h.post("/user/api/orders/1011/add-bandwidth", r#"{"amount":100,"promo_code":null}"#).await;
    assert_error(&got, 400, "Insufficient balance: the traffic costs $600.00, the wallet holds $487.40");
    assert_eq!((h.sb.wallet_balance(), profile(&h, PREM).await["data"].clone()), (50000 - price, json!(10 * GB)));
    assert_eq!(h.post("/user/api/orders/1011/add-bandwidth", r#"{"amount":1}"#).await.0, 200);
    assert_eq!(h.sb.wallet_balance(), 50000 - price - 600);
    assert_eq!(profile(&h, PREM).await["data"], 11 * GB);
    // Validation.
    assert_400(&h.post("/user/api/orders/1003/add-bandwidth", r#"{"amount":0}"#).await);
    assert_400(&h.post("/user/api/orders/1003/add-bandwidth", r#"{"promo_code":"SAVE10"}"#).await);
    assert_error(
        &h.post("/user/api/orders/1003/add-bandwidth", r#"{"amount":1,"promo_code":"XYZ"}"#).await,
        400,
        "Promo code XYZ is not valid",
    );
    assert_400(&h.post("/user/api/orders/1001/add-bandwidth", r#"{"amount":1}"#).await);
    assert_error(&h.post("/user/api/orders/4242/add-bandwidth", r#"{"amount":1}"#).await, 404, "Order not found");
    assert_eq!(h.sb.wallet_balance(), 50000 - price - 600);
}

#[tokio::test]
async fn faults_apply_to_residential_routes() {
    let h = start().await;
    h.sb.set_fault(
        "GET",
        "/user/api/proxies/profile",
        FaultKind::RateLimit { retry_after_secs: Some(2) },
        Some(1),
        When::Before,
    );
    assert_eq!(h.get(&format!("/user/api/proxies/profile?{STD}")).await.0, 429);
    assert_eq!(h.get(&format!("/user/api/proxies/profile?{STD}")).await.0, 200, "times=1");
    h.sb.set_fault("POST", "/user/api/proxies/sub-user", FaultKind::ServerError, None, When::Before);
    assert_eq!(h.post(&format!("/user/api/proxies/sub-user?{STD}"), r#"{"name":"a","data":1}"#).await.0, 500);
    h.sb.clear_faults();
    assert_eq!(subs(&h, STD).await["count"], 2, "before: nothing happened");
    h.sb.set_fault("POST", "/user/api/orders/1003/add-bandwidth", FaultKind::ServerError, Some(1), When::After);
    assert_eq!(h.post("/user/api/orders/1003/add-bandwidth", r#"{"amount":1}"#).await.0, 500);
    assert_eq!(h.sb.wallet_balance(), 50000 - 350, "after: the traffic was bought");
    h.sb.set_fault("DELETE", "/user/api/proxies/sub-user", FaultKind::BadGateway, Some(1), When::Before);
    let (s, _) = h.send(Method::DELETE, "/user/api/proxies/sub-user/su1001", Some(DEMO_API_KEY), None).await;
    assert_eq!(s, 502);
    let log = h.sb.requests();
    assert!(log.iter().any(|r| r.method == "DELETE" && r.fault.as_deref() == Some("bad_gateway") && r.status == 502));
    assert_eq!(h.send(Method::GET, &format!("/user/api/proxies/profile?{STD}"), None, None).await.0, 401);
}

#[tokio::test]
async fn cors_allows_patch_and_delete() {
    let origin = "http://localhost:3000";
    let h = start_with(Config { cors_origin: Some(origin.into()), ..Config::default() }).await;
    for method in ["PATCH", "DELETE"] {
        let res = h
            .http
            .request(Method::OPTIONS, format!("{}/user/api/proxies/sub-user/su1001", h.sb.base_url()))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", method)
            .header("Access-Control-Request-Headers", "authorization,content-type")
            .send()
            .await
            .expect("sent");
        assert!(res.status().is_success(), "{}", res.status());
        let allowed = res.headers().get("access-control-allow-methods").and_then(|v| v.to_str().ok()).unwrap_or("");
        assert!(allowed.to_ascii_uppercase().contains(method), "{allowed}");
    }
}
