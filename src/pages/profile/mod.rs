//! The profile (`/`, [`page`]): the account at a glance, the look ahead at orders
//! that need attention ([`expiring`]), and the charts of spending and what falls due
//! ([`charts`]), built in steps of a task each ([`steps`]).

pub(crate) mod charts;
mod expiring;
mod page;
mod steps;

pub use page::ProfilePage;
