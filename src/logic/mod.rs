//! Pure Rust logic, tested on the host: no browser, no reactive graph, no translations.
//! Problems come back as types (enums), which the views put into words.

pub mod bulk;
pub mod buy;
pub mod catalog;
pub mod charts;
pub mod connection;
pub mod count;
pub mod csv;
pub mod dates;
pub mod exports;
pub mod html;
pub mod money;
pub mod order_price;
pub mod order_search;
pub mod orders_csv;
pub mod p0f;
pub mod presets;
pub mod purchase;
pub mod query;
pub mod renewals;
pub mod selection;
pub mod sub_users;
pub mod tag;
pub mod text;
pub mod traffic;
pub mod url;
