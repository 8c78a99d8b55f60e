//! Residential (`/residential?type=standart|premium|unmetered[&order=]`): the owner's
//! traffic of the plan (and a chart of both plans'), adding GB to it, and the
//! connection-string generator; Unmetered has
//! no counter. The plan lives in the URL, so tabs, reload and shared links keep it; a
//! missing or unknown `type` shows Standart. An account without the plan ("resident not
//! set") gets an invitation to buy it, not an error. A pay-per-GB plan also lists its
//! sub-users (their table pages with `&users_offset=`). The provider's own pages for what
//! the API does not offer are linked at the foot, marked as leaving the app.

use super::{
    AddTraffic, Generator, NoPlanPanel, PlanTabs, PlansChart, ProviderLinks, SubUsersCard, TrafficPanel, UnmeteredPlan,
};
use crate::{
    api::{self, load::load, ApiError},
    components::{LoadError, Skeleton},
    models::{ProxyType, ResidentialPlan},
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// The server's message for a plan the account never bought.
const NOT_SET: &str = "resident not set";

/// `/residential?type=`.
#[component]
pub fn ResidentialPage() -> impl IntoView {
    let raw = use_query_map();
    let plan =
        Memo::new(move |_| raw.with(|q| q.get("type").and_then(|t| ResidentialPlan::parse(&t)).unwrap_or_default()));
    view! {
        <div class="page-head">
            <h1 tabindex="-1">{tx!(residential.title)}</h1>
        </div>
        <PlanTabs current=plan />
        {move || match ProxyType::try_from(plan.get()) {
            Ok(plan) => view! { <PlanView plan /> }.into_any(),
            Err(()) => view! { <UnmeteredPlan /> }.into_any(),
        }}
        <ProviderLinks />
    }
}

/// Whether an error means "this account has no such plan".
pub(super) fn is_not_set(error: &ApiError) -> bool {
    matches!(error, ApiError::Rejected(m) if m.to_ascii_lowercase().contains(NOT_SET))
}

/// One pay-per-GB plan: its traffic, adding GB and the generator, once the profile of the
/// plan has loaded.
#[component]
fn PlanView(plan: ProxyType) -> impl IntoView {
    let profile = load(move |cancel| api::residential::profile(plan, cancel));
    // What the page shows follows the profile's first answer; a re-read (after GB were
    // added or given to a sub-user) keeps the generator, its output and the sub-users card
    // on screen and only renews the figures.
    let owner = Signal::derive(move || profile.get().and_then(Result::ok));
    let state = Memo::new(move |prev: Option<&PlanState>| match profile.get() {
        None => prev.cloned().unwrap_or(PlanState::Loading),
        Some(Err(e)) if is_not_set(&e) => PlanState::NotSet,
        Some(Err(e)) => PlanState::Failed(e),
        Some(Ok(p)) => PlanState::Ready(p.proxy_password),
    });
    move || match state.get() {
        PlanState::Loading => view! { <Skeleton lines=6 /> }.into_any(),
        PlanState::NotSet => view! { <NoPlanPanel plan=plan.into() /> }.into_any(),
        PlanState::Failed(_) => view! { <LoadError load=profile /> }.into_any(),
        PlanState::Ready(password) => view! {
            {move || profile.get().and_then(Result::ok).map(|p| view! { <TrafficPanel profile=p /> })}
            <PlansChart current=plan owner />
            <AddTraffic plan on_changed=Callback::new(move |_| profile.refetch()) />
            <Generator plan=plan.into() catalogue=Some(plan) owner_password=Some(password) />
            <SubUsersCard plan owner on_owner_changed=Callback::new(move |()| profile.refetch()) />
        }
        .into_any(),
    }
}

/// What a pay-per-GB plan's part of the page shows. No `Debug`: it holds a password.
#[derive(Clone, PartialEq)]
enum PlanState {
    /// The profile has not answered yet.
    Loading,
    /// The account has no such plan.
    NotSet,
    /// Reading the profile failed.
    Failed(ApiError),
    /// The plan is there; the owner's password.
    Ready(String),
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
