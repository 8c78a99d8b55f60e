//! Per-IP settings of Datacenter/ISP orders (docs/API.md §5): `POST .../signature/set` (p0f OS
//! signatures, one slot per IP) and `POST .../del-np/set` ("do not prolong"). Both are all
//! or nothing: one bad item and nothing changes.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::routing::post;
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

use super::orders::order_id;
use super::{AppState, St};
use crate::error::{parse_body, ApiError, ApiResult};
use crate::state::{Order, Status, Store};

/// The routes of this module.
pub(super) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/user/api/orders/{id}/signature/set", post(signature_set))
        .route("/user/api/orders/{id}/del-np/set", post(del_np_set))
}

/// A DC/ISP order that is not cancelled: 404 unknown, 400 other products, 403 cancelled.
fn ip_order<'a>(store: &'a mut Store, raw_id: &str) -> ApiResult<&'a mut Order> {
    let id = order_id(raw_id)?;
    let order = store.orders.get_mut(&id).ok_or_else(ApiError::order_not_found)?;
    if !order.product().is_dc_isp() {
        return Err(ApiError::bad_request("Product not valid for this operation"));
    }
    if order.status == Status::Cancelled {
        return Err(ApiError::forbidden("Operation not allowed for this order"));
    }
    Ok(order)
}

/// One item of signature/set.
#[derive(Debug, Deserialize)]
pub struct SignatureItem {
    /// An IP of the order.
    pub ip: String,
    /// One of `ios`, `macos`, `android`, `linux`, `win10`, `win11`.
    pub signature: String,
}

/// Body of signature/set.
#[derive(Debug, Deserialize)]
pub struct SignatureBody {
    /// IPs and their signatures (an IP named twice: the last wins).
    pub items: Vec<SignatureItem>,
}

/// `POST /user/api/orders/{id}/signature/set` with `{items: [{ip, signature}]}`.
pub async fn signature_set(State(st): St, Path(id): Path<String>, body: Bytes) -> ApiResult<Json<Value>> {
    let body: SignatureBody = parse_body(&body)?;
    let mut store = st.lock();
    let order = ip_order(&mut store, &id)?;
    if body.items.is_empty() {
        return Err(ApiError::bad_request("items must name at least one IP"));
    }
    let items: Vec<(String, String)> = body.items.into_iter().map(|i| (i.ip.trim().to_string(), i.signature)).collect();
    let updated = order.set_signatures(&items)?;
    Ok(Json(json!({ "success": true, "message": "Signatures updated", "updated": updated })))
}

/// One item of del-np/set.
#[derive(Debug, Deserialize)]
pub struct DelNpItem {
    /// An IP of the order.
    pub ip: String,
    /// `true`: do not prolong at the next renewal.
    pub value: bool,
}

/// Body of del-np/set.
#[derive(Debug, Deserialize)]
pub struct DelNpBody {
    /// IPs and their flags.
    pub items: Vec<DelNpItem>,
}

/// `POST /user/api/orders/{id}/del-np/set` with `{items: [{ip, value}]}`: recalculates
/// the order's `quantity` and `price_paid`; keeping no IP at all → 400.
pub async fn del_np_set(State(st): St, Path(id): Path<String>, body: Bytes) -> ApiResult<Json<Value>> {
    let body: DelNpBody = parse_body(&body)?;
    let mut store = st.lock();
    let order = ip_order(&mut store, &id)?;
    if body.items.is_empty() {
        return Err(ApiError::bad_request("items must name at least one IP"));
    }
    let items: Vec<(String, bool)> = body.items.into_iter().map(|i| (i.ip.trim().to_string(), i.value)).collect();
    order.set_del_np(&items)?;
    Ok(Json(json!({ "success": true, "message": "Renewal settings updated" })))
}
