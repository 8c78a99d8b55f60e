//! The one way pages read: [`load`] makes a `LocalResource` whose request is aborted when
//! the resource re-runs or its page goes, and [`Load`] is what views read from it. A
//! cancelled request is "still loading": [`Load`] never hands [`ApiError::Cancelled`] to a
//! view, and it keeps the last answer that was not an error, so a list can stay on screen
//! while its next page loads or after that page failed.
//!
//! [`debounced`] is the same for reads started by an effect (live prices): sent after a
//! pause, aborted when the effect runs again, and a cancelled answer is dropped.

use super::{client::Cancel, ApiError};
use leptos::{prelude::*, task::spawn_local};
use std::{any::Any, future::Future, marker::PhantomData, pin::Pin, sync::Arc, time::Duration};

/// What a read has given so far: the last value that loaded, and the error of the newest
/// answer when that answer was one. Cancelled answers leave it as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct Seen<T> {
    /// The newest value that loaded; kept through later reloads and errors.
    pub last_ok: Option<T>,
    /// The newest answer's error, if the newest answer (cancellations aside) failed.
    pub error: Option<ApiError>,
}

impl<T> Default for Seen<T> {
    fn default() -> Self {
        Seen { last_ok: None, error: None }
    }
}

impl<T: Clone> Seen<T> {
    /// The newest answer as a view matches on it: `None` until the first one is in.
    pub fn latest(&self) -> Option<Result<T, ApiError>> {
        match (&self.error, &self.last_ok) {
            (Some(e), _) => Some(Err(e.clone())),
            (None, Some(value)) => Some(Ok(value.clone())),
            (None, None) => None,
        }
    }
}

/// Folds the resource's newest `answer` into what was `seen` before; the flag says whether
/// anything changed. `None` (nothing in yet) and a cancellation change nothing.
pub fn settle<T>(seen: Option<Seen<T>>, answer: Option<Result<T, ApiError>>) -> (Seen<T>, bool) {
    let first = seen.is_none();
    let seen = seen.unwrap_or_default();
    match answer {
        None | Some(Err(ApiError::Cancelled)) => (seen, first),
        Some(Ok(value)) => (Seen { last_ok: Some(value), error: None }, true),
        Some(Err(e)) => (Seen { last_ok: seen.last_ok, error: Some(e) }, true),
    }
}

/// Two answers shown as one, in the order a page looks at them: the first one's error,
/// else the second one's, else both values once both are in.
pub fn both<A, B>(a: Option<Result<A, ApiError>>, b: Option<Result<B, ApiError>>) -> Option<Result<(A, B), ApiError>> {
    match (a, b) {
        (Some(Err(e)), _) | (_, Some(Err(e))) => Some(Err(e)),
        (Some(Ok(a)), Some(Ok(b))) => Some(Ok((a, b))),
        _ => None,
    }
}

/// A value behind a type-erased pointer, so that one resource and one `Memo` type serve
/// every read (and one `<Loaded>` view shows them), and one `Action` type every write
/// (`components::write`): their code is in the wasm once, not once per value type
/// (docs/BENCHMARKS.md).
pub type Erased = Arc<dyn Any + Send + Sync>;

/// A request whose answer is type-erased: what the one resource type of every read runs.
type Request = Pin<Box<dyn Future<Output = Result<Erased, ApiError>>>>;

/// The value behind `erased`, as the type it was made from. Every [`Erased`] is made and
/// read through one typed handle ([`Load`], `components::write::Write`), so another type
/// cannot occur: one answer for the impossible case everywhere, a panic.
pub fn typed<T: 'static>(erased: &Erased) -> &T {
    erased.downcast_ref().expect("an erased value is read as the type it was made with")
}

/// A read of the current page, made by [`load`]; cheap to copy. The first render always
/// sees "not in yet" (a `LocalResource` answers a tick later at the earliest).
pub struct Load<T: Send + Sync + 'static> {
    resource: LocalResource<Result<Erased, ApiError>>,
    seen: Memo<Seen<Erased>>,
    value: PhantomData<fn() -> T>,
}

impl<T: Send + Sync + 'static> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for Load<T> {}

/// Starts a read for the current reactive owner. `fetch` gets the abort handle to pass to
/// the API call; the signals it reads before its future starts are tracked, and a change
/// of any of them reads again.
pub fn load<T, Fut>(fetch: impl Fn(Option<Cancel>) -> Fut + 'static) -> Load<T>
where
    T: Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let (resource, seen) = load_erased(Box::new(move |cancel| {
        let answer = fetch(cancel);
        Box::pin(async move { answer.await.map(|value| Arc::new(value) as Erased) })
    }));
    Load { resource, seen, value: PhantomData }
}

/// [`load`] without its value type, so that its resource and memo are compiled once.
fn load_erased(
    fetch: Box<dyn Fn(Option<Cancel>) -> Request>,
) -> (LocalResource<Result<Erased, ApiError>>, Memo<Seen<Erased>>) {
    // Made while the resource's own owner is current: aborted when it re-runs or goes.
    let resource = LocalResource::new(move || fetch(Cancel::on_cleanup()));
    let seen = Memo::new_owning(move |seen| settle(seen, resource.get()));
    (resource, seen)
}

impl<T: Clone + Send + Sync + 'static> Load<T> {
    /// Tracked: `None` until the first answer (and after a cancelled one that came first),
    /// then the newest answer. While it reads again, the previous answer stays.
    pub fn get(self) -> Option<Result<T, ApiError>> {
        match self.seen.with(Seen::latest)? {
            Ok(value) => Some(Ok(typed::<T>(&value).clone())),
            Err(e) => Some(Err(e)),
        }
    }

    /// [`Load::get`] without its type and without copying the value (`<Loaded>` reads this).
    pub fn get_erased(self) -> Option<Result<Erased, ApiError>> {
        self.seen.with(Seen::latest)
    }

    /// Tracked: the newest value that loaded, kept while the next one loads and after an
    /// error.
    pub fn last_ok(self) -> Option<T> {
        self.seen.with(|s| s.last_ok.as_ref().map(|value| typed::<T>(value).clone()))
    }

    /// Tracked: `f` applied to the newest value that loaded, without copying it.
    pub fn with_last_ok<R>(self, f: impl FnOnce(Option<&T>) -> R) -> R {
        self.seen.with(|s| f(s.last_ok.as_ref().map(typed::<T>)))
    }

    /// Tracked: the newest answer's error, if it failed.
    pub fn error(self) -> Option<ApiError> {
        self.seen.with(|s| s.error.clone())
    }

    /// Reads again; what was shown stays until the new answer is in.
    pub fn refetch(self) {
        self.resource.refetch();
    }
}

/// Sends `read` after `delay` unless the current owner (an effect's run) is cleaned up
/// first; cleaning up also aborts a request on its way. `done` gets every answer that was
/// not cancelled.
pub fn debounced<T, Fut>(
    delay: Duration,
    read: impl FnOnce(Option<Cancel>) -> Fut + 'static,
    done: impl FnOnce(Result<T, ApiError>) + 'static,
) where
    T: 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let cancel = Cancel::on_cleanup();
    debounce(
        delay,
        Box::pin(async move {
            match read(cancel).await {
                Err(ApiError::Cancelled) => {}
                answer => done(answer),
            }
        }),
    );
}

/// Starts `task` after `delay` unless the current owner is cleaned up first; not generic,
/// so the timer's code is in the wasm once.
fn debounce(delay: Duration, task: Pin<Box<dyn Future<Output = ()>>>) {
    if let Ok(timer) = set_timeout_with_handle(move || spawn_local(task), delay) {
        on_cleanup(move || timer.clear());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seen(last_ok: Option<u32>, error: Option<ApiError>) -> Seen<u32> {
        Seen { last_ok, error }
    }

    #[test]
    fn nothing_in_yet_is_loading() {
        let (first, changed) = settle::<u32>(None, None);
        assert_eq!(first, seen(None, None));
        assert!(changed);
        assert_eq!(first.latest(), None);
    }

    #[test]
    fn a_cancelled_answer_is_still_loading() {
        let (s, changed) = settle::<u32>(None, Some(Err(ApiError::Cancelled)));
        assert_eq!(s.latest(), None);
        assert!(changed, "the first run always counts");
        let before = seen(Some(1), Some(ApiError::Network));
        let (s, changed) = settle(Some(before.clone()), Some(Err(ApiError::Cancelled)));
        assert_eq!(s, before);
        assert!(!changed);
    }

    #[test]
    fn an_error_keeps_the_last_value_and_a_value_clears_the_error() {
        let (s, _) = settle(None, Some(Ok(1)));
        assert_eq!(s.latest(), Some(Ok(1)));
        let (s, changed) = settle(Some(s), Some(Err(ApiError::Timeout)));
        assert!(changed);
        assert_eq!(s, seen(Some(1), Some(ApiError::Timeout)));
        assert_eq!(s.latest(), Some(Err(ApiError::Timeout)));
        let (s, _) = settle(Some(s), Some(Ok(2)));
        assert_eq!(s, seen(Some(2), None));
    }

    #[test]
    fn a_first_error_has_no_value_behind_it() {
        let (s, _) = settle::<u32>(None, Some(Err(ApiError::Decode)));
        assert_eq!(s, seen(None, Some(ApiError::Decode)));
    }

    #[test]
    fn both_shows_the_first_error_then_the_second_then_both_values() {
        let net = || Some(Err::<u32, _>(ApiError::Network));
        let timeout = || Some(Err::<u32, _>(ApiError::Timeout));
        assert_eq!(both(net(), timeout()), Some(Err(ApiError::Network)));
        assert_eq!(both(None::<Result<u32, _>>, timeout()), Some(Err(ApiError::Timeout)));
        assert_eq!(both(net(), None::<Result<u32, _>>), Some(Err(ApiError::Network)));
        assert_eq!(both(Some(Ok(1)), None::<Result<u32, _>>), None);
        assert_eq!(both(Some(Ok(1)), Some(Ok(2))), Some(Ok((1, 2))));
    }
}
