//! The owner's traffic of a plan: total, spent and remaining in GB or MB through the
//! browser's `Intl`, a bar of what is left, and a warning when less than 10 % is left.

use crate::{
    i18n::intl,
    logic::traffic::{Amount, Traffic, LOW_PERCENT},
    models::ResidentialProfile,
};
use leptos::prelude::*;
use leptos_router::components::A;

/// The traffic card.
#[component]
pub fn TrafficPanel(profile: ResidentialProfile) -> impl IntoView {
    let t = Traffic::from_bytes(profile.data, profile.data_spent, profile.data_remain);
    let figure = |test: &'static str, label: fn() -> &'static str, bytes: u64, amount: Amount| {
        view! {
            <div class="stat">
                <span class="stat-label">{move || label()}</span>
                <span class="stat-value" data-test=test data-bytes=bytes.to_string()>
                    {move || intl::data(amount)}
                </span>
            </div>
        }
    };
    let percent_left = (t.remaining_fraction * 100.0).round() as u64;
    view! {
        <section class="card traffic" aria-labelledby="traffic-heading" data-test="traffic">
            <h2 id="traffic-heading">{tx!(residential.traffic)}</h2>
            <div class="cards traffic-figures">
                {figure("traffic-total", || tr!(residential.total), t.total, t.total_amount())}
                {figure("traffic-spent", || tr!(residential.spent), t.spent, t.spent_amount())}
                {figure("traffic-remaining", || tr!(residential.remaining), t.remaining, t.remaining_amount())}
            </div>
            <meter class="traffic-bar" data-test="traffic-bar" min="0" max="100" low=LOW_PERCENT.to_string()
                optimum="100" value=percent_left.to_string()
                aria-label=move || trf!(residential.left_percent, percent = percent_left)></meter>
            <p class="muted">{move || trf!(residential.left_percent, percent = percent_left)}</p>
            {t.low.then(|| view! {
                <div class="notice notice-warn" role="status" data-test="traffic-low">
                    <p class="notice-text">{move || trf!(residential.low, percent = LOW_PERCENT)}</p>
                    <A href="/buy">{tx!(residential.buy_gb)}</A>
                </div>
            })}
            {t.adjusted.then(|| view! { <p class="muted">{tx!(residential.adjusted)}</p> })}
        </section>
    }
}
