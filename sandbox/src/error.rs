//! The `ApiError` envelope: `{"success": false, "message": "..."}` with a status code.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::de::DeserializeOwned;

/// An error answer of the API.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    /// HTTP status of the answer.
    pub status: StatusCode,
    /// Human message placed in the envelope.
    pub message: String,
}

impl ApiError {
    /// An error with any status.
    pub fn new(status: StatusCode, message: impl Into<String>) -> Self {
        ApiError { status, message: message.into() }
    }
    /// 400 validation, balance or stock error.
    pub fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, message)
    }
    /// 403 operation not allowed.
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, message)
    }
    /// 404 for an unknown or foreign order.
    pub fn order_not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "Order not found")
    }
    /// 401 for a missing or wrong key.
    pub fn unauthorized() -> Self {
        Self::new(StatusCode::UNAUTHORIZED, "Invalid or missing API key")
    }
}

impl From<String> for ApiError {
    fn from(message: String) -> Self {
        ApiError::bad_request(message)
    }
}

/// The envelope body for a message.
pub fn envelope(message: &str) -> serde_json::Value {
    serde_json::json!({ "success": false, "message": message })
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(envelope(&self.message))).into_response()
    }
}

/// Result type of the handlers.
pub type ApiResult<T> = Result<T, ApiError>;

/// Parses a POST body as JSON with the API's own messages.
///
/// An empty body is refused like the real service does; syntax errors and wrong
/// shapes are 400 with a message naming the problem.
pub fn parse_body<T: DeserializeOwned>(body: &[u8]) -> ApiResult<T> {
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ApiError::bad_request("Request body must be JSON; send {} when there is nothing to send"));
    }
    serde_json::from_slice(body).map_err(|e| {
        use serde_json::error::Category;
        match e.classify() {
            Category::Data => ApiError::bad_request(format!("Invalid request body: {e}")),
            _ => ApiError::bad_request(format!("Malformed JSON body: {e}")),
        }
    })
}

/// Parses a raw query string into key/value pairs (later duplicates win on lookup).
pub fn parse_query(raw: Option<&str>) -> ApiResult<Vec<(String, String)>> {
    serde_urlencoded::from_str(raw.unwrap_or(""))
        .map_err(|e| ApiError::bad_request(format!("Malformed query string: {e}")))
}

/// Looks up a query parameter; blank values count as absent.
pub fn query_get<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.as_str()).filter(|v| !v.trim().is_empty())
}
