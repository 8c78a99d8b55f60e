//! p0f signatures, add-ons and "do not prolong" of Datacenter/ISP orders (docs/API.md §5).
//!
//! The only add-on is `p0f_slots`: an order buys slots, each IP that gets an OS signature
//! occupies one slot for good (changing its OS takes no new slot), and a downgrade can be
//! scheduled for the next renewal (never below the slots in use). At a renewal the IPs
//! marked "do not prolong" go, the scheduled slot count applies and the slots are paid
//! again with the order.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::error::{ApiError, ApiResult};
use crate::pricing::{self, PRODUCTS};
use crate::state::Order;

/// The add-on key of p0f slots.
pub const P0F_KEY: &str = "p0f_slots";
/// Catalogue id of the `p0f_slots` add-on.
pub const P0F_CATALOG_ID: i64 = 1;
/// Price of one p0f slot per cycle on a Datacenter order, in cents.
pub const P0F_PRICE_DC: i64 = 30;
/// Price of one p0f slot per cycle on an ISP order, in cents.
pub const P0F_PRICE_ISP: i64 = 60;
/// The OS signatures an IP can get.
pub const SIGNATURES: [&str; 6] = ["ios", "macos", "android", "linux", "win10", "win11"];

/// Price of one p0f slot per cycle for a catalogue product (0 when it cannot have slots).
pub fn p0f_price(product: usize) -> i64 {
    match PRODUCTS.get(product).map(|p| p.name) {
        Some("Datacenter Proxy") => P0F_PRICE_DC,
        Some("ISP Proxy") => P0F_PRICE_ISP,
        _ => 0,
    }
}

/// 400 unless `key` is `p0f_slots`.
pub fn check_key(key: &str) -> ApiResult<()> {
    if key != P0F_KEY {
        return Err(ApiError::bad_request(format!("Unknown addon_key {key}: the only add-on is {P0F_KEY}")));
    }
    Ok(())
}

impl Order {
    /// IPs that have a signature (slots in use).
    pub fn p0f_used(&self) -> i64 {
        self.proxies.iter().filter(|p| p.signature.is_some()).count() as i64
    }

    /// The order's `addons` list: one `p0f_slots` line when it has slots.
    pub fn addon_lines(&self) -> Vec<Value> {
        if self.p0f_slots <= 0 {
            return Vec::new();
        }
        let pending = self.p0f_next.map(|n| json!({ "action": "downgrade", "next_qty": n }));
        vec![json!({
            "addon_key": P0F_KEY, "catalog_id": P0F_CATALOG_ID, "qty": self.p0f_slots,
            "price_per_unit": p0f_price(self.product), "pending": pending,
        })]
    }

    /// `p0f_slots_next`: slots after the next renewal; null when the order has no slots.
    pub fn p0f_next_json(&self) -> Value {
        if self.p0f_slots > 0 {
            json!(self.p0f_next.unwrap_or(self.p0f_slots))
        } else {
            Value::Null
        }
    }

    /// Gives IPs an OS signature, all or nothing; returns how many IPs were set.
    pub fn set_signatures(&mut self, items: &[(String, String)]) -> ApiResult<usize> {
        let mut wanted: BTreeMap<&str, &str> = BTreeMap::new();
        for (ip, signature) in items {
            let known = self.proxies.iter().any(|p| p.ip == *ip);
            if !known {
                return Err(ApiError::bad_request(format!("IP {ip} is not part of this order")));
            }
            if !SIGNATURES.contains(&signature.as_str()) {
                return Err(ApiError::bad_request(format!(
                    "Unknown signature {signature}: use one of {}",
                    SIGNATURES.join(", ")
                )));
            }
            wanted.insert(ip, signature);
        }
        let new = self.proxies.iter().filter(|p| p.signature.is_none() && wanted.contains_key(p.ip.as_str())).count();
        let free = (self.p0f_slots - self.p0f_used()).max(0);
        if new as i64 > free {
            return Err(ApiError::bad_request(format!("Not enough free p0f slots: {new} needed, {free} free")));
        }
        for p in self.proxies.iter_mut() {
            if let Some(sig) = wanted.get(p.ip.as_str()) {
                p.signature = Some(sig.to_string());
            }
        }
        Ok(wanted.len())
    }

    /// Marks IPs "do not prolong" (or clears the mark), all or nothing, and recalculates the
    /// order's `quantity` (IPs kept) and `price_paid` (their price at the cycle and promo).
    pub fn set_del_np(&mut self, items: &[(String, bool)]) -> ApiResult<()> {
        let mut flags: BTreeMap<&str, bool> = BTreeMap::new();
        for (ip, value) in items {
            if !self.proxies.iter().any(|p| p.ip == *ip) {
                return Err(ApiError::bad_request(format!("IP {ip} is not part of this order")));
            }
            flags.insert(ip, *value);
        }
        let kept = self.proxies.iter().filter(|p| !flags.get(p.ip.as_str()).copied().unwrap_or(p.del_np)).count();
        if kept == 0 {
            return Err(ApiError::bad_request("At least one IP must be kept: the order cannot renew without IPs"));
        }
        for p in self.proxies.iter_mut() {
            if let Some(flag) = flags.get(p.ip.as_str()) {
                p.del_np = *flag;
            }
        }
        self.quantity = kept as i64;
        self.price_paid = self.renewal_quote().final_price;
        Ok(())
    }

    /// What the add-ons cost at the next renewal (after a scheduled downgrade).
    pub fn addons_renewal_price(&self) -> i64 {
        self.p0f_next.unwrap_or(self.p0f_slots) * p0f_price(self.product)
    }

    /// Applies a renewal's changes: "do not prolong" IPs go, a scheduled downgrade applies.
    pub fn apply_renewal(&mut self) {
        self.proxies.retain(|p| !p.del_np);
        if let Some(next) = self.p0f_next.take() {
            self.p0f_slots = next;
        }
    }
}

/// Gives a few seeded orders p0f slots and signatures (the rest have none): 1009 ISP with
/// 4 slots, 2 used and a downgrade to 3 scheduled; 1015 ISP with 6 slots, 4 used; 1032
/// Datacenter with 5 slots, 2 used.
pub fn seed(orders: &mut BTreeMap<i64, Order>) {
    for (id, slots, used, next) in [(1009, 4, 2, Some(3)), (1015, 6, 4, None), (1032, 5, 2, None)] {
        let Some(o) = orders.get_mut(&id) else { continue };
        o.p0f_slots = slots;
        o.p0f_next = next;
        o.addons_price_paid = slots * p0f_price(o.product);
        for (k, p) in o.proxies.iter_mut().take(used).enumerate() {
            p.signature = Some(SIGNATURES[(id as usize + k) % SIGNATURES.len()].to_string());
        }
    }
}

/// Quote of a product with add-ons: what `/orders/calculate` and purchase use.
pub fn quote_with_slots(product: usize, unit: i64, quantity: i64, percent: i64, slots: i64) -> pricing::Quote {
    pricing::quote(unit, quantity, percent, slots * p0f_price(product))
}

#[cfg(test)]
mod tests {
    use crate::seed::seed_store;

    #[test]
    fn a_renewal_applies_the_downgrade_and_prices_the_slots() {
        let mut store = seed_store(42, 1_800_000_000);
        let o = store.orders.get_mut(&1009).expect("1009");
        assert_eq!((o.p0f_slots, o.p0f_used(), o.addons_renewal_price()), (4, 2, 3 * 60));
        o.apply_renewal();
        assert_eq!((o.p0f_slots, o.p0f_next, o.proxies.len()), (3, None, 8));
        let dc = &store.orders[&1032];
        assert_eq!(dc.addons_renewal_price(), 5 * 30);
        assert_eq!(store.orders[&1001].addon_lines(), Vec::<serde_json::Value>::new());
    }
}
