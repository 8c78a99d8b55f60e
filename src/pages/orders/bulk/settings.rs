//! The bulk settings that cost nothing: auto-renewal on or off (Datacenter and ISP orders
//! only: the others are named and left out, as are those already switched) and one tag
//! for every selected order (checked before anything is sent; empty clears the tags).

use super::{run::Job, Bulk};
use crate::{
    components::{
        labels,
        write::{ConfirmPanel, Focus},
    },
    logic::{bulk::AutoRenewalPlan, tag::validate_tag},
    models::OrderSummary,
};
use leptos::prelude::*;

/// Switching auto-renewal of the selected `orders` to `on`.
#[component]
pub fn AutoRenewalConfirm(orders: Vec<OrderSummary>, on: bool, bulk: Bulk, close: Callback<()>) -> impl IntoView {
    let plan = AutoRenewalPlan::of(&orders, on);
    let to_change = plan.to_change.clone();
    let n = to_change.len();
    let confirm = Callback::new(move |_| {
        bulk.run.start(Job::AutoRenewal(on), to_change.clone());
        close.run(());
    });
    let title = if on { tr!(bulk.auto_title_on) } else { tr!(bulk.auto_title_off) };
    let not_applicable = (!plan.not_applicable.is_empty()).then(|| {
        view! { <p class="muted" data-test="bulk-auto-not-applicable">{trf!(bulk.not_applicable, ids = labels::order_ids(&plan.not_applicable))}</p> }
    });
    let already = (!plan.already.is_empty()).then(|| {
        view! { <p class="muted" data-test="bulk-auto-already">{trf!(bulk.already, ids = labels::order_ids(&plan.already))}</p> }
    });
    view! {
        <ConfirmPanel test="bulk-auto" labelled_by="bulk-auto-title" focus=Focus::Panel pending=bulk.run.running()
            ready=Signal::stored(n > 0) go=move || trf!(bulk.switch, n = n) going=|| tr!(bulk.working)
            on_confirm=confirm on_cancel=close>
            <p id="bulk-auto-title" class="confirm-title">{title}</p>
            <p>{if n > 0 { trf!(bulk.auto_count, n = n) } else { tr!(bulk.nothing_to_switch).to_string() }}</p>
            {not_applicable}
            {already}
        </ConfirmPanel>
    }
}

/// Setting one tag on the selected `ids`.
#[component]
pub fn TagConfirm(ids: Memo<Vec<i64>>, bulk: Bulk, close: Callback<()>) -> impl IntoView {
    let raw = RwSignal::new(String::new());
    let checked = Memo::new(move |_| raw.with(|r| validate_tag(r)));
    let confirm = Callback::new(move |_| {
        if let Ok(tag) = checked.get_untracked() {
            bulk.run.start(Job::Tag(tag), ids.get_untracked());
            close.run(());
        }
    });
    view! {
        <ConfirmPanel test="bulk-tag" labelled_by="bulk-tag-title" focus=Focus::Stay pending=bulk.run.running()
            ready=Signal::derive(move || checked.with(Result::is_ok))
            go=move || trf!(bulk.tag_go, n = ids.with(Vec::len)) going=|| tr!(bulk.working)
            on_confirm=confirm on_cancel=close>
            <p id="bulk-tag-title" class="confirm-title">{tx!(bulk.tag_title)}</p>
            <label for="bulk-tag-input">{tx!(common.tag)}</label>
            <input id="bulk-tag-input" type="text" data-test="bulk-tag-input" autocomplete="off" autofocus
                aria-describedby="bulk-tag-help" prop:value=raw on:input=move |ev| raw.set(event_target_value(&ev)) />
            <p id="bulk-tag-help" class="muted">{move || trf!(bulk.tag_count, n = ids.with(Vec::len))}</p>
            {move || checked.get().err().map(|p| view! {
                <p class="field-error" role="alert" data-test="bulk-tag-problem">{labels::tag_problem(p)}</p>
            })}
        </ConfirmPanel>
    }
}
