//! Buying: `GET /user/api/orders/calculate` and `POST /user/api/orders/purchase`.
//!
//! Both run the same validation ([`validate`]); only purchase checks the balance and
//! changes anything.

use axum::body::Bytes;
use axum::extract::{RawQuery, State};
use axum::Json;
use serde::Deserialize;
use serde_json::{json, Value};

use super::St;
use crate::clock;
use crate::error::{parse_body, parse_query, query_get, ApiError, ApiResult};
use crate::pricing::{self, dollars, Quote, Shape, MAX_QUANTITY};
use crate::seed::gen_proxies;
use crate::state::{Order, Status, Store};

/// One add-on line of a purchase (`addons`) or calculation (`addons_json`).
#[derive(Debug, Clone, Deserialize)]
pub struct AddonRequest {
    /// Add-on key; only `p0f_slots` exists.
    pub addon_key: String,
    /// Units, at least 1.
    pub qty: i64,
}

/// The union of the five purchase body shapes (docs/API.md §4).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct OrderRequest {
    /// Product name; chooses the shape.
    pub product: String,
    /// Country code (DC/ISP required, generic optional).
    #[serde(default)]
    pub location: Option<String>,
    /// Cycle name (ignored for Standart/Premium residential).
    #[serde(default)]
    pub cycle: Option<String>,
    /// Units (ignored for Unmetered); default 1.
    #[serde(default)]
    pub quantity: Option<i64>,
    /// Promo code; empty or null means none.
    #[serde(default)]
    pub promo_code: Option<String>,
    /// Auto-renewal; default false.
    #[serde(default)]
    pub auto_renewal: Option<bool>,
    /// Add-ons (1.1.0).
    #[serde(default)]
    pub addons: Option<Vec<AddonRequest>>,
}

/// A validated, priced order request.
#[derive(Debug, Clone)]
pub struct Validated {
    product: usize,
    cycle: String,
    location: Option<String>,
    quantity: i64,
    promo: Option<String>,
    auto_renewal: Option<bool>,
    p0f_slots: i64,
    stock_code: Option<&'static str>,
    /// The price breakdown.
    pub quote: Quote,
}

/// Validates `req` against the catalogue and the stock; no balance check.
pub fn validate(req: &OrderRequest, store: &Store) -> ApiResult<Validated> {
    let name = req.product.trim();
    if name.is_empty() {
        return Err(ApiError::bad_request("Product is required"));
    }
    let (idx, product) =
        pricing::product_by_name(name).ok_or_else(|| ApiError::bad_request(format!("Unknown product: {name}")))?;
    let cycle = match product.shape {
        Shape::Residential => "lifetime".to_string(),
        _ => {
            let c = req.cycle.as_deref().map(str::trim).filter(|c| !c.is_empty());
            let c = c.ok_or_else(|| ApiError::bad_request(format!("Cycle is required for {name}")))?;
            if product.unit_price(c).is_none() {
                return Err(ApiError::bad_request(format!("Cycle {c} is not available for {name}")));
            }
            c.to_string()
        }
    };
    let quantity = match product.shape {
        Shape::Unmetered => 1,
        _ => req.quantity.unwrap_or(1),
    };
    if quantity < 1 {
        return Err(ApiError::bad_request("Quantity must be at least 1"));
    }
    if quantity > MAX_QUANTITY {
        return Err(ApiError::bad_request(format!("Quantity must be at most {MAX_QUANTITY}")));
    }
    let location = match product.shape {
        Shape::DcIsp | Shape::Generic => {
            req.location.as_deref().map(str::trim).filter(|l| !l.is_empty()).map(str::to_ascii_uppercase)
        }
        _ => None,
    };
    if product.shape == Shape::DcIsp && location.is_none() {
        return Err(ApiError::bad_request(format!("Location is required for {name}")));
    }
    if let Some(code) = product.stock_code {
        match &location {
            Some(loc) => {
                let available = store
                    .stock_of(code, loc)
                    .ok_or_else(|| ApiError::bad_request(format!("Location {loc} is not available for {name}")))?;
                if quantity > available {
                    return Err(ApiError::bad_request(format!("Not enough stock: {available} available in {loc}")));
                }
            }
            None => {
                let available = store.stock_total(code);
                if quantity > available {
                    return Err(ApiError::bad_request(format!("Not enough stock: {available} available")));
                }
            }
        }
    }
    let percent = pricing::promo_percent(req.promo_code.as_deref(), &cycle)?;
    let mut p0f_slots = 0i64;
    for addon in req.addons.iter().flatten() {
        if addon.addon_key != "p0f_slots" {
            return Err(ApiError::bad_request(format!("Unknown addon: {}", addon.addon_key)));
        }
        if !(1..=MAX_QUANTITY).contains(&addon.qty) {
            return Err(ApiError::bad_request("Addon quantity must be from 1 to 10000"));
        }
        p0f_slots += addon.qty;
    }
    if p0f_slots > 0 && product.shape != Shape::DcIsp {
        return Err(ApiError::bad_request("p0f slots are available for Datacenter and ISP orders only"));
    }
    if p0f_slots > quantity {
        return Err(ApiError::bad_request(format!("p0f slots cannot exceed the order's {quantity} IPs")));
    }
    let unit = product.unit_price(&cycle).unwrap_or(0);
    let quote = crate::addons::quote_with_slots(idx, unit, quantity, percent, p0f_slots);
    Ok(Validated {
        product: idx,
        promo: if percent > 0 { pricing::normalize_promo(req.promo_code.as_deref()) } else { None },
        auto_renewal: (product.shape != Shape::Residential).then_some(req.auto_renewal.unwrap_or(false)),
        stock_code: product.stock_code,
        cycle,
        location,
        quantity,
        p0f_slots,
        quote,
    })
}

/// `GET /user/api/orders/calculate?product=&location=&cycle=&quantity=&promo_code=&addons_json=`.
pub async fn calculate(State(st): St, RawQuery(raw): RawQuery) -> ApiResult<Json<Quote>> {
    let q = parse_query(raw.as_deref())?;
    let product = query_get(&q, "product").ok_or_else(|| ApiError::bad_request("product is required"))?;
    let quantity = match query_get(&q, "quantity") {
        None => None,
        Some(v) => Some(v.trim().parse::<i64>().map_err(|_| ApiError::bad_request("Quantity must be a whole number"))?),
    };
    let addons = match query_get(&q, "addons_json") {
        None => None,
        Some(v) => serde_json::from_str::<Option<Vec<AddonRequest>>>(v).map_err(|_| {
            ApiError::bad_request(r#"addons_json must be a JSON array like [{"addon_key":"p0f_slots","qty":5}]"#)
        })?,
    };
    let req = OrderRequest {
        product: product.to_string(),
        location: query_get(&q, "location").map(str::to_string),
        cycle: query_get(&q, "cycle").map(str::to_string),
        quantity,
        promo_code: query_get(&q, "promo_code").map(str::to_string),
        auto_renewal: None,
        addons,
    };
    let v = validate(&req, &st.lock())?;
    Ok(Json(v.quote))
}

/// `POST /user/api/orders/purchase`.
pub async fn purchase(State(st): St, body: Bytes) -> ApiResult<Json<Value>> {
    let req: OrderRequest = parse_body(&body)?;
    let mut store = st.lock();
    let v = validate(&req, &store)?;
    let cost = v.quote.total_with_addons;
    if cost > store.wallet {
        return Err(ApiError::bad_request(format!(
            "Insufficient balance: the order costs {}, the wallet holds {}",
            dollars(cost),
            dollars(store.wallet)
        )));
    }
    store.wallet -= cost;
    if let Some(code) = v.stock_code {
        store.take_stock(code, v.location.as_deref(), v.quantity);
    }
    let id = store.next_id;
    store.next_id += 1;
    let now = clock::now();
    let proxies = if crate::pricing::PRODUCTS[v.product].is_dc_isp() {
        gen_proxies(store.seed, id, v.product, v.quantity)
    } else {
        Vec::new()
    };
    let order = Order {
        id,
        product: v.product,
        expires_at: pricing::cycle_seconds(&v.cycle).map(|s| now + s),
        cycle: v.cycle,
        quantity: v.quantity,
        price_paid: v.quote.final_price,
        status: Status::Active,
        created_at: now,
        promo_code: v.promo,
        auto_renewal: v.auto_renewal,
        tag: None,
        location: v.location,
        addons_price_paid: v.quote.addons_price,
        p0f_slots: v.p0f_slots,
        p0f_next: None,
        proxies,
    };
    if let Some(plan) = crate::residential::Plan::of_product(order.product) {
        store.residential.credit(plan, order.quantity * crate::residential::GB);
    }
    store.orders.insert(id, order);
    Ok(Json(json!({ "success": true, "message": "Order paid successfully", "order_id": id })))
}
