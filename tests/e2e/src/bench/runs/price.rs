//! Price reactivity on the buy page: typing "125" over "10" in the quantity field, with
//! the live price read by a MutationObserver (`../js/watch_price.js`), at one server
//! latency. Measures keystroke → request (the debounce), answer → price on screen, and
//! keystroke → price, and counts calculate requests and stale prices.

use super::{goto, num, poll};
use crate::bench::stats::Stat;
use e2e::{Page, Sandbox};
use serde_json::json;
use std::time::Duration;
use tokio::time::sleep;

/// The app's debounce of the live price (`DEBOUNCE` in src/components/live_quote.rs).
pub const DEBOUNCE_MS: f64 = 300.0;

const CALCULATE: &str = "/user/api/orders/calculate";

/// Price reactivity at one server latency.
pub struct Price {
    pub latency_ms: u64,
    /// Last keystroke → the price for 125 on screen.
    pub key_to_price: Stat,
    /// Last keystroke → the calculate request leaving (the debounce, as measured).
    pub key_to_request: Stat,
    /// The answer fully received → the price on screen.
    pub answer_to_price: Stat,
    /// Calculate requests sent for typing "125" (per run).
    pub requests: Vec<usize>,
    /// Runs in which a price for 1 or 12 (or anything unexpected) was on screen.
    pub stale: Vec<String>,
    /// The prices on screen for 10 (before), 1, 12 and 125.
    pub texts: [String; 4],
}

/// The price panel's final price once it has settled (not loading), else null.
const SETTLED_PRICE: &str = include_str!("../js/settled_price.js");

/// True once the price panel shows `arguments[0]` and is not loading, else null.
const PRICE_SHOWN: &str = include_str!("../js/price_shown.js");

/// Waits until the price panel has settled (not loading) on a price; returns its text.
async fn settled_price(page: &Page) -> String {
    let v = poll(page, "a settled price", SETTLED_PRICE, vec![]).await;
    v.as_str().unwrap_or_default().to_string()
}

/// Types `text` into the quantity field (replacing it) and returns the settled price.
async fn price_for(page: &Page, text: &str) -> String {
    page.fill("[data-test=quantity-input]", text).await;
    // The field's value must be the new one before the settled price counts.
    poll(
        page,
        "the quantity typed",
        "return document.querySelector('[data-test=quantity-input]').value === arguments[0] ? true : null",
        vec![json!(text)],
    )
    .await;
    sleep(Duration::from_millis(50)).await;
    settled_price(page).await
}

/// Watches the price panel and the quantity field; selects the field's text so that the
/// next keystroke replaces it.
const WATCH_PRICE: &str = include_str!("../js/watch_price.js");

/// Stops [`WATCH_PRICE`] and returns its log with the calculate requests' timings.
const READ_PRICE: &str = include_str!("../js/read_price.js");

/// Price reactivity on /buy against `sandbox` (signed in there already): typing "125"
/// over "10" in the quantity field, `runs` times.
pub async fn price(page: &Page, sandbox: &Sandbox, latency_ms: u64, runs: usize) -> Price {
    let base = sandbox.base_url();
    goto(page, &base, "/buy?product=Datacenter%20Proxy").await;
    page.find("[data-test=quantity-input]").await;
    settled_price(page).await;
    // The texts to tell apart: what the screen shows for 10, 1, 12 and 125.
    let p10 = price_for(page, "10").await;
    let p1 = price_for(page, "1").await;
    let p12 = price_for(page, "12").await;
    let p125 = price_for(page, "125").await;
    let distinct = [&p10, &p1, &p12, &p125];
    for (i, a) in distinct.iter().enumerate() {
        for b in &distinct[i + 1..] {
            assert_ne!(a, b, "two quantities show the same price; pick others: {distinct:?}");
        }
    }

    let (mut key_to_price, mut key_to_request, mut answer_to_price) = (vec![], vec![], vec![]);
    let (mut requests, mut stale) = (vec![], vec![]);
    for run in 0..runs {
        goto(page, &base, "/buy?product=Datacenter%20Proxy").await;
        page.find("[data-test=quantity-input]").await;
        settled_price(page).await;
        assert_eq!(price_for(page, "10").await, p10, "the price for 10 changed");
        sleep(Duration::from_millis(DEBOUNCE_MS as u64 + 200)).await;
        let mark = sandbox.requests().iter().map(|r| r.id).max().unwrap_or(0);
        page.js(WATCH_PRICE).await;
        let field = page.find("[data-test=quantity-input]").await;
        field.send_keys("125").await.expect("type 125");
        poll(page, "the price for 125", PRICE_SHOWN, vec![json!(p125)]).await;
        // Long enough for any late (stale) answer to show up if it were going to.
        sleep(Duration::from_millis(DEBOUNCE_MS as u64 * 2 + latency_ms * 2 + 300)).await;
        let log = page.js(READ_PRICE).await;

        let inputs: Vec<&str> =
            log["inputs"].as_array().into_iter().flatten().filter_map(|i| i["value"].as_str()).collect();
        assert_eq!(inputs, ["1", "12", "125"], "the keystrokes did not type 1, 12, 125 over the old value");
        let last_key = log["keys"].as_array().and_then(|k| k.last()).map(|k| num(k, "t")).expect("keydown seen");
        let changes = log["changes"].as_array().cloned().unwrap_or_default();
        let shown = changes
            .iter()
            .find(|c| c["text"].as_str() == Some(p125.as_str()))
            .map(|c| num(c, "t"))
            .expect("the price for 125 was seen");
        let calc = log["calcs"]
            .as_array()
            .into_iter()
            .flatten()
            .rfind(|c| c["name"].as_str().is_some_and(|n| n.contains("quantity=125")))
            .cloned()
            .expect("a calculate request for 125 in the resource timings");
        key_to_price.push(shown - last_key);
        key_to_request.push(num(&calc, "fetch_start") - last_key);
        answer_to_price.push(shown - num(&calc, "response_end"));
        requests.push(sandbox.requests().iter().filter(|r| r.id > mark && r.path == CALCULATE).count());
        for c in &changes {
            let ok = match c["text"].as_str() {
                None => true,
                Some(t) => t == p10 || t == p125,
            };
            if !ok {
                stale.push(format!("run {}: {} on screen at {:.1} ms", run + 1, c["text"], num(c, "t") - last_key));
            }
        }
    }
    Price {
        latency_ms,
        key_to_price: Stat::new(key_to_price),
        key_to_request: Stat::new(key_to_request),
        answer_to_price: Stat::new(answer_to_price),
        requests,
        stale,
        texts: [p10, p1, p12, p125],
    }
}
