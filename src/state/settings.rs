//! Deployment settings read at start from `config.json` beside `index.html`, so one build
//! serves any backend. Missing or unreadable config means "same origin" and the default
//! time limit. The app does not wait for them to mount (the sign-in form needs none);
//! requests do ([`ready`]). For a signed-in visitor `static/boot.js` has already started
//! the file beside the main module, and the fetch here takes that answer.

use crate::models::wire_object;
use std::{
    cell::{Cell, RefCell},
    time::Duration,
};

/// The time limit of one request when `config.json` does not set one.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(15);
/// The shortest and longest time limits `request_timeout_ms` may set.
const TIMEOUT_RANGE_MS: (u64, u64) = (100, 120_000);

thread_local! {
    /// The reading of `config.json` started by [`start_loading`], until it is done.
    static LOADING: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
    static API_BASE: RefCell<String> = const { RefCell::new(String::new()) };
    static REQUEST_TIMEOUT: Cell<Duration> = const { Cell::new(DEFAULT_REQUEST_TIMEOUT) };
}

wire_object! {
    /// The shape of `config.json`.
    #[derive(Debug, Default)]
    pub struct Config {
        /// Base URL of the API, e.g. `https://user-api.proxyshard.com`; empty = same origin.
        pub api_base: String,
        /// How long one request may take, in milliseconds (kept within 100 ms … 120 s);
        /// 15 s when absent.
        pub request_timeout_ms: Option<u64>,
    }
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

/// How long one request may take before it is aborted.
pub fn request_timeout() -> Duration {
    REQUEST_TIMEOUT.with(Cell::get)
}

/// Sets the time limit of a request (from config, or in tests); `None` restores the
/// default. Values are kept within 100 ms … 120 s.
pub fn set_request_timeout(ms: Option<u64>) {
    let limit = ms
        .map_or(DEFAULT_REQUEST_TIMEOUT, |ms| Duration::from_millis(ms.clamp(TIMEOUT_RANGE_MS.0, TIMEOUT_RANGE_MS.1)));
    REQUEST_TIMEOUT.with(|t| t.set(limit));
}

/// Starts reading `config.json` in the background; [`ready`] waits for it.
pub fn start_loading() {
    let loading = wasm_bindgen_futures::future_to_promise(async {
        load().await;
        Ok(wasm_bindgen::JsValue::UNDEFINED)
    });
    LOADING.with(|l| *l.borrow_mut() = Some(loading));
}

/// Waits until the settings are read (at once when they are, or were never asked for):
/// the first requests wait for the reading; the one that sees it done forgets it, so the
/// later ones pass without a trip through a JS promise.
pub async fn ready() {
    if let Some(loading) = LOADING.with(|l| l.borrow().clone()) {
        let _ = wasm_bindgen_futures::JsFuture::from(loading).await;
        LOADING.with(|l| l.borrow_mut().take());
    }
}

/// Loads `config.json` relative to the document; silently keeps defaults when absent.
async fn load() {
    let Ok(resp) = gloo_net::http::Request::get("config.json").cache(web_sys::RequestCache::NoCache).send().await
    else {
        return;
    };
    if !resp.ok() {
        return;
    }
    if let Ok(config) = resp.json::<Config>().await {
        set_api_base(&config.api_base);
        set_request_timeout(config.request_timeout_ms);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_timeout_from_config() {
        let config: Config = serde_json::from_str(r#"{"api_base":"","request_timeout_ms":1500}"#).expect("decodes");
        assert_eq!(config.request_timeout_ms, Some(1500));
        assert_eq!(request_timeout(), DEFAULT_REQUEST_TIMEOUT);
        set_request_timeout(Some(1500));
        assert_eq!(request_timeout(), Duration::from_millis(1500));
        set_request_timeout(Some(0));
        assert_eq!(request_timeout(), Duration::from_millis(100));
        set_request_timeout(Some(u64::MAX));
        assert_eq!(request_timeout(), Duration::from_secs(120));
        set_request_timeout(None);
        assert_eq!(request_timeout(), DEFAULT_REQUEST_TIMEOUT);
        let old: Config = serde_json::from_str(r#"{"api_base":"x"}"#).expect("decodes");
        assert_eq!(old.request_timeout_ms, None);
    }
}
