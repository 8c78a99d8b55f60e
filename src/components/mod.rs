//! View pieces that two or more pages use: money, labels, notices, the loading wrapper,
//! the pager, the language picker, masked secrets, copy/download, toasts, the live price,
//! the one write/confirm pattern and the bar chart. A part that only one page uses lives
//! in that page's folder.

pub mod chart;
pub mod field_problem;
pub mod labels;
pub mod language;
pub mod live_quote;
pub mod loaded;
pub mod money;
pub mod notice;
pub mod pager;
pub mod secret;
pub mod take_away;
pub mod toast;
pub mod write;

pub use loaded::{LoadError, Loaded};
pub use money::Money;
pub use notice::{ErrorNotice, Skeleton, SlowedDown};
pub use toast::{use_toasts, ToastHost};
