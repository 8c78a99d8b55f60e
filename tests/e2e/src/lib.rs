//! End-to-end harness: the built app (`dist/`) served by an in-process sandbox, driven in
//! Debian's headless Chromium through ChromeDriver (WebDriver). Real server, real browser,
//! real HTTP over loopback; nothing mocked.
//!
//! Each test gets its own sandbox (fresh seeded state), ChromeDriver and browser, so tests
//! are independent and can read what the server holds afterwards.

mod browser;
mod driver;

pub use browser::Page;
pub use sandbox::{Config, Sandbox, DEMO_API_KEY, DEMO_EMAIL};

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

/// Runs one end-to-end test: a fresh sandbox and browser, the body, then the browser is
/// closed even when the body panics (the panic is then re-raised). The harness keeps the
/// sandbox running until the body ends, whether or not the body uses it.
pub async fn run<F, Fut>(tweak: impl FnOnce(&mut Config), body: F)
where
    F: FnOnce(Page, Arc<Sandbox>) -> Fut,
    Fut: Future<Output = ()>,
{
    let sandbox = Arc::new(start_sandbox(tweak).await);
    let base = sandbox.base_url();
    let page = Page::open(&base).await;
    let closer = page.clone();
    let outcome = AssertUnwindSafe(body(page, sandbox.clone())).catch_unwind().await;
    if outcome.is_err() {
        closer.save_artifacts().await;
    }
    closer.close().await;
    drop(sandbox);
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}
