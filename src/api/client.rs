//! The one request function: base URL from settings, bearer key from the session, `{}`
//! as the body of body-less POSTs, a time limit that aborts the fetch, status → [`ApiError`]
//! in one place, and bounded retries for reads only. Writes (POST, PATCH, DELETE) are never
//! retried.

use super::error::ApiError;
use crate::{
    models::wire_object,
    state::{session, settings},
};
use gloo_net::http::{Request, RequestBuilder};
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use serde::de::DeserializeOwned;
use std::{cell::Cell, rc::Rc, time::Duration};
use web_sys::AbortController;

/// How many times a read is tried in all.
const READ_ATTEMPTS: u32 = 3;
/// The longest wait between two tries of a read, even if `Retry-After` asks for more.
const MAX_BACKOFF_SECS: u32 = 10;

/// An abort handle for the reads of one page: aborted when the reactive owner that made it
/// is cleaned up (the page goes away, or the resource re-runs).
#[derive(Clone)]
pub struct Cancel(SendWrapper<AbortController>);

impl Cancel {
    /// A handle tied to the current reactive owner.
    pub fn on_cleanup() -> Option<Cancel> {
        let controller = AbortController::new().ok()?;
        let cancel = Cancel(SendWrapper::new(controller));
        let on_drop = cancel.clone();
        on_cleanup(move || on_drop.0.abort());
        Some(cancel)
    }
}

/// The query of a request as key/value pairs, not yet encoded: the client is the one
/// place that encodes them (through gloo-net's query builder).
pub type Query<'a> = &'a [(&'static str, String)];

/// GET a JSON resource at `path` with `query`; retried on network errors, timeouts and 429
/// (bounded, honouring `Retry-After`).
pub async fn get<T: DeserializeOwned>(path: &str, query: Query<'_>, cancel: Option<Cancel>) -> Result<T, ApiError> {
    decode(&get_body(path, query, cancel).await?)
}

/// [`get`] up to the body: not generic, so the retries and the transport below are in the
/// wasm once, not once per answer type (docs/BENCHMARKS.md). The answer of the same read
/// sent ahead for this page (`super::prefetch`) is taken instead when there is one.
async fn get_body(path: &str, query: Query<'_>, cancel: Option<Cancel>) -> Result<String, ApiError> {
    if let Some(answer) = super::prefetch::take(path, query).await {
        return answer;
    }
    let mut attempt = 1;
    loop {
        match send(Request::get, path, query, None, cancel.as_ref(), None).await {
            Err(e) if e.is_transient() && attempt < READ_ATTEMPTS => {
                match e {
                    ApiError::RateLimited { retry_after_secs } => {
                        super::pace::wait(retry_after_secs.unwrap_or(attempt).min(MAX_BACKOFF_SECS)).await
                    }
                    _ => gloo_timers::future::sleep(Duration::from_secs(u64::from(attempt))).await,
                }
                attempt += 1;
            }
            result => return result,
        }
    }
}

/// POST a JSON body (use `serde_json::json!({})` when there is nothing to send). Tried
/// exactly once: a lost answer is reported, never resent, because the API has no
/// idempotency keys and a second try may charge twice.
pub async fn post<T: DeserializeOwned>(path: &str, query: Query<'_>, body: &serde_json::Value) -> Result<T, ApiError> {
    decode(&send(Request::post, path, query, Some(body.to_string()), None, None).await?)
}

/// PATCH a JSON body. Tried exactly once, like [`post`].
pub async fn patch<T: DeserializeOwned>(path: &str, query: Query<'_>, body: &serde_json::Value) -> Result<T, ApiError> {
    decode(&send(Request::patch, path, query, Some(body.to_string()), None, None).await?)
}

/// DELETE (no body). Tried exactly once, like [`post`].
pub async fn delete<T: DeserializeOwned>(path: &str, query: Query<'_>) -> Result<T, ApiError> {
    decode(&send(Request::delete, path, query, None, None, None).await?)
}

/// GET with a key that is not stored yet (the sign-in check). Tried once; a 401 here
/// only means "wrong key" and clears nothing.
pub async fn get_with_key<T: DeserializeOwned>(path: &str, key: &str) -> Result<T, ApiError> {
    decode(&send(Request::get, path, &[], None, None, Some(key)).await?)
}

/// A builder for `path` on the configured base URL, with `query` encoded by gloo-net (a
/// query written into `path` would be encoded a second time).
fn request(method: fn(&str) -> RequestBuilder, path: &str, query: Query<'_>) -> RequestBuilder {
    let base = settings::api_base();
    method(&format!("{base}{path}")).query(query.iter().map(|(k, v)| (*k, v.as_str())))
}

/// Sends `GET path?query` now, once, for the page about to be shown (`super::prefetch`):
/// [`get_body`] hands its answer to that page's read; its retries, if it needs any, are
/// that read's own.
pub(super) fn send_ahead(path: &'static str, query: Vec<(&'static str, String)>) {
    let answer = super::prefetch::hold(path, &query);
    leptos::task::spawn_local(async move {
        answer.give(send(Request::get, path, &query, None, None, None).await);
    });
}

/// Sends one request and hands back the body of a 2xx answer, for [`decode`]; every other
/// status is its [`ApiError`] (a 401 for the stored key ends the session).
async fn send(
    method: fn(&str) -> RequestBuilder,
    path: &str,
    query: Query<'_>,
    body: Option<String>,
    cancel: Option<&Cancel>,
    key: Option<&str>,
) -> Result<String, ApiError> {
    // The app mounts before `config.json` has arrived; the base URL and the time limit are
    // read only once it has.
    settings::ready().await;
    let builder = request(method, path, query);
    let controller = AbortController::new().map_err(|_| ApiError::Network)?;
    // Cancellation by the page and the time limit both abort this request's controller.
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let (controller, timed_out) = (controller.clone(), timed_out.clone());
        let limit_ms = u32::try_from(settings::request_timeout().as_millis()).unwrap_or(u32::MAX);
        gloo_timers::callback::Timeout::new(limit_ms, move || {
            timed_out.set(true);
            controller.abort();
        })
    };
    let cancelled = cancel.is_some_and(|c| c.0.signal().aborted());
    let _link = cancel.map(|c| link_abort(&c.0, &controller));
    if cancelled {
        return Err(ApiError::Cancelled);
    }

    let mut builder = builder.header("Accept", "application/json").abort_signal(Some(&controller.signal()));
    let key_is_stored = key.is_none();
    let key = key.map(str::to_string).or_else(session::api_key);
    if let Some(key) = key {
        builder = builder.header("Authorization", &format!("Bearer {key}"));
    }
    let request = match body {
        Some(body) => builder.header("Content-Type", "application/json").body(body),
        None => builder.build(),
    }
    .map_err(|_| ApiError::Network)?;

    let response = request.send().await.map_err(|_| {
        if timed_out.get() {
            ApiError::Timeout
        } else if controller.signal().aborted() {
            ApiError::Cancelled
        } else {
            ApiError::Network
        }
    })?;
    let status = response.status();
    let retry_after = response.headers().get("retry-after");
    // The body as bytes: read as text it would be decoded into a JS string and then
    // encoded again on its way into wasm memory (docs/BENCHMARKS.md, "Render").
    let body =
        response.binary().await.map_err(|_| if timed_out.get() { ApiError::Timeout } else { ApiError::Network })?;
    drop(timer);
    let text = String::from_utf8(body).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());

    if !(200..300).contains(&status) {
        let error = ApiError::from_status(status, retry_after.as_deref(), &text);
        if error == ApiError::Unauthorized && key_is_stored {
            session::expire();
        }
        return Err(error);
    }
    Ok(text)
}

/// Decodes a 2xx body; a `{"success": false}` envelope is a refusal, anything unreadable
/// is [`ApiError::Decode`].
pub fn decode<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    if is_refusal(text) {
        return Err(ApiError::from_status(400, None, text));
    }
    // Always from the text: decoding from a `serde_json::Value` too would put a second
    // decoder of every model into the wasm (docs/BENCHMARKS.md).
    serde_json::from_str(text).map_err(|_| ApiError::Decode)
}

/// Whether a 2xx body is the API's refusal envelope (`"success": false` at its top level).
/// Not generic; a body is read for it only when it may be one.
fn is_refusal(text: &str) -> bool {
    may_be_refusal(text) && serde_json::from_str::<Envelope>(text).is_ok_and(|body| body.success == Some(false))
}

wire_object! {
    /// What [`is_refusal`] reads of a body: its top-level `success`, whatever else it holds.
    struct Envelope {
        success: Option<bool>,
    }
}

/// Whether `text` may hold `"success": false` (whitespace allowed around the colon). Never
/// misses one; a false alarm only costs the slower, exact check.
fn may_be_refusal(text: &str) -> bool {
    text.match_indices("\"success\"").any(|(at, key)| {
        let rest = text[at + key.len()..].trim_start();
        rest.strip_prefix(':').is_some_and(|v| v.trim_start().starts_with("false"))
    })
}

/// Aborts `inner` when `outer` aborts; the listener is removed when the guard drops.
fn link_abort(outer: &AbortController, inner: &AbortController) -> AbortLink {
    use wasm_bindgen::{closure::Closure, JsCast};
    let inner = inner.clone();
    let closure = Closure::<dyn FnMut()>::new(move || inner.abort());
    let signal = outer.signal();
    let _ = signal.add_event_listener_with_callback("abort", closure.as_ref().unchecked_ref());
    AbortLink { signal, closure }
}

struct AbortLink {
    signal: web_sys::AbortSignal,
    closure: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for AbortLink {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        let _ = self.signal.remove_event_listener_with_callback("abort", self.closure.as_ref().unchecked_ref());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::Profile;

    #[test]
    fn decode_refuses_garbage_without_panicking() {
        assert_eq!(decode::<Profile>("<html>"), Err(ApiError::Decode));
        assert_eq!(decode::<Profile>(""), Err(ApiError::Decode));
        assert_eq!(decode::<Profile>(r#"{"email":1}"#), Err(ApiError::Decode));
        assert_eq!(decode::<Profile>(r#"{"success":false,"message":"nope"}"#), Err(ApiError::Rejected("nope".into())));
        assert_eq!(
            decode::<Profile>("{ \"success\" :\n false, \"message\": \"spaced\" }"),
            Err(ApiError::Rejected("spaced".into()))
        );
        let tagged = r#"{"success":true,"email":"\"success\": false","active_orders":1,"wallet_balance":5}"#;
        assert_eq!(decode::<Profile>(tagged).map(|p| p.email), Ok("\"success\": false".to_string()));
        let ok = decode::<Profile>(r#"{"email":"a@b","active_orders":1,"wallet_balance":5,"x":0}"#);
        assert_eq!(ok.map(|p| p.wallet_balance), Ok(5));
    }
}
