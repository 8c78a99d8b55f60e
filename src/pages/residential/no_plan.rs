//! What an account without the plan sees ("resident not set", or no Unmetered order): an
//! invitation to buy it.

use super::plan_label;
use crate::{
    logic::query::encode_component,
    models::{ProxyProduct, ResidentialPlan},
};
use leptos::prelude::*;
use leptos_router::components::A;

/// "No Standart traffic yet — buy GB", with a link to the buy page for that plan.
#[component]
pub fn NoPlanPanel(plan: ResidentialPlan) -> impl IntoView {
    let href = format!("/buy?product={}", encode_component(ProxyProduct::from(plan).as_str()));
    let unmetered = plan == ResidentialPlan::Unmetered;
    view! {
        <div class="card empty" data-test="residential-no-plan">
            <p>{move || if unmetered { tr!(residential.no_unmetered).to_string() } else { trf!(residential.no_plan, plan = plan_label(plan)) }}</p>
            <p class="muted">{tx!(residential.no_plan_hint)}</p>
            <A href={href} {..} class="btn btn-primary" data-test="residential-buy">
                {move || if unmetered { tr!(residential.buy_unmetered) } else { tr!(residential.buy_gb) }}
            </A>
        </div>
    }
}
