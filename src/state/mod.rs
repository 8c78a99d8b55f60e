//! App-wide state: the session (API key), deployment settings and base path, the
//! network's state, the theme, and the language (with `Intl` formatting in `intl`).

pub mod base_path;
pub mod intl;
pub mod locale;
pub mod network;
pub mod orders_cache;
pub mod session;
pub mod settings;
pub mod theme;
