//! The app: app-wide context and every route in one place.

mod banners;

use crate::{
    logic::url,
    pages::{
        frame::shell::{path_and_query, Protected},
        lazy::{BuyRoute, OrderRoute, OrdersRoute, ProfileRoute, ResidentialRoute, ShellRoute, SignInRoute},
        NotFoundPage,
    },
    state::{base_path, session, theme},
};
use banners::Banners;
use leptos::prelude::*;
use leptos_router::{
    components::{ParentRoute, Route, Router, Routes},
    path, Lazy,
};

/// A signed-out visit to a signed-in page starts on the sign-in form (which comes back to
/// that page afterwards), before the router starts: the router downloads every chunk of
/// the page it opens before its guard can redirect, which for `/` is the frame and the
/// profile, about 150 kB the sign-in form does not need. `Protected` still guards every
/// later navigation.
pub fn start_signed_out_at_sign_in() {
    if session::api_key().is_some() {
        return;
    }
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(pathname), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if !url::needs_key(&base_path::strip(&pathname)) {
        return;
    }
    let target = format!("{}{}", base_path::router_base(), url::sign_in_then(&path_and_query(&pathname, &search)));
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&target));
    }
}

/// The whole dashboard.
#[component]
pub fn App() -> impl IntoView {
    theme::init();
    view! {
        <Banners />
        // Under a sub-path (`<base href="/dashboard/">`) routes and links are resolved below it.
        <Router base=base_path::router_base()>
            <Routes fallback=|| view! { <NotFoundPage /> }>
                <Route path=path!("/sign-in") view={Lazy::<SignInRoute>::new()} />
                // The guard, then the frame and the pages, each a chunk of its own.
                <ParentRoute path=path!("") view=Protected>
                    <ParentRoute path=path!("") view={Lazy::<ShellRoute>::new()}>
                        <Route path=path!("") view={Lazy::<ProfileRoute>::new()} />
                        <Route path=path!("orders") view={Lazy::<OrdersRoute>::new()} />
                        <Route path=path!("orders/:id") view={Lazy::<OrderRoute>::new()} />
                        <Route path=path!("buy") view={Lazy::<BuyRoute>::new()} />
                        <Route path=path!("residential") view={Lazy::<ResidentialRoute>::new()} />
                    </ParentRoute>
                </ParentRoute>
            </Routes>
        </Router>
    }
}
