//! The one loading wrapper: `<Loaded>` shows a skeleton until a read's first answer, then
//! its error with "Try again", else the content made from the value. `<LoadError>` is the
//! error part alone, for a list that keeps its last rows on screen below the error
//! ([`Load::last_ok`]).

use super::{ErrorNotice, Skeleton};
use crate::api::{
    load::{both, typed, Erased, Load},
    ApiError,
};
use leptos::prelude::*;
use std::{marker::PhantomData, sync::Arc};

/// What `<Loaded>` shows: an answer that may not be in yet, and what "Try again" does.
/// Made from a [`Load`], from two of them (`(a, b)`: see [`both`]), or from any reactive
/// answer with [`Source::new`]. The value is held type-erased, so that the view reading it
/// is in the wasm once, not once per value type (docs/BENCHMARKS.md).
pub struct Source<T: Send + Sync + 'static> {
    /// Read inside the view's own reactive closure, so it is tracked there. A plain shared
    /// closure, not a `Signal::derive`: a `Signal<T>` brings its read code for every kind of
    /// signal per value type, 8 kB of wasm over the reads (docs/BENCHMARKS.md).
    value: Answer,
    retry: Callback<()>,
    value_type: PhantomData<fn() -> T>,
}

/// A read's newest answer, type-erased: `None` while it is not in yet.
type Answer = Arc<dyn Fn() -> Option<Result<Erased, ApiError>> + Send + Sync>;

impl<T: Send + Sync + 'static> Source<T> {
    fn erased(value: Answer, retry: impl Fn() + Send + Sync + 'static) -> Source<T> {
        Source { value, retry: Callback::new(move |()| retry()), value_type: PhantomData }
    }

    /// `value` is read reactively (`None`: not in yet); `retry` asks again after an error.
    pub fn new(
        value: impl Fn() -> Option<Result<T, ApiError>> + Send + Sync + 'static,
        retry: impl Fn() + Send + Sync + 'static,
    ) -> Source<T> {
        Source::erased(Arc::new(move || value().map(|answer| answer.map(|v| Arc::new(v) as Erased))), retry)
    }
}

impl<T: Clone + Send + Sync + 'static> From<Load<T>> for Source<T> {
    fn from(load: Load<T>) -> Source<T> {
        Source::erased(Arc::new(move || load.get_erased()), move || load.refetch())
    }
}

impl<A, B> From<(Load<A>, Load<B>)> for Source<(A, B)>
where
    A: Clone + Send + Sync + 'static,
    B: Clone + Send + Sync + 'static,
{
    /// "Try again" reads again the one whose error is shown.
    fn from((a, b): (Load<A>, Load<B>)) -> Source<(A, B)> {
        Source::new(
            move || both(a.get(), b.get()),
            move || if untrack(|| a.error().is_some()) { a.refetch() } else { b.refetch() },
        )
    }
}

/// A read on screen: `<Skeleton lines>` (or `fallback`) until the first answer, the error
/// with "Try again" when the newest answer failed, else `children` given the value. A
/// read that is read again keeps showing its previous answer until the new one is in.
#[component]
pub fn Loaded<T, V, C>(
    /// What to show: a [`Load`], a pair of them, or a [`Source`].
    #[prop(into)]
    load: Source<T>,
    /// Lines of the skeleton shown until the first answer.
    #[prop(default = 3)]
    lines: usize,
    /// Shown instead of the skeleton until the first answer, when given.
    #[prop(optional, into)]
    fallback: Option<ViewFn>,
    /// The content, from the value that loaded (`let:name` in `view!`).
    children: C,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    C: Fn(T) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let content = move |value: &Erased| children(typed::<T>(value).clone()).into_any();
    loaded(load.value, load.retry, lines, fallback, Arc::new(content))
}

/// [`Loaded`] without its types, so that its reactive view is compiled once.
fn loaded(
    value: Answer,
    retry: Callback<()>,
    lines: usize,
    fallback: Option<ViewFn>,
    content: Arc<dyn Fn(&Erased) -> AnyView + Send + Sync>,
) -> impl IntoView {
    let answers = answers({
        let value = value.clone();
        Arc::new(move || value().is_none())
    });
    move || match if answers.get() { None } else { untrack(|| value()) } {
        None => match &fallback {
            Some(fallback) => fallback.run(),
            None => view! { <Skeleton lines /> }.into_any(),
        },
        Some(Err(e)) => view! { <ErrorNotice error=e retry /> }.into_any(),
        Some(Ok(value)) => content(&value),
    }
}

/// What a `<Loaded>` view depends on, alone, so that reads that change without answering
/// yet (the profile's charts count details as they arrive) do not build the placeholder
/// again each time: whether it still waits, told as changed at every answer and when the
/// read goes back to waiting, not while waiting goes on. Not generic: its code is in the
/// wasm once.
fn answers(waiting: Arc<dyn Fn() -> bool + Send + Sync>) -> Memo<bool> {
    Memo::new_owning(move |was_waiting: Option<bool>| {
        let now_waiting = waiting();
        (now_waiting, !(now_waiting && was_waiting == Some(true)))
    })
}

/// The error of a read's newest answer, with "Try again"; nothing while there is none.
#[component]
pub fn LoadError<T: Clone + Send + Sync + 'static>(
    /// The read.
    load: Load<T>,
) -> impl IntoView {
    move || load.error().map(|e| view! { <ErrorNotice error=e retry=move |_| load.refetch() /> })
}
