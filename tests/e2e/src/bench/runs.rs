//! The measurements made in the browser: cold load, price reactivity, rendering of 100
//! rows against plain JavaScript, and memory over route changes. Times are the page's
//! `performance.now()` (milliseconds from navigation start), taken inside the page by
//! MutationObservers and event listeners, so WebDriver's round trips never count.
//!
//! Price reactivity is its own module, `runs/price.rs`. The JavaScript run in the page
//! lives in `js/` beside this file, one file per script with a header saying what it
//! measures, included at compile time so that it reads and lints as JavaScript.

mod price;

pub use price::{price, Price, DEBOUNCE_MS};

use super::stats::Stat;
use e2e::cdp::cdp;
use e2e::{Page, DEMO_API_KEY};
use serde_json::{json, Value};
use std::time::Duration;
use tokio::time::{sleep, Instant};

/// How long anything awaited may take.
const WAIT: Duration = Duration::from_secs(30);

/// A network line, as `Network.emulateNetworkConditions` takes it.
pub struct Line {
    /// Download speed, bits per second.
    pub down_bits: f64,
    /// Upload speed, bits per second.
    pub up_bits: f64,
    /// Added round-trip time, ms.
    pub rtt_ms: f64,
}

impl Line {
    fn params(&self) -> Value {
        json!({
            "offline": false,
            "latency": self.rtt_ms,
            "downloadThroughput": self.down_bits / 8.0,
            "uploadThroughput": self.up_bits / 8.0,
        })
    }
}

/// A slow phone connection (issue 14's yardstick): 1.6 Mbit/s down, 750 kbit/s up, 150 ms.
pub const SLOW_LINE: Line = Line { down_bits: 1_600_000.0, up_bits: 750_000.0, rtt_ms: 150.0 };

/// Puts the tab on `line` (CDP's emulation), or back on the machine's own network with `None`.
async fn use_line(page: &Page, line: Option<&Line>) {
    let params = line.map_or_else(
        || json!({ "offline": false, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
        Line::params,
    );
    cdp(page.client(), "Network.emulateNetworkConditions", params).await;
}

/// Records, in every new document of the tab, when the sign-in form becomes usable, when
/// the profile shows the e-mail and the stock, when 100 order rows are on screen, and when the residential page shows its traffic and its
/// country list (each after a forced layout), as `window.__bench`.
const LOAD_MARKS: &str = include_str!("js/load_marks.js");

/// Reads a mark of [`LOAD_MARKS`] with the timings of what the page fetched.
const READ_MARK: &str = include_str!("js/read_mark.js");

/// Cold-load results.
pub struct ColdLoad {
    /// Navigation start → sign-in form usable.
    pub sign_in: Stat,
    /// Navigation start → the wasm file fully received (sign-in runs).
    pub sign_in_wasm_end: Stat,
    /// Navigation start → 100 order rows on screen (signed in).
    pub orders: Stat,
    /// Navigation start → the orders answer fully received.
    pub orders_api_end: Stat,
    /// Navigation start → the residential page's traffic and country list (signed in).
    pub residential: Stat,
    /// Navigation start → sign-in form usable on a slow phone line ([`SLOW_LINE`]).
    pub sign_in_slow: Stat,
    /// Bytes of the wasm on the wire and decoded (compression used by the browser).
    pub wasm_encoded: u64,
    pub wasm_decoded: u64,
    /// The app's files received before the sign-in form was usable (last run).
    pub sign_in_files: Vec<String>,
    /// Navigation start → the profile's e-mail and stock on screen (signed in).
    pub profile: Stat,
    /// The app's files received before the profile was on screen, on the slow line.
    pub profile_files: Vec<String>,
}

fn file_names(v: &Value) -> Vec<String> {
    let mut names: Vec<String> =
        v["files"].as_array().into_iter().flatten().filter_map(|f| f.as_str().map(str::to_string)).collect();
    names.sort();
    names.dedup();
    names
}

/// Rendering of 100 rows, the app against plain JavaScript.
pub struct Render {
    /// Answer fully received → 100 rows laid out.
    pub app_render: Stat,
    pub plain_render: Stat,
    /// Answer fully received → the first MutationObserver callback after it, i.e. the
    /// script work done and the DOM built (the rest, to `*_render`, is style and layout).
    pub app_first_change: Stat,
    pub plain_first_change: Stat,
    /// Click → 100 rows laid out (network included).
    pub app_total: Stat,
    pub plain_total: Stat,
}

/// One memory reading after forced garbage collection.
#[derive(Clone, Copy, Debug)]
pub struct MemoryReading {
    pub js_heap: f64,
    pub wasm: f64,
    pub dom_nodes: f64,
    pub listeners: f64,
}

/// Memory after the [`WARM_UP_CHANGES`] and after `changes` more route changes.
pub struct Memory {
    pub warm: Vec<MemoryReading>,
    pub at_end: Vec<MemoryReading>,
    /// The route changes between the two readings: [`ROUTE_CHANGES_TOTAL`], or what
    /// `BENCH_ROUTE_CHANGES` asked for.
    pub changes: usize,
    /// Milliseconds per route change (click → the page's content on screen).
    pub per_change: Stat,
}

async fn goto(page: &Page, base: &str, path: &str) {
    page.client().goto(&format!("{base}{path}")).await.unwrap_or_else(|e| panic!("open {path}: {e}"));
}

/// Polls `script` (a function body) until it returns something other than null.
async fn poll(page: &Page, what: &str, script: &str, args: Vec<Value>) -> Value {
    let deadline = Instant::now() + WAIT;
    loop {
        let v = page.client().execute(script, args.clone()).await.unwrap_or(Value::Null);
        if !v.is_null() {
            return v;
        }
        assert!(Instant::now() < deadline, "never happened: {what}");
        sleep(Duration::from_millis(20)).await;
    }
}

async fn js_async(page: &Page, script: &str, args: Vec<Value>) -> Value {
    page.client().execute_async(script, args).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

fn num(v: &Value, key: &str) -> f64 {
    v[key].as_f64().unwrap_or_else(|| panic!("no number {key} in {v}"))
}

/// Signs in through the form on `base` and waits for the profile.
pub async fn sign_in(page: &Page, base: &str) {
    goto(page, base, "/sign-in").await;
    page.fill("#api-key", DEMO_API_KEY).await;
    page.click("form button[type=submit]").await;
    page.find("[data-test=email]").await;
}

/// Opens the page anew (a first visit: no HTTP cache, no service worker or its cache) and
/// waits for `mark` of [`LOAD_MARKS`].
async fn cold_open(page: &Page, base: &str, path: &str, mark: &str) -> Value {
    cold_goto(page, base, path).await;
    poll(page, mark, READ_MARK, vec![json!(mark)]).await
}

/// Opens `path` anew, with no service worker or its cache.
async fn cold_goto(page: &Page, base: &str, path: &str) {
    let c = page.client();
    goto(page, base, "/health").await;
    cdp(c, "Storage.clearDataForOrigin", json!({ "origin": base, "storageTypes": "service_workers,cache_storage" }))
        .await;
    sleep(Duration::from_millis(300)).await;
    goto(page, base, path).await;
}

/// Cold loads: the sign-in form (signed out), then the orders table with 100 rows.
/// Leaves the tab signed in on `base`.
pub async fn cold_load(page: &Page, base: &str, runs: usize) -> ColdLoad {
    let c = page.client();
    cdp(c, "Network.enable", json!({})).await;
    cdp(c, "Network.setCacheDisabled", json!({ "cacheDisabled": true })).await;
    cdp(c, "Network.setBypassServiceWorker", json!({ "bypass": true })).await;
    let script = cdp(c, "Page.addScriptToEvaluateOnNewDocument", json!({ "source": LOAD_MARKS })).await;

    let (mut sign_in_ms, mut wasm_end, mut orders_ms, mut api_end) = (vec![], vec![], vec![], vec![]);
    let (mut encoded, mut decoded) = (0, 0);
    let mut sign_in_files = vec![];
    // One unmeasured load first, so that no run pays for the browser's own start-up.
    cold_open(page, base, "/sign-in", "signin").await;
    for _ in 0..runs {
        let v = cold_open(page, base, "/sign-in", "signin").await;
        sign_in_ms.push(num(&v, "mark"));
        wasm_end.push(num(&v, "wasm_end"));
        encoded = v["wasm_encoded"].as_u64().unwrap_or(0);
        decoded = v["wasm_decoded"].as_u64().unwrap_or(0);
        sign_in_files = file_names(&v);
    }
    // The same on a slow phone line, as CDP emulates one.
    use_line(page, Some(&SLOW_LINE)).await;
    let mut slow = vec![];
    for _ in 0..runs {
        slow.push(num(&cold_open(page, base, "/sign-in", "signin").await, "mark"));
    }
    use_line(page, None).await;
    sign_in(page, base).await;
    let mut profile = vec![];
    cold_open(page, base, "/", "profile").await;
    for _ in 0..runs {
        profile.push(num(&cold_open(page, base, "/", "profile").await, "mark"));
    }
    // The files the profile waited for are those in before it was on screen on the slow
    // line: on loopback whatever the page asks for is in at once, so the charts' code,
    // asked for once the look ahead is laid out, could count though nothing waits for it.
    use_line(page, Some(&SLOW_LINE)).await;
    let profile_files = file_names(&cold_open(page, base, "/", "profile").await);
    use_line(page, None).await;
    let orders = "/orders?status=all&offset=0&limit=100";
    cold_open(page, base, orders, "rows100").await;
    for _ in 0..runs {
        let v = cold_open(page, base, orders, "rows100").await;
        orders_ms.push(num(&v, "mark"));
        api_end.push(num(&v, "last_api_end"));
    }

    let mut residential = vec![];
    let page_path = "/residential?type=standart";
    cold_open(page, base, page_path, "residential").await;
    for _ in 0..runs {
        residential.push(num(&cold_open(page, base, page_path, "residential").await, "mark"));
    }

    if let Some(id) = script["identifier"].as_str() {
        cdp(c, "Page.removeScriptToEvaluateOnNewDocument", json!({ "identifier": id })).await;
    }
    cdp(c, "Network.setCacheDisabled", json!({ "cacheDisabled": false })).await;
    cdp(c, "Network.setBypassServiceWorker", json!({ "bypass": false })).await;
    ColdLoad {
        sign_in: Stat::new(sign_in_ms),
        sign_in_wasm_end: Stat::new(wasm_end),
        orders: Stat::new(orders_ms),
        orders_api_end: Stat::new(api_end),
        residential: Stat::new(residential),
        sign_in_slow: Stat::new(slow),
        wasm_encoded: encoded,
        wasm_decoded: decoded,
        sign_in_files,
        profile: Stat::new(profile),
        profile_files,
    }
}

/// Click → content for a page whose chunk is not loaded yet, against the same click once
/// every chunk is loaded.
pub struct ChunkDelay {
    /// Buy clicked the moment the profile appears on a cold load (before any idle time,
    /// so its chunk is fetched on demand) → its product list laid out. Not Orders, whose
    /// chunk the profile's charts fetch once near the screen.
    pub not_loaded: Stat,
    /// The same click, the page's first, on a cold load left to its idle time (which fetches
    /// every chunk): only the chunk's download differs from `not_loaded`. Its code has never
    /// run, so V8 compiles each function at its first call in both.
    pub loaded: Stat,
    /// Profile, then the same click again in that document: the page's code compiled, its
    /// products already read. Shown beside, no budget.
    pub second_visit: Stat,
    /// Runs in which the buy page's chunk was indeed fetched after the click.
    pub fetched_on_click: usize,
}

/// On a document's first profile: clicks Buy at once and records when its form is shown.
const CLICK_ON_PROFILE: &str = include_str!("js/click_on_profile.js");

/// Profile → Buy by a click with everything loaded: click → the product list laid out.
const CLICK_LOADED: &str = include_str!("js/click_loaded.js");

/// True once every chunk file named in `arguments[0]` has been fetched, else null.
const CHUNKS_FETCHED: &str = include_str!("js/chunks_fetched.js");

/// True once the profile shows its e-mail and catalogue and no buy form, else null.
const PROFILE_SHOWN: &str =
    "return document.querySelector('[data-test=email]') && document.querySelector('ul.catalogue') \
                             && !document.querySelector('[data-test=product-select]') ? true : null";

/// [`ChunkDelay`], signed in on `base`, with `chunks` the build's page chunk files.
pub async fn chunk_delay(page: &Page, base: &str, chunks: &[String], runs: usize) -> ChunkDelay {
    let c = page.client();
    cdp(c, "Network.enable", json!({})).await;
    let (mut not_loaded, mut loaded, mut second_visit, mut fetched_on_click) = (vec![], vec![], vec![], 0);
    for run in 0..=runs {
        cdp(c, "Network.setCacheDisabled", json!({ "cacheDisabled": true })).await;
        cdp(c, "Network.setBypassServiceWorker", json!({ "bypass": true })).await;
        let script = cdp(c, "Page.addScriptToEvaluateOnNewDocument", json!({ "source": CLICK_ON_PROFILE })).await;
        cold_goto(page, base, "/").await;
        let r = poll(
            page,
            "the buy form after the first click",
            "return window.__chunk && window.__chunk.t1 !== undefined ? window.__chunk : null",
            vec![],
        )
        .await;
        if let Some(id) = script["identifier"].as_str() {
            cdp(c, "Page.removeScriptToEvaluateOnNewDocument", json!({ "identifier": id })).await;
        }
        // Then a cold load left to its idle time, whose preloading fetches every chunk, and
        // the same click: the orders page's first visit, with its chunk loaded.
        cold_goto(page, base, "/").await;
        poll(page, "the profile", PROFILE_SHOWN, vec![]).await;
        poll(page, "every chunk fetched", CHUNKS_FETCHED, vec![json!(chunks)]).await;
        sleep(Duration::from_millis(200)).await;
        let first = js_async(page, CLICK_LOADED, vec![]).await;
        // And a second visit: Profile, then Buy again.
        cdp(c, "Network.setCacheDisabled", json!({ "cacheDisabled": false })).await;
        page.js("[...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === 'Profile').click()")
            .await;
        poll(page, "the profile again", PROFILE_SHOWN, vec![]).await;
        sleep(Duration::from_millis(200)).await;
        let again = js_async(page, CLICK_LOADED, vec![]).await;
        if run == 0 {
            continue; // unmeasured: the browser's own warm-up
        }
        not_loaded.push(num(&r, "t1") - num(&r, "t0"));
        if r["after_click"].as_u64().unwrap_or(0) > 0 {
            fetched_on_click += 1;
        }
        loaded.push(first.as_f64().unwrap_or_else(|| panic!("click time: {first}")));
        second_visit.push(again.as_f64().unwrap_or_else(|| panic!("click time: {again}")));
    }
    cdp(c, "Network.setBypassServiceWorker", json!({ "bypass": false })).await;
    ChunkDelay {
        not_loaded: Stat::new(not_loaded),
        loaded: Stat::new(loaded),
        second_visit: Stat::new(second_visit),
        fetched_on_click,
    }
}

/// Starts watching for 100 rows, runs `trigger`, and reports when they were laid out and
/// when the orders answer had arrived.
const RENDER_100: &str = include_str!("js/render_100.js");

/// The place of the trigger in [`RENDER_100`].
const TRIGGER: &str = "/* TRIGGER */";

/// The app's trigger: the page size from 10 to 100.
const APP_TRIGGER: &str = include_str!("js/app_trigger.js");

/// The plain page's trigger: its "load 100" button.
const PLAIN_TRIGGER: &str = include_str!("js/plain_trigger.js");

/// 100 rows in the app (page size 10 → 100) and in the plain page, alternately.
pub async fn render(page: &Page, base: &str, runs: usize) -> Render {
    let (mut app_render, mut plain_render, mut app_total, mut plain_total) = (vec![], vec![], vec![], vec![]);
    let (mut app_first, mut plain_first) = (vec![], vec![]);
    let ten_rows = "return document.querySelectorAll('tr[data-test=order-row]').length === 10 ? true : null";
    // One unmeasured round of each first.
    for run in 0..=runs {
        goto(page, base, "/orders?status=all&offset=0&limit=10").await;
        poll(page, "10 rows in the app", ten_rows, vec![]).await;
        sleep(Duration::from_millis(200)).await;
        let app = js_async(page, &RENDER_100.replace(TRIGGER, APP_TRIGGER), vec![]).await;

        goto(page, base, "/bench-plain.html").await;
        poll(page, "the plain page ready", "return window.benchError || (window.benchReady ? true : null)", vec![])
            .await;
        assert_eq!(page.js("return window.benchError || null").await, Value::Null, "the plain page failed");
        poll(page, "10 rows in the plain page", ten_rows, vec![]).await;
        sleep(Duration::from_millis(200)).await;
        let plain = js_async(page, &RENDER_100.replace(TRIGGER, PLAIN_TRIGGER), vec![]).await;

        if run == 0 {
            same_rows(&app, &plain);
            continue;
        }
        app_render.push(num(&app, "t1") - num(&app, "response_end"));
        app_first.push(num(&app, "first_change") - num(&app, "response_end"));
        plain_first.push(num(&plain, "first_change") - num(&plain, "response_end"));
        app_total.push(num(&app, "t1") - num(&app, "t0"));
        plain_render.push(num(&plain, "t1") - num(&plain, "response_end"));
        plain_total.push(num(&plain, "t1") - num(&plain, "t0"));
    }
    // BENCH_PROFILE=FILE: one more app render under the CPU profiler, saved as a
    // .cpuprofile (for finding where the app's render time goes; not part of the record).
    if let Ok(file) = std::env::var("BENCH_PROFILE") {
        let c = page.client();
        goto(page, base, "/orders?status=all&offset=0&limit=10").await;
        poll(page, "10 rows in the app", ten_rows, vec![]).await;
        sleep(Duration::from_millis(200)).await;
        cdp(c, "Profiler.enable", json!({})).await;
        cdp(c, "Profiler.setSamplingInterval", json!({ "interval": 50 })).await;
        cdp(c, "Profiler.start", json!({})).await;
        js_async(page, &RENDER_100.replace(TRIGGER, APP_TRIGGER), vec![]).await;
        let profile = cdp(c, "Profiler.stop", json!({})).await;
        std::fs::write(&file, profile["profile"].to_string()).expect("write the profile");
        eprintln!("bench: CPU profile of one app render in {file}");
    }
    Render {
        app_render: Stat::new(app_render),
        plain_render: Stat::new(plain_render),
        app_first_change: Stat::new(app_first),
        plain_first_change: Stat::new(plain_first),
        app_total: Stat::new(app_total),
        plain_total: Stat::new(plain_total),
    }
}

/// Stops the benchmark unless the plain page's 100 rows show the app's text, row for row:
/// the yardstick has to build the same table to be one.
fn same_rows(app: &Value, plain: &Value) {
    let lines = |v: &Value| v["text"].as_str().unwrap_or_default().lines().map(str::to_string).collect::<Vec<_>>();
    let (app, plain) = (lines(app), lines(plain));
    assert_eq!(app.len(), 100, "the app showed {} rows", app.len());
    if let Some((i, (a, p))) = app.iter().zip(&plain).enumerate().find(|(_, (a, p))| a != p) {
        panic!("the plain page's row {} differs from the app's:\n  app:   {a}\n  plain: {p}", i + 1);
    }
    assert_eq!(app.len(), plain.len(), "the plain page showed {} rows", plain.len());
}

/// Walks the pages in a cycle (`arguments[1]`, by link text; "Order" is the first order's
/// page, opened from the orders table) for `arguments[0]` route changes, each time waiting
/// for the page's content and two animation frames (a person is never faster).
const ROUTE_CHANGES: &str = include_str!("js/route_changes.js");

/// The pages the memory measurement walks, in order (every page a customer reaches from
/// the header, and an order's page from the table).
pub const ROUTE_CYCLE: [&str; 5] = ["Profile", "Orders", "Order", "Buy proxies", "Residential"];

/// Route changes before the first memory reading: V8 keeps compiling optimised code for
/// what the walk runs until about the 800th change (its code in the JS heap, from heap
/// snapshots of 2026-12-04: 310 kB after 20 changes, 387 after 420, 433 after 820, then
/// 434, 434, 437 up to 2,020), while the app's JS objects stay at 1.08 MB ± 3 kB throughout.
/// That is the engine warming up, not the app keeping anything; a leak goes on growing
/// however late it is measured.
pub const WARM_UP_CHANGES: usize = 800;

/// Route changes between the two memory readings.
pub const ROUTE_CHANGES_TOTAL: usize = 1000;

/// The app's wasm memory in bytes.
const WASM_MEMORY: &str = include_str!("js/wasm_memory.js");

async fn route_changes(page: &Page, n: usize) -> f64 {
    // BENCH_ROUTE_PAIR ("Profile,Buy proxies") walks only those pages, for leak hunts.
    let cycle: Vec<String> = match std::env::var("BENCH_ROUTE_PAIR") {
        Ok(pages) => pages.split(',').map(str::to_string).collect(),
        Err(_) => ROUTE_CYCLE.iter().map(|p| p.to_string()).collect(),
    };
    let v = js_async(page, ROUTE_CHANGES, vec![json!(n), json!(cycle)]).await;
    assert_eq!(v["ok"], true, "route changes failed: {v}");
    num(&v, "ms")
}

/// True once the profile is at rest (both charts drawn: its list and detail reads are in),
/// or on another page; else null. The walk ends on the profile the moment its e-mail shows;
/// waiting for the charts means no read in flight is counted. The charts read only once
/// within a screen of the viewport, so each poll scrolls to them, as a customer would.
const PROFILE_AT_REST: &str = "if (!document.querySelector('[data-test=email]')) return true; \
                               const s = document.querySelector('[data-test=profile-charts]'); \
                               if (s) s.scrollIntoView(); \
                               return s && s.querySelectorAll('[data-test=chart-columns]').length >= 2 ? true : null";

/// Most garbage collections a memory reading waits for its DOM counters to settle.
const MAX_COLLECTIONS: usize = 12;

/// One task turn of the page between a collection and the next reading: whatever the
/// collection left for the page to do runs before the counters are read (readings taken
/// this way settled after two collections; without the turn they swung).
const NEXT_TASK: &str = "setTimeout(arguments[arguments.length - 1], 0)";

/// Memory once the page is at rest: [`PROFILE_AT_REST`], then garbage collections, each
/// followed by a task turn, until two in a row leave the DOM counters (nodes and listeners)
/// the same. One collection is not enough: the elements of pages left are freed over several
/// (a reading right after three read 26 listeners, one 25 WebDriver calls later 16, with
/// the same nodes; 2026-12-06), which made the listener count swing 16–26 at rest.
async fn read_memory(page: &Page) -> MemoryReading {
    poll(page, "the profile at rest", PROFILE_AT_REST, vec![]).await;
    let c = page.client();
    let counters = |dom: &Value| (num(dom, "nodes"), num(dom, "jsEventListeners"));
    let mut dom = Value::Null;
    let mut settled = false;
    for _ in 0..MAX_COLLECTIONS {
        cdp(c, "HeapProfiler.collectGarbage", json!({})).await;
        js_async(page, NEXT_TASK, vec![]).await;
        let next = cdp(c, "Memory.getDOMCounters", json!({})).await;
        settled = !dom.is_null() && counters(&dom) == counters(&next);
        dom = next;
        if settled {
            break;
        }
    }
    assert!(settled, "DOM counters never settled in {MAX_COLLECTIONS} collections: {dom}");
    let heap = cdp(c, "Runtime.getHeapUsage", json!({})).await;
    let wasm = js_async(page, WASM_MEMORY, vec![]).await;
    MemoryReading {
        js_heap: num(&heap, "usedSize"),
        wasm: wasm.as_f64().unwrap_or_else(|| panic!("wasm memory unreadable: {wasm}")),
        dom_nodes: num(&dom, "nodes"),
        listeners: num(&dom, "jsEventListeners"),
    }
}

/// Memory after [`WARM_UP_CHANGES`] and after [`ROUTE_CHANGES_TOTAL`] (or
/// `BENCH_ROUTE_CHANGES`) more route changes among [`ROUTE_CYCLE`], each run on a fresh load of the app.
pub async fn memory(page: &Page, base: &str, runs: usize) -> Memory {
    cdp(page.client(), "HeapProfiler.enable", json!({})).await;
    let (mut warm, mut at_end, mut per_change) = (vec![], vec![], vec![]);
    // BENCH_ROUTE_CHANGES lets a leak hunt go further (or shorter) than the record.
    let changes: usize =
        std::env::var("BENCH_ROUTE_CHANGES").ok().and_then(|v| v.parse().ok()).unwrap_or(ROUTE_CHANGES_TOTAL);
    for _ in 0..runs {
        goto(page, base, "/").await;
        page.find("[data-test=email]").await;
        page.find("ul.catalogue").await;
        let ms = route_changes(page, WARM_UP_CHANGES).await;
        warm.push(read_memory(page).await);
        let ms2 = route_changes(page, changes).await;
        at_end.push(read_memory(page).await);
        per_change.push((ms + ms2) / (WARM_UP_CHANGES + changes) as f64);
    }
    Memory { warm, at_end, changes, per_change: Stat::new(per_change) }
}

/// Click on "Generate" → 1000 new lines on a frame, in milliseconds.
const GENERATE_1000: &str = include_str!("js/generate_1000.js");

/// Click on "Generate" with 1000 sticky strings asked for → the 1000 new lines in the
/// output, on a frame (what "no visible time" means). Leptos may keep the textarea and only
/// change its value, so the new output is told from the old by its text (new sids).
pub async fn generate_1000(page: &Page, base: &str, runs: usize) -> Stat {
    goto(page, base, "/residential?type=standart").await;
    poll(page, "the generator", "return document.getElementById('gen-amount') ? true : null", vec![]).await;
    page.fill("#gen-amount", "1000").await;
    let script = GENERATE_1000;
    js_async(page, script, vec![]).await; // one unmeasured run: the code paths warm up
    let mut times = vec![];
    for _ in 0..runs {
        times.push(js_async(page, script, vec![]).await.as_f64().expect("milliseconds"));
    }
    Stat::new(times)
}

/// Clicks "Export CSV" and resolves when the file is handed over (see the script).
const CSV_EXPORT: &str = include_str!("js/csv_export.js");

/// The CSV export of every order on `base` (a sandbox with a thousand more orders), from a
/// freshly loaded orders page each run, so that no detail is read already.
pub async fn csv_export(page: &Page, base: &str, runs: usize) -> Stat {
    let mut times = vec![];
    for _ in 0..runs {
        goto(page, base, "/orders?status=all").await;
        poll(page, "the orders", "return document.querySelector('[data-test=csv-export]') ? true : null", vec![]).await;
        times.push(js_async(page, CSV_EXPORT, vec![]).await.as_f64().expect("milliseconds"));
    }
    Stat::new(times)
}

/// Records when the profile's charts are drawn and the longest task (see the script).
const PROFILE_CHARTS: &str = include_str!("js/profile_charts.js");

/// The profile's charts over many orders.
pub struct ProfileCharts {
    /// Navigation start → both charts drawn (every order's details read).
    pub drawn: Stat,
    /// The longest task of each load, ms.
    pub longest_task: Stat,
}

/// Loads the profile anew on `base` (a sandbox with a thousand more orders, signed in)
/// `runs` times: when the charts are drawn, and the longest task until a second after.
pub async fn profile_charts(page: &Page, base: &str, runs: usize) -> ProfileCharts {
    let c = page.client();
    let script = cdp(c, "Page.addScriptToEvaluateOnNewDocument", json!({ "source": PROFILE_CHARTS })).await;
    let (mut drawn, mut longest) = (vec![], vec![]);
    for _ in 0..runs {
        goto(page, base, "/").await;
        // The charts read only once within a screen of the viewport: every poll (20 ms)
        // scrolls to them until they are drawn, as a customer who goes to them at once.
        let read = "const s = document.querySelector('[data-test=profile-charts]'); \
                    const c = window.__charts; \
                    if (s && (!c || c.drawn === undefined)) s.scrollIntoView(); \
                    return c && c.drawn !== undefined ? c : null";
        poll(page, "the profile's charts", read, vec![]).await;
        // Tasks that end after the drawing count too.
        sleep(Duration::from_secs(1)).await;
        let v = poll(page, "the profile's charts", read, vec![]).await;
        drawn.push(num(&v, "drawn"));
        longest.push(num(&v, "longest"));
    }
    if let Some(id) = script["identifier"].as_str() {
        cdp(c, "Page.removeScriptToEvaluateOnNewDocument", json!({ "identifier": id })).await;
    }
    ProfileCharts { drawn: Stat::new(drawn), longest_task: Stat::new(longest) }
}
