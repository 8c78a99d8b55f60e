//! Shared view pieces.

pub mod money;
pub mod notice;
pub mod shell;
pub mod toast;

pub use money::Money;
pub use notice::{ErrorNotice, Skeleton};
pub use toast::{use_toasts, ToastHost};
