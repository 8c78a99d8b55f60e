//! Scheduling a downgrade of the slots at the next renewal, and cancelling one. A count
//! below the slots in use is refused here, before anything is sent.

use super::{qty_problem, scheduled_downgrade, slots_of};
use crate::{
    api,
    components::write::{use_write, Write, WriteProblem},
    logic::p0f::{parse_downgrade, QtyProblem},
    models::{AddonChange, OrderDetail},
};
use leptos::prelude::*;

/// The downgrade form, or the scheduled downgrade with its cancel button.
#[component]
pub fn Downgrade(id: i64, order: Signal<OrderDetail>, on_changed: Callback<()>) -> impl IntoView {
    let slots = Memo::new(move |_| order.with(slots_of));
    let pending = Memo::new(move |_| order.with(scheduled_downgrade));
    let raw = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<QtyProblem>);

    let schedule: Write<u32, AddonChange> = use_write(
        move |n: &u32| api::addons::schedule_downgrade(id, *n),
        move |n, answer| answer.message.clone().unwrap_or_else(|| trf!(p0f.scheduled, n = n)),
        move || {
            raw.set(String::new());
            on_changed.run(());
        },
    );
    let cancel: Write<(), AddonChange> = use_write(
        move |_: &()| api::addons::cancel_schedule(id),
        move |_, answer| answer.message.clone().unwrap_or_else(|| tr!(p0f.unscheduled).into()),
        move || on_changed.run(()),
    );
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        schedule.clear();
        let s = slots.get_untracked();
        // Keeping as many as now is no downgrade at all.
        let checked = parse_downgrade(&raw.get_untracked(), s).and_then(|n| {
            if n >= s.available {
                Err(QtyProblem::AboveMax { max: s.available.saturating_sub(1) })
            } else {
                Ok(n)
            }
        });
        match checked {
            Ok(n) => {
                problem.set(None);
                schedule.run(n);
            }
            Err(p) => problem.set(Some(p)),
        }
    };
    let busy = move || schedule.pending().get() || cancel.pending().get();

    move || {
        let s = slots.get();
        if s.available == 0 {
            return None;
        }
        Some(view! {
            <div class="setting p0f-downgrade">
                {move || match pending.get() {
                    // The scheduled downgrade itself is said beside the counts above.
                    Some(_) => view! {
                        <button type="button" class="btn btn-secondary" data-test="p0f-down-cancel"
                            disabled=busy on:click=move |_| cancel.run(())>{tx!(p0f.cancel_down)}</button>
                    }.into_any(),
                    None => view! {
                        <form class="inline-form" on:submit=submit>
                            <label for="p0f-down-qty">{tx!(p0f.down_label)}</label>
                            <input id="p0f-down-qty" data-test="p0f-down-qty" type="text" inputmode="numeric"
                                autocomplete="off" size="6" prop:value=move || raw.get()
                                aria-describedby="p0f-down-hint"
                                on:input=move |ev| { problem.set(None); raw.set(event_target_value(&ev)); } />
                            <button type="submit" class="btn btn-secondary" data-test="p0f-down" disabled=busy>
                                {tx!(p0f.down)}
                            </button>
                        </form>
                        <p id="p0f-down-hint" class="muted">
                            {move || trf!(p0f.down_hint, used = slots.get().used)}
                        </p>
                    }.into_any(),
                }}
                {move || problem.get().map(|p| {
                    let text = match p {
                        QtyProblem::BelowMin { min } => trf!(p0f.down_below_used, used = min),
                        p => qty_problem(p),
                    };
                    view! { <p class="field-error" role="alert" data-test="p0f-down-error">{text}</p> }
                })}
                <WriteProblem error=Signal::derive(move || schedule.error()) test="p0f-down"
                    lost=|| tr!(p0f.down_lost) failed=|e| trf!(p0f.down_failed, error = e) />
                <WriteProblem error=Signal::derive(move || cancel.error()) test="p0f-down-cancel"
                    lost=|| tr!(p0f.down_lost) failed=|e| trf!(p0f.cancel_failed, error = e) />
            </div>
        })
    }
}
