//! The browser engines the tests drive, each through its own WebDriver server: Chromium
//! (ChromeDriver), Firefox ESR (geckodriver) and WebKitGTK, Safari's engine family
//! (WebKitWebDriver with MiniBrowser). What differs between them lives here: which binaries,
//! which arguments, which capabilities.

use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

/// A browser engine with a WebDriver server.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Debian's Chromium, headless, through ChromeDriver: every test but the engine smoke walks.
    Chromium,
    /// Debian's Firefox ESR, headless, through geckodriver.
    Firefox,
    /// WebKitGTK's MiniBrowser through WebKitWebDriver, on a virtual display (it has no
    /// headless mode).
    WebKit,
}

/// Where a program comes from, for the message when it is missing.
struct Program {
    path: PathBuf,
    installed_by: &'static str,
}

impl Program {
    /// `$var`, else `default`.
    fn from_env(var: &str, default: impl Into<PathBuf>, installed_by: &'static str) -> Program {
        let path = std::env::var_os(var).map(PathBuf::from).unwrap_or_else(|| default.into());
        Program { path, installed_by }
    }

    /// The path, or a panic that says what is missing and what installs it.
    fn require(self) -> PathBuf {
        assert!(
            self.path.is_file(),
            "{} is missing: it comes from {}, which scripts/setup installs",
            self.path.display(),
            self.installed_by
        );
        self.path
    }
}

impl Engine {
    /// A short name for messages.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "Chromium",
            Engine::Firefox => "Firefox ESR",
            Engine::WebKit => "WebKitGTK",
        }
    }

    /// The WebDriver server and its arguments for a port the system picks (`0`); panics
    /// with a clear message when it or the browser is not installed.
    pub(crate) fn driver_command(self) -> (PathBuf, Vec<String>) {
        // The browser is checked here too, so that a missing one fails before any session.
        let _ = self.browser();
        match self {
            Engine::Chromium => {
                let path =
                    Program::from_env("CHROMEDRIVER", "/usr/bin/chromedriver", "Debian's chromium-driver package");
                (path.require(), vec!["--port=0".into()])
            }
            Engine::Firefox => {
                let path = Program::from_env("GECKODRIVER", geckodriver(), "crates.io (`cargo install geckodriver`)");
                (path.require(), vec!["--port".into(), "0".into(), "--host".into(), "127.0.0.1".into()])
            }
            Engine::WebKit => {
                let path = Program::from_env(
                    "WEBKITWEBDRIVER",
                    "/usr/bin/WebKitWebDriver",
                    "Debian's webkit2gtk-driver package",
                );
                (path.require(), vec!["--port=0".into()])
            }
        }
    }

    /// Whether the browser needs an X display (a virtual one is started for it).
    pub(crate) fn needs_display(self) -> bool {
        self == Engine::WebKit
    }

    /// The browser binary (`$CHROMIUM`, `$FIREFOX`, `$MINIBROWSER` or the system's); the
    /// benchmark's Lighthouse part starts Chromium's itself.
    pub fn browser(self) -> PathBuf {
        match self {
            Engine::Chromium => {
                Program::from_env("CHROMIUM", "/usr/bin/chromium", "Debian's chromium package").require()
            }
            Engine::Firefox => {
                Program::from_env("FIREFOX", "/usr/bin/firefox-esr", "Debian's firefox-esr package").require()
            }
            Engine::WebKit => {
                let found =
                    minibrowser().unwrap_or_else(|| PathBuf::from("/usr/lib/<arch>/webkit2gtk-4.1/MiniBrowser"));
                Program::from_env(
                    "MINIBROWSER",
                    found,
                    "Debian's libwebkit2gtk-4.1-0 (a dependency of webkit2gtk-driver)",
                )
                .require()
            }
        }
    }

    /// The capabilities of a new session, a fresh profile each (Chromium's window size is
    /// set here; the others' by WebDriver once the session is open).
    pub(crate) fn capabilities(self) -> Map<String, Value> {
        let binary = self.browser().to_string_lossy().into_owned();
        let caps = match self {
            Engine::Chromium => json!({
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": binary,
                    "args": [
                        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--disable-quic", "--window-size=1280,900"
                    ]
                },
                "goog:loggingPrefs": { "browser": "ALL" }
            }),
            Engine::Firefox => json!({
                "browserName": "firefox",
                "moz:firefoxOptions": {
                    "binary": binary,
                    "args": ["-headless"],
                    // No update checks, telemetry or first-run pages in a test profile.
                    "prefs": {
                        "app.update.enabled": false,
                        "browser.shell.checkDefaultBrowser": false,
                        "datareporting.policy.dataSubmissionEnabled": false,
                        "toolkit.telemetry.reportingpolicy.firstRun": false
                    }
                }
            }),
            Engine::WebKit => json!({
                "browserName": "MiniBrowser",
                "webkitgtk:browserOptions": { "binary": binary, "args": ["--automation"] }
            }),
        };
        match caps {
            Value::Object(map) => map,
            _ => unreachable!("literal object"),
        }
    }
}

/// `geckodriver` on `PATH`, else where `cargo install` puts it (`$CARGO_HOME/bin`, by
/// default `~/.cargo/bin`).
fn geckodriver() -> PathBuf {
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).map(|d| d.join("geckodriver")).find(|p| p.is_file()))
        .unwrap_or_default();
    on_path.unwrap_or_else(|| {
        let cargo_home = std::env::var_os("CARGO_HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo"));
        cargo_home.join("bin/geckodriver")
    })
}

/// Debian ships MiniBrowser under the architecture's library directory,
/// `/usr/lib/<triplet>/webkit2gtk-4.1/MiniBrowser`.
fn minibrowser() -> Option<PathBuf> {
    let lib = Path::new("/usr/lib");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(lib).ok()?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    dirs.sort();
    dirs.into_iter()
        .flat_map(|d| ["webkit2gtk-4.1", "webkit2gtk-4.0"].map(|v| d.join(v).join("MiniBrowser")))
        .find(|p| p.is_file())
}
