//! The Chrome DevTools Protocol through ChromeDriver's passthrough (the tests' `Page::cdp` and the benchmark):
//! `POST /session/{id}/goog/cdp/execute {"cmd": "Domain.method", "params": {...}}`.

use fantoccini::Client;
use serde_json::{json, Value};

/// One CDP command for [`Client::issue_cmd`].
#[derive(Debug)]
struct CdpCommand {
    body: String,
}

impl fantoccini::wd::WebDriverCompatibleCommand for CdpCommand {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.clone()))
    }
}

/// Runs `cmd` with `params` in the current tab; returns CDP's result object.
pub async fn cdp(client: &Client, cmd: &str, params: Value) -> Value {
    let body = json!({ "cmd": cmd, "params": params }).to_string();
    client.issue_cmd(CdpCommand { body }).await.unwrap_or_else(|e| panic!("CDP {cmd} failed: {e}"))
}
