//! The router: the API routes, the `/user/api` middleware (auth, envelope, latency,
//! request log), health, the optional control endpoints and the static fallback.

mod control;
mod manage;
mod orders;
mod profile;
mod proxies;
mod purchase;

use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use tower_http::cors::{AllowOrigin, CorsLayer};

use crate::config::Config;
use crate::error::ApiError;
use crate::state::{LoggedRequest, Store};
use crate::static_files::StaticFiles;

/// Shared state of the running server.
#[derive(Debug)]
pub struct AppState {
    store: Mutex<Store>,
    api_key: String,
    latency: Duration,
    statics: Option<StaticFiles>,
}

impl AppState {
    /// State for a fresh store under `config`.
    pub fn new(store: Store, config: &Config) -> Self {
        AppState {
            store: Mutex::new(store),
            api_key: config.api_key.clone(),
            latency: Duration::from_millis(config.latency_ms),
            statics: config.serve_dir.as_deref().map(StaticFiles::new),
        }
    }

    /// Locks the store (a poisoned lock is recovered: the data stays usable).
    pub fn lock(&self) -> MutexGuard<'_, Store> {
        self.store.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// Shared state handle used by the handlers.
type St = State<Arc<AppState>>;

/// Builds the whole application for `config`.
pub fn router(state: Arc<AppState>, config: &Config) -> std::io::Result<Router> {
    let api = Router::new()
        .route("/user/api/me", get(profile::me))
        .route("/user/api/proxies/products", get(profile::products))
        .route(
            "/user/api/proxies/available-count",
            get(profile::available_count),
        )
        .route("/user/api/proxies/active", get(proxies::active))
        .route("/user/api/orders", get(orders::list))
        .route("/user/api/orders/calculate", get(purchase::calculate))
        .route("/user/api/orders/purchase", post(purchase::purchase))
        .route("/user/api/orders/{id}", get(orders::detail))
        .route("/user/api/orders/{id}/renew", post(manage::renew))
        .route("/user/api/orders/{id}/tag", post(manage::tag))
        .route(
            "/user/api/orders/change-billing-cycle/{id}",
            post(manage::change_billing_cycle),
        )
        .route(
            "/user/api/orders/edit-auto-renewal/{id}",
            post(manage::edit_auto_renewal),
        );
    let mut app = api
        .route("/health", get(health))
        .route("/health/live", get(health));
    if config.control {
        app = app
            .route("/__sandbox/requests", get(control::requests))
            .route("/__sandbox/requests/clear", post(control::clear));
    }
    let mut app = app
        .fallback(fallback)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            api_middleware,
        ))
        .with_state(state);
    if let Some(origin) = &config.cors_origin {
        let origin = HeaderValue::from_str(origin).map_err(|_| {
            std::io::Error::new(std::io::ErrorKind::InvalidInput, "invalid --cors-origin")
        })?;
        app = app.layer(
            CorsLayer::new()
                .allow_origin(AllowOrigin::list([origin]))
                .allow_methods([Method::GET, Method::POST, Method::OPTIONS])
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

/// Auth, error envelope, latency and logging for every `/user/api` request.
async fn api_middleware(State(st): St, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    if !is_api(&path) {
        return next.run(req).await;
    }
    let method = req.method().to_string();
    let query = req.uri().query().map(str::to_string);
    let authorized = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.get(..7)
                .filter(|s| s.eq_ignore_ascii_case("bearer "))
                .map(|_| &v[7..])
        })
        .is_some_and(|key| key.trim() == st.api_key);
    let response = if authorized {
        ensure_envelope(next.run(req).await).await
    } else {
        ApiError::unauthorized().into_response()
    };
    if !st.latency.is_zero() {
        tokio::time::sleep(st.latency).await;
    }
    let status = response.status().as_u16();
    st.lock().log.push(LoggedRequest {
        method,
        path,
        query,
        status,
    });
    response
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
    let body = axum::body::to_bytes(response.into_body(), 64 * 1024)
        .await
        .unwrap_or_default();
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
    let plain = !is_api(path) && path != "/health" && !path.starts_with("/health/");
    if plain && matches!(*req.method(), Method::GET | Method::HEAD) {
        if let Some(statics) = &st.statics {
            return statics.serve(req).await;
        }
    }
    ApiError::new(StatusCode::NOT_FOUND, "Not found").into_response()
}
