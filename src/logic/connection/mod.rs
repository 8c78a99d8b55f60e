//! Residential connection strings (docs/API.md §6a): the choices a customer makes in the
//! generator, their validation, and the proxy username grammar that carries the targeting.
//!
//! - [`choices`]: what the customer picks ([`UsernamePlan`], [`DeviceOs`], [`Session`], [`Protocol`],
//!   [`Relay`]).
//! - [`rules`]: target codes ([`Code`]) and [`validate`], which turns what the form holds into
//!   a [`ConnectionSpec`] or a list of typed [`Problem`]s for the view to translate.
//! - [`username`]: the grammar itself, written and read back ([`parse_username`]) in one place.
//! - [`sid`]: the random session ids of sticky strings, from bytes the caller supplies.
//! - [`lines`]: the output formats and [`generate`].
//!
//! Codes are normalised or refused, never passed through: outer whitespace is trimmed and
//! ASCII upper case is lowered (reported as `normalised`), while a code with `-`, `:`, `@`,
//! inner whitespace, a non-ASCII or any other character outside `[a-z0-9_]` is refused with a
//! problem naming its field. So no code that could break the `-`-separated username, the
//! `user:pass@host` forms or a shell line ever reaches a string.

pub mod choices;
pub mod lines;
pub mod rules;
pub mod sid;
pub mod username;

#[cfg(test)]
mod tests;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod proptests;

pub use choices::{DeviceOs, Protocol, Relay, Session, UsernamePlan, DEFAULT_RELAY_HOST};
pub use lines::{generate, Format, Generated, PasswordProblem, ProxyPassword, Reveal};
pub use rules::{validate, Code, CodeProblem, ConnectionInput, ConnectionSpec, Country, Field, Problem, Targeting};
pub use sid::{Sid, SidSource};
pub use username::{parse_username, ParseProblem, ParsedSession, ParsedUsername};

/// Shortest sticky session lifetime, in seconds.
pub const MIN_TTL_SECS: u32 = 60;
/// Longest sticky session lifetime, in seconds (one day).
pub const MAX_TTL_SECS: u32 = 86_400;
/// The sticky lifetime the generator starts with (ten minutes).
pub const DEFAULT_TTL_SECS: u32 = 600;
/// Fewest strings one generation makes.
pub const MIN_AMOUNT: u32 = 1;
/// Most strings one generation makes.
pub const MAX_AMOUNT: u32 = 1000;
