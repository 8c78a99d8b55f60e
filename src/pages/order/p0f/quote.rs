//! The live price of buying slots: `addons/calculate` for the quantity typed, sent ~300 ms
//! after the last change, the previous request aborted, and each answer kept with the
//! quantity it prices, so a price for another quantity is never shown (as the buy page's
//! `LiveQuote`).

use crate::{
    api::{self, load, ApiError},
    components::live_quote::DEBOUNCE,
    models::AddonCalc,
};
use leptos::prelude::*;

/// The price of buying `qty` more slots; cheap to copy.
#[derive(Clone, Copy)]
pub struct AddonQuote {
    qty: Memo<Option<u32>>,
    answer: RwSignal<Option<(u32, Result<AddonCalc, ApiError>)>>,
}

impl AddonQuote {
    /// Starts pricing `qty` for order `id` (`None` while the field is invalid: nothing sent).
    pub fn new(id: i64, qty: Memo<Option<u32>>) -> AddonQuote {
        let seq = StoredValue::new(0_u64);
        let answer = RwSignal::new(None);
        Effect::new(move |_| {
            let n = seq.get_value() + 1;
            seq.set_value(n);
            let Some(q) = qty.get() else { return };
            load::debounced(
                DEBOUNCE,
                move |cancel| api::addons::calculate(id, q, cancel),
                move |result| {
                    if seq.try_get_value() != Some(n) {
                        return; // stale: the quantity changed while this was on its way
                    }
                    answer.try_set(Some((q, result)));
                },
            );
        });
        AddonQuote { qty, answer }
    }

    /// The answer for exactly the current quantity, if it is in (tracked).
    pub fn current(self) -> Option<Result<AddonCalc, ApiError>> {
        let q = self.qty.get()?;
        self.answer.with(|a| a.as_ref().filter(|(aq, _)| *aq == q).map(|(_, r)| r.clone()))
    }
}
