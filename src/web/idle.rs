//! Work that should not compete with what the customer is waiting for: run it when the
//! browser is idle (`requestIdleCallback`, or a short timer where that is missing, as in
//! Safari).

use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// At the latest this long after the call, idle or not (milliseconds).
const AT_THE_LATEST_MS: u32 = 2_000;
/// Where `requestIdleCallback` is missing: after this delay (milliseconds).
const FALLBACK_DELAY_MS: i32 = 300;

/// Runs `task` once, when the browser is idle.
pub fn when_idle(task: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let callback = Closure::once_into_js(task);
    let idle = js_sys::Reflect::get(&window, &JsValue::from_str("requestIdleCallback"))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let scheduled = match idle {
        Some(request) => {
            let options = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&options, &JsValue::from_str("timeout"), &AT_THE_LATEST_MS.into());
            request.call2(&window, &callback, &options).is_ok()
        }
        None => false,
    };
    if !scheduled {
        let _ =
            window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), FALLBACK_DELAY_MS);
    }
}
