//! Loading a lazily loaded part of the app (the sign-in form, the frame, a page, or a part of
//! a page): its chunk and the stylesheets it needs together, or, when the chunk cannot be
//! downloaded, the notice with Try again ([`ChunkFailed`]). One loader for all of them,
//! compiled once.

use super::chunk_failed::ChunkFailed;
use leptos::{prelude::*, wasm_split::SplitLoaderError};
use std::{future::Future, pin::Pin};

/// Loading one page's chunk: what a `#[wasm_split]` function returns, boxed, so that the
/// code around it ([`load_page`], [`ChunkFailed`]) exists once, not once per page.
pub(super) type PageLoad = Pin<Box<dyn Future<Output = Result<AnyView, SplitLoaderError>>>>;

/// What starts loading a page's or a part's chunk: one type, so that [`load_page`] and
/// [`ChunkFailed`] are compiled once, whatever they load.
#[derive(Clone, Copy)]
pub(super) enum Loader {
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

/// The stylesheets a loaded part is shown with, besides `main.css`, which every page has.
#[derive(Clone, Copy)]
pub(super) enum Styles {
    /// The signed-in pages' stylesheet ([`crate::web::page_styles`]), waited for.
    Pages,
    /// `main.css` alone: the sign-in form, which a signed-out visitor's first load holds.
    Main,
}

/// What follows a successful load: [`nothing`] (the frame, whose page is still coming, or a
/// part of a page) or `preload_the_rest` (a page is here: the others' chunks may follow in
/// idle time). A function rather than a flag, so that a part's load does not reach the
/// pages' preloaders by name (see `parts::Parts`).
pub(super) type Then = fn();

/// Nothing follows.
pub(super) fn nothing() {}

/// The page from `load`, or the "could not be downloaded" notice whose Try again loads it
/// again and puts the page in the notice's place.
pub(super) async fn load_page(load: Loader, styles: Styles, then: Then) -> AnyView {
    let attempt = move || async move {
        // The pages' stylesheets download beside the chunk (at once after the first time).
        let styles = match styles {
            Styles::Pages => Some(crate::web::page_styles::enable()),
            Styles::Main => None,
        };
        let page = load.start().await.ok();
        if let Some(styles) = styles {
            styles.await;
        }
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
