//! The sign-in form, the frame of the signed-in pages and each page as lazy routes: their code
//! is in separate WebAssembly chunks (cut out of the build by `scripts/split`; the frame
//! shares the profile's), so the first load carries only the router, the guard and the
//! sign-in form's own chunk, and a signed-in visit never downloads the sign-in form.
//! The router waits for a page's chunk before it leaves the current page; a page whose first
//! read is known from its URL (the orders) has it sent as the chunk starts loading
//! (`LazyRoute::data`, `api::prefetch`). A second after
//! the first page arrived, the other pages' chunks are fetched in idle time (not when the
//! customer's data saver is on), so a normal click never waits and the first page and its
//! data never share the line with them.
//!
//! Two parts of signed-in pages are drawn from the orders page's chunk ([`parts`]).
//!
//! A chunk that cannot be downloaded (offline, or removed by a redeploy) is not a panic:
//! the loaders are `fallible`, and the page area then says what happened, with Try again,
//! which loads the chunk again in place. In builds that are not split (host tests, the browser
//! component tests) the page functions are called directly.

mod chunk_failed;
mod load;
pub mod parts;

use crate::{pages, pages::frame::shell::Shell};
use leptos::{
    prelude::*,
    wasm_split::{wasm_split, SplitLoaderError},
};
use leptos_router::{location::Url, LazyRoute};
use load::{load_page, nothing, Loader, Styles};

/// Defines a route type whose `view` is built by `$build`, which lives in the chunk
/// `$chunk` (scripts/split names its file `split_$chunk-….wasm`), and the chunk's preloader.
macro_rules! lazy_page {
    ($route:ident, $build:ident in $chunk:ident, $preload:ident, $then:expr, $view:expr) => {
        lazy_page!($route, $build in $chunk, $preload, $then, $view, ahead: || (), styles: Styles::Pages);
    };
    ($route:ident, $build:ident in $chunk:ident, $preload:ident, $then:expr, $view:expr, ahead: $ahead:expr) => {
        lazy_page!($route, $build in $chunk, $preload, $then, $view, ahead: $ahead, styles: Styles::Pages);
    };
    ($route:ident, $build:ident in $chunk:ident, $preload:ident, $then:expr, $view:expr, styles: $styles:expr) => {
        lazy_page!($route, $build in $chunk, $preload, $then, $view, ahead: || (), styles: $styles);
    };
    (
        $route:ident, $build:ident in $chunk:ident, $preload:ident, $then:expr, $view:expr,
        ahead: $ahead:expr, styles: $styles:expr
    ) => {
        #[doc = concat!("A lazy route: `", stringify!($view), "`, loaded on first use.")]
        pub struct $route;

        #[wasm_split($chunk, fallible, wasm_split_path = ::leptos::wasm_split, preload($preload))]
        fn $build() -> Result<AnyView, SplitLoaderError> {
            Ok($view.into_any())
        }

        impl LazyRoute for $route {
            fn data() -> Self {
                // Called as the router starts loading the chunk: the page's first read
                // goes now, beside it.
                $ahead();
                Self
            }

            async fn view(_this: Self) -> AnyView {
                load_page(Loader::Page(|| Box::pin($build())), $styles, $then).await
            }

            async fn preload() {
                // A failure is shown when the page is opened; preloading stays silent.
                let _ = $preload().await;
            }
        }
    };
}

// The sign-in form, which only a signed-out visitor needs: the splitter (`--standalone-module`)
// leaves the code it shares with the other parts in the main module, so that it needs nothing
// else, and a signed-in visit downloads none of it. It is shown with `main.css` alone.
lazy_page!(SignInRoute, sign_in_view in sign_in_chunk, preload_sign_in, nothing, view! { <pages::SignInPage /> }, styles: Styles::Main);

// The frame of the signed-in pages (header, navigation, order search), under the guard,
// and the profile share one chunk: the first signed-in page is nearly always the profile
// (signing in leads there), and two chunks that always load together are two requests and
// two texts compressed apart. The splitter (`scripts/split`, patched in vendor/) puts the
// code this chunk shares with the other pages into it, and the code only those share into
// one chunk of their own (docs/BENCHMARKS.md, "Issue 23's levers").
lazy_page!(ShellRoute, shell_view in home_chunk, preload_shell, nothing, view! { <Shell /> });
lazy_page!(ProfileRoute, profile_view in home_chunk, preload_profile, preload_the_rest, view! { <pages::ProfilePage /> });
lazy_page!(
    OrdersRoute,
    orders_view in orders_chunk,
    preload_orders,
    preload_the_rest,
    view! { <pages::OrdersPage /> },
    ahead: orders_read_ahead
);
// An order's page and the buy page share one chunk: both take payment from the wallet
// (renewal, prolongation, add-ons; purchase) and share most of their code; apart, that code
// sat in the shared chunk and the two files cost 6.6 kB more brotli (docs/BENCHMARKS.md).
lazy_page!(OrderRoute, order_view in order_chunk, preload_order, preload_the_rest, view! { <pages::OrderPage /> });
lazy_page!(BuyRoute, buy_view in order_chunk, preload_buy, preload_the_rest, view! { <pages::BuyPage /> });
lazy_page!(
    ResidentialRoute,
    residential_view in residential_chunk,
    preload_residential,
    preload_the_rest,
    view! { <pages::ResidentialPage /> }
);

/// The orders page's first read, sent as its chunk starts loading (`api::prefetch`): the
/// list of the URL's status, offset and page size. With a tag the page filters the
/// gathered orders instead, so nothing is sent.
fn orders_read_ahead() {
    let Some(url) = use_context::<ArcRwSignal<Url>>() else { return };
    let query = url.with_untracked(|url| pages::orders::query_of(url.search_params()));
    if query.tag.is_none() {
        crate::api::orders::list_ahead(&query);
    }
}

/// How long after the first page arrived the others' chunks start to load: the page's own
/// requests (its API answers) come first, and a person's first click comes later.
const PRELOAD_AFTER_MS: u64 = 1_000;

/// Fetches every signed-in page's chunk, one after another, in idle time a moment after the
/// first page arrived; once per visit, and never with the data saver on
/// (`navigator.connection.saveData`).
fn preload_the_rest() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    if crate::state::network::saves_data() {
        return;
    }
    ONCE.call_once(|| {
        set_timeout(
            || {
                crate::web::idle::when_idle(|| {
                    leptos::task::spawn_local(async {
                        ProfileRoute::preload().await;
                        OrdersRoute::preload().await;
                        OrderRoute::preload().await;
                        BuyRoute::preload().await;
                        ResidentialRoute::preload().await;
                    })
                })
            },
            std::time::Duration::from_millis(PRELOAD_AFTER_MS),
        );
    });
}
