//! The orders list's URL query as a type: parsed leniently (nonsense is corrected, never
//! fatal), rendered back to an href, and stepped by the pager.

use std::fmt;

/// Order status filter of `GET /user/api/orders`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatusFilter {
    /// Active orders (the default view).
    #[default]
    Active,
    /// Unpaid orders waiting for renewal.
    OnHold,
    /// Cancelled orders.
    Cancelled,
    /// Everything.
    All,
}

impl StatusFilter {
    /// Every filter, in tab order.
    pub const ALL: [StatusFilter; 4] =
        [StatusFilter::Active, StatusFilter::OnHold, StatusFilter::Cancelled, StatusFilter::All];

    /// The API's value.
    pub fn as_str(self) -> &'static str {
        match self {
            StatusFilter::Active => "active",
            StatusFilter::OnHold => "on-hold",
            StatusFilter::Cancelled => "cancelled",
            StatusFilter::All => "all",
        }
    }

    /// The tab label.
    pub fn label(self) -> &'static str {
        match self {
            StatusFilter::Active => "Active",
            StatusFilter::OnHold => "On hold",
            StatusFilter::Cancelled => "Cancelled",
            StatusFilter::All => "All",
        }
    }

    /// Parses the API's value; anything else is `None`.
    pub fn parse(s: &str) -> Option<StatusFilter> {
        StatusFilter::ALL.into_iter().find(|f| f.as_str().eq_ignore_ascii_case(s.trim()))
    }
}

/// Page sizes offered in the orders table.
pub const PAGE_SIZES: [u32; 4] = [10, 20, 50, 100];
/// The API's default page size.
pub const DEFAULT_LIMIT: u32 = 20;
/// The largest offset we accept from a URL (keeps arithmetic far from overflow).
const MAX_OFFSET: u32 = 1_000_000;

/// `/orders?status=…&offset=…&limit=…`, always valid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OrdersQuery {
    /// Which orders.
    pub status: StatusFilter,
    /// Rows skipped.
    pub offset: u32,
    /// Rows per page, one of [`PAGE_SIZES`].
    pub limit: u32,
}

impl Default for OrdersQuery {
    fn default() -> Self {
        OrdersQuery { status: StatusFilter::Active, offset: 0, limit: DEFAULT_LIMIT }
    }
}

impl OrdersQuery {
    /// Builds a query from raw URL values, correcting what is out of range: an unknown
    /// status becomes `active`, a limit snaps to the nearest offered page size, a negative
    /// or unreadable offset becomes 0.
    pub fn from_raw(status: Option<&str>, offset: Option<&str>, limit: Option<&str>) -> Self {
        let status = status.and_then(StatusFilter::parse).unwrap_or_default();
        let limit = limit
            .and_then(|l| l.trim().parse::<i64>().ok())
            .map(snap_limit)
            .unwrap_or(DEFAULT_LIMIT);
        let offset = offset
            .and_then(|o| o.trim().parse::<i64>().ok())
            .map(|o| o.clamp(0, MAX_OFFSET as i64) as u32)
            .unwrap_or(0);
        OrdersQuery { status, offset, limit }
    }

    /// The same query at another status, back on the first page.
    pub fn with_status(self, status: StatusFilter) -> Self {
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
    pub fn page_number(self) -> u32 {
        self.offset / self.limit + 1
    }

    /// The API path for this query.
    pub fn api_path(self) -> String {
        format!("/user/api/orders?status={}&offset={}&limit={}", self.status.as_str(), self.offset, self.limit)
    }
}

impl fmt::Display for OrdersQuery {
    /// The app's href: `/orders?status=active&offset=0&limit=20`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "/orders?status={}&offset={}&limit={}", self.status.as_str(), self.offset, self.limit)
    }
}

fn snap_limit(l: i64) -> u32 {
    PAGE_SIZES
        .into_iter()
        .min_by_key(|size| (*size as i64 - l).abs())
        .unwrap_or(DEFAULT_LIMIT)
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
        assert_eq!(q, OrdersQuery { status: StatusFilter::Active, offset: 0, limit: 100 });
        let q = OrdersQuery::from_raw(Some("ON-HOLD"), Some("abc"), Some("7"));
        assert_eq!(q, OrdersQuery { status: StatusFilter::OnHold, offset: 0, limit: 10 });
        let q = OrdersQuery::from_raw(None, Some("99999999999"), None);
        assert_eq!(q.offset, 1_000_000);
        assert_eq!(q.limit, 20);
    }

    #[test]
    fn renders_and_steps() {
        let q = OrdersQuery::from_raw(Some("all"), Some("20"), Some("20"));
        assert_eq!(q.to_string(), "/orders?status=all&offset=20&limit=20");
        assert_eq!(q.api_path(), "/user/api/orders?status=all&offset=20&limit=20");
        assert_eq!(q.page_number(), 2);
        assert_eq!(q.with_status(StatusFilter::Cancelled).offset, 0);
        assert_eq!(q.with_limit(50), OrdersQuery { status: StatusFilter::All, offset: 0, limit: 50 });
    }

    #[test]
    fn reads_offsets_of_links() {
        assert_eq!(offset_of_link("/user/api/orders?status=all&offset=40&limit=20"), Some(40));
        assert_eq!(offset_of_link("https://x/y?offset=0"), Some(0));
        assert_eq!(offset_of_link("/user/api/orders"), None);
        assert_eq!(offset_of_link("/o?offset=-1"), None);
    }
}
