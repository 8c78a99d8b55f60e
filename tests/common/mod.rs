//! Shared by the browser component tests: mounting a real component into the page.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts a view into a fresh element and returns that element (kept mounted).
pub fn mount<V: IntoView + 'static>(f: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    let document = web_sys::window().and_then(|w| w.document()).expect("document");
    let host: web_sys::HtmlElement = document.create_element("div").expect("div").unchecked_into();
    document.body().expect("body").append_child(&host).expect("append");
    leptos::mount::mount_to(host.clone(), f).forget();
    host
}
