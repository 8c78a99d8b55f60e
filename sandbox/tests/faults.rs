//! Injected faults over real HTTP: every kind, before and after the handler, counted with
//! `times` and narrowed by method and exact path (set through the library; the control
//! endpoint and the command line are in `fault_control.rs`).

mod common;

use std::time::{Duration, Instant};

use common::{raw_get, start};
use sandbox::{FaultKind, When, DEMO_API_KEY};
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

const ME: &str = "/user/api/me";
const PURCHASE: &str = "/user/api/orders/purchase";
const BUY_ONE: &str = r#"{"product":"Datacenter Proxy","location":"DE","cycle":"monthly","quantity":1}"#;

#[tokio::test]
async fn canned_answers_replace_the_handler() {
    let h = start().await;
    let base = h.sb.base_url();
    let hit = |kind| h.sb.set_fault("GET", "/user/api/me$", kind, Some(1), When::Before);

    hit(FaultKind::RateLimit { retry_after_secs: Some(3) });
    let (status, headers, body) = raw_get(&base, ME).await;
    assert_eq!(status, 429);
    assert_eq!(headers.get("retry-after").and_then(|v| v.to_str().ok()), Some("3"));
    assert_eq!(
        serde_json::from_str::<Value>(&body).ok(),
        Some(json!({"success": false, "message": "Too many requests"}))
    );

    hit(FaultKind::ServerError);
    let (status, _, body) = raw_get(&base, ME).await;
    assert_eq!((status, body.contains("\"success\":false")), (500, true));

    hit(FaultKind::BadGateway);
    let (status, headers, body) = raw_get(&base, ME).await;
    assert_eq!(status, 502);
    assert_eq!(headers.get("content-type").and_then(|v| v.to_str().ok()), Some("text/html"));
    assert!(body.starts_with("<html>") && body.contains("502 Bad Gateway"), "{body}");

    hit(FaultKind::EmptyBody);
    assert_eq!(raw_get(&base, ME).await.0, 200);
    hit(FaultKind::EmptyBody);
    assert_eq!(raw_get(&base, ME).await.2, "");

    hit(FaultKind::MalformedJson);
    let (status, _, body) = raw_get(&base, ME).await;
    assert_eq!(status, 200);
    assert!(serde_json::from_str::<Value>(&body).is_err(), "{body}");

    hit(FaultKind::WrongShape);
    let (status, _, body) = raw_get(&base, ME).await;
    let v: Value = serde_json::from_str(&body).expect("valid JSON");
    assert_eq!((status, v["email"].clone(), v["orders"].is_array()), (200, Value::Null, false));

    hit(FaultKind::Custom { status: 418, body: "short and stout".into(), content_type: Some("text/plain".into()) });
    let (status, _, body) = raw_get(&base, ME).await;
    assert_eq!((status, body.as_str()), (418, "short and stout"));

    // Used up: the real answer again.
    let (status, _, body) = raw_get(&base, ME).await;
    assert_eq!(status, 200);
    assert!(body.contains("demo@proxyshard.test"));
}

#[tokio::test]
async fn extra_fields_and_rewrites_change_the_real_answer() {
    let h = start().await;
    h.sb.set_fault("GET", "/user/api/orders", FaultKind::ExtraFields, Some(1), When::Before);
    let (status, body) = h.get("/user/api/orders?status=all&limit=2").await;
    assert_eq!(status, 200);
    assert_eq!(body["orders"][0]["order_id"], 1045, "the real answer");
    assert_eq!(body["zz_future_flag"], true);
    assert_eq!(body["orders"][1]["x_unknown_field"]["nested"], json!([1, "two", null]));

    let hostile = r#"<img src=x onerror="window.__xss=1">"#;
    h.sb.set_fault(
        "GET",
        "/user/api/proxies/products",
        FaultKind::Rewrite { find: "Mobile Proxy".into(), replace: hostile.into() },
        None,
        When::Before,
    );
    let (_, body) = h.get("/user/api/proxies/products").await;
    assert_eq!(body["products"][5]["name"], hostile);
    assert_eq!(body["products"][0]["name"], "Datacenter Proxy");
}

#[tokio::test]
async fn delays_hold_the_answer_back() {
    let h = start().await;
    h.sb.set_fault("GET", ME, FaultKind::Delay { ms: 400 }, Some(1), When::Before);
    let t = Instant::now();
    assert_eq!(h.get(ME).await.0, 200);
    assert!(t.elapsed() >= Duration::from_millis(400));

    // After: the purchase is committed at once, the answer comes late.
    h.sb.set_fault("POST", PURCHASE, FaultKind::Delay { ms: 600 }, Some(1), When::After);
    let sb = &h.sb;
    let slow = h.post(PURCHASE, BUY_ONE);
    let check = async {
        tokio::time::sleep(Duration::from_millis(300)).await;
        sb.order(1046).is_some()
    };
    let ((status, body), committed_early) = tokio::join!(slow, check);
    assert_eq!((status, body["order_id"].clone()), (200, json!(1046)));
    assert!(committed_early, "the order existed before the answer came");
}

/// Sends a raw HTTP/1.1 request and returns whatever bytes came back before the close.
async fn raw_exchange(base: &str, request: &str) -> Vec<u8> {
    let addr = base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connects");
    stream.write_all(request.as_bytes()).await.expect("sent");
    let mut got = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut got)).await;
    assert!(read.is_ok(), "the connection was closed in time");
    got
}

#[tokio::test]
async fn drop_closes_the_connection_without_a_byte() {
    let h = start().await;
    let base = h.sb.base_url();
    h.sb.set_fault("GET", ME, FaultKind::Drop, Some(1), When::Before);
    let request = format!("GET {ME} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {DEMO_API_KEY}\r\n\r\n");
    assert!(raw_exchange(&base, &request).await.is_empty());
    let err = reqwest::Client::new().get(format!("{base}{ME}")).send();
    assert_eq!(err.await.map(|r| r.status().as_u16()).ok(), Some(401), "used up: answers again");

    // After: the purchase is paid and kept, but its answer is lost.
    h.sb.set_fault("POST", PURCHASE, FaultKind::Drop, Some(1), When::After);
    let request = format!(
        "POST {PURCHASE} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {DEMO_API_KEY}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{BUY_ONE}",
        BUY_ONE.len()
    );
    assert!(raw_exchange(&base, &request).await.is_empty());
    assert!(h.sb.order(1046).is_some(), "committed");
    assert_eq!(h.sb.wallet_balance(), 50_000 - 150);
    let log = h.sb.requests();
    let last = log.last().expect("logged");
    assert_eq!((last.status, last.fault.as_deref(), last.body.as_deref()), (0, Some("drop"), Some(BUY_ONE)));
}

#[tokio::test]
async fn cut_sends_the_headers_then_closes_before_the_body() {
    let h = start().await;
    let base = h.sb.base_url();
    h.sb.set_fault("POST", PURCHASE, FaultKind::Cut, Some(1), When::After);
    let request = format!(
        "POST {PURCHASE} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {DEMO_API_KEY}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{BUY_ONE}",
        BUY_ONE.len()
    );
    let got = String::from_utf8_lossy(&raw_exchange(&base, &request).await).to_ascii_lowercase();
    let (head, body) = got.split_once("\r\n\r\n").expect("a complete head");
    assert!(head.starts_with("http/1.1 200"), "{head}");
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length: "))
        .and_then(|v| v.trim().parse().ok())
        .expect("a content-length");
    assert!(length > 0 && body.is_empty(), "promised {length} bytes, sent {body:?}");
    assert!(h.sb.order(1046).is_some(), "committed");
    let last = h.sb.requests().pop().expect("logged");
    assert_eq!((last.status, last.fault.as_deref()), (200, Some("cut")));
    // A client sees an error reading the body.
    h.sb.set_fault("GET", ME, FaultKind::Cut, Some(1), When::Before);
    let res = reqwest::Client::new().get(format!("{base}{ME}")).send().await.expect("headers arrive");
    assert_eq!(res.status().as_u16(), 200);
    assert!(res.text().await.is_err());
}

#[tokio::test]
async fn before_changes_nothing_after_commits() {
    let h = start().await;
    h.sb.set_fault("POST", PURCHASE, FaultKind::ServerError, Some(1), When::Before);
    assert_eq!(h.post(PURCHASE, BUY_ONE).await.0, 500);
    assert_eq!((h.sb.order(1046), h.sb.wallet_balance()), (None, 50_000));
    h.sb.set_fault("POST", PURCHASE, FaultKind::BadGateway, Some(1), When::After);
    assert_eq!(h.post(PURCHASE, BUY_ONE).await.0, 502);
    assert!(h.sb.order(1046).is_some());
    assert_eq!(h.sb.wallet_balance(), 50_000 - 150);
    // Methods and exact paths narrow a rule.
    h.sb.set_fault("POST", "/user/api/orders$", FaultKind::ServerError, None, When::Before);
    assert_eq!(h.get("/user/api/orders?status=all").await.0, 200);
    assert_eq!(h.post(PURCHASE, BUY_ONE).await.0, 200);
    h.sb.clear_faults();
    assert!(h.sb.faults().is_empty());
}
