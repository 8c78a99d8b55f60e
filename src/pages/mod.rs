//! One routed page per file; `lazy` makes the signed-in ones lazy routes.

pub mod buy;
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
