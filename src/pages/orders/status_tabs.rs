//! Status tabs of the orders list: links that only rewrite the query string, so back,
//! forward, reload and shared links keep the view.

use crate::{logic::query::OrdersQuery, models::OrderStatus};
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
                            {move || tab_label(&status).to_string()}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}

/// A status tab's label in the current language (also how the empty list names a status).
pub fn tab_label(status: &OrderStatus) -> &str {
    match status {
        OrderStatus::Active => tr!(status.active),
        OrderStatus::OnHold => tr!(status.on_hold),
        OrderStatus::Cancelled => tr!(status.cancelled),
        OrderStatus::All => tr!(status.all),
        OrderStatus::Unknown(raw) => raw,
    }
}
