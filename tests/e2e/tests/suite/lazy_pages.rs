//! The sign-in form and the signed-in pages load as separate wasm chunks (src/pages/lazy/mod.rs,
//! scripts/split): the sign-in form needs only its own, started by the boot script, and not
//! the pages' stylesheets (src/web/page_styles.rs), even when a signed-out visitor opens a
//! signed-in page; a signed-in visit never downloads the sign-in form's; after sign-in every chunk is
//! fetched in idle time, so the pages open even once the network is gone; and a chunk the
//! server no longer has (a redeploy removed it) gives a clear notice with Retry, which
//! opens the page once the chunk is back, never a panic. A signed-in load starts the
//! frame's chunk and `config.json` from the boot script, beside the main module; the
//! profile and its look ahead show without the orders chunk, which reads and draws its
//! charts; and a click on Orders sends the page's list read beside its chunk
//! (src/api/prefetch.rs), once.

use e2e::{
    dist_dir,
    files::{copy_dir, TempDir, SIGN_IN_CHUNK_PREFIX},
    requests_to, run, Page, DEMO_API_KEY,
};
use serde_json::json;
use std::path::{Path, PathBuf};

/// The page chunks of the build in `dir`: every `.wasm` but the main module.
fn chunks(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read the build")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".wasm") && !n.ends_with("_bg.wasm"))
        .collect();
    names.sort();
    names
}

/// From now on the page's files come over the network, as on a first visit: a copy kept
/// from an earlier visit (HTTP cache, or the service worker's) is in within a millisecond,
/// sooner than any request can start, and proves nothing either way.
async fn from_the_network(page: &Page) {
    page.cdp("Network.enable", json!({})).await;
    page.cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true })).await;
    page.cdp("Network.setBypassServiceWorker", json!({ "bypass": true })).await;
}

/// The sign-in form's chunk among the build's chunks.
fn sign_in_chunk(all: &[String]) -> Vec<String> {
    let found: Vec<String> = all.iter().filter(|c| c.starts_with(SIGN_IN_CHUNK_PREFIX)).cloned().collect();
    assert_eq!(found.len(), 1, "no one sign-in chunk in {all:?}");
    found
}

/// The chunk files the page has fetched so far (from its resource timings).
async fn fetched_chunks(page: &Page, all: &[String]) -> Vec<String> {
    let names = page.js("return performance.getEntriesByType('resource').map((r) => r.name)").await;
    let names: Vec<String> = serde_json::from_value(names).unwrap_or_default();
    all.iter().filter(|c| names.iter().any(|n| n.ends_with(&format!("/{c}")))).cloned().collect()
}

#[tokio::test]
async fn the_sign_in_form_needs_only_its_own_chunk_and_signing_in_fetches_them_all() {
    let all = chunks(&dist_dir());
    assert!(all.len() >= 6, "the build has {} chunks ({all:?}): was it split?", all.len());
    let own = sign_in_chunk(&all);
    run(
        |_| {},
        |page, _| async move {
            page.goto("/sign-in").await;
            page.find("#api-key").await;
            assert_eq!(fetched_chunks(&page, &all).await, own, "chunks fetched for the sign-in form");
            // Started by static/boot.js beside the main module; the chunk loader took that answer.
            let how = page
                .js(&format!(
                    "return performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/{}')).map((e) => e.initiatorType)",
                    own[0]
                ))
                .await;
            assert_eq!(how, json!(["link"]), "the sign-in chunk: fetched once, by the boot script's preload");

            page.fill("#api-key", DEMO_API_KEY).await;
            page.click("form button[type=submit]").await;
            page.find("[data-test=email]").await;
            // Idle-time preloading fetches every page's chunk without any click.
            let wanted = all.join(" ");
            let script = format!(
                "const names = performance.getEntriesByType('resource').map((r) => r.name);
                 return '{wanted}'.split(' ').every((c) => names.some((n) => n.endsWith('/' + c)));"
            );
            page.wait_js("every page chunk fetched after sign-in", &script).await;

            // With the network gone, every page still opens: its code is already here.
            page.set_online(false).await;
            for (href, heading) in [("/orders", "Orders"), ("/buy", "Buy proxies"), ("/residential", "Residential")] {
                page.click(&format!("nav a[href$='{href}']")).await;
                page.wait_text("main h1", heading, |h| h == heading).await;
                assert_eq!(page.count("[data-test=chunk-failed]").await, 0, "{href}: the chunk was not there");
            }
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn a_signed_in_load_fetches_the_frames_chunk_and_config_once_started_by_the_boot_script() {
    run(
        |_| {},
        |page, _| async move {
            page.sign_in(DEMO_API_KEY).await;

            // A new load, still signed in: static/boot.js starts the files scripts/split
            // named on its tag, and the chunk loader takes those answers instead of asking
            // again; so does the reading of config.json (src/state/settings.rs).
            page.goto("/").await;
            page.find("[data-test=email]").await;
            let seen = page
                .js("const tag = document.querySelector('script[data-proxyshard-boot]');
                     const files = [...tag.dataset.homeChunks.split(' '), 'config.json'];
                     const entries = performance.getEntriesByType('resource');
                     return files.map((f) => [f, entries.filter((e) => e.name.endsWith('/' + f)).map((e) => e.initiatorType)]);")
                .await;
            let seen: Vec<(String, Vec<String>)> = serde_json::from_value(seen).expect("file names and initiators");
            assert!(seen.iter().any(|(f, _)| f.starts_with("split_home_chunk-")), "the frame's chunk is not named: {seen:?}");
            for (file, how) in &seen {
                assert_eq!(how, &["link"], "{file}: fetched once, by the boot script's preload");
            }
            let all = chunks(&dist_dir());
            let fetched = fetched_chunks(&page, &all).await;
            assert!(!fetched.contains(&sign_in_chunk(&all)[0]), "a signed-in load fetched the sign-in form: {fetched:?}");
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn the_profile_and_its_look_ahead_show_without_the_orders_chunk_whose_charts_follow_with_it() {
    run(
        |_| {},
        |page, _| async move {
            page.sign_in(DEMO_API_KEY).await;
            from_the_network(&page).await;
            // The orders chunk, which reads and draws the charts, cannot be downloaded: the
            // profile's first screen and its look ahead do not need it.
            page.cdp("Network.setBlockedURLs", json!({ "urls": ["*/split_orders_chunk-*"] })).await;
            page.goto("/").await;
            page.find("[data-test=email]").await;
            page.find("ul.catalogue").await;
            page.find("[data-test=look-ahead] [data-test=expiring][aria-busy=false]").await;
            page.find(
                "[data-test=look-ahead] [data-test=renewal-warning], [data-test=look-ahead] [data-test=renewal-ok]",
            )
            .await;
            assert_eq!(page.count("[data-test=look-ahead] [data-test=chunk-failed]").await, 0);
            // Scrolled to, the charts' section says their code could not be downloaded, with
            // Try again, in place of their placeholders.
            page.scroll_to_until(
                "[data-test=profile-charts]",
                "the charts' notice",
                "return document.querySelector('[data-test=profile-charts] [data-test=chunk-failed]') !== null",
            )
            .await;
            let notice = page.text("[data-test=profile-charts] [data-test=chunk-failed]").await;
            assert!(notice.contains("Try again"), "the charts' notice: {notice:?}");

            // Back on the line, Try again reads and draws them.
            page.cdp("Network.setBlockedURLs", json!({ "urls": [] })).await;
            page.click("[data-test=profile-charts] [data-test=chunk-retry]").await;
            crate::charts::scroll_to_charts(&page).await;
            assert_eq!(page.count("[data-test=chunk-failed]").await, 0, "a notice stayed");
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn an_orders_click_sends_its_list_read_beside_the_chunk_and_only_once() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            from_the_network(&page).await;
            // A new load of a page that is not the profile (whose charts load the orders chunk
            // once near the screen), clicked at once: the other pages' chunks are fetched only
            // a second later.
            page.goto("/buy").await;
            page.find("[data-test=product-select]").await;
            // Every answer 200 ms late: the chunk can then not be in before a read sent beside
            // it, however busy the machine (on bare loopback the 64 kB chunk once came in 4 ms
            // before the read was sent, under a CI's load), while a read that waited for the
            // chunk still starts after it.
            let line = json!({ "offline": false, "latency": 200, "downloadThroughput": -1, "uploadThroughput": -1 });
            page.cdp("Network.emulateNetworkConditions", line).await;
            let before = requests_to(&sandbox, "GET", "/user/api/orders").len();
            page.js("window.__clicked = performance.now(); document.querySelector(\"nav a[href$='/orders']\").click()")
                .await;
            page.find("[data-test=order-row]").await;
            let timing = page
                .js("const after = performance.getEntriesByType('resource').filter((e) => e.startTime >= window.__clicked);
                     const chunk = after.find((e) => /split_orders_chunk-[0-9a-f]+\\.wasm$/.test(e.name));
                     const list = after.find((e) => e.name.includes('/user/api/orders?'));
                     return { chunk_end: chunk ? chunk.responseEnd : null, chunk_bytes: chunk ? chunk.transferSize : null,
                              list_start: list ? list.startTime : null };")
                .await;
            let (chunk_end, list_start) = (timing["chunk_end"].as_f64(), timing["list_start"].as_f64());
            let chunk_end = chunk_end.expect("the orders chunk was not fetched on the click");
            assert!(timing["chunk_bytes"].as_f64() > Some(0.0), "the orders chunk did not come over the network: {timing}");
            let list_start = list_start.expect("no orders list read after the click");
            assert!(list_start < chunk_end, "the list read waited for the chunk: sent at {list_start}, chunk in at {chunk_end}");

            // The page took the read sent ahead instead of sending its own.
            let sent: Vec<String> = requests_to(&sandbox, "GET", "/user/api/orders")[before..]
                .iter()
                .map(|r| r.query.clone().unwrap_or_default())
                .collect();
            assert!(!sent.is_empty(), "no orders list read after the click");
            for query in &sent {
                assert_eq!(sent.iter().filter(|q| *q == query).count(), 1, "sent twice: {query} in {sent:?}");
            }
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn a_signed_out_visit_to_a_page_downloads_only_the_sign_in_form_then_comes_back() {
    let all = chunks(&dist_dir());
    let own = sign_in_chunk(&all);
    run(
        |_| {},
        |page, _| async move {
            page.goto("/orders?status=all").await;
            let path = page.wait_path("the sign-in form", |p| p.starts_with("/sign-in")).await;
            assert_eq!(path, "/sign-in?next=%2Forders%3Fstatus%3Dall");
            page.find("#api-key").await;
            assert_eq!(fetched_chunks(&page, &all).await, own, "chunks fetched for the sign-in form");
            let styles = page
                .js("return performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.css'))")
                .await;
            let styles: Vec<String> = serde_json::from_value(styles).unwrap_or_default();
            assert_eq!(styles.len(), 1, "stylesheets fetched for the sign-in form: {styles:?}");
            assert!(styles[0].contains("/main-"), "{styles:?}");

            // Signing in comes back to the orders, styled: the page stylesheets are in.
            page.fill("#api-key", DEMO_API_KEY).await;
            page.click("form button[type=submit]").await;
            page.find("[data-test=order-row]").await;
            page.wait_path("the orders", |p| p.starts_with("/orders")).await;
            assert_eq!(page.count("link[data-page-style][disabled]").await, 0);
            let layout = page.js("return getComputedStyle(document.querySelector('.topbar')).display").await;
            assert_eq!(layout, "flex", "the frame's stylesheet is not applied");
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn a_chunk_removed_by_a_redeploy_shows_a_notice_and_retry_opens_the_page() {
    let served = TempDir::new("lazy-chunks");
    copy_dir(&dist_dir(), &served.0);
    let aside = TempDir::new("lazy-chunks-aside");
    let moved: Vec<(PathBuf, PathBuf)> = chunks(&served.0)
        .into_iter()
        .flat_map(|c| {
            ["", ".br", ".gz"].map(|ext| (served.0.join(format!("{c}{ext}")), aside.0.join(format!("{c}{ext}"))))
        })
        .filter(|(from, _)| from.is_file())
        .collect();
    let dir = served.0.clone();
    run(
        move |c| c.serve_dir = Some(dir),
        |page, _| async move {
            // Without the service worker, which would otherwise have kept every chunk of the
            // build by the time they go away (it installs in the first idle moment).
            from_the_network(&page).await;
            // The form is up, so its own chunk is in; the pages' chunks then go away.
            page.goto("/sign-in").await;
            page.find("#api-key").await;
            for (from, to) in &moved {
                std::fs::rename(from, to).expect("move a chunk aside");
            }
            page.fill("#api-key", DEMO_API_KEY).await;
            page.click("form button[type=submit]").await;
            let notice = page.text("[data-test=chunk-failed]").await;
            assert!(
                notice.contains("could not be downloaded") && notice.contains("Try again"),
                "the notice says what happened and what to do: {notice:?}"
            );
            assert_eq!(page.count("[data-test=email]").await, 0, "no profile without its chunk");

            for (from, to) in &moved {
                std::fs::rename(to, from).expect("put the chunk back");
            }
            page.click("[data-test=chunk-retry]").await;
            page.find("[data-test=email]").await;
            assert_eq!(page.count("[data-test=chunk-failed]").await, 0, "the notice gave way to the page");
            // Other pages load normally now.
            page.click("nav a[href$='/orders']").await;
            page.find("[data-test=order-row]").await;
            page.assert_no_panic().await;
        },
    )
    .await;
}
