//! The service worker (`static/sw.js`): registered beside `index.html`, so its scope is
//! the deployment's base path. When a new deployment's worker has installed and waits,
//! [`update_ready`] turns on and the app offers "A new version is ready — Reload";
//! [`apply_update`] lets the new worker take over and reloads the page.

use leptos::{ev, prelude::*};
use std::{
    cell::{Cell, RefCell},
    time::Duration,
};
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// How often a tab that stays open asks the server for a new version.
const UPDATE_CHECK_EVERY: Duration = Duration::from_secs(30 * 60);

thread_local! {
    static UPDATE_READY: ArcRwSignal<bool> = ArcRwSignal::new(false);
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    // Set by `apply_update`: the first registration of a worker also changes the
    // controller (it claims the page), and that must not reload anything.
    static RELOAD_ON_TAKEOVER: Cell<bool> = const { Cell::new(false) };
}

/// Reactive: a new version is installed and waits for [`apply_update`].
pub fn update_ready() -> Signal<bool> {
    UPDATE_READY.with(|s| s.clone().into())
}

/// `navigator.serviceWorker`, absent outside secure contexts and in some private modes.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).ok()?.then(|| navigator.service_worker())
}

/// Registers `sw.js` relative to the document's base URL; call once at start. Without
/// service worker support the app simply runs without offline support.
pub fn register() {
    let Some(container) = container() else {
        return;
    };
    let on_takeover = Closure::<dyn Fn()>::new(|| {
        if RELOAD_ON_TAKEOVER.with(Cell::get) {
            reload();
        }
    });
    container.set_oncontrollerchange(Some(on_takeover.as_ref().unchecked_ref()));
    on_takeover.forget();

    let registering = container.register("sw.js");
    spawn_local(async move {
        match JsFuture::from(registering).await {
            Ok(registration) => watch(registration.unchecked_into(), container),
            // The browser's own error object goes to the console as it is (Debug formatting is
            // compiled out of release builds on the build-std route, scripts/env.sh).
            Err(err) => web_sys::console::warn_2(
                &"offline support unavailable: the service worker did not register:".into(),
                &err,
            ),
        }
    });
}

/// Notices waiting workers, now and whenever a new one installs; checks for updates
/// now and then, and when the connection returns.
fn watch(registration: ServiceWorkerRegistration, container: ServiceWorkerContainer) {
    // A worker already waiting from an earlier visit (a controller means it is an update).
    if registration.waiting().is_some() && container.controller().is_some() {
        UPDATE_READY.with(|s| s.set(true));
    }
    // One that started installing before this code ran (the browser checks on navigation).
    if let Some(worker) = registration.installing() {
        follow(worker, container.clone());
    }
    let reg = registration.clone();
    let on_update_found = Closure::<dyn Fn()>::new(move || {
        if let Some(worker) = reg.installing() {
            follow(worker, container.clone());
        }
    });
    registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
    on_update_found.forget();
    REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));

    set_interval(check_for_update, UPDATE_CHECK_EVERY);
    let _ = window_event_listener(ev::online, |_| check_for_update());
}

/// Turns [`update_ready`] on when `worker` has installed while another one controls the
/// page (without a controller it is the first install, which activates by itself).
fn follow(worker: ServiceWorker, container: ServiceWorkerContainer) {
    let watched = worker.clone();
    let on_state_change = Closure::<dyn Fn()>::new(move || {
        if watched.state() == ServiceWorkerState::Installed && container.controller().is_some() {
            UPDATE_READY.with(|s| s.set(true));
        }
    });
    worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
    on_state_change.forget();
}

/// Asks the server for a newer `sw.js`; failures (offline) are expected and ignored.
fn check_for_update() {
    let Some(Ok(checking)) = REGISTRATION.with(|r| r.borrow().as_ref().map(|r| r.update())) else {
        return;
    };
    spawn_local(async move {
        let _ = JsFuture::from(checking).await;
    });
}

/// Switches to the waiting version: it takes over (`SKIP_WAITING`), then the page reloads
/// on `controllerchange`. Without a waiting worker it just reloads.
pub fn apply_update() {
    let waiting = REGISTRATION.with(|r| r.borrow().as_ref().and_then(|r| r.waiting()));
    match waiting {
        Some(worker) => {
            RELOAD_ON_TAKEOVER.with(|f| f.set(true));
            if worker.post_message(&JsValue::from_str("SKIP_WAITING")).is_err() {
                reload();
            }
        }
        None => reload(),
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
