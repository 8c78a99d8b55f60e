//! App-wide state: the session (API key) and deployment settings.

pub mod session;
pub mod settings;
