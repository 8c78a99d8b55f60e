//! A new password for a sub-user, after a confirmation that says what it breaks: every
//! connection string made with the old password stops working. The new password is read
//! back with the list and shown masked in the table.

use super::{texts, Shared};
use crate::{
    api,
    components::write::{use_write, ConfirmPanel, Write, WriteProblem},
    models::Ack,
};
use leptos::prelude::*;

/// "New password…", then the confirmation.
#[component]
pub fn NewPassword(id: String, name: Signal<String>, shared: Shared) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let id = StoredValue::new(id);
    let change: Write<(), Ack> = use_write(
        move |()| {
            let (id, plan) = (id.get_value(), shared.plan);
            async move { api::sub_users::new_password(plan, &id).await }
        },
        move |(), _| trf!(sub_users.password_made, name = name.get_untracked()),
        move || {
            confirming.set(false);
            shared.changed.run(());
        },
    );
    let open = move |_| {
        change.clear();
        confirming.set(true);
    };
    view! {
        <div class="sub-user-action">
            <button type="button" class="btn btn-secondary" data-test="su-password-new" on:click=open
                disabled=move || confirming.get()>{tx!(sub_users.password_new)}</button>
            {move || confirming.get().then(|| view! {
                <ConfirmPanel test="su-password" pending=change.pending()
                    go=|| tr!(sub_users.password_do) going=|| tr!(sub_users.working)
                    on_confirm=Callback::new(move |()| change.run(())) on_cancel=Callback::new(move |()| confirming.set(false))>
                    <p class="confirm-title">{move || trf!(sub_users.password_confirm, name = name.get())}</p>
                </ConfirmPanel>
            })}
            <WriteProblem error=Signal::derive(move || change.error()) test="su-password" lost=texts::lost
                failed=texts::failed />
        </div>
    }
}
