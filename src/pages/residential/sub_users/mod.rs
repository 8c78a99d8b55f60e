//! The sub-users card of the residential page: the plan's sub-users in a table paged in
//! the URL (`&users_offset=`, beside `type=`), a panel to manage one of them (rename, give
//! or take back GB, new password, delete) and the form that creates one. Every change goes
//! through `use_write`, is checked before it is sent, and is followed by a fresh list and
//! a fresh owner's traffic (giving and taking GB moves the owner's too). Under the table,
//! a chart of the page's sub-users: traffic given beside traffic used.
//!
//! The list itself is `api::sub_users::list`, which the generator can use to offer a
//! sub-user's password.

mod ask_first;
mod chart;
mod create;
mod delete;
mod gb;
mod manage;
mod password;
mod rename;
mod table;
mod texts;

use crate::{
    api::{self, load::load},
    components::{pager::PagerLinks, secret::MaskedSecret, LoadError, Skeleton},
    logic::{
        sub_users::{next_offset, page_href, page_number, parse_offset, prev_offset, PAGE_SIZE},
        traffic::Traffic,
    },
    models::{ProxyType, ResidentialProfile, SubUser},
};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

/// What every piece of the card needs: the plan, the owner's bytes left and what to call
/// after a change.
#[derive(Clone, Copy)]
struct Shared {
    plan: ProxyType,
    /// The owner's remaining bytes, from the plan's profile.
    owner_left: Signal<u64>,
    /// Reads the list and the owner's traffic again.
    changed: Callback<()>,
}

/// The sub-users card of `plan`, shown once the owner's profile has loaded.
#[component]
pub fn SubUsersCard(
    /// The plan whose sub-users these are.
    plan: ProxyType,
    /// The owner's profile of the plan (`None` while it loads or when it failed).
    #[prop(into)]
    owner: Signal<Option<ResidentialProfile>>,
    /// Reads the owner's profile again (after GB moved between the owner and a sub-user).
    on_owner_changed: Callback<()>,
) -> impl IntoView {
    let owner_left = Memo::new(move |_| {
        owner.with(|o| o.as_ref().map(|p| Traffic::from_bytes(p.data, p.data_spent, p.data_remain).remaining))
    });
    // Rendered once when the profile first arrives, and kept while it is read again.
    let loaded = Memo::new(move |_| owner_left.with(Option::is_some));
    move || {
        loaded.get().then(|| {
            let owner_left = Signal::derive(move || owner_left.get().unwrap_or(0));
            view! { <Card plan owner_left on_owner_changed /> }
        })
    }
}

#[component]
fn Card(plan: ProxyType, owner_left: Signal<u64>, on_owner_changed: Callback<()>) -> impl IntoView {
    let raw = use_query_map();
    let offset = Memo::new(move |_| raw.with(|q| parse_offset(q.get("users_offset").as_deref())));
    let reload = RwSignal::new(0u32);
    // Each page with the offset it answers; the last one that loaded stays on screen
    // (`last_ok`) while the next one loads, and below the error when that one failed.
    let list = load(move |cancel| {
        reload.track();
        let offset = offset.get();
        async move { api::sub_users::list(plan, offset, PAGE_SIZE, cancel).await.map(|page| (offset, page)) }
    });
    let changed = Callback::new(move |()| {
        reload.update(|n| *n += 1);
        on_owner_changed.run(());
    });
    let shared = Shared { plan, owner_left, changed };
    let rows = Memo::new(move |_| list.with_last_ok(|s| s.map(|(_, p)| p.data.clone()).unwrap_or_default()));
    let managing = RwSignal::new(None::<String>);
    let loading = move || offset.with(|cur| list.with_last_ok(|s| s.map(|(o, _)| o) != Some(cur)));
    let count = move || list.with_last_ok(|s| s.and_then(|(_, p)| p.count));
    let next =
        Signal::derive(move || next_offset(offset.get(), count(), rows.with(Vec::len)).map(|o| page_href(plan, o)));
    let paged = move || offset.get() > 0 || next.with(Option::is_some);

    view! {
        <section class="card sub-users" aria-labelledby="sub-users-heading" data-test="sub-users">
            <h2 id="sub-users-heading">{tx!(sub_users.title)}</h2>
            <p class="muted">{tx!(sub_users.explain)}</p>
            <LoadError load=list />
            <div class:loading=loading aria-busy=move || loading().to_string()>
                {move || match list.last_ok() {
                    None if list.error().is_none() => view! { <Skeleton lines=4 /> }.into_any(),
                    None => ().into_any(),
                    Some((0, page)) if page.data.is_empty() => view! {
                        <p class="muted" data-test="sub-users-empty">{tx!(sub_users.empty)}</p>
                    }.into_any(),
                    Some((_, page)) if page.data.is_empty() => view! {
                        <p class="muted" data-test="sub-users-page-empty">
                            {tx!(sub_users.page_empty)} " "
                            <a href=page_href(plan, 0)>{tx!(sub_users.first_page)}</a>
                        </p>
                    }.into_any(),
                    Some((_, page)) => view! { <table::SubUsersTable users=page.data managing /> }.into_any(),
                }}
            </div>
            <chart::SubUsersChart users=rows />
            {move || paged().then(|| view! {
                <div class="pager" data-test="users-pager">
                    <PagerLinks
                        first=Signal::derive(move || (offset.get() > 0).then(|| page_href(plan, 0)))
                        prev=Signal::derive(move || prev_offset(offset.get()).map(|o| page_href(plan, o)))
                        next
                        page=Signal::derive(move || page_number(offset.get())) />
                </div>
            })}
            {move || managing.get().map(|id| {
                let sub = Signal::derive({
                    let id = id.clone();
                    move || rows.with(|r| r.iter().find(|u| u.user_id == id).cloned())
                });
                view! { <manage::ManagePanel id sub shared on_close=Callback::new(move |()| managing.set(None)) /> }
            })}
            <create::CreateForm shared />
        </section>
    }
}

/// A sub-user's traffic, made consistent for display.
fn traffic_of(user: &SubUser) -> Traffic {
    Traffic::from_bytes(user.data, user.data_spent, user.data_remain)
}

/// A sub-user's password, masked until revealed, with Copy; the buttons name the sub-user
/// for screen readers.
#[component]
fn SubUserPassword(password: String, name: String, test: &'static str) -> impl IntoView {
    let labelled = |text: fn(&str) -> String| {
        let name = name.clone();
        Signal::derive(move || text(&name))
    };
    view! {
        <MaskedSecret secret=password test
            reveal_label=labelled(|n| trf!(sub_users.reveal_label, name = n))
            hide_label=labelled(|n| trf!(sub_users.hide_label, name = n))
            copy_label=labelled(|n| trf!(sub_users.copy_label, name = n))
            copied=|| tr!(sub_users.password_copied) />
    }
}
