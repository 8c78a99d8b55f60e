//! The clipboard and file downloads (proxy lists, connection strings, passwords). Failures
//! come back as [`HandOverError`], which the views put into words; nothing here panics when
//! a browser API is missing.

use std::time::Duration;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why the clipboard or a download did not take the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandOverError {
    /// The browser has no clipboard here (not a secure context, or no API).
    NoClipboard,
    /// The browser refused to write to the clipboard (permission, focus).
    CopyRefused,
    /// The download could not be started.
    DownloadFailed,
    /// No document to start a download from.
    NoDocument,
    /// The document has no `<body>` to hold the download link.
    NoBody,
}

/// Puts `text` on the clipboard (`navigator.clipboard.writeText`).
pub async fn copy_text(text: &str) -> Result<(), HandOverError> {
    let window = web_sys::window().ok_or(HandOverError::NoClipboard)?;
    let navigator = window.navigator();
    // `navigator.clipboard` is undefined outside secure contexts: check before calling.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard"))
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .ok_or(HandOverError::NoClipboard)?;
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ()).map_err(|_| HandOverError::CopyRefused)
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, text: &str, mime: &str) -> Result<(), HandOverError> {
    let fail = |_: JsValue| HandOverError::DownloadFailed;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(HandOverError::NoDocument)?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(fail)?.dyn_into().map_err(|_| HandOverError::DownloadFailed)?;
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = document.body().ok_or(HandOverError::NoBody)?;
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
