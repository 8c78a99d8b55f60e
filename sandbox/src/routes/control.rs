//! Test-only endpoints under `/__sandbox/` (enabled by `--control`).

use axum::extract::State;
use axum::Json;
use serde_json::{json, Value};

use super::St;
use crate::state::LoggedRequest;

/// `GET /__sandbox/requests`: the request log.
pub async fn requests(State(st): St) -> Json<Vec<LoggedRequest>> {
    Json(st.lock().log.clone())
}

/// `POST /__sandbox/requests/clear`: empties the request log.
pub async fn clear(State(st): St) -> Json<Value> {
    st.lock().log.clear();
    Json(json!({ "success": true }))
}
