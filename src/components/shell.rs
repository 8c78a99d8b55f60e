//! The frame around every signed-in page: header, navigation, sign-out; and the guard that
//! sends visitors without a key to sign-in, remembering where they were going.

use crate::state::session;
use leptos::prelude::*;
use leptos_router::{
    components::{Outlet, Redirect, A},
    hooks::use_location,
};

/// Parent route of every page that needs a key.
#[component]
pub fn Protected() -> impl IntoView {
    let location = use_location();
    let signed_in = session::signed_in();
    move || {
        if signed_in.get() {
            view! { <Shell /> }.into_any()
        } else {
            let next = path_and_query(&location.pathname.get_untracked(), &location.search.get_untracked());
            let target = if next == "/" {
                "/sign-in".to_string()
            } else {
                format!("/sign-in?next={}", js_sys::encode_uri_component(&next))
            };
            view! { <Redirect path=target /> }.into_any()
        }
    }
}

#[component]
fn Shell() -> impl IntoView {
    view! {
        <header class="topbar">
            <a class="brand" href="/">"ProxyShard"</a>
            <nav class="nav" aria-label="Main">
                <A href="/" exact=true>"Profile"</A>
                <A href="/orders">"Orders"</A>
                <A href="/buy">"Buy proxies"</A>
            </nav>
            <button type="button" class="btn btn-ghost sign-out" on:click=move |_| session::sign_out()>
                "Sign out"
            </button>
        </header>
        <main class="page" id="main">
            <Outlet />
        </main>
    }
}

/// `/path?query` from the router's location parts (its `search` may lack the `?`).
pub fn path_and_query(pathname: &str, search: &str) -> String {
    let search = search.trim_start_matches('?');
    if search.is_empty() {
        pathname.to_string()
    } else {
        format!("{pathname}?{search}")
    }
}
