//! The ways to deploy the release build, each signed in and listing orders in a real
//! browser: behind Debian's nginx with `deploy/nginx.conf` (static files plus the API
//! forwarded on the same origin), under a sub-path with `deploy/nginx-subpath.conf`, and
//! cross-origin (the app on one origin, the API with CORS on another).

use e2e::{
    dist_dir,
    files::{copy_dir, TempDir},
    start_sandbox, with_page, Page, DEMO_API_KEY, DEMO_EMAIL,
};
use std::{
    net::{SocketAddr, TcpListener, TcpStream},
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

/// The workspace root.
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port()
}

/// Replaces `from` (which must occur) with `to`.
fn must_replace(text: &str, from: &str, to: &str, what: &str) -> String {
    assert!(text.contains(from), "{what}: `{from}` not found; did its shape change?");
    text.replace(from, to)
}

/// Debian's nginx as a child process with a generated main config around one of the
/// deploy/ site files; everything it writes stays in its temp dir. Killed on drop.
struct Nginx {
    child: Child,
    dir: TempDir,
    /// `http://127.0.0.1:PORT`.
    url: String,
}

impl Nginx {
    /// Starts nginx with `deploy/<site>`: its static root replaced by `root`, its listen
    /// lines by a free loopback port, and the API upstream by `api`.
    fn start(site: &str, static_root: (&str, &Path), api: &str) -> Nginx {
        let dir = TempDir::new("nginx");
        let port = free_port();
        let text = std::fs::read_to_string(root().join("deploy").join(site)).expect("deploy config");
        let text = must_replace(&text, "listen 80;", &format!("listen 127.0.0.1:{port};"), site);
        let text = must_replace(&text, "listen [::]:80;", "", site);
        let text = must_replace(&text, static_root.0, &static_root.1.display().to_string(), site);
        let text =
            must_replace(&text, "proxy_pass https://user-api.proxyshard.com;", &format!("proxy_pass {api};"), site);
        std::fs::write(dir.0.join("site.conf"), text).expect("site config");
        let d = dir.0.display();
        let main = format!(
            "master_process off;\npid {d}/nginx.pid;\nerror_log {d}/error.log warn;\n\
             events {{ worker_connections 64; }}\n\
             http {{\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  \
             access_log {d}/access.log;\n  client_body_temp_path {d}/body;\n  proxy_temp_path {d}/proxy;\n  \
             fastcgi_temp_path {d}/fastcgi;\n  uwsgi_temp_path {d}/uwsgi;\n  scgi_temp_path {d}/scgi;\n  \
             include {d}/site.conf;\n}}\n"
        );
        std::fs::write(dir.0.join("nginx.conf"), main).expect("main config");
        let binary = std::env::var("NGINX").unwrap_or_else(|_| "/usr/sbin/nginx".into());
        let child = Command::new(&binary)
            .arg("-p")
            .arg(&dir.0)
            .arg("-e")
            .arg(dir.0.join("error.log"))
            .arg("-c")
            .arg(dir.0.join("nginx.conf"))
            .args(["-g", "daemon off;"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {binary}: {e} (scripts/setup installs nginx)"));
        let mut nginx = Nginx { child, dir, url: format!("http://127.0.0.1:{port}") };
        let addr: SocketAddr = ([127, 0, 0, 1], port).into();
        let deadline = Instant::now() + Duration::from_secs(20);
        while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
            if let Ok(Some(status)) = nginx.child.try_wait() {
                panic!("nginx exited ({status}): {}", nginx.error_log());
            }
            assert!(Instant::now() < deadline, "nginx did not listen on {addr}: {}", nginx.error_log());
            std::thread::sleep(Duration::from_millis(50));
        }
        nginx
    }

    fn error_log(&self) -> String {
        std::fs::read_to_string(self.dir.0.join("error.log")).unwrap_or_default()
    }
}

impl Drop for Nginx {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn wait_rows(page: &Page) {
    page.find("[data-test=order-row]").await;
}

/// Runs asynchronous JavaScript: the body calls `arguments[0]` with its result.
async fn js_async(page: &Page, script: &str) -> serde_json::Value {
    page.client().execute_async(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// A response header of a same-origin GET, read by the page.
async fn header(page: &Page, path: &str, name: &str) -> String {
    let script = format!(
        "const done = arguments[0]; fetch('{path}', {{cache: 'no-store'}}).then(r => done(r.status + ' ' + (r.headers.get('{name}') || ''))).catch(e => done('error ' + e));"
    );
    js_async(page, &script).await.as_str().unwrap_or_default().to_string()
}

#[tokio::test]
async fn nginx_serves_the_app_and_forwards_the_api_on_the_same_origin() {
    let api = start_sandbox(|c| c.serve_dir = None).await;
    let nginx = Nginx::start("nginx.conf", ("/var/www/proxyshard-dashboard", &dist_dir()), &api.base_url());
    with_page(&nginx.url, |page| async move {
        page.sign_in(DEMO_API_KEY).await;
        assert_eq!(page.text("[data-test=email]").await, DEMO_EMAIL);
        // A deep link opened directly: nginx answers index.html, the router the rest.
        page.goto("/orders/1001").await;
        page.wait_text("h1", "order 1001", |t| t == "Order #1001").await;
        page.goto("/orders?status=all").await;
        page.wait_path("the canonical orders URL", |p| p.contains("offset=")).await;
        wait_rows(&page).await;
        page.click("[data-test=order-row] a").await;
        page.wait_path("an order page", |p| p.starts_with("/orders/10")).await;

        let index = header(&page, "/", "content-security-policy").await;
        assert!(
            index.starts_with("200 ")
                && index.contains("'wasm-unsafe-eval'")
                && index.contains("frame-ancestors 'none'"),
            "{index}"
        );
        assert_eq!(header(&page, "/orders/17", "cache-control").await, "200 no-cache");
        let wasm = page
            .js("return performance.getEntriesByType('resource').map(e => e.name).find(n => n.endsWith('.wasm'))")
            .await;
        let wasm = url::Url::parse(wasm.as_str().expect("the wasm was loaded")).expect("url");
        assert!(header(&page, wasm.path(), "cache-control").await.contains("immutable"));
        assert!(header(&page, "/missing-0123456789abcdef.js", "cache-control").await.starts_with("404"));
        assert_eq!(page.csp_violations().await, Vec::<String>::new());
    })
    .await;
    let paths: Vec<String> = api.requests().into_iter().map(|r| r.path).collect();
    assert!(paths.iter().any(|p| p == "/user/api/me"), "the API saw {paths:?}");
    assert!(paths.iter().any(|p| p == "/user/api/orders/1001"), "the API saw {paths:?}");
    drop(nginx);
}

/// The build for `/dashboard/`: `$DASHBOARD_DIST_SUBPATH`, else `target/dist-subpath`,
/// (re)built here when it is missing or from other sources than `dist/`.
fn subpath_dist() -> PathBuf {
    if let Some(dir) = std::env::var_os("DASHBOARD_DIST_SUBPATH") {
        return PathBuf::from(dir);
    }
    let dir = root().join("target/dist-subpath");
    let wasm_of = |dir: &Path| -> Option<String> {
        std::fs::read_dir(dir)
            .ok()?
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .find(|n| n.ends_with("_bg.wasm"))
    };
    if wasm_of(&dir).is_none() || wasm_of(&dir) != wasm_of(&dist_dir()) {
        eprintln!("building the app for /dashboard/ into {}", dir.display());
        let script = "source scripts/env.sh && exec 9>\"${TMPDIR:-/tmp}/proxyshard-build.lock\" && flock 9 && \
                      with_wasm_env trunk build --release --public-url /dashboard/ --dist target/dist-subpath";
        let status = Command::new("bash").args(["-c", script]).current_dir(root()).status().expect("bash");
        assert!(status.success(), "trunk build --public-url /dashboard/ failed");
    }
    dir
}

#[tokio::test]
async fn a_build_for_a_sub_path_works_under_it() {
    let dist = subpath_dist();
    let site = TempDir::new("site");
    std::os::unix::fs::symlink(&dist, site.0.join("dashboard")).expect("symlink");
    let api = start_sandbox(|c| c.serve_dir = None).await;
    let nginx = Nginx::start(
        "nginx-subpath.conf",
        ("root /var/www;", &PathBuf::from(format!("root {};", site.0.display()))),
        &api.base_url(),
    );
    with_page(&format!("{}/dashboard", nginx.url), |page| async move {
        // A deep link while signed out goes to sign-in and, after it, back to the link.
        page.goto("/orders/1001").await;
        page.wait_path("sign-in with next", |p| p == "/dashboard/sign-in?next=%2Forders%2F1001").await;
        page.fill("#api-key", DEMO_API_KEY).await;
        page.click("form button[type=submit]").await;
        page.wait_path("the order", |p| p == "/dashboard/orders/1001").await;
        page.wait_text("h1", "order 1001", |t| t == "Order #1001").await;
        // Navigation links (router <A>) and plain links in pages stay under /dashboard/.
        page.click("nav a[href$='/orders']").await;
        page.wait_path("the orders page", |p| p.starts_with("/dashboard/orders?status=") && p.contains("offset=")).await;
        wait_rows(&page).await;
        page.click("[data-test=order-row] a").await;
        page.wait_path("an order page", |p| p.starts_with("/dashboard/orders/10")).await;
        page.click("a.brand").await;
        page.wait_path("the profile", |p| p == "/dashboard/").await;
        page.find("[data-test=email]").await;
        assert_eq!(page.text("nav a[aria-current=page]").await, "Profile");
        // A reload of a deep link keeps the app.
        page.goto("/orders?status=active").await;
        wait_rows(&page).await;
        page.client().refresh().await.expect("reload");
        wait_rows(&page).await;

        // config.json, the manifest and the service worker all live under the base.
        let names = page.js("return performance.getEntriesByType('resource').map(e => new URL(e.name).pathname)").await;
        let names: Vec<&str> = names.as_array().into_iter().flatten().filter_map(|v| v.as_str()).collect();
        assert!(names.contains(&"/dashboard/config.json"), "{names:?}");
        assert!(!names.contains(&"/config.json"), "{names:?}");
        let scope = js_async(
            &page,
            "const done = arguments[0]; navigator.serviceWorker.ready.then(r => done(r.scope)).catch(e => done('error ' + e));",
        )
        .await;
        assert_eq!(scope.as_str(), Some(format!("{}/dashboard/", page.base().trim_end_matches("/dashboard")).as_str()));
        assert_eq!(header(&page, "/dashboard/orders/17", "cache-control").await, "200 no-cache");
        assert!(header(&page, "/dashboard/icons/missing.png", "cache-control").await.starts_with("404"));
        let manifest = page.cdp("Page.getAppManifest", serde_json::json!({})).await;
        assert!(manifest["url"].as_str().unwrap_or_default().ends_with("/dashboard/manifest.webmanifest"), "{manifest}");
        assert_eq!(page.csp_violations().await, Vec::<String>::new());
    })
    .await;
    drop(nginx);
}

#[tokio::test]
async fn the_app_calls_an_api_on_another_origin() {
    // The app's origin first: the API allows exactly it.
    let site = TempDir::new("cross-origin");
    copy_dir(&dist_dir(), &site.0);
    let app = start_sandbox(|c| c.serve_dir = Some(site.0.clone())).await;
    let app_origin = app.base_url().trim_end_matches('/').to_string();
    let api = start_sandbox(|c| {
        c.serve_dir = None;
        c.cors_origin = Some(app_origin.clone());
    })
    .await;
    let api_origin = api.base_url().trim_end_matches('/').to_string();
    // What a cross-origin deployment does: config.json names the API, the CSP allows it.
    std::fs::write(site.0.join("config.json"), serde_json::json!({ "api_base": api_origin }).to_string())
        .expect("config");
    for file in ["index.html", "404.html"] {
        let path = site.0.join(file);
        let html = std::fs::read_to_string(&path).expect("html");
        let html = must_replace(&html, "connect-src 'self';", &format!("connect-src 'self' {api_origin};"), file);
        std::fs::write(&path, html).expect("html");
    }
    with_page(&app_origin, |page| async move {
        page.sign_in(DEMO_API_KEY).await;
        assert_eq!(page.text("[data-test=email]").await, DEMO_EMAIL);
        page.click("nav a[href='/orders']").await;
        wait_rows(&page).await;
        assert_eq!(page.csp_violations().await, Vec::<String>::new());
    })
    .await;
    let api_paths: Vec<String> = api.requests().into_iter().map(|r| r.path).collect();
    assert!(api_paths.iter().any(|p| p == "/user/api/me"), "the API saw {api_paths:?}");
    assert!(api_paths.iter().any(|p| p == "/user/api/orders"), "the API saw {api_paths:?}");
    let app_paths: Vec<String> =
        app.requests().into_iter().map(|r| r.path).filter(|p| p.starts_with("/user/api")).collect();
    assert!(app_paths.is_empty(), "API calls went to the app's origin: {app_paths:?}");
}
