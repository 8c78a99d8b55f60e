//! Deleting a sub-user, after a confirmation that says what happens to its GB: what it
//! has not spent goes back to the owner, and its password stops working.

use super::{texts, traffic_of, Shared};
use crate::{
    api,
    components::write::{use_write, ConfirmPanel, Write, WriteProblem},
    i18n::intl,
    logic::traffic::Amount,
    models::{Ack, SubUser},
};
use leptos::prelude::*;

/// "Delete…", then the confirmation.
#[component]
pub fn DeleteSubUser(id: String, sub: Signal<Option<SubUser>>, name: Signal<String>, shared: Shared) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let unspent = move || sub.with(|s| s.as_ref().map_or(0, |s| traffic_of(s).remaining));
    let id = StoredValue::new(id);
    let remove: Write<(), Ack> = use_write(
        move |()| {
            let (id, plan) = (id.get_value(), shared.plan);
            async move { api::sub_users::remove(plan, &id).await }
        },
        move |(), _| trf!(sub_users.deleted, name = name.get_untracked()),
        // The list read again no longer has the sub-user, and its panel closes by itself.
        move || {
            confirming.set(false);
            shared.changed.run(());
        },
    );
    let open = move |_| {
        remove.clear();
        confirming.set(true);
    };
    view! {
        <div class="sub-user-action">
            <button type="button" class="btn btn-danger" data-test="su-delete" on:click=open
                disabled=move || confirming.get()>{tx!(sub_users.delete)}</button>
            {move || confirming.get().then(|| view! {
                <ConfirmPanel test="su-delete" pending=remove.pending() danger=true
                    go=|| tr!(sub_users.delete_do) going=|| tr!(sub_users.working)
                    on_confirm=Callback::new(move |()| remove.run(())) on_cancel=Callback::new(move |()| confirming.set(false))>
                    <p class="confirm-title">
                        {move || trf!(sub_users.delete_confirm, name = name.get(), amount = intl::data(Amount::of_bytes(unspent())))}
                    </p>
                </ConfirmPanel>
            })}
            <WriteProblem error=Signal::derive(move || remove.error()) test="su-delete" lost=texts::lost
                failed=texts::failed />
        </div>
    }
}
