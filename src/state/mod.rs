//! App-wide state: the session (API key), deployment settings and base path, the
//! network's state, idle-time work, the theme, and `Intl` formatting in the current language (`intl`).

pub mod base_path;
pub mod idle;
pub mod intl;
pub mod network;
pub mod session;
pub mod settings;
pub mod storage;
pub mod theme;
