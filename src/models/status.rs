//! The status of an order, one type for both of its uses in the API: the `status` an order
//! has (read when the order is decoded, unknown ones kept as sent), and the `status` query of
//! `GET /user/api/orders`, where `all` asks for every order.

use super::string_enum;
use serde::de::MapAccess;

string_enum! {
    /// An order's status (docs/API.md §8.4), or in a list query, which orders to list.
    /// Read leniently (case, spaces, `on_hold`, `canceled`).
    #[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
    pub enum OrderStatus: loose, Unknown {
        /// Paid and running (the orders list's default view).
        #[default]
        Active = "active",
        /// Unpaid, waiting for a renewal.
        OnHold = "on-hold" | "on_hold" | "onhold",
        /// Ended; cannot be renewed or changed.
        Cancelled = "cancelled" | "canceled",
        /// Every order: a list query only, never the status of an order.
        All = "all",
    }
}

impl OrderStatus {
    /// Whether the order has ended: a cancelled order cannot be renewed or changed.
    pub fn is_cancelled(&self) -> bool {
        matches!(self, OrderStatus::Cancelled)
    }

    /// The status of an order as the API sent it: `all` is not an order's status, so it is
    /// kept as sent like any other unknown value.
    pub fn of_an_order(raw: &str) -> OrderStatus {
        match OrderStatus::read(raw) {
            OrderStatus::All => OrderStatus::Unknown(raw.to_string()),
            status => status,
        }
    }

    /// Reads an order's optional `status` in its decoder (`wire_object!`'s `= with`): see
    /// [`OrderStatus::of_an_order`].
    pub(crate) fn next_of_an_order<'de, A: MapAccess<'de>>(map: &mut A) -> Result<Option<OrderStatus>, A::Error> {
        Ok(map.next_value::<Option<String>>()?.map(|raw| OrderStatus::of_an_order(&raw)))
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
        assert_eq!(OrderStatus::of_an_order("on_hold"), OrderStatus::OnHold);
        assert_eq!(OrderStatus::of_an_order("ALL"), OrderStatus::Unknown("ALL".into()));
        assert_eq!(OrderStatus::of_an_order("<b>frozen</b>").as_str(), "<b>frozen</b>");
    }
}
