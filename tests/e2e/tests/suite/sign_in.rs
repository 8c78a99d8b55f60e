//! Sign-in, profile and sign-out, in a real browser against the sandbox.

use e2e::{run, DEMO_API_KEY, DEMO_EMAIL};

#[tokio::test]
async fn demo_key_signs_in_and_shows_the_profile() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            assert_eq!(page.text("[data-test=email]").await, DEMO_EMAIL);
            let balance = sandbox.wallet_balance();
            assert_eq!(balance, 50_000, "seeded wallet");
            assert_eq!(page.text("[data-test=balance]").await, "$500.00");
            assert_eq!(page.text("[data-test=active-orders]").await, "31");
            // The key lives in sessionStorage and nowhere else the page can write.
            let stored = page.js("return sessionStorage.getItem('proxyshard.api_key')").await;
            assert_eq!(stored, DEMO_API_KEY);
            let local = page.js("return JSON.stringify(localStorage)").await;
            assert!(!local.as_str().unwrap_or_default().contains(DEMO_API_KEY));
            assert!(!page.client().current_url().await.expect("url").as_str().contains(DEMO_API_KEY));
        },
    )
    .await;
}

#[tokio::test]
async fn wrong_key_is_refused_with_a_clear_message() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.goto("/sign-in").await;
            page.fill("#api-key", "psk_wrong_key_123").await;
            page.click("form button[type=submit]").await;
            let message = page.wait_text("#sign-in-problem", "an error", |t| !t.is_empty()).await;
            assert!(message.contains("not accepted"), "{message}");
            assert!(page.client().current_url().await.expect("url").path().starts_with("/sign-in"));
            assert_eq!(page.js("return sessionStorage.length").await, 0);
            // The server saw exactly one check, answered 401.
            let me_calls: Vec<_> = sandbox.requests().into_iter().filter(|r| r.path == "/user/api/me").collect();
            assert_eq!(me_calls.len(), 1);
            assert_eq!(me_calls[0].status, 401);
        },
    )
    .await;
}

#[tokio::test]
async fn empty_key_is_caught_before_any_request() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.goto("/sign-in").await;
            page.click("form button[type=submit]").await;
            let message = page.wait_text("#sign-in-problem", "an error", |t| !t.is_empty()).await;
            assert!(message.contains("Paste your API key"), "{message}");
            assert!(sandbox.requests().is_empty());
        },
    )
    .await;
}

#[tokio::test]
async fn sign_out_forgets_the_key_and_protects_pages() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.click("button.sign-out").await;
            page.wait_path("the sign-in page", |p| p.starts_with("/sign-in")).await;
            assert_eq!(page.js("return sessionStorage.length").await, 0);
            page.goto("/").await;
            page.find("#api-key").await;
        },
    )
    .await;
}

#[tokio::test]
async fn a_fresh_tab_starts_signed_out_and_unknown_paths_explain() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.goto("/some/deep/link?x=1").await;
            // Unknown path: a clear page, not a blank one.
            page.wait_text("h1", "the not-found heading", |t| t == "Page not found").await;
            page.goto("/").await;
            page.wait_path("the sign-in page", |p| p.starts_with("/sign-in")).await;
            page.find("#api-key").await;
        },
    )
    .await;
}
