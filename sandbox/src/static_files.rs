//! Static files for `--serve DIR`: precompressed variants, and index.html for deep links.

use std::path::Path;

use axum::body::Body;
use axum::extract::Request;
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// A directory served on the same origin as the API (a single-page app).
#[derive(Debug, Clone)]
pub struct StaticFiles {
    dir: ServeDir<ServeFile>,
}

impl StaticFiles {
    /// Serves `dir`; paths that are not files answer `dir/index.html` with 200.
    pub fn new(dir: &Path) -> Self {
        let index = ServeFile::new(dir.join("index.html")).precompressed_br().precompressed_gzip();
        let dir = ServeDir::new(dir).precompressed_br().precompressed_gzip().fallback(index);
        StaticFiles { dir }
    }

    /// Answers one GET or HEAD request.
    pub async fn serve(&self, req: Request) -> Response {
        match self.dir.clone().oneshot(req).await {
            Ok(res) => res.map(Body::new),
            Err(never) => match never {},
        }
        .into_response()
    }
}
