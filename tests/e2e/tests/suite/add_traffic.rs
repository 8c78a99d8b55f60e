//! Adding GB to a residential order from the residential page: the order page of an active
//! Standart order links there with that order chosen, the price on screen is calculate's for
//! exactly the GB typed, five fast clicks on "Pay" send one POST, and the wallet, the order
//! and the traffic change by the right amounts. Bad amounts and a wallet too small for the
//! price are refused before anything is sent.

use e2e::{dollars, requests_to, run, Page, DEMO_API_KEY};
use sandbox::residential::Plan;

/// A Standart order of the demo account (29 GB).
const ORDER: i64 = 1016;
const PATH: &str = "/user/api/orders/1016/add-bandwidth";

/// calculate's price for `gb` GB of Standart, as the API gives it.
async fn calculated(page: &Page, gb: u32) -> i64 {
    let q = page
        .api_get(
            DEMO_API_KEY,
            &format!("/user/api/orders/calculate?product=Standart%20Residential%20Proxy&quantity={gb}"),
        )
        .await;
    q["final_price"].as_i64().unwrap_or_else(|| panic!("calculate answers: {q}"))
}

#[tokio::test]
async fn the_order_page_links_here_and_gb_are_paid_once_at_calculates_price() {
    run(
        |c| c.latency_ms = 300,
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto(&format!("/orders/{ORDER}")).await;
            page.click("[data-test=order-residential-link]").await;
            let path = page.wait_path("the residential page", |p| p.starts_with("/residential")).await;
            assert!(path.contains("type=standart") && path.contains(&format!("order={ORDER}")), "{path}");
            page.wait_js("the order list", "return !!document.querySelector('[data-test=add-order] option')").await;
            let chosen = page.js("return document.querySelector('[data-test=add-order]').value").await;
            assert_eq!(chosen, serde_json::json!(ORDER.to_string()), "the linked order is the one chosen");

            let before = sandbox.residential().plans[&Plan::Standart].clone();
            let wallet = sandbox.wallet_balance();
            let quantity = sandbox.order(ORDER).expect("order")["quantity"].as_i64();
            page.fill("[data-test=add-gb]", "3").await;
            let price = calculated(&page, 3).await;
            assert!(price > 0, "a price");
            let shown = dollars(price);
            page.wait_text("[data-test=add-price]", &shown, |t| t == shown).await;
            let wallet_text = page.text("[data-test=add-wallet]").await;
            assert_eq!(wallet_text, dollars(wallet), "the wallet is shown beside the price");
            page.click("[data-test=add-traffic-open]").await;
            assert_eq!(page.text("[data-test=add-confirm-price]").await, shown, "the confirmation repeats it");
            assert!(requests_to(&sandbox, "POST", PATH).is_empty(), "nothing is paid before the confirmation");

            page.js("const b = document.querySelector('[data-test=add-traffic-confirm]'); \
                     for (let i = 0; i < 5; i++) b.click(); return true")
                .await;
            let total = (before.data + 3_000_000_000).to_string();
            page.wait_js(
                "the new traffic total",
                &format!("return document.querySelector('[data-test=traffic-total]')?.dataset.bytes === '{total}'"),
            )
            .await;
            page.wait_js("the confirmation closed", "return !document.querySelector('[data-test=add-traffic-panel]')")
                .await;
            let sent = requests_to(&sandbox, "POST", PATH);
            assert_eq!(sent.len(), 1, "five clicks, one POST");
            let body: serde_json::Value = serde_json::from_str(sent[0].body.as_deref().unwrap_or("{}")).unwrap();
            assert_eq!(body["amount"], 3, "{body}");
            assert_eq!(sandbox.wallet_balance(), wallet - price, "the wallet paid calculate's price");
            let after = sandbox.order(ORDER).expect("order")["quantity"].as_i64();
            assert_eq!(after, quantity.map(|q| q + 3), "the order holds 3 GB more");
            assert_eq!(sandbox.residential().plans[&Plan::Standart].data, before.data + 3_000_000_000);
            let new_wallet = dollars(wallet - price);
            page.wait_text("[data-test=add-wallet]", &new_wallet, |t| t == new_wallet).await;
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn bad_amounts_and_a_short_wallet_are_refused_before_sending() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/residential?type=premium").await;
            page.find("[data-test=add-order]").await;
            page.fill("[data-test=add-gb]", "1.5").await;
            let error = page.wait_text("[data-test=add-gb-error]", "a quantity problem", |t| !t.is_empty()).await;
            assert!(error.to_lowercase().contains("whole"), "{error}");
            let disabled = page.js("return document.querySelector('[data-test=add-traffic-open]').disabled").await;
            assert_eq!(disabled, true, "no price, no button");

            // 10,000 GB of Premium cost far more than the demo wallet holds.
            page.fill("[data-test=add-gb]", "10000").await;
            let short = page.wait_text("[data-test=add-short]", "the wallet problem", |t| !t.is_empty()).await;
            assert!(short.contains(&dollars(sandbox.wallet_balance())), "names the wallet: {short}");
            let disabled = page.js("return document.querySelector('[data-test=add-traffic-open]').disabled").await;
            assert_eq!(disabled, true, "cannot be confirmed");
            let any = sandbox.requests().into_iter().filter(|r| r.path.ends_with("/add-bandwidth")).count();
            assert_eq!(any, 0, "nothing was sent");
            page.assert_no_panic().await;
        },
    )
    .await;
}
