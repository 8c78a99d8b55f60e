//! The API key: after signing in and walking every page it is in `sessionStorage` and
//! nowhere else the browser keeps or shows — no URL (history included, nor any request's
//! URL), no `localStorage`, IndexedDB, Cache Storage entry (URLs, headers, bodies), cookie,
//! DOM text or field, nor console line. Signing out leaves it nowhere; a new tab or a new
//! browser starts signed out.

use e2e::{run, Page, DEMO_API_KEY};
use serde_json::{json, Value};

/// Everything the page can keep, searched for `key` in the page itself; returns the
/// places where it was found and how many stores were searched.
const STORES_SCRIPT: &str = r#"
const [key, done] = [arguments[0], arguments[arguments.length - 1]];
(async () => {
  const found = [];
  let searched = 0;
  const check = (where, text) => { searched++; if (String(text).includes(key)) found.push(where); };
  check('localStorage', JSON.stringify(Object.entries(localStorage)));
  check('document.cookie', document.cookie);
  check('DOM', document.documentElement.outerHTML);
  check('fields', JSON.stringify([...document.querySelectorAll('input, textarea')].map(e => e.value)));
  check('location', location.href);
  check('request URLs', JSON.stringify(performance.getEntries().map(e => e.name)));
  const request = (r) => new Promise((ok, ko) => { r.onsuccess = () => ok(r.result); r.onerror = () => ko(r.error); });
  for (const info of (indexedDB.databases ? await indexedDB.databases() : [])) {
    const db = await request(indexedDB.open(info.name));
    for (const name of db.objectStoreNames) {
      const store = db.transaction(name).objectStore(name);
      check(`indexedDB ${info.name}/${name}`, JSON.stringify([await request(store.getAllKeys()), await request(store.getAll())]));
    }
    db.close();
  }
  if (self.caches) {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys()) {
        check(`cache ${name} request`, req.url + JSON.stringify([...req.headers]));
        const res = await cache.match(req);
        if (res) check(`cache ${name} ${req.url}`, JSON.stringify([...res.headers]) + await res.text());
      }
    }
  }
  const inSession = JSON.stringify(Object.entries(sessionStorage)).includes(key);
  return { found, searched, inSession, caches: self.caches ? (await caches.keys()).length : 0 };
})().then(done, (e) => done({ error: String(e) }));
"#;

/// Asserts that the key is in none of the page's stores, none of the URLs seen, no
/// cookie (HttpOnly ones included) and no console line; and that it is in
/// `sessionStorage` exactly while `signed_in` (which proves the search can find it).
async fn assert_key_nowhere(page: &Page, urls: &[String], signed_in: bool) {
    let when = if signed_in { "signed in" } else { "signed out" };
    let report = page
        .client()
        .execute_async(STORES_SCRIPT, vec![json!(DEMO_API_KEY)])
        .await
        .unwrap_or_else(|e| panic!("store search failed: {e}"));
    assert_eq!(report.get("error"), None, "{when}: {report}");
    assert_eq!(report["found"], json!([]), "{when}: the key was found");
    assert!(report["searched"].as_u64().unwrap_or(0) >= 6, "{when}: {report}");
    assert_eq!(report["inSession"], signed_in, "{when}: {report}");
    eprintln!("{when}: searched {} places in {} caches", report["searched"], report["caches"]);
    for url in urls {
        assert!(!url.contains(DEMO_API_KEY), "{when}: the key is in a URL: {url}");
    }
    let cookies = page.client().get_all_cookies().await.expect("cookies");
    for c in &cookies {
        assert!(!c.value().contains(DEMO_API_KEY) && !c.name().contains(DEMO_API_KEY), "{when}: cookie {}", c.name());
    }
    let console = page.console_all().await;
    assert!(console.iter().all(|l| !l.contains(DEMO_API_KEY)), "{when}: the key was logged:\n{console:#?}");
}

/// The current URL, recorded.
async fn here(page: &Page, urls: &mut Vec<String>) {
    urls.push(page.client().current_url().await.expect("url").to_string());
}

/// Every URL in the tab's history: back to the start, then forward again.
async fn history(page: &Page) -> Vec<String> {
    let depth = page.js("return history.length").await.as_u64().unwrap_or(1);
    let mut urls = Vec::new();
    here(page, &mut urls).await;
    for _ in 1..depth {
        page.client().back().await.expect("back");
        here(page, &mut urls).await;
    }
    for _ in 1..depth {
        page.client().forward().await.expect("forward");
    }
    urls
}

/// Waits until the app's service worker (if this build has one) is active, so that its
/// caches are there to search.
async fn service_worker_settled(page: &Page) {
    let script = "const done = arguments[arguments.length - 1]; \
        if (!navigator.serviceWorker) { done('none'); } else { \
        const t = setTimeout(() => done('not ready'), 5000); \
        navigator.serviceWorker.ready.then(() => { clearTimeout(t); setTimeout(() => done('ready'), 500); }); }";
    let state: Value = page.js_async(script).await;
    assert!(state.is_string(), "{state}");
}

#[tokio::test]
async fn the_key_lives_in_session_storage_only_and_leaves_with_sign_out() {
    run(
        |_| {},
        |page, _sandbox| async move {
            let mut urls = Vec::new();
            page.sign_in(DEMO_API_KEY).await;
            here(&page, &mut urls).await;
            assert_eq!(page.js("return sessionStorage.getItem('proxyshard.api_key')").await, DEMO_API_KEY);

            // Every page, with what each loads: profile, orders, an order with its proxies and
            // export, the buy form with a live price.
            page.goto("/orders?status=all").await;
            page.find("[data-test=order-row]").await;
            here(&page, &mut urls).await;
            page.click("a[href='/orders/1045']").await;
            page.find("[data-test=proxy-row]").await;
            page.find("[data-test=export-preview]").await;
            here(&page, &mut urls).await;
            page.goto("/buy?product=ISP%20Proxy").await;
            page.wait_text("[data-test=price-final]", "a price", |t| t.starts_with('$')).await;
            here(&page, &mut urls).await;
            page.goto("/").await;
            page.find("[data-test=email]").await;
            service_worker_settled(&page).await;
            urls.extend(history(&page).await);
            assert_key_nowhere(&page, &urls, true).await;

            page.click("button.sign-out").await;
            page.wait_path("sign-in", |p| p.starts_with("/sign-in")).await;
            assert_eq!(page.js("return sessionStorage.length").await, 0);
            let stored = page.js("return JSON.stringify(Object.entries(sessionStorage))").await;
            assert!(!stored.as_str().unwrap_or_default().contains(DEMO_API_KEY));
            here(&page, &mut urls).await;
            assert_key_nowhere(&page, &urls, false).await;
            // Back to a page of the account: the app asks for the key again.
            page.client().back().await.expect("back");
            page.wait_path("sign-in again", |p| p.starts_with("/sign-in")).await;
            page.find("#api-key").await;
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn a_new_tab_and_a_new_browser_start_signed_out() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            // A new tab of the same browser: sessionStorage is per tab.
            let first = page.client().window().await.expect("window");
            let tab = page.client().new_window(true).await.expect("new tab");
            page.client().switch_to_window(tab.handle).await.expect("switch");
            page.goto("/orders").await;
            page.wait_path("sign-in", |p| p.starts_with("/sign-in")).await;
            assert_eq!(page.js("return sessionStorage.length").await, 0);
            page.client().close_window().await.expect("close tab");
            page.client().switch_to_window(first).await.expect("switch back");
            page.goto("/orders?status=all").await;
            page.find("[data-test=order-row]").await;

            // A new browser session altogether.
            let fresh = Page::open(page.base()).await;
            fresh.goto("/").await;
            fresh.wait_path("sign-in", |p| p.starts_with("/sign-in")).await;
            fresh.find("#api-key").await;
            assert_eq!(fresh.js("return sessionStorage.length + localStorage.length").await, 0);
            fresh.close().await;
        },
    )
    .await;
}
