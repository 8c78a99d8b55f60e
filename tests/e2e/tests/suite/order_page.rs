//! The order page `/orders/:id`, in a real browser against the sandbox: what the customer
//! sees, and what the server holds afterwards (orders, wallet, request log).

use e2e::{run, Page, Sandbox, DEMO_API_KEY};
use serde_json::Value;

const MASK: &str = "••••••••";

/// Signs in and opens an order, waiting until its details are on screen.
async fn open_order(page: &Page, id: i64) {
    page.sign_in(DEMO_API_KEY).await;
    page.goto(&format!("/orders/{id}")).await;
    page.find("[data-test=order-status]").await;
}

/// Signs in and waits until the profile's look ahead has read what it reads (order lists
/// and details), then empties the request log, so that what follows is counted alone.
async fn sign_in_quietly(page: &Page, sandbox: &Sandbox) {
    page.sign_in(DEMO_API_KEY).await;
    page.find("[data-test=renewal-warning], [data-test=renewal-ok]").await;
    // The profile's charts read every order's details once scrolled to: wait until drawn.
    crate::charts::scroll_to_charts(page).await;
    sandbox.clear_requests();
}

/// Requests to the API with this method whose path ends with `suffix`.
fn calls(sandbox: &Sandbox, method: &str, suffix: &str) -> usize {
    sandbox.requests().iter().filter(|r| r.method == method && r.path.ends_with(suffix)).count()
}

fn field(sandbox: &Sandbox, id: i64, name: &str) -> Value {
    sandbox.order(id).unwrap_or_else(|| panic!("order {id} exists"))[name].clone()
}

#[tokio::test]
async fn details_of_an_active_datacenter_order() {
    run(
        |_| {},
        |page, sandbox| async move {
            sign_in_quietly(&page, &sandbox).await;
            page.goto("/orders/1001").await;
            page.find("[data-test=order-status]").await;
            assert_eq!(page.text("h1").await, "Order #1001");
            assert_eq!(page.text("[data-test=order-product]").await, "Datacenter Proxy");
            assert_eq!(page.text("[data-test=order-cycle]").await, "monthly");
            assert_eq!(page.text("[data-test=order-tag]").await, "checkout-bot");
            assert_eq!(page.text("[data-test=order-quantity]").await, "10 IPs");
            assert_eq!(page.text("[data-test=order-price]").await, "$12.00");
            assert_eq!(page.text("[data-test=order-status]").await, "Active");
            assert_eq!(page.text("[data-test=order-promo]").await, "MONTHLY20");
            assert_eq!(page.text("[data-test=order-auto-renewal]").await, "On");
            assert_eq!(page.text("[data-test=order-location]").await, "DE");
            let expires = page.text("[data-test=order-expires]").await;
            assert!(expires.contains("(in 2 days)") && expires.contains("Expires soon"), "{expires}");
            assert!(page.text("[data-test=order-created]").await.ends_with("UTC"));
            // Renewal is for on-hold orders only.
            assert_eq!(page.count("[data-test=renew]").await, 0);
            assert_eq!(calls(&sandbox, "GET", "/user/api/orders/1001"), 1);
        },
    )
    .await;
}

#[tokio::test]
async fn renewing_an_on_hold_order_pays_exactly_once() {
    run(
        |c| c.latency_ms = 300,
        |page, sandbox| async move {
            open_order(&page, 1002).await;
            assert_eq!(page.text("[data-test=order-status]").await, "On hold");
            let expires = page.text("[data-test=order-expires]").await;
            assert!(expires.contains("ago") && expires.contains("Expired"), "{expires}");
            page.click("[data-test=renew]").await;
            let panel = page.text("[data-test=renew-panel]").await;
            assert!(panel.contains("#1002") && panel.contains("ISP Proxy"), "{panel}");
            page.wait_text("[data-test=renew-amount]", "$9.00", |t| t == "$9.00").await;
            assert_eq!(calls(&sandbox, "POST", "/renew"), 0, "nothing paid before confirming");
            assert_eq!(sandbox.wallet_balance(), 50_000);

            page.click("[data-test=renew-confirm]").await;
            // Locked while in flight: a second click does nothing.
            assert_eq!(
                page.js("return document.querySelector('[data-test=renew-confirm]')?.disabled ?? true").await,
                true
            );
            let _ = page.js("document.querySelector('[data-test=renew-confirm]')?.click(); return 1").await;

            page.wait_text("[data-test=order-status]", "Active", |t| t == "Active").await;
            page.wait_text("[data-test=toast]", "the renewal toast", |t| t.contains("Order #1002 renewed")).await;
            assert_eq!(page.count("[data-test=renew]").await, 0);
            assert_eq!(field(&sandbox, 1002, "status"), "active");
            assert_eq!(sandbox.wallet_balance(), 50_000 - 900);
            let renewals: Vec<_> = sandbox
                .requests()
                .into_iter()
                .filter(|r| r.method == "POST" && r.path == "/user/api/orders/1002/renew")
                .collect();
            assert_eq!(renewals.len(), 1, "exactly one renewal POST");
            assert_eq!(renewals[0].status, 200);
        },
    )
    .await;
}

#[tokio::test]
async fn a_refused_renewal_explains_and_changes_nothing() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_order(&page, 1002).await;
            // Spend the wallet down to $8.00 with a purchase through the API itself.
            let status = page
                .js(r#"return fetch('/user/api/orders/purchase', {method: 'POST',
                headers: {'Content-Type': 'application/json',
                          'Authorization': 'Bearer ' + sessionStorage.getItem('proxyshard.api_key')},
                body: JSON.stringify({product: 'Datacenter Proxy', location: 'US', cycle: 'quarterly', quantity: 123})
            }).then(r => r.status)"#)
                .await;
            assert_eq!(status, 200);
            assert_eq!(sandbox.wallet_balance(), 800);
            page.click("[data-test=renew]").await;
            page.click("[data-test=renew-confirm]").await;
            let error = page.wait_text("[data-test=renew-error]", "an error", |t| !t.is_empty()).await;
            assert!(error.contains("Insufficient balance"), "{error}");
            assert_eq!(page.text("[data-test=order-status]").await, "On hold");
            assert_eq!(field(&sandbox, 1002, "status"), "on-hold");
            assert_eq!(sandbox.wallet_balance(), 800);
            assert_eq!(calls(&sandbox, "POST", "/renew"), 1);
        },
    )
    .await;
}

#[tokio::test]
async fn tag_is_edited_inline_and_checked_before_sending() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_order(&page, 1001).await;
            page.click("[data-test=tag-edit]").await;
            page.fill("[data-test=tag-input]", "  scraper-eu  ").await;
            page.click("[data-test=tag-save]").await;
            page.wait_text("[data-test=order-tag]", "the new tag", |t| t == "scraper-eu").await;
            assert_eq!(field(&sandbox, 1001, "tag"), "scraper-eu");
            assert_eq!(calls(&sandbox, "POST", "/1001/tag"), 1);

            // Cancel leaves it as it was.
            page.click("[data-test=tag-edit]").await;
            page.fill("[data-test=tag-input]", "never-saved").await;
            page.click("[data-test=tag-cancel]").await;
            page.wait_text("[data-test=order-tag]", "the old tag", |t| t == "scraper-eu").await;

            // Too long: refused inline, nothing sent.
            page.click("[data-test=tag-edit]").await;
            page.fill("[data-test=tag-input]", &"x".repeat(101)).await;
            page.click("[data-test=tag-save]").await;
            let error = page.wait_text("[data-test=tag-error]", "a length error", |t| !t.is_empty()).await;
            assert!(error.contains("100"), "{error}");
            assert_eq!(calls(&sandbox, "POST", "/1001/tag"), 1);
            assert_eq!(field(&sandbox, 1001, "tag"), "scraper-eu");

            // Empty clears the tag.
            page.fill("[data-test=tag-input]", "").await;
            page.click("[data-test=tag-save]").await;
            page.wait_text("[data-test=order-tag]", "no tag", |t| t == "No tag").await;
            assert_eq!(field(&sandbox, 1001, "tag"), Value::Null);
            assert_eq!(calls(&sandbox, "POST", "/1001/tag"), 2);
        },
    )
    .await;
}

#[tokio::test]
async fn billing_cycle_change_shows_the_price_first() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_order(&page, 1001).await;
            page.find("[data-test=cycle-select]").await.select_by_value("week").await.expect("select week");
            page.wait_text("[data-test=cycle-price]", "$6.00", |t| t == "$6.00").await;
            let notice = page.text("[data-test=cycle-promo-dropped]").await;
            assert!(notice.contains("MONTHLY20"), "{notice}");
            assert_eq!(calls(&sandbox, "POST", "/change-billing-cycle/1001"), 0, "nothing sent before confirming");

            page.click("[data-test=cycle-confirm]").await;
            let result =
                page.wait_text("[data-test=cycle-result]", "the server's prices", |t| t.contains("Final price")).await;
            assert!(result.contains("$6.00"), "{result}");
            page.wait_text("[data-test=order-cycle]", "week", |t| t == "week").await;
            page.wait_text("[data-test=order-promo]", "no promo", |t| t == "None").await;
            assert_eq!(field(&sandbox, 1001, "cycle_name"), "week");
            assert_eq!(field(&sandbox, 1001, "promo_code"), Value::Null);
            assert_eq!(calls(&sandbox, "POST", "/change-billing-cycle/1001"), 1);
        },
    )
    .await;
}

#[tokio::test]
async fn auto_renewal_switch_follows_the_server() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_order(&page, 1001).await;
            let checked = "return document.querySelector('[data-test=auto-renewal-switch]').checked";
            assert_eq!(page.js(checked).await, true);
            page.click("[data-test=auto-renewal-switch]").await;
            page.wait_js(
                "switch off",
                "return document.querySelector('[data-test=auto-renewal-switch]').checked === false",
            )
            .await;
            page.wait_text("[data-test=order-auto-renewal]", "Off", |t| t == "Off").await;
            assert_eq!(field(&sandbox, 1001, "auto_renewal"), false);
            let posts: Vec<_> = sandbox
                .requests()
                .into_iter()
                .filter(|r| r.method == "POST" && r.path.ends_with("/edit-auto-renewal/1001"))
                .collect();
            assert_eq!(posts.len(), 1);
            let query = posts[0].query.clone().unwrap_or_default();
            let pairs: Vec<&str> = query.split('&').filter(|p| !p.is_empty()).collect();
            assert_eq!(pairs, ["auto_renewal=false"], "{query}");
            page.wait_text("[data-test=toast]", "the server's message", |t| t.contains("Auto-renewal disabled")).await;
        },
    )
    .await;
}

#[tokio::test]
async fn residential_and_cancelled_orders_offer_no_dc_controls() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_order(&page, 1003).await;
            assert_eq!(page.text("[data-test=order-product]").await, "Standart Residential Proxy");
            assert_eq!(page.text("[data-test=order-expires]").await, "Never");
            for css in ["cycle-select", "auto-renewal-switch", "proxy-row", "renew", "export-format"] {
                assert_eq!(page.count(&format!("[data-test={css}]")).await, 0, "{css} on 1003");
            }
            assert_eq!(calls(&sandbox, "GET", "/proxies/active"), 0);

            page.goto("/orders/1004").await;
            page.wait_text("[data-test=order-status]", "Cancelled", |t| t == "Cancelled").await;
            for css in ["cycle-select", "auto-renewal-switch", "renew"] {
                assert_eq!(page.count(&format!("[data-test={css}]")).await, 0, "{css} on 1004");
            }
        },
    )
    .await;
}

#[tokio::test]
async fn proxies_are_listed_masked_and_exported() {
    run(
        |_| {},
        |page, _sandbox| async move {
            open_order(&page, 1001).await;
            page.find("[data-test=proxy-row]").await;
            assert_eq!(page.count("[data-test=proxy-row]").await, 10);
            let first_password = "[data-test=proxy-row]:first-child [data-test=proxy-password]";
            assert_eq!(page.text(first_password).await, MASK);
            assert_eq!(page.count("[data-test=proxy-password]").await, 10);

            let preview = "return document.querySelector('[data-test=export-preview]').value";
            let text = page.js(preview).await.as_str().unwrap_or_default().to_string();
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(lines.len(), 10, "{text}");
            for (n, line) in lines.iter().enumerate() {
                let parts: Vec<&str> = line.split(':').collect();
                assert_eq!(parts.len(), 4, "{line}");
                assert!(parts[0].starts_with("45."), "{line}");
                assert_eq!(parts[1], (8000 + n).to_string());
                assert_eq!(parts[2], format!("ps1001u{}", n + 1));
                assert_eq!(parts[3].chars().count(), 12, "{line}");
            }
            let first_secret = lines[0].rsplit(':').next().unwrap_or_default().to_string();
            assert!(!page.text("main").await.contains(&first_secret), "password hidden until revealed");

            page.click("[data-test=proxy-row]:first-child [data-test=proxy-password-reveal]").await;
            page.wait_text(first_password, "the password", |t| t == first_secret).await;
            assert_eq!(page.text("[data-test=proxy-row]:nth-child(2) [data-test=proxy-password]").await, MASK);
            page.click("[data-test=proxy-row]:first-child [data-test=proxy-password-reveal]").await;
            page.wait_text(first_password, "masked again", |t| t == MASK).await;

            // Copy all: headless Chromium may refuse the clipboard; either way the page says so.
            page.click("[data-test=export-copy]").await;
            page.wait_text("[data-test=toast]", "a copy result", |t| t.contains("copied") || t.contains("copy")).await;

            // Download: capture the file the page hands to the browser.
            page.js(r#"window.__downloads = [];
            const create = URL.createObjectURL;
            URL.createObjectURL = b => { window.__blob = b; return create(b); };
            HTMLAnchorElement.prototype.click = function () {
                window.__downloads.push(this.download);
                window.__blob.text().then(t => window.__downloadText = t);
            };
            return 1"#)
                .await;
            page.click("[data-test=export-download]").await;
            page.wait_js("the download text", "return typeof window.__downloadText === 'string'").await;
            assert_eq!(page.js("return window.__downloads[0]").await, "order-1001-proxies.txt");
            assert_eq!(page.js("return window.__downloadText").await, Value::String(text.clone()));

            // CSV: another format, another file name.
            page.find("[data-test=export-format]").await.select_by_value("csv").await.expect("select csv");
            let csv_preview =
                "return document.querySelector('[data-test=export-preview]').value.startsWith('ip,http_port')";
            page.wait_js("a CSV preview", csv_preview).await;
            page.js("window.__downloadText = undefined; return 1").await;
            page.click("[data-test=export-download]").await;
            page.wait_js("the CSV download", "return typeof window.__downloadText === 'string'").await;
            assert_eq!(page.js("return window.__downloads[1]").await, "order-1001-proxies.csv");
            let csv = page.js("return window.__downloadText").await;
            assert_eq!(csv.as_str().map(|c| c.lines().count()), Some(11));
        },
    )
    .await;
}

#[tokio::test]
async fn hostile_tag_is_shown_as_text() {
    run(
        |_| {},
        |page, _sandbox| async move {
            open_order(&page, 1005).await;
            assert_eq!(page.text("[data-test=order-tag]").await, "<img src=x onerror=alert(1)>");
            assert_eq!(page.js("return document.querySelectorAll('img').length").await, 0);
        },
    )
    .await;
}

#[tokio::test]
async fn unknown_orders_read_not_found() {
    run(
        |_| {},
        |page, sandbox| async move {
            sign_in_quietly(&page, &sandbox).await;
            page.goto("/orders/abc").await;
            let message = page.wait_text("[data-test=order-not-found]", "not found", |t| t.contains("not found")).await;
            assert!(message.contains("abc"), "{message}");
            page.find("[data-test=order-not-found] a[href='/orders']").await;
            assert!(
                !sandbox.requests().iter().any(|r| r.path.starts_with("/user/api/orders")),
                "no request for a non-numeric id"
            );

            page.goto("/orders/99999").await;
            let message = page.wait_text("[data-test=order-not-found]", "not found", |t| t.contains("not found")).await;
            assert!(message.contains("#99999"), "{message}");
            assert_eq!(page.text("h1").await, "Order not found");
            let asked: Vec<_> = sandbox.requests().into_iter().filter(|r| r.path == "/user/api/orders/99999").collect();
            assert_eq!(asked.len(), 1, "a 404 is not retried");
            assert_eq!(asked[0].status, 404);
        },
    )
    .await;
}
