//! The in-memory store: wallet, orders, stock and the request log.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{json, Value};

use crate::clock::rfc3339;
use crate::pricing::{self, Product, Quote, PRODUCTS};
use crate::residential::Residential;

/// One logged `/user/api` request, logged when it arrives. The Authorization header is
/// never stored.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct LoggedRequest {
    /// Arrival number, from 1.
    pub id: u64,
    /// HTTP method, e.g. `GET`.
    pub method: String,
    /// Request path without the query.
    pub path: String,
    /// Raw query string, when present.
    pub query: Option<String>,
    /// Request body (lossy UTF-8, at most 64 KiB), when not empty.
    pub body: Option<String>,
    /// Status code of the answer; 0 while it is being worked on, and for a connection the
    /// sandbox dropped on purpose.
    pub status: u16,
    /// Name of the injected fault that hit this request (`drop`, `rate_limit`, …), if any.
    pub fault: Option<String>,
}

/// Lifecycle status of an order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Paid and running.
    Active,
    /// Unpaid, waiting for a renewal.
    OnHold,
    /// Gone for good.
    Cancelled,
}

impl Status {
    /// The wire name (`active`, `on-hold`, `cancelled`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::OnHold => "on-hold",
            Status::Cancelled => "cancelled",
        }
    }
}

/// One proxy (IP with credentials) of a Datacenter or ISP order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proxy {
    /// IPv4 address.
    pub ip: String,
    /// Proxy user name.
    pub username: String,
    /// Proxy password.
    pub password: String,
    /// HTTP port.
    pub http_port: u16,
    /// SOCKS5 port.
    pub socks_port: u16,
    /// p0f OS signature (`win10`, …), when set; takes one of the order's slots.
    pub signature: Option<String>,
    /// "Do not prolong": the IP goes at the next renewal.
    pub del_np: bool,
}

/// An order of the demo account.
#[derive(Debug, Clone)]
pub struct Order {
    /// Order id.
    pub id: i64,
    /// 0-based index into [`PRODUCTS`].
    pub product: usize,
    /// Current billing cycle name.
    pub cycle: String,
    /// IPs, GB or ports, depending on the product.
    pub quantity: i64,
    /// What was paid at purchase, in cents (add-ons excluded).
    pub price_paid: i64,
    /// Lifecycle status.
    pub status: Status,
    /// Creation time, Unix seconds.
    pub created_at: i64,
    /// Expiry time, Unix seconds; `None` for lifetime products.
    pub expires_at: Option<i64>,
    /// Stored promo code (upper-case), if any.
    pub promo_code: Option<String>,
    /// Auto-renewal flag; `None` for products without renewals.
    pub auto_renewal: Option<bool>,
    /// Customer's tag.
    pub tag: Option<String>,
    /// Country code for DC/ISP/mobile orders.
    pub location: Option<String>,
    /// Add-ons paid (at purchase and through `addons/purchase`), in cents.
    pub addons_price_paid: i64,
    /// p0f slots bought.
    pub p0f_slots: i64,
    /// p0f slots after the next renewal, when a downgrade is scheduled.
    pub p0f_next: Option<i64>,
    /// Proxies of DC/ISP orders.
    pub proxies: Vec<Proxy>,
}

impl Order {
    /// The order's catalogue product.
    pub fn product(&self) -> &'static Product {
        &PRODUCTS[self.product.min(PRODUCTS.len() - 1)]
    }

    /// What a renewal at the current cycle costs (promo applied while still valid).
    pub fn renewal_quote(&self) -> Quote {
        let unit = self.product().unit_price(&self.cycle).unwrap_or(0);
        let pct = pricing::promo_percent(self.promo_code.as_deref(), &self.cycle).unwrap_or(0);
        quote_for(unit, self.quantity, pct)
    }

    /// The `order` object of `GET /user/api/orders/{id}`.
    pub fn detail_json(&self) -> Value {
        json!({
            "order_id": self.id,
            "product_name": self.product().name,
            "cycle_name": self.cycle,
            "quantity": self.quantity,
            "price_paid": self.price_paid,
            "status": self.status.as_str(),
            "created_at": rfc3339(self.created_at),
            "expires_at": self.expires_at.map(rfc3339),
            "promo_code": self.promo_code,
            "auto_renewal": self.auto_renewal,
            "tag": self.tag,
            "location": self.location,
            "addons_price_paid": self.addons_price_paid,
            "addons": self.addon_lines(),
            "p0f_slots_available": self.p0f_slots,
            "p0f_slots_used": self.p0f_used(),
            "p0f_slots_next": self.p0f_next_json(),
        })
    }

    /// One item of `GET /user/api/orders`.
    pub fn list_item_json(&self) -> Value {
        json!({
            "order_id": self.id,
            "product_id": self.product as i64 + 1,
            "product_name": self.product().name,
            "cycle_id": pricing::cycle_id(self.product, &self.cycle),
            "cycle_name": self.cycle,
            "expires_at": self.expires_at.map(rfc3339),
            "auto_renewal": self.auto_renewal,
            "tag": self.tag,
        })
    }

    /// The `data` array of `GET /user/api/proxies/active`.
    pub fn proxies_json(&self) -> Vec<Value> {
        let status = if self.status == Status::Active { "active" } else { "expired" };
        self.proxies
            .iter()
            .map(|p| {
                json!({
                    "ip": p.ip, "username": p.username, "password": p.password,
                    "http_port": p.http_port, "socks_port": p.socks_port,
                    "until": self.expires_at.map(rfc3339), "status": status, "signature": p.signature,
                })
            })
            .collect()
    }
}

/// Prices units with a discount and no add-ons (unmetered orders count as one unit).
fn quote_for(unit: i64, quantity: i64, pct: i64) -> Quote {
    pricing::quote(unit, quantity.max(1), pct, 0)
}

/// One row of `/proxies/available-count`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct StockRow {
    /// Country code.
    pub country: String,
    /// Product code (`dc`, `isp`, `mobile`).
    pub product: String,
    /// IPs or ports left.
    pub amount: i64,
}

/// Everything the sandbox remembers.
#[derive(Debug, Clone)]
pub struct Store {
    /// Account e-mail.
    pub email: String,
    /// Wallet balance in cents.
    pub wallet: i64,
    /// Orders by id.
    pub orders: BTreeMap<i64, Order>,
    /// Stock per country and product code, in listing order.
    pub stock: Vec<StockRow>,
    /// Id of the next purchased order.
    pub next_id: i64,
    /// Seed for generated data.
    pub seed: u64,
    /// Log of `/user/api` requests.
    pub log: Vec<LoggedRequest>,
    /// Residential traffic, passwords and sub-users (docs/API.md §6).
    pub residential: Residential,
}

impl Store {
    /// Stock of `product_code` in `country`, if the pair is listed.
    pub fn stock_of(&self, product_code: &str, country: &str) -> Option<i64> {
        self.stock.iter().find(|r| r.product == product_code && r.country == country).map(|r| r.amount)
    }

    /// Total stock of a product code over all countries.
    pub fn stock_total(&self, product_code: &str) -> i64 {
        self.stock.iter().filter(|r| r.product == product_code).map(|r| r.amount).sum()
    }

    /// Takes `quantity` from stock: from `country` when given, else greedily in listing order.
    pub fn take_stock(&mut self, product_code: &str, country: Option<&str>, mut quantity: i64) {
        for row in self.stock.iter_mut().filter(|r| r.product == product_code) {
            if quantity <= 0 {
                break;
            }
            if country.is_some_and(|c| c != row.country) {
                continue;
            }
            let take = quantity.min(row.amount);
            row.amount -= take;
            quantity -= take;
        }
    }

    /// Number of active orders.
    pub fn active_orders(&self) -> usize {
        self.orders.values().filter(|o| o.status == Status::Active).count()
    }
}
