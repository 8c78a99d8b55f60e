//! Browser services of every page that hands something over: the clipboard and file
//! downloads (proxy lists, connection strings, passwords). Failures come back
//! as sentences for people; nothing here panics when an API is missing.

use crate::components::toast::Toasts;
use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

fn no_clipboard() -> &'static str {
    tr!(order.no_clipboard)
}

/// Copies `text` in the background and says how it went in a toast: `done` on success,
/// what went wrong otherwise.
pub fn copy_and_tell(toasts: Toasts, text: String, done: fn() -> &'static str) {
    leptos::task::spawn_local(async move {
        match copy_text(&text).await {
            Ok(()) => toasts.success(done()),
            Err(message) => toasts.error(message),
        }
    });
}

/// Puts `text` on the clipboard (`navigator.clipboard.writeText`).
pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or_else(no_clipboard)?;
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts: check before calling.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .ok_or_else(no_clipboard)?;
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ()).map_err(|_| tr!(order.copy_refused).to_string())
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail = |_| tr!(order.download_failed).to_string();
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or_else(|| tr!(order.no_document))?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.dyn_into().map_err(|_| tr!(order.download_failed).to_string())?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or_else(|| tr!(order.no_body))?;
    body.append_child(&link).map_err(fail)?;
    link.click();
    link.remove();
    // Give the browser time to start reading the file before it is released.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        Duration::from_secs(60),
    );
    Ok(())
}
