//! The profile (`/`, [`page`]): the account at a glance, the look ahead at orders
//! that need attention ([`expiring`]), and the charts of spending and what falls due
//! ([`charts`]).

pub(crate) mod charts;
mod expiring;
mod page;

pub use page::ProfilePage;
