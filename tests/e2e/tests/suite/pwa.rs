//! The installable, offline-aware app: Chromium finds nothing wrong with the manifest,
//! icons and service worker; the shell is cached and the API never is; a reload while
//! offline still shows the app with the offline banner, which goes away when the
//! network returns; a new deployment is offered as "A new version is ready — Reload";
//! and all of it under the Content-Security-Policy, with no violation in the console.

use e2e::{
    dist_dir,
    files::{copy_dir, TempDir},
    run, start_sandbox, with_page, Page, DEMO_API_KEY,
};
use serde_json::{json, Value};
use std::{
    net::TcpStream,
    path::Path,
    sync::{Arc, Mutex},
    time::Duration,
};

const WAIT: Duration = Duration::from_secs(20);

/// Polls `script` (a function body) until it returns `true`.
async fn wait_js(page: &Page, what: &str, script: &str) {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        if page.js(script).await == Value::Bool(true) {
            return;
        }
        assert!(tokio::time::Instant::now() < deadline, "never true: {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Runs asynchronous JavaScript: the body calls `arguments[0]` with its result.
async fn js_async(page: &Page, script: &str) -> Value {
    page.client().execute_async(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

async fn wait_controlled(page: &Page) {
    wait_js(page, "a service worker controls the page", "return !!navigator.serviceWorker.controller").await;
}

/// Every URL in the page's Cache Storage, by cache name.
async fn cached(page: &Page) -> Vec<(String, Vec<String>)> {
    let v = js_async(
        page,
        "const done = arguments[0];
         (async () => {
           const out = [];
           for (const name of await caches.keys()) {
             const keys = await (await caches.open(name)).keys();
             out.push([name, keys.map(r => r.url)]);
           }
           return out;
         })().then(done, e => done(String(e)));",
    )
    .await;
    serde_json::from_value(v).expect("cache listing")
}

/// Width and height from a PNG's IHDR.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "{} is not a PNG", path.display());
    let word = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (word(16), word(20))
}

/// The build id that scripts/postbuild wrote into `sw.js` of `dir`.
fn build_id(dir: &Path) -> String {
    let sw = std::fs::read_to_string(dir.join("sw.js")).expect("sw.js");
    let line = sw.lines().find(|l| l.starts_with("const BUILD_ID = ")).expect("a BUILD_ID line");
    let id = line.trim_start_matches("const BUILD_ID = ").trim_end_matches(';').trim_matches('"').to_string();
    assert!(!id.starts_with("__"), "sw.js still has its placeholder: was scripts/postbuild run?");
    id
}

#[test]
fn the_build_has_no_inline_script_and_ships_its_pwa_files() {
    let dist = dist_dir();
    let html = std::fs::read_to_string(dist.join("index.html")).expect("index.html");
    for tag in html.split("<script").skip(1) {
        let open = &tag[..tag.find('>').expect("a closed tag")];
        assert!(open.contains(" src="), "an inline script in index.html: <script{open}>");
    }
    assert!(html.contains(r#"http-equiv="Content-Security-Policy""#), "no CSP meta");
    assert!(
        html.contains("'wasm-unsafe-eval'") && !html.contains("'unsafe-inline'") && !html.contains("'unsafe-eval'")
    );
    assert!(html.contains(r#"<base href="/""#), "Trunk writes public_url into <base>");
    assert_eq!(std::fs::read_to_string(dist.join("404.html")).expect("404.html"), html, "404.html is index.html");
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(dist.join("manifest.webmanifest")).expect("manifest"))
            .expect("json");
    assert_eq!(manifest["name"], "ProxyShard Dashboard");
    assert_eq!(manifest["short_name"], "ProxyShard");
    assert_eq!(manifest["display"], "standalone");
    for icon in manifest["icons"].as_array().expect("icons") {
        let src = icon["src"].as_str().expect("src");
        let size = png_size(&dist.join(src));
        assert_eq!(format!("{}x{}", size.0, size.1), icon["sizes"].as_str().expect("sizes"), "{src}");
    }
    assert!(manifest["icons"].as_array().into_iter().flatten().any(|i| i["purpose"] == "maskable"));
    let sw = std::fs::read_to_string(dist.join("sw.js")).expect("sw.js");
    build_id(&dist);
    for file in ["index.html", "config.json", "manifest.webmanifest", "boot.js", "icons/icon-192.png"] {
        assert!(sw.contains(&format!("\"{file}\"")), "sw.js does not cache {file}");
    }
    assert!(!sw.contains("\"sw.js\"") && !sw.contains("\"404.html\""));
}

#[tokio::test]
async fn chromium_finds_the_app_installable() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.goto("/sign-in").await;
            page.find("#api-key").await;
            wait_controlled(&page).await;
            let deadline = tokio::time::Instant::now() + WAIT;
            loop {
                let result = page.cdp("Page.getInstallabilityErrors", json!({})).await;
                let errors = result["installabilityErrors"].as_array().cloned().unwrap_or_default();
                if errors.is_empty() && result.get("installabilityErrors").is_some() {
                    break;
                }
                assert!(tokio::time::Instant::now() < deadline, "installability errors: {result}");
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            let manifest = page.cdp("Page.getAppManifest", json!({})).await;
            assert_eq!(manifest["errors"], json!([]), "{manifest}");
            assert!(manifest["url"].as_str().unwrap_or_default().ends_with("/manifest.webmanifest"));
            assert_eq!(page.csp_violations().await, Vec::<String>::new());
        },
    )
    .await;
}

#[tokio::test]
async fn the_shell_is_cached_and_the_api_never_is() {
    run(|_| {}, |page, _sandbox| async move {
        page.goto("/sign-in").await;
        wait_controlled(&page).await;
        page.sign_in(DEMO_API_KEY).await;
        page.goto("/orders/1001").await;
        page.wait_text("h1", "order 1001", |t| t == "Order #1001").await;
        let caches = cached(&page).await;
        assert_eq!(caches.len(), 1, "one cache, of this build: {caches:?}");
        let (name, urls) = &caches[0];
        assert!(name.ends_with(&build_id(&dist_dir())), "{name}");
        assert!(urls.iter().any(|u| u.ends_with("/index.html")), "{urls:?}");
        assert!(urls.iter().any(|u| u.ends_with("_bg.wasm")), "{urls:?}");
        let api: Vec<_> = urls.iter().filter(|u| u.contains("/user/api")).collect();
        assert!(api.is_empty(), "API answers were cached: {api:?}");
        // Shell files come from the cache; API calls from the network.
        let sources = page
            .js("return performance.getEntriesByType('resource').filter(e => e.name.includes('/user/api/')).map(e => e.workerStart > 0 && e.deliveryType === 'cache')")
            .await;
        assert!(sources.as_array().into_iter().flatten().all(|v| v == &Value::Bool(false)), "{sources}");
        // The languages' texts are not precached; the one a customer reads is kept.
        assert!(!urls.iter().any(|u| u.contains("/locales/")), "{urls:?}");
        page.choose_language("ru").await;
        let caches = cached(&page).await;
        let languages: Vec<_> = caches[0].1.iter().filter(|u| u.contains("/locales/")).collect();
        assert!(languages.len() == 1 && languages[0].ends_with("/locales/ru.json"), "{languages:?}");
        assert_eq!(page.csp_violations().await, Vec::<String>::new());
    })
    .await;
}

#[tokio::test]
async fn a_reload_while_offline_shows_the_shell_and_the_banner_until_the_network_returns() {
    let server = start_sandbox(|_| {}).await;
    let addr = server.addr();
    let server = Arc::new(Mutex::new(Some(server)));
    let serving = server.clone();
    with_page(&format!("http://{addr}"), |page| async move {
        page.goto("/sign-in").await;
        page.find("#api-key").await;
        wait_controlled(&page).await;
        assert_eq!(page.count("[data-test=offline-banner]").await, 0);

        // The network goes down: the browser says so (DevTools), and the server is gone
        // (DevTools' emulation does not reach the service worker's own requests).
        page.set_online(false).await;
        if let Some(server) = serving.lock().ok().and_then(|mut s| s.take()) {
            server.shutdown();
        }
        let deadline = std::time::Instant::now() + WAIT;
        while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            assert!(std::time::Instant::now() < deadline, "the server still answers");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        page.client().refresh().await.expect("reload while offline");
        let banner = page.text("[data-test=offline-banner]").await;
        assert_eq!(banner, "You are offline. Changes are paused until the connection returns.");
        page.find("#api-key").await;
        assert_eq!(page.js("return document.querySelector('form button[type=submit]').disabled").await, true);
        page.find("[data-test=offline-reason]").await;
        // A deep link opens offline too: the worker answers with the cached shell.
        page.goto("/orders/17").await;
        page.find("[data-test=offline-banner]").await;
        page.find("#api-key").await;

        // The network returns, on the same address.
        let back = start_sandbox(|c| c.listen = addr).await;
        if let Ok(mut s) = serving.lock() {
            *s = Some(back);
        }
        page.set_online(true).await;
        wait_js(&page, "the banner goes away", "return !document.querySelector('[data-test=offline-banner]')").await;
        assert_eq!(page.count("[data-test=offline-reason]").await, 0);
        // Everything works again without a reload.
        page.fill("#api-key", DEMO_API_KEY).await;
        page.click("form button[type=submit]").await;
        page.wait_path("the order after sign-in", |p| p == "/orders/17").await;
        assert_eq!(page.csp_violations().await, Vec::<String>::new());
    })
    .await;
    drop(server);
}

/// A copy of `dist/` in a temp dir (removed on drop), to change as a deployment would.
fn dist_copy() -> TempDir {
    let site = TempDir::new("pwa");
    copy_dir(&dist_dir(), &site.0);
    site
}

#[tokio::test]
async fn a_new_deployment_is_offered_and_taken_on_reload() {
    let site = dist_copy();
    let (dir, served) = (site.0.clone(), site.0.clone());
    run(
        move |c| c.serve_dir = Some(served),
        |page, _sandbox| async move {
            page.goto("/sign-in").await;
            wait_controlled(&page).await;
            let old = build_id(&dir);
            wait_js(
                &page,
                "the first cache",
                &format!("return caches.keys().then(k => k.some(n => n.endsWith('{old}')))"),
            )
            .await;
            assert_eq!(page.count("[data-test=update-banner]").await, 0);

            // Deploy: a new build id (scripts/postbuild writes one per build).
            let new = format!("{old}-next");
            let sw = std::fs::read_to_string(dir.join("sw.js")).expect("sw.js");
            std::fs::write(dir.join("sw.js"), sw.replace(&format!("\"{old}\""), &format!("\"{new}\""))).expect("write");
            // The browser checks for a new worker on navigation.
            page.client().refresh().await.expect("reload");
            page.find("[data-test=update-banner]").await;
            assert!(page.text("[data-test=update-banner]").await.contains("A new version is ready"));
            page.js("window.beforeUpdate = true; return null").await;
            page.click("[data-test=update-reload]").await;
            wait_js(
                &page,
                "a reload",
                "return window.beforeUpdate === undefined && !!document.querySelector('#api-key')",
            )
            .await;
            wait_js(&page, "the new worker in control", "return !!navigator.serviceWorker.controller").await;
            assert_eq!(page.count("[data-test=update-banner]").await, 0);
            let caches = cached(&page).await;
            let names: Vec<&str> = caches.iter().map(|(n, _)| n.as_str()).collect();
            assert!(names.len() == 1 && names[0].ends_with(&new), "the old cache is dropped: {names:?}");
            assert_eq!(page.csp_violations().await, Vec::<String>::new());
        },
    )
    .await;
    drop(site);
}
