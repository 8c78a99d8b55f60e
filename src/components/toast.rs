//! Toasts: short, announced confirmations and failures of actions (aria-live).
//!
//! `provide_toasts()` once in the frame of the signed-in pages (`pages::frame::shell`, the only
//! pages that act); `use_toasts().success(..)` / `.error(..)` in any page below it.

use leptos::prelude::*;

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

#[derive(Clone, Debug, PartialEq)]
struct Toast {
    id: u64,
    kind: ToastKind,
    text: String,
}

/// Handle to the toast stack.
#[derive(Clone, Copy)]
pub struct Toasts {
    items: RwSignal<Vec<Toast>>,
    next_id: StoredValue<u64>,
}

/// How long a toast stays.
const TOAST_MS: u64 = 6000;

impl Toasts {
    /// Shows a success toast.
    pub fn success(&self, text: impl Into<String>) {
        self.push(ToastKind::Success, text.into());
    }

    /// Shows an error toast.
    pub fn error(&self, text: impl Into<String>) {
        self.push(ToastKind::Error, text.into());
    }

    fn push(&self, kind: ToastKind, text: String) {
        let id = self.next_id.get_value();
        self.next_id.set_value(id + 1);
        self.items.update(|v| v.push(Toast { id, kind, text }));
        let items = self.items;
        set_timeout(
            move || items.try_update(|v| v.retain(|t| t.id != id)).unwrap_or(()),
            std::time::Duration::from_millis(TOAST_MS),
        );
    }

    fn dismiss(&self, id: u64) {
        self.items.update(|v| v.retain(|t| t.id != id));
    }
}

/// Creates the toast stack and puts it in context.
pub fn provide_toasts() -> Toasts {
    let toasts = Toasts { items: RwSignal::new(Vec::new()), next_id: StoredValue::new(0) };
    provide_context(toasts);
    toasts
}

/// The toast stack from context.
pub fn use_toasts() -> Toasts {
    expect_context::<Toasts>()
}

/// Renders the toast stack; placed once, in the frame.
#[component]
pub fn ToastHost() -> impl IntoView {
    let toasts = use_toasts();
    view! {
        <div class="toasts" role="status" aria-live="polite">
            <For each=move || toasts.items.get() key=|t| t.id let:toast>
                <div class=format!("toast {}", toast.kind.as_str()) data-test="toast">
                    <span>{toast.text.clone()}</span>
                    <button type="button" class="toast-close" aria-label=tx!(common.dismiss)
                        on:click=move |_| toasts.dismiss(toast.id)>"×"</button>
                </div>
            </For>
        </div>
    }
}
