//! Work that matters only once the customer can see its result: start it when an element
//! comes within a screen of the viewport (`IntersectionObserver`), or at once where the
//! browser has no such observer.

use std::{cell::Cell, rc::Rc};
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{Element, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// How far beyond the viewport an element counts as near: one screen's height above and below.
const MARGIN: &str = "100% 0px";

/// Watches one element until it comes near the screen; stops watching when dropped.
pub struct NearScreen {
    observer: Option<IntersectionObserver>,
    _callback: Option<Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>>,
}

impl Drop for NearScreen {
    fn drop(&mut self) {
        if let Some(observer) = &self.observer {
            observer.disconnect();
        }
    }
}

/// Calls `then` once, when `element` is within one screen of the viewport (at once if it
/// already is, or if the browser cannot tell). Keep the returned value for as long as
/// `then` may still be wanted: dropping it stops the watch.
pub fn when_near_screen(element: &Element, then: impl FnOnce() + 'static) -> NearScreen {
    let then = Rc::new(Cell::new(Some(then)));
    let run = {
        let then = then.clone();
        move || run_once(&then)
    };
    let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
        move |entries: js_sys::Array, observer: IntersectionObserver| {
            if entries.iter().any(|e| e.unchecked_into::<IntersectionObserverEntry>().is_intersecting()) {
                observer.disconnect();
                run();
            }
        },
    );
    let options = IntersectionObserverInit::new();
    options.set_root_margin(MARGIN);
    match IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options) {
        Ok(observer) => {
            observer.observe(element);
            NearScreen { observer: Some(observer), _callback: Some(callback) }
        }
        Err(_) => {
            run_once(&then);
            NearScreen { observer: None, _callback: None }
        }
    }
}

/// Calls what `then` holds, if it still holds it.
fn run_once(then: &Cell<Option<impl FnOnce()>>) {
    if let Some(then) = then.take() {
        then();
    }
}
