//! Languages: the top bar's picker switches between English, Russian, Ukrainian and
//! Simplified Chinese; labels, money, dates and relative times follow; `<html lang>` is
//! updated; the choice survives a reload; a first visit follows the browser's languages;
//! the longer Russian and Ukrainian texts still fit a 360 px screen.
//!
//! The expected money and dates are written out from CLDR's rules for each language (the
//! data behind the browser's `Intl`): Russian and Ukrainian group thousands with a
//! no-break space (U+00A0) and put the currency after the amount, also after a no-break
//! space; Ukrainian writes US dollars as "USD", Chinese as "US$". Texts are read as
//! `textContent`, since WebDriver's visible text turns no-break spaces into spaces.

use e2e::{run, Page, Sandbox, DEMO_API_KEY};
use serde_json::json;

/// The seeded wallet (50 000 cents) and the seeded 30-day auto-renewal total.
const WALLET_CENTS: i64 = 50_000;
const FORECAST_CENTS: i64 = 176_380;

/// What one language should show.
struct Language {
    code: &'static str,
    /// The "Orders" link of the top bar.
    orders_link: &'static str,
    /// The label of the picker itself.
    picker_label: &'static str,
    /// Order 1001 expires in 2 days (and 1 hour).
    in_two_days: &'static str,
}

const LANGUAGES: [Language; 4] = [
    Language { code: "en", orders_link: "Orders", picker_label: "Language", in_two_days: "in 2 days" },
    Language { code: "ru", orders_link: "Заказы", picker_label: "Язык", in_two_days: "через 2 дня" },
    Language {
        code: "uk", orders_link: "Замовлення", picker_label: "Мова", in_two_days: "через 2 дні"
    },
    Language { code: "zh-CN", orders_link: "订单", picker_label: "语言", in_two_days: "2天后" },
];

const NBSP: char = '\u{a0}';

/// US dollars as CLDR writes them in `code` (see the module comment).
fn money(code: &str, cents: i64) -> String {
    let (units, rest) = (cents / 100, cents % 100);
    let digits = units.to_string();
    let group = |sep: char| {
        let mut out = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(sep);
            }
            out.push(ch);
        }
        out
    };
    match code {
        "en" => format!("${}.{rest:02}", group(',')),
        "ru" => format!("{},{rest:02}{NBSP}$", group(NBSP)),
        "uk" => format!("{},{rest:02}{NBSP}USD", group(NBSP)),
        "zh-CN" => format!("US${}.{rest:02}", group(',')),
        other => panic!("no rule for {other}"),
    }
}

/// A date in CLDR's medium style for `code`: `Nov 28, 2026`, `28 нояб. 2026 г.`,
/// `28 лист. 2026 р.`, `2026年11月28日`.
fn date(code: &str, (y, m, d): (u32, usize, u32)) -> String {
    const EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const RU: [&str; 12] =
        ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."];
    const UK: [&str; 12] =
        ["січ.", "лют.", "бер.", "квіт.", "трав.", "черв.", "лип.", "серп.", "вер.", "жовт.", "лист.", "груд."];
    match code {
        "en" => format!("{} {d}, {y}", EN[m - 1]),
        "ru" => format!("{d} {} {y} г.", RU[m - 1]),
        "uk" => format!("{d} {} {y} р.", UK[m - 1]),
        "zh-CN" => format!("{y}年{m}月{d}日"),
        other => panic!("no rule for {other}"),
    }
}

/// The UTC date of order 1001's expiry, from the sandbox.
fn expiry_of_1001(sandbox: &Sandbox) -> (u32, usize, u32) {
    let order = sandbox.order(1001).expect("order 1001 is seeded");
    let raw = order["expires_at"].as_str().expect("an expiry").to_string();
    assert!(raw.ends_with('Z'), "a UTC timestamp: {raw}");
    let num = |r: std::ops::Range<usize>| raw[r].parse::<u32>().expect("digits");
    (num(0..4), num(5..7) as usize, num(8..10))
}

/// Waits until the first match of `css` reads `want` (its trimmed `textContent`).
async fn wait_content(page: &Page, css: &str, want: &str) {
    let script = format!(
        "const e = document.querySelector({css:?}); return e !== null && e.textContent.trim() === {want}",
        want = json!(want)
    );
    page.wait_js(&format!("{css} reads {want:?}"), &script).await;
}

async fn html_lang(page: &Page) -> serde_json::Value {
    page.js("return document.documentElement.lang").await
}

#[tokio::test]
async fn the_picker_translates_labels_money_and_dates_and_is_remembered() {
    run(
        |_| {},
        |page, sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            let expiry = expiry_of_1001(&sandbox);
            for lang in &LANGUAGES {
                page.goto("/").await;
                page.find("[data-test=email]").await;
                page.choose_language(lang.code).await;
                assert_eq!(html_lang(&page).await, lang.code);
                wait_content(&page, ".nav a[href$='/orders']", lang.orders_link).await;
                wait_content(&page, ".language-picker .theme-switch-label", lang.picker_label).await;
                wait_content(&page, "[data-test=balance]", &money(lang.code, WALLET_CENTS)).await;
                wait_content(&page, "[data-test=forecast-total]", &money(lang.code, FORECAST_CENTS)).await;

                page.goto("/orders?status=active&offset=0&limit=100").await;
                page.find("[data-test=order-row]").await;
                let cells = page
                    .js("const r = [...document.querySelectorAll('[data-test=order-row]')] \
                       .find(r => r.textContent.includes('#1001')); \
                     const spans = r.querySelectorAll('td')[4].querySelectorAll('span'); \
                     return [spans[0].textContent, spans[1].textContent]")
                    .await;
                assert_eq!(cells, json!([date(lang.code, expiry), lang.in_two_days]), "{}", lang.code);
            }
            // The last choice (Chinese) survives a reload.
            assert_eq!(page.js("return localStorage.getItem('proxyshard.lang')").await, "zh-CN");
            page.client().refresh().await.expect("reload");
            page.find("[data-test=order-row]").await;
            assert_eq!(html_lang(&page).await, "zh-CN");
            wait_content(&page, ".nav a[href$='/orders']", "订单").await;
            assert_eq!(page.js("return document.querySelector('[data-test=language-picker]').value").await, "zh-CN");
            // Chinese's texts were read once, started by the boot script beside the main module.
            let reads = page
                .js("return performance.getEntriesByType('resource') \
                     .filter((e) => e.name.endsWith('/locales/zh.json')).map((e) => e.initiatorType)")
                .await;
            assert_eq!(reads, json!(["link"]), "locales/zh.json: read once, by the boot script's preload");
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn a_first_visit_follows_the_browsers_languages() {
    run(
        |_| {},
        |page, _sandbox| async move {
            // A browser set to Russian: navigator.languages and Accept-Language say ru-RU.
            let agent = page.js("return navigator.userAgent").await;
            page.cdp("Emulation.setUserAgentOverride", json!({ "userAgent": agent, "acceptLanguage": "ru-RU,ru" }))
                .await;
            page.goto("/sign-in").await;
            page.find("#api-key").await;
            assert_eq!(page.js("return navigator.languages[0]").await, "ru-RU");
            wait_content(&page, "h1", "Вход в ProxyShard").await;
            assert_eq!(html_lang(&page).await, "ru");
            // Nothing is stored until someone picks.
            assert_eq!(page.js("return localStorage.getItem('proxyshard.lang')").await, json!(null));
            page.fill("#api-key", DEMO_API_KEY).await;
            page.click("form button[type=submit]").await;
            wait_content(&page, "[data-test=balance]", &money("ru", WALLET_CENTS)).await;
            assert_eq!(page.js("return document.querySelector('[data-test=language-picker]').value").await, "ru");
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn unknown_browser_languages_fall_back_to_english_and_sign_in_has_the_picker() {
    run(
        |_| {},
        |page, _sandbox| async move {
            let agent = page.js("return navigator.userAgent").await;
            page.cdp("Emulation.setUserAgentOverride", json!({ "userAgent": agent, "acceptLanguage": "de-DE,fr" }))
                .await;
            page.goto("/sign-in").await;
            wait_content(&page, "h1", "Sign in to ProxyShard").await;
            assert_eq!(html_lang(&page).await, "en");
            // The sign-in page has the picker too.
            page.choose_language("uk").await;
            wait_content(&page, "h1", "Вхід до ProxyShard").await;
            assert_eq!(html_lang(&page).await, "uk");
            assert_eq!(page.js("return localStorage.getItem('proxyshard.lang')").await, "uk");
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn a_language_that_cannot_be_read_says_so_and_the_page_stays_as_it_was() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.goto("/sign-in").await;
            wait_content(&page, "h1", "Sign in to ProxyShard").await;
            // Offline, past the service worker: Ukrainian's texts (never read yet) cannot come.
            page.cdp("Network.setBypassServiceWorker", json!({ "bypass": true })).await;
            page.set_online(false).await;
            page.pick_language("uk").await;
            let problem = "Could not load this language. Check your connection and try again.";
            wait_content(&page, "[data-test=language-problem]", problem).await;
            assert_eq!(html_lang(&page).await, "en");
            assert_eq!(page.text("h1").await, "Sign in to ProxyShard");
            assert_eq!(page.js("return document.querySelector('[data-test=language-picker]').value").await, "en");
            assert_eq!(page.js("return localStorage.getItem('proxyshard.lang')").await, json!(null));
            // Back online, the same choice works and the message goes.
            page.set_online(true).await;
            page.choose_language("uk").await;
            wait_content(&page, "h1", "Вхід до ProxyShard").await;
            page.wait_js("the message gone", "return !document.querySelector('[data-test=language-problem]')").await;
            page.assert_no_panic().await;
        },
    )
    .await;
}

#[tokio::test]
async fn longer_texts_still_fit_at_360_px() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.set_viewport(360, 800).await;
            for code in ["ru", "uk", "zh-CN"] {
                page.goto("/").await;
                page.find("[data-test=expiring-row]").await;
                page.choose_language(code).await;
                for (path, ready) in
                    [("/", "[data-test=expiring-row]"), ("/orders?status=all", "[data-test=order-row]")]
                {
                    page.goto(path).await;
                    page.find(ready).await;
                    page.settled().await;
                    let (over, wide) = page.horizontal_overflow().await;
                    let shot =
                        page.save_screenshot(&format!("narrow-{code}{}", path.replace(['/', '?', '='], "-"))).await;
                    assert!(
                        over <= 0,
                        "{code} {path} scrolls sideways by {over} px (see {}): {wide:#?}",
                        shot.display()
                    );
                }
            }
        },
    )
    .await;
}

/// A string of the app's own locale file (`locales/{file}.json`), `section.key`.
fn locale_text(file: &str, section: &str, key: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../locales/{file}.json"));
    let all: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("locale file")).expect("JSON");
    all[section][key].as_str().unwrap_or_else(|| panic!("{file}: no {section}.{key}")).to_string()
}

#[tokio::test]
async fn the_residential_page_speaks_every_language_and_fits_360_px() {
    run(
        |_| {},
        |page, _sandbox| async move {
            page.sign_in(DEMO_API_KEY).await;
            page.set_viewport(360, 800).await;
            for (code, file) in [("en", "en"), ("ru", "ru"), ("uk", "uk"), ("zh-CN", "zh")] {
                page.goto("/residential?type=standart").await;
                page.find("[data-test=add-traffic]").await;
                page.choose_language(code).await;
                let want = |key: &str| locale_text(file, "residential", key);
                for (css, key) in [
                    ("#traffic-heading", "traffic"),
                    ("#add-traffic-heading", "add_traffic"),
                    ("#generator-heading", "generator"),
                    ("label[for=gen-preset]", "preset"),
                    ("label[for=gen-whose]", "whose"),
                    ("#provider-heading", "links_title"),
                    ("[data-test=tab-unmetered]", "unmetered"),
                ] {
                    wait_content(&page, css, &want(key)).await;
                }
                page.goto("/residential?type=unmetered").await;
                wait_content(&page, "#unmetered-heading", &want("unmetered_orders")).await;
                let (over, wide) = page.horizontal_overflow().await;
                let shot = page.save_screenshot(&format!("narrow-residential-{code}")).await;
                assert!(
                    over <= 0,
                    "{code} /residential scrolls sideways by {over} px (see {}): {wide:#?}",
                    shot.display()
                );
            }
            page.assert_no_panic().await;
        },
    )
    .await;
}
