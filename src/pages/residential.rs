//! Residential (`/residential?type=standart|premium`): the owner's traffic of the plan, the
//! connection-string generator and the plan's sub-users (their table pages with
//! `&users_offset=`). The plan lives in the URL, so tabs, reload and shared
//! links keep it; a missing or unknown `type` shows Standart. An account without the plan
//! ("resident not set") gets an invitation to buy GB, not an error.

use crate::{
    api::{self, client::Cancel, ApiError},
    components::{
        residential::{Generator, NoPlanPanel, PlanTabs, SubUsersCard, TrafficPanel},
        ErrorNotice, Skeleton,
    },
    models::ProxyType,
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The server's message for a plan the account never bought.
const NOT_SET: &str = "resident not set";

/// `/residential?type=`.
#[component]
pub fn ResidentialPage() -> impl IntoView {
    let raw = use_query_map();
    let plan = Memo::new(move |_| raw.with(|q| q.get("type").and_then(|t| ProxyType::parse(&t)).unwrap_or_default()));
    view! {
        <div class="page-head">
            <h1 tabindex="-1">{tx!(residential.title)}</h1>
        </div>
        <PlanTabs current=plan />
        {move || {
            let plan = plan.get();
            view! { <PlanView plan /> }
        }}
    }
}

/// Whether an error means "this account has no such plan".
fn is_not_set(error: &ApiError) -> bool {
    matches!(error, ApiError::Rejected(m) if m.to_ascii_lowercase().contains(NOT_SET))
}

/// One plan: its traffic and the generator, once the profile of the plan has loaded.
#[component]
fn PlanView(plan: ProxyType) -> impl IntoView {
    let profile = LocalResource::new(move || {
        let cancel = Cancel::on_cleanup();
        async move { api::residential::profile(plan, cancel).await }
    });
    // The sub-users card stays mounted while the profile is read again after a change.
    let owner = Signal::derive(move || profile.get().and_then(Result::ok));
    view! {
        {move || match profile.get() {
            None | Some(Err(ApiError::Cancelled)) => view! { <Skeleton lines=6 /> }.into_any(),
            Some(Err(e)) if is_not_set(&e) => view! { <NoPlanPanel plan /> }.into_any(),
            Some(Err(e)) => view! { <ErrorNotice error=e retry=move |_| profile.refetch() /> }.into_any(),
            Some(Ok(p)) => {
                let password = p.proxy_password.clone();
                view! {
                    <TrafficPanel profile=p />
                    <Generator plan password />
                }
                .into_any()
            }
        }}
        <SubUsersCard plan owner on_owner_changed=Callback::new(move |()| profile.refetch()) />
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_not_set_refusal_is_the_no_plan_case() {
        assert!(is_not_set(&ApiError::Rejected("resident not set".into())));
        assert!(is_not_set(&ApiError::Rejected("Resident not set".into())));
        assert!(!is_not_set(&ApiError::Rejected("Unknown proxy_type x".into())));
        assert!(!is_not_set(&ApiError::Network));
    }
}
