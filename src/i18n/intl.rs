//! Money, dates and relative times in the reader's language, through the browser's `Intl`
//! (no formatting data in the wasm). The pure parts (parsing, cents arithmetic) stay in
//! `logic::money` and `logic::dates`; these functions only present their results.
//!
//! Each reads the current language reactively, so `move || intl::money(c)` in a view
//! follows the language picker. Host tests (no browser) get the English forms of `logic`.

use crate::{
    i18n::{self as locale, Locale},
    logic::{
        dates::{self, DAY_MS, HOUR_MS},
        money::format_cents,
        traffic::{Amount, Unit},
    },
};
use js_sys::{Array, Function, Intl, Object, Reflect};
use std::{cell::RefCell, collections::HashMap};
use wasm_bindgen::{JsCast, JsValue};

/// False in host tests, which have no browser to ask.
const IN_BROWSER: bool = cfg!(target_arch = "wasm32");

/// The formatters the dashboard uses.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Money,
    Number,
    Date,
    DateTime,
    Relative,
    /// A data amount in one unit (`25 GB`), at most two decimals.
    Data(Unit),
    /// Whole dollars (`$500`): a chart's axis.
    MoneyWhole,
    /// A month's short name (`Jan`): a chart's axis.
    Month,
    /// A month and its year (`Jan 2026`).
    MonthYear,
    /// A day and its month (`Dec 4`): a week's start on a chart's axis.
    DayMonth,
}

thread_local! {
    // One formatter per language and kind: building one is far slower than using it, and a
    // table of 100 orders formats 200 dates. Kept as its bound `format` function (every kind
    // but `Relative`, whose `format` takes a unit), one call from wasm per value.
    static FORMATTERS: RefCell<Vec<(Locale, Kind, JsValue)>> = const { RefCell::new(Vec::new()) };
}

thread_local! {
    // Dates and relative times already written, per language: the 200 of a table of 100
    // orders fall on far fewer days. Emptied when it reaches `WRITTEN_MAX` entries.
    static WRITTEN: RefCell<HashMap<(Locale, Written, i64), String>> = RefCell::default();
}

/// The most entries [`WRITTEN`] keeps.
const WRITTEN_MAX: usize = 2048;

/// What a [`WRITTEN`] entry is: a UTC day's date, or a relative time in hours or days.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Written {
    Day,
    Hours,
    Days,
}

/// The text of `(what, key)` in the current language, written by `write` once.
fn written(what: Written, key: i64, write: impl FnOnce() -> String) -> String {
    let locale = locale::current();
    if let Some(text) = WRITTEN.with(|w| w.borrow().get(&(locale, what, key)).cloned()) {
        return text;
    }
    let text = write();
    WRITTEN.with(|w| {
        let mut w = w.borrow_mut();
        if w.len() >= WRITTEN_MAX {
            w.clear();
        }
        w.insert((locale, what, key), text.clone());
    });
    text
}

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

fn make(locale: Locale, kind: Kind) -> JsValue {
    let locales = Array::of1(&JsValue::from_str(intl_tag(locale)));
    let utc = ("timeZone", "UTC");
    match kind {
        Kind::Money => {
            Intl::NumberFormat::new(&locales, &options(&[("style", "currency"), ("currency", "USD")])).format().into()
        }
        Kind::Number => Intl::NumberFormat::new(&locales, &Object::new()).format().into(),
        Kind::Date => Intl::DateTimeFormat::new(&locales, &options(&[("dateStyle", "medium"), utc])).format().into(),
        Kind::DateTime => {
            Intl::DateTimeFormat::new(&locales, &options(&[("dateStyle", "medium"), ("timeStyle", "short"), utc]))
                .format()
                .into()
        }
        Kind::MoneyWhole => Intl::NumberFormat::new(
            &locales,
            &options(&[
                ("style", "currency"),
                ("currency", "USD"),
                ("minimumFractionDigits", "0"),
                ("maximumFractionDigits", "0"),
            ]),
        )
        .format()
        .into(),
        Kind::Month => Intl::DateTimeFormat::new(&locales, &options(&[("month", "short"), utc])).format().into(),
        Kind::MonthYear => {
            Intl::DateTimeFormat::new(&locales, &options(&[("month", "short"), ("year", "numeric"), utc]))
                .format()
                .into()
        }
        Kind::DayMonth => Intl::DateTimeFormat::new(&locales, &options(&[("month", "short"), ("day", "numeric"), utc]))
            .format()
            .into(),
        Kind::Relative => Intl::RelativeTimeFormat::new(&locales, &options(&[("numeric", "always")])).into(),
        Kind::Data(unit) => Intl::NumberFormat::new(
            &locales,
            &options(&[("style", "unit"), ("unit", unit.intl()), ("maximumFractionDigits", "2")]),
        )
        .format()
        .into(),
    }
}

/// The formatter of `kind` for the current language, made once.
fn formatter<T: JsCast>(kind: Kind) -> T {
    let locale = locale::current();
    let found =
        FORMATTERS.with(|f| f.borrow().iter().find(|(l, k, _)| *l == locale && *k == kind).map(|e| e.2.clone()));
    let value = found.unwrap_or_else(|| {
        let made = make(locale, kind);
        FORMATTERS.with(|f| f.borrow_mut().push((locale, kind, made.clone())));
        made
    });
    value.unchecked_into()
}

/// What to make ahead of the first figures, one task each: the current language's money,
/// date and relative-time formatters. The browser's first `Intl.NumberFormat` loads its
/// number data, its first `Intl.DateTimeFormat` its calendar and its first
/// `Intl.RelativeTimeFormat` its units: ~70-130, ~10-20 and ~15 ms on a phone-speed CPU (4x
/// throttled), which otherwise land in the tasks that show the first answers
/// (docs/BENCHMARKS.md).
pub const WARM_UPS: [fn(); 3] = [|| warm_up(Kind::Money), || warm_up(Kind::Date), || warm_up(Kind::Relative)];

/// Makes the formatter of `kind` for the current language, if not made yet.
fn warm_up(kind: Kind) {
    if IN_BROWSER {
        formatter::<JsValue>(kind);
    }
}

/// Formats `value` with the bound `format` function of `kind` in the current language.
fn call(kind: Kind, value: &JsValue) -> Option<String> {
    let format = formatter::<Function>(kind);
    format.call1(&JsValue::NULL, value).ok()?.as_string()
}

/// Cents as US dollars in the current language: `$1,234.56` (en), `1 234,56 $` (ru).
pub fn money(cents: i64) -> String {
    if !IN_BROWSER {
        return format_cents(cents);
    }
    let sign = if cents < 0 { "-" } else { "" };
    let abs = cents.unsigned_abs();
    // A decimal string keeps every cent exact, however large.
    let exact = format!("{sign}{}.{:02}", abs / 100, abs % 100);
    call(Kind::Money, &JsValue::from_str(&exact)).unwrap_or_else(|| format_cents(cents))
}

/// Cents as whole US dollars, rounded: `$1,500` (en), `1 500 $` (ru). For a chart's axis,
/// whose ticks are whole dollars; amounts a person reads are [`money`].
pub fn money_whole(cents: i64) -> String {
    // Whole dollars, half a dollar rounded away from zero; integers, so no float printing.
    let dollars = (cents.saturating_add(if cents < 0 { -50 } else { 50 })) / 100;
    if !IN_BROWSER {
        return format!("${dollars}");
    }
    call(Kind::MoneyWhole, &JsValue::from_f64(dollars as f64)).unwrap_or_else(|| format!("${dollars}"))
}

/// A whole number with the language's grouping: `1,000` (en), `1 000` (ru).
pub fn number(n: i64) -> String {
    if !IN_BROWSER {
        return n.to_string();
    }
    call(Kind::Number, &JsValue::from_f64(n as f64)).unwrap_or_else(|| n.to_string())
}

/// A data amount in its unit, in the current language: `16.56 GB` (en), `16,56 ГБ` (ru).
pub fn data(amount: Amount) -> String {
    let fallback = || format!("{} {}", (amount.value * 100.0).round() / 100.0, amount.unit.as_str());
    if !IN_BROWSER {
        return fallback();
    }
    call(Kind::Data(amount.unit), &JsValue::from_f64(amount.value)).unwrap_or_else(fallback)
}

fn date_with(kind: Kind, ms: i64) -> Option<String> {
    if !IN_BROWSER {
        return None;
    }
    // `format` takes the instant as milliseconds, no `Date` needed.
    call(kind, &JsValue::from_f64(ms as f64))
}

/// The UTC date of an instant: `Nov 28, 2026` (en), `28 нояб. 2026 г.` (ru).
pub fn date(ms: i64) -> String {
    if !IN_BROWSER {
        return dates::format_date(ms);
    }
    written(Written::Day, ms.div_euclid(DAY_MS), || date_with(Kind::Date, ms).unwrap_or_else(|| dates::format_date(ms)))
}

/// The UTC month of an instant, short: `Jan` (en), `янв.` (ru), `1月` (zh).
pub fn month(ms: i64) -> String {
    date_with(Kind::Month, ms).unwrap_or_else(|| dates::format_date(ms).get(5..7).unwrap_or_default().to_string())
}

/// The UTC month and year of an instant: `Jan 2026` (en), `янв. 2026 г.` (ru).
pub fn month_year(ms: i64) -> String {
    date_with(Kind::MonthYear, ms).unwrap_or_else(|| dates::format_date(ms).get(..7).unwrap_or_default().to_string())
}

/// The UTC day and month of an instant: `Dec 4` (en), `4 дек.` (ru).
pub fn day_month(ms: i64) -> String {
    date_with(Kind::DayMonth, ms).unwrap_or_else(|| dates::format_date(ms).get(5..).unwrap_or_default().to_string())
}

/// The UTC date and time of an instant, marked UTC: `Nov 28, 2026, 7:00 AM UTC` (en).
pub fn date_time(ms: i64) -> String {
    date_with(Kind::DateTime, ms).map(|s| format!("{s} UTC")).unwrap_or_else(|| dates::format_date_time(ms))
}

/// "in 2 days", "3 hours ago", "in less than an hour", in the current language.
pub fn relative(target_ms: i64, now_ms: i64) -> String {
    if !IN_BROWSER {
        return dates::relative(target_ms, now_ms);
    }
    let delta = target_ms - now_ms;
    let abs = delta.abs();
    if abs < HOUR_MS {
        let locale = locale::current();
        return if delta >= 0 { tr_in!(locale, time.within_hour) } else { tr_in!(locale, time.under_hour_ago) }
            .to_string();
    }
    let (n, unit, what) =
        if abs < DAY_MS { (abs / HOUR_MS, "hour", Written::Hours) } else { (abs / DAY_MS, "day", Written::Days) };
    let value = if delta >= 0 { n } else { -n };
    written(what, value, || {
        let format = formatter::<Intl::RelativeTimeFormat>(Kind::Relative);
        format.format(value as f64, unit).as_string().unwrap_or_else(|| dates::relative(target_ms, now_ms))
    })
}
