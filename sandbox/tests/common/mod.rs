//! Shared helpers of the integration tests: a started sandbox and a small client.
#![allow(dead_code)]

use reqwest::Method;
use sandbox::{Config, Sandbox, DEMO_API_KEY};
use serde_json::Value;

/// A running sandbox with an HTTP client.
pub struct Harness {
    pub sb: Sandbox,
    pub http: reqwest::Client,
}

/// Starts a sandbox on a free loopback port with the control endpoints on.
pub async fn start() -> Harness {
    start_with(Config::default()).await
}

/// Starts a sandbox with `config`, forcing a free loopback port and control on.
pub async fn start_with(config: Config) -> Harness {
    let config = Config { listen: "127.0.0.1:0".parse().expect("addr"), control: true, ..config };
    let sb = Sandbox::start(config).await.expect("sandbox starts");
    Harness { sb, http: reqwest::Client::new() }
}

impl Harness {
    /// Sends a request with the demo key; returns status and JSON body (Null if not JSON).
    pub async fn send(&self, method: Method, path: &str, key: Option<&str>, body: Option<&str>) -> (u16, Value) {
        let mut req = self.http.request(method, format!("{}{}", self.sb.base_url(), path));
        if let Some(key) = key {
            req = req.header("Authorization", format!("Bearer {key}"));
        }
        if let Some(body) = body {
            req = req.header("Content-Type", "application/json").body(body.to_string());
        }
        let res = req.send().await.expect("request sent");
        let status = res.status().as_u16();
        let text = res.text().await.expect("body read");
        (status, serde_json::from_str(&text).unwrap_or(Value::Null))
    }

    /// GET with the demo key.
    pub async fn get(&self, path: &str) -> (u16, Value) {
        self.send(Method::GET, path, Some(DEMO_API_KEY), None).await
    }

    /// POST a JSON body with the demo key.
    pub async fn post(&self, path: &str, body: &str) -> (u16, Value) {
        self.send(Method::POST, path, Some(DEMO_API_KEY), Some(body)).await
    }

    /// The `order` object of an order, through HTTP.
    pub async fn order(&self, id: i64) -> Value {
        let (status, body) = self.get(&format!("/user/api/orders/{id}")).await;
        assert_eq!(status, 200, "{body}");
        body["order"].clone()
    }
}

/// Asserts an ApiError envelope with the given status and exact message.
pub fn assert_error(got: &(u16, Value), status: u16, message: &str) {
    assert_eq!(got.0, status, "body: {}", got.1);
    assert_eq!(got.1, serde_json::json!({"success": false, "message": message}));
}

/// Asserts a 400 envelope whatever the message (it must be a non-empty string).
pub fn assert_400(got: &(u16, Value)) {
    assert_eq!(got.0, 400, "body: {}", got.1);
    assert_eq!(got.1["success"], false);
    assert!(got.1["message"].as_str().is_some_and(|m| !m.is_empty()), "{}", got.1);
}

/// Status, headers and body text of a GET with the demo key.
pub async fn raw_get(base: &str, path: &str) -> (u16, reqwest::header::HeaderMap, String) {
    let res = reqwest::Client::new()
        .get(format!("{base}{path}"))
        .header("Authorization", format!("Bearer {DEMO_API_KEY}"))
        .send()
        .await
        .expect("an answer");
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    (status, headers, res.text().await.expect("body"))
}

/// One GB in the bytes the residential answers use.
pub const GB: i64 = 1_000_000_000;
/// The residential plans' query strings.
pub const STD: &str = "proxy_type=standart";
pub const PREM: &str = "proxy_type=premium";

/// `GET /proxies/profile?<q>`, which must answer 200.
pub async fn profile(h: &Harness, q: &str) -> serde_json::Value {
    let (s, body) = h.get(&format!("/user/api/proxies/profile?{q}")).await;
    assert_eq!(s, 200, "{body}");
    body
}

/// `GET /proxies/sub-users?<q>`, which must answer 200.
pub async fn subs(h: &Harness, q: &str) -> serde_json::Value {
    let (s, body) = h.get(&format!("/user/api/proxies/sub-users?{q}")).await;
    assert_eq!(s, 200, "{body}");
    body
}
