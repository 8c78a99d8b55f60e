//! Finding orders by what the customer types: the quick jump's reading of its input (an
//! order number or part of a tag) and the orders and tags that match; and the orders
//! list's tag filter.
//!
//! Pure and host-tested.

use crate::{logic::tag::shown_tag, models::OrderSummary};

/// What the quick jump makes of its input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Jump {
    /// Nothing typed yet.
    Empty,
    /// An order number (`1001` or `#1001`).
    Order(i64),
    /// Text to look for in tags.
    Text(String),
}

/// Reads the quick jump's input.
pub fn parse_jump(input: &str) -> Jump {
    let text = input.trim();
    let digits = text.strip_prefix('#').unwrap_or(text).trim();
    if text.is_empty() {
        return Jump::Empty;
    }
    if !digits.is_empty() && digits.len() <= 18 && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Some(id) = digits.parse::<i64>().ok().filter(|id| *id > 0) {
            return Jump::Order(id);
        }
    }
    Jump::Text(text.to_string())
}

/// The distinct tags containing `text` (case-insensitive), in first-seen order.
pub fn tags_matching(orders: &[OrderSummary], text: &str) -> Vec<String> {
    let needle = text.trim().to_lowercase();
    let mut out: Vec<String> = Vec::new();
    for tag in orders.iter().filter_map(|o| shown_tag(o.tag.as_deref())) {
        if tag.to_lowercase().contains(&needle) && !out.iter().any(|t| t == tag) {
            out.push(tag.to_string());
        }
    }
    out
}

/// The orders whose tag contains `text` (case-insensitive), in the given order.
pub fn orders_matching(orders: &[OrderSummary], text: &str) -> Vec<OrderSummary> {
    let needle = text.trim().to_lowercase();
    if needle.is_empty() {
        return Vec::new();
    }
    orders
        .iter()
        .filter(|o| shown_tag(o.tag.as_deref()).is_some_and(|t| t.to_lowercase().contains(&needle)))
        .cloned()
        .collect()
}

/// The orders tagged exactly `tag` (after trimming), in the given order.
pub fn orders_tagged(orders: &[OrderSummary], tag: &str) -> Vec<OrderSummary> {
    let tag = tag.trim();
    orders.iter().filter(|o| shown_tag(o.tag.as_deref()) == Some(tag)).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::models::OrderSummary as Order;

    fn summary(id: i64, tag: Option<&str>, expires: Option<&str>) -> Order {
        Order::sample(id, tag, expires)
    }

    #[test]
    fn the_quick_jump_reads_numbers_and_text() {
        assert_eq!(parse_jump("  "), Jump::Empty);
        assert_eq!(parse_jump("1001"), Jump::Order(1001));
        assert_eq!(parse_jump(" #1007 "), Jump::Order(1007));
        assert_eq!(parse_jump("0"), Jump::Text("0".into()));
        assert_eq!(parse_jump("99999999999999999999"), Jump::Text("99999999999999999999".into()));
        assert_eq!(parse_jump("eu-scr"), Jump::Text("eu-scr".into()));
    }

    #[test]
    fn tags_match_case_insensitively() {
        let orders = [
            summary(1, Some("eu-scraping"), None),
            summary(2, Some("none"), None),
            summary(3, Some("EU-Scraping"), None),
            summary(4, Some("seo"), None),
            summary(5, Some("eu-scraping"), None),
            summary(6, None, None),
        ];
        assert_eq!(tags_matching(&orders, "SCRAP"), vec!["eu-scraping".to_string(), "EU-Scraping".to_string()]);
        assert!(tags_matching(&orders, "none").is_empty());
        let ids = |v: Vec<OrderSummary>| v.into_iter().map(|o| o.order_id).collect::<Vec<_>>();
        assert_eq!(ids(orders_matching(&orders, "eu")), vec![1, 3, 5]);
        assert!(orders_matching(&orders, " ").is_empty());
        assert_eq!(ids(orders_tagged(&orders, " eu-scraping ")), vec![1, 5]);
    }
}
