//! The orders' wire types: lists, details, prices, purchase and action answers, and the
//! error envelope (docs/API.md sections 4–5).

use super::{wire_object, AddonLine, OrderStatus, ProxyProduct};

wire_object! {
    /// One row of `GET /user/api/orders`.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OrderSummary {
        pub order_id: i64 = required,
        pub product_id: Option<i64>,
        pub product_name: ProxyProduct = required,
        pub cycle_id: Option<i64>,
        pub cycle_name: String,
        pub expires_at: Option<String>,
        pub auto_renewal: Option<bool>,
        pub tag: Option<String>,
    }
}

#[cfg(test)]
impl OrderSummary {
    /// A weekly, auto-renewing Datacenter order for host tests.
    pub(crate) fn sample(id: i64, tag: Option<&str>, expires: Option<&str>) -> OrderSummary {
        OrderSummary {
            order_id: id,
            product_id: None,
            product_name: "Datacenter Proxy".into(),
            cycle_id: None,
            cycle_name: "week".into(),
            expires_at: expires.map(str::to_string),
            auto_renewal: Some(true),
            tag: tag.map(str::to_string),
        }
    }
}

wire_object! {
    /// `GET /user/api/orders` envelope.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OrderPage {
        pub orders: Vec<OrderSummary>,
        pub count: Option<i64>,
        pub prev: Option<String>,
        pub next: Option<String>,
    }
}

wire_object! {
    /// `GET /user/api/orders/{id}` `order` object; nothing is marked required upstream.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct OrderDetail {
        pub order_id: Option<i64>,
        pub product_name: Option<ProxyProduct>,
        pub cycle_name: Option<String>,
        pub quantity: Option<i64>,
        pub price_paid: Option<i64>,
        /// Read when the order is decoded; `all` and unknown values are kept as sent.
        pub status: Option<OrderStatus> = with OrderStatus::next_of_an_order,
        pub created_at: Option<String>,
        pub expires_at: Option<String>,
        pub promo_code: Option<String>,
        pub auto_renewal: Option<bool>,
        pub tag: Option<String>,
        pub location: Option<String>,
        pub addons_price_paid: Option<i64>,
        pub addons: Option<Vec<AddonLine>>,
        pub p0f_slots_available: Option<i64>,
        pub p0f_slots_used: Option<i64>,
        pub p0f_slots_next: Option<i64>,
    }
}

wire_object! {
    /// `GET /user/api/orders/{id}` envelope.
    #[derive(Clone, Debug, PartialEq)]
    pub struct OrderEnvelope {
        pub order: OrderDetail = required,
    }
}

wire_object! {
    /// `GET /user/api/orders/calculate`; every field optional upstream.
    #[derive(Clone, Copy, Debug, Default, PartialEq)]
    pub struct Quote {
        pub original_price: Option<i64>,
        pub final_price: Option<i64>,
        pub discount_percent: Option<i64>,
        pub addons_price: Option<i64>,
        pub total_with_addons: Option<i64>,
    }
}

impl Quote {
    /// What the customer pays: the total with add-ons when given, else the final price.
    pub fn payable(&self) -> Option<i64> {
        self.total_with_addons.or(self.final_price)
    }
}

wire_object! {
    /// `POST /user/api/orders/purchase` answer.
    #[derive(Clone, Debug, PartialEq)]
    pub struct PurchaseResult {
        pub message: Option<String>,
        pub order_id: i64 = required,
    }
}

wire_object! {
    /// `{success, message}` answers of renew, tag and auto-renewal.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct Ack {
        pub success: Option<bool>,
        pub message: Option<String>,
    }
}

wire_object! {
    /// `POST .../change-billing-cycle/{id}`: 1.1.0 returns prices, 1.0.0 an `order`.
    #[derive(Clone, Debug, Default, PartialEq)]
    pub struct CycleChange {
        pub message: Option<String>,
        pub order_id: Option<i64>,
        pub original_price: Option<i64>,
        pub final_price: Option<i64>,
        pub discount_percent: Option<i64>,
        /// 1.0.0 shape.
        pub order: Option<OrderDetail>,
    }
}

wire_object! {
    /// The error envelope `{success:false, message}`.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ErrorBody {
        pub message: String = required,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_detail_accepts_sparse_and_extra_fields() {
        let d: OrderEnvelope =
            serde_json::from_str(r#"{"success":true,"order":{"order_id":5,"new_field":[1]}}"#).expect("decodes");
        assert_eq!(d.order.order_id, Some(5));
        assert_eq!(d.order.status, None);
    }

    #[test]
    fn order_status_is_read_on_decoding() {
        let status = |json: &str| serde_json::from_str::<OrderDetail>(json).expect("decodes").status;
        assert_eq!(status(r#"{"status":"On_Hold "}"#), Some(OrderStatus::OnHold));
        assert_eq!(status(r#"{"status":"frozen"}"#), Some(OrderStatus::Unknown("frozen".into())));
        assert_eq!(status(r#"{"status":"all"}"#), Some(OrderStatus::Unknown("all".into())));
        assert_eq!(status(r#"{"status":null}"#), None);
        assert_eq!(status("{}"), None);
    }

    #[test]
    fn cycle_change_accepts_both_versions() {
        let v11: CycleChange = serde_json::from_str(
            r#"{"success":true,"message":"ok","order_id":1,"original_price":100,"final_price":90,"discount_percent":10}"#,
        )
        .expect("1.1.0");
        assert_eq!(v11.final_price, Some(90));
        let v10: CycleChange =
            serde_json::from_str(r#"{"success":true,"message":"ok","order":{"order_id":1}}"#).expect("1.0.0");
        assert_eq!(v10.order.and_then(|o| o.order_id), Some(1));
    }

    #[test]
    fn quote_payable_prefers_total_with_addons() {
        let q = Quote { final_price: Some(90), total_with_addons: Some(140), ..Quote::default() };
        assert_eq!(q.payable(), Some(140));
        let q = Quote { final_price: Some(90), ..Quote::default() };
        assert_eq!(q.payable(), Some(90));
    }
}
