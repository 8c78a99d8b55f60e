//! The orders table as a CSV file for spreadsheets: one record per order detail, in the
//! order given, under a header row the view translates.
//!
//! What a view author needs to know:
//! - Headers come in as `[&str; 12]` in [`COLUMNS`] order; put the currency in the money
//!   headers ("Price paid (USD)") and the time zone in the date headers ("Created (UTC)"):
//!   the cells carry neither. [`ENGLISH_HEADERS`] is the English set.
//! - Money is a plain decimal number with a dot and two places (`12.50`, `-3.00`).
//! - Dates are UTC `YYYY-MM-DD HH:MM:SS` (ISO 8601 with a space), which Excel, LibreOffice
//!   and Google Sheets all read as a date-time; a date the API sent in a form we cannot read
//!   is kept as its text.
//! - Status is the API's value (`active`, `on-hold`, `cancelled`, with `on_hold` and
//!   `canceled` read as those; an unknown status as sent), cycle and product as the API
//!   names them: values are not translated, so filters and formulas work in any language.
//! - Auto-renewal is `yes` or `no`, and empty for orders without the setting (lifetime
//!   plans). Not `TRUE`/`FALSE`: Excel turns those into localised booleans.
//! - The tag is read as everywhere else (`logic::tag::shown_tag`: trimmed, `none` is no
//!   tag). Tags and every other text from the API are defused against formulas.
//! - The text starts with a byte order mark, for Excel (see `logic::csv`); records end with
//!   CRLF. Download it as `text/csv;charset=utf-8` and add no second mark.

use crate::{
    logic::{
        csv::{Cell, CsvWriter},
        dates::{format_iso_date_time, parse_rfc3339},
        tag::shown_tag,
    },
    models::{OrderDetail, OrderStatus},
};

/// The number of columns.
pub const COLUMN_COUNT: usize = 12;

/// The columns, in file order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The order id, a whole number.
    Id,
    /// The product's name.
    Product,
    /// The API's status value.
    Status,
    /// The billing cycle's name.
    Cycle,
    /// IPs, GB or ports, a whole number.
    Quantity,
    /// A country code, when the product has one.
    Location,
    /// `price_paid`, money.
    PricePaid,
    /// What the add-ons cost ([`addons_paid_cents`]), money.
    Addons,
    /// `created_at`, a date-time.
    Created,
    /// `expires_at`, a date-time; empty for lifetime orders.
    Expires,
    /// `yes`, `no` or empty.
    AutoRenewal,
    /// The tag; empty when there is none.
    Tag,
}

/// The columns in file order; `headers[i]` names `COLUMNS[i]`.
pub const COLUMNS: [Column; COLUMN_COUNT] = [
    Column::Id,
    Column::Product,
    Column::Status,
    Column::Cycle,
    Column::Quantity,
    Column::Location,
    Column::PricePaid,
    Column::Addons,
    Column::Created,
    Column::Expires,
    Column::AutoRenewal,
    Column::Tag,
];

/// English headers, for tests and as the model of what translations say.
pub const ENGLISH_HEADERS: [&str; COLUMN_COUNT] = [
    "Order",
    "Product",
    "Status",
    "Billing cycle",
    "Quantity",
    "Location",
    "Price paid (USD)",
    "Add-ons (USD)",
    "Created (UTC)",
    "Expires (UTC)",
    "Auto-renewal",
    "Tag",
];

/// What an order's add-ons have cost, in cents: `addons_price_paid` when the API sends it,
/// else the sum of its add-on lines (units × price per unit) when they carry both; `None`
/// when neither is known (a 1.0.0 server).
pub fn addons_paid_cents(order: &OrderDetail) -> Option<i64> {
    order.addons_price_paid.or_else(|| {
        let priced: Vec<i64> = order
            .addons
            .iter()
            .flatten()
            .filter_map(|line| Some(line.qty?.saturating_mul(line.price_per_unit?)))
            .collect();
        (!priced.is_empty()).then(|| priced.into_iter().fold(0, i64::saturating_add))
    })
}

/// The CSV text of `orders` under `headers` (see the module's notes).
pub fn orders_csv(orders: &[OrderDetail], headers: &[&str; COLUMN_COUNT]) -> String {
    let mut csv = CsvWriter::with_bom();
    csv.record(&headers.map(Cell::Text));
    for order in orders {
        let created = date_text(order.created_at.as_deref());
        let expires = date_text(order.expires_at.as_deref());
        let status = status_text(order.status.as_ref());
        let cells = COLUMNS.map(|column| match column {
            Column::Id => Cell::number_or_empty(order.order_id),
            Column::Product => Cell::text_or_empty(order.product_name.as_ref().map(|p| p.as_str())),
            Column::Status => Cell::text_or_empty(status),
            Column::Cycle => Cell::text_or_empty(order.cycle_name.as_deref()),
            Column::Quantity => Cell::number_or_empty(order.quantity),
            Column::Location => Cell::text_or_empty(order.location.as_deref()),
            Column::PricePaid => Cell::money_or_empty(order.price_paid),
            Column::Addons => Cell::money_or_empty(addons_paid_cents(order)),
            Column::Created => Cell::text_or_empty(created.as_deref()),
            Column::Expires => Cell::text_or_empty(expires.as_deref()),
            Column::AutoRenewal => Cell::text_or_empty(order.auto_renewal.map(yes_no)),
            Column::Tag => Cell::text_or_empty(shown_tag(order.tag.as_deref())),
        });
        csv.record(&cells);
    }
    csv.finish()
}

/// The download's name for the day `today_iso` (`YYYY-MM-DD`):
/// `proxyshard-orders-2026-12-04.csv`. Anything else is left out of the name
/// (`proxyshard-orders.csv`), so no odd text ends up in a file name.
pub fn export_file_name(today_iso: &str) -> String {
    let day = today_iso.trim();
    let is_date = day.len() == 10
        && day.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    if is_date {
        format!("proxyshard-orders-{day}.csv")
    } else {
        "proxyshard-orders.csv".to_string()
    }
}

fn yes_no(on: bool) -> &'static str {
    if on {
        "yes"
    } else {
        "no"
    }
}

/// A date cell's text: UTC `YYYY-MM-DD HH:MM:SS`, or the API's own text when unreadable.
fn date_text(raw: Option<&str>) -> Option<String> {
    let raw = raw.map(str::trim).filter(|s| !s.is_empty())?;
    Some(parse_rfc3339(raw).map_or_else(|| raw.to_string(), format_iso_date_time))
}

/// The API's status value, the known ones in their one spelling, an unknown one as sent.
fn status_text(status: Option<&OrderStatus>) -> Option<&str> {
    status.map(|s| s.as_str().trim()).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests;
