//! A page's first read sent ahead of the page's code: when the router starts loading a
//! page's chunk (`LazyRoute::data`, `src/pages/lazy/mod.rs`), the read that page will make
//! first is sent at once, so its answer and the chunk arrive together instead of one after
//! the other. The page's own read (any GET through the request function) takes it, once,
//! when it asks for the same path and query soon after; every other read asks the API.
//! The read sent ahead is tried once (its code stays small, in the main module): when it
//! ends in an error worth another try (network, time limit, 429), the page's read
//! is sent as if nothing had gone ahead, with its retries.
//!
//! This module only holds the read and hands it over; the request function sends it
//! (`client::send_ahead`) and takes it (`client::get_body`), so it imports nothing of theirs.

use super::error::ApiError;
use std::{
    cell::RefCell,
    future::poll_fn,
    rc::Rc,
    task::{Poll, Waker},
};

/// How long a read sent ahead waits for its page (milliseconds): a chunk on a slow line
/// takes a few seconds; an answer older than this is not taken, so no page shows it.
const FRESH_MS: f64 = 5_000.0;

/// A read sent ahead: waiting for its answer, or answered.
enum State {
    Waiting(Vec<Waker>),
    Answered(Result<String, ApiError>),
}

/// The one read sent ahead, with what it asked for and when.
struct Ahead {
    path: &'static str,
    query: Vec<(&'static str, String)>,
    sent_at: f64,
    state: Rc<RefCell<State>>,
}

impl Ahead {
    /// Whether this is the read of `path?query`.
    fn is_for(&self, path: &str, query: &[(&str, String)]) -> bool {
        self.path == path && self.query == query
    }
}

thread_local! {
    static AHEAD: RefCell<Option<Ahead>> = const { RefCell::new(None) };
}

/// Where the answer of a read sent ahead goes, once it is in ([`hold`]).
pub(super) struct Answer(Rc<RefCell<State>>);

impl Answer {
    /// Hands the answer to the page's read, now or when it comes to [`take`] it.
    pub(super) fn give(self, answer: Result<String, ApiError>) {
        let before = std::mem::replace(&mut *self.0.borrow_mut(), State::Answered(answer));
        if let State::Waiting(wakers) = before {
            wakers.into_iter().for_each(Waker::wake);
        }
    }
}

/// Holds the read of `path?query` being sent now, for the page about to be shown
/// (replacing any read sent ahead before it, taken or not).
pub(super) fn hold(path: &'static str, query: &[(&'static str, String)]) -> Answer {
    let state = Rc::new(RefCell::new(State::Waiting(Vec::new())));
    let ahead = Ahead { path, query: query.to_vec(), sent_at: js_sys::Date::now(), state: state.clone() };
    AHEAD.with(|slot| *slot.borrow_mut() = Some(ahead));
    Answer(state)
}

/// The answer of the read sent ahead for `path?query`, if there is a fresh one not yet
/// taken (it is then gone) and it is not an error worth another try; `None` otherwise.
pub(super) async fn take(path: &str, query: &[(&str, String)]) -> Option<Result<String, ApiError>> {
    let state = AHEAD.with(|slot| {
        let mut slot = slot.borrow_mut();
        let fresh = slot.as_ref().is_some_and(|a| a.is_for(path, query) && js_sys::Date::now() - a.sent_at < FRESH_MS);
        fresh.then(|| slot.take()).flatten().map(|a| a.state)
    })?;
    let answer = poll_fn(move |cx| match &mut *state.borrow_mut() {
        State::Answered(answer) => Poll::Ready(answer.clone()),
        State::Waiting(wakers) => {
            wakers.push(cx.waker().clone());
            Poll::Pending
        }
    })
    .await;
    match answer {
        Err(e) if e.is_transient() => None,
        answer => Some(answer),
    }
}

#[cfg(test)]
mod tests {
    use super::{Ahead, State};
    use std::{cell::RefCell, rc::Rc};

    #[test]
    fn reads_are_told_apart() {
        let q = |offset: &str| vec![("status", "active".to_string()), ("offset", offset.to_string())];
        let state = Rc::new(RefCell::new(State::Waiting(Vec::new())));
        let ahead = Ahead { path: "/user/api/orders", query: q("0"), sent_at: 0.0, state };
        assert!(ahead.is_for("/user/api/orders", &q("0")));
        assert!(!ahead.is_for("/user/api/orders", &q("10")));
        assert!(!ahead.is_for("/user/api/proxies", &q("0")));
    }
}
