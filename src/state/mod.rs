//! App-wide state: the session (API key), deployment settings and base path, and the
//! network's state.

pub mod base_path;
pub mod network;
pub mod orders_cache;
pub mod session;
pub mod settings;
pub mod theme;
