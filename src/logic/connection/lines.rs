//! The generated connection strings and their output formats.
//!
//! [`generate`] writes the usernames once (each sticky one with its own sid); the formats
//! are rendered from them on demand, with the password shown or masked, each into one
//! `String` sized up front, so 1000 lines cost a few allocations.

use super::{
    sid::BrokenRandomness, username::write_username, ConnectionSpec, Protocol, Session, SidSource, MAX_AMOUNT,
};
use crate::models::string_enum;
use std::fmt;

/// What stands for the password while it is hidden.
pub const MASK: &str = "********";
/// The address the curl command asks, which answers with the exit IP and its location.
pub const CHECK_URL: &str = "https://ipinfo.io";

/// A proxy password (the owner's or a sub-user's). A secret like the API key: its `Debug`
/// prints a mask, and the text is reached only through [`ProxyPassword::expose`].
#[derive(Clone, PartialEq, Eq)]
pub struct ProxyPassword(String);

/// Why a password cannot go into a connection string.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordProblem {
    /// The server gave none (or only whitespace).
    Empty,
    /// It holds a control character (a line break would split a line in two).
    ControlCharacter,
}

impl ProxyPassword {
    /// Takes a password as the API gave it. Not trimmed: spaces may be part of it.
    pub fn new(password: impl Into<String>) -> Result<ProxyPassword, PasswordProblem> {
        let password = password.into();
        if password.trim().is_empty() {
            Err(PasswordProblem::Empty)
        } else if password.chars().any(char::is_control) {
            Err(PasswordProblem::ControlCharacter)
        } else {
            Ok(ProxyPassword(password))
        }
    }

    /// The password itself, for the output the customer asked for. Never log it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ProxyPassword {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ProxyPassword(")?;
        f.write_str(MASK)?;
        f.write_str(")")
    }
}

string_enum! {
    /// An output format of the generated strings, by a short key for presets and selects
    /// (every format, the provider's first).
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Format {
        /// `host:port:user:pass`, the provider's own format.
        HostPortUserPass = "host_port_user_pass",
        /// `user:pass@host:port`.
        UserPassAtHostPort = "user_pass_at_host_port",
        /// `http://user:pass@host:port` or `socks5://…`, the password percent-encoded.
        Url = "url",
    }
}

/// Whether rendered text holds the password or [`MASK`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reveal {
    /// The password is replaced by [`MASK`] (what the screen shows by default).
    Masked,
    /// The real password (copy, download, or shown after the customer asked).
    Shown,
}

/// The strings of one generation. `Debug` never prints the password.
#[derive(Clone)]
pub struct Generated {
    /// All usernames, each followed by `\n`.
    usernames: String,
    count: usize,
    host: &'static str,
    protocol: Protocol,
    password: ProxyPassword,
}

impl fmt::Debug for Generated {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Generated")
            .field("count", &self.count)
            .field("host", &self.host)
            .field("protocol", &self.protocol)
            .field("password", &self.password)
            .finish_non_exhaustive()
    }
}

/// Makes `spec.amount` strings (at most [`MAX_AMOUNT`]) with `password`. `random` fills a buffer with random bytes
/// (the browser's crypto RNG); it is asked only for sticky sessions.
pub fn generate<R: FnMut(&mut [u8])>(
    spec: &ConnectionSpec,
    password: ProxyPassword,
    random: R,
) -> Result<Generated, BrokenRandomness> {
    // A spec built by hand rather than by `validate` still cannot ask for millions of lines.
    let count = spec.amount.min(MAX_AMOUNT) as usize;
    let mut sids = SidSource::new(random);
    let mut usernames = String::new();
    // The first username tells the length of all (sids are fixed-length).
    for i in 0..count {
        let sticky = match spec.session {
            Session::Rotating => None,
            Session::Sticky { ttl_secs } => Some((sids.next_sid()?, ttl_secs)),
        };
        let start = usernames.len();
        write_username(
            &mut usernames,
            spec.plan,
            &spec.targeting,
            sticky.as_ref().map(|(s, t)| (s, *t)),
            spec.session_mode,
        );
        usernames.push('\n');
        if i == 0 {
            usernames.reserve((usernames.len() - start) * (count - 1));
        }
    }
    Ok(Generated { usernames, count, host: spec.relay.host(), protocol: spec.protocol, password })
}

impl Generated {
    /// How many strings.
    pub fn len(&self) -> usize {
        self.count
    }

    /// Whether there are none (never, after a valid spec).
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// The usernames, in order (they hold no password).
    pub fn usernames(&self) -> impl Iterator<Item = &str> + '_ {
        self.usernames.lines()
    }

    /// The relay host.
    pub fn host(&self) -> &'static str {
        self.host
    }

    /// The relay port.
    pub fn port(&self) -> u16 {
        self.protocol.port()
    }

    /// All strings in `format`, one per line, each line ending in `\n`.
    pub fn text(&self, format: Format, reveal: Reveal) -> String {
        let password = self.password_text(format, reveal);
        let port = self.port().to_string();
        let scheme = self.protocol.as_str();
        let per_line = self.host.len() + port.len() + password.len() + scheme.len() + 8;
        let mut out = String::with_capacity(self.usernames.len() + per_line * self.count);
        for user in self.usernames() {
            self.push_line(&mut out, format, user, &password, &port, scheme);
            out.push('\n');
        }
        out
    }

    /// A curl command that checks the first string through the proxy, shell-quoted.
    /// SOCKS5 uses `socks5h://` so that names resolve through the proxy too.
    pub fn curl(&self, reveal: Reveal) -> Option<String> {
        let user = self.usernames().next()?;
        let password = self.password_text(Format::Url, reveal);
        let scheme = match self.protocol {
            Protocol::Http => "http",
            Protocol::Socks5 => "socks5h",
        };
        let mut url = String::with_capacity(user.len() + password.len() + self.host.len() + 24);
        self.push_line(&mut url, Format::Url, user, &password, &self.port().to_string(), scheme);
        let mut out = String::with_capacity(url.len() + CHECK_URL.len() + 16);
        out.push_str("curl -x ");
        push_shell_quoted(&mut out, &url);
        out.push(' ');
        out.push_str(CHECK_URL);
        Some(out)
    }

    fn password_text(&self, format: Format, reveal: Reveal) -> String {
        match (reveal, format) {
            (Reveal::Masked, _) => MASK.to_string(),
            (Reveal::Shown, Format::Url) => percent_encode(self.password.expose()),
            (Reveal::Shown, _) => self.password.expose().to_string(),
        }
    }

    fn push_line(&self, out: &mut String, format: Format, user: &str, password: &str, port: &str, scheme: &str) {
        let parts: [&str; 7] = match format {
            Format::HostPortUserPass => [self.host, ":", port, ":", user, ":", password],
            Format::UserPassAtHostPort => [user, ":", password, "@", self.host, ":", port],
            Format::Url => {
                out.push_str(scheme);
                out.push_str("://");
                [user, ":", password, "@", self.host, ":", port]
            }
        };
        for part in parts {
            out.push_str(part);
        }
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters, as the userinfo of a
/// URL needs.
pub fn percent_encode(s: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// Appends `s` in single quotes for a POSIX shell; a `'` inside becomes `'\''`.
pub fn push_shell_quoted(out: &mut String, s: &str) {
    out.push('\'');
    for c in s.chars() {
        if c == '\'' {
            out.push_str("'\\''");
        } else {
            out.push(c);
        }
    }
    out.push('\'');
}
