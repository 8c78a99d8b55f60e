//! Static files for `--serve DIR`: precompressed variants, and index.html for deep links.
//! A missing *file* (a path whose last segment has an extension, such as an old build's
//! hashed wasm chunk) is a 404, never the app, as deploy/nginx.conf answers it: the app's
//! loader must see a failure, not HTML with status 200.

use std::path::Path;

use axum::body::Body;
use axum::extract::Request;
use axum::response::{IntoResponse, Response};
use tower::ServiceExt;
use tower_http::services::{ServeDir, ServeFile};

/// A directory served on the same origin as the API (a single-page app).
#[derive(Debug, Clone)]
pub struct StaticFiles {
    /// Files, falling back to index.html (deep links).
    pages: ServeDir<ServeFile>,
    /// Files only: 404 when missing.
    files: ServeDir,
}

impl StaticFiles {
    /// Serves `dir`; paths that are not files and do not look like one answer
    /// the `index.html` in `dir` with 200.
    pub fn new(dir: &Path) -> Self {
        let index = ServeFile::new(dir.join("index.html")).precompressed_br().precompressed_gzip();
        let files = ServeDir::new(dir).precompressed_br().precompressed_gzip();
        StaticFiles { pages: files.clone().fallback(index), files }
    }

    /// Answers one GET or HEAD request.
    pub async fn serve(&self, req: Request) -> Response {
        let answer = if names_a_file(req.uri().path()) {
            self.files.clone().oneshot(req).await.map(|res| res.map(Body::new))
        } else {
            self.pages.clone().oneshot(req).await.map(|res| res.map(Body::new))
        };
        match answer {
            Ok(res) => res,
            Err(never) => match never {},
        }
        .into_response()
    }
}

/// Whether a path names a file (`/x-1f2e.wasm`, `/icons/a.png`) rather than a page
/// (`/orders/17`): its last segment has an extension.
fn names_a_file(path: &str) -> bool {
    path.rsplit('/').next().and_then(|last| last.rsplit_once('.')).is_some_and(|(stem, ext)| {
        !stem.is_empty() && !ext.is_empty() && ext.chars().all(|c| c.is_ascii_alphanumeric())
    })
}
