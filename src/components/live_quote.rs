//! The live price: `GET /orders/calculate` for the form's current request, sent ~300 ms
//! after the last change, the previous request aborted, and every answer tagged with the
//! sequence number of the input it is for, so an answer for older input never replaces the
//! answer for newer input.

use crate::{
    api::{self, load, ApiError},
    logic::purchase::PurchaseRequest,
    models::Quote,
};
use leptos::prelude::*;
use std::time::Duration;

/// How long the input must stay unchanged before the price is asked for.
pub const DEBOUNCE: Duration = Duration::from_millis(300);

/// One answer of calculate and the input it answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Answer {
    /// The exact request that was priced.
    pub request: PurchaseRequest,
    /// The price, or why there is none (put into words when shown, in the language of
    /// that moment).
    pub result: Result<Quote, ApiError>,
}

/// The price of a form that changes; cheap to copy.
#[derive(Clone, Copy)]
pub struct LiveQuote {
    request: Memo<Option<PurchaseRequest>>,
    answer: RwSignal<Option<Answer>>,
}

impl LiveQuote {
    /// Starts pricing `request` (`None` while the form is invalid: nothing is sent then).
    /// Pending work is cancelled when the input changes and when the owner goes away.
    pub fn new(request: Memo<Option<PurchaseRequest>>) -> LiveQuote {
        let seq = StoredValue::new(0_u64);
        let answer = RwSignal::new(None::<Answer>);
        Effect::new(move |_| {
            // Every change of input gets a new number; older answers no longer count.
            let n = seq.get_value() + 1;
            seq.set_value(n);
            let Some(request) = request.get() else { return };
            // Aborted when this effect re-runs (newer input) or is disposed (page left).
            let asked = request.clone();
            load::debounced(
                DEBOUNCE,
                move |cancel| async move { api::orders::calculate(&asked, cancel).await },
                move |result| {
                    if seq.try_get_value() != Some(n) {
                        return; // stale: the input changed while this was on its way
                    }
                    answer.try_set(Some(Answer { request, result }));
                },
            );
        });
        LiveQuote { request, answer }
    }

    /// The answer for exactly the current request, if it is in (tracked).
    pub fn current(self) -> Option<Result<Quote, ApiError>> {
        self.request.with(|request| {
            let request = request.as_ref()?;
            self.answer.with(|a| a.as_ref().filter(|a| a.request == *request).map(|a| a.result.clone()))
        })
    }

    /// The price to show: the latest answer while the input is valid, even if a newer one
    /// is still coming ([`LiveQuote::loading`] says so); `None` while the input is invalid.
    pub fn shown(self) -> Option<Result<Quote, ApiError>> {
        if self.request.with(Option::is_none) {
            return None;
        }
        self.answer.with(|a| a.as_ref().map(|a| a.result.clone()))
    }

    /// True while the input is valid and its price is not in yet (tracked).
    pub fn loading(self) -> bool {
        self.request.with(Option::is_some) && self.current().is_none()
    }
}
