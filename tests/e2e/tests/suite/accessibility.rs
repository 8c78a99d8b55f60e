//! Accessibility: axe-core (installed by `scripts/setup` from the npm registry) is injected
//! into each page — sign-in, profile (also on a phone, its charts drawn), orders, an order
//! (also with the p0f panel and the selection actions open), buy, residential — in the light
//! and the dark theme, and the test fails on any serious or critical violation, listing them readably.
//!
//! axe.min.js is read from `$AXE_CORE_JS`, else from
//! `${PROXYSHARD_TOOLS:-$HOME/.cache/proxyshard-tools}/axe-core/node_modules/axe-core/axe.min.js`.

use e2e::{run, Page, DEMO_API_KEY};
use std::path::PathBuf;

pub(crate) fn axe_source() -> String {
    let path = std::env::var_os("AXE_CORE_JS").map(PathBuf::from).unwrap_or_else(|| {
        let tools = std::env::var_os("PROXYSHARD_TOOLS").map(PathBuf::from).unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cache/proxyshard-tools")
        });
        tools.join("axe-core/node_modules/axe-core/axe.min.js")
    });
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!("axe-core not found at {} ({e}): run scripts/setup, or set AXE_CORE_JS", path.display())
    })
}

/// Runs axe on the page as it is and returns its serious and critical violations, one
/// readable paragraph each.
pub(crate) async fn serious_violations(page: &Page, axe: &str) -> Vec<String> {
    page.js(&format!("{axe}\nreturn typeof window.axe")).await;
    let result = page
        .js_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { resultTypes: ['violations'] })
               .then(r => done(r.violations
                 .filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => `${v.impact}: ${v.id} — ${v.help}\\n  ${v.helpUrl}\\n` +
                   v.nodes.slice(0, 6).map(n => `  at ${n.target.join(' ')}\\n    ${(n.failureSummary || '').replace(/\\n/g, '\\n    ')}`).join('\\n'))))
               .catch(e => done(['axe failed: ' + e]));",
        )
        .await;
    result.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(str::to_string)).collect()
}

async fn set_theme(page: &Page, theme: &str) {
    page.js(&format!("localStorage.setItem('proxyshard.theme', '{theme}'); return true")).await;
}

/// Waits for `ready`, lets animations and late loads settle, and collects the violations.
async fn check(page: &Page, axe: &str, theme: &str, path: &str, ready: &str, found: &mut Vec<String>) {
    page.goto(path).await;
    page.find(ready).await;
    page.settled().await;
    let theme_now = page.js("return document.documentElement.dataset.theme").await;
    assert_eq!(theme_now, theme, "the page is in the {theme} theme");
    for v in serious_violations(page, axe).await {
        found.push(format!("[{theme}] {path}: {v}"));
    }
}

async fn audit(page: Page, theme: &str) {
    let axe = axe_source();
    let mut found = Vec::new();
    page.goto("/sign-in").await;
    set_theme(&page, theme).await;
    check(&page, &axe, theme, "/sign-in", "#api-key", &mut found).await;
    page.sign_in(DEMO_API_KEY).await;
    check(&page, &axe, theme, "/", "[data-test=expiring-row]", &mut found).await;
    // The profile on a phone, at the size Lighthouse audits it, with its charts drawn and its
    // stock and catalogue in: the sections below the first screen are skipped until scrolled
    // to (`content-visibility`), and a section whose guessed height differs from its real one
    // moves what is below it while axe measures colours (it once read a stock cell over a
    // chart's bar).
    page.set_viewport(412, 823).await;
    page.wait_js("the phone's width", "return window.innerWidth === 412").await;
    page.goto("/").await;
    crate::charts::scroll_to_charts(&page).await;
    page.find(".stock-table tbody tr").await;
    page.find(".catalogue .product").await;
    page.settled().await;
    for v in serious_violations(&page, &axe).await {
        found.push(format!("[{theme}] / on a phone: {v}"));
    }
    page.clear_viewport().await;
    check(&page, &axe, theme, "/orders?status=all", "[data-test=order-row]", &mut found).await;
    check(&page, &axe, theme, "/orders/1001", "[data-test=proxy-row]", &mut found).await;
    check(&page, &axe, theme, "/buy", "[data-test=price-final]", &mut found).await;
    check(&page, &axe, theme, "/residential?type=premium", "#gen-whose", &mut found).await;
    // The generator's output and the add-traffic confirmation, open.
    page.click("[data-test=gen-submit]").await;
    page.find("[data-test=gen-lines]").await;
    page.fill("[data-test=add-gb]", "2").await;
    page.wait_js("a price", "return !document.querySelector('[data-test=add-traffic-open]').disabled").await;
    page.click("[data-test=add-traffic-open]").await;
    page.find("[data-test=add-traffic-panel]").await;
    for v in serious_violations(&page, &axe).await {
        found.push(format!("[{theme}] /residential generated, adding GB: {v}"));
    }
    check(&page, &axe, theme, "/residential?type=unmetered", "[data-test=unmetered-orders]", &mut found).await;
    // The open quick jump and an on-hold order with its renewal confirmation.
    page.click("[data-test=quick-jump-open]").await;
    page.find("[data-test=quick-jump-input]").await;
    page.press("eu").await;
    page.find("[data-test=quick-jump-order]").await;
    for v in serious_violations(&page, &axe).await {
        found.push(format!("[{theme}] quick jump: {v}"));
    }
    page.press("\u{e00c}").await;
    page.goto("/orders/1002").await;
    page.click("[data-test=renew]").await;
    page.find("[data-test=renew-amount]").await;
    for v in serious_violations(&page, &axe).await {
        found.push(format!("[{theme}] /orders/1002 renewing: {v}"));
    }
    // The p0f panel with everything open: a price for more slots, the IP filter in use, an
    // OS refused for lack of slots with its "buy the difference" offer, and the
    // "do not prolong" confirmation.
    page.goto("/orders/1032").await;
    page.find("[data-test=proxy-row]").await;
    page.fill("[data-test=p0f-add-qty]", "1").await;
    page.find("[data-test=p0f-add-price]").await;
    page.js("const f = document.querySelector('[data-test=proxy-filter]'); f.value = '.'; \
             f.dispatchEvent(new Event('input', { bubbles: true })); \
             const boxes = document.querySelectorAll('[data-test=proxy-select]'); \
             for (const i of [2, 3, 4, 5, 6]) boxes[i].click(); return true")
        .await;
    page.click("[data-test=sig-apply]").await;
    page.find("[data-test=sig-buy-difference]").await;
    page.click("[data-test=del-np]").await;
    page.find("[data-test=del-np-panel]").await;
    for v in serious_violations(&page, &axe).await {
        found.push(format!("[{theme}] /orders/1032 p0f panel and selection actions open: {v}"));
    }
    assert!(found.is_empty(), "{} serious or critical accessibility problems:\n\n{}", found.len(), found.join("\n\n"));
}

#[tokio::test]
async fn no_serious_violations_in_the_light_theme() {
    run(|_| {}, |page, _sandbox| async move { audit(page, "light").await }).await;
}

#[tokio::test]
async fn no_serious_violations_in_the_dark_theme() {
    run(|_| {}, |page, _sandbox| async move { audit(page, "dark").await }).await;
}
