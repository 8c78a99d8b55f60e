//! The profile (`/`, [`page`]): the account at a glance, and the look ahead at orders
//! that need attention ([`expiring`]).

mod expiring;
mod page;

pub use page::ProfilePage;
