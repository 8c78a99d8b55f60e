//! One folder (or file) per routed page, with the parts only that page uses; `frame` is the
//! header and navigation around the signed-in pages, `lazy` makes those pages lazy routes.

pub mod buy;
pub mod frame;
pub mod lazy;
pub mod not_found;
pub mod order;
pub mod orders;
pub mod profile;
pub mod residential;
pub mod sign_in;

pub use buy::BuyPage;
pub use not_found::NotFoundPage;
pub use order::OrderPage;
pub use orders::OrdersPage;
pub use profile::ProfilePage;
pub use residential::ResidentialPage;
pub use sign_in::SignInPage;
