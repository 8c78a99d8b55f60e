//! What an account without the plan sees ("resident not set"): an invitation to buy GB.

use super::plan_label;
use crate::{logic::query::encode_component, models::ProxyType};
use leptos::prelude::*;
use leptos_router::components::A;

/// The product on the buy page that sells the plan's GB.
fn product_of(plan: ProxyType) -> &'static str {
    match plan {
        ProxyType::Standart => "Standart Residential Proxy",
        ProxyType::Premium => "Premium Residential Proxy",
    }
}

/// "No Standart traffic yet — buy GB", with a link to the buy page for that plan.
#[component]
pub fn NoPlanPanel(plan: ProxyType) -> impl IntoView {
    let href = format!("/buy?product={}", encode_component(product_of(plan)));
    view! {
        <div class="card empty" data-test="residential-no-plan">
            <p>{move || trf!(residential.no_plan, plan = plan_label(plan))}</p>
            <p class="muted">{tx!(residential.no_plan_hint)}</p>
            <A href={href} {..} class="btn btn-primary" data-test="residential-buy">{tx!(residential.buy_gb)}</A>
        </div>
    }
}
