//! The proxies (credentials) of a Datacenter or ISP order, and which of them are renewed.

use super::{
    client::{get, post, Cancel},
    error::ApiError,
};
use crate::models::{Ack, ProxyList};
use serde_json::json;

/// `GET /user/api/proxies/active?order_id=N`.
pub async fn active(order_id: i64, cancel: Option<Cancel>) -> Result<ProxyList, ApiError> {
    get("/user/api/proxies/active", &[("order_id", order_id.to_string())], cancel).await
}

/// `POST /user/api/orders/{id}/del-np/set`: marks `ips` "do not prolong" (`true`) at the next
/// renewal, or renewed again (`false`). The server recalculates the order's `quantity` and
/// `price_paid`. Sent once, never retried.
pub async fn set_do_not_prolong(order_id: i64, ips: &[String], value: bool) -> Result<Ack, ApiError> {
    let items: Vec<_> = ips.iter().map(|ip| json!({ "ip": ip, "value": value })).collect();
    post(&format!("/user/api/orders/{order_id}/del-np/set"), &[], &json!({ "items": items })).await
}
