//! The same smoke walk in every browser engine customers use: Chromium (Chrome, Edge),
//! Firefox ESR (Gecko) and WebKitGTK (WebKit, Safari's engine family), through plain
//! WebDriver, so that a break in one engine cannot land. The walk goes where a customer
//! goes, through the app's own links: sign in with the demo key, the profile, the orders
//! page, an order page, the buy page with a live price, sign out; each step asserts what
//! the customer sees.
//!
//! An engine that is not installed fails its test with what is missing (scripts/setup
//! installs them all); it is never skipped.

use e2e::{run_in, Engine, Page, DEMO_API_KEY, DEMO_EMAIL};

/// Waits until the text of `css` is exactly `expected`.
async fn shows(page: &Page, css: &str, expected: &str) {
    page.wait_text(css, expected, |t| t.trim() == expected).await;
}

/// The walk, in `engine`.
async fn smoke_walk(engine: Engine) {
    run_in(
        engine,
        |_| {},
        |page, _sandbox| async move {
            let started = std::time::Instant::now();
            let step = |name: &str| eprintln!("{}: {name} ({:.1} s)", engine.name(), started.elapsed().as_secs_f64());

            step("sign in");
            page.goto("/").await;
            page.wait_path("the sign-in page", |p| p.starts_with("/sign-in")).await;
            page.fill("#api-key", DEMO_API_KEY).await;
            page.click("form button[type=submit]").await;

            step("profile");
            shows(&page, "[data-test=email]", DEMO_EMAIL).await;
            shows(&page, "[data-test=balance]", "$500.00").await;
            shows(&page, "[data-test=active-orders]", "31").await;
            assert_eq!(page.js("return sessionStorage.getItem('proxyshard.api_key')").await, DEMO_API_KEY);

            step("orders page");
            page.click("nav.nav a[href='/orders']").await;
            page.wait_path("the active orders", |p| p == "/orders?status=active&offset=0&limit=20").await;
            shows(&page, "[data-test=page-number]", "Page 1").await;
            shows(&page, "[data-test=order-id]", "#1045").await;
            assert_eq!(page.count("[data-test=order-row]").await, 20, "a full first page of active orders");

            step("order page");
            page.click("[data-test=order-id] a").await;
            page.wait_path("order 1045", |p| p == "/orders/1045").await;
            shows(&page, "h1", "Order #1045").await;
            shows(&page, "[data-test=order-status]", "Active").await;
            let product = page.text("[data-test=order-product]").await;
            assert!(product.ends_with("Proxy"), "the order's product: {product:?}");

            step("buy page");
            page.click("nav.nav a[href='/buy']").await;
            page.wait_path("the buy page", |p| p.starts_with("/buy")).await;
            // Defaults: Datacenter Proxy, US, a week, 1 IP at $0.60.
            shows(&page, "[data-test=price-final]", "$0.60").await;
            page.fill("[data-test=quantity-input]", "10").await;
            shows(&page, "[data-test=price-final]", "$6.00").await;
            shows(&page, "[data-test=wallet-after]", "$494.00").await;

            step("sign out");
            page.click("button.sign-out").await;
            page.wait_path("the sign-in page", |p| p.starts_with("/sign-in")).await;
            page.find("#api-key").await;
            assert_eq!(page.js("return sessionStorage.length").await, 0, "the key is forgotten");
            step("done");
        },
    )
    .await;
}

#[tokio::test]
async fn smoke_walk_in_firefox_esr() {
    smoke_walk(Engine::Firefox).await;
}

#[tokio::test]
async fn smoke_walk_in_webkitgtk() {
    smoke_walk(Engine::WebKit).await;
}

/// The control: when only this one passes, the break is the other engine's.
#[tokio::test]
async fn smoke_walk_in_chromium() {
    smoke_walk(Engine::Chromium).await;
}
