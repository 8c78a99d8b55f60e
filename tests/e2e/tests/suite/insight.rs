//! Account insight: the profile's look ahead (orders on hold or expiring within 7 days, the
//! 30-day renewal forecast against the wallet), the quick jump (by id, by tag), and the tag
//! filter kept in the URL. Expected numbers come from the sandbox seed (sandbox/README.md).

use e2e::{requests_to, run, FaultKind, Page, When, DEMO_API_KEY};
use std::{collections::BTreeSet, time::Duration};

/// The seed's on-hold orders, newest first (as the API lists them).
const ON_HOLD: [i64; 8] = [1041, 1035, 1029, 1023, 1017, 1012, 1006, 1002];
/// The seed's active orders expiring within 7 days.
const EXPIRING: [i64; 19] =
    [1001, 1005, 1007, 1008, 1013, 1018, 1019, 1021, 1024, 1025, 1026, 1030, 1031, 1033, 1037, 1038, 1039, 1042, 1043];
/// Active orders with auto-renewal on: 1001 monthly $12.00 ×1, 1008 week $0.60 ×5, 1014
/// monthly $4.50 ×1, 1018 monthly $225.00 ×1, 1024 day $15.00 ×30, 1026 week $4.20 ×4
/// (expires in 6.8 days), 1030 week $80.00 ×4, 1032 monthly $13.50 ×1, 1036 monthly
/// $225.00 ×1, 1038 quarterly $44.00 ×1, 1042 day $15.00 ×30.
const FORECAST: &str = "$1,763.80";
const RENEWING: usize = 11;
/// The seed's orders (1001–1045).
const ORDER_COUNT: usize = 45;

async fn ids_of(page: &Page, css: &str, attr: &str) -> Vec<i64> {
    let v =
        page.js(&format!("return [...document.querySelectorAll('{css}')].map(e => e.getAttribute('{attr}'))")).await;
    v.as_array().into_iter().flatten().filter_map(|x| x.as_str()?.parse().ok()).collect()
}

#[tokio::test]
async fn the_profile_lists_orders_on_hold_and_expiring_within_seven_days() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            // The rows are built ten per task; the table is busy until the last are in.
            page.find("[data-test=expiring][aria-busy=false]").await;
            let ids = ids_of(&page, "[data-test=expiring-row]", "data-order-id").await;
            assert_eq!(ids.len(), ON_HOLD.len() + EXPIRING.len(), "{ids:?}");
            assert_eq!(ids[..8], ON_HOLD, "on-hold orders come first");
            let soon: BTreeSet<i64> = ids[8..].iter().copied().collect();
            assert_eq!(soon, EXPIRING.into_iter().collect(), "1009 (8 days) and later are left out");
            let row = |id: i64, col: usize| {
                format!("return document.querySelector('[data-order-id=\"{id}\"]').children[{col}].textContent")
            };
            assert_eq!(page.js(&row(1001, 3)).await, "On");
            assert_eq!(page.js(&row(1007, 3)).await, "Off");
            let when = page.js(&row(1007, 2)).await;
            let when = when.as_str().unwrap_or_default();
            assert!(when.starts_with("in 1 day") || when.starts_with("in 23 hours"), "{when}");
            // On-hold orders offer renewal on their order page.
            page.click("[data-order-id='1002'] [data-test=expiring-renew]").await;
            page.wait_path("order 1002", |p| p == "/orders/1002").await;
            page.find("[data-test=renew]").await;
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn the_wallet_warning_compares_thirty_days_of_renewals_with_the_wallet() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            // The seed's wallet ($500.00) does not cover the next 30 days of auto-renewals.
            let warning = page.wait_text("[data-test=renewal-warning]", "the warning", |t| t.contains(FORECAST)).await;
            assert!(warning.contains(&format!("Auto-renewals of {RENEWING} orders")), "{warning}");
            assert_eq!(page.text("[data-test=forecast-wallet]").await, "$500.00");
            assert_eq!(page.text("[data-test=forecast-shortfall]").await, "$1,263.80");
            // Every order's details are read once: the forecast needs the renewing ones, the
            // profile's charts all of them (prices and creation dates), once scrolled to.
            crate::charts::scroll_to_charts(&page).await;
            let details: Vec<String> = sandbox
                .requests()
                .into_iter()
                .filter(|r| r.method == "GET" && r.path.starts_with("/user/api/orders/10"))
                .map(|r| r.path)
                .collect();
            let once: BTreeSet<&String> = details.iter().collect();
            assert_eq!((details.len(), once.len()), (ORDER_COUNT, ORDER_COUNT), "{details:?}");
            // Back on the profile later in the session: nothing is read again.
            page.click("nav.nav a[href='/orders']").await;
            page.find("[data-test=order-row]").await;
            page.click("nav.nav a[href='/']").await;
            page.wait_text("[data-test=forecast-total]", "the forecast", |t| t == FORECAST).await;
            let lists = requests_to(&sandbox, "GET", "/user/api/orders");
            assert!(
                lists.iter().all(|r| !r.query.as_deref().unwrap_or("").contains("tag")),
                "the API never sees a tag"
            );
            assert_eq!(
                lists.iter().filter(|r| r.query.as_deref().unwrap_or("").contains("limit=100")).count(),
                3,
                "active, on-hold and all (for the charts) were gathered once each: {lists:?}"
            );

            // A wallet of $2,000.00 covers them: no warning, the total is still shown.
            let me = r#"{"email":"demo@proxyshard.test","active_orders":31,"wallet_balance":200000}"#;
            let custom = FaultKind::Custom { status: 200, body: me.into(), content_type: None };
            sandbox.set_fault("GET", "/user/api/me$", custom, None, When::Before);
            page.client().refresh().await.expect("reload");
            let ok = page.wait_text("[data-test=renewal-ok]", "the covered forecast", |t| t.contains(FORECAST)).await;
            assert!(ok.contains("$2,000.00") && ok.contains("covers"), "{ok}");
            assert_eq!(page.count("[data-test=renewal-warning]").await, 0);
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn the_quick_jump_opens_an_order_by_id_or_by_tag() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders").await;
            page.find("[data-test=order-row]").await;
            // Ctrl+K opens the dialog with focus in its input; a number and Enter open the order.
            page.press_ctrl('k').await;
            page.find("[data-test=quick-jump]").await;
            page.wait_js("focus in the input", "return document.activeElement.id === 'jump-input'").await;
            page.press("1007\u{e007}").await;
            page.wait_path("order 1007", |p| p == "/orders/1007").await;
            assert_eq!(page.count("[data-test=quick-jump]").await, 0, "the dialog closed");
            page.wait_js("focus on the heading", "return document.activeElement.tagName === 'H1'").await;

            // `/` opens it too; part of a tag lists the orders carrying it.
            page.press("/").await;
            page.find("[data-test=quick-jump-input]").await;
            page.press("EU-scr").await;
            page.wait_js(
                "five matches",
                "return document.querySelectorAll('[data-test=quick-jump-order]').length === 5",
            )
            .await;
            let ids = page
            .js("return [...document.querySelectorAll('[data-test=quick-jump-order] strong')].map(e => e.textContent)")
            .await;
            assert_eq!(ids, serde_json::json!(["#1040", "#1032", "#1024", "#1016", "#1008"]));
            // Tab stays inside the dialog.
            for _ in 0..12 {
                page.press("\u{e004}").await;
                let inside = page.js("return !!document.activeElement.closest('[data-test=quick-jump]')").await;
                assert_eq!(inside, true, "Tab left the dialog");
            }
            page.click("[data-test=quick-jump-order][href='/orders/1032']").await;
            page.wait_path("order 1032", |p| p == "/orders/1032").await;

            // The tag link opens the filtered list; Escape closes and gives focus back.
            page.click("[data-test=quick-jump-open]").await;
            page.find("[data-test=quick-jump-input]").await;
            page.press("\u{e00c}").await;
            assert_eq!(page.count("[data-test=quick-jump]").await, 0);
            page.wait_js(
                "focus back on the button",
                "return document.activeElement.dataset.test === 'quick-jump-open'",
            )
            .await;
            page.press_ctrl('k').await;
            page.find("[data-test=quick-jump-input]").await;
            page.press("seo-monitor").await;
            page.click("[data-test=quick-jump-tag]").await;
            page.wait_path("tag filter", |p| p == "/orders?status=all&offset=0&limit=20&tag=seo-monitor").await;
            page.wait_js("five rows", "return document.querySelectorAll('[data-test=order-row]').length === 5").await;
            // Unknown text says so.
            page.press_ctrl('k').await;
            page.find("[data-test=quick-jump-input]").await;
            page.press("no-such-tag").await;
            page.find("[data-test=quick-jump-none]").await;
            page.assert_no_panic().await;
        },
    )
    .await;
}

async fn row_ids(page: &Page) -> Vec<String> {
    let v = page.js("return [...document.querySelectorAll('[data-test=order-id]')].map(td => td.textContent)").await;
    v.as_array().into_iter().flatten().filter_map(|x| x.as_str().map(str::to_string)).collect()
}

async fn wait_rows(page: &Page, want: &[&str]) {
    for _ in 0..200 {
        if row_ids(page).await == want {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("expected rows {want:?}, saw {:?}", row_ids(page).await);
}

#[tokio::test]
async fn the_tag_filter_lives_in_the_url_and_survives_a_reload() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=all&tag=seo-monitor").await;
            page.wait_path("canonical", |p| p == "/orders?status=all&offset=0&limit=20&tag=seo-monitor").await;
            wait_rows(&page, &["#1042", "#1034", "#1026", "#1018", "#1010"]).await;
            assert_eq!(page.text("[data-test=tag-filter-value]").await, "seo-monitor");
            page.client().refresh().await.expect("reload");
            wait_rows(&page, &["#1042", "#1034", "#1026", "#1018", "#1010"]).await;
            // The status tabs keep the tag.
            page.click("[data-test=tab-cancelled]").await;
            page.wait_path("cancelled", |p| p == "/orders?status=cancelled&offset=0&limit=20&tag=seo-monitor").await;
            wait_rows(&page, &["#1034", "#1010"]).await;
            page.click("[data-test=tab-on-hold]").await;
            let empty = page.wait_text("[data-test=orders-empty]", "empty", |t| !t.is_empty()).await;
            assert!(empty.contains("No on hold orders tagged “seo-monitor”"), "{empty}");
            // Paging works on the filtered list: 5 per page… (limit snaps to 10 here).
            page.goto("/orders?status=active&limit=10&tag=price-tracker").await;
            wait_rows(&page, &["#1045", "#1037", "#1021", "#1013"]).await;
            page.find("span[data-test=page-next][aria-disabled=true]").await;
            // A tag in a row filters by it; clearing the filter shows every order again.
            page.click("[data-test=order-row] td.tag a").await;
            page.wait_path("row tag", |p| p.ends_with("&tag=price-tracker") && p.contains("status=active")).await;
            page.click("[data-test=tag-filter-clear]").await;
            page.wait_path("cleared", |p| p == "/orders?status=active&offset=0&limit=10").await;
            page.wait_js("ten rows", "return document.querySelectorAll('[data-test=order-row]').length === 10").await;
            // Hostile tags are text, and travel encoded.
            page.goto("/orders?status=all&tag=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E").await;
            wait_rows(&page, &["#1005"]).await;
            assert_eq!(page.count("[data-test=order-row] img").await, 0);
            assert!(requests_to(&sandbox, "GET", "/user/api/orders").iter().all(|r| !r
                .query
                .as_deref()
                .unwrap_or("")
                .contains("tag")));
            page.assert_no_panic().await;
        },
    )
    .await;
}
