//! Price previews for an existing order (renewal, new billing cycle): the calculate request
//! for the order, and the rules that step around two refusals of `GET /orders/calculate`
//! that do not apply to an order that already exists: a promo code that is not valid for
//! the cycle (it is dropped) and missing stock (one unit is priced and scaled, marked as an
//! estimate).

use crate::{
    logic::purchase::PurchaseRequest,
    models::{OrderDetail, Quote, Requirement},
};

/// A price preview and what was changed to get it.
#[derive(Clone, Debug, PartialEq)]
pub struct Priced {
    /// The prices.
    pub quote: Quote,
    /// The promo code left out because the server refused it for this cycle.
    pub dropped_promo: Option<String>,
    /// True when scaled from the price of one unit.
    pub estimated: bool,
}

/// The calculate request for an order at `cycle` (its own cycle when `None`). `None` when
/// the order has no product name.
pub fn order_request(order: &OrderDetail, cycle: Option<String>) -> Option<PurchaseRequest> {
    let product = order.product_name.clone().filter(|p| !p.as_str().trim().is_empty())?;
    Some(PurchaseRequest {
        location: (product.location() != Requirement::Absent).then(|| order.location.clone()).flatten(),
        cycle: product.has_cycle().then(|| cycle.or_else(|| order.cycle_name.clone())).flatten(),
        quantity: product.has_quantity().then(|| order.quantity.and_then(|q| u32::try_from(q).ok())).flatten(),
        promo_code: order.promo_code.clone().filter(|p| !p.trim().is_empty()),
        auto_renewal: false,
        // The order's own price: its add-ons are priced on their own (addons/calculate).
        p0f_slots: 0,
        product,
    })
}

/// What to try after calculate refused a request with `message`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Price it again without the promo code (the server said the code does not apply).
    DropPromo,
    /// Price one unit and scale it (the server said the stock is short; the order already
    /// holds its units).
    OneUnit,
}

/// The retry decision: reads the server's refusal for the words "promo" and "stock"; `None`
/// when nothing is left to step around.
pub fn next_step(message: &str, request: &PurchaseRequest) -> Option<Step> {
    let m = message.to_ascii_lowercase();
    if m.contains("promo") && request.promo_code.is_some() {
        Some(Step::DropPromo)
    } else if m.contains("stock") && request.quantity.is_some_and(|q| q > 1) {
        Some(Step::OneUnit)
    } else {
        None
    }
}

/// Scales a one-unit quote to `units`, with the discount rule of the API (floor of the
/// percentage of the total).
pub fn scale(one: Quote, units: i64) -> Quote {
    let pct = one.discount_percent.unwrap_or(0).clamp(0, 100);
    let original = one.original_price.or(one.final_price).map(|p| p.saturating_mul(units));
    let final_price = original.map(|o| o - o.saturating_mul(pct) / 100);
    Quote { original_price: original, final_price, discount_percent: one.discount_percent, ..Quote::default() }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dc_order() -> OrderDetail {
        OrderDetail {
            product_name: Some("Datacenter Proxy".into()),
            cycle_name: Some("monthly".into()),
            quantity: Some(10),
            location: Some("DE".into()),
            promo_code: Some("MONTHLY20".into()),
            ..OrderDetail::default()
        }
    }

    #[test]
    fn request_for_a_new_cycle() {
        let r = order_request(&dc_order(), Some("week".into())).expect("request");
        assert_eq!(
            r.calculate_query(),
            [
                ("product", "Datacenter Proxy"),
                ("location", "DE"),
                ("cycle", "week"),
                ("quantity", "10"),
                ("promo_code", "MONTHLY20")
            ]
            .map(|(k, v)| (k, v.to_string()))
        );
        assert!(!r.auto_renewal);
        assert_eq!(order_request(&OrderDetail::default(), None), None);
    }

    #[test]
    fn request_follows_the_product_shape() {
        let o = OrderDetail {
            product_name: Some("Unmetered Residential proxy".into()),
            cycle_name: Some("day".into()),
            quantity: Some(1),
            ..OrderDetail::default()
        };
        let r = order_request(&o, None).expect("request");
        assert_eq!(
            r.calculate_query(),
            [("product", "Unmetered Residential proxy"), ("cycle", "day")].map(|(k, v)| (k, v.to_string()))
        );
    }

    #[test]
    fn steps_around_promo_then_stock() {
        let mut r = order_request(&dc_order(), Some("week".into())).expect("request");
        assert_eq!(next_step("Promo code MONTHLY20 is not valid for the week cycle", &r), Some(Step::DropPromo));
        r.promo_code = None;
        assert_eq!(next_step("Promo code MONTHLY20 is not valid", &r), None);
        assert_eq!(next_step("Not enough stock: 5 available in DE", &r), Some(Step::OneUnit));
        r.quantity = Some(1);
        assert_eq!(next_step("Not enough stock: 0 available in DE", &r), None);
        assert_eq!(next_step("Cycle day is not available", &r), None);
    }

    #[test]
    fn scales_one_unit() {
        let one =
            Quote { original_price: Some(150), final_price: Some(135), discount_percent: Some(10), ..Quote::default() };
        let q = scale(one, 3);
        assert_eq!((q.original_price, q.final_price), (Some(450), Some(405)));
        let odd =
            Quote { original_price: Some(333), final_price: Some(333), discount_percent: Some(0), ..Quote::default() };
        assert_eq!(scale(odd, 2).final_price, Some(666));
    }
}
