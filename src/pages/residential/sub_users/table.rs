//! The table of one page of sub-users: name, id, GB given / spent / left through the
//! browser's `Intl`, the password masked until revealed, and a button that opens the
//! sub-user's panel.

use super::{traffic_of, SubUserPassword};
use crate::{i18n::intl, logic::traffic::Amount, models::SubUser};
use leptos::prelude::*;

/// The rows of one page.
#[component]
pub fn SubUsersTable(users: Vec<SubUser>, managing: RwSignal<Option<String>>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="table sub-users-table" data-test="sub-users-table">
                <caption class="visually-hidden">{tx!(sub_users.caption)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tx!(sub_users.name)}</th>
                        <th scope="col">{tx!(sub_users.user_id)}</th>
                        <th scope="col" class="num">{tx!(sub_users.given)}</th>
                        <th scope="col" class="num">{tx!(sub_users.spent)}</th>
                        <th scope="col" class="num">{tx!(sub_users.left)}</th>
                        <th scope="col">{tx!(sub_users.password)}</th>
                        <th scope="col"><span class="visually-hidden">{tx!(sub_users.actions)}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {users.into_iter().map(|user| view! { <SubUserRow user managing /> }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn SubUserRow(user: SubUser, managing: RwSignal<Option<String>>) -> impl IntoView {
    let t = traffic_of(&user);
    let figure = |test: &'static str, label: fn() -> &'static str, bytes: u64| {
        view! {
            <td class="num" data-label=label data-test=test data-bytes=bytes.to_string()>
                {move || intl::data(Amount::of_bytes(bytes))}
            </td>
        }
    };
    let name = user.first_name.clone();
    let manage = {
        let name = name.clone();
        move || trf!(sub_users.manage_label, name = name)
    };
    let id = user.user_id.clone();
    let open = {
        let id = id.clone();
        move |_| managing.set(Some(id.clone()))
    };
    let is_open = {
        let id = id.clone();
        move || managing.with(|m| m.as_deref() == Some(id.as_str()))
    };
    view! {
        <tr data-test="sub-user-row" data-user-id=user.user_id.clone()>
            <td data-label=tx!(sub_users.name) data-test="su-name">{name.clone()}</td>
            <td class="mono" data-label=tx!(sub_users.user_id) data-test="su-id">{id}</td>
            {figure("su-given", || tr!(sub_users.given), t.total)}
            {figure("su-spent", || tr!(sub_users.spent), t.spent)}
            {figure("su-left", || tr!(sub_users.left), t.remaining)}
            <td class="password-cell" data-label=tx!(sub_users.password)>
                <SubUserPassword password=user.proxy_password name=name.clone() test="su-password" />
            </td>
            <td>
                <button type="button" class="btn btn-secondary btn-small" data-test="su-manage"
                    aria-controls="sub-user-panel" aria-expanded=move || is_open().to_string()
                    aria-label=manage on:click=open>
                    {tx!(sub_users.manage)}
                </button>
            </td>
        </tr>
    }
}
