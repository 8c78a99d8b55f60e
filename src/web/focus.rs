//! Keyboard focus helpers: the page heading after a route change, and focus kept inside a
//! modal dialog (Tab wraps) and handed back to where it came from when the dialog closes.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, KeyboardEvent};

/// What can take focus by Tab inside a container.
const FOCUSABLE: &str = "a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), \
    select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element that has focus now, when it is an HTML element other than `<body>`.
pub fn active_element() -> Option<HtmlElement> {
    let el = document()?.active_element()?;
    (el.tag_name() != "BODY").then(|| el.dyn_into::<HtmlElement>().ok()).flatten()
}

/// Whether the person has pressed a key or clicked since the page loaded (the browser's
/// user-activation flag; `true` where the browser does not say).
pub fn user_has_interacted() -> bool {
    let Some(window) = web_sys::window() else { return true };
    let activation =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("userActivation")).ok().filter(|a| a.is_object());
    match activation {
        Some(a) => {
            js_sys::Reflect::get(&a, &JsValue::from_str("hasBeenActive")).ok().and_then(|v| v.as_bool()).unwrap_or(true)
        }
        None => true,
    }
}

/// Moves focus to the main heading (`<main> h1`, which carries `tabindex="-1"`) once the
/// new page has rendered. For a moment afterwards, a heading that the page replaces while
/// its data loads gets focus again, unless focus has moved on (the person tabbed away).
pub fn focus_heading() {
    fn heading() -> Option<HtmlElement> {
        document()
            .and_then(|d| d.query_selector("main h1").ok().flatten())
            .and_then(|h| h.dyn_into::<HtmlElement>().ok())
    }
    fn attempt(tries_left: u8, focused: bool) {
        let lost = active_element().is_none();
        if !focused || lost {
            if let Some(h) = heading() {
                let _ = h.focus();
            }
        }
        let focused = focused || active_element().is_some();
        // Focus elsewhere than a heading that we gave it: the person has moved on.
        let moved_on = focused && active_element().is_some_and(|a| a.tag_name() != "H1");
        if tries_left > 0 && !moved_on {
            set_timeout(move || attempt(tries_left - 1, focused), std::time::Duration::from_millis(100));
        }
    }
    request_animation_frame(|| attempt(20, false));
}

/// The elements inside `container` that Tab can reach, in document order.
pub fn focusables(container: &Element) -> Vec<HtmlElement> {
    let Ok(list) = container.query_selector_all(FOCUSABLE) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<HtmlElement>().ok()).collect()
}

/// Keeps Tab and Shift+Tab inside `container` (a modal dialog's keydown handler).
pub fn trap_tab(ev: &KeyboardEvent, container: &Element) {
    if ev.key() != "Tab" {
        return;
    }
    let items = focusables(container);
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        ev.prevent_default();
        return;
    };
    let active = document().and_then(|d| d.active_element());
    let at = |el: &HtmlElement| active.as_ref().is_some_and(|a| a == el.unchecked_ref::<Element>());
    let inside = active.as_ref().is_some_and(|a| container.contains(Some(a)));
    if ev.shift_key() && (at(first) || !inside) {
        ev.prevent_default();
        let _ = last.focus();
    } else if !ev.shift_key() && (at(last) || !inside) {
        ev.prevent_default();
        let _ = first.focus();
    }
}

/// Gives focus back to `el` if it is still on the page (the button that opened a dialog).
pub fn restore(el: Option<HtmlElement>) {
    if let Some(el) = el.filter(|e| e.is_connected()) {
        let _ = el.focus();
    }
}

/// Whether a key press happened while typing in a field (so single-key shortcuts stay
/// out of the way).
pub fn typing_in_field(ev: &KeyboardEvent) -> bool {
    let Some(target) = ev.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return false };
    matches!(target.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || target.is_content_editable()
}

/// Focuses the first element matching `selector` once the next frame has rendered (the
/// button that opened an inline panel, after the panel closed).
pub fn focus_later(selector: &'static str) {
    request_animation_frame(move || {
        let el = document()
            .and_then(|d| d.query_selector(selector).ok().flatten())
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let Some(el) = el {
            let _ = el.focus();
        }
    });
}
