//! Toasts: short, announced confirmations and failures of actions (aria-live).
//!
//! `provide_toasts()` once in the frame of the signed-in pages (`pages::frame::shell`, the only
//! pages that act); `use_toasts().success(..)` / `.error(..)` in any page below it.
//!
//! Each toast is an element appended to the host's live region when it comes and removed
//! when it goes, so the toasts already there are never rebuilt (a screen reader would
//! announce them again). That is what a keyed `<For>` did, but its list diffing was 5.6 kB of
//! brotli in the frame's chunk, which the profile's first paint waits for
//! (docs/BENCHMARKS.md, the levers' table). The text goes in as text, never as HTML.

use leptos::{html::Div, prelude::*};
use wasm_bindgen::JsCast;

/// The kind of a toast, also its CSS class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ToastKind {
    /// Something worked.
    Success,
    /// Something failed; the text says what to do.
    Error,
}

impl ToastKind {
    /// CSS class.
    pub fn as_str(self) -> &'static str {
        match self {
            ToastKind::Success => "toast-success",
            ToastKind::Error => "toast-error",
        }
    }
}

/// Handle to the toast stack: the live region its toasts go into.
#[derive(Clone, Copy)]
pub struct Toasts {
    host: NodeRef<Div>,
}

/// How long a toast stays.
const TOAST_MS: u64 = 6000;

impl Toasts {
    /// Shows a success toast.
    pub fn success(&self, text: impl Into<String>) {
        self.push(ToastKind::Success, &text.into());
    }

    /// Shows an error toast.
    pub fn error(&self, text: impl Into<String>) {
        self.push(ToastKind::Error, &text.into());
    }

    /// Appends the toast to the live region and takes it out after [`TOAST_MS`] (a no-op
    /// when it was dismissed or the frame has gone by then).
    fn push(&self, kind: ToastKind, text: &str) {
        let Some(host) = self.host.get_untracked() else { return };
        let Some(toast) = toast_element(kind, text) else { return };
        if host.append_child(&toast).is_ok() {
            set_timeout(move || toast.remove(), std::time::Duration::from_millis(TOAST_MS));
        }
    }
}

/// `<div class="toast …" data-test="toast"><span>text</span><button class="toast-close"
/// aria-label="Dismiss">×</button></div>`, the text set as text (`textContent`).
fn toast_element(kind: ToastKind, text: &str) -> Option<web_sys::Element> {
    let document = document();
    let toast = document.create_element("div").ok()?;
    toast.set_class_name(&format!("toast {}", kind.as_str()));
    toast.set_attribute("data-test", "toast").ok()?;
    let words = document.create_element("span").ok()?;
    words.set_text_content(Some(text));
    let close = document.create_element("button").ok()?;
    close.set_class_name("toast-close");
    close.set_attribute("type", "button").ok()?;
    close.set_attribute("aria-label", tr!(common.dismiss)).ok()?;
    close.set_text_content(Some("×"));
    toast.append_with_node_2(&words, &close).ok()?;
    Some(toast)
}

/// Creates the toast stack and puts it in context.
pub fn provide_toasts() -> Toasts {
    let toasts = Toasts { host: NodeRef::new() };
    provide_context(toasts);
    toasts
}

/// The toast stack from context.
pub fn use_toasts() -> Toasts {
    expect_context::<Toasts>()
}

/// The toasts' live region; placed once, in the frame. A click on a toast's close button
/// takes that toast out.
#[component]
pub fn ToastHost() -> impl IntoView {
    let toasts = use_toasts();
    let dismiss = |ev: web_sys::MouseEvent| {
        let clicked = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        if let Some(toast) =
            clicked.filter(|el| el.class_list().contains("toast-close")).and_then(|el| el.parent_element())
        {
            toast.remove();
        }
    };
    view! {
        <div class="toasts" role="status" aria-live="polite" node_ref=toasts.host on:click=dismiss></div>
    }
}
