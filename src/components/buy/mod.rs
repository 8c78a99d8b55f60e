//! The pieces of the buy page: the form and its fields, the live price, the stock and
//! wallet checks, and the paying step. The page itself is `pages::buy`.

pub mod checkout;
pub mod fields;
pub mod form;
pub mod price_panel;
pub mod quote;
pub mod summary;

pub use checkout::{Checkout, Confirmation};
pub use form::BuyForm;
pub use price_panel::PricePanel;
