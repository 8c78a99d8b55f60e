//! Test-only endpoints under `/__sandbox/` (enabled by `--control`): the request log and
//! the injected faults.

use axum::body::Bytes;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Value};

use super::St;
use crate::error::ApiError;
use crate::faults::Fault;
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

/// `GET /__sandbox/faults`: the fault rules in force, with what is left of their `times`.
pub async fn faults(State(st): St) -> Json<Vec<Fault>> {
    Json(st.faults())
}

/// `POST /__sandbox/faults`: adds one rule, given as JSON (see [`Fault`]).
pub async fn add_fault(State(st): St, body: Bytes) -> Response {
    match serde_json::from_slice::<Fault>(&body) {
        Ok(fault) => {
            st.add_fault(fault);
            Json(json!({ "success": true })).into_response()
        }
        Err(e) => ApiError::bad_request(format!("Invalid fault: {e}")).into_response(),
    }
}

/// `POST /__sandbox/faults/clear`: removes every rule.
pub async fn clear_faults(State(st): St) -> Json<Value> {
    st.clear_faults();
    Json(json!({ "success": true }))
}
