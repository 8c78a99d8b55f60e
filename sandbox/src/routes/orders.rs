//! Reading orders: `GET /user/api/orders` (paged list) and `GET /user/api/orders/{id}`.

use axum::extract::{Path, RawQuery, State};
use axum::Json;
use serde_json::{json, Value};

use super::St;
use crate::error::{parse_query, query_get, ApiError, ApiResult};

/// Default and largest page sizes.
const DEFAULT_LIMIT: i64 = 20;
const MAX_LIMIT: i64 = 100;
const STATUSES: &str = "active, on-hold, cancelled, all";

/// Parses an order id from the path; anything non-numeric is an unknown order.
pub(super) fn order_id(raw: &str) -> ApiResult<i64> {
    raw.trim().parse::<i64>().map_err(|_| ApiError::order_not_found())
}

/// Parses a whole-number query value within `min..=max`.
fn number(value: Option<&str>, default: i64, min: i64, max: i64, msg: &str) -> ApiResult<i64> {
    match value {
        None => Ok(default),
        Some(v) => match v.trim().parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(ApiError::bad_request(msg)),
        },
    }
}

/// `GET /user/api/orders?status=&offset=&limit=`.
pub async fn list(State(st): St, RawQuery(raw): RawQuery) -> ApiResult<Json<Value>> {
    let q = parse_query(raw.as_deref())?;
    let status = match query_get(&q, "status") {
        None => return Err(ApiError::bad_request(format!("status is required: one of {STATUSES}"))),
        Some(s @ ("active" | "on-hold" | "cancelled" | "all")) => s,
        Some(other) => return Err(ApiError::bad_request(format!("Unknown status {other}: use one of {STATUSES}"))),
    };
    let offset = number(query_get(&q, "offset"), 0, 0, i64::MAX, "offset must be a whole number, 0 or more")?;
    let limit =
        number(query_get(&q, "limit"), DEFAULT_LIMIT, 1, MAX_LIMIT, "limit must be a whole number from 1 to 100")?;
    let store = st.lock();
    let matching: Vec<&crate::state::Order> =
        store.orders.values().rev().filter(|o| status == "all" || o.status.as_str() == status).collect();
    let total = matching.len() as i64;
    let items: Vec<Value> = matching
        .iter()
        .skip(usize::try_from(offset).unwrap_or(usize::MAX))
        .take(limit as usize)
        .map(|o| o.list_item_json())
        .collect();
    let page = |o: i64| format!("/user/api/orders?status={status}&offset={o}&limit={limit}");
    let prev = (offset > 0).then(|| page((offset - limit).max(0)));
    let next = (offset.saturating_add(limit) < total).then(|| page(offset + limit));
    Ok(Json(json!({ "success": true, "orders": items, "count": total, "prev": prev, "next": next })))
}

/// `GET /user/api/orders/{id}`.
pub async fn detail(State(st): St, Path(id): Path<String>) -> ApiResult<Json<Value>> {
    let id = order_id(&id)?;
    let store = st.lock();
    let order = store.orders.get(&id).ok_or_else(ApiError::order_not_found)?;
    Ok(Json(json!({ "success": true, "order": order.detail_json() })))
}
