//! Residential sub-users (docs/API.md §6): list, read, create, rename, delete, move GB, new
//! password. Every route takes `proxy_type` (DELETE: optional); GB in, bytes out.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, RawQuery, State};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{json, Value};

use super::residential::plan_param;
use super::{AppState, St};
use crate::error::{parse_body, parse_query, query_get, ApiError, ApiResult};
use crate::residential::{clean_name, gb_to_bytes, Plan, SubUser};

/// The routes of this module.
pub(super) fn routes() -> Router<Arc<AppState>> {
    const ONE: &str = "/user/api/proxies/sub-user/{user_id}";
    Router::new()
        .route("/user/api/proxies/sub-users", get(list))
        .route("/user/api/proxies/sub-user", post(create))
        .route(ONE, get(read).patch(rename).delete(delete))
        .route("/user/api/proxies/sub-user/{user_id}/data/add", post(data_add))
        .route("/user/api/proxies/sub-user/{user_id}/data/subtract", post(data_subtract))
        .route("/user/api/proxies/sub-user/{user_id}/password", post(password))
}

/// A sub-user as the list shows it.
fn list_item(u: &SubUser) -> Value {
    json!({
        "user_id": u.user_id, "first_name": u.name, "proxy_password": u.password,
        "data": u.data, "data_spent": u.spent, "data_remain": u.remain(),
    })
}

/// Parses a paging parameter within `min..=max`.
fn paging(q: &[(String, String)], key: &str, default: i64, min: i64, max: i64) -> ApiResult<i64> {
    match query_get(q, key) {
        None => Ok(default),
        Some(v) => v
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|n| (min..=max).contains(n))
            .ok_or_else(|| ApiError::bad_request(format!("{key} must be a whole number from {min} to {max}"))),
    }
}

/// `GET /user/api/proxies/sub-users?proxy_type=&offset=&limit=`; `count` is the total.
pub async fn list(State(st): St, RawQuery(raw): RawQuery) -> ApiResult<Json<Value>> {
    let q = parse_query(raw.as_deref())?;
    let plan = plan_param(&q)?;
    let offset = paging(&q, "offset", 0, 0, i64::MAX)?;
    let limit = paging(&q, "limit", 20, 1, 100)?;
    let store = st.lock();
    let users = &store.residential.plan(plan)?.sub_users;
    let data: Vec<Value> =
        users.iter().skip(usize::try_from(offset).unwrap_or(usize::MAX)).take(limit as usize).map(list_item).collect();
    Ok(Json(json!({ "success": true, "count": users.len(), "data": data })))
}

/// `GET /user/api/proxies/sub-user/{user_id}?proxy_type=`: a one-element `data` array.
pub async fn read(State(st): St, Path(user_id): Path<String>, RawQuery(raw): RawQuery) -> ApiResult<Json<Value>> {
    let plan = plan_param(&parse_query(raw.as_deref())?)?;
    let store = st.lock();
    let u = store.residential.sub(plan, &user_id)?;
    let item = json!({ "first_name": u.name, "proxy_password": u.password, "data": u.data, "data_spent": u.spent });
    Ok(Json(json!({ "success": true, "data": [item] })))
}

/// Body of create.
#[derive(Debug, Deserialize)]
pub struct CreateBody {
    /// Display name, 1–64 printable characters after trimming.
    pub name: String,
    /// Whole GB taken from the owner (0 allowed).
    pub data: i64,
}

/// `POST /user/api/proxies/sub-user?proxy_type=` with `{name, data}`.
pub async fn create(State(st): St, RawQuery(raw): RawQuery, body: Bytes) -> ApiResult<Json<Value>> {
    let plan = plan_param(&parse_query(raw.as_deref())?)?;
    let body: CreateBody = parse_body(&body)?;
    let bytes = gb_to_bytes(body.data, 0)?;
    let u = st.lock().residential.create_sub(plan, &body.name, bytes)?;
    let item = json!({
        "user_id": u.user_id, "first_name": u.name, "proxy_password": u.password, "data": u.data, "data_spent": u.spent,
    });
    Ok(Json(json!({ "success": true, "data": [item] })))
}

/// Body of rename.
#[derive(Debug, Deserialize)]
pub struct RenameBody {
    /// The new name.
    pub name: String,
}

/// `PATCH /user/api/proxies/sub-user/{user_id}?proxy_type=` with `{name}`.
pub async fn rename(
    State(st): St,
    Path(user_id): Path<String>,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let plan = plan_param(&parse_query(raw.as_deref())?)?;
    let body: RenameBody = parse_body(&body)?;
    let name = clean_name(&body.name)?;
    st.lock().residential.sub_mut(plan, &user_id)?.name = name;
    Ok(Json(json!({ "success": true, "message": "Sub-user renamed" })))
}

/// `DELETE /user/api/proxies/sub-user/{user_id}[?proxy_type=]`: the unspent GB go back to
/// the owner.
pub async fn delete(State(st): St, Path(user_id): Path<String>, RawQuery(raw): RawQuery) -> ApiResult<Json<Value>> {
    let q = parse_query(raw.as_deref())?;
    let plan: Option<Plan> = match query_get(&q, "proxy_type") {
        None => None,
        Some(_) => Some(plan_param(&q)?),
    };
    st.lock().residential.delete_sub(plan, &user_id)?;
    Ok(Json(json!({ "success": true, "message": "Sub-user deleted" })))
}

/// Body of data add/subtract.
#[derive(Debug, Deserialize)]
pub struct DataBody {
    /// Whole GB, at least 1.
    pub data: i64,
}

/// `POST .../{user_id}/data/add?proxy_type=` with `{data}`: GB from the owner.
pub async fn data_add(st: St, id: Path<String>, q: RawQuery, body: Bytes) -> ApiResult<Json<Value>> {
    move_data(st, id, q, body, true).await
}

/// `POST .../{user_id}/data/subtract?proxy_type=` with `{data}`: GB back to the owner.
pub async fn data_subtract(st: St, id: Path<String>, q: RawQuery, body: Bytes) -> ApiResult<Json<Value>> {
    move_data(st, id, q, body, false).await
}

/// Moves whole GB to (`give`) or from a sub-user: one request shape, two directions.
async fn move_data(
    State(st): St,
    Path(user_id): Path<String>,
    RawQuery(raw): RawQuery,
    body: Bytes,
    give: bool,
) -> ApiResult<Json<Value>> {
    let plan = plan_param(&parse_query(raw.as_deref())?)?;
    let body: DataBody = parse_body(&body)?;
    let bytes = gb_to_bytes(body.data, 1)?;
    let residential = &mut st.lock().residential;
    let message = if give {
        residential.add_data(plan, &user_id, bytes)?;
        format!("{} GB given to the sub-user", body.data)
    } else {
        residential.subtract_data(plan, &user_id, bytes)?;
        format!("{} GB taken back from the sub-user", body.data)
    };
    Ok(Json(json!({ "success": true, "message": message })))
}

/// `POST .../{user_id}/password?proxy_type=` (body `{}`): a new password.
pub async fn password(
    State(st): St,
    Path(user_id): Path<String>,
    RawQuery(raw): RawQuery,
    body: Bytes,
) -> ApiResult<Json<Value>> {
    let plan = plan_param(&parse_query(raw.as_deref())?)?;
    let _: Value = parse_body(&body)?;
    st.lock().residential.reset_password(plan, &user_id)?;
    Ok(Json(json!({ "success": true, "message": "Password changed" })))
}
