//! The guard that sends visitors without a key to sign-in, remembering where they were
//! going ([`Protected`], in the first download); and the frame around every signed-in
//! page: header, navigation, sign-out, the toasts ([`Shell`], loaded with the first
//! signed-in page as a lazy route, src/pages/lazy/mod.rs).

use super::{quick_jump::QuickJump, theme_toggle::ThemeSwitch};
use crate::{
    api::{orders_cache, residential},
    components::{language::LanguagePicker, toast::provide_toasts, ToastHost},
    state::{base_path, session},
    web::focus,
};
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
            view! { <Outlet /> }.into_any()
        } else {
            let next = path_and_query(&location.pathname.get_untracked(), &location.search.get_untracked());
            view! { <Redirect path=crate::logic::url::sign_in_then(&next) /> }.into_any()
        }
    }
}

/// The frame of the signed-in pages, with the page in its `<main>`.
#[component]
pub fn Shell() -> impl IntoView {
    // Keyboard and screen-reader users land on the new page's heading after a route change
    // (not on the page the browser first opened, unless they came through sign-in).
    let location = use_location();
    // The pages' confirmations and failures; only signed-in pages act, so the stack and its
    // code come with the frame, not with the sign-in form.
    provide_toasts();
    Effect::new(move |prev: Option<String>| {
        let path = location.pathname.get();
        if prev.map_or(focus::user_has_interacted(), |p| p != path) {
            focus::focus_heading();
        }
        path
    });
    // What was gathered for this account is forgotten on sign-out.
    on_cleanup(orders_cache::clear);
    on_cleanup(residential::clear);
    // Narrow screens: theme, language and sign-out sit behind a Menu button (CSS shows them
    // in the bar from 768 px on); the menu closes when the page changes.
    let menu_open = RwSignal::new(false);
    Effect::new(move |_| {
        location.pathname.track();
        menu_open.set(false);
    });
    view! {
        <header class="topbar">
            <a class="brand" href=base_path::home()>"ProxyShard"</a>
            <nav class="nav" aria-label=tx!(nav.main)>
                <HomeLink />
                <A href="/orders">{tx!(nav.orders)}</A>
                <A href="/buy">{tx!(common.buy_proxies)}</A>
                <A href="/residential">{tx!(nav.residential)}</A>
            </nav>
            <QuickJump />
            <button type="button" class="btn btn-ghost menu-button" data-test="menu-button"
                aria-controls="topbar-tools" aria-expanded=move || menu_open.get().to_string()
                on:click=move |_| menu_open.update(|open| *open = !*open)>
                {tx!(nav.menu)}
            </button>
            <div class="topbar-tools" id="topbar-tools" class:open=move || menu_open.get()>
                <ThemeSwitch />
                <LanguagePicker />
                <button type="button" class="btn btn-ghost sign-out" on:click=move |_| session::sign_out()>
                    {tx!(nav.sign_out)}
                </button>
            </div>
        </header>
        <main class="page" id="main">
            <Outlet />
        </main>
        <ToastHost />
    }
}

/// The link to the profile, the app's home: `/`, or `/dashboard/` under a sub-path, where
/// `<A href="/">` would point at `/dashboard`, outside the service worker's scope, and
/// never be marked current at `/dashboard/`.
#[component]
fn HomeLink() -> impl IntoView {
    let location = use_location();
    let current = move || (base_path::strip(&location.pathname.get()) == "/").then_some("page");
    view! { <a href=base_path::home() aria-current=current>{tx!(nav.profile)}</a> }
}

/// The app's `/path?query` from the router's location parts (its `pathname` includes the
/// deployment's base path, which is dropped; its `search` may lack the `?`).
pub fn path_and_query(pathname: &str, search: &str) -> String {
    let pathname = base_path::strip(pathname);
    let search = search.trim_start_matches('?');
    if search.is_empty() {
        pathname
    } else {
        format!("{pathname}?{search}")
    }
}
