//! Injected faults: rules that make chosen routes answer badly (429, 5xx, an HTML gateway
//! page, an empty or malformed body, the wrong shape, extra fields, a long delay, a dropped
//! connection), before or after the real handler ran.
//!
//! Rules come from `--fault SPEC` ([`Fault::parse`]), the control endpoint
//! `POST /__sandbox/faults` (JSON, see [`Fault`]) or [`crate::Sandbox::set_fault`]. How a
//! rule changes an answer is in `routes::inject`.

use serde::{Deserialize, Serialize};

/// What a faulty answer looks like.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FaultKind {
    /// 429 with a `Retry-After` header (when given) and the `ApiError` envelope.
    RateLimit {
        /// Seconds for `Retry-After`; no header when `None`.
        #[serde(default)]
        retry_after_secs: Option<u32>,
    },
    /// 500 with the `ApiError` envelope.
    ServerError,
    /// 502 with an HTML page, as a reverse proxy sends it.
    BadGateway,
    /// 200 with an empty body.
    EmptyBody,
    /// 200 with JSON cut off in the middle.
    MalformedJson,
    /// 200 with valid JSON of the wrong shape (see [`WRONG_SHAPE`]).
    WrongShape,
    /// The real answer with unknown fields added to every JSON object in it.
    ExtraFields,
    /// The answer comes `ms` milliseconds late (before: the handler runs after the wait;
    /// after: the handler runs first). Use more than the client's time limit for a timeout.
    Delay {
        /// Milliseconds to wait.
        ms: u64,
    },
    /// The connection is closed without a byte of answer. Browsers resend a request whose
    /// reused keep-alive connection closes like this (they take it for an idle connection
    /// the server had closed), POSTs included: see `Cut` for a lost answer they keep.
    Drop,
    /// The status line and headers are sent (a 200 with the real answer's length, after
    /// the handler), then the connection is closed before the body: the answer is lost on
    /// its way back, and nothing is resent.
    Cut,
    /// The real answer with every JSON string containing `find` rewritten to contain
    /// `replace` instead (hostile product names, messages, …).
    Rewrite {
        /// Text to look for inside JSON strings.
        find: String,
        /// Its replacement.
        replace: String,
    },
    /// Any status and body.
    Custom {
        /// HTTP status.
        status: u16,
        /// Body text, sent as is.
        body: String,
        /// `Content-Type`; `application/json` when absent.
        #[serde(default)]
        content_type: Option<String>,
    },
}

/// The body of a [`FaultKind::WrongShape`] answer: valid JSON that fits no answer of the
/// API (`email` is null, `orders` and `data` are not lists, `order` is a number, …).
pub const WRONG_SHAPE: &str = r#"{"success":true,"email":null,"orders":"not a list","order":42,"products":{},"data":"unexpected","final_price":"ten","order_id":"x"}"#;

impl FaultKind {
    /// A short name for logs: `rate_limit`, `drop`, …
    pub fn name(&self) -> &'static str {
        match self {
            FaultKind::RateLimit { .. } => "rate_limit",
            FaultKind::ServerError => "server_error",
            FaultKind::BadGateway => "bad_gateway",
            FaultKind::EmptyBody => "empty_body",
            FaultKind::MalformedJson => "malformed_json",
            FaultKind::WrongShape => "wrong_shape",
            FaultKind::ExtraFields => "extra_fields",
            FaultKind::Delay { .. } => "delay",
            FaultKind::Drop => "drop",
            FaultKind::Cut => "cut",
            FaultKind::Rewrite { .. } => "rewrite",
            FaultKind::Custom { .. } => "custom",
        }
    }
}

/// Whether the real handler runs before the fault strikes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    /// The fault replaces the handler: nothing is changed on the server.
    #[default]
    Before,
    /// The handler runs and commits, then the answer is replaced or lost.
    After,
}

/// One rule: which requests, what goes wrong, how often.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fault {
    /// HTTP method (`GET`, `POST`); any method when `None`.
    #[serde(default)]
    pub method: Option<String>,
    /// Requests whose path starts with this; a trailing `$` asks for the exact path.
    pub path: String,
    /// What goes wrong.
    #[serde(flatten)]
    pub kind: FaultKind,
    /// How many matching requests are hit; every one until cleared when `None`.
    #[serde(default)]
    pub times: Option<u32>,
    /// Before or after the real handler.
    #[serde(default)]
    pub when: When,
}

impl Fault {
    /// Whether this rule applies to a request.
    pub fn matches(&self, method: &str, path: &str) -> bool {
        let method_ok = self.method.as_deref().is_none_or(|m| m == "*" || m.eq_ignore_ascii_case(method));
        let path_ok = match self.path.strip_suffix('$') {
            Some(exact) => path == exact,
            None => path.starts_with(&self.path),
        };
        method_ok && path_ok
    }

    /// Parses a command-line spec: comma-separated `key=value` pairs, e.g.
    /// `kind=rate_limit,retry_after=2,method=GET,path=/user/api/me,times=3,when=after`.
    ///
    /// Keys: `kind` (required: `rate_limit`/`429`, `server_error`/`500`,
    /// `bad_gateway`/`502`, `empty_body`, `malformed_json`, `wrong_shape`, `extra_fields`,
    /// `delay`, `drop`, `cut`, `rewrite`), `path` (required), `method`, `times`, `when`
    /// (`before`/`after`), `retry_after` (429), `ms` (delay), `find` and `replace`
    /// (rewrite). Values cannot contain commas.
    pub fn parse(spec: &str) -> Result<Fault, String> {
        let mut pairs = Vec::new();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let (k, v) = part.split_once('=').ok_or_else(|| format!("--fault: `{part}` is not key=value"))?;
            pairs.push((k.trim().to_ascii_lowercase(), v.to_string()));
        }
        let get = |key: &str| pairs.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        for (k, _) in &pairs {
            if !matches!(
                k.as_str(),
                "kind" | "path" | "method" | "times" | "when" | "retry_after" | "ms" | "find" | "replace"
            ) {
                return Err(format!("--fault: unknown key `{k}`"));
            }
        }
        let number = |key: &str| -> Result<Option<u64>, String> {
            get(key)
                .map(|v| v.trim().parse::<u64>().map_err(|_| format!("--fault: {key} is not a whole number: {v}")))
                .transpose()
        };
        let kind_name = get("kind").ok_or("--fault: kind=… is required")?;
        let kind = match kind_name.trim().to_ascii_lowercase().as_str() {
            "rate_limit" | "429" => {
                FaultKind::RateLimit { retry_after_secs: number("retry_after")?.map(|s| s.min(u32::MAX as u64) as u32) }
            }
            "server_error" | "500" => FaultKind::ServerError,
            "bad_gateway" | "502" => FaultKind::BadGateway,
            "empty_body" | "empty" => FaultKind::EmptyBody,
            "malformed_json" | "malformed" => FaultKind::MalformedJson,
            "wrong_shape" => FaultKind::WrongShape,
            "extra_fields" | "extra" => FaultKind::ExtraFields,
            "delay" | "timeout" => FaultKind::Delay { ms: number("ms")?.ok_or("--fault: delay needs ms=N")? },
            "drop" => FaultKind::Drop,
            "cut" => FaultKind::Cut,
            "rewrite" => FaultKind::Rewrite {
                find: get("find").filter(|f| !f.is_empty()).ok_or("--fault: rewrite needs find=TEXT")?,
                replace: get("replace").unwrap_or_default(),
            },
            other => return Err(format!("--fault: unknown kind `{other}`")),
        };
        let path = get("path").ok_or("--fault: path=… is required")?;
        if !path.starts_with('/') {
            return Err(format!("--fault: path must start with /: {path}"));
        }
        let when = match get("when").as_deref().map(str::trim) {
            None | Some("before") => When::Before,
            Some("after") => When::After,
            Some(other) => return Err(format!("--fault: when must be before or after: {other}")),
        };
        let times = number("times")?.map(|t| t.min(u32::MAX as u64) as u32);
        Ok(Fault { method: get("method").map(|m| m.trim().to_ascii_uppercase()), path, kind, times, when })
    }
}

/// The rules in force, in the order they were added; the first match wins.
#[derive(Debug, Clone, Default)]
pub struct FaultBook {
    rules: Vec<Fault>,
}

impl FaultBook {
    /// Adds a rule (`times: Some(0)` is ignored).
    pub fn add(&mut self, fault: Fault) {
        if fault.times != Some(0) {
            self.rules.push(fault);
        }
    }

    /// Removes every rule.
    pub fn clear(&mut self) {
        self.rules.clear();
    }

    /// The rules in force, with what is left of their `times`.
    pub fn list(&self) -> Vec<Fault> {
        self.rules.clone()
    }

    /// The first rule matching a request, counted as used (a rule used up is removed).
    pub fn take(&mut self, method: &str, path: &str) -> Option<Fault> {
        let i = self.rules.iter().position(|f| f.matches(method, path))?;
        let hit = self.rules[i].clone();
        match &mut self.rules[i].times {
            Some(1) => {
                self.rules.remove(i);
            }
            Some(n) => *n -= 1,
            None => {}
        }
        Some(hit)
    }
}
