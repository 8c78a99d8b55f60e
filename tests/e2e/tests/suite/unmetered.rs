//! The Unmetered tab: no traffic counter, the account's active Unmetered orders, and strings
//! with the username plan `unlimited`. The demo account borrows its Standart password and
//! targeting lists; the second demo account (Unmetered only) types its password, which
//! stays out of the URL and both storages.

use crate::residential::{choose, generate, lines, split_line};
use e2e::{run, DEMO_API_KEY};
use sandbox::{residential::Plan, SECOND_DEMO_API_KEY};
use std::collections::HashMap;

#[tokio::test]
async fn the_demo_account_gets_unlimited_strings_and_no_counter() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/residential").await;
            page.click("[data-test=tab-unmetered]").await;
            page.wait_path("the Unmetered tab", |p| p.ends_with("type=unmetered")).await;
            page.find("[data-test=unmetered-orders]").await;
            // Active Unmetered orders of the seed: 1018, 1024, 1030, 1036, 1042.
            let listed = page
                .js("return [...document.querySelectorAll('[data-test=unmetered-orders] a')].map(a => a.textContent)")
                .await;
            let mut ids: Vec<String> =
                listed.as_array().into_iter().flatten().filter_map(|v| v.as_str().map(str::to_string)).collect();
            ids.sort();
            assert_eq!(ids, ["#1018", "#1024", "#1030", "#1036", "#1042"]);
            assert_eq!(page.count("[data-test=traffic]").await, 0, "no traffic counter");
            assert_eq!(page.count("[data-test=add-traffic]").await, 0, "no GB to add");
            choose(&page, "gen-country", Some("de")).await;
            page.fill("#gen-amount", "3").await;
            generate(&page).await;
            lines(&page, 3, "three strings").await;
            page.click("[data-test=gen-reveal]").await;
            let standart = sandbox.residential().plans[&Plan::Standart].password.clone();
            page.wait_js(
                "revealed",
                &format!("return document.querySelector('[data-test=gen-lines]').value.includes({standart:?})"),
            )
            .await;
            for line in lines(&page, 3, "three revealed strings").await {
                let (_, _, pairs, pass) = split_line(&line);
                let map: HashMap<_, _> = pairs.into_iter().collect();
                assert_eq!((map["plan"].as_str(), map["country"].as_str()), ("unlimited", "de"), "{line}");
                assert_eq!(pass, standart, "the owner's password: {line}");
            }
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn an_unmetered_only_account_types_its_password_and_it_is_kept_nowhere() {
    run(
        |_| {},
        |page, _sandbox| async move {
            const TYPED: &str = "Typed-Pass-9x";
            page.sign_in(SECOND_DEMO_API_KEY).await;
            page.goto("/residential?type=unmetered").await;
            let text = page.text("[data-test=unmetered-orders]").await;
            assert!(text.contains("#2002"), "{text}");
            page.find("[data-test=gen-no-catalogue]").await;
            page.fill("#gen-amount", "2").await;
            generate(&page).await;
            let problem = page.text("[data-test=gen-problems]").await;
            assert!(problem.contains("password"), "asks for the password: {problem}");
            page.fill("[data-test=gen-typed-password]", TYPED).await;
            generate(&page).await;
            lines(&page, 2, "two strings").await;
            page.click("[data-test=gen-reveal]").await;
            page.wait_js("revealed", &format!("return document.querySelector('[data-test=gen-lines]').value.includes({TYPED:?})")).await;
            for line in lines(&page, 2, "two revealed strings").await {
                let (_, _, pairs, pass) = split_line(&line);
                let map: HashMap<_, _> = pairs.into_iter().collect();
                assert_eq!((map["plan"].as_str(), map["country"].as_str(), pass.as_str()), ("unlimited", "any", TYPED), "{line}");
            }
            let kept = page
                .js("return location.href + JSON.stringify(Object.assign({}, localStorage)) + JSON.stringify(Object.assign({}, sessionStorage))")
                .await;
            assert!(!kept.as_str().unwrap_or_default().contains(TYPED), "the typed password is kept nowhere: {kept}");
            page.assert_no_panic().await;
        },
    )
    .await;
}
