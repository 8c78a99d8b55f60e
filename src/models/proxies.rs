//! The proxies (credentials) of an order as `GET /user/api/proxies/active` sends them.

use super::wire_object;
use serde::Serialize;

wire_object! {
    /// One proxy of `GET /user/api/proxies/active`.
    #[derive(Clone, Debug, PartialEq, Serialize)]
    pub struct Proxy {
        pub ip: String = required,
        pub username: String,
        pub password: String,
        pub http_port: Option<u32>,
        pub socks_port: Option<u32>,
        pub until: Option<String>,
        pub status: Option<String>,
        pub signature: Option<String>,
    }
}

wire_object! {
    /// `GET /user/api/proxies/active` envelope.
    #[derive(Clone, Debug, PartialEq)]
    pub struct ProxyList {
        pub data: Vec<Proxy>,
        pub order_tag: Option<String>,
    }
}
