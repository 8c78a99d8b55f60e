//! The account's wire types: the profile (`/me`), the product catalogue and stock
//! (docs/API.md section 3).

use super::{wire_object, ProxyProduct};

wire_object! {
    /// `GET /user/api/me`.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Profile {
        pub email: String = required,
        pub active_orders: i64 = required,
        /// Cents.
        pub wallet_balance: i64 = required,
    }
}

wire_object! {
    /// One entry of `GET /user/api/proxies/products`.
    #[derive(Clone, Debug, PartialEq)]
    pub struct Product {
        pub name: ProxyProduct = required,
        pub description: Option<String>,
        pub location: Option<String>,
        pub cycles: Vec<String>,
    }
}

wire_object! {
    /// `GET /user/api/proxies/products` envelope.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ProductList {
        pub products: Vec<Product>,
    }
}

wire_object! {
    /// One entry of `GET /user/api/proxies/available-count`.
    #[derive(Clone, Debug, PartialEq)]
    pub struct StockEntry {
        pub country: String = required,
        pub product: String = required,
        pub amount: i64 = required,
    }
}
