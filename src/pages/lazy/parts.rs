//! Two parts of signed-in pages drawn from the orders page's chunk with [`LazyPart`]:
//! the quick jump's dialog (loaded when it first opens) and the reading and drawing of the
//! profile's charts (loaded once their section is near the screen). Neither is needed for
//! the profile's first paint, nor for its look ahead (the LCP element), so their code delays
//! neither; they live in the orders chunk, not in chunks of their own, because what they
//! share with the orders page then stays in one file (chunks of their own cost about 7.5 kB
//! more brotli over all files, docs/BENCHMARKS.md), and the customer's next page is often
//! the orders.

use super::load::{load_page, nothing, Loader, PageLoad, Styles};
use crate::pages::{frame::quick_jump::dialog::JumpDialog, profile::charts::body::ChartsBody};
use leptos::{
    either::Either,
    prelude::*,
    task::spawn_local_scoped_with_cancellation,
    wasm_split::{wasm_split, SplitLoaderError},
};

#[wasm_split(orders_chunk, fallible, wasm_split_path = ::leptos::wasm_split)]
fn jump_view(close: Callback<bool>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <JumpDialog close /> }.into_any())
}

#[wasm_split(orders_chunk, fallible, wasm_split_path = ::leptos::wasm_split)]
fn charts_view(balance: Signal<Option<i64>>) -> Result<AnyView, SplitLoaderError> {
    Ok(view! { <ChartsBody balance /> }.into_any())
}

/// The parts' loaders. The frame and the profile reach them through [`register`],
/// not by name: in a build that is not split (the browser component tests) a
/// `#[wasm_split]` function is an import nothing provides, and the frame's and the
/// profile's code is kept by the chunk exports there, whereas only the app's start (the
/// binary's `main`) reaches this registration.
#[derive(Clone, Copy)]
struct Parts {
    /// The quick jump's dialog.
    jump: fn(Callback<bool>) -> PageLoad,
    /// The reading and drawing of the profile's charts.
    charts: fn(Signal<Option<i64>>) -> PageLoad,
}

thread_local! {
    /// Set once by [`register`] as the app starts.
    static PARTS: std::cell::Cell<Option<Parts>> = const { std::cell::Cell::new(None) };
}

/// Makes the parts of pages in other chunks loadable; called by `crate::start`.
pub fn register() {
    let parts = Parts { jump: |close| Box::pin(jump_view(close)), charts: |balance| Box::pin(charts_view(balance)) };
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

/// The reading and drawing of the profile's charts (`pages::profile::charts::body`), with
/// `fallback` while their chunk loads.
pub fn charts_body(
    balance: Signal<Option<i64>>,
    fallback: impl Fn() -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    parts().map(|parts| {
        let load = Callback::new(move |()| (parts.charts)(balance));
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
        part.set(Some(load_page(Loader::Part(load), Styles::Pages, nothing).await));
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
