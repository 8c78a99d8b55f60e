//! App-wide banners above every page: "you are offline" while the network is down, and
//! "a new version is ready" with a Reload button when a new deployment has installed.

use crate::{pwa, state::network::use_online};
use leptos::prelude::*;

/// The offline and update banners; a polite live region, so both are announced.
#[component]
pub fn Banners() -> impl IntoView {
    let online = use_online();
    let update_ready = pwa::update_ready();
    view! {
        <div class="banners" role="status">
            <Show when=move || !online.get()>
                <div class="notice notice-warn" data-test="offline-banner">
                    <p class="notice-text">{tx!(banner.offline)}</p>
                </div>
            </Show>
            <Show when=move || update_ready.get()>
                <div class="notice notice-ok" data-test="update-banner">
                    <p class="notice-text">{tx!(banner.update)}</p>
                    <button type="button" class="btn btn-primary" data-test="update-reload" on:click=|_| pwa::apply_update()>
                        {tx!(banner.reload)}
                    </button>
                </div>
            </Show>
        </div>
    }
}
