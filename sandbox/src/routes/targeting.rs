//! The residential targeting catalogue (docs/API.md §6): countries, regions, cities and (Premium
//! only) ISPs, each `{count, results}` without paging. Codes are matched in any case.

use std::sync::Arc;

use axum::extract::RawQuery;
use axum::routing::get;
use axum::{Json, Router};
use serde_json::{json, Value};

use super::residential::plan_param;
use super::{AppState, St};
use crate::error::{parse_query, query_get, ApiError, ApiResult};
use crate::residential::Plan;
use crate::targeting::{self, City, Country, Region, COUNTRIES};

/// The routes of this module.
pub(super) fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/user/api/proxies/countries", get(countries))
        .route("/user/api/proxies/regions", get(regions))
        .route("/user/api/proxies/cities", get(cities))
        .route("/user/api/proxies/isps", get(isps))
}

type Query = Vec<(String, String)>;

/// Parses the query and checks `proxy_type` and that the account has that plan.
fn checked(st: &St, raw: Option<&str>, premium_only: bool) -> ApiResult<Query> {
    let q = parse_query(raw)?;
    let plan = plan_param(&q)?;
    if premium_only && plan != Plan::Premium {
        return Err(ApiError::bad_request("ISP targeting is available for the premium package only"));
    }
    st.lock().residential.plan(plan)?;
    Ok(q)
}

fn required<'a>(q: &'a Query, key: &str) -> ApiResult<&'a str> {
    query_get(q, key).ok_or_else(|| ApiError::bad_request(format!("{key} is required")))
}

fn find_country(q: &Query) -> ApiResult<&'static Country> {
    let code = required(q, "country_code")?;
    targeting::country(code).ok_or_else(|| ApiError::bad_request(format!("Unknown country_code {code}")))
}

fn find_region(q: &Query, country: &'static Country) -> ApiResult<&'static Region> {
    let code = required(q, "region_code")?;
    targeting::region(country, code).ok_or_else(|| ApiError::bad_request(format!("Unknown region_code {code}")))
}

fn find_city(q: &Query, region: &'static Region) -> ApiResult<(usize, &'static City)> {
    let code = required(q, "city_code")?;
    targeting::city(region, code).ok_or_else(|| ApiError::bad_request(format!("Unknown city_code {code}")))
}

fn answer(results: Vec<Value>) -> Json<Value> {
    Json(json!({ "count": results.len(), "results": results }))
}

/// `GET /user/api/proxies/countries?proxy_type=`.
pub async fn countries(st: St, RawQuery(raw): RawQuery) -> ApiResult<Json<Value>> {
    checked(&st, raw.as_deref(), false)?;
    Ok(answer(COUNTRIES.iter().map(|c| json!({ "code": c.code, "name": c.name })).collect()))
}

/// `GET /user/api/proxies/regions?proxy_type=&country_code=`.
pub async fn regions(st: St, RawQuery(raw): RawQuery) -> ApiResult<Json<Value>> {
    let q = checked(&st, raw.as_deref(), false)?;
    let c = find_country(&q)?;
    let country = json!({ "code": c.code, "name": c.name });
    Ok(answer(c.regions.iter().map(|r| json!({ "code": r.0, "name": r.1, "country": country })).collect()))
}

/// `GET /user/api/proxies/cities?proxy_type=&country_code=&region_code=`.
pub async fn cities(st: St, RawQuery(raw): RawQuery) -> ApiResult<Json<Value>> {
    let q = checked(&st, raw.as_deref(), false)?;
    let c = find_country(&q)?;
    let r = find_region(&q, c)?;
    let (country, region) = (json!({ "code": c.code, "name": c.name }), json!({ "code": r.0, "name": r.1 }));
    let results = r.2.iter().map(|x| json!({ "code": x.0, "name": x.1, "country": country, "region": region }));
    Ok(answer(results.collect()))
}

/// `GET /user/api/proxies/isps?proxy_type=premium&country_code=&region_code=&city_code=`.
pub async fn isps(st: St, RawQuery(raw): RawQuery) -> ApiResult<Json<Value>> {
    let q = checked(&st, raw.as_deref(), true)?;
    let c = find_country(&q)?;
    let r = find_region(&q, c)?;
    let (pos, city) = find_city(&q, r)?;
    let (country, region) = (json!({ "code": c.code, "name": c.name }), json!({ "code": r.0, "name": r.1 }));
    let city = json!({ "code": city.0, "name": city.1 });
    let results = targeting::isps(c, r, pos)
        .into_iter()
        .map(|(code, name)| json!({ "code": code, "name": name, "country": country, "region": region, "city": city }));
    Ok(answer(results.collect()))
}
