//! Faults injected by the sandbox, seen through the app: for each kind of bad answer the
//! page says what happened and what to do, nothing panics, reads are retried within their
//! bound (at most 3 tries, and only for 429, network errors and timeouts), no paying request
//! is sent, and the app works again once the fault clears.

use e2e::{
    assert_no_paying_request_twice, fast_timeouts, paying_requests, requests_to, run, FaultKind, Page, Sandbox, When,
    DEMO_API_KEY, DEMO_EMAIL, FAST_TIMEOUT_MS,
};
use std::time::{Duration, Instant};

const ME: &str = "/user/api/me";
const ORDERS: &str = "/user/api/orders";
/// The profile's account summary: where the `/me` error shows.
const SUMMARY_ERROR: &str = "section.cards .notice-error .notice-text";
const SUMMARY_RETRY: &str = "section.cards .notice-error button";

/// Counts the app's own `fetch` calls per API path from now on (until the next full
/// page load): the browser may resend a request on the wire by itself, see `drop`.
async fn count_fetches(page: &Page) {
    page.js("window.__fetches = []; const real = window.fetch; \
         window.fetch = function (input, init) { \
           window.__fetches.push(new URL(typeof input === 'string' ? input : input.url, location.href).pathname); \
           return real.apply(this, arguments); }; return true")
        .await;
}

/// How many times the app called `fetch` for `path` since [`count_fetches`].
async fn fetches(page: &Page, path: &str) -> usize {
    let n = page.js(&format!("return (window.__fetches || []).filter(p => p === '{path}').length")).await;
    n.as_u64().unwrap_or(0) as usize
}

/// Signs in, then opens the profile again (in the app, so the fetch counter stays) with
/// `kind` on every `GET /me`; returns the message shown, how many times the app asked for
/// `/me`, and how many requests for it reached the server.
async fn profile_under(page: &Page, sandbox: &Sandbox, kind: FaultKind) -> (String, usize, usize) {
    page.sign_in(DEMO_API_KEY).await;
    page.click("nav a[href='/orders']").await;
    page.find("[data-test=order-row]").await;
    count_fetches(page).await;
    sandbox.clear_requests();
    sandbox.set_fault("GET", "/user/api/me$", kind, None, When::Before);
    page.click("nav a[href='/']").await;
    let message = page.wait_text(SUMMARY_ERROR, "an error message", |t| !t.is_empty()).await;
    // Stock and catalogue are not hit: they load as usual beside the error.
    page.find("table.stock-table").await;
    (message, fetches(page, ME).await, requests_to(sandbox, "GET", ME).len())
}

/// The fault clears; "Try again" brings the profile back, and navigation works.
async fn recovers(page: &Page, sandbox: &Sandbox) {
    sandbox.clear_faults();
    page.click(SUMMARY_RETRY).await;
    page.wait_text("[data-test=email]", "the e-mail", |t| t == DEMO_EMAIL).await;
    page.click("nav a[href='/orders']").await;
    page.find("[data-test=order-row]").await;
    page.assert_no_panic().await;
    assert!(paying_requests(sandbox).is_empty(), "nothing paid");
    assert_no_paying_request_twice(sandbox);
}

#[tokio::test]
async fn rate_limit_is_retried_three_times_then_explained() {
    run(fast_timeouts, |page, sandbox| async move {
        let started = Instant::now();
        let (message, tries, wire) =
            profile_under(&page, &sandbox, FaultKind::RateLimit { retry_after_secs: Some(1) }).await;
        assert_eq!(message, "Too many requests. Wait 1 s and try again.");
        assert_eq!((tries, wire), (3, 3), "bounded: three tries of a read");
        assert!(started.elapsed() >= Duration::from_secs(2), "Retry-After was honoured");
        recovers(&page, &sandbox).await;
    })
    .await;
}

#[tokio::test]
async fn rate_limit_that_passes_is_invisible() {
    run(fast_timeouts, |page, sandbox| async move {
        page.sign_in(DEMO_API_KEY).await;
        sandbox.set_fault(
            "GET",
            "/user/api/me$",
            FaultKind::RateLimit { retry_after_secs: Some(1) },
            Some(2),
            When::Before,
        );
        sandbox.clear_requests();
        page.client().refresh().await.expect("reload");
        page.wait_text("[data-test=email]", "the e-mail", |t| t == DEMO_EMAIL).await;
        let statuses: Vec<u16> = requests_to(&sandbox, "GET", ME).iter().map(|r| r.status).collect();
        assert_eq!(statuses, [429, 429, 200]);
        assert_eq!(page.count(".notice-error").await, 0);
        page.assert_no_panic().await;
    })
    .await;
}

#[tokio::test]
async fn server_error_is_explained_and_not_retried() {
    run(fast_timeouts, |page, sandbox| async move {
        let (message, tries, wire) = profile_under(&page, &sandbox, FaultKind::ServerError).await;
        assert_eq!(message, "The ProxyShard server had a problem (HTTP 500). Try again in a minute.");
        assert_eq!((tries, wire), (1, 1), "not retried");
        recovers(&page, &sandbox).await;
    })
    .await;
}

#[tokio::test]
async fn html_gateway_page_is_explained_not_shown() {
    run(fast_timeouts, |page, sandbox| async move {
        let (message, tries, wire) = profile_under(&page, &sandbox, FaultKind::BadGateway).await;
        assert_eq!(message, "The ProxyShard server had a problem (HTTP 502). Try again in a minute.");
        assert_eq!((tries, wire), (1, 1), "not retried");
        assert!(!page.text("main").await.contains("nginx"), "the gateway's HTML never reaches the page");
        recovers(&page, &sandbox).await;
    })
    .await;
}

/// The message for a 2xx answer the app cannot read.
const UNREADABLE: &str =
    "The server sent an answer the dashboard could not read. Try again; if it keeps happening, the API may be down.";

#[tokio::test]
async fn empty_body_is_unreadable_not_blank() {
    run(fast_timeouts, |page, sandbox| async move {
        let (message, tries, wire) = profile_under(&page, &sandbox, FaultKind::EmptyBody).await;
        assert_eq!((message.as_str(), tries, wire), (UNREADABLE, 1, 1));
        recovers(&page, &sandbox).await;
    })
    .await;
}

#[tokio::test]
async fn malformed_json_is_unreadable() {
    run(fast_timeouts, |page, sandbox| async move {
        let (message, tries, wire) = profile_under(&page, &sandbox, FaultKind::MalformedJson).await;
        assert_eq!((message.as_str(), tries, wire), (UNREADABLE, 1, 1));
        recovers(&page, &sandbox).await;
    })
    .await;
}

#[tokio::test]
async fn json_of_the_wrong_shape_is_unreadable() {
    run(fast_timeouts, |page, sandbox| async move {
        let (message, tries, wire) = profile_under(&page, &sandbox, FaultKind::WrongShape).await;
        assert_eq!((message.as_str(), tries, wire), (UNREADABLE, 1, 1));
        recovers(&page, &sandbox).await;
    })
    .await;
}

#[tokio::test]
async fn extra_unknown_fields_are_ignored_everywhere() {
    run(fast_timeouts, |page, sandbox| async move {
        page.sign_in(DEMO_API_KEY).await;
        sandbox.set_fault("GET", "/user/api/", FaultKind::ExtraFields, None, When::Before);
        sandbox.clear_requests();
        page.client().refresh().await.expect("reload");
        page.wait_text("[data-test=email]", "the e-mail", |t| t == DEMO_EMAIL).await;
        assert_eq!(page.text("[data-test=balance]").await, "$500.00");
        page.goto("/orders?status=all").await;
        page.wait_text("[data-test=order-id]", "#1045", |t| t == "#1045").await;
        page.goto("/orders/1001").await;
        page.wait_text("[data-test=order-product]", "the product", |t| t == "Datacenter Proxy").await;
        page.find("[data-test=proxy-row]").await;
        assert!(sandbox.requests().iter().all(|r| r.fault.as_deref() == Some("extra_fields")));
        assert_eq!(page.count(".notice-error").await, 0);
        page.assert_no_panic().await;
    })
    .await;
}

#[tokio::test]
async fn slow_answer_times_out_three_times_then_explains() {
    run(fast_timeouts, |page, sandbox| async move {
        let started = Instant::now();
        let (message, tries, wire) = profile_under(&page, &sandbox, FaultKind::Delay { ms: 3 * FAST_TIMEOUT_MS }).await;
        assert_eq!(message, "The ProxyShard API did not answer in time. Check your connection and try again.");
        assert_eq!((tries, wire), (3, 3), "bounded: three tries of a read");
        let took = started.elapsed();
        assert!(took >= Duration::from_millis(3 * FAST_TIMEOUT_MS), "the time limit came from config.json: {took:?}");
        recovers(&page, &sandbox).await;
    })
    .await;
}

#[tokio::test]
async fn dropped_connection_is_retried_then_explained() {
    run(fast_timeouts, |page, sandbox| async move {
        let (message, tries, wire) = profile_under(&page, &sandbox, FaultKind::Drop).await;
        assert_eq!(message, "Could not reach the ProxyShard API. Check your connection and try again.");
        assert_eq!(tries, 3, "bounded: three tries of a read");
        // Chromium itself resends a request whose reused keep-alive connection closed
        // before any answer (it takes it for an idle connection the server had closed).
        assert!(wire >= tries, "{wire} on the wire for {tries} tries");
        recovers(&page, &sandbox).await;
    })
    .await;
}

#[tokio::test]
async fn answer_cut_after_the_headers_is_retried_then_explained() {
    run(fast_timeouts, |page, sandbox| async move {
        let (message, tries, wire) = profile_under(&page, &sandbox, FaultKind::Cut).await;
        assert_eq!(message, "Could not reach the ProxyShard API. Check your connection and try again.");
        assert_eq!((tries, wire), (3, 3), "bounded: three tries of a read, none resent by the browser");
        recovers(&page, &sandbox).await;
    })
    .await;
}

#[tokio::test]
async fn orders_list_fault_explains_and_recovers_with_try_again() {
    run(fast_timeouts, |page, sandbox| async move {
        page.sign_in(DEMO_API_KEY).await;
        page.find("table.stock-table").await;
        sandbox.set_fault("GET", "/user/api/orders$", FaultKind::BadGateway, None, When::Before);
        sandbox.clear_requests();
        page.goto("/orders?status=all").await;
        let message = page.wait_text(".notice-error .notice-text", "an error", |t| !t.is_empty()).await;
        assert!(message.contains("HTTP 502") && message.contains("Try again"), "{message}");
        let asked = requests_to(&sandbox, "GET", ORDERS);
        assert_eq!(asked.len(), 1, "a 502 is not retried: {asked:#?}");
        sandbox.clear_faults();
        page.click(".notice-error button").await;
        page.wait_text("[data-test=order-id]", "#1045", |t| t == "#1045").await;
        assert_eq!(page.count(".notice-error").await, 0, "the error goes once the rows are in");

        // A later page fails: the rows already shown stay, with the explanation above them.
        sandbox.set_fault("GET", "/user/api/orders$", FaultKind::Drop, None, When::Before);
        page.click("a[data-test=page-next]").await;
        let message = page.wait_text(".notice-error .notice-text", "an error", |t| !t.is_empty()).await;
        assert!(message.contains("Could not reach"), "{message}");
        assert_eq!(page.count("[data-test=order-row]").await, 20, "old rows kept");
        sandbox.clear_faults();
        page.click(".notice-error button").await;
        page.wait_text("[data-test=order-id]", "#1025", |t| t == "#1025").await;
        page.assert_no_panic().await;
        assert!(paying_requests(&sandbox).is_empty());
    })
    .await;
}

#[tokio::test]
async fn sign_in_under_a_fault_explains_and_keeps_no_key() {
    run(fast_timeouts, |page, sandbox| async move {
        sandbox.set_fault("GET", "/user/api/me$", FaultKind::BadGateway, Some(1), When::Before);
        page.goto("/sign-in").await;
        page.fill("#api-key", DEMO_API_KEY).await;
        page.click("form button[type=submit]").await;
        let message = page.wait_text("#sign-in-problem", "an error", |t| !t.is_empty()).await;
        assert!(message.contains("HTTP 502"), "{message}");
        assert_eq!(page.js("return sessionStorage.length").await, 0, "no key kept after a failed check");
        // Sign-in checks are tried once: the second click is the customer's.
        assert_eq!(requests_to(&sandbox, "GET", ME).len(), 1);
        page.click("form button[type=submit]").await;
        page.find("[data-test=email]").await;
        page.assert_no_panic().await;
    })
    .await;
}
