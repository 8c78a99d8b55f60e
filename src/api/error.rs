//! The one error type of the API client, and the one place that maps an HTTP answer to it.
//!
//! Every variant has a message for people: what happened and what to do next. None of
//! them ever carries the API key.

use super::models::ErrorBody;
use thiserror::Error;

/// Everything a call to the ProxyShard API can end in, other than success.
#[derive(Clone, Debug, Error, PartialEq)]
pub enum ApiError {
    /// 401: the key is missing, wrong or revoked.
    #[error("Your API key was not accepted. Sign in again with a current key.")]
    Unauthorized,
    /// 403: the operation is not allowed for this order or account.
    #[error("Not allowed: {0}")]
    Forbidden(String),
    /// 404: the order or resource does not exist for this account.
    #[error("Not found: {0}")]
    NotFound(String),
    /// 400/409/422: the server refused the request; its message says why.
    #[error("{0}")]
    Rejected(String),
    /// 429: too many requests.
    #[error("{}", rate_limited_message(*.retry_after_secs))]
    RateLimited {
        /// Seconds from a `Retry-After` header, when given.
        retry_after_secs: Option<u32>,
    },
    /// 5xx or another unexpected status.
    #[error("The ProxyShard server had a problem (HTTP {status}). Try again in a minute.")]
    Server {
        /// The HTTP status.
        status: u16,
    },
    /// The request never got an answer: offline, DNS, refused, or blocked by CORS.
    #[error("Could not reach the ProxyShard API. Check your connection and try again.")]
    Network,
    /// No answer within the client's time limit.
    #[error("The ProxyShard API did not answer in time. Check your connection and try again.")]
    Timeout,
    /// An answer came, but not in the documented shape (an HTML error page, say).
    #[error("The server sent an answer the dashboard could not read. Try again; if it keeps happening, the API may be down.")]
    Decode,
    /// The page that asked went away; nobody will see this.
    #[error("The request was cancelled.")]
    Cancelled,
}

fn rate_limited_message(retry_after_secs: Option<u32>) -> String {
    match retry_after_secs {
        Some(s) => format!("Too many requests. Wait {s} s and try again."),
        None => "Too many requests. Wait a moment and try again.".to_string(),
    }
}

impl ApiError {
    /// Maps a non-2xx answer (status, `Retry-After`, body text) to an error. Never panics:
    /// any body, JSON or not, gives a sensible message.
    pub fn from_status(status: u16, retry_after: Option<&str>, body: &str) -> ApiError {
        let message = server_message(body);
        let or_default = |fallback: &str| message.clone().unwrap_or_else(|| fallback.to_string());
        match status {
            401 => ApiError::Unauthorized,
            403 => ApiError::Forbidden(or_default("this operation is not allowed for this order.")),
            404 => ApiError::NotFound(or_default("it may have been removed, or the link is wrong.")),
            400 | 409 | 422 => ApiError::Rejected(or_default(
                "The server refused the request. Check the form and try again.",
            )),
            429 => ApiError::RateLimited {
                retry_after_secs: retry_after.and_then(|v| v.trim().parse().ok()),
            },
            _ => ApiError::Server { status },
        }
    }

    /// True for errors worth one more automatic try of a read (never of a payment).
    pub fn is_transient(&self) -> bool {
        matches!(self, ApiError::Network | ApiError::RateLimited { .. } | ApiError::Timeout)
    }

    /// True when a write may have been carried out although no usable answer came back:
    /// the answer was lost or late, unreadable, or a server or gateway failed on the way.
    /// Pages then say the outcome is unknown and re-read, instead of "not done".
    pub fn outcome_unknown(&self) -> bool {
        matches!(
            self,
            ApiError::Network | ApiError::Timeout | ApiError::Decode | ApiError::Server { .. } | ApiError::Cancelled
        )
    }
}

/// The `message` of an `ApiError` envelope, when the body is one and the text is sane.
fn server_message(body: &str) -> Option<String> {
    let parsed: ErrorBody = serde_json::from_str(body).ok()?;
    let text: String = parsed.message.chars().filter(|c| !c.is_control()).take(300).collect();
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejected_carries_the_server_message() {
        let e = ApiError::from_status(400, None, r#"{"success":false,"message":"Promo code X is not valid"}"#);
        assert_eq!(e, ApiError::Rejected("Promo code X is not valid".into()));
        assert_eq!(e.to_string(), "Promo code X is not valid");
    }

    #[test]
    fn html_gateway_page_gives_a_generic_server_error() {
        let e = ApiError::from_status(502, None, "<html><body>Bad gateway</body></html>");
        assert_eq!(e, ApiError::Server { status: 502 });
    }

    #[test]
    fn non_json_400_still_explains() {
        let e = ApiError::from_status(422, None, "oops");
        assert!(matches!(e, ApiError::Rejected(ref m) if m.contains("Check the form")));
    }

    #[test]
    fn rate_limit_reads_retry_after() {
        let e = ApiError::from_status(429, Some("7"), "");
        assert_eq!(e.to_string(), "Too many requests. Wait 7 s and try again.");
        assert!(e.is_transient());
        assert!(!ApiError::Rejected("x".into()).is_transient());
    }

    #[test]
    fn lost_answers_leave_the_outcome_unknown() {
        for lost in [ApiError::Network, ApiError::Timeout, ApiError::Decode, ApiError::Server { status: 502 }] {
            assert!(lost.outcome_unknown(), "{lost:?}");
        }
        for refused in [
            ApiError::Rejected("Insufficient balance".into()),
            ApiError::Unauthorized,
            ApiError::Forbidden("x".into()),
            ApiError::NotFound("x".into()),
            ApiError::RateLimited { retry_after_secs: None },
        ] {
            assert!(!refused.outcome_unknown(), "{refused:?}");
        }
    }

    #[test]
    fn unauthorized_ignores_body() {
        assert_eq!(ApiError::from_status(401, None, "{}"), ApiError::Unauthorized);
    }
}
