//! The p0f panel of the order page and the proxies' signatures, in a real browser against
//! the sandbox (order 1032: Datacenter, 9 IPs, 5 slots at 30 cents, 2 used): buying slots
//! at calculate's price with one POST, scheduling and cancelling a downgrade, refusing one
//! below the slots in use before sending, and the signature column and export.

use e2e::{requests_to, run, Page, Sandbox, DEMO_API_KEY};
use serde_json::Value;

const ORDER: i64 = 1032;

/// Signs in, opens order 1032 and waits for its p0f panel with the seeded counts.
async fn open_panel(page: &Page) {
    page.sign_in(DEMO_API_KEY).await;
    page.goto(&format!("/orders/{ORDER}")).await;
    page.wait_text("[data-test=p0f-slots]", "2 / 5", |t| t == "2 / 5").await;
}

/// A GET of the API from inside the page, with the demo key, as JSON.
async fn api_get(page: &Page, path: &str) -> Value {
    let script = format!(
        "const done = arguments[arguments.length - 1]; \
         fetch('{path}', {{ headers: {{ Authorization: 'Bearer {DEMO_API_KEY}' }} }}) \
           .then(r => r.json()).then(done, e => done(String(e)));"
    );
    page.js_async(&script).await
}

fn order(sandbox: &Sandbox) -> Value {
    sandbox.order(ORDER).expect("order 1032 exists")
}

fn dollars(cents: i64) -> String {
    format!("${}.{:02}", cents / 100, cents % 100)
}

#[tokio::test]
async fn buying_slots_shows_calculates_price_and_pays_once() {
    run(
        |c| c.latency_ms = 400,
        |page, sandbox| async move {
            open_panel(&page).await;
            assert_eq!(page.text("[data-test=p0f-used]").await, "2");
            assert_eq!(page.text("[data-test=p0f-available]").await, "5");
            page.fill("[data-test=p0f-add-qty]", "3").await;
            // The price on screen is the one calculate gives (30 cents a slot for Datacenter).
            let calc =
                api_get(&page, &format!("/user/api/orders/{ORDER}/addons/calculate?addon_key=p0f_slots&add_qty=3"))
                    .await;
            let total = calc["add_total"].as_i64().unwrap_or_else(|| panic!("calculate answers: {calc}"));
            assert_eq!(total, 3 * 30, "the sandbox's rule");
            let price = dollars(total);
            page.wait_text("[data-test=p0f-add-price]", &price, |t| t == price).await;
            page.click("[data-test=p0f-buy]").await;
            assert_eq!(page.text("[data-test=p0f-confirm-price]").await, price);
            let wallet = sandbox.wallet_balance();
            // Five clicks inside one script, before anything can re-render.
            page.js("const b = document.querySelector('[data-test=p0f-buy-confirm]'); \
                 for (let i = 0; i < 5; i++) b.click(); return true")
                .await;
            page.wait_text("[data-test=p0f-slots]", "2 / 8", |t| t == "2 / 8").await;
            page.wait_js("the confirmation closed", "return !document.querySelector('[data-test=p0f-buy-panel]')")
                .await;
            let path = format!("/user/api/orders/{ORDER}/addons/purchase");
            assert_eq!(requests_to(&sandbox, "POST", &path).len(), 1, "one purchase POST");
            assert_eq!(sandbox.wallet_balance(), wallet - total);
            let o = order(&sandbox);
            assert_eq!((o["p0f_slots_available"].as_i64(), o["p0f_slots_used"].as_i64()), (Some(8), Some(2)));
            assert_eq!(page.text("[data-test=p0f-next]").await, "8");
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn downgrade_below_used_is_refused_then_one_is_scheduled_and_cancelled() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_panel(&page).await;
            let schedule = format!("/user/api/orders/{ORDER}/addons/schedule");
            page.fill("[data-test=p0f-down-qty]", "1").await;
            page.click("[data-test=p0f-down]").await;
            let error = page.text("[data-test=p0f-down-error]").await;
            assert!(error.contains('2'), "names the slots in use: {error}");
            assert_eq!(requests_to(&sandbox, "POST", &schedule).len(), 0, "refused before sending");

            page.fill("[data-test=p0f-down-qty]", "3").await;
            page.click("[data-test=p0f-down]").await;
            page.find("[data-test=p0f-pending]").await;
            page.wait_text("[data-test=p0f-next]", "3", |t| t == "3").await;
            assert_eq!(requests_to(&sandbox, "POST", &schedule).len(), 1);
            let o = order(&sandbox);
            assert_eq!(o["p0f_slots_next"].as_i64(), Some(3), "{o}");
            assert_eq!(o["addons"][0]["pending"]["next_qty"].as_i64(), Some(3), "{o}");

            page.click("[data-test=p0f-down-cancel]").await;
            page.wait_text("[data-test=p0f-next]", "5", |t| t == "5").await;
            assert_eq!(page.count("[data-test=p0f-pending]").await, 0);
            let o = order(&sandbox);
            assert!(o["addons"][0]["pending"].is_null(), "{o}");
            assert_eq!(o["p0f_slots_next"].as_i64(), Some(5));
            page.assert_no_panic().await;
        },
    )
    .await;
}

/// The name the table gives a signature value.
fn label(sig: &str) -> &'static str {
    match sig {
        "ios" => "iOS",
        "macos" => "macOS",
        "android" => "Android",
        "linux" => "Linux",
        "win10" => "Windows 10",
        "win11" => "Windows 11",
        other => panic!("unexpected signature {other}"),
    }
}

#[tokio::test]
async fn signatures_in_the_table_and_the_export_and_360_px_fits() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.set_viewport(360, 800).await;
            page.goto(&format!("/orders/{ORDER}")).await;
            page.wait_text("[data-test=p0f-slots]", "2 / 5", |t| t == "2 / 5").await;
            page.find("[data-test=proxy-row]").await;
            let api = api_get(&page, &format!("/user/api/proxies/active?order_id={ORDER}")).await;
            let proxies = api["data"].as_array().unwrap_or_else(|| panic!("proxies: {api}")).clone();
            let shown = page
                .js("return [...document.querySelectorAll('[data-test=proxy-signature]')].map(td => td.textContent)")
                .await;
            let shown: Vec<String> = serde_json::from_value(shown).expect("texts");
            assert_eq!(shown.len(), proxies.len());
            let mut signed = 0;
            for (p, text) in proxies.iter().zip(&shown) {
                match p["signature"].as_str() {
                    Some(sig) => {
                        signed += 1;
                        assert_eq!(text, label(sig), "{p}");
                    }
                    None => assert_eq!(text, "none", "{p}"),
                }
            }
            assert_eq!(signed, 2, "the seeded signatures");

            // The CSV export has a signature column with the API's values.
            page.js("const s = document.querySelector('[data-test=export-format]'); s.value = 'csv'; \
                 s.dispatchEvent(new Event('change', { bubbles: true })); return true")
                .await;
            let preview = "document.querySelector('[data-test=export-preview]').value";
            page.wait_js("the preview is CSV", &format!("return {preview}.startsWith('ip,')")).await;
            let csv = page.js(&format!("return {preview}")).await;
            let csv = csv.as_str().expect("text").to_string();
            let mut lines = csv.lines();
            assert!(lines.next().is_some_and(|h| h.ends_with(",signature")), "{csv}");
            for (p, line) in proxies.iter().zip(lines) {
                let sig = p["signature"].as_str().unwrap_or("");
                assert!(line.ends_with(&format!(",{sig}")), "{line} has {sig}");
            }

            // At 360 px nothing scrolls sideways, with the panel and the table on the page.
            assert_eq!(page.js("return window.innerWidth").await, 360);
            let (over, wide) = page.horizontal_overflow().await;
            assert!(over <= 0, "the order page scrolls sideways by {over} px at 360 px: {wide:#?}");
            page.assert_no_panic().await;
        },
    )
    .await;
}

/// Clicks the selection checkboxes of these rows (0-based), as a customer would.
async fn select_rows(page: &Page, rows: &[usize]) {
    let script = format!(
        "const boxes = document.querySelectorAll('[data-test=proxy-select]'); \
         for (const i of {rows:?}) boxes[i].click(); return true"
    );
    page.js(&script).await;
}

#[tokio::test]
async fn an_os_for_selected_ips_in_one_request_refused_when_slots_are_short() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_panel(&page).await;
            page.find("[data-test=proxy-row]").await;
            let set = format!("/user/api/orders/{ORDER}/signature/set");
            // Rows 0 and 1 have the seeded signatures; 3 slots are free.
            let script = "const s = document.querySelector('[data-test=sig-os]'); s.value = 'win10'; \
                          s.dispatchEvent(new Event('change', { bubbles: true })); return s.value";
            assert_eq!(page.js(script).await, "win10");
            select_rows(&page, &[2, 3, 4, 5]).await;
            page.click("[data-test=sig-apply]").await;
            let error = page.text("[data-test=sig-error]").await;
            assert!(error.contains("buy 1 more"), "{error}");
            assert_eq!(requests_to(&sandbox, "POST", &set).len(), 0, "refused before sending");

            select_rows(&page, &[5]).await; // three selected now
            page.click("[data-test=sig-apply]").await;
            page.wait_text("[data-test=p0f-slots]", "5 / 5", |t| t == "5 / 5").await;
            assert_eq!(requests_to(&sandbox, "POST", &set).len(), 1, "one request for the selection");
            let api = api_get(&page, &format!("/user/api/proxies/active?order_id={ORDER}")).await;
            let sigs: Vec<Option<String>> = api["data"]
                .as_array()
                .expect("proxies")
                .iter()
                .map(|p| p["signature"].as_str().map(str::to_string))
                .collect();
            for i in 2..5 {
                assert_eq!(sigs[i].as_deref(), Some("win10"), "{sigs:?}");
            }
            assert_eq!(sigs[5], None, "{sigs:?}");
            page.wait_text("[data-test=proxy-row]:nth-child(3) [data-test=proxy-signature]", "Windows 10", |t| {
                t == "Windows 10"
            })
            .await;
            page.assert_no_panic().await;
        },
    )
    .await;
}
