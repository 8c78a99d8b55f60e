//! Pieces of the order page (`/orders/:id`): the order's details, the actions that apply to
//! it (renew, tag, billing cycle, auto-renewal) and its proxies with their export.
//!
//! Every piece takes the order as a `Signal<OrderDetail>` that follows the page's resource,
//! and an `on_changed` callback that refetches after a successful write.

mod auto_renewal;
mod browser;
mod cycle;
mod details;
mod export;
mod proxies;
mod quote;
mod renew;
mod tag;

pub use auto_renewal::AutoRenewalSwitch;
pub use cycle::CycleChanger;
pub use details::{OrderDetails, StatusBadge};
pub use proxies::ProxiesSection;
pub use renew::RenewPanel;
pub use tag::TagEditor;

use crate::logic::purchase::ProductKind;

/// An order's lifecycle status as the dashboard understands it (shared/API.md §8.4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrderStatus {
    /// Paid and running.
    Active,
    /// Unpaid, waiting for a renewal.
    OnHold,
    /// Ended; cannot be renewed or changed.
    Cancelled,
    /// A status this dashboard does not know, shown as the server wrote it.
    Other(String),
    /// The server sent no status.
    Missing,
}

impl OrderStatus {
    /// Reads the API's `status` field.
    pub fn parse(raw: Option<&str>) -> OrderStatus {
        match raw.map(str::trim) {
            None | Some("") => OrderStatus::Missing,
            Some(s) => match s.to_ascii_lowercase().as_str() {
                "active" => OrderStatus::Active,
                "on-hold" | "on_hold" | "onhold" => OrderStatus::OnHold,
                "cancelled" | "canceled" => OrderStatus::Cancelled,
                _ => OrderStatus::Other(s.to_string()),
            },
        }
    }

    /// What people read.
    pub fn label(&self) -> String {
        match self {
            OrderStatus::Active => tr!(order.status_active).into(),
            OrderStatus::OnHold => tr!(common.on_hold).into(),
            OrderStatus::Cancelled => tr!(order.status_cancelled).into(),
            OrderStatus::Other(s) => s.clone(),
            OrderStatus::Missing => tr!(order.status_unknown).into(),
        }
    }

    /// The badge's CSS class; `None` for statuses shown as plain text.
    pub fn badge_class(&self) -> Option<&'static str> {
        match self {
            OrderStatus::Active => Some("badge badge-active"),
            OrderStatus::OnHold => Some("badge badge-on-hold"),
            OrderStatus::Cancelled => Some("badge badge-cancelled"),
            OrderStatus::Other(_) | OrderStatus::Missing => None,
        }
    }
}

/// True for the products whose orders have proxies, a changeable billing cycle and an
/// auto-renewal switch: Datacenter Proxy and ISP Proxy.
pub fn is_dc_isp(product: &str) -> bool {
    ProductKind::of(product) == ProductKind::DatacenterOrIsp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses() {
        assert_eq!(OrderStatus::parse(Some("active")), OrderStatus::Active);
        assert_eq!(OrderStatus::parse(Some("on-hold")), OrderStatus::OnHold);
        assert_eq!(OrderStatus::parse(Some("Cancelled")), OrderStatus::Cancelled);
        assert_eq!(OrderStatus::parse(None), OrderStatus::Missing);
        let odd = OrderStatus::parse(Some("<b>frozen</b>"));
        assert_eq!(odd.label(), "<b>frozen</b>");
        assert_eq!(odd.badge_class(), None);
        assert_eq!(OrderStatus::OnHold.label(), "On hold");
    }

    #[test]
    fn dc_isp_products() {
        assert!(is_dc_isp("Datacenter Proxy"));
        assert!(is_dc_isp("ISP Proxy"));
        assert!(!is_dc_isp("Standart Residential Proxy"));
        assert!(!is_dc_isp("Mobile Proxy"));
    }
}
