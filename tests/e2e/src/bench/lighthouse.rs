//! The Lighthouse part: Lighthouse 12 (its default mobile preset, simulated throttling) over
//! one page of the sandbox, a few cold runs, through `tests/e2e/bench/lighthouse.mjs` (Node,
//! Lighthouse's Node API with its puppeteer-core). Lighthouse itself is installed on first
//! use by `install_lighthouse` of scripts/env.sh, which pins its version.

use super::stats::Stat;
use serde_json::Value;
use std::{
    path::{Path, PathBuf},
    time::Duration,
};
use tokio::process::Command;

/// How long the runs of one page may take together.
const TIMEOUT: Duration = Duration::from_secs(600);

/// What the runs of one page gave.
pub struct Scores {
    /// The category scores, 0–100.
    pub performance: Stat,
    pub accessibility: Stat,
    pub best_practices: Stat,
    /// Largest Contentful Paint and Total Blocking Time, simulated, in ms.
    pub lcp_ms: Stat,
    pub tbt_ms: Stat,
    /// The audits that did not pass in at least one run, by category and id.
    pub failing: Vec<Failure>,
    /// The audits that could not run in at least one run, with the first reason given.
    pub errors: Vec<(String, String)>,
    /// The LCP element of each run as the page itself saw it (observed, unthrottled):
    /// Lighthouse's own audit of it fails on Chromium 156.
    pub lcp_elements: Vec<String>,
    /// Lantern's simulated load up to the LCP in each run: when the document, the code and
    /// the API requests are in, and in how many rounds the API requests go.
    pub simulated_paths: Vec<String>,
    /// The Lighthouse version that ran.
    pub version: String,
    /// How it throttled, e.g. "simulated: 150 ms RTT, 1.6 Mbit/s, 4× CPU".
    pub throttling: String,
}

/// An audit that did not pass.
pub struct Failure {
    pub category: String,
    pub id: String,
    pub title: String,
    /// Its weight in the category's score (0: it does not count).
    pub weight: f64,
    /// In how many runs it did not pass, and its lowest score and value there.
    pub runs: usize,
    pub score: f64,
    pub display: String,
    /// What it found (a URL, an element, a console message), from its worst run.
    pub items: Vec<String>,
}

/// One Lighthouse run of a page, as the script prints it.
struct Run {
    json: Value,
}

impl Run {
    fn number(&self, key: &str) -> f64 {
        self.json[key].as_f64().unwrap_or_else(|| panic!("lighthouse.mjs gave no number {key}: {}", self.json))
    }

    fn text(&self, key: &str) -> String {
        self.json[key].as_str().unwrap_or_default().to_string()
    }

    /// The path of the page Lighthouse ended on.
    fn final_path(&self) -> String {
        url::Url::parse(&self.text("finalUrl")).map(|u| u.path().to_string()).unwrap_or_default()
    }

    /// Whether the page asked the API for the account (`/user/api/me`) and got it: signed in.
    fn signed_in(&self) -> bool {
        self.json["api"].as_array().is_some_and(|a| a.iter().any(|r| r["path"] == "/user/api/me" && r["status"] == 200))
    }
}

/// Where Lighthouse is installed: `$LIGHTHOUSE_DIR`, else scripts/env.sh's directory, after
/// `install_lighthouse` (a no-op when it is there).
pub fn install_dir(workspace: &Path) -> PathBuf {
    if let Some(dir) = std::env::var_os("LIGHTHOUSE_DIR") {
        return PathBuf::from(dir);
    }
    let out = std::process::Command::new("bash")
        .args(["-c", "source scripts/env.sh && install_lighthouse && printf %s \"$LIGHTHOUSE_DIR\""])
        .current_dir(workspace)
        .stderr(std::process::Stdio::inherit())
        .output()
        .expect("run bash");
    assert!(out.status.success(), "install_lighthouse of scripts/env.sh failed");
    PathBuf::from(String::from_utf8(out.stdout).expect("a UTF-8 path"))
}

/// How the audited browser reaches the sandbox.
#[derive(Clone, Copy, PartialEq)]
pub enum Transport {
    /// Through lighthouse.mjs's HTTPS front, which speaks HTTP/2 (`--https`): how a deployed
    /// PWA is served, since it needs HTTPS and the servers that give it speak HTTP/2.
    Https,
    /// The sandbox's own plain HTTP on loopback, which Lighthouse models as HTTP/1.1: six
    /// connections per origin, each request waiting for a free one.
    PlainHttp,
}

/// Audits `url` `runs` times, each a cold load in a fresh browser, over `transport`. With
/// `session`, that sessionStorage item is set before the page's scripts run, and every run
/// must have loaded signed in; without, none may have.
pub async fn audit(
    lighthouse_dir: &Path,
    chromium: &Path,
    url: &str,
    session: Option<(&str, &str)>,
    transport: Transport,
    runs: usize,
) -> Scores {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("bench/lighthouse.mjs");
    let mut cmd = Command::new("node");
    cmd.arg(&script)
        .arg("--lighthouse-dir")
        .arg(lighthouse_dir)
        .arg("--chrome")
        .arg(chromium)
        .args(["--url", url, "--runs", &runs.to_string()])
        .stderr(std::process::Stdio::inherit())
        .kill_on_drop(true);
    if let Some((key, value)) = session {
        cmd.args(["--session-item", &format!("{key}={value}")]);
    }
    if transport == Transport::Https {
        cmd.arg("--https");
    }
    if let Some(dir) = std::env::var_os("BENCH_LIGHTHOUSE_REPORTS") {
        let name = if session.is_some() { "signed-in" } else { "signed-out" };
        let over = if transport == Transport::Https { "https" } else { "http" };
        cmd.arg("--save").arg(PathBuf::from(dir).join(format!("{name}-{over}")));
    }
    let out = tokio::time::timeout(TIMEOUT, cmd.output())
        .await
        .unwrap_or_else(|_| panic!("Lighthouse took more than {TIMEOUT:?} for {url}"))
        .expect("run node (scripts/setup installs Node.js)");
    assert!(out.status.success(), "{} failed for {url}", script.display());
    let printed: Value = serde_json::from_slice(&out.stdout).expect("lighthouse.mjs prints JSON");
    let runs: Vec<Run> = printed["runs"].as_array().expect("runs").iter().map(|r| Run { json: r.clone() }).collect();
    for run in &runs {
        let state = |signed_in: bool| if signed_in { "signed in" } else { "signed out" };
        assert_eq!(
            run.signed_in(),
            session.is_some(),
            "Lighthouse's load of {url} should be {} but ended {} on {}",
            state(session.is_some()),
            state(run.signed_in()),
            run.final_path()
        );
        assert_eq!(run.text("formFactor"), "mobile", "Lighthouse's preset is not mobile");
        for warning in run.json["warnings"].as_array().into_iter().flatten() {
            eprintln!("lighthouse: {url}: {}", warning.as_str().unwrap_or_default());
        }
    }
    let stat = |key: &str| Stat::new(runs.iter().map(|r| r.number(key)).collect());
    Scores {
        performance: stat("performance"),
        accessibility: stat("accessibility"),
        best_practices: stat("bestPractices"),
        lcp_ms: stat("lcpMs"),
        tbt_ms: stat("tbtMs"),
        failing: failures(&runs),
        errors: errors(&runs),
        lcp_elements: runs.iter().map(|r| r.text("lcpElement")).collect(),
        simulated_paths: runs.iter().map(|r| r.text("simulatedPath")).collect(),
        version: runs[0].text("lighthouse"),
        throttling: throttling(&runs[0].json["throttling"]),
    }
}

/// The audits that errored in any run, each once, with its first message.
fn errors(runs: &[Run]) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = vec![];
    for e in runs.iter().flat_map(|r| r.json["errors"].as_array().into_iter().flatten()) {
        let id = e["id"].as_str().unwrap_or_default();
        if !all.iter().any(|(known, _)| known == id) {
            all.push((id.to_string(), e["message"].as_str().unwrap_or_default().to_string()));
        }
    }
    all
}

/// Lighthouse's throttling settings in a few words.
fn throttling(t: &Value) -> String {
    let method = t["method"].as_str().unwrap_or_default();
    let method = if method == "simulate" { "simulated" } else { method };
    let n = |key: &str| t[key].as_f64().unwrap_or(f64::NAN);
    format!(
        "{method}: {:.0} ms RTT, {:.1} Mbit/s, {}× CPU",
        n("rttMs"),
        n("throughputKbps") / 1000.0,
        n("cpuSlowdownMultiplier")
    )
}

/// The failing audits of all runs, one entry per audit, in the order first seen (the
/// categories' order).
fn failures(runs: &[Run]) -> Vec<Failure> {
    let mut all: Vec<Failure> = vec![];
    for f in runs.iter().flat_map(|r| r.json["failing"].as_array().into_iter().flatten()) {
        let id = f["id"].as_str().unwrap_or_default();
        let category = f["category"].as_str().unwrap_or_default();
        let at = match all.iter().position(|e| e.id == id && e.category == category) {
            Some(at) => at,
            None => {
                all.push(Failure {
                    category: category.to_string(),
                    id: id.to_string(),
                    title: f["title"].as_str().unwrap_or_default().to_string(),
                    weight: f["weight"].as_f64().unwrap_or(0.0),
                    runs: 0,
                    score: f64::INFINITY,
                    display: String::new(),
                    items: vec![],
                });
                all.len() - 1
            }
        };
        let entry = &mut all[at];
        entry.runs += 1;
        let score = f["score"].as_f64().unwrap_or(0.0);
        if score < entry.score {
            entry.score = score;
            entry.display = f["displayValue"].as_str().unwrap_or_default().to_string();
            entry.items =
                f["items"].as_array().into_iter().flatten().filter_map(|i| i.as_str().map(String::from)).collect();
        }
    }
    all
}

/// The failing audits as lines for the terminal: every one of accessibility, best practices
/// and SEO with what it found, the audits that could not run, and the performance ones that
/// weigh in the score in one line.
pub fn failure_lines(page: &str, scores: &Scores, runs: usize) -> Vec<String> {
    let mut lines = vec![];
    let mut weighted = vec![];
    for f in &scores.failing {
        if f.category == "performance" {
            if f.weight > 0.0 {
                weighted.push(format!("{} {} ({})", f.id, f.display, f.score));
            }
            continue;
        }
        let display = if f.display.is_empty() { String::new() } else { format!(", {}", f.display) };
        lines.push(format!(
            "{page}: [{}] {} (score {}{display}, failed in {} of {runs} runs): {}",
            f.category, f.id, f.score, f.runs, f.title
        ));
        for item in &f.items {
            lines.push(format!("    {item}"));
        }
    }
    if lines.is_empty() {
        lines.push(format!("{page}: every accessibility, best-practices and SEO audit passed in all {runs} runs"));
    }
    if !scores.errors.is_empty() {
        let ids: Vec<&str> = scores.errors.iter().map(|(id, _)| id.as_str()).collect();
        lines.push(format!("{page}: audits that could not run (left out of the scores): {}", ids.join(", ")));
        let mut reasons: Vec<&str> = scores.errors.iter().map(|(_, why)| why.as_str()).collect();
        reasons.sort_unstable();
        reasons.dedup();
        for why in reasons {
            lines.push(format!("    {why}"));
        }
    }
    if !weighted.is_empty() {
        lines.push(format!("{page}: performance metrics below 0.9 (worst run): {}", weighted.join("; ")));
    }
    for (run, element) in scores.lcp_elements.iter().enumerate().filter(|(_, e)| !e.is_empty()) {
        lines.push(format!("{page}: LCP element of run {} (observed, unthrottled): {element}", run + 1));
    }
    for (run, path) in scores.simulated_paths.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
        lines.push(format!("{page}: simulated path of run {}: {path}", run + 1));
    }
    lines
}
