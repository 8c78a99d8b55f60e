//! "Do not prolong" (del-np) for the IPs selected in the proxies table: what the order will
//! renew afterwards (IPs and price, `logic::p0f::plan_del_np`), a confirmation, then one
//! `del-np/set` request through [`use_write`]; the order and its proxies are read again.
//!
//! Refused before sending when the order would keep no IP. `/proxies/active` does not say
//! which IPs are already marked, so the plan assumes the selected ones still renew (see
//! docs/FAULTS.md); the server's recalculated numbers are shown once it has answered.

use crate::{
    api,
    components::write::{use_write, ConfirmPanel, Write, WriteProblem},
    i18n::intl,
    logic::{
        p0f::{plan_del_np, DelNpPlan, DelNpProblem},
        selection::Selection,
    },
    models::{Ack, OrderDetail},
};
use leptos::prelude::*;

/// What the customer confirms: these IPs, and the order this leaves.
#[derive(Clone, Debug, PartialEq)]
struct Marking {
    ips: Vec<String>,
    plan: DelNpPlan,
}

/// The "do not prolong" button, its confirmation and its outcome.
#[component]
pub fn DoNotProlong(
    /// The order's id.
    id: i64,
    /// The order as last loaded (quantity and price).
    order: Signal<OrderDetail>,
    /// The IPs selected in the table.
    selection: RwSignal<Selection>,
    /// Refetches the order and its proxies after a change.
    on_changed: Callback<()>,
) -> impl IntoView {
    let problem = RwSignal::new(None::<DelNpProblem>);
    let confirming = RwSignal::new(None::<Marking>);
    // A confirmation is for the selection it was opened with: a new selection closes it.
    Effect::watch(
        move || selection.track(),
        move |_, _, _| {
            confirming.set(None);
            problem.set(None);
        },
        false,
    );
    let mark: Write<Vec<String>, Ack> = use_write(
        move |ips: &Vec<String>| {
            let ips = ips.clone();
            async move { api::proxies::set_do_not_prolong(id, &ips, true).await }
        },
        move |ips, answer| answer.message.clone().unwrap_or_else(|| trf!(proxies.del_np_done, n = ips.len())),
        move || {
            confirming.set(None);
            selection.update(Selection::clear);
            on_changed.run(());
        },
    );
    let open = move |_| {
        mark.clear();
        let ips: Vec<String> = selection.with_untracked(|s| s.keys().map(str::to_string).collect());
        let marking = u32::try_from(ips.len()).unwrap_or(u32::MAX);
        let planned =
            order.with_untracked(|o| plan_del_np(o.quantity.unwrap_or(0), o.price_paid.unwrap_or(0), marking));
        match planned {
            Ok(plan) => {
                problem.set(None);
                confirming.set(Some(Marking { ips, plan }));
            }
            Err(p) => {
                confirming.set(None);
                problem.set(Some(p));
            }
        }
    };
    let confirm = move |_: ()| {
        if let Some(m) = confirming.get_untracked() {
            mark.run(m.ips);
        }
    };
    view! {
        <div class="inline-form del-np">
            <button type="button" class="btn btn-secondary" data-test="del-np" on:click=open
                disabled=move || mark.pending().get() || confirming.with(Option::is_some)>
                {move || trf!(proxies.del_np_open, n = selection.with(Selection::len))}
            </button>
        </div>
        {move || problem.get().map(|p| {
            let text = match p {
                DelNpProblem::NothingSelected => tr!(p0f.sig_none_selected).to_string(),
                DelNpProblem::KeepsNoIp => tr!(proxies.del_np_keeps_none).to_string(),
                DelNpProblem::UnknownQuantity => tr!(proxies.del_np_unknown).to_string(),
            };
            view! { <p class="field-error" role="alert" data-test="del-np-error">{text}</p> }
        })}
        {move || confirming.get().map(|m| {
            let now_qty = order.with_untracked(|o| o.quantity.unwrap_or(0));
            let now_price = order.with_untracked(|o| o.price_paid.unwrap_or(0));
            view! {
                <ConfirmPanel test="del-np" pending=mark.pending() go=|| tr!(proxies.del_np_confirm)
                    going=|| tr!(proxies.del_np_sending) on_confirm=Callback::new(confirm)
                    on_cancel=Callback::new(move |_| confirming.set(None))>
                    <p class="confirm-title">{trf!(proxies.del_np_title, n = m.ips.len(), id = id)}</p>
                    <dl class="price-list">
                        <dt>{tr!(proxies.del_np_ips_after)}</dt>
                        <dd data-test="del-np-qty">{m.plan.quantity_after}</dd>
                        <dt>{tr!(proxies.del_np_price_after)}</dt>
                        <dd data-test="del-np-price">{intl::money(m.plan.price_after_cents)}</dd>
                    </dl>
                    <p class="muted">{trf!(proxies.del_np_now, n = now_qty, price = intl::money(now_price))}</p>
                </ConfirmPanel>
            }
        })}
        <WriteProblem error=Signal::derive(move || mark.error()) test="del-np"
            lost=|| tr!(proxies.del_np_lost) failed=|e| trf!(proxies.del_np_failed, error = e) />
    }
}
