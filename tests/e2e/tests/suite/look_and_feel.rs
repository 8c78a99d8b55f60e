//! Look and feel: the theme switch (applied as `data-theme`, remembered, really dark), the
//! 360 px layout (tables as cards, no sideways scrolling; screenshots kept), and focus
//! moving to the page heading on navigation and in and out of inline confirmations.

use e2e::{run, Page, DEMO_API_KEY};

/// Picks a theme through the top bar's switch.
async fn choose_theme(page: &Page, theme: &str) {
    page.find("[data-test=theme-switch]").await;
    page.js(&format!(
        "const s = document.querySelector('[data-test=theme-switch]'); s.value = '{theme}'; \
         s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true"
    ))
    .await;
}

/// Relative luminance (0 dark … 1 light) of the body's computed background.
async fn body_luminance(page: &Page) -> f64 {
    let v = page
        .js("const m = getComputedStyle(document.body).backgroundColor.match(/\\d+(\\.\\d+)?/g).map(Number); \
             const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); }; \
             return 0.2126 * f(m[0]) + 0.7152 * f(m[1]) + 0.0722 * f(m[2]);")
        .await;
    v.as_f64().expect("a luminance")
}

async fn data_theme(page: &Page) -> String {
    page.js("return document.documentElement.dataset.theme || ''").await.as_str().unwrap_or_default().to_string()
}

#[tokio::test]
async fn the_theme_switch_applies_persists_and_is_really_dark() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            assert_eq!(data_theme(&page).await, "system", "nothing chosen yet: follow the system");
            choose_theme(&page, "dark").await;
            assert_eq!(data_theme(&page).await, "dark");
            assert_eq!(page.js("return localStorage.getItem('proxyshard.theme')").await, "dark");
            let dark = body_luminance(&page).await;
            assert!(dark < 0.05, "the dark theme's background is dark (luminance {dark})");
            // A reload starts dark: the app applies the remembered choice at start.
            page.client().refresh().await.expect("reload");
            page.find("[data-test=email]").await;
            assert_eq!(data_theme(&page).await, "dark");
            assert_eq!(page.js("return document.querySelector('[data-test=theme-switch]').value").await, "dark");
            assert!(body_luminance(&page).await < 0.05);
            choose_theme(&page, "light").await;
            let light = body_luminance(&page).await;
            assert!(light > 0.8, "the light theme's background is light (luminance {light})");
            assert_eq!(page.js("return getComputedStyle(document.documentElement).colorScheme").await, "light");
            page.assert_no_panic().await;
        },
    )
    .await;
}

/// Opens `path` at 360 px and waits for `ready`; checks for sideways scrolling and keeps a
/// screenshot named `narrow-<name>`.
async fn check_narrow(page: &Page, path: &str, ready: &str, name: &str) {
    page.goto(path).await;
    page.find(ready).await;
    // Late content (prices, proxies) arrives before measuring.
    page.settled().await;
    assert_eq!(page.js("return window.innerWidth").await, 360, "the viewport is 360 px wide");
    let (over, wide) = page.horizontal_overflow().await;
    let shot = page.save_screenshot(&format!("narrow-{name}")).await;
    assert!(over <= 0, "{path} scrolls sideways by {over} px at 360 px (see {}): {wide:#?}", shot.display());
}

#[tokio::test]
async fn at_360_px_tables_become_cards_and_nothing_scrolls_sideways() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.set_viewport(360, 800).await;
            check_narrow(&page, "/", "[data-test=expiring-row]", "profile").await;
            check_narrow(&page, "/orders?status=all", "[data-test=order-row]", "orders").await;
            let card = page
                .js("const td = document.querySelector('[data-test=order-id]'); \
                 return [getComputedStyle(td.parentElement).display, getComputedStyle(td, '::before').content]")
                .await;
            assert_eq!(card, serde_json::json!(["block", "\"Order\""]), "order rows are labelled cards");
            check_narrow(&page, "/orders/1001", "[data-test=proxy-row]", "order").await;
            check_narrow(&page, "/buy", "[data-test=price-final]", "buy").await;
            // The buy confirmation fits too.
            page.click("[data-test=buy]").await;
            page.find("[data-test=confirm-panel]").await;
            let (over, wide) = page.horizontal_overflow().await;
            page.save_screenshot("narrow-buy-confirm").await;
            assert!(over <= 0, "the buy confirmation scrolls sideways: {wide:#?}");
            // The quick jump dialog fits, in the dark theme as well.
            choose_theme(&page, "dark").await;
            check_narrow(&page, "/orders/1002", "[data-test=renew]", "order-on-hold-dark").await;
            page.click("[data-test=quick-jump-open]").await;
            page.find("[data-test=quick-jump]").await;
            let right =
                page.js("return document.querySelector('[data-test=quick-jump]').getBoundingClientRect().right").await;
            assert!(right.as_f64().unwrap_or(999.0) <= 360.0, "the dialog fits: right edge {right}");
            page.save_screenshot("narrow-quick-jump-dark").await;
            let (over, _) = page.horizontal_overflow().await;
            assert!(over <= 0);
            page.assert_no_panic().await;
        },
    )
    .await;
}

/// The focused element's tag and text.
async fn focus_is(page: &Page) -> (String, String) {
    let v = page.js("const a = document.activeElement; return [a.tagName, a.textContent.trim()]").await;
    let s = |i: usize| v.get(i).and_then(|x| x.as_str()).unwrap_or_default().to_string();
    (s(0), s(1))
}

/// Waits until focus is on a `<tag>` whose text starts with `text`.
async fn wait_focus(page: &Page, tag: &str, text: &str) {
    let script = format!(
        "const a = document.activeElement; return a.tagName === {tag:?} && a.textContent.trim().startsWith({text:?})"
    );
    page.wait_js(&format!("focus on <{tag}> {text:?}"), &script).await;
}

#[tokio::test]
async fn focus_moves_to_the_heading_on_navigation() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            // Signing in is a navigation made by the person: the profile's heading gets focus.
            wait_focus(&page, "H1", "Account").await;
            page.click("nav.nav a[href='/orders']").await;
            wait_focus(&page, "H1", "Orders").await;
            page.click("[data-test=order-row] td a[href='/orders/1045']").await;
            wait_focus(&page, "H1", "Order #1045").await;
            page.client().back().await.expect("back");
            wait_focus(&page, "H1", "Orders").await;
            // Changing the tab only changes the query: focus stays on the tab.
            page.click("[data-test=tab-all]").await;
            page.wait_path("all", |p| p.contains("status=all")).await;
            page.settled().await;
            assert_eq!(focus_is(&page).await.0, "A", "the tab keeps focus");
            // A fresh page load does not move focus.
            page.goto("/buy").await;
            page.find("h1").await;
            page.settled().await;
            assert_eq!(focus_is(&page).await.0, "BODY");
        },
    )
    .await;
}

#[tokio::test]
async fn inline_confirmations_take_focus_and_give_it_back() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/orders/1002").await;
            page.click("[data-test=renew]").await;
            page.find("[data-test=renew-panel]").await;
            page.wait_js("focus in the renew panel", "return document.activeElement.dataset.test === 'renew-panel'")
                .await;
            page.click("[data-test=renew-cancel]").await;
            page.wait_js("focus back on Renew", "return document.activeElement.dataset.test === 'renew'").await;
            // The buy page's confirmation: the Pay button has focus; going back returns it to Buy.
            page.goto("/buy").await;
            page.find("[data-test=price-final]").await;
            page.click("[data-test=buy]").await;
            page.wait_js("focus on Pay", "return document.activeElement.dataset.test === 'pay'").await;
            page.click("[data-test=confirm-back]").await;
            page.wait_js("focus back on Buy", "return document.activeElement.dataset.test === 'buy'").await;
        },
    )
    .await;
}
