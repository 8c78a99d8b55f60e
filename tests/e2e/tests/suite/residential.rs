//! The residential page (`/residential?type=`): the traffic figures are the API's, the
//! connection-string generator makes strings whose usernames read back to the chosen
//! targeting (unique sids when sticky, none when rotating), premium-only fields stay hidden
//! for Standart, passwords are masked until revealed, an account without the plan gets a
//! friendly invitation, and a 360 px screen never scrolls sideways.

use e2e::{run, Page, Sandbox, DEMO_API_KEY};
use sandbox::{
    residential::{Plan, PlanState},
    SECOND_DEMO_API_KEY,
};
use std::collections::{HashMap, HashSet};

/// The state of one plan of the demo account, as the sandbox holds it.
fn plan_state(sandbox: &Sandbox, plan: Plan) -> PlanState {
    sandbox.residential().plans.get(&plan).cloned().expect("the demo account has the plan")
}

/// What `Intl.NumberFormat('en-US', {style: 'unit', unit, maximumFractionDigits: 2})` prints.
fn en_amount(bytes: i64) -> String {
    let (value, unit) = if bytes >= 1_000_000_000 { (bytes as f64 / 1e9, "GB") } else { (bytes as f64 / 1e6, "MB") };
    let fixed = format!("{value:.2}");
    let trimmed = fixed.trim_end_matches('0').trim_end_matches('.');
    format!("{trimmed} {unit}")
}

/// Checks the three figures on screen against a plan's state: bytes and text.
async fn check_figures(page: &Page, state: &PlanState) {
    for (test, bytes) in
        [("traffic-total", state.data), ("traffic-spent", state.spent), ("traffic-remaining", state.remain())]
    {
        let css = format!("[data-test={test}]");
        let shown = page.wait_text(&css, "the API's figure", |t| t == en_amount(bytes)).await;
        let attr = page.js(&format!("return document.querySelector('{css}').dataset.bytes")).await;
        assert_eq!(attr, serde_json::json!(bytes.to_string()), "{test} is the API's byte count ({shown})");
    }
}

/// Waits until the list `id` is usable and has a real choice; picks `value` (or, when
/// `None`, its first real choice) and returns the code picked.
pub(crate) async fn choose(page: &Page, id: &str, value: Option<&str>) -> String {
    let wanted = value.map_or("null".to_string(), |v| format!("'{v}'"));
    page.wait_js(
        &format!("{id} loaded"),
        &format!(
            "const s = document.getElementById('{id}'); return !!s && !s.disabled && s.options.length > 1 \
             && ({wanted} === null || [...s.options].some(o => o.value === {wanted}))"
        ),
    )
    .await;
    let picked = page
        .js(&format!(
            "const s = document.getElementById('{id}'); s.value = {wanted} ?? s.options[1].value; \
             s.dispatchEvent(new Event('change', {{ bubbles: true }})); return s.value"
        ))
        .await;
    picked.as_str().expect("a code").to_string()
}

/// The lines of the output textarea once it holds `n`.
pub(crate) async fn lines(page: &Page, n: usize, what: &str) -> Vec<String> {
    page.wait_js(
        what,
        &format!(
            "const t = document.querySelector('[data-test=gen-lines]'); \
             return !!t && t.value.trim().split('\\n').length === {n}"
        ),
    )
    .await;
    let text = page.js("return document.querySelector('[data-test=gen-lines]').value").await;
    text.as_str().expect("text").lines().map(str::to_string).collect()
}

/// `host:port:user:pass` → (host, port, username parts as a map in order, password).
pub(crate) fn split_line(line: &str) -> (String, String, Vec<(String, String)>, String) {
    let mut parts = line.splitn(4, ':');
    let host = parts.next().unwrap_or_default().to_string();
    let port = parts.next().unwrap_or_default().to_string();
    let user = parts.next().unwrap_or_default().to_string();
    let pass = parts.next().unwrap_or_default().to_string();
    let words: Vec<&str> = user.split('-').collect();
    assert!(words.len().is_multiple_of(2), "the username is key-value pairs: {user}");
    let pairs = words.chunks(2).map(|kv| (kv[0].to_string(), kv[1].to_string())).collect();
    (host, port, pairs, pass)
}

pub(crate) async fn generate(page: &Page) {
    page.click("[data-test=gen-submit]").await;
}

#[tokio::test]
async fn traffic_figures_are_the_apis_for_both_plans() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.click("nav.nav a[href$='/residential']").await;
            page.wait_path("the residential page", |p| p.starts_with("/residential")).await;
            check_figures(&page, &plan_state(&sandbox, Plan::Standart)).await;
            assert_eq!(page.count("[data-test=traffic-low]").await, 0, "a third spent is not low");
            page.click("[data-test=tab-premium]").await;
            page.wait_path("the premium tab", |p| p.ends_with("type=premium")).await;
            check_figures(&page, &plan_state(&sandbox, Plan::Premium)).await;
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn generated_strings_read_back_to_the_chosen_targeting() {
    run(
        |_| {},
        |page, sandbox| async move {
            let password = plan_state(&sandbox, Plan::Standart).password;
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/residential?type=standart").await;
            let country = choose(&page, "gen-country", Some("de")).await;
            let region = choose(&page, "gen-region", None).await;
            let city = choose(&page, "gen-city", None).await;
            // Standart offers no ISP or device OS.
            assert_eq!(page.count("#gen-isp").await + page.count("#gen-os").await, 0, "premium-only fields hidden");
            page.fill("#gen-amount", "5").await;
            generate(&page).await;
            let shown = lines(&page, 5, "five sticky strings").await;
            let mut sids = HashSet::new();
            for line in &shown {
                let (host, port, pairs, pass) = split_line(line);
                assert_eq!((host.as_str(), port.as_str()), ("relay-eu.proxyshard.com", "8080"), "{line}");
                assert_eq!(pass, "********", "the password is masked on screen: {line}");
                let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
                assert_eq!(keys, ["plan", "country", "region", "city", "sid", "ttl"], "{line}");
                let map: HashMap<_, _> = pairs.into_iter().collect();
                assert_eq!(map["plan"], "limited");
                assert_eq!((map["country"].as_str(), map["region"].as_str()), (country.as_str(), region.as_str()));
                assert_eq!(map["city"], city);
                assert_eq!(map["ttl"], "600");
                let sid = &map["sid"];
                assert!(sid.len() == 12 && sid.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()), "{sid}");
                sids.insert(sid.clone());
            }
            assert_eq!(sids.len(), 5, "every sticky string has its own sid");
            assert!(!page.text("[data-test=gen-curl]").await.contains(&password), "curl masked too");

            page.click("[data-test=gen-reveal]").await;
            let revealed = page.js("return document.querySelector('[data-test=gen-lines]').value").await;
            let revealed = revealed.as_str().unwrap_or_default().to_string();
            assert!(
                revealed.lines().count() == 5 && revealed.lines().all(|l| l.ends_with(&format!(":{password}"))),
                "Reveal shows the owner's proxy password"
            );

            // Rotating: no sid, no TTL.
            page.js("const s = document.getElementById('gen-session'); s.value = 'rotating'; \
                     s.dispatchEvent(new Event('change', { bubbles: true })); return true")
                .await;
            generate(&page).await;
            page.wait_js(
                "rotating strings",
                "const t = document.querySelector('[data-test=gen-lines]'); return !!t && !t.value.includes('-sid-')",
            )
            .await;
            for line in lines(&page, 5, "five rotating strings").await {
                let (_, _, pairs, _) = split_line(&line);
                let keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
                assert_eq!(keys, ["plan", "country", "region", "city"], "{line}");
            }

            // Premium offers ISP (once a city is chosen) and device OS.
            page.click("[data-test=tab-premium]").await;
            page.find("#gen-os").await;
            choose(&page, "gen-country", Some("de")).await;
            choose(&page, "gen-region", None).await;
            choose(&page, "gen-city", None).await;
            let isp = choose(&page, "gen-isp", None).await;
            page.fill("#gen-amount", "2").await;
            generate(&page).await;
            for line in lines(&page, 2, "two premium strings").await {
                let (_, _, pairs, _) = split_line(&line);
                let map: HashMap<_, _> = pairs.into_iter().collect();
                assert_eq!((map["plan"].as_str(), map["isp"].as_str()), ("premium", isp.as_str()), "{line}");
            }
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn an_account_without_the_plan_is_invited_to_buy_gb() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(SECOND_DEMO_API_KEY).await;
            page.goto("/residential").await;
            let text = page.text("[data-test=residential-no-plan]").await;
            assert!(text.contains("No Standart traffic yet"), "{text}");
            assert_eq!(page.count("[role=alert]").await, 0, "not an error");
            page.click("[data-test=residential-buy]").await;
            page.wait_path("the buy page", |p| p.starts_with("/buy")).await;
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn at_360_px_the_page_does_not_scroll_sideways() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.set_viewport(360, 800).await;
            page.wait_js("the viewport width", "return window.innerWidth === 360").await;
            page.goto("/residential").await;
            choose(&page, "gen-country", Some("br")).await;
            choose(&page, "gen-region", None).await;
            generate(&page).await;
            lines(&page, 10, "ten strings").await;
            page.find("[data-test=traffic-bar]").await;
            let (over, wide) = page.horizontal_overflow().await;
            let shot = page.save_screenshot("narrow-residential").await;
            assert!(
                over <= 0,
                "/residential scrolls sideways by {over} px at 360 px (see {}): {wide:#?}",
                shot.display()
            );
            page.assert_no_panic().await;
        },
    )
    .await;
}
