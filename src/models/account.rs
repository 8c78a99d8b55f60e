//! The account's wire types: the profile (`/me`), the product catalogue and stock
//! (docs/API.md section 3).

use super::ProxyProduct;
use serde::Deserialize;

/// `GET /user/api/me`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Profile {
    pub email: String,
    pub active_orders: i64,
    /// Cents.
    pub wallet_balance: i64,
}

/// One entry of `GET /user/api/proxies/products`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Product {
    pub name: ProxyProduct,
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub location: Option<String>,
    #[serde(default)]
    pub cycles: Vec<String>,
}

/// `GET /user/api/proxies/products` envelope.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ProductList {
    #[serde(default)]
    pub products: Vec<Product>,
}

/// One entry of `GET /user/api/proxies/available-count`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct StockEntry {
    pub country: String,
    pub product: String,
    pub amount: i64,
}
