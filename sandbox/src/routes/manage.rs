//! Changing orders: renew, tag, change billing cycle, edit auto-renewal.

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::orders::order_id;
use super::St;
use crate::clock;
use crate::error::{parse_body, parse_query, query_get, ApiError, ApiResult};
use crate::pricing::{self, dollars};
use crate::state::{Order, Status, Store};

/// Longest tag accepted, in characters.
const MAX_TAG: usize = 100;

/// Finds an order for changing, or 404.
fn find<'a>(store: &'a mut Store, raw_id: &str) -> ApiResult<&'a mut Order> {
    let id = order_id(raw_id)?;
    store.orders.get_mut(&id).ok_or_else(ApiError::order_not_found)
}

/// 403 for operations on cancelled orders.
fn not_cancelled(order: &Order) -> ApiResult<()> {
    if order.status == Status::Cancelled {
        return Err(ApiError::forbidden("Operation not allowed for this order"));
    }
    Ok(())
}

/// `POST /user/api/orders/{id}/renew` (body `{}`).
pub async fn renew(State(st): St, Path(id): Path<String>, body: Bytes) -> ApiResult<Json<Value>> {
    let _: Value = parse_body(&body)?;
    let mut guard = st.lock();
    let store = &mut *guard;
    let wallet = store.wallet;
    let order = find(store, &id)?;
    match order.status {
        Status::OnHold => {}
        Status::Cancelled => return Err(ApiError::bad_request("Cancelled orders cannot be renewed")),
        Status::Active => {
            return Err(ApiError::bad_request("Only on-hold orders can be renewed; this order is active"))
        }
    }
    let cost = order.renewal_quote().final_price + order.addons_renewal_price();
    if cost > wallet {
        return Err(ApiError::bad_request(format!(
            "Insufficient balance: the renewal costs {}, the wallet holds {}",
            dollars(cost),
            dollars(wallet)
        )));
    }
    order.apply_renewal();
    order.status = Status::Active;
    order.expires_at = pricing::cycle_seconds(&order.cycle).map(|s| clock::now() + s);
    store.wallet -= cost;
    Ok(Json(json!({ "success": true, "message": "Order renewed successfully" })))
}

/// `POST /user/api/orders/{id}/tag` with `{tag: string}`; blank clears the tag.
pub async fn tag(State(st): St, Path(id): Path<String>, body: Bytes) -> ApiResult<Json<Value>> {
    let body: Value = parse_body(&body)?;
    let tag = match body.get("tag") {
        None => return Err(ApiError::bad_request("tag is required")),
        Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(_) => return Err(ApiError::bad_request("tag must be a string")),
    };
    if tag.as_ref().is_some_and(|t| t.chars().count() > MAX_TAG) {
        return Err(ApiError::bad_request(format!("Tag must be at most {MAX_TAG} characters")));
    }
    let mut store = st.lock();
    find(&mut store, &id)?.tag = tag;
    Ok(Json(json!({ "success": true, "message": "Order tag updated" })))
}

/// Body of change-billing-cycle.
#[derive(Debug, Deserialize)]
pub struct CycleBody {
    /// The new cycle name.
    pub cycle: String,
}

/// `POST /user/api/orders/change-billing-cycle/{order_id}` with `{cycle}`.
pub async fn change_billing_cycle(State(st): St, Path(id): Path<String>, body: Bytes) -> ApiResult<Json<Value>> {
    let body: CycleBody = parse_body(&body)?;
    let mut store = st.lock();
    let order = find(&mut store, &id)?;
    let product = order.product();
    if !product.is_dc_isp() {
        return Err(ApiError::bad_request("This product does not support billing cycle changes"));
    }
    not_cancelled(order)?;
    let cycle = body.cycle.trim();
    if product.unit_price(cycle).is_none() {
        return Err(ApiError::bad_request(format!("Cycle {cycle} is not available for {}", product.name)));
    }
    if pricing::promo_percent(order.promo_code.as_deref(), cycle).is_err() {
        order.promo_code = None;
    }
    order.cycle = cycle.to_string();
    let q = order.renewal_quote();
    Ok(Json(json!({
        "success": true,
        "message": "Billing cycle changed",
        "order_id": order.id,
        "original_price": q.original_price,
        "final_price": q.final_price,
        "discount_percent": q.discount_percent,
    })))
}

/// `POST /user/api/orders/edit-auto-renewal/{order_id}?auto_renewal=true|false` (body `{}`).
pub async fn edit_auto_renewal(
    State(st): St,
    Path(id): Path<String>,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let _: Value = parse_body(&body)?;
    let q = parse_query(raw.as_deref())?;
    let mut store = st.lock();
    let order = find(&mut store, &id)?;
    if !order.product().is_dc_isp() {
        return Err(ApiError::bad_request("Product not valid for this operation"));
    }
    let flag = match query_get(&q, "auto_renewal").map(str::trim) {
        Some("true") => true,
        Some("false") => false,
        _ => return Err(ApiError::bad_request("auto_renewal must be true or false")),
    };
    not_cancelled(order)?;
    order.auto_renewal = Some(flag);
    let message = if flag { "Auto-renewal enabled" } else { "Auto-renewal disabled" };
    Ok(Json(json!({ "success": true, "message": message })))
}
