//! "Copy all" and "Download": how a customer takes a list of credentials away (an order's
//! proxies, generated connection strings). The text is made when a button is clicked, with
//! the real passwords: that is what the customer takes away, while the screen may mask them.

use crate::{
    components::{toast::Toasts, use_toasts},
    i18n,
    web::clipboard::{self, HandOverError},
};
use leptos::prelude::*;

/// What went wrong with the clipboard or a download, in the current language.
pub fn hand_over_problem(error: HandOverError) -> &'static str {
    match error {
        HandOverError::NoClipboard => tr!(order.no_clipboard),
        HandOverError::CopyRefused => tr!(order.copy_refused),
        HandOverError::DownloadFailed => tr!(order.download_failed),
        HandOverError::NoDocument => tr!(order.no_document),
        HandOverError::NoBody => tr!(order.no_body),
    }
}

/// Copies `text` in the background and says how it went in a toast: `done` on success,
/// what went wrong otherwise.
pub fn copy_and_tell(toasts: Toasts, text: String, done: fn() -> &'static str) {
    leptos::task::spawn_local(async move {
        match clipboard::copy_text(&text).await {
            Ok(()) => toasts.success(done()),
            Err(error) => toasts.error(hand_over_problem(error)),
        }
    });
}

/// What the buttons take away, made at the moment of a click.
pub struct Takeaway {
    /// The whole text.
    pub text: String,
    /// The download's file name, e.g. `order-1001-proxies.txt`.
    pub file_name: String,
    /// The download's type, e.g. `text/plain;charset=utf-8`.
    pub mime: &'static str,
}

/// The "Copy all" and "Download" buttons, `data-test` `<test>-copy` and `<test>-download`.
#[component]
pub fn TakeawayButtons(
    /// Makes the text to copy or download, when a button is clicked.
    #[prop(into)]
    make: Callback<(), Takeaway>,
    /// The `data-test` prefix.
    test: &'static str,
    /// The copy button's label.
    copy_label: fn() -> &'static str,
    /// The download button's label.
    download_label: fn() -> &'static str,
    /// The toast after a copy.
    copied: fn() -> &'static str,
) -> impl IntoView {
    let toasts = use_toasts();
    let copy = move |_| copy_and_tell(toasts, make.run(()).text, copied);
    let download = move |_| {
        let take = make.run(());
        if let Err(error) = clipboard::download(&take.file_name, &take.text, take.mime) {
            toasts.error(hand_over_problem(error));
        }
    };
    view! {
        <button type="button" class="btn btn-secondary" data-test=format!("{test}-copy") on:click=copy>
            {i18n::text(copy_label)}
        </button>
        <button type="button" class="btn btn-secondary" data-test=format!("{test}-download") on:click=download>
            {i18n::text(download_label)}
        </button>
    }
}
