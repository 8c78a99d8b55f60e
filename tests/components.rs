//! Browser tests of real components, mounted into headless Chromium by
//! wasm-bindgen-test (run with `cargo test --target wasm32-unknown-unknown --test components`).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use proxyshard_dashboard::{
    api::ApiError,
    components::{ErrorNotice, Money},
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh element and returns that element (kept mounted).
fn mount<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let host: web_sys::HtmlElement = document.create_element("div").expect("div").unchecked_into();
    document.body().expect("body").append_child(&host).expect("append");
    leptos::mount::mount_to(host.clone(), f).forget();
    host
}

#[wasm_bindgen_test]
fn money_formats_cents_and_follows_its_signal() {
    let cents = RwSignal::new(123_456);
    let host = mount(move || view! { <Money cents=cents /> });
    assert_eq!(host.text_content().as_deref(), Some("$1,234.56"));
    cents.set(5);
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
