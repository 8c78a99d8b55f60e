//! The signed-in pages' stylesheets, kept off the first load: `index.html` lists them
//! `disabled` (a disabled stylesheet is not downloaded), and the first signed-in page
//! enables them while its chunk downloads, then waits for them before it is shown, so no
//! page appears unstyled. The sign-in form needs only `main.css`.

use js_sys::{Array, Promise};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The marker of a page stylesheet in `index.html`.
const SELECTOR: &str = "link[data-page-style][disabled]";

/// Starts downloading every page stylesheet not enabled yet; the returned future ends when
/// each has loaded or failed (a missing stylesheet must not keep a page from showing).
pub fn enable() -> impl std::future::Future<Output = ()> {
    let loads = Array::new();
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
    let all = JsFuture::from(Promise::all(&loads));
    async move {
        let _ = all.await;
    }
}
