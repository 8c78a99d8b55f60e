//! Status tabs of the orders list: links that only rewrite the query string, so back,
//! forward, reload and shared links keep the view.

use crate::{i18n, logic::query::OrdersQuery, models::OrderStatus};
use leptos::prelude::*;

/// Tabs for active / on-hold / cancelled / all; the current one is marked.
#[component]
pub fn StatusTabs(#[prop(into)] query: Signal<OrdersQuery>) -> impl IntoView {
    view! {
        <nav class="tabs" aria-label=tx!(status.label)>
            {OrderStatus::ALL
                .into_iter()
                .map(|status| {
                    let (this, to, test) = (status.clone(), status.clone(), format!("tab-{}", status.as_str()));
                    let current = Signal::derive(move || query.with(|q| q.status == this));
                    view! {
                        <a
                            class="tab"
                            class:active=current
                            data-test=test
                            href=move || query.get().with_status(to.clone()).to_string()
                            aria-current=move || current.get().then_some("page")
                        >
                            {move || i18n::status::tab(&status).to_string()}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}
