//! A secret on screen (a proxy password): masked until "Reveal", with "Copy" beside it.
//! The secret stays in memory and in this element's text only while revealed; Copy puts
//! the real value on the clipboard whether or not it is shown.

use crate::components::{take_away::copy_and_tell, use_toasts};
use leptos::prelude::*;

/// What a hidden secret looks like.
pub const MASK: &str = "••••••••";

/// The masked value with its Reveal/Hide and Copy buttons; `data-test` `{test}`,
/// `{test}-reveal` and `{test}-copy`. A new `secret` is shown masked again.
#[component]
pub fn MaskedSecret(
    /// The secret.
    #[prop(into)]
    secret: Signal<String>,
    /// The `data-test` prefix.
    test: &'static str,
    /// The Reveal button's accessible name ("Reveal the password of …").
    #[prop(into)]
    reveal_label: Signal<String>,
    /// The Hide button's accessible name.
    #[prop(into)]
    hide_label: Signal<String>,
    /// The Copy button's accessible name.
    #[prop(into)]
    copy_label: Signal<String>,
    /// The toast after a copy.
    copied: fn() -> &'static str,
) -> impl IntoView {
    let toasts = use_toasts();
    let revealed = RwSignal::new(false);
    Effect::watch(move || secret.track(), move |_, _, _| revealed.set(false), false);
    let copy = move |_| copy_and_tell(toasts, secret.get_untracked(), copied);
    view! {
        <span class="secret">
            <span class="mono secret-value" data-test=test>
                {move || if revealed.get() { secret.get() } else { MASK.to_string() }}
            </span>
            <button type="button" class="btn btn-ghost btn-small" data-test=format!("{test}-reveal")
                aria-pressed=move || revealed.get().to_string()
                aria-label=move || if revealed.get() { hide_label.get() } else { reveal_label.get() }
                on:click=move |_| revealed.update(|r| *r = !*r)>
                {move || if revealed.get() { tr!(proxies.hide) } else { tr!(proxies.reveal) }}
            </button>
            <button type="button" class="btn btn-ghost btn-small" data-test=format!("{test}-copy")
                aria-label=move || copy_label.get() on:click=copy>{tx!(proxies.copy)}</button>
        </span>
    }
}
