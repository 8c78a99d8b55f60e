//! Shared view pieces.

pub mod buy;
pub mod focus;
pub mod money;
pub mod notice;
pub mod pager;
pub mod order;
pub mod shell;
pub mod status_tabs;
pub mod toast;

pub use money::Money;
pub use notice::{ErrorNotice, Skeleton};
pub use toast::{use_toasts, ToastHost};
