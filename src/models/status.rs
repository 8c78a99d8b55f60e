//! The status of an order, one type for both of its uses in the API: the `status` an order
//! has, and the `status` query of `GET /user/api/orders`, where `all` asks for every order.

/// An order's status (docs/API.md §8.4), or in a list query, which orders to list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum OrderStatus {
    /// Paid and running (the orders list's default view).
    #[default]
    Active,
    /// Unpaid, waiting for a renewal.
    OnHold,
    /// Ended; cannot be renewed or changed.
    Cancelled,
    /// Every order: a list query only, never the status of an order.
    All,
}

impl OrderStatus {
    /// Every value of the list query, in tab order.
    pub const ALL: [OrderStatus; 4] =
        [OrderStatus::Active, OrderStatus::OnHold, OrderStatus::Cancelled, OrderStatus::All];

    /// The API's value.
    pub fn as_str(self) -> &'static str {
        match self {
            OrderStatus::Active => "active",
            OrderStatus::OnHold => "on-hold",
            OrderStatus::Cancelled => "cancelled",
            OrderStatus::All => "all",
        }
    }

    /// Reads the API's value leniently (case, spaces, `on_hold`, `canceled`); anything else
    /// is `None`.
    pub fn parse(raw: &str) -> Option<OrderStatus> {
        match raw.trim().to_ascii_lowercase().as_str() {
            "active" => Some(OrderStatus::Active),
            "on-hold" | "on_hold" | "onhold" => Some(OrderStatus::OnHold),
            "cancelled" | "canceled" => Some(OrderStatus::Cancelled),
            "all" => Some(OrderStatus::All),
            _ => None,
        }
    }

    /// The status of an order as the API sent it (`None` when absent or unknown; `all` is
    /// not an order's status).
    pub fn of_order(raw: Option<&str>) -> Option<OrderStatus> {
        raw.and_then(OrderStatus::parse).filter(|s| *s != OrderStatus::All)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_api_values() {
        for status in OrderStatus::ALL {
            assert_eq!(OrderStatus::parse(status.as_str()), Some(status));
        }
        assert_eq!(OrderStatus::parse(" ON-HOLD "), Some(OrderStatus::OnHold));
        assert_eq!(OrderStatus::parse("Canceled"), Some(OrderStatus::Cancelled));
        assert_eq!(OrderStatus::parse("<b>frozen</b>"), None);
        assert_eq!(OrderStatus::of_order(Some("on_hold")), Some(OrderStatus::OnHold));
        assert_eq!(OrderStatus::of_order(Some("all")), None);
        assert_eq!(OrderStatus::of_order(None), None);
    }
}
