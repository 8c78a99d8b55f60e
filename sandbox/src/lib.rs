//! A faithful in-memory fake of the ProxyShard User API (see docs/API.md).
//!
//! [`Sandbox::start`] binds a listener and serves the API on the current tokio
//! runtime; the accessors let end-to-end tests look inside the store without HTTP, and
//! [`Sandbox::set_fault`] makes chosen routes misbehave (see [`faults`]).
//! The seeded demo data is documented in `sandbox/README.md`.

pub mod accounts;
pub mod addons;
pub mod clock;
pub mod config;
pub mod error;
pub mod faults;
pub mod pricing;
pub mod residential;
pub mod rng;
pub mod routes;
pub mod seed;
pub mod state;
pub mod static_files;
pub mod targeting;

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::Arc;

use tokio::sync::oneshot;
use tokio::task::JoinHandle;

pub use config::{Config, DEMO_API_KEY, DEMO_EMAIL, SECOND_DEMO_API_KEY, SECOND_DEMO_EMAIL, USAGE};
pub use error::ApiError;
pub use faults::{Fault, FaultKind, When};
pub use routes::AppState;
pub use state::LoggedRequest;

/// A running sandbox server.
#[derive(Debug)]
pub struct Sandbox {
    addr: SocketAddr,
    state: Arc<AppState>,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
}

impl Sandbox {
    /// Binds `config.listen` (port 0 picks a free port) and spawns the server on
    /// the current tokio runtime.
    pub async fn start(config: Config) -> std::io::Result<Sandbox> {
        let mut store = seed::seed_store_with_extra(config.seed, clock::now(), config.extra_orders);
        store.wallet = config.wallet_cents;
        let state = Arc::new(AppState::new(store, &config));
        let app = routes::router(state.clone(), &config)?;
        let listener = tokio::net::TcpListener::bind(config.listen).await?;
        let addr = listener.local_addr()?;
        let (stop, stopped) = oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            let server = axum::serve(listener, app).with_graceful_shutdown(async move {
                let _ = stopped.await;
            });
            if let Err(e) = server.await {
                eprintln!("sandbox server error: {e}");
            }
        });
        Ok(Sandbox { addr, state, stop: Some(stop), task })
    }

    /// The bound address (with the real port).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://IP:PORT`; an unspecified listen address is reported as 127.0.0.1.
    pub fn base_url(&self) -> String {
        let mut addr = self.addr;
        if addr.ip().is_unspecified() {
            addr.set_ip(Ipv4Addr::LOCALHOST.into());
        }
        format!("http://{addr}")
    }

    /// Current wallet balance in cents.
    pub fn wallet_balance(&self) -> i64 {
        self.state.lock().wallet
    }

    /// The `order` object `GET /user/api/orders/{id}` would answer.
    pub fn order(&self, id: i64) -> Option<serde_json::Value> {
        self.state.lock().orders.get(&id).map(|o| o.detail_json())
    }

    /// Stock left for a product code (`dc`, `isp`, `mobile`) in a country.
    pub fn stock(&self, product_code: &str, country: &str) -> Option<i64> {
        self.state.lock().stock_of(product_code, country)
    }

    /// The demo account's residential state (traffic in bytes, passwords, sub-users).
    pub fn residential(&self) -> residential::Residential {
        self.state.lock().residential.clone()
    }

    /// Every `/user/api` request so far, oldest first.
    pub fn requests(&self) -> Vec<LoggedRequest> {
        self.state.lock().log.clone()
    }

    /// Makes the next `times` requests (all of them when `None`) with `method` (any when
    /// empty or `*`) to paths starting with `path_prefix` (exactly `path` when it ends with
    /// `$`) fail as `kind`, before or after the real handler ran.
    pub fn set_fault(&self, method: &str, path_prefix: &str, kind: FaultKind, times: Option<u32>, when: When) {
        let method = (!method.is_empty() && method != "*").then(|| method.to_ascii_uppercase());
        self.add_fault(Fault { method, path: path_prefix.to_string(), kind, times, when });
    }

    /// Adds a fault rule; the first rule that matches a request applies.
    pub fn add_fault(&self, fault: Fault) {
        self.state.add_fault(fault);
    }

    /// The fault rules in force, with what is left of their `times`.
    pub fn faults(&self) -> Vec<Fault> {
        self.state.faults()
    }

    /// Removes every fault rule: the sandbox answers normally again.
    pub fn clear_faults(&self) {
        self.state.clear_faults();
    }

    /// Empties the request log.
    pub fn clear_requests(&self) {
        self.state.lock().log.clear();
    }

    /// Stops accepting connections and ends the server task.
    pub fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.task.abort();
    }
}
