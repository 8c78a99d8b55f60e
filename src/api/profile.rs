//! Profile and reference data: `/me`, the product catalogue, stock.

use super::{
    client::{get, Cancel},
    error::ApiError,
};
use crate::models::{Product, ProductList, Profile, StockEntry};

/// `GET /user/api/me` — also the cheap check that a key works.
pub async fn me(cancel: Option<Cancel>) -> Result<Profile, ApiError> {
    get("/user/api/me", &[], cancel).await
}

/// `GET /user/api/proxies/products`.
pub async fn products(cancel: Option<Cancel>) -> Result<Vec<Product>, ApiError> {
    get::<ProductList>("/user/api/proxies/products", &[], cancel).await.map(|l| l.products)
}

/// `GET /user/api/proxies/available-count`.
pub async fn stock(cancel: Option<Cancel>) -> Result<Vec<StockEntry>, ApiError> {
    get("/user/api/proxies/available-count", &[], cancel).await
}

/// Checks a key before it is stored: `GET /user/api/me` with that key.
pub async fn check_key(key: &str) -> Result<Profile, ApiError> {
    super::client::get_with_key("/user/api/me", key).await
}
