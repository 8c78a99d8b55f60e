//! A purchase field's problem ([`FieldProblem`], from `logic::purchase`) in the current
//! language: the buy form and the residential page's "add GB" use the same sentences.

use crate::logic::purchase::FieldProblem;

/// A field's problem in the current language.
pub fn problem_text(problem: FieldProblem) -> &'static str {
    match problem {
        FieldProblem::NoProduct => tr!(buy.choose_product),
        FieldProblem::NoLocation => tr!(buy.choose_location_error),
        FieldProblem::NoCycle => tr!(buy.choose_cycle),
        FieldProblem::QuantityMissing => tr!(buy.qty_missing),
        FieldProblem::QuantityNotWhole => tr!(buy.qty_whole),
        FieldProblem::QuantityTooSmall => tr!(buy.qty_min),
        FieldProblem::QuantityTooLarge => tr!(buy.qty_max),
        FieldProblem::PromoTooLong => tr!(buy.promo_long),
        FieldProblem::PromoChars => tr!(buy.promo_chars),
        FieldProblem::SlotsNotWhole => tr!(buy.slots_whole),
        FieldProblem::SlotsTooMany => tr!(buy.slots_too_many),
    }
}
