//! The buy page (`/buy`, [`page`]) and its parts: the form and its fields, the live price,
//! the stock and wallet checks, and the paying step.

pub mod checkout;
pub mod fields;
pub mod form;
mod page;
pub mod price_panel;
pub mod summary;

pub use checkout::{Checkout, Confirmation};
pub use form::BuyForm;
pub use page::BuyPage;
pub use price_panel::PricePanel;
