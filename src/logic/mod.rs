//! Pure Rust logic with no browser dependencies, tested on the host.

pub mod connection;
pub mod count;
pub mod dates;
pub mod exports;
pub mod insight;
pub mod money;
pub mod p0f;
pub mod purchase;
pub mod query;
pub mod tag;
pub mod text;
pub mod traffic;
