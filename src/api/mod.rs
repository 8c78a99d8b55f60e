//! The ProxyShard User API client: one request function, one error type, typed models,
//! one small module of verbs per resource, and the one way pages load a read (`load`).

pub mod account;
pub mod addons;
pub mod client;
pub mod error;
pub mod load;
pub mod orders;
pub mod orders_cache;
pub mod pace;
pub mod prefetch;
pub mod profile;
pub mod proxies;
pub mod residential;
pub mod sub_users;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz_tests;

pub use error::ApiError;
