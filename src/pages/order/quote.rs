//! Price previews for an existing order (renewal, new billing cycle) through
//! `GET /orders/calculate`, stepping around the refusals that do not apply to an order that
//! already exists (the rules are `logic::order_price`).

pub use crate::logic::order_price::{order_request, Priced};
use crate::{
    api::{self, client::Cancel, ApiError},
    logic::{
        order_price::{next_step, scale, Step},
        purchase::PurchaseRequest,
    },
};

/// Prices `request`, stepping around promo and stock refusals (at most three requests).
pub async fn price(mut request: PurchaseRequest, cancel: Option<Cancel>) -> Result<Priced, ApiError> {
    let mut dropped_promo = None;
    let mut units = None;
    let mut tries = 0;
    loop {
        tries += 1;
        match api::orders::calculate(&request, cancel.clone()).await {
            Ok(quote) => {
                let quote = units.map_or(quote, |n| scale(quote, n));
                return Ok(Priced { quote, dropped_promo, estimated: units.is_some() });
            }
            Err(ApiError::Rejected(message)) if tries < 3 => match next_step(&message, &request) {
                Some(Step::DropPromo) => dropped_promo = request.promo_code.take(),
                Some(Step::OneUnit) => {
                    units = request.quantity.map(i64::from);
                    request.quantity = Some(1);
                }
                None => return Err(ApiError::Rejected(message)),
            },
            Err(e) => return Err(e),
        }
    }
}
