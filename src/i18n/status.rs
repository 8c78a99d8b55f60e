//! An order's status in words, written once: the orders list's tab (also how its empty
//! state names a status) and the badge of an order.

use crate::models::OrderStatus;

/// The status tab's label (plural, as the list shows it); an unknown status as sent.
pub fn tab(status: &OrderStatus) -> &str {
    match status {
        OrderStatus::Active => tr!(status.active),
        OrderStatus::OnHold => tr!(status.on_hold),
        OrderStatus::Cancelled => tr!(status.cancelled),
        OrderStatus::All => tr!(status.all),
        OrderStatus::Unknown(raw) => raw,
    }
}

/// The badge label of a status an order can have; `None` for `all` and unknown statuses,
/// which are shown as sent.
pub fn badge(status: &OrderStatus) -> Option<&'static str> {
    match status {
        OrderStatus::Active => Some(tr!(order.status_active)),
        OrderStatus::OnHold => Some(tr!(common.on_hold)),
        OrderStatus::Cancelled => Some(tr!(order.status_cancelled)),
        OrderStatus::All | OrderStatus::Unknown(_) => None,
    }
}
