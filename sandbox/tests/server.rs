//! Server-level options: CORS, static files, latency, and the compiled binary.

mod common;

use std::time::{Duration, Instant};

use common::start_with;
use reqwest::Method;
use sandbox::{Config, DEMO_API_KEY};
use serde_json::json;
use tokio::io::{AsyncBufReadExt, BufReader};

#[tokio::test]
async fn cors_preflight_allows_exactly_the_configured_origin() {
    let origin = "http://localhost:3000";
    let h = start_with(Config { cors_origin: Some(origin.into()), ..Config::default() }).await;
    let url = format!("{}/user/api/orders/purchase", h.sb.base_url());
    let res = h
        .http
        .request(Method::OPTIONS, &url)
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type")
        .send()
        .await
        .expect("sent");
    assert!(res.status().is_success(), "{}", res.status());
    let hdr = |name: &str| res.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_ascii_lowercase);
    assert_eq!(hdr("access-control-allow-origin").as_deref(), Some(origin));
    assert_eq!(hdr("access-control-max-age").as_deref(), Some("600"));
    assert!(
        hdr("access-control-allow-headers").is_some_and(|v| v.contains("authorization") && v.contains("content-type"))
    );
    assert!(hdr("access-control-allow-methods").is_some_and(|v| v.contains("post")));

    // A real request (even a 401) carries the header; another origin does not get it.
    let res =
        h.http.get(format!("{}/user/api/me", h.sb.base_url())).header("Origin", origin).send().await.expect("sent");
    assert_eq!(res.status().as_u16(), 401);
    assert_eq!(res.headers().get("access-control-allow-origin").and_then(|v| v.to_str().ok()), Some(origin));
    let res = h
        .http
        .get(format!("{}/health", h.sb.base_url()))
        .header("Origin", "http://evil.test")
        .send()
        .await
        .expect("sent");
    assert!(res.headers().get("access-control-allow-origin").is_none());
}

#[tokio::test]
async fn serve_dir_answers_files_and_deep_links() {
    let dir = std::env::temp_dir().join(format!("sandbox-serve-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("mkdir");
    std::fs::write(dir.join("index.html"), "<html>dashboard</html>").expect("write");
    std::fs::write(dir.join("app.js"), "console.log(1)").expect("write");
    std::fs::write(dir.join("app.js.gz"), b"\x1f\x8b fake gzip").expect("write");
    let h = start_with(Config { serve_dir: Some(dir.clone()), ..Config::default() }).await;
    let base = h.sb.base_url();
    for path in ["/", "/orders/17", "/settings"] {
        let res = h.http.get(format!("{base}{path}")).send().await.expect("sent");
        assert_eq!(res.status().as_u16(), 200, "{path}");
        assert_eq!(res.text().await.expect("text"), "<html>dashboard</html>", "{path}");
    }
    let res = h.http.get(format!("{base}/app.js")).send().await.expect("sent");
    assert_eq!(res.text().await.expect("text"), "console.log(1)");
    // A missing file (an old build's chunk) is a 404, not the app, as nginx answers it.
    for path in ["/gone-0123456789abcdef.wasm", "/icons/none.png"] {
        let res = h.http.get(format!("{base}{path}")).send().await.expect("sent");
        assert_eq!(res.status().as_u16(), 404, "{path}");
    }
    let res = h.http.get(format!("{base}/app.js")).header("Accept-Encoding", "gzip").send().await.expect("sent");
    assert_eq!(res.headers().get("content-encoding").and_then(|v| v.to_str().ok()), Some("gzip"));
    // The API and health are never shadowed by index.html.
    let got = h.send(Method::GET, "/user/api/unknown", Some(DEMO_API_KEY), None).await;
    assert_eq!(got, (404, json!({"success": false, "message": "Not found"})));
    assert_eq!(h.send(Method::GET, "/health", None, None).await, (200, json!({"status": "ok"})));
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn latency_delays_api_answers_only() {
    let h = start_with(Config { latency_ms: 300, ..Config::default() }).await;
    let t = Instant::now();
    assert_eq!(h.get("/user/api/me").await.0, 200);
    assert!(t.elapsed() >= Duration::from_millis(300));
    let t = Instant::now();
    h.send(Method::GET, "/health", None, None).await;
    assert!(t.elapsed() < Duration::from_millis(300));
}

#[tokio::test]
async fn binary_prints_address_and_key() {
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_sandbox"))
        .args(["--listen", "127.0.0.1:0", "--seed", "7"])
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("binary runs");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = BufReader::new(stdout).lines();
    let read = |l: Option<String>| l.expect("a line");
    let first =
        read(tokio::time::timeout(Duration::from_secs(20), lines.next_line()).await.expect("in time").expect("io"));
    let second = read(lines.next_line().await.expect("io"));
    let url = first.strip_prefix("ProxyShard sandbox listening on ").expect("listening line").to_string();
    assert!(url.starts_with("http://127.0.0.1:") && !url.ends_with(":0"), "{url}");
    assert_eq!(second, format!("Demo API key: {DEMO_API_KEY}"));
    let third = read(lines.next_line().await.expect("io"));
    assert_eq!(third, format!("Second demo API key (no residential traffic): {}", sandbox::SECOND_DEMO_API_KEY));
    let res = reqwest::get(format!("{url}/health")).await.expect("health");
    assert_eq!(res.status().as_u16(), 200);
    child.kill().await.expect("killed");
}

#[tokio::test]
async fn binary_rejects_bad_arguments_with_exit_2() {
    let out =
        tokio::process::Command::new(env!("CARGO_BIN_EXE_sandbox")).arg("--bogus").output().await.expect("binary runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--bogus") && err.contains("Usage:"), "{err}");
}
