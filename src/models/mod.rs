//! Serde types for the ProxyShard User API (docs/API.md sections 3–6): the bottom layer,
//! used by the API client, the pure logic and the views alike.
//!
//! Decoding is defensive: unknown fields are ignored, and every field the provider does
//! not mark as required is optional, so a newer or older server never breaks a page.

mod account;
mod addons;
mod orders;
mod proxies;
mod residential;
mod status;
mod sub_users;

pub use account::*;
pub use addons::*;
pub use orders::*;
pub use proxies::*;
pub use residential::*;
pub use status::OrderStatus;
pub use sub_users::*;
