//! The live price, one way for every price that follows what the customer types or picks
//! (the buy page, GB added on the residential page, p0f slots, a new billing cycle): the
//! price is asked for a moment after the last change, the previous request is aborted, and
//! every answer is kept with the input it prices and tagged with the number of the change
//! it was asked for, so an answer for older input never stands in for the current one.
//!
//! ```ignore
//! let quote = LiveQuote::new(qty, DEBOUNCE, move |q, cancel| api::addons::calculate(id, q, cancel));
//! quote.current(); // the price of exactly the quantity now typed, once it is in
//! ```

use crate::{
    api::{self, client::Cancel, load, ApiError},
    logic::purchase::PurchaseRequest,
    models::Quote,
};
use leptos::prelude::*;
use std::{future::Future, time::Duration};

/// How long typed input must stay unchanged before the price is asked for.
pub const DEBOUNCE: Duration = Duration::from_millis(300);

/// One answer and the input it answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer<Q, A> {
    /// The exact input that was priced.
    pub input: Q,
    /// The price, or why there is none (put into words when shown, in the language of
    /// that moment).
    pub result: Result<A, ApiError>,
}

impl<Q: PartialEq, A: Clone> Answer<Q, A> {
    /// The answer, if it prices exactly `input`.
    pub fn for_input(&self, input: &Q) -> Option<Result<A, ApiError>> {
        (self.input == *input).then(|| self.result.clone())
    }
}

/// Whether an answer that just arrived may be kept: it was asked for change number `asked`
/// while that is still the latest change (`latest`, `None` once the owner is gone).
/// Anything else is stale and dropped (a cancelled request never arrives: see
/// [`load::debounced`]).
pub fn is_fresh(asked: u64, latest: Option<u64>) -> bool {
    latest == Some(asked)
}

/// The price of an input that changes: `Q` is what is priced (a purchase request, a
/// quantity), `A` the answer (a quote). Cheap to copy.
pub struct LiveQuote<Q: Send + Sync + 'static, A: Send + Sync + 'static> {
    input: Memo<Option<Q>>,
    answer: RwSignal<Option<Answer<Q, A>>>,
    /// Bumped by [`LiveQuote::retry`].
    retries: RwSignal<u32>,
}

impl<Q: Send + Sync + 'static, A: Send + Sync + 'static> Clone for LiveQuote<Q, A> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<Q: Send + Sync + 'static, A: Send + Sync + 'static> Copy for LiveQuote<Q, A> {}

impl<Q, A> LiveQuote<Q, A>
where
    Q: Clone + PartialEq + Send + Sync + 'static,
    A: Clone + Send + Sync + 'static,
{
    /// Starts pricing `input` (`None` while it is invalid: nothing is sent then) with `ask`,
    /// `wait` after each change (a select needs no wait, typing does: [`DEBOUNCE`]). Pending
    /// work is cancelled when the input changes and when the owner goes away.
    pub fn new<Fut>(
        input: Memo<Option<Q>>,
        wait: Duration,
        ask: impl Fn(Q, Option<Cancel>) -> Fut + Copy + 'static,
    ) -> Self
    where
        Fut: Future<Output = Result<A, ApiError>> + 'static,
    {
        let seq = StoredValue::new(0_u64);
        let answer = RwSignal::new(None::<Answer<Q, A>>);
        let retries = RwSignal::new(0_u32);
        Effect::new(move |_| {
            retries.track();
            // Every change of input gets a new number; older answers no longer count.
            let n = seq.get_value() + 1;
            seq.set_value(n);
            let Some(input) = input.get() else { return };
            // Aborted when this effect re-runs (newer input) or is disposed (page left).
            let asked = input.clone();
            load::debounced(
                wait,
                move |cancel| ask(asked, cancel),
                move |result| {
                    if is_fresh(n, seq.try_get_value()) {
                        answer.try_set(Some(Answer { input, result }));
                    }
                },
            );
        });
        LiveQuote { input, answer, retries }
    }

    /// The answer for exactly the current input, if it is in (tracked).
    pub fn current(self) -> Option<Result<A, ApiError>> {
        self.input.with(|input| self.answer.with(|a| a.as_ref()?.for_input(input.as_ref()?)))
    }

    /// The price to show: the latest answer while the input is valid, even if a newer one
    /// is still coming ([`LiveQuote::loading`] says so); `None` while the input is invalid.
    pub fn shown(self) -> Option<Result<A, ApiError>> {
        if self.input.with(Option::is_none) {
            return None;
        }
        self.answer.with(|a| a.as_ref().map(|a| a.result.clone()))
    }

    /// True while the input is valid and its price is not in yet (tracked).
    pub fn loading(self) -> bool {
        self.input.with(Option::is_some) && self.current().is_none()
    }

    /// Asks again for the current input (after a failure the customer wants to retry); the
    /// answer in hand stays shown until the new one is in.
    pub fn retry(self) {
        self.retries.update(|n| *n += 1);
    }
}

impl LiveQuote<PurchaseRequest, Quote> {
    /// The price of a purchase request from `GET /orders/calculate`, asked for a moment after
    /// the last keystroke (the buy page, GB added to a residential order).
    pub fn purchase(request: Memo<Option<PurchaseRequest>>) -> Self {
        LiveQuote::new(
            request,
            DEBOUNCE,
            |request, cancel| async move { api::orders::calculate(&request, cancel).await },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_answer_to_the_latest_change_is_kept() {
        assert!(is_fresh(3, Some(3)));
        assert!(!is_fresh(2, Some(3)), "asked before the input changed again");
        assert!(!is_fresh(3, None), "the page is gone");
    }

    #[test]
    fn an_answer_counts_only_for_the_input_it_prices() {
        let answer = Answer { input: 10_u32, result: Ok::<_, ApiError>(1500_i64) };
        assert_eq!(answer.for_input(&10), Some(Ok(1500)));
        assert_eq!(answer.for_input(&11), None);
    }
}
