//! `GET /user/api/proxies/active?order_id=N`: the proxies of a Datacenter or ISP order.

use axum::extract::{RawQuery, State};
use axum::Json;
use serde_json::{json, Value};

use super::St;
use crate::error::{parse_query, query_get, ApiError, ApiResult};

/// `GET /user/api/proxies/active`.
pub async fn active(State(st): St, RawQuery(raw): RawQuery) -> ApiResult<Json<Value>> {
    let q = parse_query(raw.as_deref())?;
    let id = query_get(&q, "order_id").ok_or_else(|| ApiError::bad_request("order_id is required"))?;
    let id: i64 = id.trim().parse().map_err(|_| ApiError::bad_request("order_id must be a whole number"))?;
    let store = st.lock();
    let order = store.orders.get(&id).ok_or_else(ApiError::order_not_found)?;
    if !order.product().is_dc_isp() {
        return Err(ApiError::forbidden("Proxies list is available for Datacenter and ISP orders only"));
    }
    Ok(Json(json!({ "success": true, "data": order.proxies_json(), "order_tag": order.tag })))
}
