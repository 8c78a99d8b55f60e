//! End-to-end harness: the built app (`dist/`) served by an in-process sandbox, driven in
//! Debian's headless Chromium through ChromeDriver (WebDriver) — and, for the smoke walks
//! of `tests/suite/engines.rs`, in Firefox ESR and WebKitGTK through their WebDriver servers.
//! Real server, real browser, real HTTP over loopback; nothing mocked.
//!
//! Each test gets its own sandbox (fresh seeded state), WebDriver server and browser, so
//! tests are independent and can read what the server holds afterwards.

mod browser;
pub mod cdp;
mod display;
mod driver;
mod engine;
pub mod files;

pub use browser::Page;
pub use engine::Engine;
pub use sandbox::{Config, Fault, FaultKind, LoggedRequest, Sandbox, When, DEMO_API_KEY, DEMO_EMAIL};

use futures_util::FutureExt;
use std::{future::Future, panic::AssertUnwindSafe, path::PathBuf, sync::Arc};

/// The directory of the built app: `$DASHBOARD_DIST`, else `<workspace>/dist`.
pub fn dist_dir() -> PathBuf {
    let dir = std::env::var_os("DASHBOARD_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no built app at {}: run `trunk build` first (scripts/test does)",
        dir.display()
    );
    dir
}

/// A sandbox serving the built app, with the test control endpoints on.
pub async fn start_sandbox(tweak: impl FnOnce(&mut Config)) -> Sandbox {
    let mut config = Config {
        listen: "127.0.0.1:0".parse().expect("literal address"),
        serve_dir: Some(dist_dir()),
        control: true,
        ..Config::default()
    };
    tweak(&mut config);
    Sandbox::start(config).await.expect("sandbox starts")
}

/// Runs one end-to-end test in Chromium: a fresh sandbox and browser, the body, then the
/// browser is closed even when the body panics (the panic is then re-raised). The harness
/// keeps the sandbox running until the body ends, whether or not the body uses it.
pub async fn run<F, Fut>(tweak: impl FnOnce(&mut Config), body: F)
where
    F: FnOnce(Page, Arc<Sandbox>) -> Fut,
    Fut: Future<Output = ()>,
{
    run_in(Engine::Chromium, tweak, body).await
}

/// [`run`] in another browser engine.
pub async fn run_in<F, Fut>(engine: Engine, tweak: impl FnOnce(&mut Config), body: F)
where
    F: FnOnce(Page, Arc<Sandbox>) -> Fut,
    Fut: Future<Output = ()>,
{
    let sandbox = Arc::new(start_sandbox(tweak).await);
    let base = sandbox.base_url();
    let kept = sandbox.clone();
    with_page_in(engine, &base, move |page| body(page, kept)).await;
    drop(sandbox);
}

/// Opens Chromium on `base` (a server the test started itself), runs `body`, saves the
/// browser's artifacts when the body panics, and always closes the browser; the panic is
/// then re-raised.
pub async fn with_page<F, Fut>(base: &str, body: F)
where
    F: FnOnce(Page) -> Fut,
    Fut: Future<Output = ()>,
{
    with_page_in(Engine::Chromium, base, body).await
}

/// [`with_page`] in any engine: what every end-to-end test runs in.
async fn with_page_in<F, Fut>(engine: Engine, base: &str, body: F)
where
    F: FnOnce(Page) -> Fut,
    Fut: Future<Output = ()>,
{
    let page = Page::open_in(engine, base).await;
    let closer = page.clone();
    let outcome = AssertUnwindSafe(body(page)).catch_unwind().await;
    if outcome.is_err() {
        closer.save_artifacts().await;
    }
    closer.close().await;
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}

/// The app's request time limit in tests of faults (`request_timeout_ms` of the served
/// `config.json`), so that a timeout takes 1.5 s instead of 15.
pub const FAST_TIMEOUT_MS: u64 = 1500;

/// A `run` tweak: the sandbox serves a `config.json` with [`FAST_TIMEOUT_MS`].
pub fn fast_timeouts(config: &mut Config) {
    config.app_config = Some(serde_json::json!({ "api_base": "", "request_timeout_ms": FAST_TIMEOUT_MS }));
}

/// The logged API requests with `method` and exactly `path`.
pub fn requests_to(sandbox: &Sandbox, method: &str, path: &str) -> Vec<LoggedRequest> {
    sandbox.requests().into_iter().filter(|r| r.method == method && r.path == path).collect()
}

/// The paths of paying requests (purchase, renewal, billing-cycle change, GB and add-on
/// slots bought) the sandbox saw,
/// in order, one entry per request.
pub fn paying_requests(sandbox: &Sandbox) -> Vec<String> {
    sandbox
        .requests()
        .into_iter()
        .filter(|r| {
            r.method == "POST"
                && (r.path == "/user/api/orders/purchase"
                    || r.path.ends_with("/renew")
                    || r.path.contains("/change-billing-cycle/")
                    || r.path.ends_with("/add-bandwidth")
                    || r.path.ends_with("/addons/purchase"))
        })
        .map(|r| r.path)
        .collect()
}

/// Asserts that no paying request was sent more than once (by path).
pub fn assert_no_paying_request_twice(sandbox: &Sandbox) {
    let paid = paying_requests(sandbox);
    for path in &paid {
        let n = paid.iter().filter(|p| *p == path).count();
        assert_eq!(n, 1, "{path} was sent {n} times: {paid:?}");
    }
}

/// Cents as the app shows them in English (`Intl`, en-US): `$1,234.05`.
pub fn dollars(cents: i64) -> String {
    let whole = (cents / 100).to_string();
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("${grouped}.{:02}", cents % 100)
}
