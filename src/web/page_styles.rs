//! The signed-in pages' stylesheets, kept off the first load: `index.html` lists them
//! `disabled` (a disabled stylesheet is not downloaded; `scripts/split` joins them into one
//! file), and the first signed-in page enables them while its chunk downloads, then waits
//! for them before it is shown, so no page appears unstyled. The sign-in form needs only
//! `main.css`. A visitor who is signed in already has them preloaded by `static/boot.js`,
//! beside the main module.

use js_sys::{Array, Promise};
use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

thread_local! {
    /// Whether [`enable`] has run: the stylesheets are enabled once per visit.
    static ENABLED: Cell<bool> = const { Cell::new(false) };
}

/// The marker of a page stylesheet in `index.html`.
const SELECTOR: &str = "link[data-page-style][disabled]";

/// Starts downloading every page stylesheet not enabled yet; the returned future ends when
/// each has loaded or failed (a missing stylesheet must not keep a page from showing).
/// After the first call it ends at once: the stylesheets are then enabled, or on their way
/// for the page that asked first, which waits for them.
pub fn enable() -> impl std::future::Future<Output = ()> {
    let loads = Array::new();
    if ENABLED.with(|done| done.replace(true)) {
        return all_loaded(loads);
    }
    let links = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector_all(SELECTOR).ok());
    for link in links.iter().flat_map(|list| (0..list.length()).filter_map(move |i| list.item(i))) {
        let Ok(link) = link.dyn_into::<web_sys::Element>() else {
            continue;
        };
        let loaded = Promise::new(&mut |resolve, _| {
            let _ = link.add_event_listener_with_callback("load", &resolve);
            let _ = link.add_event_listener_with_callback("error", &resolve);
        });
        let _ = link.remove_attribute("disabled");
        loads.push(&loaded);
    }
    all_loaded(loads)
}

/// Waits for every promise of `loads` (none: a future that is ready at once).
fn all_loaded(loads: Array) -> impl std::future::Future<Output = ()> {
    let all = (loads.length() > 0).then(|| JsFuture::from(Promise::all(&loads)));
    async move {
        if let Some(all) = all {
            let _ = all.await;
        }
    }
}
