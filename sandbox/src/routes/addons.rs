//! Add-ons of Datacenter/ISP orders (docs/API.md §5): `addons/calculate`, `addons/purchase`,
//! `addons/schedule` and `addons/schedule/cancel`. Only active DC/ISP orders; the only
//! `addon_key` is `p0f_slots` (30 cents a slot per cycle on Datacenter, 60 on ISP).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

use super::orders::order_id;
use super::{AppState, St};
use crate::addons::{check_key, p0f_price, P0F_CATALOG_ID, P0F_KEY};
use crate::error::{parse_body, parse_query, query_get, ApiError, ApiResult};
use crate::pricing::{dollars, MAX_QUANTITY};
use crate::state::{Order, Status, Store};

/// The routes of this module.
pub(super) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/user/api/orders/{id}/addons/calculate", get(calculate))
        .route("/user/api/orders/{id}/addons/purchase", post(purchase))
        .route("/user/api/orders/{id}/addons/schedule", post(schedule))
        .route("/user/api/orders/{id}/addons/schedule/cancel", post(cancel))
}

/// An active DC/ISP order for an add-on change: 404 unknown, 400 otherwise.
fn addon_order<'a>(store: &'a mut Store, raw_id: &str) -> ApiResult<&'a mut Order> {
    let id = order_id(raw_id)?;
    let order = store.orders.get_mut(&id).ok_or_else(ApiError::order_not_found)?;
    if !order.product().is_dc_isp() {
        return Err(ApiError::bad_request("Add-ons are available for Datacenter and ISP orders only"));
    }
    if order.status != Status::Active {
        return Err(ApiError::bad_request(format!(
            "Add-ons can be changed on active orders only; this order is {}",
            order.status.as_str()
        )));
    }
    Ok(order)
}

/// Checks `add_qty` (1 or more, slots never more than the order's IPs); returns the total.
fn priced(order: &Order, add_qty: i64) -> ApiResult<i64> {
    if !(1..=MAX_QUANTITY).contains(&add_qty) {
        return Err(ApiError::bad_request("add_qty must be a whole number, 1 or more"));
    }
    let ips = order.proxies.len() as i64;
    if order.p0f_slots + add_qty > ips {
        return Err(ApiError::bad_request(format!(
            "p0f slots cannot exceed the order's {ips} IPs ({} bought already)",
            order.p0f_slots
        )));
    }
    Ok(add_qty * p0f_price(order.product))
}

/// `GET /user/api/orders/{id}/addons/calculate?addon_key=&add_qty=`.
pub async fn calculate(State(st): St, Path(id): Path<String>, RawQuery(raw): RawQuery) -> ApiResult<Json<Value>> {
    let q = parse_query(raw.as_deref())?;
    let key = query_get(&q, "addon_key").ok_or_else(|| ApiError::bad_request("addon_key is required"))?;
    check_key(key)?;
    let add_qty = query_get(&q, "add_qty")
        .ok_or_else(|| ApiError::bad_request("add_qty is required"))?
        .trim()
        .parse::<i64>()
        .map_err(|_| ApiError::bad_request("add_qty must be a whole number, 1 or more"))?;
    let mut store = st.lock();
    let order = addon_order(&mut store, &id)?;
    let total = priced(order, add_qty)?;
    Ok(Json(json!({
        "success": true,
        "addon_key": P0F_KEY,
        "catalog_id": P0F_CATALOG_ID,
        "price_per_unit": p0f_price(order.product),
        "current_qty": order.p0f_slots,
        "add_qty": add_qty,
        "new_qty": order.p0f_slots + add_qty,
        "add_total": total,
    })))
}

/// Body of add-on purchase.
#[derive(Debug, Deserialize)]
pub struct PurchaseBody {
    /// `p0f_slots`.
    pub addon_key: String,
    /// Units to add, 1 or more.
    pub add_qty: i64,
}

/// `POST /user/api/orders/{id}/addons/purchase` with `{addon_key, add_qty}`: charges the wallet.
pub async fn purchase(State(st): St, Path(id): Path<String>, body: Bytes) -> ApiResult<Json<Value>> {
    let body: PurchaseBody = parse_body(&body)?;
    check_key(&body.addon_key)?;
    let mut guard = st.lock();
    let store = &mut *guard;
    let wallet = store.wallet;
    let order = addon_order(store, &id)?;
    let total = priced(order, body.add_qty)?;
    if total > wallet {
        return Err(ApiError::bad_request(format!(
            "Insufficient balance: the add-on costs {}, the wallet holds {}",
            dollars(total),
            dollars(wallet)
        )));
    }
    order.p0f_slots += body.add_qty;
    order.addons_price_paid += total;
    let answer = json!({
        "success": true,
        "message": "Add-on purchased",
        "addons_price_paid": order.addons_price_paid,
        "addons": order.addon_lines(),
    });
    store.wallet -= total;
    Ok(Json(answer))
}

/// Body of schedule.
#[derive(Debug, Deserialize)]
pub struct ScheduleBody {
    /// `p0f_slots`.
    pub addon_key: String,
    /// Only `downgrade`.
    pub action: String,
    /// Units kept from the next renewal.
    pub next_qty: i64,
}

/// `POST /user/api/orders/{id}/addons/schedule` with `{addon_key, action: "downgrade", next_qty}`.
pub async fn schedule(State(st): St, Path(id): Path<String>, body: Bytes) -> ApiResult<Json<Value>> {
    let body: ScheduleBody = parse_body(&body)?;
    check_key(&body.addon_key)?;
    if body.action != "downgrade" {
        return Err(ApiError::bad_request(format!("Unknown action {}: use downgrade", body.action)));
    }
    let mut store = st.lock();
    let order = addon_order(&mut store, &id)?;
    if order.p0f_slots <= 0 {
        return Err(ApiError::bad_request("This order has no p0f_slots add-on"));
    }
    let used = order.p0f_used();
    if body.next_qty < used {
        return Err(ApiError::bad_request(format!("next_qty {} is below the {used} slots in use", body.next_qty)));
    }
    if body.next_qty >= order.p0f_slots {
        return Err(ApiError::bad_request(format!("A downgrade must go below the current {} slots", order.p0f_slots)));
    }
    order.p0f_next = Some(body.next_qty);
    Ok(Json(json!({ "success": true, "message": "Downgrade scheduled", "addons": order.addon_lines() })))
}

/// Body of schedule/cancel.
#[derive(Debug, Deserialize)]
pub struct CancelBody {
    /// `p0f_slots`.
    pub addon_key: String,
}

/// `POST /user/api/orders/{id}/addons/schedule/cancel` with `{addon_key}`: `pending` null again
/// (also when nothing was scheduled).
pub async fn cancel(State(st): St, Path(id): Path<String>, body: Bytes) -> ApiResult<Json<Value>> {
    let body: CancelBody = parse_body(&body)?;
    check_key(&body.addon_key)?;
    let mut store = st.lock();
    let order = addon_order(&mut store, &id)?;
    order.p0f_next = None;
    Ok(Json(json!({ "success": true, "message": "Scheduled change cancelled", "addons": order.addon_lines() })))
}
