//! The frame of the signed-in pages and each page as lazy routes: their code is in separate
//! WebAssembly chunks (cut out of the build by `scripts/split`; the frame shares the
//! profile's), so the first load carries only the sign-in form, the router and the guard.
//! The router waits for a page's chunk before it leaves the current page; a page whose first
//! read is known from its URL (the orders) has it sent as the chunk starts loading
//! (`LazyRoute::data`, `api::prefetch`). A second after
//! the first page arrived, the other pages' chunks are fetched in idle time (not when the
//! customer's data saver is on), so a normal click never waits and the first page and its
//! data never share the line with them.
//!
//! Two parts of signed-in pages are drawn with [`LazyPart`] from the orders page's chunk:
//! the quick jump's dialog (loaded when it first opens) and the profile's drawn charts
//! (loaded once every order the charts need has been read, which the charts' placeholders
//! count). Neither is needed for the profile's first paint, nor for its look-ahead, so
//! their code delays neither; they live in the orders chunk, not in chunks of their own,
//! because what they share with the orders page then stays in one file (chunks of their own
//! cost about 7.5 kB more brotli over all files, docs/BENCHMARKS.md), and the customer's
//! next page is often the orders.
//!
//! A chunk that cannot be downloaded (offline, or removed by a redeploy) is not a panic:
//! the loaders are `fallible`, and the page area then says what happened, with Try again,
//! which loads the chunk again in place. In builds that are not split (host tests, the browser
//! component tests) the page functions are called directly.

mod chunk_failed;

use crate::{pages, pages::frame::shell::Shell};
use chunk_failed::ChunkFailed;
use leptos::{
    either::Either,
    prelude::*,
    task::spawn_local_scoped_with_cancellation,
    wasm_split::{wasm_split, SplitLoaderError},
};
use leptos_router::{location::Url, LazyRoute};
use std::{future::Future, pin::Pin};

/// Defines a route type whose `view` is built by `$build`, which lives in the chunk
/// `$chunk` (scripts/split names its file `split_$chunk-….wasm`), and the chunk's preloader.
macro_rules! lazy_page {
    ($route:ident, $build:ident in $chunk:ident, $preload:ident, $then:expr, $view:expr) => {
        lazy_page!($route, $build in $chunk, $preload, $then, $view, ahead: || ());
    };
    ($route:ident, $build:ident in $chunk:ident, $preload:ident, $then:expr, $view:expr, ahead: $ahead:expr) => {
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
                load_page(Loader::Page(|| Box::pin($build())), $then).await
            }

            async fn preload() {
                // A failure is shown when the page is opened; preloading stays silent.
                let _ = $preload().await;
            }
        }
    };
}

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

// The parts of pages in the orders page's chunk (see the module's documentation).
#[wasm_split(orders_chunk, fallible, wasm_split_path = ::leptos::wasm_split)]
fn jump_view(close: Callback<bool>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <pages::frame::quick_jump::JumpDialog close /> }.into_any())
}

#[wasm_split(orders_chunk, fallible, wasm_split_path = ::leptos::wasm_split)]
fn charts_view(
    orders: pages::profile::charts::Orders,
    balance: Signal<Option<i64>>,
    now: i64,
) -> Result<AnyView, SplitLoaderError> {
    Ok(pages::profile::charts::drawn(orders, balance, now).into_any())
}

/// The parts' loaders. The frame and the profile reach them through [`register_parts`],
/// not by name: in a build that is not split (the browser component tests) a
/// `#[wasm_split]` function is an import nothing provides, and the frame's and the
/// profile's code is kept by the chunk exports there, whereas only the app's start (the
/// binary's `main`) reaches this registration.
#[derive(Clone, Copy)]
struct Parts {
    /// The quick jump's dialog.
    jump: fn(Callback<bool>) -> PageLoad,
    /// The profile's drawn charts.
    charts: fn(pages::profile::charts::Orders, Signal<Option<i64>>, i64) -> PageLoad,
}

thread_local! {
    /// Set once by [`register_parts`] as the app starts.
    static PARTS: std::cell::Cell<Option<Parts>> = const { std::cell::Cell::new(None) };
}

/// Makes the parts of pages in other chunks loadable; called by `crate::start`.
pub fn register_parts() {
    let parts = Parts {
        jump: |close| Box::pin(jump_view(close)),
        charts: |orders, balance, now| Box::pin(charts_view(orders, balance, now)),
    };
    PARTS.with(|cell| cell.set(Some(parts)));
}

/// The registered loaders (`None` only where the app did not start: nothing is drawn).
fn parts() -> Option<Parts> {
    PARTS.with(std::cell::Cell::get)
}

/// The quick jump's dialog, loaded on its first opening; `close` as `JumpDialog`'s.
pub fn jump_dialog(close: Callback<bool>) -> impl IntoView {
    parts().map(|parts| view! { <LazyPart load=Callback::new(move |()| (parts.jump)(close)) /> })
}

/// The profile's drawn charts of `orders` (`pages::profile::charts::drawn`), with
/// `fallback` while their chunk loads.
pub fn drawn_charts(
    orders: pages::profile::charts::Orders,
    balance: Signal<Option<i64>>,
    now: i64,
    fallback: impl Fn() -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let orders = StoredValue::new(orders);
    parts().map(|parts| {
        let load = Callback::new(move |()| (parts.charts)(orders.get_value(), balance, now));
        view! { <LazyPart load fallback /> }
    })
}

/// A part of a page whose code is in another chunk: `fallback` while the chunk
/// loads, then the part, or the notice that it could not be downloaded, with Try again.
#[component]
fn LazyPart(load: Callback<(), PageLoad>, #[prop(optional, into)] fallback: ViewFn) -> impl IntoView {
    let part = RwSignal::new_local(None::<AnyView>);
    let ready = RwSignal::new(false);
    spawn_local_scoped_with_cancellation(async move {
        part.set(Some(load_page(Loader::Part(load), nothing).await));
        ready.set(true);
    });
    move || {
        if ready.get() {
            Either::Left(part.try_update_untracked(Option::take).flatten())
        } else {
            Either::Right(fallback.run())
        }
    }
}

/// Loading one page's chunk: what a `#[wasm_split]` function returns, boxed, so that the
/// code around it ([`load_page`], [`ChunkFailed`]) exists once, not once per page.
type PageLoad = Pin<Box<dyn Future<Output = Result<AnyView, SplitLoaderError>>>>;

/// What starts loading a page's or a part's chunk: one type, so that [`load_page`] and
/// [`ChunkFailed`] are compiled once, whatever they load.
#[derive(Clone, Copy)]
enum Loader {
    /// A page: its `#[wasm_split]` function takes nothing.
    Page(fn() -> PageLoad),
    /// A part of a page: its function's arguments are captured.
    Part(Callback<(), PageLoad>),
}

impl Loader {
    /// Starts the load.
    fn start(self) -> PageLoad {
        match self {
            Loader::Page(load) => load(),
            Loader::Part(load) => load.run(()),
        }
    }
}

/// What follows a successful load: [`nothing`] (the frame, whose page is still coming, or a
/// part of a page) or [`preload_the_rest`] (a page is here: the others' chunks may follow in
/// idle time). A function rather than a flag, so that a part's load does not reach the
/// pages' preloaders by name (see [`Parts`]).
type Then = fn();

/// Nothing follows.
fn nothing() {}

/// The page from `load`, or the "could not be downloaded" notice whose Try again loads it
/// again and puts the page in the notice's place.
async fn load_page(load: Loader, then: Then) -> AnyView {
    let attempt = move || async move {
        // The pages' stylesheets download beside the chunk (at once after the first time).
        let styles = crate::web::page_styles::enable();
        let page = load.start().await.ok();
        styles.await;
        if page.is_some() {
            then();
        }
        page
    };
    match attempt().await {
        Some(page) => page,
        None => view! { <ChunkFailed retry=attempt /> }.into_any(),
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
