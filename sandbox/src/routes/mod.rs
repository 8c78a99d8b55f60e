//! The router: the API routes, the `/user/api` middleware (auth, envelope, latency,
//! request log), health, the optional control endpoints and the static fallback.

mod addons;
mod control;
pub mod inject;
mod manage;
mod orders;
mod p0f;
mod profile;
mod proxies;
mod purchase;
mod residential;
mod subusers;
mod targeting;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::accounts::{self, Account};
use crate::config::Config;
use crate::error::ApiError;
use crate::faults::{Fault, FaultBook, FaultKind};
use crate::state::{LoggedRequest, Store};
use crate::static_files::StaticFiles;

/// Shared state of the running server.
#[derive(Debug)]
pub struct AppState {
    store: Mutex<Store>,
    second: Mutex<Store>,
    api_key: String,
    latency: Duration,
    statics: Option<StaticFiles>,
    faults: Mutex<FaultBook>,
    app_config: Option<serde_json::Value>,
    log_ids: AtomicU64,
}

impl AppState {
    /// State for a fresh store under `config`.
    pub fn new(store: Store, config: &Config) -> Self {
        let state = AppState {
            second: Mutex::new(accounts::second_store(config.seed, crate::clock::now())),
            store: Mutex::new(store),
            api_key: config.api_key.clone(),
            latency: Duration::from_millis(config.latency_ms),
            statics: config.serve_dir.as_deref().map(StaticFiles::new),
            faults: Mutex::new(FaultBook::default()),
            app_config: config.app_config.clone(),
            log_ids: AtomicU64::new(0),
        };
        for fault in &config.faults {
            state.add_fault(fault.clone());
        }
        state
    }

    /// Adds a fault rule (see [`crate::faults`]).
    pub fn add_fault(&self, fault: Fault) {
        self.fault_book().add(fault);
    }

    /// Removes every fault rule.
    pub fn clear_faults(&self) {
        self.fault_book().clear();
    }

    /// The fault rules in force.
    pub fn faults(&self) -> Vec<Fault> {
        self.fault_book().list()
    }

    fn fault_book(&self) -> MutexGuard<'_, FaultBook> {
        self.faults.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Locks the store of the current account (the demo account outside a handler; see
    /// [`accounts`]). A poisoned lock is recovered: the data stays usable.
    pub fn lock(&self) -> MutexGuard<'_, Store> {
        let store = match accounts::current() {
            Account::Demo => &self.store,
            Account::Second => &self.second,
        };
        store.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Shared state handle used by the handlers.
type St = State<Arc<AppState>>;

/// Builds the whole application for `config`.
pub fn router(state: Arc<AppState>, config: &Config) -> std::io::Result<Router> {
    let api = Router::new()
        .route("/user/api/me", get(profile::me))
        .route("/user/api/proxies/products", get(profile::products))
        .route("/user/api/proxies/available-count", get(profile::available_count))
        .route("/user/api/proxies/active", get(proxies::active))
        .route("/user/api/orders", get(orders::list))
        .route("/user/api/orders/calculate", get(purchase::calculate))
        .route("/user/api/orders/purchase", post(purchase::purchase))
        .route("/user/api/orders/{id}", get(orders::detail))
        .route("/user/api/orders/{id}/renew", post(manage::renew))
        .route("/user/api/orders/{id}/tag", post(manage::tag))
        .route("/user/api/orders/change-billing-cycle/{id}", post(manage::change_billing_cycle))
        .route("/user/api/orders/edit-auto-renewal/{id}", post(manage::edit_auto_renewal))
        .merge(residential::routes())
        .merge(subusers::routes())
        .merge(targeting::routes())
        .merge(addons::routes())
        .merge(p0f::routes());
    let mut app = api.route("/health", get(health)).route("/health/live", get(health));
    if config.control {
        app = app
            .route("/__sandbox/requests", get(control::requests))
            .route("/__sandbox/requests/clear", post(control::clear))
            .route("/__sandbox/faults", get(control::faults).post(control::add_fault))
            .route("/__sandbox/faults/clear", post(control::clear_faults));
    }
    let mut app =
        app.fallback(fallback).layer(middleware::from_fn_with_state(state.clone(), api_middleware)).with_state(state);
    if let Some(origin) = &config.cors_origin {
        let origin = HeaderValue::from_str(origin)
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidInput, "invalid --cors-origin"))?;
        app = app.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list([origin]))
                .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE, Method::OPTIONS])
                .allow_headers([header::AUTHORIZATION, header::CONTENT_TYPE])
                .max_age(Duration::from_secs(600)),
        );
    }
    Ok(app)
}

/// `GET /health`, `GET /health/live`.
async fn health() -> Json<serde_json::Value> {
    Json(serde_json::json!({ "status": "ok" }))
}

/// Whether a path belongs to the authenticated API.
fn is_api(path: &str) -> bool {
    path == "/user/api" || path.starts_with("/user/api/")
}

/// Largest request body read (the same limit axum's extractors apply).
const MAX_REQUEST_BODY: usize = 2 * 1024 * 1024;
/// Largest part of a request body kept in the log.
const MAX_LOGGED_BODY: usize = 64 * 1024;

/// Injected faults for every path but `/__sandbox/`; for `/user/api` also auth, the error
/// envelope, latency and the request log.
///
/// API requests are answered in a task of their own, so that a client that gives up (a
/// time limit, a closed tab) does not stop the handler half-way: the server commits what
/// it was asked, like a real one, and the log gets the answer's status.
async fn api_middleware(State(st): St, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if path.starts_with("/__sandbox/") {
        return next.run(req).await;
    }
    let method = req.method().to_string();
    let fault = st.fault_book().take(&method, &path);
    if !is_api(&path) {
        return inject::apply(fault.as_ref(), next.run(req)).await;
    }
    let query = req.uri().query().map(str::to_string);
    let account = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.get(..7).filter(|s| s.eq_ignore_ascii_case("bearer ")).map(|_| &v[7..]))
        .and_then(|key| accounts::for_key(key.trim(), &st.api_key));
    let (parts, body) = req.into_parts();
    let bytes = axum::body::to_bytes(body, MAX_REQUEST_BODY).await;
    let logged_body = bytes
        .as_ref()
        .ok()
        .filter(|b| !b.is_empty())
        .map(|b| String::from_utf8_lossy(&b[..b.len().min(MAX_LOGGED_BODY)]).into_owned());
    let id = st.log_ids.fetch_add(1, Ordering::Relaxed) + 1;
    st.lock().log.push(LoggedRequest {
        id,
        method,
        path,
        query,
        body: logged_body,
        status: 0,
        fault: fault.as_ref().map(|f| f.kind.name().to_string()),
    });
    let st2 = st.clone();
    let task = tokio::spawn(async move {
        let handler = async move {
            match bytes {
                Err(_) => ApiError::new(StatusCode::PAYLOAD_TOO_LARGE, "Request body too large").into_response(),
                Ok(bytes) => match account {
                    None => ApiError::unauthorized().into_response(),
                    Some(account) => {
                        let req = Request::from_parts(parts, Body::from(bytes));
                        ensure_envelope(accounts::scope(account, next.run(req)).await).await
                    }
                },
            }
        };
        let response = inject::apply(fault.as_ref(), handler).await;
        if !st2.latency.is_zero() {
            tokio::time::sleep(st2.latency).await;
        }
        let dropped = fault.is_some_and(|f| f.kind == FaultKind::Drop);
        let status = if dropped { 0 } else { response.status().as_u16() };
        // From the end: the entry was pushed moments ago, and the log grows with every request.
        if let Some(entry) = st2.lock().log.iter_mut().rev().find(|r| r.id == id) {
            entry.status = status;
        }
        response
    });
    task.await
        .unwrap_or_else(|_| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "Internal server error").into_response())
}

/// Rewrites any non-JSON error answer (axum rejections, 405) into the `ApiError` envelope.
async fn ensure_envelope(response: Response) -> Response {
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if status.as_u16() < 400 || is_json {
        return response;
    }
    let allow = response.headers().get(header::ALLOW).cloned();
    let body = axum::body::to_bytes(response.into_body(), 64 * 1024).await.unwrap_or_default();
    let text = String::from_utf8_lossy(&body).trim().to_string();
    let message = match status {
        StatusCode::METHOD_NOT_ALLOWED => "Method not allowed".to_string(),
        StatusCode::NOT_FOUND if text.is_empty() => "Not found".to_string(),
        _ if text.is_empty() => status.canonical_reason().unwrap_or("Error").to_string(),
        _ => text,
    };
    let mut out = ApiError::new(status, message).into_response();
    if let Some(allow) = allow {
        out.headers_mut().insert(header::ALLOW, allow);
    }
    out
}

/// Unknown paths: API → 404 envelope; with `--serve`, other GETs → static files or index.html.
async fn fallback(State(st): St, req: Request) -> Response {
    let path = req.uri().path();
    if path == "/config.json" && matches!(*req.method(), Method::GET | Method::HEAD) {
        if let Some(config) = &st.app_config {
            return ([(header::CACHE_CONTROL, "no-store")], Json(config.clone())).into_response();
        }
    }
    let plain = !is_api(path) && path != "/health" && !path.starts_with("/health/");
    if plain && matches!(*req.method(), Method::GET | Method::HEAD) {
        if let Some(statics) = &st.statics {
            return statics.serve(req).await;
        }
    }
    ApiError::new(StatusCode::NOT_FOUND, "Not found").into_response()
}
