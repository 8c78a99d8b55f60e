//! Hostile data and bad input: markup in tags, product names, server messages and proxy
//! credentials renders as text everywhere; bad form input gets an inline message and is
//! never sent; nonsense in the URL lands on a page that explains.

use e2e::{requests_to, run, FaultKind, Page, Sandbox, When, DEMO_API_KEY};
use std::time::Duration;

/// Payloads that set `window.__xss` if they ever run.
const IMG: &str = r#"<img src=x onerror="window.__xss=1">"#;
const SCRIPT: &str = r#""><script>window.__xss=2</script>"#;

/// Asserts no payload became markup: no element carries an `onerror`, no `img[src=x]`, no
/// script mentions `__xss`, the title is the app's own, and `window.__xss` was never set.
async fn assert_inert(page: &Page) {
    // Give an injected image time to fail loading and fire its handler.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let found = page
        .js("return [document.querySelectorAll('[onerror], img[src=x]').length, \
             [...document.scripts].filter(s => s.textContent.includes('__xss')).length, \
             document.querySelectorAll('title').length, typeof window.__xss]")
        .await;
    assert_eq!(found, serde_json::json!([0, 0, 1, "undefined"]), "markup from data was rendered");
    let title = page.js("return document.title").await;
    assert!(!title.as_str().unwrap_or_default().contains('<'), "title: {title}");
    page.assert_no_panic().await;
}

/// Text of every element matching `css`.
async fn texts(page: &Page, css: &str) -> Vec<String> {
    let v = page.js(&format!("return [...document.querySelectorAll('{css}')].map(e => e.textContent)")).await;
    v.as_array().into_iter().flatten().filter_map(|x| x.as_str().map(str::to_string)).collect()
}

fn posts(sandbox: &Sandbox, path: &str) -> usize {
    requests_to(sandbox, "POST", path).len()
}

#[tokio::test]
async fn hostile_tags_render_as_text_in_table_detail_and_toast() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders/1001").await;
            page.click("[data-test=tag-edit]").await;
            let tag = format!("{IMG}{SCRIPT}");
            page.fill("[data-test=tag-input]", &tag).await;
            page.click("[data-test=tag-save]").await;
            page.wait_text("[data-test=order-tag]", "the tag as text", |t| t == tag).await;
            assert_eq!(sandbox.order(1001).expect("order")["tag"], tag.as_str());
            assert_inert(&page).await;

            page.goto("/orders?status=all&offset=40&limit=20").await;
            page.find("[data-test=order-row]").await;
            let tags = texts(&page, "[data-test=order-row] td.tag").await;
            assert!(tags.contains(&tag), "{tags:?}");
            assert!(tags.contains(&"<img src=x onerror=alert(1)>".to_string()), "seeded 1005: {tags:?}");
            page.goto("/orders/1005").await;
            page.wait_text("[data-test=order-tag]", "1005's tag", |t| t == "<img src=x onerror=alert(1)>").await;
            assert_inert(&page).await;
        },
    )
    .await;
}

#[tokio::test]
async fn hostile_server_messages_render_as_text() {
    run(
        |_| {},
        |page, sandbox| async move {
            let envelope =
                |ok: bool| serde_json::json!({ "success": ok, "message": format!("{IMG}{SCRIPT}") }).to_string();
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders/1001").await;
            // A refusal, and a success whose message is hostile.
            sandbox.set_fault(
                "POST",
                "/user/api/orders/1001/tag",
                FaultKind::Custom { status: 400, body: envelope(false), content_type: None },
                Some(1),
                When::Before,
            );
            sandbox.set_fault(
                "POST",
                "/user/api/orders/1001/tag",
                FaultKind::Custom { status: 200, body: envelope(true), content_type: None },
                Some(1),
                When::After,
            );
            page.click("[data-test=tag-edit]").await;
            page.fill("[data-test=tag-input]", "one").await;
            page.click("[data-test=tag-save]").await;
            page.wait_text("[data-test=tag-error]", "the refusal", |t| t.contains(IMG) && t.contains(SCRIPT)).await;
            page.click("[data-test=tag-save]").await;
            page.wait_text("[data-test=toast]", "the hostile toast", |t| t.contains(IMG)).await;
            assert_inert(&page).await;

            // On the buy page: a refused price and a refused purchase.
            sandbox.set_fault(
                "GET",
                "/user/api/orders/calculate",
                FaultKind::Custom { status: 400, body: envelope(false), content_type: None },
                Some(1),
                When::Before,
            );
            page.goto("/buy?product=Datacenter%20Proxy").await;
            page.wait_text("[data-test=price-error]", "the refusal", |t| t.contains(SCRIPT)).await;
            page.fill("[data-test=quantity-input]", "2").await;
            page.wait_text("[data-test=price-final]", "$1.20", |t| t == "$1.20").await;
            sandbox.set_fault(
                "POST",
                "/user/api/orders/purchase",
                FaultKind::Custom { status: 400, body: envelope(false), content_type: None },
                Some(1),
                When::Before,
            );
            page.click("[data-test=buy]").await;
            page.click("[data-test=pay]").await;
            page.wait_text("[data-test=purchase-error]", "the refusal", |t| t.contains(IMG)).await;
            assert_inert(&page).await;
        },
    )
    .await;
}

#[tokio::test]
async fn hostile_product_names_and_credentials_render_as_text() {
    run(
        |_| {},
        |page, sandbox| async move {
            let name = format!("Datacenter Proxy {IMG}");
            sandbox.set_fault(
                "GET",
                "/user/api/",
                FaultKind::Rewrite { find: "Datacenter Proxy".into(), replace: name.clone() },
                None,
                When::Before,
            );
            let user = format!("=HYPERLINK(\"http://x\"){SCRIPT}");
            sandbox.set_fault(
                "GET",
                "/user/api/proxies/active",
                FaultKind::Rewrite { find: "ps1001u1".into(), replace: user.clone() },
                None,
                When::Before,
            );
            page.sign_in(DEMO_API_KEY).await;
            page.find(".catalogue h3").await;
            assert!(texts(&page, ".catalogue h3").await.contains(&name));
            page.goto("/orders?status=all&offset=40&limit=20").await;
            page.find("[data-test=order-row]").await;
            assert!(texts(&page, "[data-test=order-row] td").await.contains(&name));
            page.goto("/orders/1001").await;
            page.wait_text("[data-test=order-product]", "the hostile name", |t| t == name).await;
            assert_inert(&page).await;
            page.goto("/buy").await;
            page.find("[data-test=product-select]").await;
            assert!(texts(&page, "[data-test=product-select] option").await.contains(&name));
            assert_inert(&page).await;
            assert!(sandbox.requests().iter().all(|r| r.method == "GET"), "nothing was bought or changed");

            // Exports: the credentials as text, and CSV cells that cannot start a formula.
            sandbox.clear_faults();
            sandbox.set_fault(
                "GET",
                "/user/api/proxies/active",
                FaultKind::Rewrite { find: "ps1001u1".into(), replace: user.clone() },
                None,
                When::Before,
            );
            page.goto("/orders/1001").await;
            page.find("[data-test=proxy-row]").await;
            let preview = "return document.querySelector('[data-test=export-preview]').value";
            let lines = page.js(preview).await;
            assert!(lines.as_str().is_some_and(|t| t.lines().next().is_some_and(|l| l.contains(&user))), "{lines}");
            page.find("[data-test=export-format]").await.select_by_value("csv").await.expect("csv");
            page.wait_js(
                "a CSV preview",
                "return document.querySelector('[data-test=export-preview]').value.startsWith('ip,')",
            )
            .await;
            let csv = page.js(preview).await;
            let row = csv.as_str().and_then(|c| c.lines().nth(1)).unwrap_or_default().to_string();
            assert!(row.contains("\"'=HYPERLINK(\"\"http://x\"\")"), "formula defused and quoted: {row}");
            assert!(texts(&page, "[data-test=proxy-row] td").await.iter().any(|t| t == &user));
            assert_inert(&page).await;
        },
    )
    .await;
}

/// Sets a field's value by script (past `maxlength`, with characters a keyboard cannot
/// type) and fires `input`, as a paste would.
async fn set_value(page: &Page, css: &str, js_value: &str) {
    page.find(css).await;
    page.js(&format!(
        "const e = document.querySelector('{css}'); e.value = {js_value}; \
         e.dispatchEvent(new Event('input', {{ bubbles: true }})); return true"
    ))
    .await;
}

#[tokio::test]
async fn bad_quantities_and_promo_codes_are_explained_and_never_sent() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/buy?product=Datacenter%20Proxy").await;
            page.wait_text("[data-test=price-final]", "a price", |t| t.starts_with('$')).await;
            tokio::time::sleep(Duration::from_millis(900)).await;
            let calculated = || requests_to(&sandbox, "GET", "/user/api/orders/calculate").len();
            let sent_before = calculated();
            for (typed, message) in [
                ("''", "Enter a quantity"),
                ("'   '", "Enter a quantity"),
                ("'0'", "at least 1"),
                ("'-1'", "at least 1"),
                ("'2.5'", "whole number"),
                ("'1e3'", "whole number"),
                ("'99999999999999999999'", "at most 10,000"),
                ("'10001'", "at most 10,000"),
                ("'ten'", "whole number"),
                ("'\\u0661\\u0662'", "whole number"),
                ("'3\\u0000'", "whole number"),
            ] {
                set_value(&page, "[data-test=quantity-input]", typed).await;
                page.wait_text("[data-test=quantity-error]", message, |t| t.contains(message)).await;
                assert_eq!(page.js("return document.querySelector('[data-test=buy]').disabled").await, true, "{typed}");
            }
            tokio::time::sleep(Duration::from_millis(900)).await;
            assert_eq!(calculated(), sent_before, "no bad quantity was priced");
            set_value(&page, "[data-test=quantity-input]", "'2'").await;
            page.wait_text("[data-test=price-final]", "$1.20", |t| t == "$1.20").await;
            tokio::time::sleep(Duration::from_millis(900)).await;
            let sent_before = calculated();
            for (typed, message) in [
                ("'A'.repeat(10000)", "at most 64"),
                ("'SAVE\\u000710'", "letters, digits"),
                ("'SAVE 10'", "letters, digits"),
                ("'<b>'", "letters, digits"),
                ("'\\u202eSAVE10'", "letters, digits"),
            ] {
                set_value(&page, "[data-test=promo-input]", typed).await;
                page.wait_text("[data-test=promo-error]", message, |t| t.contains(message)).await;
            }
            tokio::time::sleep(Duration::from_millis(900)).await;
            assert_eq!(calculated(), sent_before, "no bad promo code was priced");
            // Blank promo means none: priced without one.
            set_value(&page, "[data-test=promo-input]", "'   '").await;
            page.wait_text("[data-test=price-final]", "$1.20", |t| t == "$1.20").await;
            let last = requests_to(&sandbox, "GET", "/user/api/orders/calculate")
                .pop()
                .and_then(|r| r.query)
                .unwrap_or_default();
            assert!(!last.contains("promo_code") && last.contains("quantity=2"), "{last}");
            assert_eq!(posts(&sandbox, "/user/api/orders/purchase"), 0);
            assert_inert(&page).await;
        },
    )
    .await;
}

#[tokio::test]
async fn bad_tags_and_keys_are_explained_and_never_sent() {
    run(
        |_| {},
        |page, sandbox| async move {
            // (Line breaks cannot be tested here: the browser strips them from a field's value.)
            for typed in ["'k'.repeat(10000)", "'psk_a\\u0007b'", "'psk a'", "'psk_\\u0000'"] {
                page.goto("/sign-in").await;
                set_value(&page, "#api-key", typed).await;
                page.click("form button[type=submit]").await;
                let shown = page.wait_text("#sign-in-problem", "a key problem", |t| !t.is_empty()).await;
                assert!(shown.contains("does not look like an API key"), "{typed}: {shown}");
            }
            page.goto("/sign-in").await;
            set_value(&page, "#api-key", "' \\t '").await;
            page.click("form button[type=submit]").await;
            page.wait_text("#sign-in-problem", "the empty-key message", |t| t.contains("Paste your API key")).await;
            assert!(sandbox.requests().is_empty(), "no key check was sent");

            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders/1001").await;
            page.click("[data-test=tag-edit]").await;
            for (typed, message) in [
                ("'x'.repeat(10000)", "this one has 10000"),
                ("'a\\u0007b'", "control characters"),
                ("'a\\tb'", "control characters"),
                ("'a\\u0000b'", "control characters"),
                ("'k'.repeat(101)", "at most 100"),
            ] {
                set_value(&page, "[data-test=tag-input]", typed).await;
                page.click("[data-test=tag-save]").await;
                page.wait_text("[data-test=tag-error]", message, |t| t.contains(message)).await;
            }
            assert_eq!(posts(&sandbox, "/user/api/orders/1001/tag"), 0, "no invalid tag was sent");
            // Whitespace only clears the tag: what is sent is the trimmed, empty tag.
            page.goto("/orders/1001").await;
            page.click("[data-test=tag-edit]").await;
            set_value(&page, "[data-test=tag-input]", "'   \\u00a0 '").await;
            page.click("[data-test=tag-save]").await;
            page.wait_text("[data-test=order-tag]", "no tag", |t| t == "No tag").await;
            let last = requests_to(&sandbox, "POST", "/user/api/orders/1001/tag").pop().and_then(|r| r.body);
            assert_eq!(last.as_deref(), Some(r#"{"tag":""}"#));
            assert_inert(&page).await;
        },
    )
    .await;
}

/// Waits until the page shows a heading and some text: never a blank page.
async fn not_blank(page: &Page, path: &str) -> String {
    page.goto(path).await;
    let heading = page.wait_text("main h1", "a heading", |t| !t.trim().is_empty()).await;
    let body = page.js("return document.body.innerText.trim().length").await;
    assert!(body.as_u64().unwrap_or(0) > 20, "{path} is almost blank");
    heading
}

#[tokio::test]
async fn url_nonsense_lands_on_a_page_that_explains() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            for path in [
                "/orders/%00",
                "/orders/-1",
                "/orders/99999999999999999999",
                "/orders/1001%3Cimg%20src=x%3E",
                "/orders/%E2%80%AE1001",
            ] {
                let heading = not_blank(&page, path).await;
                assert!(heading == "Order not found" || heading == "Page not found", "{path}: {heading}");
            }
            // Only real order ids reach the server (the profile reads some orders of its own).
            let asked: Vec<String> = sandbox
                .requests()
                .into_iter()
                .filter_map(|r| r.path.strip_prefix("/user/api/orders/").map(str::to_string))
                .collect();
            assert!(asked.iter().all(|id| id.parse::<i64>().is_ok_and(|n| (1001..=1045).contains(&n))), "{asked:?}");
            assert_eq!(not_blank(&page, "/nope/nope").await, "Page not found");
            assert_eq!(not_blank(&page, "/orders?status=%22%3E%3Cimg%20src=x%3E&offset=abc&limit=-5").await, "Orders");
            page.wait_path("corrected", |p| p == "/orders?status=active&offset=0&limit=10").await;
            assert_eq!(
                not_blank(&page, "/buy?product=%3Cscript%3Ewindow.__xss%3D3%3C%2Fscript%3E").await,
                "Buy proxies"
            );
            page.wait_js(
                "the first product",
                "return document.querySelector('[data-test=product-select]')?.value === 'Datacenter Proxy'",
            )
            .await;
            assert_inert(&page).await;
            // A `next` that leaves the app is ignored after signing in.
            page.click("button.sign-out").await;
            for next in ["//evil.example/", "javascript:window.__xss=4", "https://evil.example/"] {
                page.goto(&format!("/sign-in?next={}", next.replace('/', "%2F").replace(':', "%3A"))).await;
                page.fill("#api-key", DEMO_API_KEY).await;
                page.click("form button[type=submit]").await;
                page.wait_path("the profile", |p| p == "/").await;
            }
            assert_inert(&page).await;
        },
    )
    .await;
}
