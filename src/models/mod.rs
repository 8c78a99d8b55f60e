//! Serde types for the ProxyShard User API (docs/API.md sections 3–6): the bottom layer,
//! used by the API client, the pure logic and the views alike.
//!
//! Values with a fixed set of strings are enums declared with `string_enum!` (the one
//! table of variant ↔ string, e.g. [`ProxyProduct`], [`OrderStatus`], [`AddonKey`]); the
//! several namings of a product or plan convert with `From`/`TryFrom`. Nothing here imports
//! from the layers above.
//!
//! Objects are structs declared with `wire_object!`, which writes their decoder (smaller
//! than serde's derive). Decoding is defensive: unknown fields are ignored, and every field
//! the provider does not mark as required is optional, so a newer or older server never
//! breaks a page.

mod account;
mod addons;
mod orders;
mod product;
mod proxies;
mod residential;
mod status;
mod string_enum;
mod sub_users;
pub(crate) mod wire_object;

pub use account::*;
pub use addons::*;
pub use orders::*;
pub use product::{ProxyProduct, Requirement, StockCode};
pub use proxies::*;
pub use residential::*;
pub use status::OrderStatus;
pub(crate) use string_enum::string_enum;
pub use sub_users::*;
pub(crate) use wire_object::wire_object;
