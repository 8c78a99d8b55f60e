//! Deleting a sub-user, after a confirmation that says what happens to its GB: what it
//! has not spent goes back to the owner, and its password stops working.

use super::{ask_first::AskFirst, traffic_of, Shared};
use crate::{api, i18n::intl, logic::traffic::Amount, models::SubUser};
use leptos::prelude::*;

/// "Delete…", then the confirmation.
#[component]
pub fn DeleteSubUser(id: String, sub: Signal<Option<SubUser>>, name: Signal<String>, shared: Shared) -> impl IntoView {
    let unspent = move || sub.with(|s| s.as_ref().map_or(0, |s| traffic_of(s).remaining));
    let amount = move || intl::data(Amount::of_bytes(unspent()));
    view! {
        <AskFirst id name shared open_test="su-delete" open=|| tr!(sub_users.delete) test="su-delete" danger=true
            go=|| tr!(sub_users.delete_do) send=|plan, id| async move { api::sub_users::remove(plan, &id).await }
            done=|name| trf!(sub_users.deleted, name = name)>
            <p class="confirm-title">{move || trf!(sub_users.delete_confirm, name = name.get(), amount = amount())}</p>
        </AskFirst>
    }
}
