//! Add-ons of an order (`p0f_slots`) and the p0f signature of its IPs (docs/API.md §5).
//!
//! The calculation is a read and may be retried; every POST here is sent exactly once.

use super::{
    client::{get, post, Cancel},
    error::ApiError,
};
use crate::models::{AddonCalc, AddonChange, AddonKey, SignatureSet};
use serde_json::json;

/// `GET /user/api/orders/{id}/addons/calculate?addon_key=&add_qty=` (no side effects).
pub async fn calculate(id: i64, add_qty: u32, cancel: Option<Cancel>) -> Result<AddonCalc, ApiError> {
    let query = [("addon_key", AddonKey::P0fSlots.to_string()), ("add_qty", add_qty.to_string())];
    get(&format!("/user/api/orders/{id}/addons/calculate"), &query, cancel).await
}

/// `POST /user/api/orders/{id}/addons/purchase`: charges the wallet. Never retried.
pub async fn purchase(id: i64, add_qty: u32) -> Result<AddonChange, ApiError> {
    post(
        &format!("/user/api/orders/{id}/addons/purchase"),
        &[],
        &json!({ "addon_key": AddonKey::P0fSlots, "add_qty": add_qty }),
    )
    .await
}

/// `POST /user/api/orders/{id}/addons/schedule`: keep `next_qty` slots from the next renewal.
pub async fn schedule_downgrade(id: i64, next_qty: u32) -> Result<AddonChange, ApiError> {
    let body = json!({ "addon_key": AddonKey::P0fSlots, "action": "downgrade", "next_qty": next_qty });
    post(&format!("/user/api/orders/{id}/addons/schedule"), &[], &body).await
}

/// `POST /user/api/orders/{id}/addons/schedule/cancel`.
pub async fn cancel_schedule(id: i64) -> Result<AddonChange, ApiError> {
    post(&format!("/user/api/orders/{id}/addons/schedule/cancel"), &[], &json!({ "addon_key": AddonKey::P0fSlots }))
        .await
}

/// `POST /user/api/orders/{id}/signature/set`: one OS for these IPs, all or nothing.
pub async fn set_signature(id: i64, ips: &[String], signature: &str) -> Result<SignatureSet, ApiError> {
    let items: Vec<_> = ips.iter().map(|ip| json!({ "ip": ip, "signature": signature })).collect();
    post(&format!("/user/api/orders/{id}/signature/set"), &[], &json!({ "items": items })).await
}
