//! The p0f panel of the order page and the proxies' signatures, in a real browser against
//! the sandbox (order 1032: Datacenter, 9 IPs, 5 slots at 30 cents, 2 used): buying slots
//! at calculate's price with one POST, scheduling and cancelling a downgrade, refusing one
//! below the slots in use before sending, and the signature column and export.

use e2e::{dollars, requests_to, run, Page, Sandbox, DEMO_API_KEY};
use serde_json::Value;

const ORDER: i64 = 1032;

/// Signs in, opens order 1032 and waits for its p0f panel with the seeded counts.
async fn open_panel(page: &Page) {
    page.sign_in(DEMO_API_KEY).await;
    page.goto(&format!("/orders/{ORDER}")).await;
    page.wait_text("[data-test=p0f-slots]", "2 / 5", |t| t == "2 / 5").await;
}

fn order(sandbox: &Sandbox) -> Value {
    sandbox.order(ORDER).expect("order 1032 exists")
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
            let calc = page
                .api_get(
                    DEMO_API_KEY,
                    &format!("/user/api/orders/{ORDER}/addons/calculate?addon_key=p0f_slots&add_qty=3"),
                )
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
            let api = page.api_get(DEMO_API_KEY, &format!("/user/api/proxies/active?order_id={ORDER}")).await;
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
            let api = page.api_get(DEMO_API_KEY, &format!("/user/api/proxies/active?order_id={ORDER}")).await;
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

/// The IPs of the table's rows that are shown (not hidden by the IP filter), in order.
async fn visible_ips(page: &Page) -> Vec<String> {
    let shown = page
        .js("return [...document.querySelectorAll('[data-test=proxy-row]')].filter(r => !r.hidden && r.offsetParent !== null) \
             .map(r => r.querySelector('[data-test=proxy-ip]').textContent)")
        .await;
    serde_json::from_value(shown).expect("texts")
}

/// The IPs whose selection checkbox is ticked, shown or not, in table order.
async fn checked_ips(page: &Page) -> Vec<String> {
    let checked = page
        .js("return [...document.querySelectorAll('[data-test=proxy-row]')].filter(r => r.querySelector('[data-test=proxy-select]').checked) \
             .map(r => r.querySelector('[data-test=proxy-ip]').textContent)")
        .await;
    serde_json::from_value(checked).expect("texts")
}

/// Sets the IP filter's text as typing would (an `input` event), `""` included.
async fn set_filter(page: &Page, text: &str) {
    page.find("[data-test=proxy-filter]").await;
    let script = format!(
        "const f = document.querySelector('[data-test=proxy-filter]'); f.value = {text:?}; \
         f.dispatchEvent(new Event('input', {{ bubbles: true }})); return f.value"
    );
    assert_eq!(page.js(&script).await, text);
}

/// The order's IPs as the API lists them.
async fn api_ips(page: &Page) -> Vec<String> {
    let api = page.api_get(DEMO_API_KEY, &format!("/user/api/proxies/active?order_id={ORDER}")).await;
    api["data"]
        .as_array()
        .unwrap_or_else(|| panic!("proxies: {api}"))
        .iter()
        .map(|p| p["ip"].as_str().expect("ip").to_string())
        .collect()
}

#[tokio::test]
async fn the_ip_filter_narrows_the_table_and_select_all_and_ranges_take_the_rows_shown() {
    run(
        |_| {},
        |page, _sandbox| async move {
            open_panel(&page).await;
            page.find("[data-test=proxy-row]").await;
            let ips = api_ips(&page).await;
            // A piece of IP text that a few rows have, but not all.
            let fragment = ips
                .iter()
                .flat_map(|ip| (0..ip.len()).flat_map(move |a| (a + 3..=ip.len()).map(move |b| ip[a..b].to_string())))
                .find(|f| (2..=ips.len() - 2).contains(&ips.iter().filter(|ip| ip.contains(f.as_str())).count()))
                .expect("some fragment matches a few rows");
            let expected: Vec<String> = ips.iter().filter(|ip| ip.contains(&fragment)).cloned().collect();
            set_filter(&page, &fragment).await;
            page.wait_text("[data-test=proxy-filter-count]", "the count", |t| {
                t == format!("{} of {} shown", expected.len(), ips.len())
            })
            .await;
            assert_eq!(visible_ips(&page).await, expected, "filtered by {fragment:?}");

            // Select all takes the rows shown only.
            page.click("[data-test=proxy-select-all]").await;
            assert_eq!(checked_ips(&page).await, expected);
            page.click("[data-test=proxy-select-all]").await;
            assert!(checked_ips(&page).await.is_empty(), "select all again clears the rows shown");

            // A shift-click range runs over the rows shown, not the rows in between that are hidden.
            page.js("const boxes = [...document.querySelectorAll('[data-test=proxy-row]')].filter(r => !r.hidden) \
                       .map(r => r.querySelector('[data-test=proxy-select]')); \
                     boxes[0].click(); \
                     boxes[boxes.length - 1].dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: true })); \
                     return true")
                .await;
            assert_eq!(checked_ips(&page).await, expected, "the range is the filtered rows");

            // No match says so; clearing the filter shows every row, the selection unchanged.
            set_filter(&page, "no such ip").await;
            page.find("[data-test=proxy-filter-none]").await;
            assert!(visible_ips(&page).await.is_empty());
            set_filter(&page, "").await;
            page.wait_text("[data-test=proxy-filter-count]", "all rows", |t| t == format!("{0} of {0} shown", ips.len()))
                .await;
            assert_eq!(visible_ips(&page).await, ips);
            assert_eq!(checked_ips(&page).await, expected);
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn do_not_prolong_previews_what_the_api_then_holds_and_is_sent_once() {
    run(
        |c| c.latency_ms = 300,
        |page, sandbox| async move {
            open_panel(&page).await;
            page.find("[data-test=proxy-row]").await;
            let del_np = format!("/user/api/orders/{ORDER}/del-np/set");
            let before = order(&sandbox);
            let quantity = before["quantity"].as_i64().expect("quantity");
            let ips = api_ips(&page).await;
            assert_eq!(ips.len() as i64, quantity, "the seed renews every IP");

            // Every IP selected: the order would keep none, refused before sending.
            page.click("[data-test=proxy-select-all]").await;
            page.click("[data-test=del-np]").await;
            let error = page.text("[data-test=del-np-error]").await;
            assert!(error.contains("at least one IP"), "{error}");
            assert_eq!(page.count("[data-test=del-np-panel]").await, 0);
            page.click("[data-test=proxy-select-all]").await;

            select_rows(&page, &[0, 1, 2]).await;
            page.click("[data-test=del-np]").await;
            assert_eq!(page.text("[data-test=del-np-qty]").await, (quantity - 3).to_string());
            let preview = page.text("[data-test=del-np-price]").await;
            assert_eq!(requests_to(&sandbox, "POST", &del_np).len(), 0, "nothing sent before confirming");

            // Five clicks in one script: one request.
            page.js("const b = document.querySelector('[data-test=del-np-confirm]'); \
                 for (let i = 0; i < 5; i++) b.click(); return true")
                .await;
            let after_qty = (quantity - 3).to_string();
            page.wait_text("[data-test=order-quantity]", &after_qty, |t| t.contains(&after_qty)).await;
            let sent = requests_to(&sandbox, "POST", &del_np);
            assert_eq!(sent.len(), 1, "one del-np request");
            let body: Value = serde_json::from_str(sent[0].body.as_deref().unwrap_or("")).expect("json body");
            let items: Vec<(String, bool)> = body["items"]
                .as_array()
                .expect("items")
                .iter()
                .map(|i| (i["ip"].as_str().expect("ip").to_string(), i["value"].as_bool().expect("value")))
                .collect();
            let mut wanted: Vec<(String, bool)> = ips[..3].iter().map(|ip| (ip.clone(), true)).collect();
            wanted.sort();
            assert_eq!(items, wanted);

            // The server's recalculated order is what the preview said.
            let after = order(&sandbox);
            assert_eq!(after["quantity"].as_i64(), Some(quantity - 3), "{after}");
            let price_after = after["price_paid"].as_i64().expect("price_paid");
            assert_eq!(preview, dollars(price_after), "the preview matched del-np/set's recalculation");
            assert!(price_after < before["price_paid"].as_i64().expect("price before"));
            page.wait_text("[data-test=order-price]", &preview, |t| t.contains(&preview)).await;
            assert_eq!(checked_ips(&page).await, Vec::<String>::new(), "the selection is cleared");
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn buy_the_difference_fills_the_buy_form_with_the_missing_slots() {
    run(
        |_| {},
        |page, sandbox| async move {
            open_panel(&page).await;
            page.find("[data-test=proxy-row]").await;
            // 3 of 5 slots are free; 5 IPs without an OS need 2 more.
            select_rows(&page, &[2, 3, 4, 5, 6]).await;
            page.click("[data-test=sig-apply]").await;
            let error = page.text("[data-test=sig-error]").await;
            assert!(error.contains("buy 2 more"), "{error}");
            page.click("[data-test=sig-buy-difference]").await;
            let filled = page.js("return document.querySelector('[data-test=p0f-add-qty]').value").await;
            assert_eq!(filled, "2");
            page.wait_js("the field has the focus", "return document.activeElement?.id === 'p0f-add-qty'").await;
            // The price is the one for exactly those 2 slots; nothing bought or set yet.
            page.wait_text("[data-test=p0f-add-price]", "$0.60", |t| t == "$0.60").await;
            let posts = sandbox.requests().into_iter().filter(|r| r.method == "POST").count();
            assert_eq!(posts, 0, "nothing sent");
            page.assert_no_panic().await;
        },
    )
    .await;
}

/// One of the app's locale files, as JSON.
fn locale(file: &str) -> Value {
    let path = format!("{}/../../locales/{file}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).expect("locale file")).expect("locale JSON")
}

/// `text` with `{name}` placeholders filled.
fn fill(text: &str, args: &[(&str, &str)]) -> String {
    args.iter().fold(text.to_string(), |t, (k, v)| t.replace(&format!("{{{k}}}"), v))
}

#[tokio::test]
async fn the_p0f_panel_and_the_selection_controls_in_four_languages_at_360_px() {
    run(
        |_| {},
        |page, _sandbox| async move {
            open_panel(&page).await;
            page.set_viewport(360, 800).await;
            page.find("[data-test=proxy-row]").await;
            select_rows(&page, &[2, 3, 4, 5, 6]).await;
            page.click("[data-test=sig-apply]").await;
            page.find("[data-test=sig-buy-difference]").await;
            select_rows(&page, &[6]).await; // four selected; the refusal stays on screen
            page.click("[data-test=del-np]").await;
            page.find("[data-test=del-np-panel]").await;
            for (code, file) in [("ru", "ru"), ("uk", "uk"), ("zh-CN", "zh"), ("en", "en")] {
                let t = locale(file);
                let s = |section: &str, key: &str| {
                    t[section][key].as_str().unwrap_or_else(|| panic!("{file}: {section}.{key}")).to_string()
                };
                page.choose_language(code).await;
                let title = s("p0f", "title");
                page.wait_text("#p0f-heading", &title, |x| x == title).await;
                let filter_label = page.text("label[for=proxy-filter]").await;
                assert_eq!(filter_label, s("proxies", "filter"), "{code}");
                let del_np = page.text("[data-test=del-np]").await;
                assert_eq!(del_np, fill(&s("proxies", "del_np_open"), &[("n", "4")]), "{code}");
                assert_eq!(page.text("[data-test=del-np-confirm]").await, s("proxies", "del_np_confirm"), "{code}");
                assert_eq!(
                    page.text("[data-test=sig-buy-difference]").await,
                    fill(&s("p0f", "buy_difference"), &[("n", "2")]),
                    "{code}"
                );
                assert_eq!(page.text("label[for=p0f-add-qty]").await, s("p0f", "buy_label"), "{code}");
                // No key names, unfilled placeholders or English left where a translation exists.
                let body = page.js("return document.body.innerText").await;
                let body = body.as_str().unwrap_or_default();
                for marker in ["p0f.", "proxies.", "del_np", "buy_difference", "{n}", "{total}", "{id}"] {
                    assert!(!body.contains(marker), "{code}: {marker} on screen");
                }
                if code != "en" {
                    assert!(!body.contains("Do not prolong"), "{code}: English left on screen");
                }
                // Every language fits 360 px with the panel, the filter and the confirmation open.
                let (over, wide) = page.horizontal_overflow().await;
                assert!(over <= 0, "{code}: the order page scrolls sideways by {over} px at 360 px: {wide:#?}");
            }
            page.assert_no_panic().await;
        },
    )
    .await;
}
