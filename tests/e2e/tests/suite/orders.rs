//! The orders table: status tabs, paging and page size through the URL, corrected
//! nonsense, empty results, and a key rejected mid-session.

use e2e::{run, DEMO_API_KEY};

/// Order ids of the rows on screen, in order.
async fn ids(page: &e2e::Page) -> Vec<String> {
    let v = page.js("return [...document.querySelectorAll('[data-test=order-id]')].map(td => td.textContent)").await;
    v.as_array().into_iter().flatten().filter_map(|x| x.as_str().map(str::to_string)).collect()
}

async fn wait_rows(page: &e2e::Page, n: usize) {
    for _ in 0..200 {
        if page.count("[data-test=order-row]").await == n {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("expected {n} order rows, saw {}", page.count("[data-test=order-row]").await);
}

#[tokio::test]
async fn all_orders_page_through_three_pages_with_the_url() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=all").await;
            page.wait_path("canonical", |p| p == "/orders?status=all&offset=0&limit=20").await;
            wait_rows(&page, 20).await;
            assert_eq!(ids(&page).await.first().map(String::as_str), Some("#1045"));
            assert_eq!(page.text("[data-test=page-number]").await, "Page 1");
            page.click("a[data-test=page-next]").await;
            page.wait_path("page 2", |p| p == "/orders?status=all&offset=20&limit=20").await;
            page.wait_text("[data-test=page-number]", "page 2", |t| t == "Page 2").await;
            page.wait_text("[data-test=order-id]", "#1025", |t| t == "#1025").await;
            page.click("a[data-test=page-next]").await;
            page.wait_path("page 3", |p| p == "/orders?status=all&offset=40&limit=20").await;
            wait_rows(&page, 5).await;
            assert_eq!(ids(&page).await.last().map(String::as_str), Some("#1001"));
            // The last page has no next link.
            page.find("span[data-test=page-next][aria-disabled=true]").await;
            // Back goes to page 2, and a reload keeps it.
            page.client().back().await.expect("back");
            page.wait_path("page 2 again", |p| p.contains("offset=20")).await;
            page.wait_text("[data-test=order-id]", "#1025", |t| t == "#1025").await;
            page.client().refresh().await.expect("reload");
            page.wait_text("[data-test=order-id]", "#1025 after reload", |t| t == "#1025").await;
            page.click("a[data-test=page-first]").await;
            page.wait_path("first page", |p| p.contains("offset=0")).await;
        },
    )
    .await;
}

#[tokio::test]
async fn status_tabs_filter_and_reset_the_page() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=active&offset=20&limit=20").await;
            wait_rows(&page, 11).await;
            page.click("[data-test=tab-on-hold]").await;
            page.wait_path("on-hold", |p| p == "/orders?status=on-hold&offset=0&limit=20").await;
            wait_rows(&page, 8).await;
            assert!(ids(&page).await.contains(&"#1002".to_string()));
            page.click("[data-test=tab-cancelled]").await;
            wait_rows(&page, 6).await;
            assert_eq!(
                page.js("return document.querySelector('[data-test=tab-cancelled]').getAttribute('aria-current')")
                    .await,
                "page"
            );
        },
    )
    .await;
}

#[tokio::test]
async fn page_size_changes_through_the_select() {
    run(|_| {}, |page, _sandbox| async move {
        page.sign_in(DEMO_API_KEY).await;
        page.goto("/orders?status=all").await;
        wait_rows(&page, 20).await;
        page.js("const s=document.querySelector('[data-test=page-size]'); s.value='50'; s.dispatchEvent(new Event('change',{bubbles:true})); return true").await;
        page.wait_path("limit 50", |p| p == "/orders?status=all&offset=0&limit=50").await;
        wait_rows(&page, 45).await;
        page.find("span[data-test=page-next][aria-disabled=true]").await;
    })
    .await;
}

#[tokio::test]
async fn nonsense_in_the_url_is_corrected() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?limit=5000&offset=-3&status=x").await;
            page.wait_path("corrected", |p| p == "/orders?status=active&offset=0&limit=100").await;
            wait_rows(&page, 31).await;
            // The server never saw the nonsense.
            assert!(sandbox.requests().iter().all(|r| !r.query.as_deref().unwrap_or("").contains("5000")));
        },
    )
    .await;
}

#[tokio::test]
async fn an_empty_page_says_so_and_offers_to_buy() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=cancelled&offset=100&limit=10").await;
            let text = page.wait_text("[data-test=orders-empty]", "the empty state", |t| !t.is_empty()).await;
            assert!(text.contains("No cancelled orders"), "{text}");
            page.find("[data-test=orders-empty] a[href='/buy']").await;
        },
    )
    .await;
}

#[tokio::test]
async fn soon_expiring_orders_are_marked_with_a_relative_date() {
    run(|_| {}, |page, _sandbox| async move {
        page.sign_in(DEMO_API_KEY).await;
        page.goto("/orders?status=active&offset=0&limit=100").await;
        wait_rows(&page, 31).await;
        // 1001 expires in 2 days and 1 hour.
        let row = page
            .js("return [...document.querySelectorAll('[data-test=order-row]')].find(r => r.textContent.includes('#1001')).className")
            .await;
        assert_eq!(row, "urgency-soon");
        let rel = page
            .js("return [...document.querySelectorAll('[data-test=order-row]')].find(r => r.textContent.includes('#1001')).querySelector('.rel').textContent")
            .await;
        assert_eq!(rel, "in 2 days");
    })
    .await;
}

#[tokio::test]
async fn a_key_rejected_mid_session_returns_to_sign_in_and_back() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            // The key is revoked: the stored one no longer matches the server's.
            page.js("sessionStorage.setItem('proxyshard.api_key', 'psk_revoked'); return true").await;
            page.goto("/orders?status=on-hold&offset=0&limit=20").await;
            let path = page.wait_path("sign-in with next", |p| p.starts_with("/sign-in?next=")).await;
            assert!(path.contains("%2Forders%3Fstatus%3Don-hold"), "{path}");
            assert_eq!(page.js("return sessionStorage.length").await, 0);
            page.fill("#api-key", DEMO_API_KEY).await;
            page.click("form button[type=submit]").await;
            page.wait_path("back to on-hold orders", |p| p.starts_with("/orders?status=on-hold")).await;
            wait_rows(&page, 8).await;
        },
    )
    .await;
}
