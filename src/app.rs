//! The app: app-wide context and every route in one place.

use crate::{
    components::{banners::Banners, shell::Protected, toast::provide_toasts, ToastHost},
    i18n as locale,
    pages::{BuyPage, NotFoundPage, OrderPage, OrdersPage, ProfilePage, ResidentialPage, SignInPage},
    state::{base_path, theme},
};
use leptos::prelude::*;
use leptos_router::{
    components::{ParentRoute, Route, Router, Routes},
    path,
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
                <ParentRoute path=path!("") view=Protected>
                    <Route path=path!("") view=ProfilePage />
                    <Route path=path!("orders") view=OrdersPage />
                    <Route path=path!("orders/:id") view=OrderPage />
                    <Route path=path!("buy") view=BuyPage />
                    <Route path=path!("residential") view=ResidentialPage />
                </ParentRoute>
            </Routes>
        </Router>
        <ToastHost />
    }
}
