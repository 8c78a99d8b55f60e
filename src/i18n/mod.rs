//! Translations and the language of the dashboard: English, Russian, Ukrainian or
//! Simplified Chinese. The texts of locales/*.json, the `tr!`/`tx!`/`trf!` macros that look
//! them up, and the one language signal they read.
//!
//! The choice is remembered in `localStorage` (`proxyshard.lang`; not a secret). On a first
//! visit the browser's languages (`navigator.languages`) decide, falling back to English.
//! The current language is one app-wide signal, and `<html lang>` is kept in step so screen
//! readers and the browser know the language.
//!
//! English is compiled in: leptos_i18n's `td_string!` over `locales/en.json` (a key the code
//! uses that English lacks is a build error). The other languages' texts are read from
//! their locale files when chosen (`catalog`), so the wasm carries one language instead of
//! four; each `tr!` names its text by a number computed at compile time
//! (`logic::catalog::key_id`) and falls back to English when a file lacks it. The language
//! changes only once its texts are in: at start the app waits for them before it mounts,
//! and the picker before it switches.
//!
//! leptos_i18n's context is not used: it would bring leptos-use's locale detection,
//! leptos_meta and ICU locale matching along, 13 KB of brotli-compressed wasm for what
//! `from_browser_languages` does here. So `use_i18n()` and `t!` are not available; use `tr!`.

// The generated module: English's `td_string!`, from locales/en.json.
// (`load_locales!` is deprecated in favour of a build script, which would add a build
// dependency and a generated file for the same result.)
#[allow(deprecated)]
mod locales {
    leptos_i18n::load_locales!();
}
#[doc(hidden)]
pub use locales::i18n::{td_string, Locale as Compiled};

/// `tr!` in a given language: `tr_in!(locale, errors.network)` (for text made outside views,
/// with `current_untracked()`). The key's id is a constant; English is the fallback.
macro_rules! tr_in {
    ($locale:expr, $($key:ident).+) => {
        $crate::i18n::translated(
            $locale,
            const { $crate::logic::catalog::key_id(concat!($(stringify!($key), "."),+)) },
            $crate::i18n::td_string!($crate::i18n::Compiled::en, $($key).+),
        )
    };
}

/// The text of a key of locales/*.json in the current language (a `&'static str`). It reads
/// the language reactively, so `tr!(key)` in a view follows the language picker.
macro_rules! tr {
    ($($key:ident).+) => {
        tr_in!($crate::i18n::current(), $($key).+)
    };
}

/// `tx!(key)` for views (a text or an attribute that follows the language), made
/// through one shared function so that the hundreds of labels share one compiled closure
/// type instead of each bringing its own (see [`text`]).
macro_rules! tx {
    ($($key:ident).+) => {
        $crate::i18n::text(|| tr!($($key).+))
    };
}

/// `tr!` with `{name}` placeholders filled: `trf!(pager.page, n = 3)` (see `logic::text`).
macro_rules! trf {
    ($($key:ident).+, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::logic::text::fill(tr!($($key).+), &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),+])
    };
}

pub mod catalog;
pub mod intl;
pub mod status;

use crate::web::storage;
use leptos::prelude::*;

const STORAGE_KEY: &str = "proxyshard.lang";

thread_local! {
    // Reference-counted, so no reactive owner can dispose it (see `session`). English until
    // [`start`] has the remembered or the browser's language's texts.
    static LOCALE: ArcRwSignal<Locale> = ArcRwSignal::new(Locale::en);
}

/// A language of the dashboard (named as its locale file).
#[allow(non_camel_case_types)]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    en,
    ru,
    uk,
    zh,
}

/// Every language offered, in the picker's order, with its name in itself.
pub const LANGUAGES: [(Locale, &str); 4] =
    [(Locale::en, "English"), (Locale::ru, "Русский"), (Locale::uk, "Українська"), (Locale::zh, "简体中文")];

/// The stored code of a language, also its `<html lang>` value.
pub fn code(locale: Locale) -> &'static str {
    match locale {
        Locale::en => "en",
        Locale::ru => "ru",
        Locale::uk => "uk",
        Locale::zh => "zh-CN",
    }
}

/// Reads a stored code (or a browser language tag such as `ru-RU`): the language it names,
/// if the dashboard has it. Chinese counts only in its simplified script.
pub fn parse(tag: &str) -> Option<Locale> {
    let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
    let mut parts = tag.split('-');
    match parts.next()? {
        "en" => Some(Locale::en),
        "ru" => Some(Locale::ru),
        "uk" => Some(Locale::uk),
        "zh" => {
            let traditional = parts.any(|p| matches!(p, "hant" | "tw" | "hk" | "mo"));
            (!traditional).then_some(Locale::zh)
        }
        _ => None,
    }
}

/// The first of the browser's languages that the dashboard has; English when none.
pub fn from_browser_languages<S: AsRef<str>>(languages: &[S]) -> Locale {
    languages.iter().find_map(|l| parse(l.as_ref())).unwrap_or(Locale::en)
}

fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut list: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if list.is_empty() {
        list.extend(navigator.language());
    }
    list
}

/// The remembered language, else the browser's first that the dashboard has.
fn wanted() -> Locale {
    storage::read_local(STORAGE_KEY)
        .and_then(|v| parse(&v))
        .unwrap_or_else(|| from_browser_languages(&browser_languages()))
}

/// `<html lang>` and the document's title in `locale`.
fn apply(locale: Locale) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", code(locale));
    }
    document.set_title(tr_in!(locale, app.title));
}

/// Reactive: the current language (always English in host tests, which have no browser).
pub fn current() -> Locale {
    if cfg!(target_arch = "wasm32") {
        LOCALE.with(|l| l.get())
    } else {
        Locale::en
    }
}

/// The current language, without subscribing (for text made outside views, e.g. errors).
pub fn current_untracked() -> Locale {
    if cfg!(target_arch = "wasm32") {
        LOCALE.with(|l| l.get_untracked())
    } else {
        Locale::en
    }
}

/// The text `id` in `locale`: `english` for English, or when the language's file lacks it.
/// What `tr!` and `tr_in!` call.
pub fn translated(locale: Locale, id: u32, english: &'static str) -> &'static str {
    match locale {
        Locale::en => english,
        other => catalog::text(other, id).unwrap_or(english),
    }
}

/// Switches to a language whose texts are in (English, or one [`catalog`] has read): applied
/// at once and remembered (when storage allows). The picker reads the texts first
/// (`components::language`).
pub fn set_language(locale: Locale) {
    apply(locale);
    storage::write_local(STORAGE_KEY, code(locale));
    LOCALE.with(|l| l.set(locale));
}

/// A label that follows the language: `f` is read again whenever the language changes.
/// Every label goes through this one function, so they share one compiled closure type (and its
/// compiled rendering code) in the wasm.
pub fn text(f: fn() -> &'static str) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || f()
}

/// Starts in the remembered or the browser's language, then runs `mount`: at once in
/// English; otherwise once that language's texts are read, or in English if they cannot be
/// (offline on a first visit), so the first page never shows a mix of two languages.
pub fn start(mount: impl FnOnce() + 'static) {
    let wanted = wanted();
    if wanted == Locale::en {
        apply(Locale::en);
        return mount();
    }
    wasm_bindgen_futures::spawn_local(async move {
        if catalog::load(wanted).await.is_ok() {
            LOCALE.with(|l| l.set(wanted));
        }
        apply(current_untracked());
        mount();
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_languages_pick_the_first_known() {
        assert_eq!(from_browser_languages(&["ru-RU", "en-US"]), Locale::ru);
        assert_eq!(from_browser_languages(&["de-DE", "uk", "en"]), Locale::uk);
        assert_eq!(from_browser_languages(&["zh-TW", "zh-CN"]), Locale::zh);
        assert_eq!(from_browser_languages(&["zh-Hans-SG"]), Locale::zh);
        assert_eq!(from_browser_languages(&["fr"]), Locale::en);
        assert_eq!(from_browser_languages::<&str>(&[]), Locale::en);
    }

    #[test]
    fn stored_codes_round_trip() {
        for (locale, _) in LANGUAGES {
            assert_eq!(parse(code(locale)), Some(locale));
        }
        assert_eq!(parse("klingon"), None);
    }
}
