//! A page in a browser with the few verbs the tests need: go, type, click, read, wait.
//! Every wait is bounded and fails with what it was waiting for. The verbs are plain
//! WebDriver and work in every [`Engine`]; the DevTools (CDP) ones and the console log are
//! Chromium's only.

use crate::{driver::Driver, engine::Engine};
use fantoccini::{elements::Element, Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;
use std::{sync::Arc, time::Duration};

/// How long a wait for something on screen may take.
pub const WAIT: Duration = Duration::from_secs(20);

/// A browser tab on the app, cheap to clone.
#[derive(Clone)]
pub struct Page {
    client: Client,
    base: String,
    _driver: Arc<Driver>,
    /// Every console line read so far (ChromeDriver hands each line out once).
    seen: Arc<std::sync::Mutex<Vec<String>>>,
}

impl Page {
    /// Starts ChromeDriver and a fresh headless Chromium profile.
    pub async fn open(base: &str) -> Page {
        Page::open_in(Engine::Chromium, base).await
    }

    /// Starts the WebDriver server of `engine` and a fresh browser profile, 1280 × 900.
    pub async fn open_in(engine: Engine, base: &str) -> Page {
        let driver = Driver::start(engine);
        let client = ClientBuilder::new(HttpConnector::new())
            .capabilities(engine.capabilities())
            .connect(&driver.url)
            .await
            .unwrap_or_else(|e| panic!("no {} session: {e}", engine.name()));
        if engine != Engine::Chromium {
            // Chromium takes its size as an argument; the others have none for it.
            client.set_window_size(1280, 900).await.unwrap_or_else(|e| panic!("{} window size: {e}", engine.name()));
        }
        Page { client, base: base.trim_end_matches('/').to_string(), _driver: Arc::new(driver), seen: Arc::default() }
    }

    /// The WebDriver client, for what the verbs below do not cover.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The app's origin, e.g. `http://127.0.0.1:41234`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// Opens a path of the app (`/orders?status=all`).
    pub async fn goto(&self, path: &str) {
        self.client.goto(&format!("{}{}", self.base, path)).await.expect("navigation");
    }

    /// Waits for an element matching `css`.
    pub async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no element `{css}` within {WAIT:?}: {e}"))
    }

    /// Types into the element matching `css`, replacing what it held: WebDriver's clear,
    /// then the keys once the field is seen empty. WebKitGTK's driver, on a loaded machine,
    /// once finished a clear after the keys that followed it and left the field empty (the
    /// smoke walk, 2026-12-07).
    pub async fn fill(&self, css: &str, text: &str) {
        let el = self.find(css).await;
        el.clear().await.expect("clear");
        let emptied = format!("return document.querySelector({}).value === ''", serde_json::json!(css));
        self.wait_js(&format!("`{css}` emptied"), &emptied).await;
        el.send_keys(text).await.expect("type");
    }

    /// Clicks the element matching `css`.
    pub async fn click(&self, css: &str) {
        self.find(css).await.click().await.unwrap_or_else(|e| panic!("click `{css}`: {e}"));
    }

    /// The visible text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.expect("text")
    }

    /// Waits until the text of `css` satisfies `pred`; returns it.
    pub async fn wait_text(&self, css: &str, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = tokio::time::Instant::now() + WAIT;
        let mut last = String::new();
        loop {
            if let Ok(el) = self.client.find(Locator::Css(css)).await {
                if let Ok(t) = el.text().await {
                    if pred(&t) {
                        return t;
                    }
                    last = t;
                }
            }
            assert!(tokio::time::Instant::now() < deadline, "`{css}` never became {what}; last text: {last:?}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the current URL's path and query satisfy `pred`; returns it.
    pub async fn wait_path(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let url = self.client.current_url().await.expect("url");
            let path = url[url::Position::BeforePath..].to_string();
            if pred(&path) {
                return path;
            }
            assert!(tokio::time::Instant::now() < deadline, "URL never became {what}; it is {path}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Counts elements matching `css` right now.
    pub async fn count(&self, css: &str) -> usize {
        self.client.find_all(Locator::Css(css)).await.map(|v| v.len()).unwrap_or(0)
    }

    /// Runs JavaScript in the page and returns its value.
    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.client.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// A GET of the API from inside the page with `key` (same origin, so no CORS), as JSON;
    /// what a customer's own script would see.
    pub async fn api_get(&self, key: &str, path: &str) -> serde_json::Value {
        let script = format!(
            "const done = arguments[arguments.length - 1]; \
             fetch({path:?}, {{ headers: {{ Authorization: 'Bearer ' + {key:?} }} }}) \
               .then(r => r.json()).then(done, e => done(String(e)));"
        );
        self.js_async(&script).await
    }

    /// Signs in through the form with `key` and waits for the profile.
    pub async fn sign_in(&self, key: &str) {
        self.goto("/sign-in").await;
        self.fill("#api-key", key).await;
        self.click("form button[type=submit]").await;
        self.find("[data-test=email]").await;
    }

    /// Browser console lines so far (errors, warnings, logs); Chromium's only, none from the
    /// other engines (plain WebDriver has no console log).
    pub async fn console(&self) -> Vec<String> {
        // ChromeDriver's legacy log endpoint; absent → no lines.
        let cmd = LogCommand;
        let lines: Vec<String> = match self.client.issue_cmd(cmd).await {
            Ok(serde_json::Value::Array(entries)) => entries
                .into_iter()
                .filter_map(|e| e.get("message").and_then(|m| m.as_str()).map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        if let Ok(mut seen) = self.seen.lock() {
            seen.extend(lines.iter().cloned());
        }
        lines
    }

    /// Every console line since the page opened, including those [`Page::console`] already
    /// returned.
    pub async fn console_all(&self) -> Vec<String> {
        self.console().await;
        self.seen.lock().map(|s| s.clone()).unwrap_or_default()
    }

    /// Asserts that the app never panicked: no Rust panic message and no WebAssembly
    /// trap (`RuntimeError: unreachable`) in the console since the page opened.
    pub async fn assert_no_panic(&self) {
        let lines = self.console_all().await;
        let bad: Vec<&String> = lines
            .iter()
            .filter(|l| l.contains("panicked") || l.contains("RuntimeError") || l.contains("unreachable"))
            .collect();
        assert!(bad.is_empty(), "the app panicked:\n{bad:#?}");
    }

    /// Picks a language (`en`, `ru`, `uk`, `zh-CN`) with the picker of the top bar or the
    /// sign-in page, as a customer would, and waits until the page is in it (`<html lang>`):
    /// a language other than English is read from its file first.
    pub async fn choose_language(&self, code: &str) {
        self.pick_language(code).await;
        self.wait_js(&format!("the page in {code}"), &format!("return document.documentElement.lang === '{code}'"))
            .await;
    }

    /// Picks `code` in the language picker, as [`Page::choose_language`] does, without waiting
    /// for the page to change: for a language whose texts may not come.
    pub async fn pick_language(&self, code: &str) {
        self.find("[data-test=language-picker]").await;
        self.js(&format!(
            "const s = document.querySelector('[data-test=language-picker]'); s.value = '{code}'; \
             s.dispatchEvent(new Event('change', {{ bubbles: true }})); return true"
        ))
        .await;
    }

    /// Waits until `script` (a function body that `return`s) returns `true`.
    pub async fn wait_js(&self, what: &str, script: &str) {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            if self.js(script).await == serde_json::Value::Bool(true) {
                return;
            }
            assert!(tokio::time::Instant::now() < deadline, "never true: {what}\n{script}");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Keeps the first `selector` scrolled into view, as a customer who scrolled to it would,
    /// until the JavaScript `until` returns true: for parts that start their work only once
    /// near the screen, below others that may still grow and push them away.
    pub async fn scroll_to_until(&self, selector: &str, what: &str, until: &str) {
        let script = format!(
            "const e = document.querySelector({}); if (e) e.scrollIntoView(); return (() => {{ {until} }})() === true",
            serde_json::json!(selector)
        );
        self.wait_js(what, &script).await;
    }

    /// Waits until the page has settled: nothing on it is busy (`aria-busy="true"`: a
    /// skeleton, a price on its way, a list loading its next page) and its size and number
    /// of elements stayed the same over five animation frames. For checks of layout or focus
    /// that must see the page after late content arrived, instead of a fixed sleep.
    pub async fn settled(&self) {
        let settled = self
            .js_async(
                "const done = arguments[arguments.length - 1];
                 const giveUp = Date.now() + 10000;
                 let last = null, same = 0;
                 const tick = () => {
                     const root = document.documentElement;
                     const busy = document.querySelector('[aria-busy=true]') !== null;
                     const shape = `${root.scrollWidth}x${root.scrollHeight}x${document.getElementsByTagName('*').length}`;
                     same = !busy && shape === last ? same + 1 : 0;
                     last = shape;
                     if (same >= 5) done(true);
                     else if (Date.now() > giveUp) done(false);
                     else requestAnimationFrame(tick);
                 };
                 requestAnimationFrame(tick);",
            )
            .await;
        assert_eq!(settled, serde_json::Value::Bool(true), "the page never settled within 10 s (still busy or moving)");
    }

    /// Runs asynchronous JavaScript (the body gets a `done` callback as its last argument)
    /// and returns what it passed to `done`.
    pub async fn js_async(&self, script: &str) -> serde_json::Value {
        self.client.execute_async(script, vec![]).await.unwrap_or_else(|e| panic!("async script failed: {e}\n{script}"))
    }

    /// Saves a screenshot, the page's HTML and its console under
    /// `target/e2e-artifacts/<test name>.*`, for looking at a failure.
    pub async fn save_artifacts(&self) {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e-artifacts");
        let _ = std::fs::create_dir_all(&dir);
        let name = std::thread::current().name().unwrap_or("test").replace("::", "-");
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(dir.join(format!("{name}.png")), png);
        }
        if let Ok(html) = self.client.source().await {
            let _ = std::fs::write(dir.join(format!("{name}.html")), html);
        }
        let url = self.client.current_url().await.map(|u| u.to_string()).unwrap_or_default();
        let console = self.console().await.join("\n");
        let _ = std::fs::write(dir.join(format!("{name}.txt")), format!("url: {url}\n{console}\n"));
        eprintln!("artifacts of the failure: {}/{name}.{{png,html,txt}}", dir.display());
    }

    /// Ends the browser session.
    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}

/// `POST /session/{id}/se/log {type: browser}` (ChromeDriver's console log).
#[derive(Debug)]
struct LogCommand;

impl fantoccini::wd::WebDriverCompatibleCommand for LogCommand {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/se/log", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _request_url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_string()))
    }
}

impl Page {
    /// Runs a Chrome DevTools Protocol command on this tab (`Page.getInstallabilityErrors`,
    /// `Network.emulateNetworkConditions`, …) and returns its result.
    pub async fn cdp(&self, cmd: &str, params: serde_json::Value) -> serde_json::Value {
        crate::cdp::cdp(&self.client, cmd, params).await
    }

    /// Emulates losing (`false`) or regaining (`true`) the network, through DevTools.
    pub async fn set_online(&self, online: bool) {
        self.cdp("Network.enable", json!({})).await;
        let conditions = json!({
            "offline": !online, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1
        });
        self.cdp("Network.emulateNetworkConditions", conditions).await;
    }

    /// Console lines so far that report a Content-Security-Policy violation.
    pub async fn csp_violations(&self) -> Vec<String> {
        self.console()
            .await
            .into_iter()
            .filter(|l| l.contains("Content Security Policy") || l.contains("Refused to"))
            .collect()
    }
}

impl Page {
    /// Emulates a viewport of `width` × `height` CSS pixels through DevTools (Chrome will
    /// not shrink a real window below about 500 px), so that media queries see `width`.
    pub async fn set_viewport(&self, width: u32, height: u32) {
        let metrics = json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false });
        self.cdp("Emulation.setDeviceMetricsOverride", metrics).await;
    }

    /// Ends [`Page::set_viewport`]'s emulation.
    pub async fn clear_viewport(&self) {
        self.cdp("Emulation.clearDeviceMetricsOverride", json!({})).await;
    }

    /// Saves a screenshot of the viewport as `target/e2e-artifacts/<name>.png`; returns its path.
    pub async fn save_screenshot(&self, name: &str) -> std::path::PathBuf {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e-artifacts");
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(format!("{name}.png"));
        let png = self.client.screenshot().await.expect("a screenshot");
        std::fs::write(&path, png).expect("screenshot saved");
        path
    }

    /// How far the page scrolls sideways: `scrollWidth − clientWidth` of the document, and
    /// the widest elements sticking out past the viewport (for a readable failure).
    pub async fn horizontal_overflow(&self) -> (i64, Vec<String>) {
        let v = self
            .js(r#"const d = document.documentElement, w = d.clientWidth;
                const wide = [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > w + 1)
                  .slice(0, 8)
                  .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`);
                return [d.scrollWidth - w, wide];"#)
            .await;
        let over = v.get(0).and_then(serde_json::Value::as_i64).unwrap_or(0);
        let wide = v
            .get(1)
            .and_then(serde_json::Value::as_array)
            .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
            .unwrap_or_default();
        (over, wide)
    }

    /// The id of the focused element, or its tag name when it has none.
    pub async fn focused(&self) -> String {
        let v = self.js("const a = document.activeElement; return a ? (a.id || a.tagName.toLowerCase()) : ''").await;
        v.as_str().unwrap_or_default().to_string()
    }
}

impl Page {
    /// Types `text` into whatever has focus, as key presses (a real keyboard, not a field's
    /// value being set); `\u{e007}` (`Key::Enter`), `\u{e004}` (Tab) and the like work too.
    pub async fn press(&self, text: &str) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut keys = KeyActions::new("keyboard".into());
        for c in text.chars() {
            keys = keys.then(KeyAction::Down { value: c }).then(KeyAction::Up { value: c });
        }
        self.client.perform_actions(keys).await.expect("key presses");
    }

    /// Presses `key` with Control held.
    pub async fn press_ctrl(&self, key: char) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let control: char = fantoccini::key::Key::Control.into();
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: control })
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key })
            .then(KeyAction::Up { value: control });
        self.client.perform_actions(keys).await.expect("key chord");
    }
}
