//! Bulk actions on the orders table: selecting rows (plain, shift-click, the page), renewing
//! on-hold orders with one confirmation of each price, the total and the wallet, a refusal
//! in the middle of a run, Stop, five clicks on Pay, auto-renewal only where it applies, one
//! tag on many orders, and fifty renewals over a long list. Everything is checked on screen
//! and in what the sandbox holds.

use e2e::{assert_no_paying_request_twice, dollars, paying_requests, run, FaultKind, Page, When, DEMO_API_KEY};

/// Waits for `n` order rows.
async fn wait_rows(page: &Page, n: usize) {
    page.wait_js(
        &format!("{n} order rows"),
        &format!("return document.querySelectorAll('[data-test=order-row]').length === {n}"),
    )
    .await;
}

/// Clicks the checkbox of order `id` (with Shift when `shift`).
async fn select(page: &Page, id: i64, shift: bool) {
    let script = format!(
        "const row = [...document.querySelectorAll('[data-test=order-row]')]
           .find(r => r.querySelector('a').textContent === '#{id}');
         const box = row.querySelector('[data-test=order-select]');
         box.dispatchEvent(new MouseEvent('click', {{ bubbles: true, cancelable: true, shiftKey: {shift} }}));
         return true"
    );
    page.js(&script).await;
}

/// The ids whose checkboxes are ticked, in table order.
async fn ticked(page: &Page) -> Vec<String> {
    let v = page
        .js("return [...document.querySelectorAll('[data-test=order-row]')]
                .filter(r => r.querySelector('[data-test=order-select]').checked)
                .map(r => r.querySelector('a').textContent)")
        .await;
    v.as_array().into_iter().flatten().filter_map(|x| x.as_str().map(str::to_string)).collect()
}

/// Each result line of the run as `(order, outcome, text)`.
async fn results(page: &Page) -> Vec<(i64, String, String)> {
    let v = page
        .js("return [...document.querySelectorAll('[data-test=bulk-item]')]
                .map(li => [Number(li.dataset.order), li.dataset.outcome, li.textContent])")
        .await;
    v.as_array()
        .into_iter()
        .flatten()
        .map(|row| {
            (
                row[0].as_i64().unwrap_or(0),
                row[1].as_str().unwrap_or("").to_string(),
                row[2].as_str().unwrap_or("").to_string(),
            )
        })
        .collect()
}

/// The renewals the sandbox was asked for, by order id, in order.
fn renewals(sandbox: &e2e::Sandbox) -> Vec<String> {
    paying_requests(sandbox).into_iter().filter(|p| p.ends_with("/renew")).collect()
}

/// Waits until the run on screen has finished (its Close button is offered).
async fn wait_finished(page: &Page) {
    page.find("[data-test=bulk-close]").await;
}

#[tokio::test]
async fn selecting_rows_plain_shift_and_the_whole_page() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=on-hold").await;
            wait_rows(&page, 8).await;
            assert_eq!(page.count("[data-test=bulk-bar]").await, 0, "no bar before a selection");
            // On hold, newest first: 1041 1035 1029 1023 1017 1012 1006 1002.
            select(&page, 1035, false).await;
            select(&page, 1017, true).await;
            assert_eq!(ticked(&page).await, ["#1035", "#1029", "#1023", "#1017"], "shift-click took the range");
            page.wait_text("[data-test=bulk-count]", "4 selected", |t| t == "4 selected").await;
            assert_eq!(
                page.js("return document.querySelector('[data-test=order-select-all]').indeterminate").await,
                true
            );
            page.click("[data-test=order-select-all]").await;
            page.wait_text("[data-test=bulk-count]", "8 selected", |t| t == "8 selected").await;
            page.click("[data-test=order-select-all]").await;
            page.wait_js("the bar goes", "return !document.querySelector('[data-test=bulk-bar]')").await;
            // Another tab starts with nothing selected.
            select(&page, 1002, false).await;
            page.find("[data-test=bulk-bar]").await;
            page.click("[data-test=tab-active]").await;
            page.wait_js("a fresh selection", "return !document.querySelector('[data-test=bulk-bar]')").await;
            assert!(ticked(&page).await.is_empty());
        },
    )
    .await;
}

#[tokio::test]
async fn a_renewal_the_wallet_cannot_cover_is_refused_before_anything_is_sent() {
    run(
        |config| config.wallet_cents = 2_000,
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=on-hold").await;
            wait_rows(&page, 8).await;
            select(&page, 1017, false).await;
            select(&page, 1012, false).await;
            page.click("[data-test=bulk-renew]").await;
            page.wait_text("[data-test=bulk-renew-total]", "the total", |t| t == dollars(1_200 + 1_350)).await;
            let problem = page.wait_text("[data-test=bulk-renew-problem]", "the shortfall", |t| !t.is_empty()).await;
            assert!(
                problem.contains(&dollars(2_000)) && problem.contains(&dollars(550)),
                "wallet and shortfall: {problem}"
            );
            assert_eq!(page.js("return document.querySelector('[data-test=bulk-renew-confirm]').disabled").await, true);
            assert!(renewals(&sandbox).is_empty(), "nothing was sent");
            assert_eq!(sandbox.wallet_balance(), 2_000);
        },
    )
    .await;
}

#[tokio::test]
async fn a_bulk_renewal_pays_each_order_once_and_reports_a_refusal_in_the_middle() {
    run(
        |config| config.wallet_cents = 3_510,
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=all&limit=50").await;
            wait_rows(&page, 45).await;
            // An active order among them is named and left out.
            for id in [1029, 1017, 1012, 1030] {
                select(&page, id, false).await;
            }
            page.click("[data-test=bulk-renew]").await;
            page.wait_text("[data-test=bulk-renew-total]", "the total", |t| t == dollars(960 + 1_200 + 1_350)).await;
            page.wait_text("[data-test=bulk-renew-wallet]", "the wallet", |t| t == dollars(3_510)).await;
            assert_eq!(page.count("[data-test=bulk-renew-line]").await, 3);
            let left_out = page.text("[data-test=bulk-renew-left-out]").await;
            assert!(left_out.contains("#1030"), "the active order is left out: {left_out}");
            let pay = page.text("[data-test=bulk-renew-confirm]").await;
            assert!(pay.contains(&dollars(3_510)), "the button names the total: {pay}");
            // Meanwhile another tab spends $9.00: the third renewal will find the wallet short.
            let spent = page
                .js_async(&format!(
                    "const done = arguments[arguments.length - 1];
                     fetch('/user/api/orders/1002/renew', {{ method: 'POST', body: '{{}}',
                       headers: {{ 'Authorization': 'Bearer {DEMO_API_KEY}', 'Content-Type': 'application/json' }} }})
                       .then(r => done(r.status));"
                ))
                .await;
            assert_eq!(spent, 200);
            // Five quick clicks on Pay.
            page.js("const b = document.querySelector('[data-test=bulk-renew-confirm]'); for (let i = 0; i < 5; i++) b.click(); return true")
                .await;
            wait_finished(&page).await;
            let lines = results(&page).await;
            assert_eq!(lines.iter().map(|(id, o, _)| (*id, o.as_str())).collect::<Vec<_>>(),
                [(1029, "done"), (1017, "done"), (1012, "refused")]);
            assert!(lines[2].2.contains("Insufficient balance"), "the server's reason: {}", lines[2].2);
            assert_eq!(page.text("[data-test=bulk-progress-text]").await, "3 of 3");
            assert_eq!(page.js("return document.querySelector('[data-test=bulk-progress]').value").await, 3);
            // The server holds exactly that.
            assert_eq!(renewals(&sandbox), [
                "/user/api/orders/1002/renew",
                "/user/api/orders/1029/renew",
                "/user/api/orders/1017/renew",
                "/user/api/orders/1012/renew",
            ]);
            assert_no_paying_request_twice(&sandbox);
            assert_eq!(sandbox.wallet_balance(), 3_510 - 900 - 960 - 1_200);
            let status = |id| sandbox.order(id).and_then(|o| o["status"].as_str().map(str::to_string));
            assert_eq!((status(1029), status(1012)), (Some("active".into()), Some("on-hold".into())));
            // The list was read again and the selection is gone.
            page.wait_js("no selection", "return !document.querySelector('[data-test=bulk-bar]')").await;
            page.click("[data-test=bulk-close]").await;
            page.wait_js("the results close", "return !document.querySelector('[data-test=bulk-run]')").await;
        },
    )
    .await;
}

#[tokio::test]
async fn stop_ends_the_run_before_the_next_request() {
    run(
        |_| {},
        |page, sandbox| async move {
            // Each renewal takes a second, so Stop comes while the first is on its way.
            sandbox.set_fault("POST", "/user/api/orders/", FaultKind::Delay { ms: 1_000 }, None, When::Before);
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=on-hold").await;
            wait_rows(&page, 8).await;
            for id in [1029, 1017, 1012] {
                select(&page, id, false).await;
            }
            page.click("[data-test=bulk-renew]").await;
            page.wait_text("[data-test=bulk-renew-total]", "the total", |t| t == dollars(3_510)).await;
            page.click("[data-test=bulk-renew-confirm]").await;
            page.click("[data-test=bulk-stop]").await;
            wait_finished(&page).await;
            let outcomes: Vec<String> = results(&page).await.into_iter().map(|(_, o, _)| o).collect();
            assert_eq!(outcomes, ["done", "not-sent", "not-sent"]);
            assert_eq!(renewals(&sandbox), ["/user/api/orders/1029/renew"], "one request, then none");
            assert!(page.text("[data-test=bulk-results]").await.contains("Not sent (stopped)"));
        },
    )
    .await;
}

#[tokio::test]
async fn auto_renewal_switches_datacenter_and_isp_orders_and_names_the_others() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=active&limit=50").await;
            wait_rows(&page, 31).await;
            // 1009 ISP off, 1005 DC off, 1008 DC on, 1011 Premium residential, 1007 Mobile.
            for id in [1009, 1005, 1008, 1011, 1007] {
                select(&page, id, false).await;
            }
            page.click("[data-test=bulk-auto-on]").await;
            let skipped = page.text("[data-test=bulk-auto-not-applicable]").await;
            assert!(skipped.contains("#1007") && skipped.contains("#1011"), "{skipped}");
            assert!(page.text("[data-test=bulk-auto-already]").await.contains("#1008"));
            page.click("[data-test=bulk-auto-confirm]").await;
            wait_finished(&page).await;
            let done: Vec<i64> =
                results(&page).await.into_iter().filter(|(_, o, _)| o == "done").map(|(id, _, _)| id).collect();
            assert_eq!(done, [1009, 1005], "in table order, newest first");
            for id in [1005, 1009, 1008] {
                assert_eq!(
                    sandbox.order(id).map(|o| o["auto_renewal"].clone()),
                    Some(serde_json::json!(true)),
                    "#{id}"
                );
            }
            let switched = sandbox.requests().into_iter().filter(|r| r.path.contains("edit-auto-renewal")).count();
            assert_eq!(switched, 2, "nothing sent for the others");
        },
    )
    .await;
}

#[tokio::test]
async fn one_tag_on_many_orders_is_checked_first_and_shown_as_text() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=cancelled").await;
            wait_rows(&page, 6).await;
            select(&page, 1004, false).await;
            select(&page, 1010, false).await;
            page.click("[data-test=bulk-tag]").await;
            page.fill("[data-test=bulk-tag-input]", &"x".repeat(101)).await;
            page.wait_text("[data-test=bulk-tag-problem]", "too long", |t| t.contains("100")).await;
            assert_eq!(page.js("return document.querySelector('[data-test=bulk-tag-confirm]').disabled").await, true);
            page.fill("[data-test=bulk-tag-input]", "<b>=SUM(A1)</b>").await;
            page.click("[data-test=bulk-tag-confirm]").await;
            wait_finished(&page).await;
            for id in [1004, 1010] {
                assert_eq!(sandbox.order(id).map(|o| o["tag"].clone()), Some(serde_json::json!("<b>=SUM(A1)</b>")));
            }
            // The list shows the new tags as text.
            page.wait_js("tags shown", "return [...document.querySelectorAll('td.tag a')].filter(a => a.textContent === '<b>=SUM(A1)</b>').length === 2")
                .await;
            assert_eq!(page.count("td.tag b").await, 0, "never as HTML");
        },
    )
    .await;
}

#[tokio::test]
async fn fifty_renewals_over_a_thousand_orders() {
    run(
        |config| {
            config.extra_orders = 1_000;
            config.wallet_cents = 10_000_000;
        },
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders?status=on-hold&limit=50").await;
            wait_rows(&page, 50).await;
            page.click("[data-test=order-select-all]").await;
            page.wait_text("[data-test=bulk-count]", "50 selected", |t| t == "50 selected").await;
            page.click("[data-test=bulk-renew]").await;
            page.wait_js(
                "fifty prices",
                "return document.querySelectorAll('[data-test=bulk-renew-line]').length === 50",
            )
            .await;
            let wallet = sandbox.wallet_balance();
            page.click("[data-test=bulk-renew-confirm]").await;
            wait_finished(&page).await;
            assert_eq!(page.text("[data-test=bulk-progress-text]").await, "50 of 50");
            let done = results(&page).await.into_iter().filter(|(_, o, _)| o == "done").count();
            assert_eq!(done, 50);
            assert_eq!(renewals(&sandbox).len(), 50);
            assert_no_paying_request_twice(&sandbox);
            assert!(sandbox.wallet_balance() < wallet, "the wallet paid");
        },
    )
    .await;
}

#[tokio::test]
async fn the_bar_the_confirmation_and_the_export_in_four_languages_pass_axe() {
    run(
        |_| {},
        |page, _sandbox| async move {
            let axe = crate::accessibility::axe_source();
            page.sign_in(DEMO_API_KEY).await;
            for (lang, count, total) in [
                ("en", "1 selected", "Total"),
                ("ru", "Выбрано: 1", "Итого"),
                ("uk", "Вибрано: 1", "Разом"),
                ("zh-CN", "已选 1 个", "合计"),
            ] {
                page.js(&format!("localStorage.setItem('proxyshard.lang', '{lang}'); return 1")).await;
                page.goto("/orders?status=on-hold").await;
                wait_rows(&page, 8).await;
                select(&page, 1002, false).await;
                page.wait_text("[data-test=bulk-count]", count, |t| t == count).await;
                page.click("[data-test=bulk-renew]").await;
                page.wait_text("[data-test=bulk-renew-total]", "the total", |t| !t.is_empty()).await;
                let head = page.text(".bulk-lines tfoot th").await;
                assert_eq!(head, total, "[{lang}]");
                page.click("[data-test=csv-export]").await;
                page.find("[data-test=csv-download]").await;
                let found = crate::accessibility::serious_violations(&page, &axe).await;
                assert!(found.is_empty(), "[{lang}] axe: {found:#?}");
            }
        },
    )
    .await;
}
