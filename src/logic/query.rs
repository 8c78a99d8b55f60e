//! The orders list's URL query as a type: parsed leniently (nonsense is corrected, never
//! fatal), rendered back to an href, and stepped by the pager. An optional tag filter rides
//! along (the API has none: the page filters gathered orders itself).

use crate::{logic::tag::filter_tag, models::OrderStatus};
use std::fmt;

/// Page sizes offered in the orders table.
pub const PAGE_SIZES: [u32; 4] = [10, 20, 50, 100];
/// The API's default page size.
pub const DEFAULT_LIMIT: u32 = 20;
/// The largest offset we accept from a URL (keeps arithmetic far from overflow).
const MAX_OFFSET: u32 = 1_000_000;

/// `/orders?status=…&offset=…&limit=…[&tag=…]`, always valid.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct OrdersQuery {
    /// Which orders.
    pub status: OrderStatus,
    /// Rows skipped.
    pub offset: u32,
    /// Rows per page, one of [`PAGE_SIZES`].
    pub limit: u32,
    /// Only orders with exactly this tag (trimmed, never empty); `None` = every order.
    pub tag: Option<String>,
}

impl Default for OrdersQuery {
    fn default() -> Self {
        OrdersQuery { status: OrderStatus::Active, offset: 0, limit: DEFAULT_LIMIT, tag: None }
    }
}

impl OrdersQuery {
    /// Builds a query from raw URL values, correcting what is out of range: an unknown
    /// status becomes `active`, a limit snaps to the nearest offered page size, a negative
    /// or unreadable offset becomes 0.
    pub fn from_raw(status: Option<&str>, offset: Option<&str>, limit: Option<&str>) -> Self {
        let status = status.and_then(OrderStatus::parse).unwrap_or_default();
        let limit = limit.and_then(|l| l.trim().parse::<i64>().ok()).map(snap_limit).unwrap_or(DEFAULT_LIMIT);
        let offset = offset
            .and_then(|o| o.trim().parse::<i64>().ok())
            .map(|o| o.clamp(0, MAX_OFFSET as i64) as u32)
            .unwrap_or(0);
        OrdersQuery { status, offset, limit, tag: None }
    }

    /// The same query filtered by `tag` (trimmed; blank, `none`, control characters or an
    /// over-long tag mean no filter), back on the first page.
    pub fn with_tag(self, tag: Option<&str>) -> Self {
        OrdersQuery { tag: filter_tag(tag), offset: 0, ..self }
    }

    /// The same query with the tag of a URL (read as [`with_tag`](Self::with_tag) does),
    /// keeping its page.
    pub fn with_raw_tag(self, tag: Option<&str>) -> Self {
        OrdersQuery { tag: filter_tag(tag), ..self }
    }

    /// The same query at another status, back on the first page.
    pub fn with_status(self, status: OrderStatus) -> Self {
        OrdersQuery { status, offset: 0, ..self }
    }

    /// The same query with another page size, back on the first page.
    pub fn with_limit(self, limit: u32) -> Self {
        OrdersQuery { limit: snap_limit(limit as i64), offset: 0, ..self }
    }

    /// The same query at another offset.
    pub fn with_offset(self, offset: u32) -> Self {
        OrdersQuery { offset: offset.min(MAX_OFFSET), ..self }
    }

    /// The first page.
    pub fn first_page(self) -> Self {
        self.with_offset(0)
    }

    /// 1-based page number for display.
    pub fn page_number(&self) -> u32 {
        self.offset / self.limit + 1
    }

    /// The query of `GET /user/api/orders` for this query, unencoded (without the tag: the
    /// API cannot filter by it).
    pub fn api_query(&self) -> Vec<(&'static str, String)> {
        vec![
            ("status", self.status.as_str().to_string()),
            ("offset", self.offset.to_string()),
            ("limit", self.limit.to_string()),
        ]
    }
}

impl fmt::Display for OrdersQuery {
    /// The app's href: `/orders?status=active&offset=0&limit=20`, then `&tag=…` (encoded)
    /// when filtered by a tag.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "/orders?status={}&offset={}&limit={}", self.status.as_str(), self.offset, self.limit)?;
        match &self.tag {
            Some(tag) => write!(f, "&tag={}", encode_component(tag)),
            None => Ok(()),
        }
    }
}

/// Percent-encodes a query value: everything but ASCII letters, digits and `-._~`.
pub fn encode_component(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for byte in raw.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn snap_limit(l: i64) -> u32 {
    PAGE_SIZES.into_iter().min_by_key(|size| (*size as i64).abs_diff(l)).unwrap_or(DEFAULT_LIMIT)
}

/// Reads `offset` from a `prev`/`next` URI such as `/user/api/orders?status=all&offset=20&limit=20`.
pub fn offset_of_link(link: &str) -> Option<u32> {
    let query = link.split_once('?')?.1;
    query.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == "offset").then(|| v.parse::<u32>().ok())?
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonsense_is_corrected() {
        let q = OrdersQuery::from_raw(Some("x"), Some("-3"), Some("5000"));
        assert_eq!(q, OrdersQuery { status: OrderStatus::Active, offset: 0, limit: 100, tag: None });
        let q = OrdersQuery::from_raw(Some("ON-HOLD"), Some("abc"), Some("7"));
        assert_eq!(q, OrdersQuery { status: OrderStatus::OnHold, offset: 0, limit: 10, tag: None });
        let q = OrdersQuery::from_raw(None, Some("99999999999"), None);
        assert_eq!(q.offset, 1_000_000);
        assert_eq!(q.limit, 20);
    }

    #[test]
    fn renders_and_steps() {
        let q = OrdersQuery::from_raw(Some("all"), Some("20"), Some("20"));
        assert_eq!(q.to_string(), "/orders?status=all&offset=20&limit=20");
        let pairs = |list: &[(&'static str, &str)]| list.iter().map(|(k, v)| (*k, v.to_string())).collect::<Vec<_>>();
        assert_eq!(q.api_query(), pairs(&[("status", "all"), ("offset", "20"), ("limit", "20")]));
        assert_eq!(q.page_number(), 2);
        assert_eq!(q.clone().with_status(OrderStatus::Cancelled).offset, 0);
        assert_eq!(q.clone().with_limit(50), OrdersQuery { status: OrderStatus::All, offset: 0, limit: 50, tag: None });
    }

    #[test]
    fn a_tag_rides_along_encoded_and_never_reaches_the_api() {
        let q = OrdersQuery::from_raw(Some("all"), Some("40"), Some("20")).with_tag(Some(" eu-scraping "));
        assert_eq!(q.offset, 0, "a new filter starts on the first page");
        assert_eq!(q.to_string(), "/orders?status=all&offset=0&limit=20&tag=eu-scraping");
        assert!(q.api_query().iter().all(|(k, _)| *k != "tag"));
        let q = q.with_offset(20).with_status(OrderStatus::Active);
        assert_eq!(q.to_string(), "/orders?status=active&offset=0&limit=20&tag=eu-scraping");
        let hostile = q.clone().with_tag(Some("<img src=x>&tag=1 ü"));
        assert_eq!(
            hostile.to_string(),
            "/orders?status=active&offset=0&limit=20&tag=%3Cimg%20src%3Dx%3E%26tag%3D1%20%C3%BC"
        );
        for blank in [None, Some(""), Some("  "), Some("none"), Some("a\nb")] {
            assert_eq!(q.clone().with_tag(blank).tag, None, "{blank:?}");
        }
        assert_eq!(q.clone().with_tag(Some(&"x".repeat(101))).tag, None);
        assert_eq!(q.clone().with_tag(None).to_string(), "/orders?status=active&offset=0&limit=20");
        let from_url = OrdersQuery::from_raw(Some("all"), Some("20"), None).with_raw_tag(Some("eu-scraping"));
        assert_eq!(from_url.to_string(), "/orders?status=all&offset=20&limit=20&tag=eu-scraping");
    }

    #[test]
    fn reads_offsets_of_links() {
        assert_eq!(offset_of_link("/user/api/orders?status=all&offset=40&limit=20"), Some(40));
        assert_eq!(offset_of_link("https://x/y?offset=0"), Some(0));
        assert_eq!(offset_of_link("/user/api/orders"), None);
        assert_eq!(offset_of_link("/o?offset=-1"), None);
    }
}
