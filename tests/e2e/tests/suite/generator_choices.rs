//! The generator's own choices beyond targeting: presets (saved, picked after a reload,
//! renamed, deleted, and never holding a password or the key), Premium's session mode, and
//! strings that carry a sub-user's password, read fresh when generating.

use crate::residential::{choose, generate, lines, split_line};
use e2e::{run, Page, Sandbox, DEMO_API_KEY};
use sandbox::residential::Plan;
use std::collections::HashMap;

/// Sets a select's value the way a person's choice does.
async fn select(page: &Page, css: &str, value: &str) {
    page.js(&format!(
        "const s = document.querySelector({css:?}); s.value = {value:?}; \
         s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true"
    ))
    .await;
}

/// A field's current value.
async fn value(page: &Page, css: &str) -> serde_json::Value {
    page.js(&format!("return document.querySelector({css:?})?.value ?? null")).await
}

/// What the browser's `localStorage` holds, all of it, as one string.
async fn local_storage(page: &Page) -> String {
    let v = page.js("return JSON.stringify(Object.assign({}, localStorage))").await;
    v.as_str().unwrap_or_default().to_string()
}

/// The revealed lines of the output.
async fn revealed(page: &Page) -> Vec<String> {
    page.click("[data-test=gen-reveal]").await;
    page.wait_js(
        "passwords shown",
        "return !document.querySelector('[data-test=gen-lines]').value.includes('********')",
    )
    .await;
    let text = page.js("return document.querySelector('[data-test=gen-lines]').value").await;
    text.as_str().unwrap_or_default().lines().map(str::to_string).collect()
}

fn password(sandbox: &Sandbox, plan: Plan) -> String {
    sandbox.residential().plans[&plan].password.clone()
}

#[tokio::test]
async fn presets_survive_a_reload_and_hold_no_password() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/residential?type=premium").await;
            choose(&page, "gen-country", Some("de")).await;
            let region = choose(&page, "gen-region", None).await;
            page.fill("#gen-amount", "7").await;
            select(&page, "#gen-protocol", "socks5").await;
            page.fill("#gen-session-mode", "3").await;
            page.fill("[data-test=gen-preset-name]", "  DE mobile ").await;
            page.click("[data-test=gen-preset-save]").await;
            page.wait_js(
                "the preset listed",
                "return [...document.querySelectorAll('#gen-preset option')].some(o => o.value === 'DE mobile')",
            )
            .await;
            let stored = local_storage(&page).await;
            assert!(stored.contains("DE mobile") && stored.contains(&region), "saved: {stored}");
            assert!(!stored.contains(&password(&sandbox, Plan::Premium)), "no proxy password in localStorage");
            assert!(!stored.contains(DEMO_API_KEY), "no API key in localStorage");
            assert!(!stored.to_lowercase().contains("password"), "no password field at all: {stored}");

            // A reload starts from the defaults; picking the preset brings everything back.
            page.goto("/residential?type=premium").await;
            page.find("#gen-preset").await;
            assert_eq!(value(&page, "#gen-amount").await, "10");
            select(&page, "#gen-preset", "DE mobile").await;
            page.wait_js("the preset applied", "return document.getElementById('gen-amount').value === '7'").await;
            assert_eq!(value(&page, "#gen-protocol").await, "socks5");
            assert_eq!(value(&page, "#gen-session-mode").await, "3");
            page.wait_js(
                "the region restored",
                &format!("return document.getElementById('gen-region')?.value === '{region}'"),
            )
            .await;
            generate(&page).await;
            for line in lines(&page, 7, "seven strings").await {
                let (_, port, pairs, _) = split_line(&line);
                let map: HashMap<_, _> = pairs.into_iter().collect();
                assert_eq!(port, "1080", "SOCKS5: {line}");
                assert_eq!((map["country"].as_str(), map["region"].as_str()), ("de", region.as_str()), "{line}");
                assert_eq!(map.get("session_mode").map(String::as_str), Some("3"), "{line}");
            }

            // Only Premium's presets are offered on Premium.
            page.goto("/residential?type=standart").await;
            page.find("#gen-preset").await;
            assert_eq!(page.js("return document.querySelectorAll('#gen-preset option').length").await, 1);

            // Rename, then delete.
            page.goto("/residential?type=premium").await;
            page.find("#gen-preset").await;
            select(&page, "#gen-preset", "DE mobile").await;
            page.wait_js(
                "the name field",
                "return document.querySelector('[data-test=gen-preset-name]').value === 'DE mobile'",
            )
            .await;
            page.fill("[data-test=gen-preset-name]", "DE two").await;
            page.click("[data-test=gen-preset-rename]").await;
            page.wait_js(
                "renamed",
                "return [...document.querySelectorAll('#gen-preset option')].some(o => o.value === 'DE two')",
            )
            .await;
            let stored = local_storage(&page).await;
            assert!(stored.contains("DE two") && !stored.contains("DE mobile"), "{stored}");
            page.click("[data-test=gen-preset-delete]").await;
            page.wait_js("deleted", "return document.querySelectorAll('#gen-preset option').length === 1").await;
            assert!(!local_storage(&page).await.contains("DE two"));
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn strings_carry_a_sub_users_password_read_when_generating() {
    run(
        |_| {},
        |page, sandbox| async move {
            let sub_password = |s: &Sandbox| {
                s.residential().plans[&Plan::Standart].sub_users.iter().find(|u| u.user_id == "su1001").map(|u| u.password.clone())
            };
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/residential?type=standart").await;
            page.wait_js("the sub-users listed", "return !!document.querySelector('#gen-whose option[value=su1001]')").await;
            select(&page, "#gen-whose", "su1001").await;
            page.fill("#gen-amount", "2").await;
            generate(&page).await;
            lines(&page, 2, "two strings").await;
            let first = sub_password(&sandbox).expect("su1001");
            for line in revealed(&page).await {
                assert!(line.ends_with(&format!(":{first}")), "su1001's password: {line}");
            }
            // A new password for su1001 (as from another tab): the next strings use it.
            let changed = page
                .js_async(&format!(
                    "const done = arguments[arguments.length - 1]; \
                     fetch('/user/api/proxies/sub-user/su1001/password?proxy_type=standart', {{ method: 'POST', \
                       headers: {{ Authorization: 'Bearer {DEMO_API_KEY}', 'Content-Type': 'application/json' }}, body: '{{}}' }}) \
                       .then(r => done(r.status), e => done(String(e)));"
                ))
                .await;
            assert_eq!(changed, 200);
            let second = sub_password(&sandbox).expect("su1001");
            assert_ne!(first, second);
            generate(&page).await;
            // The new output starts masked (the old one was revealed).
            page.wait_js("a new output", "return document.querySelector('[data-test=gen-lines]').value.includes('********')")
                .await;
            for line in revealed(&page).await {
                assert!(line.ends_with(&format!(":{second}")), "su1001's new password: {line}");
            }
            let url = page.js("return location.href").await;
            assert!(!url.as_str().unwrap_or_default().contains(&second), "never in the URL");
            assert!(!local_storage(&page).await.contains(&second), "never in localStorage");
            page.assert_no_panic().await;
        },
    )
    .await;
}
