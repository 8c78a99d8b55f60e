//! Residential: the owner's traffic and password, the targeting catalogue and sub-users
//! (docs/API.md §6). Every call names its plan (`proxy_type`).
//!
//! The targeting catalogue does not change within a session, so each list is fetched once
//! and kept in memory keyed by its path and query ([`clear`] forgets them on sign-out);
//! failures are not kept, so a retry asks again.

use super::{
    client::{get, Cancel},
    error::ApiError,
};
use crate::models::{Location, LocationList, ProxyType, ResidentialProfile, SubUserPage};
use std::{cell::RefCell, collections::HashMap};

/// A cached list's key: its path and query.
type CacheKey = (&'static str, Vec<(&'static str, String)>);

thread_local! {
    static LOCATIONS: RefCell<HashMap<CacheKey, Vec<Location>>> = RefCell::new(HashMap::new());
}

/// `GET /user/api/proxies/profile?proxy_type=`: the owner's traffic (bytes) and password.
pub async fn profile(plan: ProxyType, cancel: Option<Cancel>) -> Result<ResidentialProfile, ApiError> {
    get("/user/api/proxies/profile", &[("proxy_type", plan.as_str().to_string())], cancel).await
}

/// `GET /user/api/proxies/countries?proxy_type=` (cached for the session).
pub async fn countries(plan: ProxyType, cancel: Option<Cancel>) -> Result<Vec<Location>, ApiError> {
    locations("/user/api/proxies/countries", vec![("proxy_type", plan.as_str().to_string())], cancel).await
}

/// `GET /user/api/proxies/regions?proxy_type=&country_code=` (cached for the session).
pub async fn regions(plan: ProxyType, country: &str, cancel: Option<Cancel>) -> Result<Vec<Location>, ApiError> {
    let query = vec![("proxy_type", plan.as_str().to_string()), ("country_code", country.to_string())];
    locations("/user/api/proxies/regions", query, cancel).await
}

/// `GET /user/api/proxies/cities?proxy_type=&country_code=&region_code=` (cached).
pub async fn cities(
    plan: ProxyType,
    country: &str,
    region: &str,
    cancel: Option<Cancel>,
) -> Result<Vec<Location>, ApiError> {
    let query = vec![
        ("proxy_type", plan.as_str().to_string()),
        ("country_code", country.to_string()),
        ("region_code", region.to_string()),
    ];
    locations("/user/api/proxies/cities", query, cancel).await
}

/// `GET /user/api/proxies/isps?proxy_type=premium&country_code=&region_code=&city_code=`
/// (Premium only; cached).
pub async fn isps(country: &str, region: &str, city: &str, cancel: Option<Cancel>) -> Result<Vec<Location>, ApiError> {
    let query = vec![
        ("proxy_type", ProxyType::Premium.as_str().to_string()),
        ("country_code", country.to_string()),
        ("region_code", region.to_string()),
        ("city_code", city.to_string()),
    ];
    locations("/user/api/proxies/isps", query, cancel).await
}

/// `GET /user/api/proxies/sub-users?proxy_type=&offset=&limit=`.
pub async fn sub_users(
    plan: ProxyType,
    offset: u32,
    limit: u32,
    cancel: Option<Cancel>,
) -> Result<SubUserPage, ApiError> {
    let query =
        [("proxy_type", plan.as_str().to_string()), ("offset", offset.to_string()), ("limit", limit.to_string())];
    get("/user/api/proxies/sub-users", &query, cancel).await
}

/// Forgets every cached catalogue list (on sign-out: another key may see other plans).
pub fn clear() {
    LOCATIONS.with(|c| c.borrow_mut().clear());
}

async fn locations(
    path: &'static str,
    query: Vec<(&'static str, String)>,
    cancel: Option<Cancel>,
) -> Result<Vec<Location>, ApiError> {
    let key = (path, query);
    if let Some(found) = LOCATIONS.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(found);
    }
    let list = get::<LocationList>(path, &key.1, cancel).await?.results;
    LOCATIONS.with(|c| c.borrow_mut().insert(key, list.clone()));
    Ok(list)
}
