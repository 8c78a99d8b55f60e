//! ProxyShard customer dashboard: a client-side-rendered Leptos app that runs a
//! ProxyShard account (profile, orders, purchases) through the provider's User API.

// The `i18n` module: `Locale`, `use_i18n`, and the `t!` family, from locales/*.json.
// (`load_locales!` is deprecated in favour of a build script, which would add a build
// dependency and a generated file for the same result.)
#[allow(deprecated)]
mod locales {
    leptos_i18n::load_locales!();
}
pub use locales::i18n;

/// The text of a key of locales/*.json in the current language, through leptos_i18n's
/// `td_string!` (a `&'static str`, or with `name = value` arguments something that is
/// `Display`). It reads the language reactively, so `tx!(key)` in a view follows
/// the language picker.
macro_rules! tr {
    ($($args:tt)*) => {
        $crate::i18n::td_string!($crate::state::locale::current(), $($args)*)
    };
}

/// `tx!(key)` for views (a text or an attribute that follows the language), made
/// through one shared function so that the hundreds of labels share one compiled closure
/// type instead of each bringing its own (see `state::locale::text`).
macro_rules! tx {
    ($($key:ident).+) => {
        $crate::state::locale::text(|| tr!($($key).+))
    };
}

/// `tr!` with `{name}` placeholders filled: `trf!(pager.page, n = 3)` (see `logic::text`).
macro_rules! trf {
    ($($key:ident).+, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::logic::text::fill(tr!($($key).+), &[$((stringify!($name), &$value as &dyn ::std::fmt::Display)),+])
    };
}

pub mod api;
pub mod app;
pub mod components;
pub mod logic;
pub mod pages;
pub mod pwa;
pub mod state;

pub use app::App;

/// Reads the base path, follows the network's state, registers the service worker, loads
/// deployment settings, then mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    state::base_path::init();
    state::network::watch();
    pwa::register();
    wasm_bindgen_futures::spawn_local(async {
        state::settings::load().await;
        leptos::mount::mount_to_body(App);
    });
}
