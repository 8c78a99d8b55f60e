//! A new password for a sub-user, after a confirmation that says what it breaks: every
//! connection string made with the old password stops working. The new password is read
//! back with the list and shown masked in the table.

use super::{ask_first::AskFirst, Shared};
use crate::api;
use leptos::prelude::*;

/// "New password…", then the confirmation.
#[component]
pub fn NewPassword(id: String, name: Signal<String>, shared: Shared) -> impl IntoView {
    view! {
        <AskFirst id name shared open_test="su-password-new" open=|| tr!(sub_users.password_new) test="su-password"
            go=|| tr!(sub_users.password_do)
            send=|plan, id| async move { api::sub_users::new_password(plan, &id).await }
            done=|name| trf!(sub_users.password_made, name = name)>
            <p class="confirm-title">{move || trf!(sub_users.password_confirm, name = name.get())}</p>
        </AskFirst>
    }
}
