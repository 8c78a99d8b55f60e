//! Command-line configuration of the sandbox, parsed by hand (no clap).

use std::net::SocketAddr;
use std::path::PathBuf;

use crate::faults::Fault;

/// The API key the sandbox accepts unless `--api-key` says otherwise.
pub const DEMO_API_KEY: &str = "psk_demo_7Hq2xW9rLm4TzK8v";
/// The e-mail address of the seeded demo account.
pub const DEMO_EMAIL: &str = "demo@proxyshard.test";
/// The seeded demo account's starting wallet balance in cents (`--wallet-cents` changes it).
pub const WALLET: i64 = 50_000;
/// A second demo account's key, always accepted: an account that never bought Standart or
/// Premium residential traffic (see `accounts`).
pub const SECOND_DEMO_API_KEY: &str = "psk_demo_2Nr5Vb8Qx3Jd6Fw";
/// The e-mail address of the second demo account.
pub const SECOND_DEMO_EMAIL: &str = "starter@proxyshard.test";

/// Usage text printed by `--help` and after bad arguments.
pub const USAGE: &str = "\
Usage: sandbox [OPTIONS]

A fake ProxyShard User API with deterministic demo data.

Options:
  --listen ADDR        address to listen on (default 127.0.0.1:8080; port 0 picks a free port)
  --api-key KEY        API key to accept (default psk_demo_7Hq2xW9rLm4TzK8v)
  --serve DIR          also serve static files from DIR (unknown paths get DIR/index.html)
  --cors-origin ORIGIN allow cross-origin requests from exactly ORIGIN
  --latency-ms N       wait N milliseconds before every /user/api answer
  --seed N             seed for generated data such as IPs and passwords (default 42)
  --control            enable the test-only endpoints under /__sandbox/
  --extra-orders N     seed N more orders after the 45 (ids from 1046), a realistic mix
                       drawn from the seed, for long lists, exports and charts
  --wallet-cents N     the wallet balance at start, in cents (default 50000)
  --fault SPEC         make matching requests fail, e.g. kind=502,path=/user/api/me
                       (repeatable; see sandbox/README.md for kinds and keys)
  --app-config JSON    answer GET /config.json with this JSON instead of the served file
  --help               print this help";

/// How the sandbox runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// Address to bind; port 0 picks a free port.
    pub listen: SocketAddr,
    /// The only API key accepted as `Authorization: Bearer <key>`.
    pub api_key: String,
    /// Directory of static files served on the same origin (single-page app).
    pub serve_dir: Option<PathBuf>,
    /// The one origin allowed by CORS; no CORS headers when `None`.
    pub cors_origin: Option<String>,
    /// Delay before every `/user/api` answer, in milliseconds.
    pub latency_ms: u64,
    /// Seed for generated data (proxy IPs, passwords).
    pub seed: u64,
    /// Enables the `/__sandbox/` test endpoints.
    pub control: bool,
    /// Orders seeded after the 45 of the demo account (benchmarks of long lists).
    pub extra_orders: u32,
    /// The wallet balance at start, in cents (the seeded account holds $500.00).
    pub wallet_cents: i64,
    /// Faults in force from the start (more can be added at run time).
    pub faults: Vec<Fault>,
    /// Served as `GET /config.json` instead of the file (the dashboard's settings).
    pub app_config: Option<serde_json::Value>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            api_key: DEMO_API_KEY.to_string(),
            serve_dir: None,
            cors_origin: None,
            latency_ms: 0,
            seed: 42,
            control: false,
            extra_orders: 0,
            wallet_cents: WALLET,
            faults: Vec::new(),
            app_config: None,
        }
    }
}

impl Config {
    /// Parses command-line arguments (without the program name).
    ///
    /// Accepts `--flag value` and `--flag=value`. Errors are human messages;
    /// `--help` is not handled here (the binary checks for it first).
    pub fn from_args(args: impl Iterator<Item = String>) -> Result<Config, String> {
        let mut config = Config::default();
        let mut args = args.peekable();
        while let Some(arg) = args.next() {
            let (flag, inline) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
                _ => (arg.clone(), None),
            };
            if flag == "--control" {
                if inline.is_some() {
                    return Err("--control takes no value".into());
                }
                config.control = true;
                continue;
            }
            if !matches!(
                flag.as_str(),
                "--listen"
                    | "--api-key"
                    | "--serve"
                    | "--cors-origin"
                    | "--latency-ms"
                    | "--seed"
                    | "--extra-orders"
                    | "--wallet-cents"
                    | "--fault"
                    | "--app-config"
            ) {
                return Err(format!("unknown argument: {arg}"));
            }
            let value = match inline.or_else(|| args.next()) {
                Some(v) => v,
                None => return Err(format!("{flag} needs a value")),
            };
            match flag.as_str() {
                "--listen" => {
                    config.listen =
                        value.parse().map_err(|_| format!("--listen: not an address like 127.0.0.1:8080: {value}"))?
                }
                "--api-key" => {
                    if value.trim().is_empty() || value.chars().any(|c| c.is_whitespace()) {
                        return Err("--api-key must be non-empty and without spaces".into());
                    }
                    config.api_key = value
                }
                "--serve" => config.serve_dir = Some(PathBuf::from(value)),
                "--cors-origin" => {
                    if value.is_empty() || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
                        return Err(format!("--cors-origin: not a valid origin: {value}"));
                    }
                    config.cors_origin = Some(value)
                }
                "--latency-ms" => {
                    config.latency_ms =
                        value.parse().map_err(|_| format!("--latency-ms: not a whole number: {value}"))?
                }
                "--extra-orders" => {
                    config.extra_orders =
                        value.parse().map_err(|_| format!("--extra-orders: not a whole number: {value}"))?
                }
                "--wallet-cents" => {
                    config.wallet_cents = value
                        .parse()
                        .ok()
                        .filter(|c: &i64| *c >= 0)
                        .ok_or_else(|| format!("--wallet-cents: not a whole number of cents ≥ 0: {value}"))?
                }
                "--fault" => config.faults.push(Fault::parse(&value)?),
                "--app-config" => {
                    let parsed: serde_json::Value =
                        serde_json::from_str(&value).map_err(|e| format!("--app-config: not JSON: {e}"))?;
                    if !parsed.is_object() {
                        return Err("--app-config: must be a JSON object".into());
                    }
                    config.app_config = Some(parsed)
                }
                _ => config.seed = value.parse().map_err(|_| format!("--seed: not a whole number: {value}"))?,
            }
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Config, String> {
        Config::from_args(args.iter().map(|s| s.to_string()))
    }

    #[test]
    fn defaults() {
        assert_eq!(parse(&[]), Ok(Config::default()));
        assert_eq!(Config::default().listen.to_string(), "127.0.0.1:8080");
    }

    #[test]
    fn all_flags() {
        let c = parse(&[
            "--listen",
            "0.0.0.0:0",
            "--api-key=k1",
            "--serve",
            "dist",
            "--cors-origin",
            "http://localhost:3000",
            "--latency-ms",
            "250",
            "--seed",
            "7",
            "--control",
            "--extra-orders=55",
            "--wallet-cents",
            "1234",
        ])
        .expect("parses");
        assert_eq!((c.extra_orders, c.wallet_cents), (55, 1234));
        assert_eq!(c.listen.port(), 0);
        assert_eq!(c.api_key, "k1");
        assert_eq!(c.serve_dir, Some(PathBuf::from("dist")));
        assert_eq!(c.cors_origin.as_deref(), Some("http://localhost:3000"));
        assert_eq!((c.latency_ms, c.seed, c.control), (250, 7, true));
    }

    #[test]
    fn errors() {
        assert!(parse(&["--listen"]).is_err());
        assert!(parse(&["--listen", "nowhere"]).is_err());
        assert!(parse(&["--latency-ms", "-1"]).is_err());
        assert!(parse(&["--bogus"]).is_err());
        assert!(parse(&["--extra-orders", "-1"]).is_err());
        assert!(parse(&["--wallet-cents", "-1"]).is_err());
        assert_eq!(parse(&[]).map(|c| c.wallet_cents), Ok(50_000));
        assert!(parse(&["--fault", "kind=nope,path=/"]).is_err());
        assert!(parse(&["--app-config", "[1]"]).is_err());
        assert!(parse(&["--app-config", "{"]).is_err());
    }

    #[test]
    fn faults_and_app_config() {
        let c = parse(&[
            "--fault",
            "kind=502,path=/user/api/me",
            "--fault=kind=drop,method=POST,path=/user/api/orders/purchase,when=after",
            "--app-config",
            r#"{"api_base":"","request_timeout_ms":1500}"#,
        ])
        .expect("parses");
        assert_eq!(c.faults.len(), 2);
        assert_eq!(c.faults[1].method.as_deref(), Some("POST"));
        assert_eq!(c.app_config, Some(serde_json::json!({"api_base": "", "request_timeout_ms": 1500})));
    }
}
