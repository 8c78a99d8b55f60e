//! Sub-users of a residential plan (docs/API.md §6): create, rename, give or take back GB, a
//! new password, delete. Every call names its plan (`proxy_type`), DELETE too (the spec
//! names none there; servers ignore what they do not know). Amounts are whole GB; answers
//! count bytes. The list itself is [`super::residential::sub_users`].
//!
//! These are writes: each is sent once (see [`super::client`]) and goes through the
//! page's `use_write`.

use super::{
    client::{delete, patch, post},
    error::ApiError,
};
use crate::models::{Ack, CreatedSubUser, ProxyType};
use serde_json::json;

pub use super::residential::sub_users as list;

/// The `proxy_type` query of every call.
fn plan_query(plan: ProxyType) -> [(&'static str, String); 1] {
    [("proxy_type", plan.as_str().to_string())]
}

/// The path of one sub-user, with `rest` (`""`, `/password`, …) after its id.
fn path_of(user_id: &str, rest: &str) -> String {
    format!("/user/api/proxies/sub-user/{}{rest}", crate::logic::query::encode_component(user_id))
}

/// `POST /user/api/proxies/sub-user?proxy_type=` `{name, data}`: a new sub-user with `gb`
/// whole GB taken from the owner.
pub async fn create(plan: ProxyType, name: &str, gb: u32) -> Result<CreatedSubUser, ApiError> {
    post("/user/api/proxies/sub-user", &plan_query(plan), &json!({ "name": name, "data": gb })).await
}

/// `PATCH /user/api/proxies/sub-user/{user_id}?proxy_type=` `{name}`.
pub async fn rename(plan: ProxyType, user_id: &str, name: &str) -> Result<Ack, ApiError> {
    patch(&path_of(user_id, ""), &plan_query(plan), &json!({ "name": name })).await
}

/// `POST …/{user_id}/data/add` `{data}`: gives `gb` whole GB of the owner's to the sub-user.
pub async fn add_gb(plan: ProxyType, user_id: &str, gb: u32) -> Result<Ack, ApiError> {
    post(&path_of(user_id, "/data/add"), &plan_query(plan), &json!({ "data": gb })).await
}

/// `POST …/{user_id}/data/subtract` `{data}`: takes `gb` whole GB back to the owner.
pub async fn take_gb(plan: ProxyType, user_id: &str, gb: u32) -> Result<Ack, ApiError> {
    post(&path_of(user_id, "/data/subtract"), &plan_query(plan), &json!({ "data": gb })).await
}

/// `POST …/{user_id}/password` `{}`: a new password (read back with the list); every
/// string made with the old one stops working.
pub async fn new_password(plan: ProxyType, user_id: &str) -> Result<Ack, ApiError> {
    post(&path_of(user_id, "/password"), &plan_query(plan), &json!({})).await
}

/// `DELETE /user/api/proxies/sub-user/{user_id}?proxy_type=`: its unspent GB go back to
/// the owner.
pub async fn remove(plan: ProxyType, user_id: &str) -> Result<Ack, ApiError> {
    delete(&path_of(user_id, ""), &plan_query(plan)).await
}
