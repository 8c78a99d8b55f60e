//! The orders list (`/orders`, [`page`]): status tabs, the table and paging.

mod page;
pub mod status_tabs;
mod table;

pub use page::OrdersPage;
