//! Browser tests of real components, mounted into headless Chromium by
//! wasm-bindgen-test (run with `cargo test --target wasm32-unknown-unknown --test components`).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use leptos_router::components::Router;
use proxyshard_dashboard::{
    api::ApiError,
    components::{loaded::Source, pager::Pager, ErrorNotice, Loaded, Money},
    logic::query::OrdersQuery,
    models::OrderStatus,
    pages::orders::status_tabs::StatusTabs,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

mod common;

use common::mount;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets queued reactive effects run (they are scheduled, not synchronous).
async fn settle() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

#[wasm_bindgen_test]
async fn money_formats_cents_and_follows_its_signal() {
    let cents = RwSignal::new(123_456);
    let host = mount(move || view! { <Money cents=cents /> });
    assert_eq!(host.text_content().as_deref(), Some("$1,234.56"));
    cents.set(5);
    settle().await;
    assert_eq!(host.text_content().as_deref(), Some("$0.05"));
}

#[wasm_bindgen_test]
fn error_notice_shows_message_as_text_and_retries() {
    let retried = RwSignal::new(0);
    let hostile = "<img src=x onerror=alert(1)>";
    let host = mount(move || {
        view! { <ErrorNotice error=ApiError::Rejected(hostile.to_string()) retry=move |_| retried.update(|n| *n += 1) /> }
    });
    let alert = host.query_selector("[role=alert] .notice-text").expect("query").expect("alert text");
    assert_eq!(alert.text_content().as_deref(), Some(hostile));
    assert!(host.query_selector("img").expect("query").is_none(), "markup must not become elements");
    let button: web_sys::HtmlElement =
        host.query_selector("button").expect("query").expect("retry button").unchecked_into();
    button.click();
    assert_eq!(retried.get_untracked(), 1);
}

#[wasm_bindgen_test]
fn error_notice_without_retry_has_no_button() {
    let host = mount(|| view! { <ErrorNotice error=ApiError::Network /> });
    assert!(host.query_selector("button").expect("query").is_none());
    assert!(host.text_content().unwrap_or_default().contains("Check your connection"));
}

#[wasm_bindgen_test]
async fn loaded_shows_the_skeleton_then_the_error_with_retry_then_the_content() {
    let value = RwSignal::new(None::<Result<String, ApiError>>);
    let retried = RwSignal::new(0);
    let host = mount(move || {
        view! {
            <Loaded load=Source::new(move || value.get(), move || retried.update(|n| *n += 1)) lines=2 let:text>
                <p data-test="loaded">{text}</p>
            </Loaded>
        }
    });
    let count = |css: &str| host.query_selector_all(css).map(|l| l.length()).unwrap_or(0);
    assert_eq!(count(".skeleton .skeleton-line"), 2);
    value.set(Some(Err(ApiError::Network)));
    settle().await;
    assert_eq!(count(".skeleton"), 0);
    let button: web_sys::HtmlElement =
        host.query_selector("[role=alert] button").expect("query").expect("retry button").unchecked_into();
    button.click();
    assert_eq!(retried.get_untracked(), 1);
    value.set(Some(Ok("rows".to_string())));
    settle().await;
    assert_eq!(count("[role=alert]"), 0);
    let loaded = host.query_selector("[data-test=loaded]").expect("query").expect("content");
    assert_eq!(loaded.text_content().as_deref(), Some("rows"));
}

fn attr(host: &web_sys::HtmlElement, css: &str, name: &str) -> Option<String> {
    host.query_selector(css).ok().flatten().and_then(|el| el.get_attribute(name))
}

#[wasm_bindgen_test]
async fn status_tabs_mark_the_current_status_and_link_to_first_pages() {
    let query = RwSignal::new(OrdersQuery::from_raw(Some("on-hold"), Some("40"), Some("50")));
    let host = mount(move || view! { <Router><StatusTabs query=query /></Router> });
    assert_eq!(host.query_selector_all("a.tab").map(|l| l.length()).unwrap_or(0), 4);
    assert_eq!(attr(&host, "[data-test=tab-on-hold]", "aria-current").as_deref(), Some("page"));
    assert_eq!(attr(&host, "[data-test=tab-all]", "aria-current"), None);
    assert_eq!(attr(&host, "[data-test=tab-all]", "href").as_deref(), Some("/orders?status=all&offset=0&limit=50"));
    query.set(query.get_untracked().with_status(OrderStatus::Cancelled));
    settle().await;
    assert_eq!(attr(&host, "[data-test=tab-cancelled]", "aria-current").as_deref(), Some("page"));
    assert_eq!(attr(&host, "[data-test=tab-on-hold]", "aria-current"), None);
}

#[wasm_bindgen_test]
async fn pager_links_follow_prev_and_next_and_disable_at_the_ends() {
    let query = RwSignal::new(OrdersQuery::from_raw(Some("all"), Some("0"), Some("20")));
    let prev = RwSignal::new(None::<u32>);
    let next = RwSignal::new(Some(20u32));
    let host = mount(move || view! { <Router><Pager query=query prev=prev next=next /></Router> });
    let text = |css: &str| host.query_selector(css).ok().flatten().and_then(|e| e.text_content());
    assert_eq!(text("[data-test=page-number]").as_deref(), Some("Page 1"));
    assert_eq!(attr(&host, "[data-test=page-prev]", "aria-disabled").as_deref(), Some("true"));
    assert_eq!(attr(&host, "[data-test=page-first]", "aria-disabled").as_deref(), Some("true"));
    assert_eq!(attr(&host, "a[data-test=page-next]", "href").as_deref(), Some("/orders?status=all&offset=20&limit=20"));
    // The last page: a previous link, no next one.
    query.set(query.get_untracked().with_offset(40));
    prev.set(Some(20));
    next.set(None);
    settle().await;
    assert_eq!(text("[data-test=page-number]").as_deref(), Some("Page 3"));
    assert_eq!(attr(&host, "a[data-test=page-prev]", "href").as_deref(), Some("/orders?status=all&offset=20&limit=20"));
    assert_eq!(attr(&host, "a[data-test=page-first]", "href").as_deref(), Some("/orders?status=all&offset=0&limit=20"));
    assert_eq!(attr(&host, "[data-test=page-next]", "aria-disabled").as_deref(), Some("true"));
}

#[wasm_bindgen_test]
fn dates_and_relative_times_are_written_once_per_language_and_follow_it() {
    use proxyshard_dashboard::i18n::{self, intl, Locale};
    const HOUR: i64 = 3_600_000;
    const DEC_1_2026: i64 = 1_796_083_200_000;
    i18n::set_language(Locale::en);
    assert_eq!(intl::date(DEC_1_2026 + HOUR), "Dec 1, 2026");
    // Remembered per UTC day: a later hour of that day is the same date, the next day is not.
    assert_eq!(intl::date(DEC_1_2026 + 23 * HOUR), "Dec 1, 2026");
    assert_eq!(intl::date(DEC_1_2026 + 24 * HOUR), "Dec 2, 2026");
    assert_eq!(intl::relative(DEC_1_2026 + 49 * HOUR, DEC_1_2026), "in 2 days");
    assert_eq!(intl::relative(DEC_1_2026 + 2 * HOUR, DEC_1_2026), "in 2 hours");
    assert_eq!(intl::relative(DEC_1_2026 - 2 * HOUR, DEC_1_2026), "2 hours ago");
    i18n::catalog::install(Locale::ru, include_bytes!("../locales/ru.json")).expect("ru.json reads");
    i18n::set_language(Locale::ru);
    assert_eq!(intl::date(DEC_1_2026 + HOUR), "1 дек. 2026 г.");
    assert_eq!(intl::relative(DEC_1_2026 + 49 * HOUR, DEC_1_2026), "через 2 дня");
    i18n::set_language(Locale::en);
    assert_eq!(intl::relative(DEC_1_2026 + 49 * HOUR, DEC_1_2026), "in 2 days");
}
