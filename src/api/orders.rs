//! Orders: list, detail, price preview, purchase and the order actions.
//!
//! Reads take a [`Cancel`] and may be retried; every POST here is sent exactly once.

use super::{
    client::{get, post, Cancel},
    error::ApiError,
};
use crate::logic::{
    purchase::PurchaseRequest,
    query::{OrdersQuery, PAGE_SIZES},
};
use crate::models::{
    Ack, CycleChange, OrderDetail, OrderEnvelope, OrderPage, OrderStatus, OrderSummary, ProxyProduct, PurchaseResult,
    Quote,
};
use serde_json::json;

/// The path of the orders list.
const LIST: &str = "/user/api/orders";

/// `GET /user/api/orders?status&offset&limit`.
pub async fn list(query: OrdersQuery, cancel: Option<Cancel>) -> Result<OrderPage, ApiError> {
    get(LIST, &query.api_query(), cancel).await
}

/// Sends [`list`] for `query` ahead of the page that will ask for it (`super::prefetch`).
pub fn list_ahead(query: &OrdersQuery) {
    super::client::send_ahead(LIST, query.api_query());
}

/// The active orders of one product, newest first as the list gives them (the first page of
/// the largest size: a hundred active orders of one residential plan is beyond any account
/// we know of).
pub async fn active_of(product: ProxyProduct, cancel: Option<Cancel>) -> Result<Vec<OrderSummary>, ApiError> {
    let limit = PAGE_SIZES[PAGE_SIZES.len() - 1];
    let query = OrdersQuery { status: OrderStatus::Active, offset: 0, limit, tag: None };
    Ok(list(query, cancel).await?.orders.into_iter().filter(|o| o.product_name == product).collect())
}

/// `GET /user/api/orders/{id}`.
pub async fn detail(id: i64, cancel: Option<Cancel>) -> Result<OrderDetail, ApiError> {
    get::<OrderEnvelope>(&format!("/user/api/orders/{id}"), &[], cancel).await.map(|e| e.order)
}

/// `GET /user/api/orders/calculate` for a purchase request (no side effects).
pub async fn calculate(request: &PurchaseRequest, cancel: Option<Cancel>) -> Result<Quote, ApiError> {
    get("/user/api/orders/calculate", &request.calculate_query(), cancel).await
}

/// `POST /user/api/orders/purchase`: pays from the wallet. Never retried.
pub async fn purchase(request: &PurchaseRequest) -> Result<PurchaseResult, ApiError> {
    post("/user/api/orders/purchase", &[], &request.purchase_body()).await
}

/// `POST /user/api/orders/{id}/renew` (on-hold orders; charges the wallet). Never retried.
pub async fn renew(id: i64) -> Result<Ack, ApiError> {
    post(&format!("/user/api/orders/{id}/renew"), &[], &json!({})).await
}

/// `POST /user/api/orders/{id}/tag`.
pub async fn set_tag(id: i64, tag: &str) -> Result<Ack, ApiError> {
    post(&format!("/user/api/orders/{id}/tag"), &[], &json!({ "tag": tag })).await
}

/// `POST /user/api/orders/change-billing-cycle/{id}` (Datacenter and ISP). Never retried.
pub async fn change_cycle(id: i64, cycle: String) -> Result<CycleChange, ApiError> {
    post(&format!("/user/api/orders/change-billing-cycle/{id}"), &[], &json!({ "cycle": cycle })).await
}

/// `POST /user/api/orders/edit-auto-renewal/{id}?auto_renewal=…` (Datacenter and ISP).
pub async fn set_auto_renewal(id: i64, on: bool) -> Result<Ack, ApiError> {
    post(&format!("/user/api/orders/edit-auto-renewal/{id}"), &[("auto_renewal", on.to_string())], &json!({})).await
}

/// `POST /user/api/orders/{id}/add-bandwidth` (Standart and Premium residential): buys
/// `amount` GB at calculate's price. Never retried.
pub async fn add_bandwidth(id: i64, amount: u32, promo_code: Option<&str>) -> Result<Ack, ApiError> {
    post(&format!("/user/api/orders/{id}/add-bandwidth"), &[], &json!({ "amount": amount, "promo_code": promo_code }))
        .await
}
