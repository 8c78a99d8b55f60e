//! Where the app is deployed: the path of `<base href>` (Trunk's `public_url`, e.g.
//! `/dashboard/`), which the router is mounted under. App code writes site-absolute paths
//! (`/orders`): `<A>`, `navigate` and `<Redirect>` add the router base themselves, and
//! [`init`] keeps plain `<a href="/orders">` links inside the deployment too.
//!
//! Links use leptos_router's `<A>` wherever it can resolve them. The global rewrite in
//! [`init`] stays for the plain links `<A>` would get wrong:
//! - links into the list being shown (status tabs, pager, the orders list's tag, "first
//!   page" and "clear tag" links, quick-jump results): `<A>` marks every link whose path
//!   matches the current one with `aria-current="page"`, so all four tabs and every pager
//!   link would claim to be the current page (the tabs mark the current status themselves);
//! - the orders table's order links: one per row, where `<A>`'s memo and reactive
//!   attributes would cost render time for an `aria-current` they never show;
//! - links to the home page use [`home`] (`<A href="/">` would resolve to `/dashboard`,
//!   outside the service worker's scope), and need no rewrite.

use std::cell::RefCell;
use wasm_bindgen::{closure::Closure, JsCast};

thread_local! {
    static BASE: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The router base: `""` at the root of the origin, `"/dashboard"` under a sub-path.
pub fn router_base() -> String {
    BASE.with(|b| b.borrow().clone())
}

/// The app's home page: `/`, or `/dashboard/` under a sub-path (the form the service
/// worker's scope and the manifest's `start_url` use).
pub fn home() -> String {
    format!("{}/", router_base())
}

/// Reads the deployment's base path from `<base href>`; call once at start. Under a
/// sub-path it also rewrites site-absolute plain links (`/orders` → `/dashboard/orders`)
/// the moment they are clicked, before the router or the browser follows them.
pub fn init() {
    let base = read_base().unwrap_or_default();
    BASE.with(|b| *b.borrow_mut() = base.clone());
    if !base.is_empty() {
        keep_links_inside(base);
    }
}

fn read_base() -> Option<String> {
    let document = web_sys::window()?.document()?;
    // Without a <base> element, baseURI is the page's own URL: not a deployment path.
    document.query_selector("base[href]").ok()??;
    let uri = document.base_uri().ok()??;
    Some(base_from_path(&web_sys::Url::new(&uri).ok()?.pathname()))
}

/// Capture-phase listeners on the window run before the router's click handler and
/// before the browser's default action (including "open in new tab" and "copy link").
fn keep_links_inside(base: String) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let handler = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        let anchor = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| el.closest("a[href]").ok().flatten());
        let Some(anchor) = anchor else {
            return;
        };
        if let Some(href) = anchor.get_attribute("href").and_then(|h| rebase_href(&base, &h)) {
            let _ = anchor.set_attribute("href", &href);
        }
    });
    for event in ["click", "auxclick", "contextmenu"] {
        let _ = window.add_event_listener_with_callback_and_bool(event, handler.as_ref().unchecked_ref(), true);
    }
    // The listeners live as long as the page.
    handler.forget();
}

/// The router base for the path of a `<base href>` URL: `/` → `""`,
/// `/dashboard/` → `"/dashboard"` (a file name at the end is dropped).
pub fn base_from_path(path: &str) -> String {
    let dir = path.rfind('/').map_or("", |i| &path[..i]);
    dir.to_string()
}

/// The app path of a browser path under `base`: `/dashboard/orders` → `/orders`,
/// `/dashboard` → `/`. Paths outside the base are returned unchanged.
pub fn strip_base<'a>(base: &str, path: &'a str) -> &'a str {
    if base.is_empty() {
        return path;
    }
    match path.strip_prefix(base) {
        Some("") => "/",
        Some(rest) if rest.starts_with('/') => rest,
        _ => path,
    }
}

/// [`strip_base`] with this deployment's base.
pub fn strip(path: &str) -> String {
    BASE.with(|b| strip_base(&b.borrow(), path).to_string())
}

/// The href a site-absolute app link needs under `base`, when it lacks the base:
/// `/orders/17` → `/dashboard/orders/17`. `None` when nothing is to be done: no base,
/// relative, protocol-relative or external hrefs, and hrefs already inside the base.
pub fn rebase_href(base: &str, href: &str) -> Option<String> {
    if base.is_empty() || !href.starts_with('/') || href.starts_with("//") {
        return None;
    }
    let inside = href.strip_prefix(base).is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#']));
    (!inside).then(|| format!("{base}{href}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_from_base_href_path() {
        assert_eq!(base_from_path("/"), "");
        assert_eq!(base_from_path("/dashboard/"), "/dashboard");
        assert_eq!(base_from_path("/a/b/"), "/a/b");
        assert_eq!(base_from_path("/dashboard/index.html"), "/dashboard");
    }

    #[test]
    fn strips_the_base_only_on_a_segment_boundary() {
        assert_eq!(strip_base("", "/orders"), "/orders");
        assert_eq!(strip_base("/dashboard", "/dashboard/orders/17"), "/orders/17");
        assert_eq!(strip_base("/dashboard", "/dashboard"), "/");
        assert_eq!(strip_base("/dashboard", "/dashboard/"), "/");
        assert_eq!(strip_base("/dashboard", "/dashboards"), "/dashboards");
        assert_eq!(strip_base("/dashboard", "/orders"), "/orders");
    }

    #[test]
    fn rebases_site_absolute_links_only() {
        assert_eq!(rebase_href("", "/orders"), None);
        assert_eq!(rebase_href("/dashboard", "/orders/17").as_deref(), Some("/dashboard/orders/17"));
        assert_eq!(rebase_href("/dashboard", "/").as_deref(), Some("/dashboard/"));
        assert_eq!(
            rebase_href("/dashboard", "/orders?status=active").as_deref(),
            Some("/dashboard/orders?status=active")
        );
        assert_eq!(rebase_href("/dashboard", "/dashboard/orders"), None);
        assert_eq!(rebase_href("/dashboard", "/dashboard"), None);
        assert_eq!(rebase_href("/dashboard", "/dashboard?x=1"), None);
        assert_eq!(rebase_href("/dashboard", "/dashboardx").as_deref(), Some("/dashboard/dashboardx"));
        assert_eq!(rebase_href("/dashboard", "?status=all"), None);
        assert_eq!(rebase_href("/dashboard", "//evil.example/x"), None);
        assert_eq!(rebase_href("/dashboard", "https://proxyshard.com/"), None);
        assert_eq!(rebase_href("/dashboard", "blob:http://x/1"), None);
    }
}
