//! Renewing the selected on-hold orders: one confirmation with each order's renewal price,
//! the exact total and the wallet; when the wallet cannot cover the total, that is said
//! and nothing can be sent. The prices come from the orders' details (`api::orders_cache`).

use super::{run::Job, Bulk};
use crate::{
    api::{self, load::load, orders_cache},
    components::{
        labels,
        write::{ConfirmPanel, Focus},
        SlowedDown,
    },
    i18n::intl::money,
    logic::bulk::{RenewPlan, RenewProblem},
};
use leptos::prelude::*;

/// The renewal's confirmation for the selected `ids`.
#[component]
pub fn RenewConfirm(ids: Memo<Vec<i64>>, bulk: Bulk, close: Callback<()>) -> impl IntoView {
    let me = load(api::profile::me);
    let wallet = move || me.get().and_then(Result::ok).map(|p| p.wallet_balance);
    let plan = Memo::new(move |_| {
        ids.with(|ids| {
            orders_cache::with_details(|d| {
                RenewPlan::of(ids, |id| d.get(&id).and_then(|r| r.as_ref().ok()).map(|a| &**a))
            })
        })
    });
    // Details that could not be read, with the first reason.
    let failed = move || {
        ids.with(|ids| {
            orders_cache::with_details(|d| {
                let errors: Vec<_> = ids.iter().filter_map(|id| d.get(id).and_then(|r| r.as_ref().err())).collect();
                errors.first().map(|e| (errors.len(), (*e).clone()))
            })
        })
    };
    let problem = move || plan.with(|p| p.problem(wallet()));
    let total = move || plan.with(RenewPlan::total_cents);
    let confirm = Callback::new(move |_| {
        let plan = plan.get_untracked();
        if plan.problem(wallet()).is_none() {
            bulk.run.start(Job::Renew, plan.ids());
            close.run(());
        }
    });
    let lines = move || {
        plan.with(|p| {
            p.lines
                .iter()
                .map(|(id, cents)| {
                    view! { <tr data-test="bulk-renew-line"><td>{format!("#{id}")}</td><td class="num">{money(*cents)}</td></tr> }
                })
                .collect_view()
        })
    };
    let not_on_hold = move || {
        plan.with(|p| {
            (!p.not_on_hold.is_empty()).then(|| {
                view! { <p class="muted" data-test="bulk-renew-left-out">{trf!(bulk.not_on_hold, ids = labels::order_ids(&p.not_on_hold))}</p> }
            })
        })
    };
    let said = move || match problem() {
        Some(RenewProblem::NothingOnHold) => Some(tr!(bulk.nothing_on_hold).to_string()),
        Some(RenewProblem::UnknownPrice) => {
            Some(trf!(bulk.unknown_price, ids = plan.with(|p| labels::order_ids(&p.unpriced))))
        }
        Some(RenewProblem::WalletShort { short }) => Some(trf!(
            bulk.wallet_short,
            wallet = wallet().map(money).unwrap_or_default(),
            total = money(total()),
            short = money(short)
        )),
        Some(RenewProblem::Loading) | None => None,
    };
    view! {
        <ConfirmPanel test="bulk-renew" labelled_by="bulk-renew-title" focus=Focus::Panel pending=bulk.run.running()
            ready=Signal::derive(move || problem().is_none())
            go=move || trf!(bulk.pay, total = money(total()), n = plan.with(|p| p.lines.len()))
            going=|| tr!(bulk.paying) on_confirm=confirm on_cancel=close>
            <p id="bulk-renew-title" class="confirm-title">{tx!(bulk.renew_title)}</p>
            <p>{tx!(bulk.renew_lines)}</p>
            {move || failed().map(|(n, e)| view! {
                <p class="notice notice-error" role="alert" data-test="bulk-read-failed">
                    {trf!(bulk.read_failed, n = n, error = e)} " "
                    <button type="button" class="btn btn-secondary btn-small"
                        on:click=move |_| orders_cache::want_details(ids.get_untracked())>{tr!(common.try_again)}</button>
                </p>
            })}
            {move || (problem() == Some(RenewProblem::Loading)).then(|| view! {
                <p class="muted" aria-busy="true">{tr!(bulk.reading)}</p>
                <SlowedDown test="bulk-slowed" />
            })}
            <table class="table bulk-lines">
                <tbody>{lines}</tbody>
                <tfoot>
                    <tr><th scope="row">{tx!(bulk.total)}</th><td class="num" data-test="bulk-renew-total">{move || money(total())}</td></tr>
                    <tr><th scope="row">{tx!(bulk.wallet)}</th><td class="num" data-test="bulk-renew-wallet">{move || wallet().map(money)}</td></tr>
                </tfoot>
            </table>
            {not_on_hold}
            {move || said().map(|text| view! { <p class="notice notice-warn" role="alert" data-test="bulk-renew-problem">{text}</p> })}
        </ConfirmPanel>
    }
}
