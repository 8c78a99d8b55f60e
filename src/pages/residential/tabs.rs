//! The Standart / Premium / Unmetered tabs: links that only rewrite `?type=`, like the orders' status tabs.

use super::plan_label;
use crate::models::ResidentialPlan;
use leptos::prelude::*;

/// A tab per plan; the current one is marked.
#[component]
pub fn PlanTabs(#[prop(into)] current: Signal<ResidentialPlan>) -> impl IntoView {
    view! {
        <nav class="tabs" aria-label=tx!(residential.plan)>
            {ResidentialPlan::ALL
                .into_iter()
                .map(|plan| {
                    let is_current = move || current.get() == plan;
                    view! {
                        <a
                            class="tab"
                            class:active=is_current
                            data-test=format!("tab-{}", plan.as_str())
                            href=format!("/residential?type={}", plan.as_str())
                            aria-current=move || is_current().then_some("page")
                        >
                            {move || plan_label(plan)}
                        </a>
                    }
                })
                .collect_view()}
        </nav>
    }
}
