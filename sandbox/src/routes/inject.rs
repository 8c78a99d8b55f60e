//! Applies an injected [`Fault`] to one request: a canned bad answer instead of the handler
//! (`before`) or in place of its answer (`after`), a delay, a rewritten or enlarged body, or
//! a connection closed without a byte of answer.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use http_body::Frame;
use serde_json::Value;

use crate::error::ApiError;
use crate::faults::{Fault, FaultKind, When, WRONG_SHAPE};

/// The HTML page of [`FaultKind::BadGateway`].
const GATEWAY_PAGE: &str = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

/// The body of [`FaultKind::MalformedJson`]: JSON cut off mid-string.
const MALFORMED: &str = r#"{"success": true, "email": "demo@proxy"#;

/// Largest answer body read back for a rewrite (the API's answers are far smaller).
const MAX_BODY: usize = 4 * 1024 * 1024;

/// Answers a request through `handler`, changed by `fault` when there is one.
pub async fn apply<F>(fault: Option<&Fault>, handler: F) -> Response
where
    F: Future<Output = Response>,
{
    let Some(fault) = fault else {
        return handler.await;
    };
    match (&fault.kind, fault.when) {
        (FaultKind::Delay { ms }, When::Before) => {
            tokio::time::sleep(Duration::from_millis(*ms)).await;
            handler.await
        }
        (FaultKind::Delay { ms }, When::After) => {
            let response = handler.await;
            tokio::time::sleep(Duration::from_millis(*ms)).await;
            response
        }
        (FaultKind::ExtraFields, _) => map_json(handler.await, add_extra_fields).await,
        (FaultKind::Rewrite { find, replace }, _) => {
            map_json(handler.await, |v| rewrite_strings(v, find, replace)).await
        }
        (FaultKind::Cut, When::Before) => cut(StatusCode::OK, 64),
        (FaultKind::Cut, When::After) => {
            let response = handler.await;
            let status = response.status();
            let length = axum::body::to_bytes(response.into_body(), MAX_BODY).await.map_or(64, |b| b.len().max(1));
            cut(status, length)
        }
        (kind, When::Before) => canned(kind),
        (kind, When::After) => {
            drop(handler.await);
            canned(kind)
        }
    }
}

/// The answer a fault gives in place of the real one.
fn canned(kind: &FaultKind) -> Response {
    let json = |status: StatusCode, body: &str| {
        (status, [(header::CONTENT_TYPE, "application/json")], body.to_string()).into_response()
    };
    match kind {
        FaultKind::RateLimit { retry_after_secs } => {
            let mut r = ApiError::new(StatusCode::TOO_MANY_REQUESTS, "Too many requests").into_response();
            if let Some(secs) = retry_after_secs {
                r.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(*secs));
            }
            r
        }
        FaultKind::ServerError => {
            ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error").into_response()
        }
        FaultKind::BadGateway => {
            (StatusCode::BAD_GATEWAY, [(header::CONTENT_TYPE, "text/html")], GATEWAY_PAGE).into_response()
        }
        FaultKind::EmptyBody => json(StatusCode::OK, ""),
        FaultKind::MalformedJson => json(StatusCode::OK, MALFORMED),
        FaultKind::WrongShape => json(StatusCode::OK, WRONG_SHAPE),
        FaultKind::Custom { status, body, content_type } => {
            let status = StatusCode::from_u16(*status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            let content_type = content_type.clone().unwrap_or_else(|| "application/json".into());
            let mut r = (status, body.clone()).into_response();
            if let Ok(v) = HeaderValue::from_str(&content_type) {
                r.headers_mut().insert(header::CONTENT_TYPE, v);
            }
            r
        }
        FaultKind::Drop => severed(),
        // Handled in `apply`; listed for completeness.
        FaultKind::Cut | FaultKind::Delay { .. } | FaultKind::ExtraFields | FaultKind::Rewrite { .. } => {
            ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "fault misapplied").into_response()
        }
    }
}

/// A response whose body fails before its first byte: hyper then closes the connection
/// without sending the status line, so the client sees a connection closed mid-request.
pub fn severed() -> Response {
    Response::new(Body::new(Severed))
}

/// Headers promising `length` bytes of JSON, then a body that fails once the headers are
/// out: the client has an answer's status but never its body.
fn cut(status: StatusCode, length: usize) -> Response {
    let pause = Box::pin(tokio::time::sleep(Duration::from_millis(100)));
    let mut r = Response::new(Body::new(Cut { pause }));
    *r.status_mut() = status;
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
    r.headers_mut().insert(header::CONTENT_LENGTH, HeaderValue::from(length));
    r
}

/// A body that waits (so the headers are flushed), then fails.
struct Cut {
    pause: Pin<Box<tokio::time::Sleep>>,
}

impl http_body::Body for Cut {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        match self.pause.as_mut().poll(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(()) => Poll::Ready(Some(Err(std::io::Error::new(
                std::io::ErrorKind::ConnectionAborted,
                "fault: connection cut",
            )))),
        }
    }
}

/// A body that fails at once.
struct Severed;

impl http_body::Body for Severed {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(self: Pin<&mut Self>, _cx: &mut Context<'_>) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        Poll::Ready(Some(Err(std::io::Error::new(std::io::ErrorKind::ConnectionAborted, "fault: connection dropped"))))
    }
}

/// Rewrites a JSON answer with `f`; other answers pass unchanged.
async fn map_json(response: Response, f: impl FnOnce(&mut Value)) -> Response {
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_BODY).await else {
        return severed();
    };
    let Ok(mut value) = serde_json::from_slice::<Value>(&bytes) else {
        return Response::from_parts(parts, Body::from(bytes));
    };
    f(&mut value);
    let text = value.to_string();
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(text))
}

/// Adds unknown fields to every object, however deep.
pub fn add_extra_fields(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for v in map.values_mut() {
                add_extra_fields(v);
            }
            map.insert("x_unknown_field".into(), serde_json::json!({"nested": [1, "two", null]}));
            map.insert("zz_future_flag".into(), Value::Bool(true));
        }
        Value::Array(items) => items.iter_mut().for_each(add_extra_fields),
        _ => {}
    }
}

/// Replaces `find` with `replace` inside every string value (keys are left alone).
pub fn rewrite_strings(value: &mut Value, find: &str, replace: &str) {
    match value {
        Value::String(s) if !find.is_empty() && s.contains(find) => *s = s.replace(find, replace),
        Value::Object(map) => map.values_mut().for_each(|v| rewrite_strings(v, find, replace)),
        Value::Array(items) => items.iter_mut().for_each(|v| rewrite_strings(v, find, replace)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn extra_fields_reach_every_object() {
        let mut v = json!({"orders": [{"order_id": 1}], "count": 1});
        add_extra_fields(&mut v);
        assert_eq!(v["zz_future_flag"], true);
        assert_eq!(v["orders"][0]["order_id"], 1);
        assert_eq!(v["orders"][0]["x_unknown_field"]["nested"][1], "two");
    }

    #[test]
    fn rewrite_touches_values_only() {
        let mut v = json!({"Mobile": "Mobile Proxy", "list": ["a Mobile b", 3]});
        rewrite_strings(&mut v, "Mobile", "<i>");
        assert_eq!(v, json!({"Mobile": "<i> Proxy", "list": ["a <i> b", 3]}));
    }
}
