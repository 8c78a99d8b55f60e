//! Profile and reference data: `/me`, `/proxies/products`, `/proxies/available-count`.

use axum::extract::State;
use axum::Json;
use serde_json::{json, Value};

use super::St;
use crate::pricing::PRODUCTS;
use crate::state::StockRow;

/// `GET /user/api/me`.
pub async fn me(State(st): St) -> Json<Value> {
    let store = st.lock();
    Json(json!({
        "email": store.email,
        "active_orders": store.active_orders(),
        "wallet_balance": store.wallet,
    }))
}

/// `GET /user/api/proxies/products`.
pub async fn products() -> Json<Value> {
    let products: Vec<Value> = PRODUCTS
        .iter()
        .map(|p| {
            let cycles: Vec<&str> = p.cycles.iter().map(|(c, _)| *c).collect();
            json!({ "name": p.name, "description": p.description, "location": null, "cycles": cycles })
        })
        .collect();
    Json(json!({ "success": true, "products": products }))
}

/// `GET /user/api/proxies/available-count`: a bare array.
pub async fn available_count(State(st): St) -> Json<Vec<StockRow>> {
    Json(st.lock().stock.clone())
}
