//! The proxies (credentials) of a Datacenter or ISP order.

use super::{
    client::{get, Cancel},
    error::ApiError,
};
use crate::models::ProxyList;

/// `GET /user/api/proxies/active?order_id=N`.
pub async fn active(order_id: i64, cancel: Option<Cancel>) -> Result<ProxyList, ApiError> {
    get("/user/api/proxies/active", &[("order_id", order_id.to_string())], cancel).await
}
