//! What the API does not offer (topping up the wallet, invoices, usage statistics, the
//! referral programme): links to the provider's own dashboard, opened in a new tab and
//! marked as leaving the app, so nobody types an API key into a page they did not expect.

use leptos::prelude::*;

/// The provider's customer dashboard. Our assumption (the API names no such pages): correct
/// the paths here only.
pub const PROVIDER_DASHBOARD: &str = "https://proxyshard.com/dashboard";

/// A page of the provider: its path and its label in the current language.
type ProviderPage = (&'static str, fn() -> &'static str);

/// The provider's pages.
const PAGES: [ProviderPage; 4] = [
    ("billing", || tr!(residential.link_top_up)),
    ("invoices", || tr!(residential.link_invoices)),
    ("statistics", || tr!(residential.link_statistics)),
    ("referral", || tr!(residential.link_referral)),
];

/// The card of links to the provider's dashboard.
#[component]
pub fn ProviderLinks() -> impl IntoView {
    view! {
        <section class="card provider-links" aria-labelledby="provider-heading" data-test="provider-links">
            <h2 id="provider-heading">{tx!(residential.links_title)}</h2>
            <p class="muted">{tx!(residential.links_hint)}</p>
            <ul class="plain-list">
                {PAGES.into_iter().map(|(path, label)| view! {
                    <li>
                        <a href=format!("{PROVIDER_DASHBOARD}/{path}") target="_blank" rel="noopener noreferrer"
                            class="external" data-test=format!("provider-{path}")>
                            {move || label()}
                            <span aria-hidden="true">" ↗"</span>
                            <span class="sr-only">{move || format!(" ({})", tr!(residential.leaves_app))}</span>
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
