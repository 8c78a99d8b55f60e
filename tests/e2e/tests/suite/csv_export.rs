//! "Export CSV" on the orders page: every order of the filter across all pages, read
//! politely through a 429 (which the page says), with formula-looking tags defused; a
//! thousand orders; Cancel; the panel in another language. The file is captured as the
//! page hands it to the browser.

use e2e::{run, FaultKind, Page, When, DEMO_API_KEY};

/// Replaces the browser's download with a capture: `window.__downloads` (file names),
/// `window.__downloadHead` (the first three bytes of the last file: `Blob.text()` drops a
/// byte order mark) and `window.__downloadText` (its text).
async fn capture_downloads(page: &Page) {
    page.js(r#"window.__downloads = [];
        const create = URL.createObjectURL;
        URL.createObjectURL = b => { window.__blob = b; return create(b); };
        HTMLAnchorElement.prototype.click = function () {
            window.__downloads.push(this.download);
            window.__blob.arrayBuffer()
                .then(b => { window.__downloadHead = [...new Uint8Array(b).slice(0, 3)]; return window.__blob.text(); })
                .then(t => window.__downloadText = t);
        };
        return 1"#)
        .await;
}

/// Clicks Download once every detail is in, checks that the file starts with a byte order
/// mark (for Excel), and returns the file's name and text.
async fn download(page: &Page) -> (String, String) {
    capture_downloads(page).await;
    page.click("[data-test=csv-download]").await;
    page.wait_js("the CSV file", "return typeof window.__downloadText === 'string'").await;
    let name = page.js("return window.__downloads[0]").await.as_str().unwrap_or_default().to_string();
    let text = page.js("return window.__downloadText").await.as_str().unwrap_or_default().to_string();
    assert_eq!(
        page.js("return window.__downloadHead").await,
        serde_json::json!([0xEF, 0xBB, 0xBF]),
        "a byte order mark"
    );
    (name, text)
}

/// Asserts that no order's details were answered twice (the orders cache keeps them).
fn assert_no_order_read_twice(sandbox: &e2e::Sandbox) {
    let mut read: Vec<String> = sandbox
        .requests()
        .into_iter()
        .filter(|r| r.method == "GET" && r.status == 200 && r.path.starts_with("/user/api/orders/"))
        .filter(|r| r.path["/user/api/orders/".len()..].chars().all(|c| c.is_ascii_digit()))
        .map(|r| r.path)
        .collect();
    let all = read.len();
    read.sort_unstable();
    read.dedup();
    assert_eq!(read.len(), all, "an order's details were read twice");
}

/// The CSV's records after the header, split on CRLF (no field here holds a line break).
fn records(text: &str) -> Vec<&str> {
    text.split("\r\n").skip(1).filter(|r| !r.is_empty()).collect()
}

#[tokio::test]
async fn every_page_of_the_filter_through_a_429_with_formulas_defused() {
    run(
        |config| config.extra_orders = 20,
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=all").await;
            page.find("[data-test=order-row]").await;
            // What the profile read before is another page's (a full load starts afresh).
            sandbox.clear_requests();
            // The first four detail reads are told to wait two seconds.
            sandbox.set_fault(
                "GET",
                "/user/api/orders/10",
                FaultKind::RateLimit { retry_after_secs: Some(2) },
                Some(4),
                When::Before,
            );
            page.click("[data-test=csv-export]").await;
            let slowed = page.wait_text("[data-test=csv-slowed]", "the slow-down said", |t| !t.is_empty()).await;
            assert!(slowed.contains("slow down") && slowed.contains("2 s"), "{slowed}");
            page.wait_text("[data-test=csv-download]", "all 65 read", |t| t.contains("65 orders")).await;
            page.wait_js("the notice goes", "return !document.querySelector('[data-test=csv-slowed]')").await;
            let (name, text) = download(&page).await;
            assert!(name.starts_with("proxyshard-orders-2") && name.ends_with(".csv"), "dated name: {name}");
            assert!(
                text.starts_with("Order,Product,Status,Billing cycle,Quantity,Location,Price paid (USD),"),
                "{text:.80}"
            );
            let rows = records(&text);
            assert_eq!(rows.len(), 65, "every order of every page, not the 20 on screen");
            let mut ids: Vec<&str> = rows.iter().map(|r| r.split(',').next().unwrap_or_default()).collect();
            ids.sort_unstable();
            ids.dedup();
            assert_eq!(ids.len(), 65, "each order once");
            let row = |id: &str| rows.iter().find(|r| r.starts_with(&format!("{id},"))).copied().unwrap_or_default();
            assert!(row("1001").starts_with("1001,Datacenter Proxy,active,monthly,10,DE,12.00,"), "{}", row("1001"));
            assert!(row("1049").ends_with(",'=1+2"), "a formula tag is defused: {}", row("1049"));
            assert!(row("1056").contains("\"'=HYPERLINK("), "quoted and defused: {}", row("1056"));
            assert!(page.text("[data-test=csv-saved]").await.contains(&name));
            // Four were told to wait, and no order was read twice.
            let details: Vec<_> = sandbox
                .requests()
                .into_iter()
                .filter(|r| r.method == "GET" && r.path.starts_with("/user/api/orders/10"))
                .collect();
            assert_eq!(details.iter().filter(|r| r.status == 429).count(), 4);
            assert_no_order_read_twice(&sandbox);
        },
    )
    .await;
}

#[tokio::test]
async fn a_thousand_orders_export_and_cancel_stops_the_reads() {
    run(
        |config| config.extra_orders = 1_000,
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=all").await;
            page.find("[data-test=order-row]").await;
            sandbox.clear_requests();
            // Slow reads first: Cancel while they go.
            sandbox.set_fault("GET", "/user/api/orders/1", FaultKind::Delay { ms: 400 }, None, When::Before);
            page.click("[data-test=csv-export]").await;
            page.wait_js(
                "some read",
                "const p = document.querySelector('[data-test=csv-progress]'); return !!p && p.value > 0",
            )
            .await;
            page.click("[data-test=csv-cancel]").await;
            page.wait_js("the panel closes", "return !document.querySelector('[data-test=csv-panel]')").await;
            let count = || {
                sandbox
                    .requests()
                    .into_iter()
                    .filter(|r| r.method == "GET" && r.path.len() == "/user/api/orders/1001".len())
                    .filter(|r| r.path.starts_with("/user/api/orders/1") || r.path.starts_with("/user/api/orders/2"))
                    .count()
            };
            // The four on their way may still land, and nothing after them: there is no
            // event for "nothing more was sent", so this one waits a fixed time.
            let at_cancel = count();
            tokio::time::sleep(std::time::Duration::from_millis(1_500)).await;
            assert!(count() <= at_cancel + 4, "the queue stopped: {at_cancel} then {}", count());
            sandbox.clear_faults();
            // Again, at full speed: the ones read already are kept.
            page.click("[data-test=csv-export]").await;
            page.wait_text("[data-test=csv-download]", "all 1045 read", |t| t.contains("1045 orders")).await;
            let (_, text) = download(&page).await;
            assert_eq!(records(&text).len(), 1_045);
            assert_no_order_read_twice(&sandbox);
        },
    )
    .await;
}

#[tokio::test]
async fn the_export_follows_the_tag_filter_and_the_language() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.js("localStorage.setItem('proxyshard.lang', 'ru'); return 1").await;
            page.goto("/orders?status=all&tag=eu-scraping").await;
            page.find("[data-test=order-row]").await;
            page.click("[data-test=csv-export]").await;
            assert_eq!(page.text("#csv-title").await, "Экспорт заказов в CSV");
            let (_, text) = download(&page).await;
            assert!(text.starts_with("Заказ,Продукт,Статус,"), "translated headers: {text:.80}");
            let rows = records(&text);
            assert_eq!(rows.len(), 5, "the five orders tagged eu-scraping");
            assert!(rows.iter().all(|r| r.ends_with(",eu-scraping")), "{rows:?}");
        },
    )
    .await;
}
