//! Money, dates and relative times in the reader's language, through the browser's `Intl`
//! (no formatting data in the wasm). The pure parts (parsing, cents arithmetic) stay in
//! `logic::money` and `logic::dates`; these functions only present their results.
//!
//! Each reads the current language reactively, so `move || intl::money(c)` in a view
//! follows the language picker. Host tests (no browser) get the English forms of `logic`.

use crate::{
    i18n::{td_string, Locale},
    state::locale,
};
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

const DAY_MS: i64 = 86_400_000;
const HOUR_MS: i64 = 3_600_000;

/// The `Intl` locale of a language (English is formatted the US way).
fn intl_tag(locale: Locale) -> &'static str {
    match locale {
        Locale::en => "en-US",
        Locale::ru => "ru-RU",
        Locale::uk => "uk-UA",
        Locale::zh => "zh-CN",
    }
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), &JsValue::from_str(v));
    }
    o
}

fn locales(locale: Locale) -> Array {
    Array::of1(&JsValue::from_str(intl_tag(locale)))
}

fn call(format: Function, value: &JsValue) -> Option<String> {
    format.call1(&JsValue::NULL, value).ok()?.as_string()
}

/// Cents as US dollars in the current language: `$1,234.56` (en), `1 234,56 $` (ru).
pub fn money(cents: i64) -> String {
    money_in(locale::current(), cents)
}

/// Cents as US dollars in `locale`; falls back to the plain English form.
pub fn money_in(locale: Locale, cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    // A decimal string keeps every cent exact, however large.
    let exact = format!("{sign}{}.{:02}", abs / 100, abs % 100);
    let format = Intl::NumberFormat::new(&locales(locale), &options(&[("style", "currency"), ("currency", "USD")]));
    call(format.format(), &JsValue::from_str(&exact)).unwrap_or_else(|| crate::logic::money::format_cents(cents))
}

/// A whole number with the language's grouping: `1,000` (en), `1 000` (ru).
pub fn number(n: i64) -> String {
    if !cfg!(target_arch = "wasm32") {
        return n.to_string();
    }
    let format = Intl::NumberFormat::new(&locales(locale::current()), &Object::new());
    call(format.format(), &JsValue::from_f64(n as f64)).unwrap_or_else(|| n.to_string())
}

fn date_with(ms: i64, pairs: &[(&str, &str)]) -> Option<String> {
    if !cfg!(target_arch = "wasm32") {
        return None;
    }
    let format = Intl::DateTimeFormat::new(&locales(locale::current()), &options(pairs));
    call(format.format(), &Date::new(&JsValue::from_f64(ms as f64)))
}

/// The UTC date of an instant: `Nov 28, 2026` (en), `28 нояб. 2026 г.` (ru).
pub fn date(ms: i64) -> String {
    date_with(ms, &[("dateStyle", "medium"), ("timeZone", "UTC")])
        .unwrap_or_else(|| crate::logic::dates::format_date(ms))
}

/// The UTC date and time of an instant, marked UTC: `Nov 28, 2026, 7:00 AM UTC` (en).
pub fn date_time(ms: i64) -> String {
    date_with(ms, &[("dateStyle", "medium"), ("timeStyle", "short"), ("timeZone", "UTC")])
        .map(|s| format!("{s} UTC"))
        .unwrap_or_else(|| crate::logic::dates::format_date_time(ms))
}

/// "in 2 days", "3 hours ago", "in less than an hour", in the current language.
pub fn relative(target_ms: i64, now_ms: i64) -> String {
    if !cfg!(target_arch = "wasm32") {
        return crate::logic::dates::relative(target_ms, now_ms);
    }
    let locale = locale::current();
    let delta = target_ms - now_ms;
    let abs = delta.abs();
    if abs < HOUR_MS {
        return if delta >= 0 {
            td_string!(locale, time.within_hour).to_string()
        } else {
            td_string!(locale, time.under_hour_ago).to_string()
        };
    }
    let (n, unit) = if abs < DAY_MS { (abs / HOUR_MS, "hour") } else { (abs / DAY_MS, "day") };
    let value = if delta >= 0 { n } else { -n } as f64;
    let format = Intl::RelativeTimeFormat::new(&locales(locale), &options(&[("numeric", "always")]));
    format.format(value, unit).as_string().unwrap_or_else(|| crate::logic::dates::relative(target_ms, now_ms))
}
