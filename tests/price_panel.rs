//! Browser tests of the buy page's price panel, mounted into headless Chromium by
//! wasm-bindgen-test (run with `cargo test --target wasm32-unknown-unknown --test price_panel`).
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use proxyshard_dashboard::{api::ApiError, models::Quote, pages::buy::PricePanel};
use wasm_bindgen_test::*;

mod common;

use common::mount;

wasm_bindgen_test_configure!(run_in_browser);

/// The text of the element with `data-test=name`, `None` when there is none.
fn text(host: &web_sys::HtmlElement, name: &str) -> Option<String> {
    host.query_selector(&format!("[data-test={name}]")).expect("query").map(|e| e.text_content().unwrap_or_default())
}

/// Lets the reactive system run its effects.
async fn tick() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

fn quote(original: i64, percent: i64, final_price: i64) -> Quote {
    Quote {
        original_price: Some(original),
        discount_percent: Some(percent),
        final_price: Some(final_price),
        total_with_addons: Some(final_price),
        ..Quote::default()
    }
}

#[wasm_bindgen_test]
async fn shows_original_discount_and_final_as_money() {
    let q = RwSignal::new(Some(Ok(quote(1500, 10, 1350))));
    let loading = RwSignal::new(false);
    let host = mount(move || view! { <PricePanel quote=q loading=loading /> });
    tick().await;
    assert_eq!(text(&host, "price-original").as_deref(), Some("$15.00"));
    assert_eq!(text(&host, "price-discount").as_deref(), Some("10%"));
    assert_eq!(text(&host, "price-final").as_deref(), Some("$13.50"));
    assert_eq!(text(&host, "price-error"), None);
    assert_eq!(text(&host, "price-loading"), None);

    // It follows its signal: a bigger order without a discount.
    q.set(Some(Ok(quote(123_456, 0, 123_456))));
    tick().await;
    assert_eq!(text(&host, "price-final").as_deref(), Some("$1,234.56"));
    assert_eq!(text(&host, "price-discount").as_deref(), Some("None"));
}

#[wasm_bindgen_test]
async fn a_sparse_answer_shows_dashes_not_zeroes() {
    let q = RwSignal::new(Some(Ok(Quote { final_price: Some(600), ..Quote::default() })));
    let host = mount(move || view! { <PricePanel quote=q loading=false /> });
    tick().await;
    assert_eq!(text(&host, "price-original").as_deref(), Some("—"));
    assert_eq!(text(&host, "price-final").as_deref(), Some("$6.00"));
}

#[wasm_bindgen_test]
async fn a_refusal_is_shown_as_text() {
    let hostile = "Promo code <img src=x onerror=alert(1)> is not valid";
    let q = RwSignal::new(Some(Err::<Quote, ApiError>(ApiError::Rejected(hostile.to_string()))));
    let host = mount(move || view! { <PricePanel quote=q loading=false /> });
    tick().await;
    assert_eq!(text(&host, "price-error").as_deref(), Some(hostile));
    assert!(host.query_selector("img").expect("query").is_none(), "markup must not become elements");
    assert_eq!(text(&host, "price-final"), None, "no price next to a refusal");
}

#[wasm_bindgen_test]
async fn loading_is_announced_and_an_older_price_stays_dimmed() {
    let q = RwSignal::new(None::<Result<Quote, ApiError>>);
    let loading = RwSignal::new(true);
    let host = mount(move || view! { <PricePanel quote=q loading=loading /> });
    tick().await;
    assert!(text(&host, "price-loading").is_some_and(|t| t.contains("Calculating")));
    assert_eq!(text(&host, "price-final"), None);
    assert_eq!(text(&host, "price-empty"), None);
    let panel = host.query_selector("[data-test=price-panel]").expect("query").expect("panel");
    assert_eq!(panel.get_attribute("aria-busy").as_deref(), Some("true"));

    // An older price while the new one is coming: visible, marked as updating.
    q.set(Some(Ok(quote(1500, 0, 1500))));
    tick().await;
    assert_eq!(text(&host, "price-final").as_deref(), Some("$15.00"));
    assert!(panel.class_list().contains("is-loading"));

    // Done: no loading note any more.
    loading.set(false);
    tick().await;
    assert_eq!(text(&host, "price-loading"), None);
    assert!(!panel.class_list().contains("is-loading"));
    assert_eq!(panel.get_attribute("aria-busy").as_deref(), Some("false"));
}

#[wasm_bindgen_test]
async fn nothing_to_price_asks_for_the_form() {
    let nothing: Option<Result<Quote, ApiError>> = None;
    let host = mount(move || view! { <PricePanel quote=nothing loading=false /> });
    tick().await;
    assert!(text(&host, "price-empty").is_some_and(|t| t.contains("Fill in the form")));
}
