//! The quick jump: Ctrl+K (or `/` outside a text field, or the top bar's button) opens a
//! small modal dialog. Enter on a number opens that order; other text is looked up in the
//! tags of every order (gathered once per session) and the matches are listed to pick.
//!
//! The opener is here, in the frame; the dialog ([`dialog`]) is in the orders page's chunk,
//! loaded when it first opens (`pages::lazy::parts::jump_dialog`).

pub(crate) mod dialog;

use crate::web::focus;
use leptos::{ev, prelude::*};
use send_wrapper::SendWrapper;

/// The top bar's button and the dialog it opens.
#[component]
pub fn QuickJump() -> impl IntoView {
    let open = RwSignal::new(false);
    // Where focus was before the dialog opened, to hand it back on close.
    let opener = StoredValue::new(None::<SendWrapper<web_sys::HtmlElement>>);
    let show = move || {
        if !open.get_untracked() {
            opener.set_value(focus::active_element().map(SendWrapper::new));
            open.set(true);
        }
    };
    let close = Callback::new(move |restore: bool| {
        open.set(false);
        if restore {
            focus::restore(opener.get_value().map(SendWrapper::take));
        }
    });
    let handle = window_event_listener(ev::keydown, move |e| {
        let ctrl_k = (e.ctrl_key() || e.meta_key()) && e.key().eq_ignore_ascii_case("k");
        let slash = e.key() == "/" && !e.ctrl_key() && !e.meta_key() && !e.alt_key() && !focus::typing_in_field(&e);
        if ctrl_k || slash {
            e.prevent_default();
            show();
        }
    });
    on_cleanup(move || handle.remove());

    view! {
        <button type="button" class="btn btn-ghost quick-jump-button" data-test="quick-jump-open"
            aria-haspopup="dialog" aria-keyshortcuts="Control+K /" on:click=move |_| show()>
            // Narrow screens show the magnifier alone; the label stays for screen readers.
            <svg class="quick-jump-icon" aria-hidden="true" viewBox="0 0 24 24" width="18" height="18">
                <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.2" />
                <path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" />
            </svg>
            <span class="quick-jump-label">{tx!(jump.open)}</span>
            <kbd class="kbd">"Ctrl K"</kbd>
        </button>
        <Show when=move || open.get()>
            {crate::pages::lazy::parts::jump_dialog(close)}
        </Show>
    }
}
