//! The proxies (credentials) of an order as `GET /user/api/proxies/active` sends them.

use serde::{Deserialize, Serialize};

/// One proxy of `GET /user/api/proxies/active`.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
pub struct Proxy {
    pub ip: String,
    #[serde(default)]
    pub username: String,
    #[serde(default)]
    pub password: String,
    #[serde(default)]
    pub http_port: Option<u32>,
    #[serde(default)]
    pub socks_port: Option<u32>,
    #[serde(default)]
    pub until: Option<String>,
    #[serde(default)]
    pub status: Option<String>,
    #[serde(default)]
    pub signature: Option<String>,
}

/// `GET /user/api/proxies/active` envelope.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct ProxyList {
    #[serde(default)]
    pub data: Vec<Proxy>,
    #[serde(default)]
    pub order_tag: Option<String>,
}
