//! The Unmetered tab: no traffic counter (the plan is paid per period), the active
//! Unmetered orders with their end dates, and the generator with the username plan
//! `unlimited`. The API has no `proxy_type` for Unmetered, so the owner's password and the
//! targeting lists come from the account's Standart (else Premium) profile; an account with
//! neither types its password and targets any country.

use super::{Generator, NoPlanPanel};
use crate::{
    api::{self, load::load},
    components::Loaded,
    i18n::intl,
    logic::dates::parse_rfc3339,
    models::{OrderSummary, ProxyType, ResidentialPlan},
};
use leptos::prelude::*;
use leptos_router::components::A;

/// The first pay-per-GB plan whose profile the account has, with the owner's password.
async fn borrowed_profile() -> Option<(ProxyType, String)> {
    for plan in ProxyType::ALL {
        if let Ok(p) = api::residential::profile(plan, None).await {
            return Some((plan, p.proxy_password));
        }
    }
    None
}

/// The Unmetered tab's content.
#[component]
pub fn UnmeteredPlan() -> impl IntoView {
    let orders = load(|cancel| api::orders::active_of(ResidentialPlan::Unmetered.into(), cancel));
    let profile = load(|_| async { Ok(borrowed_profile().await) });
    // The borrowed profile never fails: a skeleton until both are in, then the orders' error.
    view! {
        <Loaded load=profile lines=4 let:borrowed>
            <Loaded load=orders lines=4 let:list>
                {unmetered_view(list, borrowed.clone())}
            </Loaded>
        </Loaded>
    }
}

/// The Unmetered orders and the generator, or the invitation to buy the plan.
fn unmetered_view(list: Vec<OrderSummary>, borrowed: Option<(ProxyType, String)>) -> AnyView {
    match list {
        list if list.is_empty() => view! { <NoPlanPanel plan=ResidentialPlan::Unmetered /> }.into_any(),
        list => {
            let (catalogue, password) = borrowed.unzip();
            let count = list.len();
            view! {
                <section class="card" aria-labelledby="unmetered-heading" data-test="unmetered">
                    <h2 id="unmetered-heading">{tx!(residential.unmetered_orders)}</h2>
                    <p class="muted">{move || trf!(residential.unmetered_count, count = count)}</p>
                    <ul class="plain-list" data-test="unmetered-orders">
                        {list.into_iter().map(|o| {
                            let until = o.expires_at.as_deref().and_then(parse_rfc3339).map(intl::date);
                            view! {
                                <li>
                                    <A href=format!("/orders/{}", o.order_id)>{format!("#{}", o.order_id)}</A>
                                    " · " {o.cycle_name.clone()}
                                    {until.map(|d| view! { " · " <span>{move || trf!(residential.unmetered_until, date = d.clone())}</span> })}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    <p class="hint">{tx!(residential.unmetered_no_counter)}</p>
                </section>
                <Generator plan=ResidentialPlan::Unmetered catalogue owner_password=password />
            }
            .into_any()
        }
    }
}
