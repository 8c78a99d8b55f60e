//! Charts: the profile's spend per month and what falls due per week against the wallet,
//! and the residential page's traffic per plan and per sub-user. Their tables must hold
//! the sandbox's own numbers (read here through the API, as a customer's script would),
//! a column's value must show on hover and on keyboard focus, the titles follow the
//! language, axe finds nothing serious, nothing scrolls sideways at 360 px, an order whose
//! details cannot be read is named as left out, print keeps the picture only, and the
//! profile's charts read the orders only once scrolled to.

use crate::accessibility::{axe_source, serious_violations};
use e2e::{requests_to, run, Fault, FaultKind, Page, When, DEMO_API_KEY};
use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use serde_json::{json, Value};

/// The seeded wallet, cents.
const WALLET_CENTS: i64 = 50_000;

/// The numbers of one column of `chart`'s table (`data-value`), row by row.
async fn column(page: &Page, chart: &str, col: usize) -> Vec<i64> {
    let v = page
        .js(&format!(
            "return [...document.querySelectorAll('[data-test={chart}] tbody tr')]
               .map(r => r.querySelectorAll('td')[{col}]).map(c => c ? c.dataset.value ?? null : null)"
        ))
        .await;
    v.as_array().into_iter().flatten().map(|x| x.as_str().and_then(|s| s.parse().ok()).unwrap_or(i64::MIN)).collect()
}

/// The total row's numbers of `chart`'s table.
async fn totals(page: &Page, chart: &str) -> Vec<i64> {
    let v = page
        .js(&format!(
            "return [...document.querySelectorAll('[data-test={chart}] [data-test=chart-total] td[data-value]')]
               .map(c => c.dataset.value)"
        ))
        .await;
    v.as_array().into_iter().flatten().filter_map(|x| x.as_str()?.parse().ok()).collect()
}

/// What every order created in each of the last 12 UTC months cost (price and add-ons),
/// oldest month first, from the API's own answers.
async fn spend_from_api(page: &Page) -> Vec<i64> {
    let script = format!(
        "const done = arguments[arguments.length - 1];
         const get = p => fetch(p, {{ headers: {{ Authorization: 'Bearer {DEMO_API_KEY}' }} }}).then(r => r.json());
         (async () => {{
           const list = await get('/user/api/orders?status=all&limit=100');
           const now = new Date();
           const months = [];
           for (let k = 11; k >= 0; k--) months.push(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - k, 1));
           const sums = months.map(() => 0);
           for (const o of list.orders) {{
             const d = (await get('/user/api/orders/' + o.order_id)).order;
             const t = Date.parse(d.created_at);
             let i = -1;
             months.forEach((m, k) => {{ if (m <= t) i = k; }});
             if (i >= 0 && t <= Date.now()) sums[i] += d.price_paid + (d.addons_price_paid || 0);
           }}
           done(sums);
         }})().catch(e => done(String(e)));"
    );
    let v = page.js_async(&script).await;
    v.as_array().unwrap_or_else(|| panic!("the API's orders: {v}")).iter().filter_map(Value::as_i64).collect()
}

async fn profile_with_charts(page: &Page) {
    page.sign_in(DEMO_API_KEY).await;
    scroll_to_charts(page).await;
}

/// The profile's charts' section or the residential page's charts, whichever is on the page.
const CHARTS_OF_BOTH: &str = "[data-test=profile-charts], [data-test=plans-chart]";

/// Scrolls to the profile's charts, as a customer would, until both are drawn: they read
/// the orders only once they are within a screen of the viewport.
pub(crate) async fn scroll_to_charts(page: &Page) {
    page.scroll_to_until(
        "[data-test=profile-charts]",
        "both profile charts drawn",
        "return document.querySelectorAll('[data-test=profile-charts] [data-test=chart-table]').length >= 2",
    )
    .await;
}

#[tokio::test]
async fn charts_the_spend_table_holds_the_orders_sums_per_month() {
    run(
        |_| {},
        |page, _sandbox| async move {
            profile_with_charts(&page).await;
            let expected = spend_from_api(&page).await;
            assert_eq!(expected.len(), 12);
            assert!(expected.iter().sum::<i64>() > 0, "the seed placed orders in the last 12 months");
            assert_eq!(column(&page, "spend-chart", 0).await, expected, "the table's months, oldest first");
            assert_eq!(totals(&page, "spend-chart").await, vec![expected.iter().sum::<i64>()]);
            // The note says what the numbers are not; a bar per month, each focusable.
            let note = page.text("[data-test=spend-chart] .chart-note").await;
            assert!(note.contains("Renewals paid later are not included"), "{note}");
            assert_eq!(page.count("[data-test=spend-chart] [data-test=chart-col][tabindex='0']").await, 12);
            let svg = page.js("const s = document.querySelector('[data-test=spend-chart] svg'); return [s.getAttribute('role'), document.getElementById(s.getAttribute('aria-labelledby')).textContent]").await;
            assert_eq!(svg, json!(["img", "Spent per month, last 12 months"]));
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn charts_the_due_chart_says_in_which_week_the_wallet_runs_short() {
    run(
        |_| {},
        |page, _sandbox| async move {
            profile_with_charts(&page).await;
            let auto = column(&page, "due-chart", 0).await;
            let manual = column(&page, "due-chart", 1).await;
            let wallet = column(&page, "due-chart", 2).await;
            assert_eq!((auto.len(), manual.len(), wallet.len()), (13, 13, 13));
            // The line is the wallet after the auto-renewals so far.
            let mut left = WALLET_CENTS;
            for (k, a) in auto.iter().enumerate() {
                left -= a;
                assert_eq!(wallet[k], left, "week {}", k + 1);
            }
            // On-hold orders are due now, by hand.
            assert!(manual[0] > 0, "{manual:?}");
            // The seed's 30-day auto-renewals ($1,763.80) outrun the $500.00 wallet.
            let short = wallet.iter().position(|w| *w < 0).expect("the wallet runs short");
            assert!(short < 5, "within 30 days: week {}", short + 1);
            let verdict = page.text("[data-test=due-chart] [data-test=chart-verdict]").await;
            assert!(verdict.starts_with(&format!("The wallet runs short in week {},", short + 1)), "{verdict}");
            let marked = page.js("return [...document.querySelectorAll('[data-test=due-chart] [data-test=chart-col]')].findIndex(c => c.classList.contains('chart-col-marked'))").await;
            assert_eq!(marked, json!(short));
            assert_eq!(totals(&page, "due-chart").await, vec![auto.iter().sum::<i64>(), manual.iter().sum::<i64>()]);
        },
    )
    .await;
}

/// Whether the tooltip of `chart`'s column `i` is shown, and its text.
async fn tip(page: &Page, chart: &str, i: usize) -> (bool, String) {
    let v = page
        .js(&format!(
            "const t = document.querySelectorAll('[data-test={chart}] [data-test=chart-tip]')[{i}];
             const r = t.getBoundingClientRect();
             return [getComputedStyle(t).display !== 'none' && r.width > 0, t.textContent]"
        ))
        .await;
    (v[0] == json!(true), v[1].as_str().unwrap_or_default().to_string())
}

#[tokio::test]
async fn charts_a_columns_value_shows_on_keyboard_focus_and_on_hover() {
    run(
        |_| {},
        |page, _sandbox| async move {
            profile_with_charts(&page).await;
            page.settled().await;
            let values = column(&page, "spend-chart", 0).await;
            let texts = page
                .js("return [...document.querySelectorAll('[data-test=spend-chart] tbody tr td:first-of-type')].map(c => c.textContent)")
                .await;
            assert!(!tip(&page, "spend-chart", 11).await.0, "no tooltip before focus");
            // Focus the first column, then Tab along to the last one, as a keyboard would.
            page.js("document.querySelector('[data-test=spend-chart] [data-test=chart-col]').focus(); return true").await;
            for _ in 0..11 {
                page.press("\u{e004}").await;
            }
            let focused = page.js("return document.activeElement.dataset.index").await;
            assert_eq!(focused, json!("11"), "Tab moves from column to column");
            let (shown, text) = tip(&page, "spend-chart", 11).await;
            let month_value = texts[11].as_str().unwrap_or_default();
            assert!(shown, "the focused column's tooltip is shown");
            assert!(text.contains(month_value), "{text:?} shows {month_value} ({})", values[11]);
            let label = page.js("return document.activeElement.getAttribute('aria-label')").await;
            assert!(label.as_str().unwrap_or_default().contains(month_value), "{label}");
            // Hover: the pointer over a due week shows its tooltip.
            page.js("document.activeElement.blur(); return true").await;
            let col = page.find("[data-test=due-chart] [data-test=chart-col]").await;
            let hover = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
                element: col,
                duration: None,
                x: 0.0,
                y: 0.0,
            });
            page.client().perform_actions(hover).await.expect("pointer moved");
            let (shown, text) = tip(&page, "due-chart", 0).await;
            assert!(shown, "hover shows the tooltip");
            assert!(text.contains("Auto-renewals") && text.contains("To pay by hand"), "{text}");
        },
    )
    .await;
}

#[tokio::test]
async fn charts_titles_and_table_toggle_follow_the_language() {
    let want = [
        ("ru", "Расходы по месяцам за 12 месяцев", "Трафик по тарифам", "Показать таблицей"),
        ("uk", "Витрати за місяцями за 12 місяців", "Трафік за тарифами", "Показати таблицею"),
        ("zh-CN", "近 12 个月每月支出", "各套餐流量", "以表格显示"),
        ("en", "Spent per month, last 12 months", "Traffic per plan", "Show as table"),
    ];
    run(
        |_| {},
        |page, _sandbox| async move {
            profile_with_charts(&page).await;
            for (code, spend, plans, toggle) in want {
                page.goto("/").await;
                scroll_to_charts(&page).await;
                page.choose_language(code).await;
                page.wait_js(
                    &format!("the spend chart's title in {code}"),
                    &format!("const t = document.querySelector('[data-test=spend-chart] .chart-title'); return t !== null && t.textContent === {}", json!(spend)),
                )
                .await;
                let summary = page.text("[data-test=spend-chart] [data-test=chart-table] summary").await;
                assert_eq!(summary, toggle);
                page.goto("/residential?type=standart").await;
                page.wait_js(
                    &format!("the plans chart's title in {code}"),
                    &format!("const t = document.querySelector('[data-test=plans-chart] .chart-title'); return t !== null && t.textContent === {}", json!(plans)),
                )
                .await;
            }
        },
    )
    .await;
}

#[tokio::test]
async fn charts_residential_tables_hold_the_plans_and_sub_users_traffic() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.goto("/residential?type=premium").await;
            page.find("[data-test=plans-chart] [data-test=chart-table]").await;
            // Standart first, then Premium: used and remaining, as the API says.
            for (row, plan) in ["standart", "premium"].into_iter().enumerate() {
                let p = page.api_get(DEMO_API_KEY, &format!("/user/api/proxies/profile?proxy_type={plan}")).await;
                let used = column(&page, "plans-chart", 0).await[row];
                let left = column(&page, "plans-chart", 1).await[row];
                assert_eq!((used, left), (p["data_spent"].as_i64().unwrap_or(-1), p["data_remain"].as_i64().unwrap_or(-1)), "{plan}: {p}");
            }
            page.find("[data-test=sub-users-chart] [data-test=chart-table]").await;
            let subs = page.api_get(DEMO_API_KEY, "/user/api/proxies/sub-users?proxy_type=premium&offset=0&limit=10").await;
            let given: Vec<i64> = subs["data"].as_array().into_iter().flatten().filter_map(|u| u["data"].as_i64()).collect();
            let used: Vec<i64> = subs["data"].as_array().into_iter().flatten().filter_map(|u| u["data_spent"].as_i64()).collect();
            assert!(!given.is_empty(), "{subs}");
            assert_eq!(column(&page, "sub-users-chart", 0).await, given);
            assert_eq!(column(&page, "sub-users-chart", 1).await, used);
            let label = page.js("return document.querySelector('[data-test=sub-users-chart] [data-test=chart-col]').getAttribute('aria-label')").await;
            assert!(label.as_str().unwrap_or_default().starts_with("mobile-qa (su1003): Given: 2 GB; Used: 350 MB"), "{label}");
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn charts_on_a_phone_read_the_orders_only_once_scrolled_to() {
    run(
        |_| {},
        |page, sandbox| async move {
            // On a phone the look ahead's rows push the charts more than a screen down.
            page.set_viewport(412, 823).await;
            page.wait_js("the phone's width", "return window.innerWidth === 412").await;
            page.sign_in(DEMO_API_KEY).await;
            page.find("[data-test=renewal-warning]").await;
            page.settled().await;
            let lists_of_all = || {
                requests_to(&sandbox, "GET", "/user/api/orders")
                    .into_iter()
                    .filter(|r| r.query.as_deref().unwrap_or("").contains("status=all"))
                    .count()
            };
            let details = || {
                sandbox
                    .requests()
                    .into_iter()
                    .filter(|r| r.method == "GET" && r.path.starts_with("/user/api/orders/10"))
                    .count()
            };
            let before = details();
            assert_eq!(lists_of_all(), 0, "the charts, far below, have not listed the orders");
            assert_eq!(before, 11, "only the forecast's renewing orders were read");
            assert_eq!(
                page.text("[data-test=spend-chart-loading] [role=status]").await,
                "Drawn when you scroll here.",
                "the charts wait, as placeholders that say so"
            );
            scroll_to_charts(&page).await;
            assert_eq!(lists_of_all(), 1, "scrolled to, the charts listed every order once");
            assert_eq!(details(), 45, "and read every order's details once");
        },
    )
    .await;
}

#[tokio::test]
async fn charts_say_they_are_loading_while_the_orders_are_read() {
    run(
        |config| config.latency_ms = 150,
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            // Scrolled to, the charts count the prices read so far.
            page.scroll_to_until(
                "[data-test=profile-charts]",
                "the prices counted as they are read",
                "const s = document.querySelector('[data-test=spend-chart-loading] [role=status]'); \
                 return s !== null && s.textContent.startsWith('Reading the prices of your orders')",
            )
            .await;
            scroll_to_charts(&page).await;
            assert_eq!(page.count("[data-test=spend-chart-loading]").await, 0);
        },
    )
    .await;
}

#[tokio::test]
async fn charts_say_when_the_server_asks_to_slow_down_and_still_come() {
    run(
        |config| {
            // The first four order details are told to wait two seconds.
            config.faults.push(Fault {
                method: Some("GET".into()),
                path: "/user/api/orders/10".into(),
                kind: FaultKind::RateLimit { retry_after_secs: Some(2) },
                times: Some(4),
                when: When::Before,
            })
        },
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.scroll_to_until(
                "[data-test=profile-charts]",
                "the slow-down said",
                "const s = document.querySelector('[data-test=charts-slowed]'); return s !== null && s.textContent !== ''",
            )
            .await;
            let said = page.text("[data-test=charts-slowed]").await;
            assert!(said.contains("slow down") && said.contains("2 s"), "{said}");
            scroll_to_charts(&page).await;
            assert_eq!(page.count("[data-test=charts-slowed]").await, 0, "gone once the reads went on");
            let told = sandbox.requests().into_iter().filter(|r| r.status == 429).count();
            assert_eq!(told, 4);
        },
    )
    .await;
}

#[tokio::test]
async fn charts_pass_axe_in_both_themes_and_fit_360_px() {
    run(
        |_| {},
        |page, _sandbox| async move {
            let axe = axe_source();
            profile_with_charts(&page).await;
            page.goto("/residential?type=standart").await;
            page.find("[data-test=sub-users-chart]").await;
            let mut found = Vec::new();
            for theme in ["light", "dark"] {
                page.js(&format!("localStorage.setItem('proxyshard.theme', '{theme}'); return true")).await;
                for (path, ready) in [("/", "[data-test=due-chart] svg"), ("/residential?type=standart", "[data-test=sub-users-chart] svg")] {
                    page.goto(path).await;
                    page.scroll_to_until(CHARTS_OF_BOTH, "the chart drawn", &format!("return document.querySelector({}) !== null", json!(ready))).await;
                    page.settled().await;
                    // The tables open, and a column focused (its tooltip shown).
                    page.js("document.querySelectorAll('.chart details').forEach(d => d.open = true); document.querySelector('[data-test=chart-col]').focus(); return true").await;
                    for v in serious_violations(&page, &axe).await {
                        found.push(format!("[{theme}] {path}: {v}"));
                    }
                }
            }
            assert!(found.is_empty(), "axe found serious problems:\n{}", found.join("\n"));
            page.set_viewport(360, 800).await;
            for (path, ready, name) in [
                ("/", "[data-test=due-chart] svg", "charts-profile-360-dark"),
                ("/residential?type=standart", "[data-test=plans-chart] svg", "charts-residential-360-dark"),
            ] {
                page.goto(path).await;
                page.scroll_to_until(CHARTS_OF_BOTH, "the chart drawn", &format!("return document.querySelector({}) !== null", json!(ready))).await;
                page.settled().await;
                page.js("document.querySelector('[data-test=due-chart], [data-test=plans-chart]').scrollIntoView(); document.querySelectorAll('.chart details').forEach(d => d.open = true); const c = document.querySelectorAll('[data-test=chart-col]'); c[c.length - 1].focus(); return true").await;
                let (over, wide) = page.horizontal_overflow().await;
                let shot = page.save_screenshot(name).await;
                assert!(over <= 0, "{path} scrolls sideways by {over} px at 360 px (see {}): {wide:#?}", shot.display());
            }
            page.js("localStorage.setItem('proxyshard.theme', 'light'); return true").await;
            page.goto("/").await;
            scroll_to_charts(&page).await;
            page.settled().await;
            page.js("document.querySelector('[data-test=spend-chart]').scrollIntoView(); return true").await;
            page.save_screenshot("charts-profile-360-light").await;
            assert!(page.csp_violations().await.is_empty(), "{:?}", page.csp_violations().await);
        },
    )
    .await;
}

#[tokio::test]
async fn charts_an_order_that_cannot_be_read_is_named_as_left_out() {
    run(
        |_| {},
        |page, sandbox| async move {
            // 1005 (active, no auto-renewal) is read for the charts only.
            sandbox.set_fault("GET", "/user/api/orders/1005$", FaultKind::ServerError, None, When::Before);
            profile_with_charts(&page).await;
            let note = page.text("[data-test=charts-left-out]").await;
            assert_eq!(note, "Left out, could not be read: #1005.");
            assert_eq!(
                page.count("[data-test=spend-chart] [data-test=chart-row]").await,
                12,
                "the charts are still drawn"
            );
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn charts_print_without_tooltips_or_toggles() {
    run(
        |_| {},
        |page, _sandbox| async move {
            profile_with_charts(&page).await;
            page.cdp("Emulation.setEmulatedMedia", json!({ "media": "print" })).await;
            page.js("document.querySelector('[data-test=spend-chart] [data-test=chart-col]').focus(); return true").await;
            let shown = page
                .js("const f = s => getComputedStyle(document.querySelector(s)).display;
                     return [f('[data-test=spend-chart] svg'), f('[data-test=spend-chart] [data-test=chart-columns]'), f('[data-test=spend-chart] summary')]")
                .await;
            assert_eq!(shown, json!(["block", "none", "none"]), "the picture prints; columns and the toggle do not");
            let adjust = page
                .js("const s = getComputedStyle(document.querySelector('[data-test=spend-chart] svg'));
                     return s.printColorAdjust || s.webkitPrintColorAdjust")
                .await;
            assert_eq!(adjust, "exact", "bar colours are kept on paper");
            page.save_screenshot("charts-print").await;
        },
    )
    .await;
}
