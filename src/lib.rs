//! ProxyShard customer dashboard: a client-side-rendered Leptos app that runs a
//! ProxyShard account (profile, orders, purchases) through the provider's User API.

#[macro_use]
pub mod i18n;

pub mod api;
pub mod app;
pub mod components;
pub mod logic;
pub mod models;
pub mod pages;
pub mod pwa;
pub mod state;
pub mod web;

pub use app::App;

/// Reads the base path, sends a signed-out visitor of a signed-in page to the sign-in
/// form, follows the network's state, starts reading the deployment settings (requests
/// wait for them; the first page does not), has the language's texts (`i18n::start`; a
/// file to read unless English), mounts the app on `<body>` in the next task,
/// then, in idle time, makes the money, date and relative-time formatters when signed in
/// (`i18n::intl::WARM_UPS`) and registers the service worker: its precaching downloads every
/// file of the build, which must not compete with the first page.
pub fn start() {
    console_error_panic_hook::set_once();
    state::base_path::init();
    pages::lazy::parts::register();
    app::start_signed_out_at_sign_in();
    state::network::watch();
    state::settings::start_loading();
    // The mount runs in a task of its own, so the module's instantiation and the first
    // render are two shorter tasks instead of one long one that blocks input (Lighthouse's
    // blocking time on the sign-in page ~190 -> ~125 ms, docs/BENCHMARKS.md).
    i18n::start(|| {
        leptos::prelude::set_timeout(
            || {
                leptos::mount::mount_to_body(App);
                if state::session::api_key().is_some() {
                    // While the first page's code and data are on their way.
                    i18n::intl::WARM_UPS.into_iter().for_each(web::idle::when_idle);
                }
                web::idle::when_idle(pwa::register);
            },
            std::time::Duration::ZERO,
        )
    });
}
