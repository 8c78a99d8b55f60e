//! What a lazily loaded part of the app (the frame of the signed-in pages, a page, or a part
//! of a page: the quick jump's dialog, the profile's charts) shows
//! when its code could not be downloaded: what happened, what to do, and Try again, which
//! loads it again and puts it in the notice's place.

use leptos::reactive::signal::ArcTrigger;
use leptos::{either::Either, prelude::*, task::spawn_local_scoped_with_cancellation};
use std::future::Future;

thread_local! {
    /// "Try again" pressed on any notice: every notice on the page tries again, so a frame
    /// and the page inside it that both failed come back with one click.
    static TRY_ALL_AGAIN: ArcTrigger = ArcTrigger::new();
}

/// The notice for a part whose chunk failed to load. `retry` loads it again: `Some(view)`
/// replaces the notice, `None` (still failing) keeps it.
#[component]
pub fn ChunkFailed<R, F>(retry: R) -> impl IntoView
where
    R: Fn() -> F + Copy + Send + Sync + 'static,
    F: Future<Output = Option<AnyView>> + 'static,
{
    let page = RwSignal::new_local(None::<AnyView>);
    let loaded = RwSignal::new(false);
    let busy = RwSignal::new(false);
    // The part is built inside `retry`, once its chunk is here: under this notice's owner,
    // so that it finds the router and everything else its place in the app provides.
    let owner = Owner::current().unwrap_or_default();
    let try_again = move || {
        if busy.get_untracked() || loaded.get_untracked() {
            return;
        }
        busy.set(true);
        owner.with(|| {
            spawn_local_scoped_with_cancellation(async move {
                if let Some(view) = retry().await {
                    page.set(Some(view));
                    loaded.set(true);
                }
                busy.set(false);
            })
        });
    };
    let pressed = TRY_ALL_AGAIN.with(Clone::clone);
    Effect::new(move |seen: Option<()>| {
        pressed.track();
        if seen.is_some() {
            try_again();
        }
    });
    move || {
        if loaded.get() {
            Either::Left(page.try_update_untracked(Option::take).flatten())
        } else {
            Either::Right(view! {
                <div class="notice notice-error" role="alert" data-test="chunk-failed">
                    <p class="notice-text">{tx!(common.page_not_downloaded)}</p>
                    <button type="button" class="btn btn-secondary" data-test="chunk-retry"
                        disabled=move || busy.get()
                        on:click=move |_| TRY_ALL_AGAIN.with(ArcTrigger::notify)>
                        {tx!(common.try_again)}
                    </button>
                </div>
            })
        }
    }
}
