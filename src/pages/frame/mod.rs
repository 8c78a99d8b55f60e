//! The frame around every signed-in page ([`shell`]: header, navigation, sign-out, the
//! guard that sends visitors without a key to sign-in) and the parts only it has: the quick
//! jump to an order or tag, and the theme switch.

pub(crate) mod quick_jump;
pub mod shell;
mod theme_toggle;
