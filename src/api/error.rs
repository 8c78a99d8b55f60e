//! The one error type of the API client, and the one place that maps an HTTP answer to it.
//!
//! Every variant has a message for people: what happened and what to do next. None of
//! them ever carries the API key.

use crate::models::ErrorBody;
use crate::{i18n as locale, logic::text::fill};
use std::fmt;

/// Everything a call to the ProxyShard API can end in, other than success.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// 401: the key is missing, wrong or revoked.
    Unauthorized,
    /// 403: the operation is not allowed for this order or account. Holds the server's
    /// message; empty when it sent none (a translated default is shown then).
    Forbidden(String),
    /// 404: the order or resource does not exist for this account (message as above).
    NotFound(String),
    /// 400/409/422: the server refused the request; its message says why (empty when it
    /// sent none: a translated default is shown then).
    Rejected(String),
    /// 429: too many requests.
    RateLimited {
        /// Seconds from a `Retry-After` header, when given.
        retry_after_secs: Option<u32>,
    },
    /// 5xx or another unexpected status.
    Server {
        /// The HTTP status.
        status: u16,
    },
    /// The request never got an answer: offline, DNS, refused, or blocked by CORS.
    Network,
    /// No answer within the client's time limit.
    Timeout,
    /// An answer came, but not in the documented shape (an HTML error page, say).
    Decode,
    /// The page that asked went away; nobody will see this.
    Cancelled,
}

/// The message for people, in the current language (read when shown, so an error kept on
/// screen is told again in a newly picked language). Errors are kept as this type until
/// they are shown; nothing stores their text.
impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let l = locale::current_untracked();
        match self {
            ApiError::Unauthorized => f.write_str(tr_in!(l, errors.unauthorized)),
            ApiError::Forbidden(reason) => {
                let reason = or(reason, tr_in!(l, errors.forbidden_default));
                f.write_str(&fill(tr_in!(l, errors.forbidden), &[("reason", &reason)]))
            }
            ApiError::NotFound(reason) => {
                let reason = or(reason, tr_in!(l, errors.not_found_default));
                f.write_str(&fill(tr_in!(l, errors.not_found), &[("reason", &reason)]))
            }
            ApiError::Rejected(message) => f.write_str(or(message, tr_in!(l, errors.rejected_default))),
            ApiError::RateLimited { retry_after_secs: Some(secs) } => {
                f.write_str(&fill(tr_in!(l, errors.rate_limited_for), &[("secs", secs)]))
            }
            ApiError::RateLimited { retry_after_secs: None } => f.write_str(tr_in!(l, errors.rate_limited)),
            ApiError::Server { status } => f.write_str(&fill(tr_in!(l, errors.server), &[("status", status)])),
            ApiError::Network => f.write_str(tr_in!(l, errors.network)),
            ApiError::Timeout => f.write_str(tr_in!(l, errors.timeout)),
            ApiError::Decode => f.write_str(tr_in!(l, errors.decode)),
            ApiError::Cancelled => f.write_str(tr_in!(l, errors.cancelled)),
        }
    }
}

impl std::error::Error for ApiError {}

/// `message`, or `default` when the server sent none.
fn or<'a>(message: &'a str, default: &'a str) -> &'a str {
    if message.is_empty() {
        default
    } else {
        message
    }
}

impl ApiError {
    /// Maps a non-2xx answer (status, `Retry-After`, body text) to an error. Never panics:
    /// any body, JSON or not, gives a sensible message.
    pub fn from_status(status: u16, retry_after: Option<&str>, body: &str) -> ApiError {
        // No text is made here: a missing message stays empty and is told in the language
        // of the moment when the error is shown.
        let message = || server_message(body).unwrap_or_default();
        match status {
            401 => ApiError::Unauthorized,
            403 => ApiError::Forbidden(message()),
            404 => ApiError::NotFound(message()),
            400 | 409 | 422 => ApiError::Rejected(message()),
            429 => ApiError::RateLimited { retry_after_secs: retry_after.and_then(|v| v.trim().parse().ok()) },
            _ => ApiError::Server { status },
        }
    }

    /// Reactive: the message in the current language, for views (read inside a view, it is
    /// told again when the language changes; `to_string` reads the language untracked).
    pub fn message(&self) -> String {
        locale::current();
        self.to_string()
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
        assert_eq!(e, ApiError::Rejected(String::new()));
        assert!(e.to_string().contains("Check the form"), "{e}");
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
