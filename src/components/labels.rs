//! Small labels that several views show alike, written once.

use crate::logic::tag::{TagProblem, MAX_TAG_CHARS};

/// An order's auto-renewal as people read it: "On" or "Off" in the current language, `None`
/// when the server does not say (the caller picks what stands for that: a dash in tables, a
/// sentence on the order page).
pub fn auto_renewal(flag: Option<bool>) -> Option<&'static str> {
    flag.map(|on| if on { tr!(common.on) } else { tr!(common.off) })
}

/// What is wrong with a typed tag, in the current language (the order page's tag editor
/// and the orders page's bulk tag).
pub fn tag_problem(problem: TagProblem) -> String {
    match problem {
        TagProblem::Control => tr!(order.tag_control).to_string(),
        TagProblem::TooLong { count } => trf!(order.tag_long, max = MAX_TAG_CHARS, count = count),
    }
}

/// Order ids as a list for a sentence or a note: `#1003, #1004`.
pub fn order_ids(ids: &[i64]) -> String {
    ids.iter().map(|id| format!("#{id}")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn on_off_or_unknown() {
        assert_eq!(auto_renewal(Some(true)), Some("On"));
        assert_eq!(auto_renewal(Some(false)), Some("Off"));
        assert_eq!(auto_renewal(None), None);
    }

    #[test]
    fn order_ids_read_as_a_list() {
        assert_eq!(order_ids(&[1003, 1004]), "#1003, #1004");
        assert_eq!(order_ids(&[]), "");
    }
}
