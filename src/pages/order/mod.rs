//! The order page (`/orders/:id`, [`page`]) and its parts: the order's details, the actions that apply to
//! it (renew, tag, billing cycle, auto-renewal, p0f slots) and its proxies with their export,
//! an OS per selected IP and "do not prolong" for selected IPs.
//!
//! Every piece takes the order as a `Signal<OrderDetail>` that follows the page's resource,
//! and an `on_changed` callback that refetches after a successful write.

mod auto_renewal;
mod cycle;
mod del_np;
mod details;
mod export;
mod p0f;
mod page;
pub(crate) mod proxies;
mod quote;
mod renew;
mod tag;

pub use auto_renewal::AutoRenewalSwitch;
pub use cycle::CycleChanger;
pub use details::{OrderDetails, StatusBadge};
pub use p0f::{P0fPanel, SignatureApply};
pub use page::OrderPage;
pub use proxies::ProxiesSection;
pub use renew::RenewPanel;
pub use tag::TagEditor;
