//! Shared view pieces.

pub mod banners;
pub mod browser;
pub mod buy;
pub mod chunk_failed;
pub mod expiring;
pub mod focus;
pub mod labels;
pub mod language;
pub mod money;
pub mod notice;
pub mod order;
pub mod orders_table;
pub mod pager;
pub mod quick_jump;
pub mod residential;
pub mod secret;
pub mod shell;
pub mod status_tabs;
pub mod take_away;
pub mod theme;
pub mod toast;
pub mod write;

pub use money::Money;
pub use notice::{ErrorNotice, Skeleton};
pub use toast::{use_toasts, ToastHost};
