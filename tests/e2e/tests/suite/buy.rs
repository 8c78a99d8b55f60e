//! Buying, in a real browser against the sandbox: the live price, the checks made before
//! anything is sent, and the paying step. Each test asserts what the customer sees and
//! what the server holds afterwards.

use e2e::{dollars, run, FaultKind, Page, Sandbox, When, DEMO_API_KEY};
use std::time::Duration;

const PURCHASE: &str = "/user/api/orders/purchase";
const CALCULATE: &str = "/user/api/orders/calculate";

/// Chooses `value` in the `<select>` with `data-test=test`, as a customer would.
async fn choose(page: &Page, test: &str, value: &str) {
    page.find(&format!("[data-test={test}]")).await;
    let script = format!(
        "const s = document.querySelector('[data-test={test}]'); s.value = {value:?}; \
         s.dispatchEvent(new Event('change', {{ bubbles: true }})); return s.value"
    );
    assert_eq!(page.js(&script).await, value, "{test} has no option {value}");
}

/// Signs in and opens the form of `product` with `location` and `cycle` chosen.
async fn open_form(page: &Page, product: &str, location: &str, cycle: &str) {
    page.sign_in(DEMO_API_KEY).await;
    page.goto(&format!("/buy?product={}", product.replace(' ', "%20"))).await;
    choose(page, "location-select", location).await;
    choose(page, "cycle-select", cycle).await;
}

/// Waits until the final price reads `price`.
async fn wait_price(page: &Page, price: &str) {
    page.wait_text("[data-test=price-final]", price, |t| t == price).await;
}

/// Whether the Buy button can be pressed right now.
async fn buy_enabled(page: &Page) -> bool {
    page.js("return !document.querySelector('[data-test=buy]').disabled").await == true
}

fn calculations(sandbox: &Sandbox) -> Vec<String> {
    sandbox
        .requests()
        .into_iter()
        .filter(|r| r.path == CALCULATE)
        // Spaces may come as `+` or `%20`, and a stray `&` may end the query.
        .map(|r| r.query.unwrap_or_default().trim_end_matches('&').replace('+', "%20"))
        .collect()
}

fn purchases(sandbox: &Sandbox) -> usize {
    sandbox.requests().iter().filter(|r| r.method == "POST" && r.path == PURCHASE).count()
}

/// Time for a debounced calculation (and a bit) to have been sent if it were going to be.
async fn settle() {
    tokio::time::sleep(Duration::from_millis(900)).await;
}

#[tokio::test]
async fn url_preselects_the_product_and_sold_out_countries_are_disabled() {
    run(|_| {}, |page, sandbox| async move {
        page.sign_in(DEMO_API_KEY).await;
        page.goto("/buy?product=ISP%20Proxy").await;
        page.find("[data-test=location-select]").await;
        let chosen = page.js("return document.querySelector('[data-test=product-select]').value").await;
        assert_eq!(chosen, "ISP Proxy");
        assert_eq!(page.text("[data-test=quantity-unit]").await, "IPs");

        page.goto("/buy?product=No%20such%20thing").await;
        page.find("[data-test=location-select]").await;
        let chosen = page.js("return document.querySelector('[data-test=product-select]').value").await;
        assert_eq!(chosen, "Datacenter Proxy", "an unknown product falls back to the first");
        // Defaults: first country in stock, first cycle, quantity 1.
        let defaults = page
            .js("return ['location-select','cycle-select','quantity-input'].map(t => document.querySelector(`[data-test=${t}]`).value).join(' ')")
            .await;
        assert_eq!(defaults, "US week 1");
        let japan = page
            .js("const o = [...document.querySelectorAll('[data-test=location-select] option')].find(o => o.value === 'JP'); return [o.disabled, o.textContent]")
            .await;
        assert_eq!(japan, serde_json::json!([true, "JP — sold out"]));
        wait_price(&page, "$0.60").await;

        // Residential traffic: GB, no location, no cycle.
        choose(&page, "product-select", "Premium Residential Proxy").await;
        page.wait_path("the residential product in the URL", |p| p.contains("Premium%20Residential")).await;
        page.wait_text("[data-test=quantity-unit]", "GB", |t| t == "GB").await;
        assert_eq!(page.count("[data-test=location-select]").await, 0);
        assert_eq!(page.count("[data-test=cycle-select]").await, 0);
        wait_price(&page, "$6.00").await;
        assert_eq!(purchases(&sandbox), 0);
    })
    .await;
}

#[tokio::test]
async fn price_updates_when_the_quantity_is_typed() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_form(&page, "Datacenter Proxy", "DE", "monthly").await;
            wait_price(&page, "$1.50").await;
            page.fill("[data-test=quantity-input]", "10").await;
            wait_price(&page, "$15.00").await;
            assert_eq!(page.text("[data-test=price-original]").await, "$15.00");
            assert_eq!(page.text("[data-test=stock]").await, "200 IPs available in DE");
            assert_eq!(page.text("[data-test=wallet-balance]").await, "$500.00");
            assert_eq!(page.text("[data-test=wallet-after]").await, "$485.00");
            let last = calculations(&sandbox).pop().unwrap_or_default();
            assert_eq!(last, "product=Datacenter%20Proxy&location=DE&cycle=monthly&quantity=10");
            assert!(buy_enabled(&page).await);
        },
    )
    .await;
}

#[tokio::test]
async fn promo_price_is_exactly_what_is_paid() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_form(&page, "Datacenter Proxy", "DE", "monthly").await;
            page.fill("[data-test=quantity-input]", "10").await;
            page.fill("[data-test=promo-input]", "SAVE10").await;
            wait_price(&page, "$13.50").await;
            assert_eq!(page.text("[data-test=price-original]").await, "$15.00");
            assert_eq!(page.text("[data-test=price-discount]").await, "10%");
            assert_eq!(page.text("[data-test=wallet-after]").await, "$486.50");

            page.click("[data-test=buy]").await;
            page.find("[data-test=confirm-panel]").await;
            assert_eq!(page.text("[data-test=pay]").await, "Pay $13.50");
            assert_eq!(
                page.text("[data-test=confirm-summary]").await,
                "10 IPs of Datacenter Proxy in DE, billing cycle monthly, promo code SAVE10, auto-renewal off"
            );
            let focused = page.js("return document.activeElement.getAttribute('data-test')").await;
            assert_eq!(focused, "pay", "focus moves to the step that opened");
            assert_eq!(purchases(&sandbox), 0, "opening the confirmation sends nothing");
            page.click("[data-test=pay]").await;

            page.wait_path("the new order", |p| p == "/orders/1046").await;
            page.wait_text("[data-test=toast]", "the paid toast", |t| t.contains("Order #1046 paid")).await;
            assert_eq!(purchases(&sandbox), 1);
            assert_eq!(sandbox.wallet_balance(), 50_000 - 1_350);
            assert_eq!(sandbox.stock("dc", "DE"), Some(190));
            let order = sandbox.order(1046).expect("order 1046 exists");
            assert_eq!(order["price_paid"], 1_350);
            assert_eq!(order["quantity"], 10);
            assert_eq!(order["promo_code"], "SAVE10");
            assert_eq!(order["cycle_name"], "monthly");
        },
    )
    .await;
}

#[tokio::test]
async fn expired_promo_shows_the_server_message_and_blocks_buy() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_form(&page, "Datacenter Proxy", "DE", "monthly").await;
            page.fill("[data-test=promo-input]", "EXPIRED5").await;
            let shown = page.wait_text("[data-test=price-error]", "the server's refusal", |t| !t.is_empty()).await;
            assert_eq!(shown, "Promo code EXPIRED5 has expired");
            assert!(!buy_enabled(&page).await);
            page.js("document.querySelector('[data-test=buy]').click(); return true").await;
            settle().await;
            assert_eq!(page.count("[data-test=confirm-panel]").await, 0);
            assert_eq!(purchases(&sandbox), 0);

            // A malformed code is caught in the browser and not sent at all.
            let before = calculations(&sandbox).len();
            page.fill("[data-test=promo-input]", "SAVE 10").await;
            page.wait_text("[data-test=promo-error]", "an inline message", |t| t.contains("letters, digits")).await;
            settle().await;
            assert_eq!(calculations(&sandbox).len(), before);
        },
    )
    .await;
}

#[tokio::test]
async fn out_of_stock_is_flagged_and_nothing_is_bought() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_form(&page, "Datacenter Proxy", "FR", "monthly").await;
            page.fill("[data-test=quantity-input]", "41").await;
            let flag = page.wait_text("[data-test=stock]", "the stock flag", |t| t.contains("Not enough stock")).await;
            assert!(flag.contains("40 available in FR"), "{flag}");
            page.wait_text("[data-test=price-error]", "the server's refusal", |t| t.contains("Not enough stock")).await;
            assert!(!buy_enabled(&page).await);
            settle().await;
            assert_eq!(purchases(&sandbox), 0);
            assert_eq!(sandbox.stock("dc", "FR"), Some(40));

            page.fill("[data-test=quantity-input]", "40").await;
            wait_price(&page, "$60.00").await;
            assert_eq!(page.text("[data-test=stock]").await, "40 IPs available in FR");
            assert!(buy_enabled(&page).await);
        },
    )
    .await;
}

#[tokio::test]
async fn low_balance_is_flagged_and_nothing_is_bought() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_form(&page, "Datacenter Proxy", "US", "quarterly").await;
            page.fill("[data-test=quantity-input]", "200").await;
            wait_price(&page, "$800.00").await;
            let flag = page.wait_text("[data-test=balance-error]", "the balance flag", |t| !t.is_empty()).await;
            assert!(flag.contains("the order costs $800.00, the wallet holds $500.00"), "{flag}");
            assert_eq!(page.text("[data-test=wallet-after]").await, "-$300.00");
            assert!(!buy_enabled(&page).await);
            settle().await;
            assert_eq!(purchases(&sandbox), 0);
            assert_eq!(sandbox.wallet_balance(), 50_000);
        },
    )
    .await;
}

#[tokio::test]
async fn fast_typing_sends_few_calculations_and_shows_the_last() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_form(&page, "Datacenter Proxy", "DE", "monthly").await;
            wait_price(&page, "$1.50").await;
            settle().await;
            let before = calculations(&sandbox).len();
            page.fill("[data-test=quantity-input]", "125").await;
            wait_price(&page, "$187.50").await;
            settle().await;
            let sent = calculations(&sandbox);
            let new = &sent[before..];
            assert!(!new.is_empty() && new.len() <= 2, "calculations for typing 125: {new:?}");
            assert!(new.last().is_some_and(|q| q.ends_with("quantity=125")), "{new:?}");
            assert_eq!(page.text("[data-test=price-final]").await, "$187.50");
        },
    )
    .await;
}

#[tokio::test]
async fn a_slow_answer_for_older_input_never_replaces_the_newer_one() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_form(&page, "Datacenter Proxy", "DE", "monthly").await;
            wait_price(&page, "$1.50").await;
            // From now on calculations answer 2.5 s late: "11" is typed long before the answer
            // for 10 could arrive, even when a loaded machine makes WebDriver's typing slow.
            sandbox.set_fault("GET", CALCULATE, FaultKind::Delay { ms: 2_500 }, None, When::Before);
            page.fill("[data-test=quantity-input]", "10").await;
            // The calculation for 10 is on its way (the sandbox has it and holds its answer)
            // when 11 is typed.
            let sent_for_10 = tokio::time::Instant::now() + Duration::from_secs(10);
            while !calculations(&sandbox).iter().any(|q| q.ends_with("quantity=10")) {
                assert!(
                    tokio::time::Instant::now() < sent_for_10,
                    "no calculation for 10: {:?}",
                    calculations(&sandbox)
                );
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            page.fill("[data-test=quantity-input]", "11").await;
            // Watch until well after the answer for 10 has come back (2.5 s after it left).
            let deadline = tokio::time::Instant::now() + Duration::from_secs(4);
            while tokio::time::Instant::now() < deadline {
                let shown = page
                    .js("const e = document.querySelector('[data-test=price-final]'); return e ? e.textContent : ''")
                    .await;
                assert_ne!(shown, "$15.00", "the answer for 10 was shown after 11 was typed");
                tokio::time::sleep(Duration::from_millis(40)).await;
            }
            wait_price(&page, "$16.50").await;
            // The older request was aborted; the last one sent is for 11.
            let sent = calculations(&sandbox);
            assert!(sent.last().is_some_and(|q| q.ends_with("quantity=11")), "{sent:?}");
        },
    )
    .await;
}

#[tokio::test]
async fn bad_quantities_are_explained_and_not_sent() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_form(&page, "Datacenter Proxy", "DE", "monthly").await;
            wait_price(&page, "$1.50").await;
            settle().await;
            let before = calculations(&sandbox).len();
            for (typed, message) in [
                ("0", "at least 1"),
                ("-3", "at least 1"),
                ("1.5", "whole number"),
                ("abc", "whole number"),
                ("99999999999", "at most 10,000"),
            ] {
                page.fill("[data-test=quantity-input]", typed).await;
                page.wait_text("[data-test=quantity-error]", message, |t| t.contains(message)).await;
                assert!(!buy_enabled(&page).await, "Buy must be off for {typed:?}");
                assert_eq!(page.count("[data-test=price-final]").await, 0, "no price for {typed:?}");
            }
            settle().await;
            assert_eq!(calculations(&sandbox).len(), before, "nothing sent for bad quantities");
            assert_eq!(purchases(&sandbox), 0);
        },
    )
    .await;
}

#[tokio::test]
async fn double_click_on_pay_sends_exactly_one_purchase() {
    run(
        |cfg| cfg.latency_ms = 600,
        |page, sandbox| async move {
            open_form(&page, "Datacenter Proxy", "DE", "monthly").await;
            page.fill("[data-test=quantity-input]", "10").await;
            wait_price(&page, "$15.00").await;
            page.click("[data-test=buy]").await;
            page.find("[data-test=confirm-panel]").await;
            // Two clicks in the same task: the second comes before any re-render.
            page.js("const b = document.querySelector('[data-test=pay]'); b.click(); b.click(); return true").await;
            page.wait_text("[data-test=pay]", "Paying…", |t| t == "Paying…").await;
            assert_eq!(page.js("return document.querySelector('[data-test=pay]').disabled").await, true);
            page.click("[data-test=pay]").await; // a third, real click on the disabled button
            page.wait_path("the new order", |p| p == "/orders/1046").await;
            settle().await;
            assert_eq!(purchases(&sandbox), 1);
            assert_eq!(sandbox.wallet_balance(), 50_000 - 1_500);
            assert!(sandbox.order(1047).is_none());
        },
    )
    .await;
}

#[tokio::test]
async fn changing_the_quantity_closes_the_confirmation() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_form(&page, "Datacenter Proxy", "DE", "monthly").await;
            page.fill("[data-test=quantity-input]", "10").await;
            wait_price(&page, "$15.00").await;
            page.click("[data-test=buy]").await;
            page.find("[data-test=confirm-panel]").await;
            page.fill("[data-test=quantity-input]", "11").await;
            wait_price(&page, "$16.50").await;
            assert_eq!(page.count("[data-test=confirm-panel]").await, 0);
            assert_eq!(purchases(&sandbox), 0);
            // Opening it again shows the new price.
            page.click("[data-test=buy]").await;
            assert_eq!(page.text("[data-test=pay]").await, "Pay $16.50");
        },
    )
    .await;
}

#[tokio::test]
async fn a_refused_purchase_shows_why_and_keeps_the_form() {
    run(|_| {}, |page, sandbox| async move {
        open_form(&page, "Datacenter Proxy", "FR", "monthly").await;
        page.fill("[data-test=quantity-input]", "40").await;
        page.fill("[data-test=promo-input]", "SAVE10").await;
        wait_price(&page, "$54.00").await;
        page.click("[data-test=buy]").await;
        page.find("[data-test=confirm-panel]").await;
        // Meanwhile someone else buys one FR proxy.
        let other = format!(
            "fetch('/user/api/orders/purchase', {{ method: 'POST', headers: {{ 'Authorization': 'Bearer {DEMO_API_KEY}', \
             'Content-Type': 'application/json' }}, body: JSON.stringify({{ product: 'Datacenter Proxy', location: 'FR', \
             cycle: 'week', quantity: 1 }}) }}); return true"
        );
        page.js(&other).await;
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        while sandbox.stock("dc", "FR") != Some(39) {
            assert!(tokio::time::Instant::now() < deadline, "the other purchase never landed");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        page.click("[data-test=pay]").await;
        let shown = page.wait_text("[data-test=purchase-error]", "the refusal", |t| !t.is_empty()).await;
        assert!(shown.contains("Not enough stock: 39 available in FR"), "{shown}");
        assert_eq!(page.count("[data-test=confirm-panel]").await, 0);
        let form = page
            .js("return ['location-select','cycle-select','quantity-input','promo-input'].map(t => document.querySelector(`[data-test=${t}]`).value).join(' ')")
            .await;
        assert_eq!(form, "FR monthly 40 SAVE10", "the form is kept as it was");
        assert!(page.wait_path("still the buy page", |p| p.starts_with("/buy")).await.starts_with("/buy"));
        assert_eq!(purchases(&sandbox), 2, "the other purchase and ours, each once");
        assert!(sandbox.order(1047).is_none());
    })
    .await;
}

#[tokio::test]
async fn a_lost_answer_is_reported_as_unknown_and_never_resent() {
    run(|_| {}, |page, sandbox| async move {
        open_form(&page, "Datacenter Proxy", "DE", "monthly").await;
        page.fill("[data-test=quantity-input]", "10").await;
        wait_price(&page, "$15.00").await;
        // The purchase reaches the server, but its answer is lost on the way back.
        page.js(
            "const real = window.fetch; window.fetch = function (input, init) { \
               const p = real.apply(this, arguments); \
               const url = typeof input === 'string' ? input : input.url; \
               return url.includes('/orders/purchase') ? p.then(() => { throw new TypeError('Failed to fetch'); }) : p; }; \
             return true",
        )
        .await;
        page.click("[data-test=buy]").await;
        page.click("[data-test=pay]").await;
        let shown = page.wait_text("[data-test=purchase-unknown]", "the unknown outcome", |t| !t.is_empty()).await;
        assert!(shown.contains("cannot tell whether the order was placed"), "{shown}");
        let href = page.js("return document.querySelector('[data-test=purchase-unknown] a').getAttribute('href')").await;
        assert_eq!(href, "/orders?status=all");
        settle().await;
        assert_eq!(purchases(&sandbox), 1, "never resent");
        assert_eq!(sandbox.wallet_balance(), 50_000 - 1_500);
        assert!(page.wait_path("still the buy page", |p| p.starts_with("/buy")).await.starts_with("/buy"));
    })
    .await;
}

#[tokio::test]
async fn p0f_slots_bought_with_an_order_are_priced_confirmed_and_sent_once() {
    run(
        |c| c.latency_ms = 200,
        |page, sandbox| async move {
            open_form(&page, "ISP Proxy", "GB", "quarterly").await;
            page.fill("[data-test=quantity-input]", "4").await;
            // More slots than IPs: said at once, never priced or sent.
            page.fill("[data-test=p0f-slots-input]", "5").await;
            let error = page.wait_text("[data-test=p0f-slots-error]", "the too-many message", |t| !t.is_empty()).await;
            assert!(error.contains("one slot per IP"), "{error}");
            settle().await;
            assert!(!buy_enabled(&page).await);
            assert!(calculations(&sandbox).iter().all(|q| !q.contains("addons_json")), "nothing priced with 5 slots");

            page.fill("[data-test=p0f-slots-input]", "3").await;
            page.find("[data-test=price-addons]").await;
            // The price on screen is calculate's total_with_addons for exactly this request.
            let addons_json = "%5B%7B%22addon_key%22%3A%22p0f_slots%22%2C%22qty%22%3A3%7D%5D";
            let script = format!(
                "const done = arguments[arguments.length - 1]; \
                 fetch('{CALCULATE}?product=ISP%20Proxy&location=GB&cycle=quarterly&quantity=4&addons_json={addons_json}', \
                   {{ headers: {{ Authorization: 'Bearer {DEMO_API_KEY}' }} }}).then(r => r.json()).then(done, e => done(String(e)));"
            );
            let calc = page.js_async(&script).await;
            let total = calc["total_with_addons"].as_i64().unwrap_or_else(|| panic!("calculate answers: {calc}"));
            let addons = calc["addons_price"].as_i64().expect("addons_price");
            assert_eq!(addons, 3 * 60, "ISP slots at 60 cents each");
            assert_eq!(total, calc["final_price"].as_i64().expect("final_price") + addons);
            wait_price(&page, &dollars(total)).await;
            assert_eq!(page.text("[data-test=price-addons]").await, dollars(addons));
            let last = calculations(&sandbox).pop().expect("a calculation");
            assert!(last.contains("addons_json=") && last.contains("p0f_slots"), "{last}");

            page.click("[data-test=buy]").await;
            assert_eq!(page.text("[data-test=confirm-price]").await, dollars(total));
            let summary = page.text("[data-test=confirm-summary]").await;
            assert!(summary.ends_with("3 p0f slots"), "{summary}");
            assert_eq!(page.text("[data-test=confirm-addons]").await, dollars(addons));
            let wallet = sandbox.wallet_balance();
            page.js("const b = document.querySelector('[data-test=pay]'); for (let i = 0; i < 5; i++) b.click(); return true")
                .await;
            page.wait_path("the new order", |p| p == "/orders/1046").await;
            let sent: Vec<_> =
                sandbox.requests().into_iter().filter(|r| r.method == "POST" && r.path == PURCHASE).collect();
            assert_eq!(sent.len(), 1, "one purchase");
            let body: serde_json::Value = serde_json::from_str(sent[0].body.as_deref().unwrap_or("")).expect("json");
            assert_eq!(body["addons"], serde_json::json!([{"addon_key": "p0f_slots", "qty": 3}]), "{body}");
            assert_eq!(body["quantity"], 4, "{body}");
            assert_eq!(sandbox.wallet_balance(), wallet - total, "charged total_with_addons");
            let order = sandbox.order(1046).expect("the new order");
            assert_eq!(order["p0f_slots_available"].as_i64(), Some(3), "{order}");
            page.wait_text("[data-test=p0f-slots]", "0 / 3", |t| t == "0 / 3").await;
            page.assert_no_panic().await;
        },
    )
    .await;
}
