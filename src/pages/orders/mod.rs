//! The orders list (`/orders`, [`page`]): status tabs, the table and paging, the bulk
//! actions on selected rows ([`bulk`]) and the CSV export of the filter ([`export`]).

mod bulk;
mod export;
mod page;
mod rows;
pub mod status_tabs;
mod table;

pub use page::{query_of, OrdersPage};
