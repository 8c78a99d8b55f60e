//! Setting one OS on the IPs selected in the proxies table: how many new slots that takes,
//! refused before sending when there are too few free (saying how many to buy), then one
//! `signature/set` request for the whole selection. When slots are short, "buy the
//! difference" fills the buy-slots form of the p0f panel with exactly the number missing.

use super::slots_of;
use crate::{
    api,
    components::write::{use_write, Write, WriteProblem},
    logic::{
        p0f::{plan_signature, Signature, SignatureProblem},
        selection::Selection,
    },
    models::{OrderDetail, Proxy, SignatureSet},
    pages::order::proxies::signature_label,
    web::focus,
};
use leptos::prelude::*;

/// The OS menu and the apply button for the selection.
#[component]
pub fn SignatureApply(
    /// The order's id.
    id: i64,
    /// The order as last loaded (its slot counts).
    order: Signal<OrderDetail>,
    /// Every proxy of the order.
    proxies: StoredValue<Vec<Proxy>>,
    /// The IPs selected in the table.
    selection: RwSignal<Selection>,
    /// Refetches the order and its proxies after a change.
    on_changed: Callback<()>,
    /// The text of the p0f panel's buy-slots field.
    slots_to_buy: RwSignal<String>,
) -> impl IntoView {
    let target = RwSignal::new(Signature::Win11);
    let problem = RwSignal::new(None::<SignatureProblem>);
    let plan = Memo::new(move |_| {
        let slots = order.with(slots_of);
        selection.with(|sel| {
            proxies.with_value(|all| {
                let current = all
                    .iter()
                    .filter(|p| sel.contains(&p.ip))
                    .map(|p| p.signature.as_deref().and_then(Signature::parse));
                plan_signature(slots, current.collect::<Vec<_>>(), target.get())
            })
        })
    });
    let apply: Write<(Vec<String>, Signature), SignatureSet> = use_write(
        move |(ips, sig): &(Vec<String>, Signature)| {
            let (ips, sig) = (ips.clone(), *sig);
            async move { api::addons::set_signature(id, &ips, sig.as_str()).await }
        },
        move |(ips, sig), answer| {
            answer.message.clone().unwrap_or_else(|| trf!(p0f.sig_set, n = ips.len(), os = signature_label(*sig)))
        },
        move || {
            selection.update(Selection::clear);
            on_changed.run(());
        },
    );
    let on_apply = move |_| {
        apply.clear();
        let p = plan.get_untracked();
        match p.check() {
            Err(e) => problem.set(Some(e)),
            Ok(()) => {
                problem.set(None);
                let ips: Vec<String> = selection.with_untracked(|s| s.keys().map(str::to_string).collect());
                apply.run((ips, target.get_untracked()));
            }
        }
    };
    view! {
        <div class="inline-form signature-apply" data-test="sig-apply-form">
            <label for="sig-os">{move || trf!(p0f.sig_for, n = selection.with(Selection::len))}</label>
            <select id="sig-os" data-test="sig-os" on:change=move |ev| {
                if let Some(s) = Signature::parse(&event_target_value(&ev)) {
                    problem.set(None);
                    target.set(s);
                }
            }>
                {Signature::ALL.into_iter().map(|s| view! {
                    <option value=s.as_str() selected=move || target.get() == s>{signature_label(s)}</option>
                }).collect_view()}
            </select>
            <button type="button" class="btn btn-secondary" data-test="sig-apply" on:click=on_apply
                disabled=move || apply.pending().get()>{tx!(p0f.sig_apply)}</button>
        </div>
        <p class="muted" data-test="sig-plan">{move || {
            let p = plan.get();
            trf!(p0f.sig_plan, new = p.new_slots, free = p.free)
        }}</p>
        {move || problem.get().map(|p| {
            let text = match p {
                SignatureProblem::NothingSelected => tr!(p0f.sig_none_selected).to_string(),
                SignatureProblem::NothingChanges => tr!(p0f.sig_no_change).to_string(),
                SignatureProblem::NotEnoughSlots { to_buy } => trf!(p0f.sig_short, n = to_buy),
            };
            let to_buy = match p {
                SignatureProblem::NotEnoughSlots { to_buy } => Some(to_buy),
                _ => None,
            };
            view! {
                <p class="field-error" role="alert" data-test="sig-error">{text}</p>
                {to_buy.map(|n| view! {
                    <button type="button" class="btn btn-secondary" data-test="sig-buy-difference" on:click=move |_| {
                        slots_to_buy.set(n.to_string());
                        focus::focus_later("#p0f-add-qty");
                    }>{trf!(p0f.buy_difference, n = n)}</button>
                })}
            }
        })}
        <WriteProblem error=Signal::derive(move || apply.error()) test="sig"
            lost=|| tr!(p0f.sig_lost) failed=|e| trf!(p0f.sig_failed, error = e) />
    }
}
