//! Setting faults from outside the library: the control endpoint, the command line, and
//! the served `config.json` (`--app-config`).

mod common;

use std::time::Duration;

use common::{raw_get, start, start_with};
use reqwest::Method;
use sandbox::{Config, Fault};
use serde_json::json;

const ME: &str = "/user/api/me";

#[tokio::test]
async fn control_endpoint_adds_lists_and_clears_faults() {
    let h = start().await;
    let rule = r#"{"method":"GET","path":"/user/api/me","kind":"rate_limit","retry_after_secs":1,"times":2}"#;
    let (status, _) = h.send(Method::POST, "/__sandbox/faults", None, Some(rule)).await;
    assert_eq!(status, 200);
    let (_, listed) = h.send(Method::GET, "/__sandbox/faults", None, None).await;
    assert_eq!(listed[0]["kind"], "rate_limit");
    assert_eq!(listed[0]["times"], 2);
    assert_eq!(h.get(ME).await.0, 429);
    let (_, listed) = h.send(Method::GET, "/__sandbox/faults", None, None).await;
    assert_eq!(listed[0]["times"], 1);
    let (status, body) = h.send(Method::POST, "/__sandbox/faults", None, Some(r#"{"kind":"nope"}"#)).await;
    assert_eq!((status, body["success"].clone()), (400, json!(false)));
    h.send(Method::POST, "/__sandbox/faults/clear", None, Some("{}")).await;
    assert_eq!(h.get(ME).await.0, 200);
    let statuses: Vec<u16> = h.sb.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [429, 200], "control calls are not logged or faulted");

    // Without --control there is no such endpoint.
    let plain = sandbox::Sandbox::start(Config { listen: "127.0.0.1:0".parse().expect("addr"), ..Config::default() })
        .await
        .expect("starts");
    let res = reqwest::Client::new().post(format!("{}/__sandbox/faults", plain.base_url())).body(rule).send().await;
    assert_eq!(res.map(|r| r.status().as_u16()).ok(), Some(404));
    plain.shutdown();
}

#[tokio::test]
async fn app_config_replaces_config_json_and_static_paths_can_fail() {
    let h = start_with(Config {
        app_config: Some(json!({"api_base": "", "request_timeout_ms": 1500})),
        faults: vec![Fault::parse("kind=502,path=/app.js,times=1").expect("spec")],
        ..Config::default()
    })
    .await;
    let (status, body) = h.send(Method::GET, "/config.json", None, None).await;
    assert_eq!((status, body), (200, json!({"api_base": "", "request_timeout_ms": 1500})));
    let (status, _) = h.send(Method::GET, "/app.js", None, None).await;
    assert_eq!(status, 502);
    assert!(h.sb.requests().is_empty(), "only /user/api is logged");
}

#[tokio::test]
async fn the_binary_takes_fault_and_app_config_flags() {
    use tokio::io::AsyncBufReadExt;
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_sandbox"))
        .args(["--listen", "127.0.0.1:0", "--fault", "kind=429,retry_after=5,path=/user/api/me,times=1"])
        .args(["--app-config", r#"{"request_timeout_ms":900}"#])
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("binary runs");
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = tokio::io::BufReader::new(stdout).lines();
    let first = tokio::time::timeout(Duration::from_secs(20), lines.next_line())
        .await
        .expect("in time")
        .expect("io")
        .expect("a line");
    let url = first.trim_start_matches("ProxyShard sandbox listening on ").to_string();
    let (status, headers, _) = raw_get(&url, ME).await;
    assert_eq!((status, headers.get("retry-after").and_then(|v| v.to_str().ok())), (429, Some("5")));
    assert_eq!(raw_get(&url, ME).await.0, 200);
    assert_eq!(raw_get(&url, "/config.json").await.2, r#"{"request_timeout_ms":900}"#);
    child.kill().await.expect("killed");
}
