//! The purchase form as data: the fields a product's purchase shape needs (as
//! [`ProxyProduct`] tells), validation of
//! what the customer typed, and the calculate query and purchase body built from it,
//! p0f slots bought with a Datacenter or ISP order included (`addons` / `addons_json`).

use crate::{
    logic::p0f::{parse_purchase_slots, QtyProblem},
    models::{AddonKey, ProxyProduct},
};
use serde_json::{json, Value};

/// Whether a field is asked for (what each product asks is [`ProxyProduct::location`] &c.).
pub use crate::models::Requirement;

/// The largest quantity the form accepts.
pub const MAX_QUANTITY: u32 = 10_000;

/// What the customer typed, unvalidated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PurchaseForm {
    pub product: String,
    pub location: String,
    pub cycle: String,
    pub quantity: String,
    pub promo_code: String,
    pub auto_renewal: bool,
    /// p0f slots bought with the order (Datacenter and ISP); empty means none.
    pub p0f_slots: String,
}

/// What is wrong with one field of the form; views say it in the reader's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldProblem {
    /// No product chosen.
    NoProduct,
    /// A location is required and none is chosen.
    NoLocation,
    /// No cycle chosen, or one the product does not have.
    NoCycle,
    /// The quantity is empty.
    QuantityMissing,
    /// The quantity is not a whole number.
    QuantityNotWhole,
    /// The quantity is below 1.
    QuantityTooSmall,
    /// The quantity is above [`MAX_QUANTITY`].
    QuantityTooLarge,
    /// The promo code is longer than 64 characters.
    PromoTooLong,
    /// The promo code holds something other than letters, digits, `-` and `_`.
    PromoChars,
    /// The p0f slot count is not a whole number of 0 or more.
    SlotsNotWhole,
    /// More p0f slots than IPs.
    SlotsTooMany,
}

/// Per-field problems; empty when the form is valid.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormErrors {
    pub product: Option<FieldProblem>,
    pub location: Option<FieldProblem>,
    pub cycle: Option<FieldProblem>,
    pub quantity: Option<FieldProblem>,
    pub promo_code: Option<FieldProblem>,
    pub p0f_slots: Option<FieldProblem>,
}

impl FormErrors {
    /// True when no field has a problem.
    pub fn is_empty(&self) -> bool {
        *self == FormErrors::default()
    }
}

/// A valid purchase, ready to price or to send.
#[derive(Clone, Debug, PartialEq)]
pub struct PurchaseRequest {
    /// The product, which also decides the shape of the body.
    pub product: ProxyProduct,
    pub location: Option<String>,
    pub cycle: Option<String>,
    pub quantity: Option<u32>,
    pub promo_code: Option<String>,
    pub auto_renewal: bool,
    /// p0f slots bought with the order (0 = none; only Datacenter and ISP have them).
    pub p0f_slots: u32,
}

impl PurchaseForm {
    /// Validates against the product's shape; `cycles` are the product's allowed cycles.
    pub fn validate(&self, cycles: &[String]) -> Result<PurchaseRequest, FormErrors> {
        let mut errors = FormErrors::default();
        let name = self.product.trim();
        if name.is_empty() {
            errors.product = Some(FieldProblem::NoProduct);
        }
        let product = ProxyProduct::read(name);
        let location = self.location.trim().to_string();
        let location = match product.location() {
            Requirement::Absent => None,
            _ if !location.is_empty() => Some(location),
            Requirement::Required => {
                errors.location = Some(FieldProblem::NoLocation);
                None
            }
            Requirement::Optional => None,
        };
        let cycle = if product.has_cycle() {
            let c = self.cycle.trim();
            if c.is_empty() || (!cycles.is_empty() && !cycles.iter().any(|x| x == c)) {
                errors.cycle = Some(FieldProblem::NoCycle);
                None
            } else {
                Some(c.to_string())
            }
        } else {
            None
        };
        let quantity = if product.has_quantity() {
            match parse_quantity(&self.quantity) {
                Ok(q) => Some(q),
                Err(e) => {
                    errors.quantity = Some(e);
                    None
                }
            }
        } else {
            None
        };
        let promo_code = match validate_promo(&self.promo_code) {
            Ok(p) => p,
            Err(e) => {
                errors.promo_code = Some(e);
                None
            }
        };
        let p0f_slots = if product.is_datacenter_or_isp() {
            // One slot per IP at most; while the quantity is invalid, its own message says so.
            match parse_purchase_slots(&self.p0f_slots, quantity.unwrap_or(MAX_QUANTITY)) {
                Ok(n) => n,
                Err(e) => {
                    errors.p0f_slots = Some(match e {
                        QtyProblem::AboveMax { .. } => FieldProblem::SlotsTooMany,
                        _ => FieldProblem::SlotsNotWhole,
                    });
                    0
                }
            }
        } else {
            0
        };
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(PurchaseRequest {
            auto_renewal: self.auto_renewal && product.has_auto_renewal(),
            product,
            location,
            cycle,
            quantity,
            promo_code,
            p0f_slots,
        })
    }
}

/// A quantity as typed: a whole number from 1 to [`MAX_QUANTITY`].
pub fn parse_quantity(raw: &str) -> Result<u32, FieldProblem> {
    let s = raw.trim();
    if s.is_empty() {
        return Err(FieldProblem::QuantityMissing);
    }
    if !s.bytes().all(|b| b.is_ascii_digit() || b == b'-' || b == b'+') {
        return Err(FieldProblem::QuantityNotWhole);
    }
    match s.parse::<i64>() {
        Ok(q) if q < 1 => Err(FieldProblem::QuantityTooSmall),
        Ok(q) if q > MAX_QUANTITY as i64 => Err(FieldProblem::QuantityTooLarge),
        Ok(q) => Ok(q as u32),
        Err(_) if s.starts_with('-') => Err(FieldProblem::QuantityTooSmall),
        Err(_) if s.bytes().all(|b| b.is_ascii_digit()) => Err(FieldProblem::QuantityTooLarge),
        Err(_) => Err(FieldProblem::QuantityNotWhole),
    }
}

/// A promo code as typed: empty means none; otherwise letters, digits, `-` and `_`.
pub fn validate_promo(raw: &str) -> Result<Option<String>, FieldProblem> {
    let s = raw.trim();
    if s.is_empty() {
        return Ok(None);
    }
    if s.chars().count() > 64 {
        return Err(FieldProblem::PromoTooLong);
    }
    if !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(FieldProblem::PromoChars);
    }
    Ok(Some(s.to_string()))
}

impl PurchaseRequest {
    /// The query of `GET /orders/calculate`, unencoded.
    pub fn calculate_query(&self) -> Vec<(&'static str, String)> {
        let mut pairs = vec![("product", self.product.to_string())];
        if let Some(l) = &self.location {
            pairs.push(("location", l.clone()));
        }
        if let Some(c) = &self.cycle {
            pairs.push(("cycle", c.clone()));
        }
        if let Some(q) = self.quantity {
            pairs.push(("quantity", q.to_string()));
        }
        if let Some(p) = &self.promo_code {
            pairs.push(("promo_code", p.clone()));
        }
        if let Some(addons) = self.addons() {
            pairs.push(("addons_json", addons.to_string()));
        }
        pairs
    }

    /// The add-on lines (`[{addon_key, qty}]`), when the order has any.
    pub fn addons(&self) -> Option<Value> {
        (self.p0f_slots > 0).then(|| json!([{ "addon_key": AddonKey::P0fSlots, "qty": self.p0f_slots }]))
    }

    /// The JSON body of `POST /orders/purchase`, in the product's shape.
    pub fn purchase_body(&self) -> Value {
        let p = &self.product;
        let mut body = if p.is_datacenter_or_isp() {
            json!({
                "product": p, "location": self.location, "cycle": self.cycle,
                "quantity": self.quantity, "promo_code": self.promo_code,
                "auto_renewal": self.auto_renewal,
            })
        } else if p.is_per_gb() {
            json!({
                "product": p, "quantity": self.quantity, "promo_code": self.promo_code,
            })
        } else if *p == ProxyProduct::UnmeteredResidential {
            json!({
                "product": p, "cycle": self.cycle, "promo_code": self.promo_code,
                "auto_renewal": self.auto_renewal,
            })
        } else {
            json!({
                "product": p, "cycle": self.cycle, "location": self.location,
                "quantity": self.quantity, "promo_code": self.promo_code,
                "auto_renewal": self.auto_renewal,
            })
        };
        if let (Some(addons), Some(map)) = (self.addons(), body.as_object_mut()) {
            map.insert("addons".into(), addons);
        }
        body
    }
}

#[cfg(test)]
mod tests;
