//! The app: app-wide context and every route in one place.

mod banners;

use crate::{
    components::{toast::provide_toasts, ToastHost},
    i18n as locale,
    pages::{
        frame::shell::Protected,
        lazy::{BuyRoute, OrderRoute, OrdersRoute, ProfileRoute, ResidentialRoute, ShellRoute},
        NotFoundPage, SignInPage,
    },
    state::{base_path, theme},
};
use banners::Banners;
use leptos::prelude::*;
use leptos_router::{
    components::{ParentRoute, Route, Router, Routes},
    path, Lazy,
};

/// The whole dashboard.
#[component]
pub fn App() -> impl IntoView {
    locale::init();
    provide_toasts();
    theme::init();
    view! {
        <Banners />
        // Under a sub-path (`<base href="/dashboard/">`) routes and links are resolved below it.
        <Router base=base_path::router_base()>
            <Routes fallback=|| view! { <NotFoundPage /> }>
                <Route path=path!("/sign-in") view=SignInPage />
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
        <ToastHost />
    }
}
