//! The orders table's rows written as one HTML string, which the browser parses in one
//! go: a view per cell would cost one call from wasm to the browser per element,
//! attribute and text, about 1,700 of them for 100 rows (docs/BENCHMARKS.md, "Render").
//! Every text is escaped (`logic::html::escape`): tags and names come from the API.
//!
//! Each row: a checkbox for the bulk actions (its `data-index` is the row's place, which
//! the table's one click listener reads), the order id as a link to its page, product,
//! cycle, expiry (and how soon, coloured by urgency), auto-renewal, and the tag as a link
//! to the orders with that tag. Each cell carries its column's name in `data-label`, which
//! phones show when rows become cards.

use crate::{
    components::labels,
    i18n::intl::{date, relative},
    logic::{
        dates::{parse_rfc3339, Urgency},
        html::{escape, escape_into},
        query::OrdersQuery,
        tag::shown_tag,
        text::fill,
    },
    models::OrderSummary,
};
use std::fmt::Write;

/// The column names in the current language, read once per table.
pub struct Columns {
    pub order: &'static str,
    pub product: &'static str,
    pub cycle: &'static str,
    pub expires: &'static str,
    pub auto_renewal: &'static str,
    pub tag: &'static str,
}

impl Columns {
    /// The names in the current language (reading it subscribes the caller to it).
    pub fn current() -> Columns {
        Columns {
            order: tr!(common.order),
            product: tr!(common.product),
            cycle: tr!(common.cycle),
            expires: tr!(common.expires),
            auto_renewal: tr!(common.auto_renewal),
            tag: tr!(common.tag),
        }
    }
}

/// The `<tr>` rows of `orders`, `now` in milliseconds since the epoch; `query` is the
/// list's query, which the tag links keep. The texts every row shares (column names,
/// templates) are read once; the string is built by appending, with no formatting
/// machinery but for the numbers.
pub fn rows(orders: &[OrderSummary], columns: &Columns, query: &OrdersQuery, now: i64) -> String {
    let labels =
        [columns.order, columns.product, columns.cycle, columns.expires, columns.auto_renewal, columns.tag].map(escape);
    let [order, product, cycle, expires, auto, tag] = &labels;
    let never = escape(tr!(common.never));
    let (select_order, tagged) = (tr!(bulk.select_order), tr!(orders.tagged_label));
    let mut o = String::with_capacity(orders.len() * 900);
    for (index, row) in orders.iter().enumerate() {
        let id = row.order_id;
        let expiry_ms = row.expires_at.as_deref().and_then(parse_rfc3339);
        let urgency = Urgency::of(expiry_ms, now).as_str();
        push(&mut o, &[r#"<tr data-test="order-row" class="urgency-"#, urgency]);
        let _ = write!(
            o,
            r#""><td class="select-cell"><input type="checkbox" data-test="order-select" data-index="{index}" aria-label=""#
        );
        escape_into(&mut o, &fill(select_order, &[("id", &id)]));
        push(&mut o, &[r#""></td><td data-label=""#, order]);
        let _ = write!(o, r#"" data-test="order-id"><a href="/orders/{id}">#{id}</a></td>"#);
        push(&mut o, &[r#"<td data-label=""#, product, r#"">"#]);
        escape_into(&mut o, row.product_name.as_str());
        push(&mut o, &[r#"</td><td data-label=""#, cycle, r#"">"#]);
        escape_into(&mut o, &row.cycle_name);
        push(&mut o, &[r#"</td><td data-label=""#, expires, r#"">"#]);
        match (expiry_ms, row.expires_at.as_deref()) {
            (Some(ms), _) => {
                o.push_str("<span>");
                escape_into(&mut o, &date(ms));
                push(&mut o, &[r#"</span> <span class="rel "#, urgency, r#"">"#]);
                escape_into(&mut o, &relative(ms, now));
                o.push_str("</span>");
            }
            // A date the app cannot read is shown as the server wrote it.
            (None, Some(raw)) => {
                o.push_str("<span>");
                escape_into(&mut o, raw);
                o.push_str("</span>");
            }
            (None, None) => push(&mut o, &[r#"<span class="muted">"#, &never, "</span>"]),
        }
        push(&mut o, &[r#"</td><td data-label=""#, auto, r#"">"#]);
        escape_into(&mut o, labels::auto_renewal(row.auto_renewal).unwrap_or("—"));
        push(&mut o, &[r#"</td><td data-label=""#, tag, r#"" class="tag">"#]);
        if let Some(shown) = shown_tag(row.tag.as_deref()) {
            o.push_str(r#"<a href=""#);
            escape_into(&mut o, &query.clone().with_tag(Some(shown)).to_string());
            o.push_str(r#"" aria-label=""#);
            escape_into(&mut o, &fill(tagged, &[("tag", &shown)]));
            o.push_str(r#"">"#);
            escape_into(&mut o, shown);
            o.push_str("</a>");
        }
        o.push_str("</td></tr>");
    }
    o
}

/// Appends each of `parts` to `o`.
fn push(o: &mut String, parts: &[&str]) {
    for part in parts {
        o.push_str(part);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_escaped_and_links_keep_the_list() {
        let orders = [
            OrderSummary::sample(7, Some("<b>\"x\"</b>"), Some("2026-12-10T00:00:00Z")),
            OrderSummary::sample(8, None, Some("soon")),
            OrderSummary::sample(9, Some("none"), None),
        ];
        let now = parse_rfc3339("2026-12-04T00:00:00Z").expect("a date");
        let html = rows(&orders, &Columns::current(), &OrdersQuery::default(), now);
        assert_eq!(html.matches(r#"data-test="order-row""#).count(), 3);
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.contains(">&lt;b&gt;&quot;x&quot;&lt;/b&gt;</a>"), "{html}");
        assert!(html.contains(r#"<a href="/orders/7">#7</a>"#));
        assert!(html.contains(r#"href="/orders?status=active&amp;offset=0&amp;limit=20&amp;tag="#), "{html}");
        assert!(html.contains(r#"data-index="2""#));
        // A date the app cannot read is shown as written; none at all is "Never".
        assert!(html.contains("<span>soon</span>"));
        assert!(html.contains(r#"<span class="muted">Never</span>"#), "{html}");
        // "none" is no tag.
        assert_eq!(html.matches(r#"class="tag"><a"#).count(), 1);
    }
}
