//! Residential traffic (docs/API.md §6): `GET /user/api/proxies/profile` and
//! `POST /user/api/orders/{id}/add-bandwidth`, plus the `proxy_type` parameter shared by the
//! sub-user and targeting routes.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

use super::orders::order_id;
use super::{AppState, St};
use crate::error::{parse_body, parse_query, query_get, ApiError, ApiResult};
use crate::pricing::{self, dollars, MAX_QUANTITY};
use crate::residential::{Plan, GB};

/// The routes of this module.
pub(super) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/user/api/proxies/profile", get(profile))
        .route("/user/api/orders/{id}/add-bandwidth", post(add_bandwidth))
}

/// The required `proxy_type` query parameter: `standart` or `premium`, else 400.
pub(super) fn plan_param(q: &[(String, String)]) -> ApiResult<Plan> {
    let value = query_get(q, "proxy_type")
        .ok_or_else(|| ApiError::bad_request("proxy_type is required: standart or premium"))?;
    Ok(Plan::parse(value)?)
}

/// `GET /user/api/proxies/profile?proxy_type=`: the owner's traffic (bytes) and password.
pub async fn profile(State(st): St, RawQuery(raw): RawQuery) -> ApiResult<Json<Value>> {
    let q = parse_query(raw.as_deref())?;
    let plan = plan_param(&q)?;
    let store = st.lock();
    let p = store.residential.plan(plan)?;
    Ok(Json(json!({
        "success": true,
        "data": p.data,
        "data_remain": p.remain(),
        "data_spent": p.spent,
        "proxy_password": p.password,
    })))
}

/// Body of add-bandwidth.
#[derive(Debug, Deserialize)]
pub struct AddBandwidth {
    /// Whole GB to buy.
    pub amount: i64,
    /// Promo code; empty or null means none.
    #[serde(default)]
    pub promo_code: Option<String>,
}

/// `POST /user/api/orders/{id}/add-bandwidth` with `{amount, promo_code}`: charges the wallet
/// what calculate quotes for the order's product with `quantity = amount`, then adds the GB
/// to the order and to the account's traffic of that plan.
pub async fn add_bandwidth(State(st): St, Path(id): Path<String>, body: Bytes) -> ApiResult<Json<Value>> {
    let body: AddBandwidth = parse_body(&body)?;
    let id = order_id(&id)?;
    let mut guard = st.lock();
    let store = &mut *guard;
    let order = store.orders.get(&id).ok_or_else(ApiError::order_not_found)?;
    let plan = Plan::of_product(order.product)
        .ok_or_else(|| ApiError::bad_request("Traffic can be added to Standart and Premium Residential orders only"))?;
    if !(1..=MAX_QUANTITY).contains(&body.amount) {
        return Err(ApiError::bad_request(format!("Amount must be a whole number of GB from 1 to {MAX_QUANTITY}")));
    }
    let product = order.product();
    let percent = pricing::promo_percent(body.promo_code.as_deref(), &order.cycle)?;
    let quote = pricing::quote(product.unit_price(&order.cycle).unwrap_or(0), body.amount, percent, 0);
    if quote.final_price > store.wallet {
        return Err(ApiError::bad_request(format!(
            "Insufficient balance: the traffic costs {}, the wallet holds {}",
            dollars(quote.final_price),
            dollars(store.wallet)
        )));
    }
    store.wallet -= quote.final_price;
    if let Some(order) = store.orders.get_mut(&id) {
        order.quantity += body.amount;
        order.price_paid += quote.final_price;
    }
    store.residential.credit(plan, body.amount * GB);
    Ok(Json(json!({ "success": true, "message": format!("{} GB added to the order", body.amount) })))
}
