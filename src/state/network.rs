//! Is the browser online? One app-wide signal fed by the window's `online` and `offline`
//! events, so components can pause what needs the network and recover by themselves when
//! the connection returns. The banners (`app::banners`) say so on
//! every page; buttons read [`use_online`] to disable themselves with [`offline_reason`].
//! [`saves_data`] tells whether the customer asked the browser to save data.

use leptos::{ev, prelude::*};

thread_local! {
    // Reference-counted, so no reactive owner can dispose it (see `session`).
    static ONLINE: ArcRwSignal<bool> = ArcRwSignal::new(navigator_on_line());
}

/// Why an action that needs the network is unavailable right now.
pub fn offline_reason() -> &'static str {
    tr!(common.offline_reason)
}

fn navigator_on_line() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}

fn set_online(online: bool) {
    ONLINE.with(|s| {
        if s.get_untracked() != online {
            s.set(online);
        }
    });
}

/// Follows the browser's connection state from now on; call once at start.
pub fn watch() {
    // The listeners live as long as the page: their handles are never removed.
    let _ = window_event_listener(ev::online, |_| set_online(true));
    let _ = window_event_listener(ev::offline, |_| set_online(false));
    set_online(navigator_on_line());
}

/// Reactive: `true` while the browser reports a network connection.
pub fn use_online() -> Signal<bool> {
    ONLINE.with(|s| s.clone().into())
}

/// Whether the customer asked the browser to save data (`navigator.connection.saveData`,
/// Chromium's data saver): then nothing is downloaded ahead of need.
pub fn saves_data() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let read = |target: &wasm_bindgen::JsValue, key: &str| js_sys::Reflect::get(target, &key.into()).ok();
    read(&window.navigator(), "connection")
        .filter(|c| c.is_object())
        .and_then(|c| read(&c, "saveData"))
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}
