//! Deployment settings read at start from `config.json` beside `index.html`, so one build
//! serves any backend. Missing or unreadable config means "same origin".

use serde::Deserialize;
use std::cell::RefCell;

thread_local! {
    static API_BASE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The shape of `config.json`.
#[derive(Debug, Default, Deserialize)]
pub struct Config {
    /// Base URL of the API, e.g. `https://user-api.proxyshard.com`; empty = same origin.
    #[serde(default)]
    pub api_base: String,
}

/// The API base URL without a trailing slash; empty means same origin.
pub fn api_base() -> String {
    API_BASE.with(|b| b.borrow().clone())
}

/// Sets the API base URL (from config, or in tests).
pub fn set_api_base(base: &str) {
    let base = base.trim().trim_end_matches('/').to_string();
    API_BASE.with(|b| *b.borrow_mut() = base);
}

/// Loads `config.json` relative to the document; silently keeps defaults when absent.
pub async fn load() {
    let Ok(resp) = gloo_net::http::Request::get("config.json")
        .cache(web_sys::RequestCache::NoCache)
        .send()
        .await
    else {
        return;
    };
    if !resp.ok() {
        return;
    }
    if let Ok(config) = resp.json::<Config>().await {
        set_api_base(&config.api_base);
    }
}
