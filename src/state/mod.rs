//! App-wide state: the session (API key), deployment settings and base path, the
//! network's state and the theme.

pub mod base_path;
pub mod network;
pub mod session;
pub mod settings;
pub mod theme;
